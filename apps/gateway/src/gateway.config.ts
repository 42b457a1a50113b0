import { z } from 'zod';

export const gatewayConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default('127.0.0.1'),
    AUTH_ISSUER: z.string().min(1),
    AUTH_AUDIENCE: z.string().min(1).default('ketenbeeld'),
    AUTH_JWKS_URL: z.url().optional(),
    AUTH_PUBLIC_KEY: z.string().optional(),
    SUBGRAAF_SIGNALEN_URL: z.url(),
    SUBGRAAF_CASUSREGIE_URL: z.url(),
    SUBGRAAF_ZSM_URL: z.url(),
    SUBGRAAF_PLANNING_URL: z.url(),
    /** Folder with the built console; when absent the gateway serves only the API. */
    CONSOLE_DIST: z.string().optional(),
    /** Identity provider the console signs in with (shown to the browser in /config.json). */
    CONSOLE_IDP_URL: z.url().optional(),
    /** Redis of the deployment: live notices for the console (GET /live). Without it /live answers 503. */
    REDIS_URL: z.url().optional(),
    /** The services' queue prefix (QUEUE_PREFIX): the live channel is `<prefix>:live`. */
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i)
      .default('ketenbeeld'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/)
      .default('256kb'),

    // ------------------------------------------------------------ hardening (docs/security.md)
    /** Deepest nesting of fields an operation may have (the console's deepest query: 4). */
    GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(10),
    /** Highest cost an operation may have (model: src/beveiliging/operatie-kosten.ts). */
    GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(500_000),
    /** Items assumed for a list field without a page-size argument (eerste/first/limit). */
    GRAPHQL_LIST_SIZE: z.coerce.number().int().min(1).max(10_000).default(10),
    /** Most lexical tokens in one GraphQL document (bounds parse and validation work). */
    GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(10_000),
    /** Sustained requests per minute per user (token `sub`), and the burst after a quiet period. */
    RATE_LIMIT_USER_PER_MINUTE: z.coerce.number().int().min(1).default(600),
    RATE_LIMIT_USER_BURST: z.coerce.number().int().min(1).default(200),
    /** Per client (token `azp`/`client_id`; without one the organisation): all its users together. */
    RATE_LIMIT_CLIENT_PER_MINUTE: z.coerce.number().int().min(1).default(12_000),
    RATE_LIMIT_CLIENT_BURST: z.coerce.number().int().min(1).default(2000),
    /**
     * Origins (scheme://host[:port]) whose pages may call the gateway from a browser, comma-separated.
     * Empty (default): same-origin only — the console is served by the gateway itself.
     */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().refine(isOrigin, 'geen origin: verwacht https://host[:poort] zonder pad'))),
    /** Strict-Transport-Security; default on in production (behind TLS), off otherwise. */
    HSTS: z.stringbool().optional(),
    HSTS_MAX_AGE: z.coerce.number().int().min(0).default(31_536_000),
  })
  .refine((c) => Boolean(c.AUTH_JWKS_URL) !== Boolean(c.AUTH_PUBLIC_KEY), {
    message: 'zet precies één van AUTH_JWKS_URL (productie) of AUTH_PUBLIC_KEY (ontwikkeling)',
    path: ['AUTH_JWKS_URL'],
  });

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

/** An http(s) origin as browsers send it in the Origin header: scheme, host and port only. */
export function isOrigin(waarde: string): boolean {
  try {
    const u = new URL(waarde);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === waarde;
  } catch {
    return false;
  }
}

/** Strict-Transport-Security applies when HSTS is set, or by default in production. */
export function hstsAan(c: GatewayConfig): boolean {
  return c.HSTS ?? c.NODE_ENV === 'production';
}

export function subgraafUrls(c: GatewayConfig): Record<string, string> {
  return {
    signalen: c.SUBGRAAF_SIGNALEN_URL,
    casusregie: c.SUBGRAAF_CASUSREGIE_URL,
    zsm: c.SUBGRAAF_ZSM_URL,
    planning: c.SUBGRAAF_PLANNING_URL,
  };
}
