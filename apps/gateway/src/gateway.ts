import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import {
  authMiddleware,
  huidigeTrace,
  jsonBodyMiddleware,
  JsonLogger,
  TokenVerifier,
  traceMiddleware,
  type VerzoekMetActor,
} from '@ketenbeeld/platform';
import { liveKanaal } from '@ketenbeeld/domain';
import { subgraafUrls, type GatewayConfig } from './gateway.config';
import { LiveStroom } from './live';
import { leesSupergraph } from './supergraph';

interface GatewayContext {
  authorization?: string;
  traceparent?: string;
}

/** Forwards the caller's token (every subgraph verifies it again) and the trace context. */
class DoorgevendeDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { authorization, traceparent } = context as GatewayContext;
    if (authorization) request.http?.headers.set('authorization', authorization);
    if (traceparent) request.http?.headers.set('traceparent', traceparent);
  }
}

export interface GestarteGateway {
  url: string;
  close(): Promise<void>;
}

/** The one GraphQL endpoint: verifies tokens, composes the four subgraphs, serves the console. */
export async function startGateway(
  config: GatewayConfig,
  supergraphSdl = leesSupergraph(),
): Promise<GestarteGateway> {
  const logger = new JsonLogger('gateway', config.LOG_LEVEL);
  const urls = subgraafUrls(config);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const url = urls[name];
      if (!url) throw new Error(`Geen URL geconfigureerd voor subgraaf '${name}'`);
      return new DoorgevendeDataSource({ url });
    },
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    formatError: (formatted, fout) => {
      if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR')
        logger.error(fout instanceof Error ? fout : String(fout), 'gateway');
      return formatted;
    },
  });
  await server.start();

  const verifier = new TokenVerifier({
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    ...(config.AUTH_JWKS_URL ? { jwksUrl: config.AUTH_JWKS_URL } : {}),
    ...(config.AUTH_PUBLIC_KEY ? { publicKeyPem: config.AUTH_PUBLIC_KEY } : {}),
  });

  const app = express();
  app.disable('x-powered-by');
  app.use(traceMiddleware(logger));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'up', dienst: 'gateway' });
  });
  app.get('/health/ready', async (_req, res) => {
    const controles = await Promise.all(
      Object.entries(urls).map(async ([naam, url]) => {
        try {
          const r = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(2000) });
          return [naam, r.ok ? 'up' : `down: ${r.status}`] as const;
        } catch (e) {
          return [naam, `down: ${(e as Error).message}`] as const;
        }
      }),
    );
    const ok = controles.every(([, s]) => s === 'up');
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? 'up' : 'down', dienst: 'gateway', controles: Object.fromEntries(controles) });
  });
  const live = config.REDIS_URL
    ? new LiveStroom(config.REDIS_URL, liveKanaal(config.QUEUE_PREFIX), logger)
    : undefined;
  app.get('/live', authMiddleware(verifier, []), (req, res) => {
    if (!live) {
      res.status(503).type('application/problem+json').json({
        type: 'about:blank',
        title: 'Niet beschikbaar',
        status: 503,
        detail: 'Live-meldingen staan uit: de gateway heeft geen REDIS_URL',
        code: 'LIVE_UIT',
      });
      return;
    }
    live.bedien(req, res);
  });
  app.get('/config.json', (_req, res) => {
    res.json({ graphqlUrl: '/graphql', idpUrl: config.CONSOLE_IDP_URL ?? null });
  });
  app.use(
    '/graphql',
    authMiddleware(verifier, []),
    jsonBodyMiddleware(config.BODY_LIMIT),
    expressMiddleware(server, {
      context: ({ req }: { req: Request }) =>
        Promise.resolve({
          authorization: req.header('authorization'),
          traceparent: huidigeTrace()?.traceparent,
          actor: (req as unknown as VerzoekMetActor).actor,
        }),
    }),
  );

  if (config.CONSOLE_DIST && existsSync(join(config.CONSOLE_DIST, 'index.html'))) {
    const indexPad = join(config.CONSOLE_DIST, 'index.html');
    app.use(express.static(config.CONSOLE_DIST, { index: false, maxAge: '1h' }));
    // Read per request (a small file the OS caches): a rebuilt console is served without a restart.
    app.get('/{*pad}', (_req, res) => {
      res.type('html').setHeader('Cache-Control', 'no-cache').send(readFileSync(indexPad, 'utf8'));
    });
  }

  const http: Server = await new Promise((resolve) => {
    const s = app.listen(config.PORT, config.HOST, () => resolve(s));
  });
  const adres = http.address();
  const poort = typeof adres === 'object' && adres ? adres.port : config.PORT;
  const url = `http://${config.HOST}:${poort}`;
  logger.info(`luistert op ${url}`);
  return {
    url,
    close: async () => {
      await live?.sluit();
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
      await server.stop();
    },
  };
}
