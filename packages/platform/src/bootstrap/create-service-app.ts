import cluster from 'node:cluster';
import { NestFactory } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import {
  apiVersieMiddleware,
  authMiddleware,
  jsonBodyMiddleware,
  traceMiddleware,
  verwerkingMiddleware,
} from '../auth/http-pipeline';
import { TokenVerifier } from '../auth/token-verifier';
import { basisConfigSchema, laadConfig, type BasisConfig } from '../config/config.schema';
import { migreerCommando, type DatabaseOpties } from '../database/database';
import { JsonLogger } from '../logging/json-logger';

/**
 * Create a service application with the one HTTP pipeline every service runs, in production and in
 * tests alike: trace context, JSON body limit, token verification (401 before any handler), then Nest.
 */
export async function maakDienstApp(
  dienst: string,
  module: unknown,
  config: BasisConfig,
): Promise<INestApplication> {
  const logger = new JsonLogger(dienst, config.LOG_LEVEL);
  const app = await NestFactory.create(module as never, { bodyParser: false, logger, abortOnError: false });
  app.use(traceMiddleware(logger));
  app.use(apiVersieMiddleware(config.API_VERSIE));
  app.use(jsonBodyMiddleware(config.BODY_LIMIT, config.BODY_LIMIT_BATCH));
  app.use(authMiddleware(app.get(TokenVerifier)));
  app.use(verwerkingMiddleware());
  app.enableShutdownHooks();
  // Keep idle connections open longer than any client (the gateway's keep-alive agent) keeps them
  // in its pool: otherwise the server may close a socket just as the client reuses it ("socket hang up").
  const server = app.getHttpServer() as { keepAliveTimeout: number; headersTimeout: number };
  server.keepAliveTimeout = 75_000;
  server.headersTimeout = 76_000;
  return app;
}

/** Start a service: create, listen, log the address. */
export async function startDienst(
  dienst: string,
  module: unknown,
  config: BasisConfig,
): Promise<INestApplication> {
  const app = await maakDienstApp(dienst, module, config);
  await app.listen(config.PORT, config.HOST);
  new JsonLogger(dienst, config.LOG_LEVEL).info(`luistert op http://${config.HOST}:${config.PORT}`);
  return app;
}

/** The whole `main.ts` of a service: parse config (refuse to start on bad config), start, listen. */
export function dienstMain(dienst: string, maakModule: (config: BasisConfig) => unknown): void {
  (async () => {
    const config = laadConfig(dienst, basisConfigSchema);
    if (config.WORKERS > 1 && cluster.isPrimary) {
      leidWorkers(dienst, config.WORKERS);
      return;
    }
    await startDienst(dienst, maakModule(config), config);
  })().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}

/**
 * The primary of a multi-process service: forks the workers (which share the port), restarts one
 * that dies unexpectedly (at most once per second), and on SIGTERM/SIGINT stops them all and exits.
 */
function leidWorkers(dienst: string, aantal: number): void {
  let stoppen = false;
  let laatsteHerstart = 0;
  const start = () => cluster.fork();
  for (let i = 0; i < aantal; i++) start();
  cluster.on('exit', (worker, code, signaal) => {
    if (stoppen) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    process.stderr.write(
      `${JSON.stringify({ niveau: 'error', dienst, bericht: `worker ${worker.process.pid} stopte (${signaal ?? code}); herstart` })}\n`,
    );
    const wacht = Math.max(0, laatsteHerstart + 1000 - Date.now());
    laatsteHerstart = Date.now() + wacht;
    setTimeout(start, wacht);
  });
  for (const s of ['SIGTERM', 'SIGINT'] as const) {
    process.on(s, () => {
      stoppen = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill('SIGTERM');
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  }
}

/** The whole `migrate.ts` of a service: run pending migrations and exit. */
export function migratieMain(dienst: string, opties: Omit<DatabaseOpties, 'url'>): void {
  (async () => {
    const config = laadConfig(dienst, basisConfigSchema);
    await migreerCommando({ ...opties, url: config.DATABASE_URL });
  })().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}

export interface DienstVoorTest {
  app: INestApplication;
  url: string;
  close(): Promise<void>;
}

/** Start a service exactly as production does, from an explicit environment, on a free port. */
export async function startDienstVoorTest(
  dienst: string,
  maakModule: (config: BasisConfig) => unknown,
  env: Record<string, string>,
): Promise<DienstVoorTest> {
  const config = laadConfig(dienst, basisConfigSchema, env);
  const app = await maakDienstApp(dienst, maakModule(config), config);
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return { app, url, close: () => app.close() };
}
