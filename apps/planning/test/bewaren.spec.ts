import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dienstTestEnv, maakTestDatabase, type TestDatabase } from '@ketenbeeld/testing';
import { BewaarService, EventConsumer, startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

/**
 * Retention in planning (DOMAIN.md §7): ended and refused placements after 5 years with their history
 * and deadlines, the inhuisregistratie after a year; the copies of signals and cases follow signalen's
 * and casusregie's retention through events.
 */
let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;
let bewaren: BewaarService;

const TABELLEN = [
  'plaatsing',
  'plaatsing_historie',
  'inhuisregistratie',
  'gemiste_registratie',
  'inhuisregistratie_plicht',
  'termijn',
  'termijn_historie',
  'plaatsing_aanleiding',
  'procedure_plan',
  'procedure_stap',
  'planning_persoon',
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

const persoon = randomUUID();
const p = {
  beeindigdOud: randomUUID(),
  afgewezenOud: randomUUID(),
  beeindigdJong: randomUUID(),
  actiefOud: randomUUID(),
};
const signaal = { oud: randomUUID(), jong: randomUUID() };
const plicht = { oud: randomUUID(), lopend: randomUUID() };

async function termijn(onderwerpType: string, onderwerpId: string) {
  const id = randomUUID();
  await pg.query(
    `INSERT INTO termijn (id, soort, onderwerp_type, onderwerp_id, organisatie, vervalt_op, oorspronkelijk_op, uitleg, payload, status)
     VALUES ($1, 'PBL_BEHANDELING', $2, $3, 'IND', now() - interval '6 years', now() - interval '6 years', 'R3', '{}', 'VERSTREKEN')`,
    [id, onderwerpType, onderwerpId],
  );
  await pg.query(
    `INSERT INTO termijn_historie (termijn_id, gebeurtenis, vervalt_op) VALUES ($1, 'GEPLAND', now())`,
    [id],
  );
}

beforeAll(async () => {
  db = await maakTestDatabase('bewarenplanning');
  dienst = await startDienstVoorTest(
    'planning',
    (c) => AppModule.met(c),
    await dienstTestEnv(db.url, { TERMIJN_WORKER: 'false', OUTBOX_RELAY: 'false', EVENT_CONSUMER: 'false' }),
  );
  bewaren = dienst.app.get(BewaarService);
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query(
    `INSERT INTO plaatsing (id, persoon_id, locatie, status, van, tot, werkelijk_eind, voorgesteld_op, vervangt_id) VALUES
       ($1, $5, 'PBL_TER_APEL', 'BEEINDIGD', (now() - interval '6 years')::date, NULL, (now() - interval '5 years 2 days')::date, now() - interval '6 years', NULL),
       ($2, $5, 'HTL_HOOGEVEEN', 'AFGEWEZEN', (now() - interval '6 years')::date, NULL, NULL, now() - interval '6 years', NULL),
       ($3, $5, 'VTL_TER_APEL', 'BEEINDIGD', (now() - interval '5 years')::date, (now() - interval '4 years')::date, NULL, now() - interval '5 years', $1),
       ($4, $5, 'HTL_HOOGEVEEN', 'ACTIEF', (now() - interval '6 years')::date, NULL, NULL, now() - interval '6 years', NULL)`,
    [p.beeindigdOud, p.afgewezenOud, p.beeindigdJong, p.actiefOud, persoon],
  );
  await pg.query(
    `INSERT INTO plaatsing_historie (plaatsing_id, status, door, op, toelichting) VALUES
       ($1, 'ACTIEF', 'u-coa-0001', now() - interval '6 years', 'geplaatst'),
       ($1, 'BEEINDIGD', 'u-coa-0001', now() - interval '5 years 2 days', 'beëindigd'),
       ($2, 'BEEINDIGD', 'u-coa-0001', now() - interval '4 years', 'beëindigd')`,
    [p.beeindigdOud, p.beeindigdJong],
  );
  await termijn('plaatsing', p.beeindigdOud);
  await termijn('plaatsing', p.actiefOud);
  await pg.query(
    `INSERT INTO inhuisregistratie (id, persoon_id, locatie, datum, venster, tijdstip, geregistreerd_door) VALUES
       ($1, $3, 'TER_APEL', (now() - interval '13 months')::date, 'OCHTEND', now() - interval '13 months', 'u-coa-0001'),
       ($2, $3, 'TER_APEL', (now() - interval '11 months')::date, 'OCHTEND', now() - interval '11 months', 'u-coa-0001')`,
    [randomUUID(), randomUUID(), persoon],
  );
  await pg.query(
    `INSERT INTO gemiste_registratie (persoon_id, locatie, datum, venster, signaal_id, plaatsing_id, toelichting) VALUES
       ($1, 'TER_APEL', (now() - interval '13 months')::date, 'AVOND', $2, $4, 'niet verschenen'),
       ($1, 'TER_APEL', (now() - interval '11 months')::date, 'AVOND', $3, NULL, 'niet verschenen')`,
    [persoon, signaal.oud, signaal.jong, p.beeindigdOud],
  );
  await pg.query(
    `INSERT INTO inhuisregistratie_plicht (id, persoon_id, locatie, van, tot, reden, opgelegd_door) VALUES
       ($1, $3, 'TER_APEL', (now() - interval '2 years')::date, (now() - interval '13 months')::date, 'R2', 'u-coa-0001'),
       ($2, $3, 'TER_APEL', (now() - interval '2 years')::date, NULL, 'R2', 'u-coa-0001')`,
    [plicht.oud, plicht.lopend, persoon],
  );
}, 120_000);

afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const VERWACHT = [
  ['plaatsing-verwijderen', 2],
  ['inhuisregistratie-verwijderen', 1],
  ['gemiste-registratie-verwijderen', 1],
  ['inhuisregistratie-plicht-verwijderen', 1],
  ['outbox', 0],
  ['logboek', 0],
];

it('een proef telt precies wat zou gaan en verandert niets', async () => {
  const voor = await checksums();
  const proef = await bewaren.voerUit({ proef: true });
  expect(proef.map((r) => [r.regel, r.aantal])).toEqual(VERWACHT);
  expect(await checksums()).toEqual(voor);
  expect(proef[0].voorbeeld).toEqual([p.beeindigdOud, p.afgewezenOud].sort());
  expect(proef[2].voorbeeld).toEqual([signaal.oud]);
});

describe('de opschoning', () => {
  beforeAll(async () => {
    const rijen = await bewaren.voerUit({ proef: false });
    expect(rijen.map((r) => [r.regel, r.aantal, r.fout])).toEqual(VERWACHT.map(([r, n]) => [r, n, null]));
  });

  it('verwijdert precies de afgesloten plaatsingen van meer dan 5 jaar met historie en termijnen; wat ernaar wees blijft', async () => {
    const over = await pg.query(`SELECT id, vervangt_id FROM plaatsing ORDER BY id`);
    expect(over.rows).toEqual(
      [
        { id: p.beeindigdJong, vervangt_id: null },
        { id: p.actiefOud, vervangt_id: null },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect((await pg.query(`SELECT plaatsing_id FROM plaatsing_historie`)).rows).toEqual([
      { plaatsing_id: p.beeindigdJong },
    ]);
    expect((await pg.query(`SELECT onderwerp_id FROM termijn`)).rows).toEqual([
      { onderwerp_id: p.actiefOud },
    ]);
    expect((await pg.query(`SELECT count(*)::int AS n FROM termijn_historie`)).rows[0].n).toBe(1);
  });

  it('de inhuisregistratie na een jaar: registraties, gemiste registraties en beëindigde plichten; lopende blijven', async () => {
    expect((await pg.query(`SELECT count(*)::int AS n FROM inhuisregistratie`)).rows[0].n).toBe(1);
    expect((await pg.query(`SELECT signaal_id FROM gemiste_registratie`)).rows).toEqual([
      { signaal_id: signaal.jong },
    ]);
    expect((await pg.query(`SELECT id FROM inhuisregistratie_plicht`)).rows).toEqual([{ id: plicht.lopend }]);
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

  it('een opgeschoond signaal verdwijnt als aanleiding; een verwijderde casus met plan, stappen en termijnen', async () => {
    const [s, ander, casus] = [randomUUID(), randomUUID(), randomUUID()];
    await pg.query(
      `INSERT INTO plaatsing_aanleiding (signaal_id, persoon_id, categorie, bron_organisatie, tijdstip_incident)
       VALUES ($1, $3, 'GEWELD', 'COA', now() - interval '6 years'), ($2, $3, 'GEWELD', 'COA', now())`,
      [s, ander, persoon],
    );
    await pg.query(
      `INSERT INTO procedure_plan (casus_id, persoon_id, aanmelding, spoor, opgesteld_door) VALUES ($1, $2, (now() - interval '6 years')::date, 2, 'u-ind-0001')`,
      [casus, persoon],
    );
    await pg.query(
      `INSERT INTO procedure_stap (casus_id, stap, bijgewerkt_door) VALUES ($1, 'AANMELDING', 'u-ind-0001')`,
      [casus],
    );
    await termijn('casus', casus);
    await pg.query(`UPDATE plaatsing SET casus_id = $1 WHERE id = $2`, [casus, p.actiefOud]);
    await pg.query(
      `INSERT INTO planning_persoon (persoon_id, naam, casus_id, casus_open, spoor) VALUES ($1, 'Testpersoon Planning (fictief)', $2, false, 2)`,
      [persoon, casus],
    );
    const consumer = dienst.app.get(EventConsumer);
    const se = envelop(
      'signalen.signaal-opgeschoond.v1',
      { signaalId: s, actie: 'VERWIJDEREN', soort: 'SIGNAAL', grens: new Date().toISOString() },
      'signalen',
    );
    const ce = envelop(
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
    expect(await consumer.verwerk(se as never)).toBe('verwerkt');
    expect(await consumer.verwerk(ce as never)).toBe('verwerkt');
    expect(await consumer.verwerk(ce as never)).toBe('dubbel');
    expect((await pg.query(`SELECT signaal_id FROM plaatsing_aanleiding`)).rows).toEqual([
      { signaal_id: ander },
    ]);
    const rest = await pg.query(
      `SELECT (SELECT count(*) FROM procedure_plan WHERE casus_id = $1)::int AS plan,
              (SELECT count(*) FROM procedure_stap WHERE casus_id = $1)::int AS stappen,
              (SELECT count(*) FROM termijn WHERE onderwerp_id = $1::text)::int AS termijnen,
              (SELECT count(*) FROM plaatsing WHERE casus_id = $1)::int AS plaatsingen,
              (SELECT casus_id FROM planning_persoon WHERE persoon_id = $2) AS persoon_casus`,
      [casus, persoon],
    );
    expect(rest.rows[0]).toEqual({ plan: 0, stappen: 0, termijnen: 0, plaatsingen: 0, persoon_casus: null });
    // The placement itself stays: it has its own period.
    expect(
      (await pg.query(`SELECT count(*)::int AS n FROM plaatsing WHERE id = $1`, [p.actiefOud])).rows[0].n,
    ).toBe(1);
  });
});
