import {
  ApolloGateway,
  RemoteGraphQLDataSource,
  type GraphQLDataSourceProcessOptions,
} from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Request } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import {
  authMiddleware,
  doelMiddleware,
  huidigeTrace,
  jsonBodyMiddleware,
  JsonLogger,
  redisVerbinding,
  TokenVerifier,
  traceMiddleware,
  type VerzoekMetActor,
} from '@ketenbeeld/platform';
import { DOEL_HEADER, liveKanaal } from '@ketenbeeld/domain';
import { hstsAan, subgraafUrls, type GatewayConfig } from './gateway.config';
import { foutAfhandelaar, maakFormatError, nietGevonden } from './beveiliging/fout-opschoning';
import {
  beveiligingsHeadersMiddleware,
  corsMiddleware,
  geenOpslagMiddleware,
} from './beveiliging/http-beveiliging';
import { operatieKostenPlugin, operatieVereistPlugin } from './beveiliging/operatie-kosten';
import {
  GeheugenOpslag,
  RedisOpslag,
  snelheidslimietMiddleware,
  type EmmerOpslag,
} from './beveiliging/snelheidslimiet';
import { LiveStroom } from './live';
import { leesSupergraph } from './supergraph';

interface GatewayContext {
  authorization?: string;
  traceparent?: string;
  /** The caller's purpose (Ketenbeeld-Doel); each subgraph checks it and logs it. */
  doel?: string;
}

/** Forwards the caller's token (every subgraph verifies it again), the trace context and the purpose. */
class DoorgevendeDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { authorization, traceparent, doel } = context as GatewayContext;
    if (authorization) request.http?.headers.set('authorization', authorization);
    if (traceparent) request.http?.headers.set('traceparent', traceparent);
    if (doel) request.http?.headers.set(DOEL_HEADER, doel);
  }
}

/** GraphQL answers hold personal data: never stored by a browser or proxy (Cache-Control: no-store). */
const geenOpslagPlugin: ApolloServerPlugin<GatewayContext> = {
  // eslint-disable-next-line @typescript-eslint/require-await
  async requestDidStart() {
    return {
      // eslint-disable-next-line @typescript-eslint/require-await
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

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
  const productie = config.NODE_ENV === 'production';
  const server = new ApolloServer<GatewayContext>({
    gateway,
    nodeEnv: config.NODE_ENV,
    // Introspection and "did you mean …?" hints only outside production.
    introspection: !productie,
    hideSchemaDetailsFromClientErrors: productie,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.GRAPHQL_MAX_TOKENS },
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operatieVereistPlugin(),
      operatieKostenPlugin({
        maxDiepte: config.GRAPHQL_MAX_DEPTH,
        maxKosten: config.GRAPHQL_MAX_COST,
        lijstAanname: config.GRAPHQL_LIST_SIZE,
      }),
      geenOpslagPlugin,
    ],
    formatError: maakFormatError(logger),
  });
  await server.start();

  const verifier = new TokenVerifier({
    issuer: config.AUTH_ISSUER,
    audience: config.AUTH_AUDIENCE,
    ...(config.AUTH_JWKS_URL ? { jwksUrl: config.AUTH_JWKS_URL } : {}),
    ...(config.AUTH_PUBLIC_KEY ? { publicKeyPem: config.AUTH_PUBLIC_KEY } : {}),
  });

  const snelheid: EmmerOpslag = config.REDIS_URL
    ? new RedisOpslag(redisVerbinding(config.REDIS_URL, 'gateway-snelheid'), new GeheugenOpslag(), logger)
    : new GeheugenOpslag();
  const snelheidslimiet = snelheidslimietMiddleware(snelheid, {
    gebruiker: { perMinuut: config.RATE_LIMIT_USER_PER_MINUTE, burst: config.RATE_LIMIT_USER_BURST },
    client: { perMinuut: config.RATE_LIMIT_CLIENT_PER_MINUTE, burst: config.RATE_LIMIT_CLIENT_BURST },
    prefix: config.QUEUE_PREFIX,
  });

  const app = express();
  app.disable('x-powered-by');
  app.set('env', config.NODE_ENV);
  app.use(
    beveiligingsHeadersMiddleware({
      ...(config.CONSOLE_IDP_URL ? { idpOrigin: new URL(config.CONSOLE_IDP_URL).origin } : {}),
      ...(hstsAan(config) ? { hstsMaxAge: config.HSTS_MAX_AGE } : {}),
    }),
  );
  app.use(traceMiddleware(logger));
  app.use(corsMiddleware(config.CORS_ORIGINS));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'up', dienst: 'gateway' });
  });
  app.get('/health/ready', async (_req, res) => {
    const controles = await Promise.all(
      Object.entries(urls).map(async ([naam, url]) => {
        try {
          const r = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(2000) });
          return [naam, r.ok ? 'up' : `down: ${r.status}`] as const;
        } catch {
          // No error text: it could name the subgraph's internal address.
          return [naam, 'down: onbereikbaar'] as const;
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
  app.get('/live', geenOpslagMiddleware, authMiddleware(verifier, []), snelheidslimiet, (req, res) => {
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
    geenOpslagMiddleware,
    authMiddleware(verifier, []),
    snelheidslimiet,
    doelMiddleware(),
    jsonBodyMiddleware(config.BODY_LIMIT),
    expressMiddleware(server, {
      context: ({ req }: { req: Request }) =>
        Promise.resolve({
          authorization: req.header('authorization'),
          traceparent: huidigeTrace()?.traceparent,
          doel: req.header(DOEL_HEADER),
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
  app.use(nietGevonden);
  app.use(foutAfhandelaar(logger));

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
      await snelheid.sluit();
      http.closeAllConnections();
      await new Promise<void>((r) => http.close(() => r()));
      await server.stop();
    },
  };
}
