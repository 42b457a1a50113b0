import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { dublinOverdrachttermijn, EventName, TermijnSoort, type Organisatie } from '@ketenbeeld/domain';
import {
  metTrace,
  startDienstVoorTest,
  TermijnMotor,
  traceUit,
  ValidatieFout,
  type DienstVoorTest,
} from '@ketenbeeld/platform';
import {
  dienstTestEnv,
  eigenRedisDatabase,
  gql,
  testToken,
  maakTestDatabase,
  startDienstProces,
  wachtOp,
  type TestDatabase,
} from '@ketenbeeld/testing';
import { AppModule } from '../src/app.module';

/**
 * The durable deadline engine against real PostgreSQL and Redis, in the service that owns the
 * custody clocks. Every instance here shares one database, as replicas of one service would.
 */
let db: TestDatabase;
let pg: Client;
let env: Record<string, string>;
const gestart: DienstVoorTest[] = [];

async function start(extra: Record<string, string> = {}): Promise<DienstVoorTest> {
  const d = await startDienstVoorTest('zsm', (c) => AppModule.met(c), { ...env, ...extra });
  gestart.push(d);
  return d;
}
const motor = (d: DienstVoorTest) => d.app.get(TermijnMotor);

function opties(
  vervaltOp: Date,
  extra: Partial<{ waarschuwingenMs: number[]; organisatie: Organisatie }> = {},
) {
  return {
    soort: TermijnSoort.OPHOUDEN_VOOR_ONDERZOEK,
    onderwerpType: 'zsm-zaak',
    onderwerpId: randomUUID(),
    organisatie: 'OM' as Organisatie,
    vervaltOp,
    payload: { persoonId: randomUUID(), zsmZaak: `ZSM-${randomUUID().slice(0, 8)}` },
    regel: 'R14',
    uitleg: 'Ophouden voor onderzoek (test)',
    waarschuwingenMs: [],
    ...extra,
  };
}

async function telling(sql: string, params: unknown[] = []): Promise<number> {
  return Number((await pg.query(sql, params)).rows[0].n);
}

beforeAll(async () => {
  db = await maakTestDatabase('termijnen');
  env = await dienstTestEnv(db.url, {
    TERMIJN_RECONCILE_MS: '500',
    TERMIJN_HORIZON_MS: '60000',
    REDIS_URL: eigenRedisDatabase().url,
  });
  pg = new Client({ connectionString: db.url });
  pg.on('error', () => undefined);
  // The first instance creates the schema.
  await (await start({ TERMIJN_WORKER: 'false' })).close();
  gestart.pop();
  await pg.connect();
});

afterEach(async () => {
  await Promise.all(gestart.splice(0).map((d) => d.close()));
});

afterAll(async () => {
  await pg?.end();
  await db?.verwijder();
});

it('1.000 termijnen, Redis geleegd (FLUSHDB), workers herstart en racend: elke termijn verstrijkt precies één keer', async () => {
  const planner = await start({ TERMIJN_WORKER: 'false' });
  const basis = Date.now() + 6000;
  const ids: string[] = [];
  for (let i = 0; i < 1000; i += 50) {
    const batch = await Promise.all(
      Array.from({ length: 50 }, (_, j) =>
        motor(planner).plan(opties(new Date(basis + ((i + j) % 20) * 100))),
      ),
    );
    ids.push(...batch.map((b) => b.id));
  }
  expect(new Set(ids).size).toBe(1000);
  // The alarm clock is wiped: nothing in Redis knows about the deadlines any more.
  const redis = new IORedis(env.REDIS_URL);
  await redis.flushdb();
  expect(await redis.dbsize()).toBe(0);
  redis.disconnect();
  await planner.close();
  gestart.pop();
  // Two workers start and race for the same deadlines.
  await Promise.all([start(), start()]);
  await wachtOp(
    async () =>
      (await telling(`SELECT count(*) n FROM termijn WHERE status = 'VERSTREKEN' AND id = ANY($1)`, [
        ids,
      ])) === 1000,
    30_000,
    200,
  );
  await new Promise((r) => setTimeout(r, 1500));
  expect(
    await telling(
      `SELECT count(*) n FROM termijn_historie WHERE gebeurtenis = 'VERSTREKEN' AND termijn_id = ANY($1)`,
      [ids],
    ),
  ).toBe(1000);
  expect(
    await telling(
      `SELECT count(DISTINCT payload->>'termijnId') n FROM outbox WHERE naam = $1 AND payload->>'termijnId' = ANY($2)`,
      [EventName.TermijnVerstreken, ids],
    ),
  ).toBe(1000);
  expect(
    await telling(`SELECT count(*) n FROM outbox WHERE naam = $1 AND payload->>'termijnId' = ANY($2)`, [
      EventName.TermijnVerstreken,
      ids,
    ]),
  ).toBe(1000);
  // Nothing fired early.
  expect(
    await telling(`SELECT count(*) n FROM termijn WHERE id = ANY($1) AND afgevuurd_op < vervalt_op`, [ids]),
  ).toBe(0);
}, 90_000);

