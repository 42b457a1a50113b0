import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AUDIENCE, DEV_ISSUER, maakSleutelpaar, tekenToken, type KeyPairPem } from './tokens';
import { persona } from './personas';

/**
 * Where tests find PostgreSQL and Redis. The test command (infra/local/test.mjs) resolves them (env →
 * local server → embedded/own) and passes them on; a bare `jest` run uses the local defaults.
 */
export const TEST_DATABASE_SERVER_URL =
  process.env.KETENBEELD_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.KETENBEELD_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface TestDatabase {
  naam: string;
  url: string;
  verwijder(): Promise<void>;
}

function metDatabase(serverUrl: string, db: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${db}`;
  return u.toString();
}

/** A fresh, uniquely named database for one test file; tests never share data. */
export async function maakTestDatabase(
  label: string,
  serverUrl = TEST_DATABASE_SERVER_URL,
): Promise<TestDatabase> {
  const naam = `kbtest_${label.replace(/[^a-z0-9]/gi, '').toLowerCase()}_${randomBytes(5).toString('hex')}`;
  const c = new Client({ connectionString: serverUrl });
  await c.connect();
  try {
    await c.query(`CREATE DATABASE ${naam}`);
  } finally {
    await c.end();
  }
  return {
    naam,
    url: metDatabase(serverUrl, naam),
    verwijder: async () => {
      const d = new Client({ connectionString: serverUrl });
      await d.connect();
      try {
        await d.query(`DROP DATABASE IF EXISTS ${naam} WITH (FORCE)`);
      } finally {
        await d.end();
      }
    },
  };
}

let sleutels: Promise<KeyPairPem> | undefined;
/** One signing key pair per test process. */
export function testSleutels(): Promise<KeyPairPem> {
  sleutels ??= maakSleutelpaar('test');
  return sleutels;
}

/** The environment a service under test is started with (fed to the same config parser as production). */
export async function dienstTestEnv(
  databaseUrl: string,
  extra: Record<string, string> = {},
): Promise<Record<string, string>> {
  const k = await testSleutels();
  return {
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    REDIS_URL: TEST_REDIS_URL,
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_PUBLIC_KEY: k.publicKeyPem,
    LOG_LEVEL: 'warn',
    QUEUE_PREFIX: `kbtest${randomBytes(4).toString('hex')}`,
    OUTBOX_POLL_MS: '100',
    ...extra,
  };
}

/** A token for a synthetic persona, signed with the test key. */
export async function testToken(
  personaId: string,
  opties: { geldigheidSeconden?: number } = {},
): Promise<string> {
  const k = await testSleutels();
  return tekenToken(persona(personaId), { ...k, ...opties });
}

export interface GraphQLAntwoord<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POST a GraphQL operation and return HTTP status with the body. */
export async function gql<T = Record<string, unknown>>(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
  /** The purpose (Ketenbeeld-Doel header); null sends none (to test purpose binding itself). */
  doel: string | null = 'CASUSREGIE',
): Promise<GraphQLAntwoord<T>> {
  const r = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(doel ? { 'ketenbeeld-doel': doel } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json().catch(() => ({}))) as GraphQLAntwoord<T>;
  return { ...body, status: r.status };
}

/** Poll until `fn` returns a truthy value or the time is up (for asynchronous event delivery). */
export async function wachtOp<T>(
  fn: () => Promise<T | undefined | null | false>,
  ms = 10_000,
  stap = 50,
): Promise<T> {
  const tot = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > tot) throw new Error(`wachtOp: geen resultaat binnen ${ms} ms`);
    await new Promise((r) => setTimeout(r, stap));
  }
}

/** Resolve fields on a federated entity the way the gateway does (`_entities`). */
export async function entiteitVelden<T = Record<string, unknown>>(
  url: string,
  token: string,
  typename: string,
  id: string,
  selectie: string,
): Promise<T> {
  const r = await gql<{ _entities: T[] }>(
    url,
    token,
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${selectie} } } }`,
    { r: [{ __typename: typename, id }] },
  );
  if (r.errors?.length) throw new Error(`_entities: ${r.errors.map((e) => e.message).join('; ')}`);
  return r.data!._entities[0];
}

/** A SignaalGeregistreerd envelope as the relay delivers it (synthetic ids). */
export function signaalGeregistreerdEnvelop(opties: {
  persoonIds: string[];
  categorie?: string;
  bronOrganisatie?: string;
  eventId?: string;
  /** Optional v1 fields (vpt, ernst, locatieCode, categorieLabel, omschrijving, gemeente, signaalId). */
  extra?: {
    signaalId?: string;
    vpt?: boolean;
    ernst?: number;
    locatieCode?: string | null;
    gemeente?: string | null;
    categorieLabel?: string;
    omschrijving?: string;
    tijdstipIncident?: string;
  };
}) {
  return {
    id: opties.eventId ?? crypto.randomUUID(),
    naam: 'signalen.signaal-geregistreerd.v1' as const,
    producent: 'signalen' as const,
    opgetredenOp: new Date().toISOString(),
    payload: {
      signaalId: crypto.randomUUID(),
      bronOrganisatie: (opties.bronOrganisatie ?? 'COA') as 'COA',
      bronReferentie: `TEST-${randomBytes(3).toString('hex')}`,
      categorie: opties.categorie ?? 'WINKELDIEFSTAL',
      tijdstipIncident: new Date(Date.now() - 3600_000).toISOString(),
      personen: opties.persoonIds.map((persoonId) => ({ persoonId, vNummer: null })),
      ...opties.extra,
    },
  };
}

/** A Redis URL on a database index of its own, so a test may FLUSHDB without touching other tests. */
export function eigenRedisDatabase(basis = TEST_REDIS_URL): { url: string; index: number } {
  const index = 1 + (randomBytes(1)[0] % 15);
  const u = new URL(basis);
  u.pathname = `/${index}`;
  return { url: u.toString(), index };
}
