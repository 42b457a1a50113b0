import { randomUUID } from 'node:crypto';
import {
  dienstTestEnv,
  maakTestDatabase,
  startDienstProces,
  testSleutels,
  type DienstProces,
  type TestDatabase,
} from '@ketenbeeld/testing';
import { laadConfig } from '@ketenbeeld/platform';
import { gatewayConfigSchema } from '../src/gateway.config';
import { startGateway, type GestarteGateway } from '../src/gateway';

export const DIENSTEN = ['signalen', 'casusregie', 'zsm', 'planning'] as const;
export type Dienst = (typeof DIENSTEN)[number];

/**
 * The whole chain for end-to-end tests: the four services as their own processes (built output, as
 * in production), each on a fresh database, one queue prefix, and the gateway composing them.
 * The records are shared and mutable on purpose: a test may add its own databases and processes to
 * them so that `stop()` cleans those up as well.
 */
export interface KetenStack {
  dbs: Record<string, TestDatabase>;
  envs: Record<string, Record<string, string>>;
  processen: Record<string, DienstProces>;
  gateway: GestarteGateway;
  /** The gateway's GraphQL endpoint. */
  graphql: string;
  stop(): Promise<void>;
}

export async function startKetenStack(
  opties: {
    /** Database label prefix (the service name is appended). */
    label?: string;
    /** Extra environment for every service (e.g. ROOSTER: 'false'). */
    extraEnv?: Record<string, string>;
    /** Extra gateway configuration (e.g. higher rate limits for a test that sends thousands of requests). */
    gatewayEnv?: Record<string, string>;
    /** How long a service may take to become ready (default that of startDienstProces, 30 s). */
    wachtMs?: number;
  } = {},
): Promise<KetenStack> {
  const label = opties.label ?? 'e2e';
  const queuePrefix = `kbe2e${randomUUID().slice(0, 8)}`;
  const dbs: Record<string, TestDatabase> = {};
  const envs: Record<string, Record<string, string>> = {};
  const processen: Record<string, DienstProces> = {};
  let gateway: GestarteGateway | undefined;
  const stop = async () => {
    await gateway?.close();
    await Promise.all(Object.values(processen).map((p) => p.stop()));
    await Promise.all(Object.values(dbs).map((db) => db.verwijder()));
  };
  try {
    for (const d of DIENSTEN) {
      dbs[d] = await maakTestDatabase(`${label}${d}`);
      envs[d] = await dienstTestEnv(dbs[d].url, {
        QUEUE_PREFIX: queuePrefix,
        LOG_LEVEL: 'warn',
        ...opties.extraEnv,
      });
    }
    // allSettled: when one fails to start, the others are still registered for clean-up.
    const gestart = await Promise.allSettled(
      DIENSTEN.map(async (d) => (processen[d] = await startDienstProces(d, envs[d], opties.wachtMs))),
    );
    const mislukt = gestart.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (mislukt) throw mislukt.reason;
    const k = await testSleutels();
    gateway = await startGateway(
      laadConfig('gateway', gatewayConfigSchema, {
        PORT: '0',
        AUTH_ISSUER: envs.signalen.AUTH_ISSUER,
        AUTH_PUBLIC_KEY: k.publicKeyPem,
        LOG_LEVEL: 'warn',
        SUBGRAAF_SIGNALEN_URL: `${processen.signalen.url}/graphql`,
        SUBGRAAF_CASUSREGIE_URL: `${processen.casusregie.url}/graphql`,
        SUBGRAAF_ZSM_URL: `${processen.zsm.url}/graphql`,
        SUBGRAAF_PLANNING_URL: `${processen.planning.url}/graphql`,
        REDIS_URL: envs.signalen.REDIS_URL,
        QUEUE_PREFIX: queuePrefix,
        ...opties.gatewayEnv,
      }),
    );
  } catch (e) {
    // Half started: clean up what exists (a service that failed to start was killed by the helper).
    await stop().catch(() => undefined);
    throw e;
  }
  return { dbs, envs, processen, gateway, graphql: `${gateway.url}/graphql`, stop };
}