it('een worker die met SIGKILL sterft terwijl hij afvuurt: de termijn verstrijkt één keer', async () => {
  const planner = await start({ TERMIJN_WORKER: 'false' });
  const { id } = await motor(planner).plan(opties(new Date(Date.now() + 1500)));
  // Hold the row so the worker blocks inside its firing transaction.
  const slot = new Client({ connectionString: db.url });
  slot.on('error', () => undefined);
  await slot.connect();
  await slot.query('BEGIN');
  await slot.query('SELECT id FROM termijn WHERE id = $1 FOR UPDATE', [id]);
  const worker = await startDienstProces('zsm', { ...env, TERMIJN_RECONCILE_MS: '300' });
  try {
    await wachtOp(
      async () =>
        (await telling(
          `SELECT count(*) n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%FROM termijn WHERE id = $1 FOR UPDATE%'`,
        )) > 0,
      15_000,
    );
  } finally {
    await worker.crash();
    await slot.query('ROLLBACK');
    await slot.end();
  }
  expect(await telling(`SELECT count(*) n FROM termijn WHERE id = $1 AND status = 'VERSTREKEN'`, [id])).toBe(
    0,
  );
  await start();
  await wachtOp(
    async () =>
      (await telling(`SELECT count(*) n FROM termijn WHERE id = $1 AND status = 'VERSTREKEN'`, [id])) === 1,
  );
  await new Promise((r) => setTimeout(r, 1000));
  expect(
    await telling(
      `SELECT count(*) n FROM termijn_historie WHERE termijn_id = $1 AND gebeurtenis = 'VERSTREKEN'`,
      [id],
    ),
  ).toBe(1);
  expect(await telling(`SELECT count(*) n FROM outbox WHERE payload->>'termijnId' = $1`, [id])).toBe(1);
}, 60_000);

it('opschorten en hervatten: de vervaldatum schuift precies met de opgeschorte duur', async () => {
  const d = await start({ TERMIJN_WORKER: 'false' });
  const oorspronkelijk = new Date(Date.now() + 3600_000);
  const { id } = await motor(d).plan(opties(oorspronkelijk));
  await motor(d).schortOp(id, 'betrokkene overgebracht naar ziekenhuis', 'u-om-0001');
  await new Promise((r) => setTimeout(r, 1200));
  const hervat = await motor(d).hervat(id, 'terug', 'u-om-0001');
  const historie = await motor(d).historieVan(id);
  const op = historie.find((h) => h.gebeurtenis === 'OPGESCHORT')!.tijdstip.getTime();
  const terug = historie.find((h) => h.gebeurtenis === 'HERVAT')!.tijdstip.getTime();
  expect(terug - op).toBeGreaterThanOrEqual(1200);
  expect(hervat.vervalt_op.getTime() - oorspronkelijk.getTime()).toBe(terug - op);
  expect(hervat.status).toBe('GEPLAND');
  expect(historie.map((h) => h.gebeurtenis)).toEqual(['GEPLAND', 'OPGESCHORT', 'HERVAT']);
  await expect(motor(d).hervat(id, 'nogmaals')).rejects.toMatchObject({
    soort: 'CONFLICT',
    code: 'TERMIJN_STATUS',
  });
});

it('waarschuwt vóór de vervaldatum en verstrijkt daarna, elk via een event in de outbox', async () => {
  const d = await start();
  const { id } = await motor(d).plan(opties(new Date(Date.now() + 2500), { waarschuwingenMs: [1500] }));
  await wachtOp(async () => (await motor(d).haal(id)).status === 'VERSTREKEN', 10_000);
  const namen = (
    await pg.query(`SELECT naam FROM outbox WHERE payload->>'termijnId' = $1 ORDER BY volgnummer`, [id])
  ).rows.map((r: { naam: string }) => r.naam);
  expect(namen).toEqual([EventName.TermijnGewaarschuwd, EventName.TermijnVerstreken]);
  expect((await motor(d).historieVan(id)).map((h) => h.gebeurtenis)).toEqual([
    'GEPLAND',
    'GEWAARSCHUWD',
    'VERSTREKEN',
  ]);
});

it('het alarm zet de trace voort waarin de termijn werd gepland (traceparent tot in de events)', async () => {
  const d = await start();
  const plan = traceUit('00-0123456789abcdef0123456789abcdef-00f067aa0ba902b7-01');
  const { id } = await metTrace(plan, () => motor(d).plan(opties(new Date(Date.now() + 800))));
  await wachtOp(async () => (await motor(d).haal(id)).status === 'VERSTREKEN', 10_000);
  const { rows } = await pg.query(`SELECT traceparent FROM outbox WHERE payload->>'termijnId' = $1`, [id]);
  expect(rows).toHaveLength(1);
  const [, traceId, spanId] = (rows[0] as { traceparent: string }).traceparent.split('-');
  expect(traceId).toBe('0123456789abcdef0123456789abcdef');
  expect(spanId).not.toBe(plan.spanId);
});

