import { z } from 'zod';
import {
  BEWAARTERMIJN_DEFINITIES,
  controleerBewaartermijn,
  controleerBewaarvolgorde,
  type BewaarVariabele,
} from '@ketenbeeld/domain';

/**
 * One retention period (DOMAIN.md §7), as an ISO-8601 duration (P5Y, P18M, P30D); absent or empty
 * is the domain's default. Refused with the reason: not a period, below its minimum (the processing
 * log: one year), above its legal maximum (R21).
 */
function bewaartermijnVeld(variabele: BewaarVariabele, standaard: string) {
  return z
    .string()
    .optional()
    .superRefine((w, ctx) => {
      const reden = controleerBewaartermijn(variabele, w);
      if (reden) ctx.addIssue({ code: 'custom', message: reden });
    })
    .transform((w): string => (w?.trim() ? w.trim().toUpperCase() : standaard));
}

const bewaartermijnVelden = Object.fromEntries(
  BEWAARTERMIJN_DEFINITIES.map((d) => [d.variabele, bewaartermijnVeld(d.variabele, d.standaard)]),
) as Record<BewaarVariabele, ReturnType<typeof bewaartermijnVeld>>;

/** Settings every service shares. A service extends this with its own fields. */
export const basisConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535),
    HOST: z.string().default('127.0.0.1'),
    /**
     * Processes serving this service on one port (node:cluster). 1 (default) is one process; more
     * use more cores of one host. Relay, consumers and deadline workers are safe to run in each.
     */
    WORKERS: z.coerce.number().int().min(1, 'minstens 1').max(64, 'hoogstens 64').default(1),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'moet een postgres:// URL zijn' }),
    /** Run pending migrations at start-up (the migrate command always runs them). */
    DATABASE_MIGRATIONS_RUN: z.stringbool().default(true),
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'moet een redis:// URL zijn' }),
    AUTH_ISSUER: z.string().min(1),
    AUTH_AUDIENCE: z.string().min(1).default('ketenbeeld'),
    /** Production: the identity provider's JWKS endpoint. */
    AUTH_JWKS_URL: z.url().optional(),
    /** Development and tests: the public key (SPKI PEM) of the local signing key. */
    AUTH_PUBLIC_KEY: z.string().optional(),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Maximum request body size, e.g. 256kb. */
    BODY_LIMIT: z
      .string()
      .regex(/^\d+(kb|mb)$/, 'bijvoorbeeld 256kb')
      .default('256kb'),
    /** Prefix of all BullMQ keys in Redis (tests use a unique one per run). */
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/i)
      .default('ketenbeeld'),
    /** Run the outbox relay in this process (workers can run as separate deployments). */
    OUTBOX_RELAY: z.stringbool().default(true),
    /** Run the event consumer in this process. */
    EVENT_CONSUMER: z.stringbool().default(true),
    /** Run the deadline alarm worker and reconciliation in this process. */
    TERMIJN_WORKER: z.stringbool().default(true),
    /** Run scheduled jobs (BullMQ job schedulers, e.g. closing inhuisregistratie windows); tests that drive them by hand turn it off. */
    ROOSTER: z.stringbool().default(true),
    /** How often to reconcile deadlines with their alarms. */
    TERMIJN_RECONCILE_MS: z.coerce.number().int().min(50).default(60_000),
    /** Alarms are kept in BullMQ for deadlines ringing within this horizon. */
    TERMIJN_HORIZON_MS: z.coerce
      .number()
      .int()
      .min(1000)
      .default(5 * 60_000),
    /** Body limit for batch endpoints (paths ending in /batch). */
    BODY_LIMIT_BATCH: z
      .string()
      .regex(/^\d+(kb|mb)$/, 'bijvoorbeeld 5mb')
      .default('5mb'),
    /** Version reported in the API-Version header of the REST API (NL GOV API design rules). */
    API_VERSIE: z
      .string()
      .regex(/^\d+\.\d+\.\d+$/, 'semantische versie, bijvoorbeeld 1.0.0')
      .default('1.0.0'),
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(250),
    /** Retention periods per kind of record: BEWAARTERMIJN_SIGNAAL=P5Y etc. (packages/domain/src/bewaren). */
    ...bewaartermijnVelden,
    /** Records per transaction of the retention run (each batch commits on its own). */
    BEWAREN_BATCHGROOTTE: z.coerce
      .number()
      .int()
      .min(1, 'minstens 1')
      .max(10_000, 'hoogstens 10000')
      .default(500),
  })
  .refine((c) => Boolean(c.AUTH_JWKS_URL) !== Boolean(c.AUTH_PUBLIC_KEY), {
    message: 'zet precies één van AUTH_JWKS_URL (productie) of AUTH_PUBLIC_KEY (ontwikkeling)',
    path: ['AUTH_JWKS_URL'],
  })
  .superRefine((c, ctx) => {
    // Across periods: a kind is not removed before it is anonymised.
    const termijnen = Object.fromEntries(BEWAARTERMIJN_DEFINITIES.map((d) => [d.variabele, c[d.variabele]]));
    for (const f of controleerBewaarvolgorde(termijnen)) {
      ctx.addIssue({ code: 'custom', path: [f.variabele], message: f.reden });
    }
  });

export type BasisConfig = z.infer<typeof basisConfigSchema>;

export class ConfigFout extends Error {
  constructor(
    readonly dienst: string,
    readonly fouten: readonly { variabele: string; reden: string }[],
  ) {
    super(
      `Configuratie van '${dienst}' is ongeldig; de dienst start niet:\n` +
        fouten.map((f) => `  - ${f.variabele}: ${f.reden}`).join('\n'),
    );
    this.name = 'ConfigFout';
  }
}

/**
 * Parse the environment once, at boot. The only place in the code base that reads process.env.
 * Throws ConfigFout naming every wrong variable.
 */
export function laadConfig<S extends z.ZodType>(
  dienst: string,
  schema: S,
  bron: Record<string, string | undefined> = process.env,
): z.infer<S> {
  const resultaat = schema.safeParse(bron);
  if (!resultaat.success) {
    throw new ConfigFout(
      dienst,
      resultaat.error.issues.map((i) => ({
        variabele: i.path.map(String).join('.') || '(geheel)',
        reden: i.code === 'invalid_type' && i.input === undefined ? 'ontbreekt' : i.message,
      })),
    );
  }
  return Object.freeze(resultaat.data) as z.infer<S>;
}
