import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dienstTestEnv, gql, maakTestDatabase, testToken, type TestDatabase } from '@ketenbeeld/testing';
import { BewaarService, ConfigFout, startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

/**
 * Retention in signalen (DOMAIN.md §7, R21): signals of non-police sources go after 5 years, police
 * signals are anonymised after 5 and removed after 10, stored partner answers go after 30 days, the
 * processing log after its period but never within a year. A dry run changes nothing; a run records
 * what it did and announces every signal that went.
 */
let db: TestDatabase;
let env: Record<string, string>;
let dienst: DienstVoorTest;
let pg: Client;
let bewaren: BewaarService;

const TABELLEN = [
  'signaal',
  'signaal_persoon',
  'signaal_historie',
  'persoon',
  'idempotentie',
  'outbox',
  'logboek',
];
const EVENT = 'signalen.signaal-opgeschoond.v1';

async function registreer(
  persona: string,
  bron: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const r = await gql<{ registreerSignaal: { id: string } }>(
    `${dienst.url}/graphql`,
    await testToken(persona),
    `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id } }`,
    {
      i: {
        bronOrganisatie: bron,
        bronReferentie: `BW-${randomUUID()}`,
        categorie: 'WINKELDIEFSTAL',
        omschrijving: 'Bewaartest: vrije tekst met een naam erin',
        ernst: 2,
        plaats: { gemeente: 'Westerwolde', breedtegraad: 53.0, lengtegraad: 7.1 },
        tijdstipIncident: new Date(Date.now() - 3600_000).toISOString(),
        personen: [{ naam: `Bewaarpersoon ${randomUUID().slice(0, 6)}`, nationaliteit: 'MAR' }],
        ...extra,
      },
    },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.registreerSignaal.id;
}

/** Move a signal's incident back (its retention period counts from there). */
const zetTerug = (id: string, jaren: number) =>
  pg.query(
    `UPDATE signaal SET tijdstip_incident = now() - make_interval(years => $2) - interval '1 day' WHERE id = $1`,
    [id, jaren],
  );

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

const ids = {} as Record<
  'coaOud1' | 'coaOud2' | 'coaOud3' | 'coaJong' | 'politie6' | 'politie11' | 'politie3' | 'omOud',
  string
>;

beforeAll(async () => {
  db = await maakTestDatabase('bewarensignalen');
  env = await dienstTestEnv(db.url, {
    ROOSTER: 'false',
    OUTBOX_RELAY: 'false',
    EVENT_CONSUMER: 'false',
    BEWAREN_BATCHGROOTTE: '2',
    BEWAARTERMIJN_LOGBOEK: 'P1Y',
  });
  dienst = await startDienstVoorTest('signalen', (c) => AppModule.met(c), env);
  bewaren = dienst.app.get(BewaarService);
  pg = new Client({ connectionString: db.url });
  await pg.connect();

  ids.coaOud1 = await registreer('coa-locatiemanager', 'COA');
  ids.coaOud2 = await registreer('coa-locatiemanager', 'COA');
  ids.coaOud3 = await registreer('coa-locatiemanager', 'COA');
  ids.coaJong = await registreer('coa-locatiemanager', 'COA');
  ids.omOud = await registreer('om-zsm', 'OM');
  const aangifte = { aangifte: true, pvNummer: 'PL0100-2020123456' };
  ids.politie6 = await registreer('politie-melder', 'POLITIE', aangifte);
  ids.politie11 = await registreer('politie-melder', 'POLITIE', aangifte);
  ids.politie3 = await registreer('politie-melder', 'POLITIE', aangifte);
  for (const id of [ids.coaOud1, ids.coaOud2, ids.coaOud3, ids.omOud, ids.politie6]) await zetTerug(id, 5);
  await zetTerug(ids.coaJong, 4);
  await zetTerug(ids.politie11, 10);
  await zetTerug(ids.politie3, 3);
  // A correction leaves the old free text in the history: anonymising must take it out there too.
  await pg.query(
    `INSERT INTO signaal_historie (signaal_id, versie, actie, door, door_organisatie, reden, gegevens)
     VALUES ($1, 2, 'GECORRIGEERD', 'u-pol-0001', 'POLITIE', 'typfout in de naam', '{"oud": {"omschrijving": "Jan Jansen"}}')`,
    [ids.politie6],
  );
  await pg.query(
    `INSERT INTO idempotentie (organisatie, sleutel, verzoek_hash, status_code, antwoord, aangemaakt_op) VALUES
       ('COA', 'oud-1', 'h', 201, '{}', now() - interval '31 days'),
       ('COA', 'jong-1', 'h', 201, '{}', now() - interval '29 days')`,
  );
  await pg.query(
    `INSERT INTO logboek (trace_id, span_id, dienst, operatie, soort, start, eind, status, actor, organisatie)
     SELECT repeat('a', 32), repeat('b', 16), 'signalen', 'bewaartest ' || n, 'LEZEN', now() - d, now() - d, 'OK', 'u-test', 'COA'
       FROM (VALUES (1, interval '13 months'), (2, interval '25 months'), (3, interval '11 months')) AS x(n, d)`,
  );
}, 120_000);

afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const PO_OVERZICHT = `query { signalenBewaaroverzicht { dienst peilmoment regels { regel soort actie termijn variabele aanname bron grens aantal } } }`;

describe('het bewaaroverzicht (proef zonder vastleggen)', () => {
  it('toont per regel termijn, grens en hoeveel nu zou gaan; alleen voor de privacy officer', async () => {
    const po = await testToken('privacy-officer');
    const r = await gql<{ signalenBewaaroverzicht: { regels: Record<string, unknown>[] } }>(
      `${dienst.url}/graphql`,
      po,
      PO_OVERZICHT,
      {},
      'PRIVACYTOEZICHT',
    );
    expect(r.errors).toBeUndefined();
    const regels = r.data!.signalenBewaaroverzicht.regels;
    expect(regels.map((x) => [x.regel, x.soort, x.actie, x.termijn, x.aantal])).toEqual([
      ['signaal-verwijderen', 'SIGNAAL', 'VERWIJDEREN', 'P5Y', 4],
      ['signaal-politie-verwijderen', 'SIGNAAL_POLITIE', 'VERWIJDEREN', 'P10Y', 1],
      ['idempotentie-verwijderen', 'IDEMPOTENTIE', 'VERWIJDEREN', 'P30D', 1],
      // Only the 6-year-old one: the 11-year-old one is removed in the same run, not anonymised first.
      ['signaal-politie-anonimiseren', 'SIGNAAL_POLITIE', 'ANONIMISEREN', 'P5Y', 1],
      ['outbox', 'OUTBOX', 'VERWIJDEREN', 'P30D', 0],
      ['logboek', 'LOGBOEK', 'VERWIJDEREN', 'P1Y', 2],
    ]);
    const politie = regels.find((x) => x.regel === 'signaal-politie-anonimiseren')!;
    expect(politie).toMatchObject({
      variabele: 'BEWAARTERMIJN_SIGNAAL_POLITIE_ANONIMISEREN',
      aanname: false,
      bron: expect.stringMatching(/^R21/),
    });
    const grens = new Date(politie.grens as string).getTime();
    expect(Math.abs(grens - (Date.now() - 5 * 365.25 * 86_400_000))).toBeLessThan(3 * 86_400_000);

    const ind = await testToken('ind-procesregisseur');
    const geweigerd = await gql(`${dienst.url}/graphql`, ind, PO_OVERZICHT);
    expect(geweigerd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const nietMuteren = await gql(
      `${dienst.url}/graphql`,
      ind,
      `mutation { signalenVoerOpschoningUit(proef: true) { aantal } }`,
    );
    expect(nietMuteren.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('een proef', () => {
  it('verandert niets, en legt vast wat zou gaan', async () => {
    const voor = await checksums();
    const rijen = await bewaren.voerUit({ proef: true, door: 'u-test' });
    expect(await checksums()).toEqual(voor);
    expect(rijen.map((r) => [r.regel, r.proef, r.aantal, r.fout])).toEqual([
      ['signaal-verwijderen', true, 4, null],
      ['signaal-politie-verwijderen', true, 1, null],
      ['idempotentie-verwijderen', true, 1, null],
      ['signaal-politie-anonimiseren', true, 1, null],
      ['outbox', true, 0, null],
      ['logboek', true, 2, null],
    ]);
    expect(rijen[0].voorbeeld).toEqual([ids.coaOud1, ids.coaOud2, ids.coaOud3, ids.omOud].sort());
    expect(rijen[2].voorbeeld).toEqual(['COA oud-1']);
    expect(new Set(rijen.map((r) => r.run_id)).size).toBe(1);
    const vastgelegd = await pg.query(
      `SELECT count(*)::int AS n FROM opschoning WHERE proef AND run_id = $1`,
      [rijen[0].run_id],
    );
    expect(vastgelegd.rows[0].n).toBe(6);
  });
});

describe('de opschoning', () => {
  let rijen: Awaited<ReturnType<BewaarService['voerUit']>>;
  const bestaat = async (id: string) =>
    (await pg.query(`SELECT 1 FROM signaal WHERE id = $1`, [id])).rowCount === 1;

  beforeAll(async () => {
    rijen = await bewaren.voerUit({ proef: false, aanleiding: 'ROOSTER' });
  });

  it('verwijdert precies de verlopen signalen (in batches), met historie en koppelingen; jongere blijven', async () => {
    expect(rijen.map((r) => [r.regel, r.aantal, r.fout])).toEqual([
      ['signaal-verwijderen', 4, null],
      ['signaal-politie-verwijderen', 1, null],
      ['idempotentie-verwijderen', 1, null],
      ['signaal-politie-anonimiseren', 1, null],
      ['outbox', 0, null],
      ['logboek', 2, null],
    ]);
    for (const id of [ids.coaOud1, ids.coaOud2, ids.coaOud3, ids.omOud, ids.politie11]) {
      expect(await bestaat(id)).toBe(false);
    }
    for (const id of [ids.coaJong, ids.politie3, ids.politie6]) expect(await bestaat(id)).toBe(true);
    const wees = await pg.query(
      `SELECT (SELECT count(*) FROM signaal_historie h WHERE NOT EXISTS (SELECT 1 FROM signaal s WHERE s.id = h.signaal_id))
            + (SELECT count(*) FROM signaal_persoon p WHERE NOT EXISTS (SELECT 1 FROM signaal s WHERE s.id = p.signaal_id)) AS n`,
    );
    expect(Number(wees.rows[0].n)).toBe(0);
    expect((await pg.query(`SELECT sleutel FROM idempotentie`)).rows).toEqual([{ sleutel: 'jong-1' }]);
  });

  it('R21: een politiesignaal van 6 jaar is anoniem maar telt nog mee; een van 11 jaar is weg; een van 3 jaar onaangeroerd', async () => {
    const { rows } = await pg.query(
      `SELECT omschrijving, bron_referentie, pv_nummer, breedtegraad, lengtegraad, geregistreerd_door, aangifte,
              categorie, gemeente, ernst, aantal_personen, geanonimiseerd_op IS NOT NULL AS anoniem,
              (SELECT count(*)::int FROM signaal_persoon WHERE signaal_id = s.id) AS koppelingen
         FROM signaal s WHERE id = ANY($1::uuid[]) ORDER BY tijdstip_incident`,
      [[ids.politie6, ids.politie3]],
    );
    expect(rows[0]).toEqual({
      omschrijving: '[geanonimiseerd]',
      bron_referentie: `geanonimiseerd:${ids.politie6}`,
      pv_nummer: null,
      breedtegraad: null,
      lengtegraad: null,
      geregistreerd_door: 'geanonimiseerd',
      aangifte: true,
      categorie: 'WINKELDIEFSTAL',
      gemeente: 'Westerwolde',
      ernst: 2,
      aantal_personen: 1,
      anoniem: true,
      koppelingen: 0,
    });
    expect(rows[1]).toMatchObject({ pv_nummer: 'PL0100-2020123456', anoniem: false, koppelingen: 1 });
    const historie = await pg.query(
      `SELECT actie, door, reden, gegevens FROM signaal_historie WHERE signaal_id = $1 ORDER BY volgnummer`,
      [ids.politie6],
    );
    expect(historie.rows).toEqual([
      { actie: 'GEREGISTREERD', door: 'geanonimiseerd', reden: null, gegevens: {} },
      { actie: 'GECORRIGEERD', door: 'geanonimiseerd', reden: null, gegevens: {} },
    ]);
    expect(
      JSON.stringify((await pg.query(`SELECT * FROM signaal WHERE id = $1`, [ids.politie6])).rows),
    ).not.toMatch(/Bewaartest|PL0100/);
  });

  it('elk verwijderd of geanonimiseerd signaal wordt aangekondigd in de outbox', async () => {
    const { rows } = await pg.query(`SELECT payload FROM outbox WHERE naam = $1`, [EVENT]);
    const perSignaal = Object.fromEntries(
      rows.map((r) => [r.payload.signaalId, [r.payload.soort, r.payload.actie]]),
    );
    expect(perSignaal).toEqual({
      [ids.coaOud1]: ['SIGNAAL', 'VERWIJDEREN'],
      [ids.coaOud2]: ['SIGNAAL', 'VERWIJDEREN'],
      [ids.coaOud3]: ['SIGNAAL', 'VERWIJDEREN'],
      [ids.omOud]: ['SIGNAAL', 'VERWIJDEREN'],
      [ids.politie11]: ['SIGNAAL_POLITIE', 'VERWIJDEREN'],
      [ids.politie6]: ['SIGNAAL_POLITIE', 'ANONIMISEREN'],
    });
  });

  it('legt vast wat het deed, alleen-toevoegen; een tweede opschoning doet niets', async () => {
    const { rows } = await pg.query(
      `SELECT regel, soort, actie, termijn, aantal, cardinality(voorbeeld) AS voorbeelden, aanleiding, proef, door
         FROM opschoning WHERE run_id = $1 ORDER BY volgnummer`,
      [rijen[0].run_id],
    );
    expect(rows).toEqual([
      {
        regel: 'signaal-verwijderen',
        soort: 'SIGNAAL',
        actie: 'VERWIJDEREN',
        termijn: 'P5Y',
        aantal: 4,
        voorbeelden: 4,
        aanleiding: 'ROOSTER',
        proef: false,
        door: null,
      },
      {
        regel: 'signaal-politie-verwijderen',
        soort: 'SIGNAAL_POLITIE',
        actie: 'VERWIJDEREN',
        termijn: 'P10Y',
        aantal: 1,
        voorbeelden: 1,
        aanleiding: 'ROOSTER',
        proef: false,
        door: null,
      },
      {
        regel: 'idempotentie-verwijderen',
        soort: 'IDEMPOTENTIE',
        actie: 'VERWIJDEREN',
        termijn: 'P30D',
        aantal: 1,
        voorbeelden: 1,
        aanleiding: 'ROOSTER',
        proef: false,
        door: null,
      },
      {
        regel: 'signaal-politie-anonimiseren',
        soort: 'SIGNAAL_POLITIE',
        actie: 'ANONIMISEREN',
        termijn: 'P5Y',
        aantal: 1,
        voorbeelden: 1,
        aanleiding: 'ROOSTER',
        proef: false,
        door: null,
      },
      {
        regel: 'outbox',
        soort: 'OUTBOX',
        actie: 'VERWIJDEREN',
        termijn: 'P30D',
        aantal: 0,
        voorbeelden: 0,
        aanleiding: 'ROOSTER',
        proef: false,
        door: null,
      },
      {
        regel: 'logboek',
        soort: 'LOGBOEK',
        actie: 'VERWIJDEREN',
        termijn: 'P1Y',
        aantal: 2,
        voorbeelden: 2,
        aanleiding: 'ROOSTER',
        proef: false,
        door: null,
      },
    ]);
    await expect(pg.query(`DELETE FROM opschoning`)).rejects.toThrow(/alleen-toevoegen/);
    await expect(pg.query(`UPDATE opschoning SET aantal = 0`)).rejects.toThrow(/alleen-toevoegen/);

    const voor = await checksums();
    const tweede = await bewaren.voerUit({ proef: false });
    expect(tweede.map((r) => r.aantal)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(await checksums()).toEqual(voor);
  });

  it('het logboek: ouder dan de termijn weg, maar nooit jonger dan een jaar, ook niet als de grens later valt', async () => {
    const over = await pg.query(`SELECT operatie FROM logboek WHERE operatie LIKE 'bewaartest%'`);
    expect(over.rows).toEqual([{ operatie: 'bewaartest 3' }]);
    // Counted from two years ahead the 11-month-old line is "due"; the rule and the trigger keep it.
    const later = await bewaren.voerUit({ proef: false, nu: new Date(Date.now() + 2 * 365 * 86_400_000) });
    expect(later.find((r) => r.regel === 'logboek')).toMatchObject({ fout: null });
    expect((await pg.query(`SELECT operatie FROM logboek WHERE operatie LIKE 'bewaartest%'`)).rows).toEqual([
      { operatie: 'bewaartest 3' },
    ]);
  });
});

describe('de privacy officer schoont op verzoek op', () => {
  it('met doel PRIVACYTOEZICHT; het resultaat noemt de regels', async () => {
    const po = await testToken('privacy-officer');
    const M = `mutation($p: Boolean!) { signalenVoerOpschoningUit(proef: $p) { runId regel aantal proef aanleiding door voorbeeld fout } }`;
    const zonderDoel = await gql(`${dienst.url}/graphql`, po, M, { p: true }, null);
    expect(zonderDoel.errors?.[0].extensions).toMatchObject({
      foutcode: 'DOEL_ONTBREEKT',
      fouten: [{ veld: 'Ketenbeeld-Doel', reden: 'moet PRIVACYTOEZICHT zijn' }],
    });
    const r = await gql<{ signalenVoerOpschoningUit: Record<string, unknown>[] }>(
      `${dienst.url}/graphql`,
      po,
      M,
      { p: false },
      'PRIVACYTOEZICHT',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.signalenVoerOpschoningUit).toHaveLength(6);
    expect(r.data!.signalenVoerOpschoningUit[0]).toMatchObject({
      regel: 'signaal-verwijderen',
      proef: false,
      aanleiding: 'OP_VERZOEK',
      door: 'u-fg-0001',
      fout: null,
    });
    const lijst = await gql<{ signalenOpschoningen: { runId: string }[] }>(
      `${dienst.url}/graphql`,
      po,
      `query { signalenOpschoningen(eerste: 6) { runId regel } }`,
      {},
      'PRIVACYTOEZICHT',
    );
    expect(lijst.data!.signalenOpschoningen.map((o) => o.runId)).toEqual(
      Array(6).fill(r.data!.signalenVoerOpschoningUit[0].runId),
    );
  });
});

it('een logboektermijn korter dan een jaar: de dienst start niet', async () => {
  await expect(
    startDienstVoorTest('signalen', (c) => AppModule.met(c), { ...env, BEWAARTERMIJN_LOGBOEK: 'P6M' }),
  ).rejects.toThrow(ConfigFout);
  await expect(
    startDienstVoorTest('signalen', (c) => AppModule.met(c), { ...env, BEWAARTERMIJN_LOGBOEK: 'P6M' }),
  ).rejects.toThrow(/BEWAARTERMIJN_LOGBOEK: P6M is te kort: minstens P1Y/);
});