it('herplannen: Dublin 6 → 12 maanden wanneer detentie wordt gemeld (R12)', async () => {
  const d = await start({ TERMIJN_WORKER: 'false' });
  const zes = dublinOverdrachttermijn({ akkoord: '2026-03-03' });
  const { id } = await motor(d).plan({
    soort: TermijnSoort.DUBLIN_OVERDRACHT,
    onderwerpType: 'persoon',
    onderwerpId: randomUUID(),
    organisatie: 'DTV',
    vervaltOp: zes.vervaltOp,
    payload: { persoonId: randomUUID(), lidstaat: 'DE' },
    regel: zes.regel,
    uitleg: zes.uitleg,
  });
  const twaalf = dublinOverdrachttermijn({ akkoord: '2026-03-03', gedetineerd: true });
  const t = await motor(d).herplan(id, twaalf.vervaltOp, 'detentie gemeld door DJI');
  expect(t.vervalt_op.toISOString()).toBe(twaalf.vervaltOp.toISOString());
  expect(t.oorspronkelijk_op.toISOString()).toBe(zes.vervaltOp.toISOString());
  expect(twaalf.vervaltOp.getTime() - zes.vervaltOp.getTime()).toBeGreaterThan(180 * 24 * 3600_000);
});

describe('foute invoer', () => {
  it('een vervaldatum in het verleden verstrijkt direct, en dat wordt gezegd', async () => {
    const d = await start();
    const r = await motor(d).plan(opties(new Date(Date.now() - 60_000)));
    expect(r.direct).toBe(true);
    expect(r.melding).toMatch(/verleden/);
    await wachtOp(async () => (await motor(d).haal(r.id)).status === 'VERSTREKEN', 5000);
  });

  it('een onbekende soort of een payload die het schema schendt wordt geweigerd; niets opgeslagen', async () => {
    const d = await start({ TERMIJN_WORKER: 'false' });
    const voor = await telling('SELECT count(*) n FROM termijn');
    const onbekend = motor(d).plan({
      ...opties(new Date(Date.now() + 60_000)),
      soort: 'BESTAAT_NIET',
    } as never);
    await expect(onbekend).rejects.toBeInstanceOf(ValidatieFout);
    await expect(onbekend).rejects.toMatchObject({ fouten: [{ veld: 'soort' }] });
    const slechtePayload = motor(d).plan({
      ...opties(new Date(Date.now() + 60_000)),
      payload: { persoonId: 'geen-uuid' } as never,
    });
    await expect(slechtePayload).rejects.toMatchObject({
      fouten: expect.arrayContaining([
        { veld: 'payload.persoonId', reden: 'moet een UUID zijn' },
        expect.objectContaining({ veld: 'payload.zsmZaak' }),
      ]),
    });
    const slechteWaarschuwing = motor(d).plan({
      ...opties(new Date(Date.now() + 60_000)),
      waarschuwingenMs: [-5],
    });
    await expect(slechteWaarschuwing).rejects.toMatchObject({ fouten: [{ veld: 'waarschuwingenMs.0' }] });
    expect(await telling('SELECT count(*) n FROM termijn')).toBe(voor);
  });
});

it('GraphQL: zsmTermijnen toont regel en uitleg, en elke organisatie alleen wat zij moet doen', async () => {
  const d = await start({ TERMIJN_WORKER: 'false' });
  const om = await motor(d).plan(opties(new Date(Date.now() + 7200_000), { organisatie: 'OM' }));
  const dtv = await motor(d).plan(opties(new Date(Date.now() + 3600_000), { organisatie: 'DTV' }));
  const vraag = `{ zsmTermijnen(weergave: KOMEND, eerste: 1000) { id soort soortLabel organisatie regel uitleg status vervaltOp dienst } }`;
  type Antwoord = {
    zsmTermijnen: { id: string; organisatie: string; soortLabel: string; regel: string; dienst: string }[];
  };
  const alsOm = await gql<Antwoord>(`${d.url}/graphql`, await testToken('om-zsm'), vraag);
  const omIds = alsOm.data!.zsmTermijnen.map((t) => t.id);
  expect(omIds).toContain(om.id);
  expect(omIds).not.toContain(dtv.id);
  expect(alsOm.data!.zsmTermijnen.every((t) => t.organisatie === 'OM')).toBe(true);
  const alsDgm = await gql<Antwoord>(`${d.url}/graphql`, await testToken('dgm-analist'), vraag);
  const rij = alsDgm.data!.zsmTermijnen.find((t) => t.id === dtv.id)!;
  expect(rij).toMatchObject({
    organisatie: 'DTV',
    soortLabel: 'Ophouden voor onderzoek',
    regel: 'R14',
    dienst: 'zsm',
  });
  const ids = alsDgm.data!.zsmTermijnen.map((t) => t.id);
  expect(ids.indexOf(dtv.id)).toBeLessThan(ids.indexOf(om.id)); // soonest first
});
