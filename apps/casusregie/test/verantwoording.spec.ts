import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dienstTestEnv, gql, maakTestDatabase, testToken, type TestDatabase } from '@ketenbeeld/testing';
import { startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

/**
 * The evaluation's table, produced by the system (seed evaluation §3.1): September 2022 to 15 June
 * 2023, 260 cases, 90 in spoor 1, 180 definitively handled (69.2 %), 10 transfers, 100 appeals of
 * which 50 still open, 30 ongegrond and "fewer than 10" gegrond. A prepared dataset in a database
 * of its own; every expected number below is counted by hand from how the set is built.
 */
let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;
let url: string;

const VAN = '2022-09-01T00:00:00Z';
const TOT = '2023-06-15T00:00:00Z';

async function maakCasus(c: {
  spoor: number | null;
  land: string | null;
  status: string;
  aangemeldOp: string;
  afgerondOp?: string | null;
  locatie?: string;
  uitkomsten?: [string, string][];
}) {
  const id = randomUUID();
  await pg.query(
    `INSERT INTO casus (id, persoon_id, status, spoor, land, locatie_code, procesregisseur_naam, procesregisseur_organisatie, deelnemers, aangemeld_op, afgerond_op)
     VALUES ($1, $2, $3, $4, $5, $6, 'Proef Regisseur (fictief)', 'IND', '{IND,COA,DTV}', $7, $8)`,
    [
      id,
      randomUUID(),
      c.status,
      c.spoor,
      c.land,
      c.locatie ?? 'TER_APEL',
      c.aangemeldOp,
      c.afgerondOp ?? null,
    ],
  );
  for (const [soort, datum] of c.uitkomsten ?? []) {
    await pg.query(
      `INSERT INTO uitkomst (id, casus_id, soort, datum, door, door_organisatie) VALUES ($1, $2, $3, $4, 'proef', 'IND')`,
      [randomUUID(), id, soort, datum],
    );
  }
}

beforeAll(async () => {
  db = await maakTestDatabase('casusregie_cijfers');
  dienst = await startDienstVoorTest(
    'casusregie',
    (c) => AppModule.met(c),
    await dienstTestEnv(db.url, { TERMIJN_WORKER: 'false' }),
  );
  url = `${dienst.url}/graphql`;
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query('BEGIN');
  // 260 cases: i = 0..259. Spoor: 0–89 → 1, 90–189 → 2, 190–259 → 4.
  // Land: 0–99 MAR, 100–179 DZA, 180–229 TUN, 230–259 unknown.
  // Closed (AFGEROND): 0–179; open (IN_REGIE): 180–259.
  // Transfers: 0–9 (spoor 1). Appeals filed: 100–199; of those 100–129 ongegrond, 130–137 gegrond,
  // 138–149 ingetrokken, 150–199 open. Beschikking with a known lead time for 90, 91, 92 only:
  // 5, 9 and 20 days after aanmelding (spoor 2) → median 9, mean 11.3.
  for (let i = 0; i < 260; i++) {
    const spoor = i < 90 ? 1 : i < 190 ? 2 : 4;
    const land = i < 100 ? 'MAR' : i < 180 ? 'DZA' : i < 230 ? 'TUN' : null;
    const aangemeld = new Date(Date.UTC(2022, 8, 5) + (i % 200) * 86_400_000);
    const uitkomsten: [string, string][] = [];
    if (i < 10) uitkomsten.push(['OVERDRACHT', '2023-05-01']);
    if (i >= 100 && i < 200) uitkomsten.push(['BEROEP_INGESTELD', '2023-03-01']);
    if (i >= 100 && i < 130) uitkomsten.push(['BEROEP_ONGEGROND', '2023-04-01']);
    if (i >= 130 && i < 138) uitkomsten.push(['BEROEP_GEGROND', '2023-04-01']);
    if (i >= 138 && i < 150) uitkomsten.push(['BEROEP_INGETROKKEN', '2023-04-01']);
    const dagen = { 90: 5, 91: 9, 92: 20 }[i];
    if (dagen !== undefined) {
      uitkomsten.push([
        'BESCHIKKING',
        new Date(aangemeld.getTime() + dagen * 86_400_000).toISOString().slice(0, 10),
      ]);
    }
    await maakCasus({
      spoor,
      land,
      status: i < 180 ? 'AFGEROND' : 'IN_REGIE',
      aangemeldOp: aangemeld.toISOString(),
      afgerondOp: i < 180 ? '2023-06-01T12:00:00Z' : null,
      uitkomsten,
    });
  }
  // Not counted: never a kernteam case; closed before the period; registered on the end date.
  await maakCasus({
    spoor: 1,
    land: 'MAR',
    status: 'NIET_GESCHIKT',
    aangemeldOp: '2022-10-01T00:00:00Z',
    afgerondOp: '2022-10-02T00:00:00Z',
  });
  await maakCasus({
    spoor: 1,
    land: 'MAR',
    status: 'AFGEROND',
    aangemeldOp: '2022-06-01T00:00:00Z',
    afgerondOp: '2022-08-31T23:59:59Z',
  });
  await maakCasus({ spoor: 1, land: 'MAR', status: 'IN_REGIE', aangemeldOp: TOT });
  // Another location: only counted without the location filter.
  await maakCasus({
    spoor: 4,
    land: 'SYR',
    status: 'IN_REGIE',
    aangemeldOp: '2023-01-10T00:00:00Z',
    locatie: 'BUDEL',
  });
  await pg.query('COMMIT');
});
afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const VELDEN = `behandeld perSpoor { spoor1 spoor2 spoor4 onbekend } perLand { land aantal }
  definitiefAfgehandeld { aantal percentage } overdrachten vertrek { zelfstandig gedwongen mob } opnieuwAangemeld
  beroepen { ingesteld open ongegrond gegrond ingetrokken }
  doorlooptijd { spoor aantal mediaanDagen gemiddeldeDagen normDagen factorSnellerDanNorm } perWeek { week aangemeld afgerond }`;

it('de tabel van de evaluatie: 260 zaken, 90 spoor 1, 180 definitief afgehandeld = 69,2 %', async () => {
  const dgm = await testToken('dgm-analist');
  await gql(url, dgm, `mutation { stelDoorlooptijdNormIn(spoor: 2, dagen: 45) { spoor } }`);
  const r = await gql<any>(
    url,
    dgm,
    `query($v: String!, $t: String!) { verantwoording(van: $v, tot: $t, locatieCode: "TER_APEL") { ${VELDEN} } }`,
    { v: VAN, t: TOT },
  );
  expect(r.errors).toBeUndefined();
  const v = r.data.verantwoording;
  expect(v.behandeld).toBe(260);
  expect(v.perSpoor).toEqual({ spoor1: 90, spoor2: 100, spoor4: 70, onbekend: 0 });
  expect(v.perLand).toEqual([
    { land: 'MAR', aantal: 100 },
    { land: 'DZA', aantal: 80 },
    { land: 'TUN', aantal: 50 },
    { land: 'onbekend', aantal: 30 },
  ]);
  expect(v.definitiefAfgehandeld).toEqual({ aantal: 180, percentage: 69.2 });
  expect(v.overdrachten).toBe(10);
  expect(v.vertrek).toEqual({ zelfstandig: 0, gedwongen: 0, mob: 0 });
  expect(v.opnieuwAangemeld).toBe(0);
  expect(v.beroepen).toEqual({ ingesteld: 100, open: 50, ongegrond: 30, gegrond: 8, ingetrokken: 12 });
  const spoor2 = v.doorlooptijd.find((d: { spoor: number | null }) => d.spoor === 2);
  expect(spoor2).toEqual({
    spoor: 2,
    aantal: 3,
    mediaanDagen: 9,
    gemiddeldeDagen: 11.3,
    normDagen: 45,
    factorSnellerDanNorm: 5,
  });
  expect(v.doorlooptijd.find((d: { spoor: number | null }) => d.spoor === 1)).toMatchObject({
    aantal: 0,
    mediaanDagen: null,
    factorSnellerDanNorm: null,
  });
  // Weeks: 2022-W35 (29 Aug) up to 2023-W24 (12 June); 260 registrations spread over them.
  expect(v.perWeek[0].week).toBe('2022-W35');
  expect(v.perWeek[v.perWeek.length - 1].week).toBe('2023-W24');
  expect(v.perWeek.reduce((n: number, w: { aangemeld: number }) => n + w.aangemeld, 0)).toBe(260);
  expect(v.perWeek.reduce((n: number, w: { afgerond: number }) => n + w.afgerond, 0)).toBe(180);
  // An end moment in the middle of a day is a moment, not a date: the case registered at 00:00 counts.
  const middag = await gql<any>(
    url,
    dgm,
    `query($v: String!) { verantwoording(van: $v, tot: "2023-06-15T12:00:00Z", locatieCode: "TER_APEL") { behandeld } }`,
    { v: VAN },
  );
  expect(middag.data.verantwoording.behandeld).toBe(261);
  // Without the location filter the Budel case counts too.
  const alle = await gql<any>(
    url,
    dgm,
    `query($v: String!, $t: String!) { verantwoording(van: $v, tot: $t) { behandeld } }`,
    { v: VAN, t: TOT },
  );
  expect(alle.data.verantwoording.behandeld).toBe(261);
});

it('weigert een foute periode met veld en reden, en geeft een melder geen inzage', async () => {
  const dgm = await testToken('dgm-analist');
  const r = await gql(url, dgm, `{ verantwoording(van: "gisteren", tot: "2023-01-01") { behandeld } }`);
  expect(r.errors?.[0]?.extensions?.fouten).toEqual([
    { veld: 'van', reden: 'moet een ISO-8601 datum of tijdstip zijn' },
  ]);
  const oud = await gql(url, dgm, `{ verantwoording(van: "0050-01-01", tot: "0051-01-01") { behandeld } }`);
  expect(oud.errors?.[0]?.extensions?.fouten).toEqual([{ veld: 'van', reden: 'ligt vóór 2000' }]);
  const omgekeerd = await gql(
    url,
    dgm,
    `{ verantwoording(van: "2023-01-01", tot: "2022-01-01") { behandeld } }`,
  );
  expect(omgekeerd.errors?.[0]?.extensions?.fouten).toEqual([{ veld: 'tot', reden: 'ligt na van' }]);
  const melder = await gql(
    url,
    await testToken('gemeente-melder'),
    `{ verantwoording(van: "2022-01-01", tot: "2023-01-01") { behandeld } }`,
  );
  expect(melder.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const norm = await gql(
    url,
    await testToken('ind-procesregisseur'),
    `mutation { stelDoorlooptijdNormIn(spoor: 3, dagen: 0) { spoor } }`,
  );
  expect(norm.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const fouteNorm = await gql(url, dgm, `mutation { stelDoorlooptijdNormIn(spoor: 3, dagen: 0) { spoor } }`);
  expect(fouteNorm.errors?.[0]?.extensions?.fouten).toEqual([
    { veld: 'spoor', reden: 'spoor 1, 2 of 4' },
    { veld: 'dagen', reden: 'een geheel aantal dagen van 1 tot 3650' },
  ]);
});

it('achterstallige acties per organisatie: alleen open acties over hun deadline, met de oudste deadline', async () => {
  const casusId = randomUUID();
  await pg.query(
    `INSERT INTO casus (id, persoon_id, status, procesregisseur_naam, procesregisseur_organisatie, deelnemers, aangemeld_op)
     VALUES ($1, $2, 'IN_REGIE', 'Proef Regisseur (fictief)', 'IND', '{IND,COA,DTV}', now())`,
    [casusId, randomUUID()],
  );
  const actie = (eigenaar: string, deadline: string, status = 'OPEN', geescaleerd = false) =>
    pg.query(
      `INSERT INTO actie (id, casus_id, omschrijving, eigenaar_organisatie, deadline, status, geescaleerd_op, aangemaakt_door)
       VALUES ($1, $2, 'proef', $3, $4, $5, $6, 'proef')`,
      [randomUUID(), casusId, eigenaar, deadline, status, geescaleerd ? new Date() : null],
    );
  await actie('COA', '2026-01-05T09:00:00Z', 'OPEN', true);
  await actie('COA', '2026-02-01T09:00:00Z');
  await actie('IND', '2026-03-01T09:00:00Z');
  await actie('IND', '2099-01-01T09:00:00Z');
  await actie('DTV', '2026-01-01T09:00:00Z', 'GEDAAN');
  const r = await gql<{ actieAchterstand: unknown[] }>(
    url,
    await testToken('dgm-analist'),
    `{ actieAchterstand { organisatie aantal oudsteDeadline geescaleerd } }`,
  );
  expect(r.data!.actieAchterstand).toEqual([
    { organisatie: 'COA', aantal: 2, oudsteDeadline: '2026-01-05T09:00:00.000Z', geescaleerd: 1 },
    { organisatie: 'IND', aantal: 1, oudsteDeadline: '2026-03-01T09:00:00.000Z', geescaleerd: 0 },
  ]);
  const politie = await gql(url, await testToken('politie-melder'), `{ actieAchterstand { aantal } }`);
  expect(politie.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
