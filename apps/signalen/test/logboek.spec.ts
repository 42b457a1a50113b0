import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dienstTestEnv, gql, maakTestDatabase, testToken, type TestDatabase } from '@ketenbeeld/testing';
import { startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

/**
 * The processing log (Logboek dataverwerkingen) as the platform gives it to every service, tested on
 * signalen: what is written for a read and a write, purpose binding, append-only, no disclosure when
 * the log cannot be written, and the privacy officer's query.
 */
let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;
let coa: string;

beforeAll(async () => {
  db = await maakTestDatabase('logboek');
  dienst = await startDienstVoorTest('signalen', (c) => AppModule.met(c), await dienstTestEnv(db.url));
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  coa = await testToken('coa-locatiemanager');
});
afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const traceparent = () => `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;

async function registreer(): Promise<{ signaalId: string; persoonId: string }> {
  const r = await gql<{ registreerSignaal: { id: string; personen: { id: string }[] } }>(
    `${dienst.url}/graphql`,
    coa,
    `mutation Melden($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id personen { id } } }`,
    {
      i: {
        bronOrganisatie: 'COA',
        bronReferentie: `LB-${randomUUID()}`,
        categorie: 'HUISREGELOVERTREDING',
        omschrijving: 'Logboektest',
        ernst: 1,
        plaats: { locatieCode: 'TER_APEL' },
        tijdstipIncident: new Date(Date.now() - 3600_000).toISOString(),
        personen: [{ naam: 'Testpersoon Logboek', nationaliteit: 'MAR' }],
      },
    },
    null,
  );
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return { signaalId: r.data!.registreerSignaal.id, persoonId: r.data!.registreerSignaal.personen[0].id };
}

async function vraag(
  token: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
) {
  const r = await fetch(`${dienst.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: r.status, body: (await r.json()) as { data?: any; errors?: any[] } };
}

const regels = async (traceId: string): Promise<Record<string, unknown>[]> =>
  (
    await pg.query<Record<string, unknown>>(
      `SELECT dienst, operatie, soort, status, foutcode, actor, organisatie, rollen, doel, personen::text[] AS personen,
              ouder_span_id, eind >= start AS volgorde
         FROM logboek WHERE trace_id = $1 ORDER BY volgnummer`,
      [traceId],
    )
  ).rows;

it('een schrijfactie en een leesactie staan in het logboek met trace, actor, doel en de betrokken persoon', async () => {
  const { persoonId } = await registreer();
  const tp = traceparent();
  const [, traceId, ouder] = tp.split('-');
  const r = await vraag(
    coa,
    `query PersoonBekijken($id: ID!) { persoon(id: $id) { id naam signalen { id } } }`,
    { id: persoonId },
    { traceparent: tp, 'ketenbeeld-doel': 'CASUSREGIE' },
  );
  expect(r.body.errors).toBeUndefined();
  expect(r.body.data.persoon.id).toBe(persoonId);
  expect(await regels(traceId)).toEqual([
    {
      dienst: 'signalen',
      operatie: 'query PersoonBekijken {persoon}',
      soort: 'LEZEN',
      status: 'OK',
      foutcode: null,
      actor: 'u-coa-0001',
      organisatie: 'COA',
      rollen: ['LOCATIEMANAGER', 'KERNTEAMLID'],
      doel: 'CASUSREGIE',
      personen: [persoonId],
      ouder_span_id: ouder,
      volgorde: true,
    },
  ]);
  // The registration itself was logged as a write concerning the same person.
  const schrijf = await pg.query(
    `SELECT soort, status, operatie FROM logboek WHERE personen @> ARRAY[$1::uuid] AND soort = 'SCHRIJVEN'`,
    [persoonId],
  );
  expect(schrijf.rows).toEqual([
    { soort: 'SCHRIJVEN', status: 'OK', operatie: 'mutation Melden {registreerSignaal}' },
  ]);
});

it('zonder doel geen persoonsgegevens: de gegevens worden achtergehouden en de weigering gelogd', async () => {
  const { persoonId } = await registreer();
  const tp = traceparent();
  const r = await vraag(
    coa,
    `query Stiekem($id: ID!) { persoon(id: $id) { id naam } }`,
    { id: persoonId },
    { traceparent: tp },
  );
  expect(r.body.data).toBeUndefined();
  expect(r.body.errors).toEqual([
    expect.objectContaining({
      extensions: expect.objectContaining({
        foutcode: 'DOEL_ONTBREEKT',
        fouten: [{ veld: 'Ketenbeeld-Doel', reden: 'verplicht bij het inzien van persoonsgegevens' }],
      }),
    }),
  ]);
  expect(JSON.stringify(r.body)).not.toContain('Testpersoon');
  const [regel] = await regels(tp.split('-')[1]);
  expect(regel).toMatchObject({
    status: 'GEWEIGERD',
    foutcode: 'DOEL_ONTBREEKT',
    doel: null,
    personen: [persoonId],
  });
});

it('ook een vraag die niets oplevert (need-to-know) staat op naam van de gevraagde persoon in het logboek', async () => {
  const { persoonId } = await registreer();
  const tp = traceparent();
  const politie = await testToken('politie-melder');
  const r = await vraag(
    politie,
    `query Nieuwsgierig($id: ID!) { persoon(id: $id) { naam } }`,
    { id: persoonId },
    {
      traceparent: tp,
      'ketenbeeld-doel': 'SIGNAALVERWERKING',
    },
  );
  expect(r.body.data).toEqual({ persoon: null });
  const [regel] = await regels(tp.split('-')[1]);
  expect(regel).toMatchObject({ actor: 'u-pol-0001', status: 'OK', personen: [persoonId] });
});

