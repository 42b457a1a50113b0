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
  })
  .refine((c) => Boolean(c.AUTH_JWKS_URL) !== Boolean(c.AUTH_PUBLIC_KEY), {
    message: 'zet precies één van AUTH_JWKS_URL (productie) of AUTH_PUBLIC_KEY (ontwikkeling)',
    path: ['AUTH_JWKS_URL'],
  });

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export function subgraafUrls(c: GatewayConfig): Record<string, string> {
  return {
    signalen: c.SUBGRAAF_SIGNALEN_URL,
    casusregie: c.SUBGRAAF_CASUSREGIE_URL,
    zsm: c.SUBGRAAF_ZSM_URL,
    planning: c.SUBGRAAF_PLANNING_URL,
  };
}
