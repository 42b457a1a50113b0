import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dienstTestEnv, gql, maakTestDatabase, testToken, type TestDatabase } from '@ketenbeeld/testing';
import { startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;
let ind: string;

beforeAll(async () => {
  db = await maakTestDatabase('personen');
  dienst = await startDienstVoorTest('signalen', (c) => AppModule.met(c), await dienstTestEnv(db.url));
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  ind = await testToken('ind-procesregisseur');
});
afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const vNummer = () => `99${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

async function registreer(personen: Record<string, unknown>[], bron = 'COA', token?: string) {
  const r = await gql<{ registreerSignaal: { id: string; personen: { id: string }[] } }>(
    `${dienst.url}/graphql`,
    token ?? (await testToken('coa-locatiemanager')),
    `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id personen { id } } }`,
    {
      i: {
        bronOrganisatie: bron,
        bronReferentie: `P-${randomUUID()}`,
        categorie: 'OVERLAST_OPENBAAR_VERVOER',
        omschrijving: 'Incident in de bus',
        ernst: 3,
        plaats: { gemeente: 'Westerwolde' },
        tijdstipIncident: new Date(Date.now() - 7200_000).toISOString(),
        personen,
      },
    },
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.registreerSignaal;
}

const signaalIds = async (persoonId: string) =>
  (
    await pg.query(`SELECT signaal_id FROM signaal_persoon WHERE persoon_id = $1 ORDER BY signaal_id`, [
      persoonId,
    ])
  ).rows.map((r: { signaal_id: string }) => r.signaal_id);

const SAMENVOEGEN = `mutation($i: VoegPersonenSamenInvoer!) { voegPersonenSamen(invoer: $i) { id aantalSignalen gesplitstOp } }`;
const SPLITSEN = `mutation($id: ID!, $r: String!) { splitsSamenvoeging(samenvoegingId: $id, reden: $r) { id gesplitstOp gesplitstReden } }`;

it('een groepssignaal van 40 personen wordt persoon voor persoon aan V-nummers gekoppeld', async () => {
  const personen = [
    ...Array.from({ length: 10 }, (_, i) => ({ naam: `Reiziger ${i} Proefhuis`, nationaliteit: 'MAR' })),
    ...Array.from({ length: 30 }, (_, i) => ({ omschrijving: `passagier ${i + 11}, achterin de bus` })),
  ];
  const signaal = await registreer(personen);
  expect(signaal.personen).toHaveLength(40);
  const nummers: string[] = [];
  for (const p of signaal.personen) {
    const v = vNummer();
    nummers.push(v);
    const r = await gql<{ kenVNummerToe: { id: string; vNummer: string } }>(
      `${dienst.url}/graphql`,
      ind,
      `mutation($p: ID!, $v: String!) { kenVNummerToe(persoonId: $p, vNummer: $v, reden: "geïdentificeerd bij I&R") { id vNummer } }`,
      { p: p.id, v },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.kenVNummerToe).toEqual({ id: p.id, vNummer: v });
  }
  const opgeslagen = await pg.query(
    `SELECT p.v_nummer FROM signaal_persoon sp JOIN persoon p ON p.id = sp.persoon_id WHERE sp.signaal_id = $1`,
    [signaal.id],
  );
  expect(opgeslagen.rows.map((r: { v_nummer: string }) => r.v_nummer).sort()).toEqual([...nummers].sort());
});

it('de reden van een toegekend V-nummer wordt vastgelegd, met wie; ook bij een herhaling', async () => {
  const [p] = (await registreer([{ naam: 'Reden Proefhuis' }])).personen;
  const v = vNummer();
  const reden = 'I&R: \u202e "vastgesteld" \\ <script>';
  for (const r of [reden, 'nogmaals bevestigd']) {
    const a = await gql(
      `${dienst.url}/graphql`,
      ind,
      `mutation($p: ID!, $v: String!, $r: String!) { kenVNummerToe(persoonId: $p, vNummer: $v, reden: $r) { id } }`,
      { p: p.id, v, r },
    );
    expect(a.errors).toBeUndefined();
  }
  const rijen = await pg.query(
    `SELECT v_nummer, reden, door_organisatie FROM v_nummer_toekenning WHERE persoon_id = $1 ORDER BY op, reden`,
    [p.id],
  );
  expect(rijen.rows).toEqual([
    { v_nummer: v, reden, door_organisatie: 'IND' },
    { v_nummer: v, reden: 'nogmaals bevestigd', door_organisatie: 'IND' },
  ]);
});

it('een V-nummer dat al bestaat: de voorlopige identiteit gaat op in de geregistreerde persoon', async () => {
  const v = vNummer();
  const geregistreerd = (await registreer([{ vNummer: v, naam: 'Nabil Demobrug' }])).personen[0].id;
  const voorlopig = (
    await registreer([{ naam: 'Nabiel Demobrug' }], 'POLITIE', await testToken('politie-melder'))
  ).personen[0].id;
  const r = await gql<{ kenVNummerToe: { id: string } }>(
    `${dienst.url}/graphql`,
    ind,
    `mutation($p: ID!, $v: String!) { kenVNummerToe(persoonId: $p, vNummer: $v, reden: "I&R") { id } }`,
    { p: voorlopig, v },
  );
  expect(r.data!.kenVNummerToe.id).toBe(geregistreerd);
  expect(await signaalIds(voorlopig)).toEqual([]);
  expect(await signaalIds(geregistreerd)).toHaveLength(2);
});

it('samenvoegen en splitsen: het splitsen herstelt precies de oorspronkelijke toestand', async () => {
  const v = vNummer();
  const b = (await registreer([{ vNummer: v, naam: 'Hamza Oefenaar', nationaliteit: 'DZA' }])).personen[0].id;
  const a = (await registreer([{ naam: 'Hamsa Oefenaar', nationaliteit: 'DZA' }])).personen[0].id;
  await registreer([{ naam: 'Hamsa Oefenaar', nationaliteit: 'DZA', coaNummer: 'X' }]); // another provisional record
  const gedeeld = await registreer([{ vNummer: v }, { naam: 'Iemand Anders' }]);
  await pg.query(`INSERT INTO signaal_persoon (signaal_id, persoon_id) VALUES ($1, $2)`, [gedeeld.id, a]);
  const voor = { a: await signaalIds(a), b: await signaalIds(b) };
  expect(voor.a).toHaveLength(2);
  expect(voor.b).toHaveLength(2);

  const samen = await gql<{ voegPersonenSamen: { id: string; aantalSignalen: number } }>(
    `${dienst.url}/graphql`,
    ind,
    SAMENVOEGEN,
    {
      i: { behoudenId: b, opgaandId: a, reden: 'zelfde persoon volgens foto en COA-registratie' },
    },
  );
  expect(samen.errors).toBeUndefined();
  expect(samen.data!.voegPersonenSamen.aantalSignalen).toBe(2);
  expect(await signaalIds(a)).toEqual([]);
  expect(await signaalIds(b)).toHaveLength(3);
  const na = await gql<{ persoon: { aliassen: { naam: string }[]; samenvoegingen: { id: string }[] } }>(
    `${dienst.url}/graphql`,
    ind,
    `query($id: ID!) { persoon(id: $id) { aliassen { naam } samenvoegingen { id } } }`,
    { id: b },
  );
  expect(na.data!.persoon.aliassen).toEqual([{ naam: 'Hamsa Oefenaar' }]);
  const [status] = (await pg.query(`SELECT status, samengevoegd_in FROM persoon WHERE id = $1`, [a])).rows;
  expect(status).toEqual({ status: 'SAMENGEVOEGD', samengevoegd_in: b });

  const split = await gql<{ splitsSamenvoeging: { gesplitstOp: string; gesplitstReden: string } }>(
    `${dienst.url}/graphql`,
    ind,
    SPLITSEN,
    {
      id: samen.data!.voegPersonenSamen.id,
      r: 'toch twee verschillende personen (vingerafdrukken)',
    },
  );
  expect(split.errors).toBeUndefined();
  expect(split.data!.splitsSamenvoeging.gesplitstReden).toBe(
    'toch twee verschillende personen (vingerafdrukken)',
  );
  expect({ a: await signaalIds(a), b: await signaalIds(b) }).toEqual(voor);
  expect((await pg.query(`SELECT status, samengevoegd_in FROM persoon WHERE id = $1`, [a])).rows[0]).toEqual({
    status: 'ACTIEF',
    samengevoegd_in: null,
  });
  expect(
    Number((await pg.query(`SELECT count(*) n FROM persoon_alias WHERE persoon_id = $1`, [b])).rows[0].n),
  ).toBe(0);
  const events = await pg.query(
    `SELECT naam, payload FROM outbox WHERE payload->>'samenvoegingId' = $1 ORDER BY volgnummer`,
    [samen.data!.voegPersonenSamen.id],
  );
  expect(events.rows.map((r: { naam: string }) => r.naam)).toEqual([
    'signalen.persoon-samengevoegd.v1',
    'signalen.persoon-gesplitst.v1',
  ]);
  expect(events.rows[0].payload).toMatchObject({ behoudenId: b, opgaandId: a, samengevallen: [gedeeld.id] });
  // A second split is refused.
  const nogmaals = await gql(`${dienst.url}/graphql`, ind, SPLITSEN, {
    id: samen.data!.voegPersonenSamen.id,
    r: 'x',
  });
  expect(nogmaals.errors?.[0]?.extensions).toMatchObject({
    code: 'CONFLICT',
    foutcode: 'SAMENVOEGING_AL_GESPLITST',
  });
});

it('kandidaten: andere schrijfwijze wordt voorgesteld met score en redenen, nooit stil samengevoegd', async () => {
  const voorlopig = (
    await registreer([{ naam: 'Mohamed Ben Youssef', geboortedatum: '1997-03-14', nationaliteit: 'TUN' }])
  ).personen[0].id;
  const v = vNummer();
  const geregistreerd = (
    await registreer([
      { vNummer: v, naam: 'Youssef Muhammad', geboortedatum: '1997-03-14', nationaliteit: 'TUN' },
    ])
  ).personen[0].id;
  expect(voorlopig).not.toBe(geregistreerd);
  type K = {
    persoon: { kandidaten: { persoon: { id: string; vNummer: string }; score: number; redenen: string[] }[] };
  };
  const vraag = `query($id: ID!) { persoon(id: $id) { kandidaten { persoon { id vNummer } score redenen } } }`;
  const r = await gql<K>(`${dienst.url}/graphql`, ind, vraag, { id: voorlopig });
  expect(r.data!.persoon.kandidaten[0]).toEqual({
    persoon: { id: geregistreerd, vNummer: v },
    score: 78,
    redenen: [
      'naam gelijk op schrijfwijze na (transliteratie)',
      'zelfde geboortedatum',
      'zelfde nationaliteit',
    ],
  });
  // A municipality that reported nothing about this person does not see it at all.
  const gemeente = await gql<{ persoon: unknown }>(
    `${dienst.url}/graphql`,
    await testToken('gemeente-melder'),
    vraag,
    { id: voorlopig },
  );
  expect(gemeente.data!.persoon).toBeNull();
});

describe('weigeringen', () => {
  it('twee V-nummers, V-nummer bij de opgaande persoon, geen reden, geen kernteamrol: duidelijk geweigerd, niets gewijzigd', async () => {
    const x = (await registreer([{ vNummer: vNummer(), naam: 'A Eén' }])).personen[0].id;
    const y = (await registreer([{ vNummer: vNummer(), naam: 'B Twee' }])).personen[0].id;
    const z = (await registreer([{ naam: 'C Drie' }])).personen[0].id;
    const voor = await pg.query(`SELECT id, status FROM persoon WHERE id = ANY($1) ORDER BY id`, [[x, y, z]]);
    const twee = await gql(`${dienst.url}/graphql`, ind, SAMENVOEGEN, {
      i: { behoudenId: x, opgaandId: y, reden: 'test' },
    });
    expect(twee.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      foutcode: 'PERSOON_TWEE_V_NUMMERS',
      fouten: [{ veld: 'opgaandId' }],
    });
    const omgekeerd = await gql(`${dienst.url}/graphql`, ind, SAMENVOEGEN, {
      i: { behoudenId: z, opgaandId: x, reden: 'test' },
    });
    expect(omgekeerd.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fouten: [{ veld: 'behoudenId' }],
    });
    const zonderReden = await gql(`${dienst.url}/graphql`, ind, SAMENVOEGEN, {
      i: { behoudenId: x, opgaandId: z, reden: '  ' },
    });
    expect(zonderReden.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fouten: [{ veld: 'reden' }],
    });
    const melder = await gql(`${dienst.url}/graphql`, await testToken('politie-melder'), SAMENVOEGEN, {
      i: { behoudenId: x, opgaandId: z, reden: 'test' },
    });
    expect(melder.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    const ongeldig = await gql(
      `${dienst.url}/graphql`,
      ind,
      `mutation { kenVNummerToe(persoonId: "${z}", vNummer: "12", reden: "x") { id } }`,
    );
    expect(ongeldig.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fouten: [{ veld: 'vNummer' }],
    });
    expect(
      (await pg.query(`SELECT id, status FROM persoon WHERE id = ANY($1) ORDER BY id`, [[x, y, z]])).rows,
    ).toEqual(voor.rows);
  });
});

it('de gateway kan een Persoon-referentie oplossen (_entities)', async () => {
  const s = await registreer([{ naam: 'Referentie Proefpersoon', nationaliteit: 'MAR' }]);
  const id = s.personen[0].id;
  const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { id naam } } }`;
  const r = await gql<{ _entities: ({ id: string; naam: string } | null)[] }>(
    `${dienst.url}/graphql`,
    ind,
    q,
    {
      r: [{ __typename: 'Persoon', id }],
    },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!._entities).toEqual([{ id, naam: 'Referentie Proefpersoon' }]);
});
