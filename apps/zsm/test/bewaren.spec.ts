import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Queue } from 'bullmq';
import { QueueName } from '@ketenbeeld/domain';
import {
  dienstTestEnv,
  maakTestDatabase,
  TEST_REDIS_URL,
  wachtOp,
  type TestDatabase,
} from '@ketenbeeld/testing';
import {
  BewaarService,
  EventConsumer,
  redisVerbinding,
  startDienstVoorTest,
  type DienstVoorTest,
} from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

/**
 * Retention in zsm (DOMAIN.md §7, R21): ZSM registrations anonymised after 5 years and removed after
 * 10, ended detentions after 5, the lookup register after the log period (never within a year); the
 * copies of signals and cases follow signalen's and casusregie's retention through events.
 */
let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;
let bewaren: BewaarService;

const TABELLEN = [
  'outbox',
  'zsm_registratie',
  'afdoening',
  'detentie',
  'verwerkingslog',
  'termijn',
  'termijn_historie',
  'zsm_persoon_signaal',
  'zsm_casus',
];

async function checksums(): Promise<Record<string, string>> {
  const uit: Record<string, string> = {};
  for (const t of TABELLEN) {
    const r = await pg.query(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS c FROM ${t} x`,
    );
    uit[t] = r.rows[0].c;
  }
  return uit;
}

const reg = { oud5: randomUUID(), oud10: randomUUID(), jong: randomUUID() };
const det = { oud: randomUUID(), jong: randomUUID(), lopend: randomUUID() };
const persoon = randomUUID();

async function registratie(id: string, interval: string) {
  await pg.query(
    `INSERT INTO zsm_registratie (id, signaal_id, zsm_referentie, persoon_id, v_nummer, naam, aanhouding_op, delict, omschrijving,
                                  vpt, voorlopige_hechtenis, zsm_locatie, geregistreerd_door)
     VALUES ($1, $2, $3, $4, '1234567890', 'Testpersoon Zsm (fictief)', now() - $5::interval, 'WINKELDIEFSTAL',
             'Aangehouden bij de Action, naam genoemd', false, false, 'ZSM_GRONINGEN', 'u-om-0001')`,
    [id, randomUUID(), `ZSM-${id.slice(0, 8)}`, persoon, interval],
  );
  await pg.query(
    `INSERT INTO afdoening (id, registratie_id, soort, besluit_op, toelichting, door) VALUES ($1, $2, 'TRANSACTIE', now() - $3::interval, 'Toelichting met naam', 'u-om-0001')`,
    [randomUUID(), id, interval],
  );
  const termijn = randomUUID();
  await pg.query(
    `INSERT INTO termijn (id, soort, onderwerp_type, onderwerp_id, organisatie, vervalt_op, oorspronkelijk_op, uitleg, payload, status)
     VALUES ($1, 'VOORGELEIDING', 'zsm_registratie', $2, 'OM', now() - $3::interval, now() - $3::interval, 'R15', $4, 'VERSTREKEN')`,
    [termijn, id, interval, JSON.stringify({ persoonId: persoon, zsmZaak: `ZSM-${id.slice(0, 8)}` })],
  );
  await pg.query(
    `INSERT INTO termijn_historie (termijn_id, gebeurtenis, vervalt_op) VALUES ($1, 'GEPLAND', now() - $2::interval)`,
    [termijn, interval],
  );
}

beforeAll(async () => {
  db = await maakTestDatabase('bewarenzsm');
  dienst = await startDienstVoorTest(
    'zsm',
    (c) => AppModule.met(c),
    await dienstTestEnv(db.url, { TERMIJN_WORKER: 'false', OUTBOX_RELAY: 'false', EVENT_CONSUMER: 'false' }),
  );
  bewaren = dienst.app.get(BewaarService);
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  await registratie(reg.oud5, '5 years 1 day');
  await registratie(reg.oud10, '10 years 1 day');
  await registratie(reg.jong, '4 years');
  await pg.query(
    `INSERT INTO detentie (id, persoon_id, soort, begin, eind, inrichting, gemeld_door) VALUES
       ($1, $4, 'STRAFRECHTELIJK', now() - interval '6 years', now() - interval '5 years 1 day', 'PI Veenhuizen', 'u-dji-0001'),
       ($2, $4, 'STRAFRECHTELIJK', now() - interval '3 years', now() - interval '2 years', 'PI Veenhuizen', 'u-dji-0001'),
       ($3, $4, 'VREEMDELINGENBEWARING', now() - interval '1 month', NULL, 'DC Rotterdam', 'u-dji-0001')`,
    [det.oud, det.jong, det.lopend, persoon],
  );
  await pg.query(
    `INSERT INTO verwerkingslog (tijdstip, actor, organisatie, rollen, doel, persoon_id, wat)
     SELECT now() - d, 'u-om-0001', 'OM', '{ZSM_OFFICIER}', 'VREEMDELINGRECHTELIJKE_CHECK', $1, 'bewaartest ' || n
       FROM (VALUES (1, interval '6 years'), (2, interval '2 years'), (3, interval '11 months')) AS x(n, d)`,
    [persoon],
  );
  await pg.query(
    `INSERT INTO outbox (id, naam, producent, payload, opgetreden_op, verzonden_op) VALUES
       ($1, 'zsm.detentie-gemeld.v1', 'zsm', '{}', now() - interval '31 days', now() - interval '31 days'),
       ($2, 'zsm.detentie-gemeld.v1', 'zsm', '{}', now() - interval '40 days', NULL),
       ($3, 'zsm.detentie-gemeld.v1', 'zsm', '{}', now() - interval '29 days', now() - interval '29 days')`,
    [randomUUID(), randomUUID(), randomUUID()],
  );
}, 120_000);

afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const VERWACHT = [
  ['zsm-registratie-verwijderen', 1],
  ['detentie-verwijderen', 1],
  ['zsm-verwerkingslog', 1],
  // The 10-year-old one is removed in the same run, not anonymised first.
  ['zsm-registratie-anonimiseren', 1],
  // Only the delivered event of 31 days; the undelivered one stays, however old.
  ['outbox', 1],
  ['logboek', 0],
];

it('een proef telt precies wat zou gaan en verandert niets', async () => {
  const voor = await checksums();
  const proef = await bewaren.voerUit({ proef: true });
  expect(proef.map((r) => [r.regel, r.aantal])).toEqual(VERWACHT);
  expect(await checksums()).toEqual(voor);
  expect(proef[0].voorbeeld).toEqual([reg.oud10]);
  expect(proef[3].voorbeeld).toEqual([reg.oud5]);
});

describe('de opschoning', () => {
  beforeAll(async () => {
    const rijen = await bewaren.voerUit({ proef: false });
    expect(rijen.map((r) => [r.regel, r.aantal, r.fout])).toEqual(VERWACHT.map(([r, n]) => [r, n, null]));
  });

  it('R21: een registratie van 10 jaar is weg met afdoening en klokken; een van 5 jaar is anoniem; een van 4 jaar onaangeroerd', async () => {
    const { rows } = await pg.query<Record<string, unknown>>(
      `SELECT id, persoon_id, v_nummer, naam, omschrijving, zsm_referentie, geregistreerd_door, delict, zsm_locatie,
              geanonimiseerd_op IS NOT NULL AS anoniem,
              (SELECT json_agg(json_build_object('toelichting', a.toelichting, 'door', a.door, 'soort', a.soort)) FROM afdoening a WHERE a.registratie_id = r.id) AS afdoeningen,
              (SELECT count(*)::int FROM termijn t WHERE t.onderwerp_id = r.id::text) AS klokken
         FROM zsm_registratie r ORDER BY aanhouding_op`,
    );
    expect(rows.map((r) => r.id)).toEqual([reg.oud5, reg.jong]);
    expect(rows[0]).toEqual({
      id: reg.oud5,
      persoon_id: null,
      v_nummer: null,
      naam: null,
      omschrijving: '[geanonimiseerd]',
      zsm_referentie: `geanonimiseerd:${reg.oud5}`,
      geregistreerd_door: 'geanonimiseerd',
      delict: 'WINKELDIEFSTAL',
      zsm_locatie: 'ZSM_GRONINGEN',
      anoniem: true,
      afdoeningen: [{ toelichting: null, door: 'geanonimiseerd', soort: 'TRANSACTIE' }],
      klokken: 0,
    });
    expect(rows[1]).toMatchObject({ persoon_id: persoon, anoniem: false, klokken: 1 });
    const wees = await pg.query(
      `SELECT (SELECT count(*) FROM afdoening a WHERE NOT EXISTS (SELECT 1 FROM zsm_registratie r WHERE r.id = a.registratie_id))::int AS afdoening,
              (SELECT count(*) FROM termijn_historie h WHERE NOT EXISTS (SELECT 1 FROM termijn t WHERE t.id = h.termijn_id))::int AS historie`,
    );
    expect(wees.rows[0]).toEqual({ afdoening: 0, historie: 0 });
  });

  it('beëindigde detenties na 5 jaar weg, jongere en lopende blijven; het register van bevragingen na zijn termijn; afgeleverde events na 30 dagen, niet afgeleverde nooit', async () => {
    expect(
      (await pg.query<{ id: string }>(`SELECT id FROM detentie ORDER BY begin`)).rows.map((r) => r.id),
    ).toEqual([det.jong, det.lopend]);
    expect(
      (await pg.query<{ wat: string }>(`SELECT wat FROM verwerkingslog ORDER BY tijdstip`)).rows.map(
        (r) => r.wat,
      ),
    ).toEqual(['bewaartest 2', 'bewaartest 3']);
    await expect(pg.query(`DELETE FROM verwerkingslog`)).rejects.toThrow(/append-only/);
    const outbox = await pg.query<{ verzonden: boolean; dagen: number }>(
      `SELECT verzonden_op IS NOT NULL AS verzonden, extract(day FROM now() - opgetreden_op)::int AS dagen FROM outbox ORDER BY opgetreden_op`,
    );
    expect(outbox.rows).toEqual([
      { verzonden: false, dagen: 40 },
      { verzonden: true, dagen: 29 },
    ]);
  });

  it('een tweede opschoning doet niets', async () => {
    const voor = await checksums();
    const rijen = await bewaren.voerUit({ proef: false });
    expect(rijen.map((r) => r.aantal)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await checksums()).toEqual(voor);
  });
});

describe('kopieën volgen signalen en casusregie', () => {
  const envelop = (naam: string, payload: Record<string, unknown>, producent: string) => ({
    id: randomUUID(),
    naam,
    producent,
    opgetredenOp: new Date().toISOString(),
    payload,
  });

  it('een opgeschoond signaal en een verwijderde casus verdwijnen uit het leesmodel, eenmaal', async () => {
    const [signaal, ander, casus] = [randomUUID(), randomUUID(), randomUUID()];
    await pg.query(
      `INSERT INTO zsm_persoon_signaal (signaal_id, persoon_id, categorie, bron_organisatie, tijdstip_incident)
       VALUES ($1, $3, 'WINKELDIEFSTAL', 'POLITIE', now() - interval '6 years'), ($2, $3, 'WINKELDIEFSTAL', 'COA', now())`,
      [signaal, ander, persoon],
    );
    await pg.query(
      `INSERT INTO zsm_casus (casus_id, persoon_id, versie, open, status, procesregisseur_naam, procesregisseur_organisatie, maatregelen, topx, bijgewerkt_op)
       VALUES ($1, $2, 3, false, 'AFGEROND', 'Mira Veldkamp (fictief)', 'IND', '[]', '[]', now() - interval '6 years')`,
      [casus, persoon],
    );
    const consumer = dienst.app.get(EventConsumer);
    const s = envelop(
      'signalen.signaal-opgeschoond.v1',
      {
        signaalId: signaal,
        actie: 'ANONIMISEREN',
        soort: 'SIGNAAL_POLITIE',
        grens: new Date().toISOString(),
      },
      'signalen',
    );
    const c = envelop(
      'casusregie.casus-opgeschoond.v1',
      {
        casusId: casus,
        persoonId: persoon,
        actie: 'VERWIJDEREN',
        soort: 'CASUS_AFGEROND',
        grens: new Date().toISOString(),
      },
      'casusregie',
    );
    expect(await consumer.verwerk(s as never)).toBe('verwerkt');
    expect(await consumer.verwerk(c as never)).toBe('verwerkt');
    expect(await consumer.verwerk(s as never)).toBe('dubbel');
    expect(
      (await pg.query(`SELECT signaal_id FROM zsm_persoon_signaal WHERE persoon_id = $1`, [persoon])).rows,
    ).toEqual([{ signaal_id: ander }]);
    expect(
      (await pg.query(`SELECT count(*)::int AS n FROM zsm_casus WHERE casus_id = $1`, [casus])).rows[0].n,
    ).toBe(0);
  });
});

describe('het nachtelijke rooster', () => {
  it('twee instanties: één schema om 03:30 Amsterdam; een tik draait de opschoning één keer', async () => {
    const env = await dienstTestEnv(db.url, { OUTBOX_RELAY: 'false', EVENT_CONSUMER: 'false' });
    const a = await startDienstVoorTest('zsm', (c) => AppModule.met(c), env);
    const b = await startDienstVoorTest('zsm', (c) => AppModule.met(c), env);
    const redis = redisVerbinding(TEST_REDIS_URL, 'bewaartest');
    const queue = new Queue(QueueName.bewarenVoor('zsm'), { connection: redis, prefix: env.QUEUE_PREFIX });
    try {
      const schemas = await queue.getJobSchedulers();
      expect(schemas.map((s) => [s.key, s.pattern, s.tz])).toEqual([
        ['bewaren-nacht', '30 3 * * *', 'Europe/Amsterdam'],
      ]);
      // One tick (as the scheduler makes it at 03:30): one run, by one of the two workers.
      await queue.add('opschonen', {});
      const runs = async () =>
        (
          await pg.query<{ run_id: string }>(
            `SELECT DISTINCT run_id FROM opschoning WHERE aanleiding = 'ROOSTER'`,
          )
        ).rows.map((r) => r.run_id);
      await wachtOp(async () => ((await runs()).length ? true : undefined), 15_000);
      await wachtOp(
        async () => ((await queue.getJobCounts('completed')).completed === 1 ? true : undefined),
        15_000,
      );
      expect(await runs()).toHaveLength(1);
      const regels = await pg.query<{ regel: string }>(
        `SELECT regel, aantal FROM opschoning WHERE aanleiding = 'ROOSTER' ORDER BY volgnummer`,
      );
      expect(regels.rows.map((r) => r.regel)).toEqual(VERWACHT.map((v) => v[0]));
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
      redis.disconnect();
      await a.close();
      await b.close();
    }
  }, 60_000);
});