it('een onbekend doel is 400 en een doel dat niet bij de rol past 403, beide met de header als veld', async () => {
  const q = `query { signaalTaxonomie { code } }`;
  const onbekend = await vraag(coa, q, {}, { 'ketenbeeld-doel': 'NIEUWSGIERIGHEID' });
  expect(onbekend.status).toBe(400);
  expect(onbekend.body).toMatchObject({ code: 'DOEL_ONGELDIG', fouten: [{ veld: 'Ketenbeeld-Doel' }] });
  const nietVoorRol = await vraag(coa, q, {}, { 'ketenbeeld-doel': 'PRIVACYTOEZICHT' });
  expect(nietVoorRol.status).toBe(403);
  expect(nietVoorRol.body).toMatchObject({
    code: 'DOEL_NIET_TOEGESTAAN',
    fouten: [{ veld: 'Ketenbeeld-Doel' }],
  });
});

it('het logboek is alleen-toevoegen: wijzigen, verwijderen en leegmaken worden geweigerd, ook voor de eigenaar', async () => {
  await registreer();
  const voor = (await pg.query(`SELECT count(*)::int AS n FROM logboek`)).rows[0].n as number;
  await expect(pg.query(`UPDATE logboek SET doel = 'VERTREK'`)).rejects.toThrow(/alleen-toevoegen/);
  await expect(pg.query(`DELETE FROM logboek`)).rejects.toThrow(/alleen-toevoegen/);
  await expect(pg.query(`TRUNCATE logboek`)).rejects.toThrow(/alleen-toevoegen/);
  // Even the retention job's switch does not release entries younger than the one-year floor.
  await pg.query('BEGIN');
  await pg.query(`SET LOCAL ketenbeeld.opschonen = 'bewaartermijn'`);
  await expect(pg.query(`DELETE FROM logboek`)).rejects.toThrow(/alleen-toevoegen/);
  await pg.query('ROLLBACK');
  expect((await pg.query(`SELECT count(*)::int AS n FROM logboek`)).rows[0].n).toBe(voor);
});

it('kan het logboek niet worden geschreven, dan gaan er geen gegevens de deur uit', async () => {
  const { persoonId } = await registreer();
  await pg.query(`ALTER TABLE logboek RENAME TO logboek_weg`);
  try {
    const r = await vraag(
      coa,
      `query($id: ID!) { persoon(id: $id) { id naam } }`,
      { id: persoonId },
      {
        'ketenbeeld-doel': 'CASUSREGIE',
      },
    );
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors?.[0].extensions.foutcode).toBe('VERWERKINGSLOG_ONBESCHIKBAAR');
    expect(JSON.stringify(r.body)).not.toContain('Testpersoon');
  } finally {
    await pg.query(`ALTER TABLE logboek_weg RENAME TO logboek`);
  }
});

describe('de privacy officer', () => {
  const LOG = `query Log($p: ID) { signalenVerwerkingen(persoonId: $p) { traceId operatie soort status actor actorNaam organisatie doel doelLabel personen } }`;

  it('ziet wie deze persoon wanneer en waarom inzag; het inzien van het log wordt zelf gelogd', async () => {
    const { persoonId } = await registreer();
    const ind = await testToken('ind-procesregisseur');
    await gql(
      `${dienst.url}/graphql`,
      ind,
      `query Dossier($id: ID!) { persoon(id: $id) { naam } }`,
      { id: persoonId },
      'VERTREK',
    );
    const fg = await testToken('privacy-officer');
    const r = await gql<{ signalenVerwerkingen: Record<string, unknown>[] }>(
      `${dienst.url}/graphql`,
      fg,
      LOG,
      { p: persoonId },
      'PRIVACYTOEZICHT',
    );
    expect(r.errors).toBeUndefined();
    const lijst = r.data!.signalenVerwerkingen;
    // Newest first: the read by IND, then the registration by COA.
    expect(lijst.map((v) => [v.operatie, v.actor, v.doel])).toEqual([
      ['query Dossier {persoon}', 'u-ind-0001', 'VERTREK'],
      ['mutation Melden {registreerSignaal}', 'u-coa-0001', null],
    ]);
    expect(lijst[0]).toMatchObject({
      actorNaam: 'Mira Veldkamp (fictief)',
      doelLabel: 'Vertrek en overdracht',
    });
    const eigen = await pg.query(
      `SELECT doel, personen::text[] AS personen FROM logboek WHERE actor = 'u-fg-0001' AND operatie LIKE 'query Log%'`,
    );
    expect(eigen.rows).toEqual([{ doel: 'PRIVACYTOEZICHT', personen: [persoonId] }]);
  });

  it('anderen mogen het log niet zien, en de privacy officer alleen met een passend doel', async () => {
    const ind = await testToken('ind-procesregisseur');
    const geweigerd = await gql(`${dienst.url}/graphql`, ind, LOG, {}, 'CASUSREGIE');
    expect(geweigerd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const fg = await testToken('privacy-officer');
    const zonderDoel = await gql(`${dienst.url}/graphql`, fg, LOG, {}, null);
    expect(zonderDoel.errors?.[0].extensions).toMatchObject({
      foutcode: 'DOEL_ONTBREEKT',
      fouten: [{ veld: 'Ketenbeeld-Doel', reden: 'moet PRIVACYTOEZICHT of RECHTEN_BETROKKENE zijn' }],
    });
    const fout = await gql(
      `${dienst.url}/graphql`,
      fg,
      `query { signalenVerwerkingen(persoonId: "x", eerste: 0) { traceId } }`,
      {},
      'PRIVACYTOEZICHT',
    );
    expect(fout.errors?.[0].extensions?.fouten).toEqual([
      { veld: 'persoonId', reden: 'moet een UUID zijn' },
      { veld: 'eerste', reden: 'moet tussen 1 en 500 liggen' },
    ]);
  });
});
