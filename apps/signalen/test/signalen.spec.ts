import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Client } from 'pg';
import {
  maakSleutelpaar,
  tekenToken,
  persona,
  dienstTestEnv,
  gql,
  maakTestDatabase,
  testToken,
  type TestDatabase,
} from '@ketenbeeld/testing';
import { startDienstVoorTest, subgraafSdl, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;

const geldig = (ref: string) => ({
  bronOrganisatie: 'COA',
  bronReferentie: ref,
  categorie: 'WINKELDIEFSTAL',
  omschrijving: 'Diefstal van levensmiddelen <script>alert(1)</script>',
  ernst: 2,
  plaats: { gemeente: 'Westerwolde', locatieCode: 'TER_APEL' },
  tijdstipIncident: '2026-11-20T10:15:00+01:00',
  personen: [{ naam: 'Testpersoon Een', nationaliteit: 'MAR' }, { vNummer: '1234567890' }],
});

async function post(body: unknown, token?: string, contentType = 'application/json') {
  const r = await fetch(`${dienst.url}/v1/signalen`, {
    method: 'POST',
    headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: r.status,
    type: r.headers.get('content-type'),
    body: (await r.json().catch(() => null)) as Record<string, any>,
  };
}

async function aantalSignalen(): Promise<number> {
  return Number((await pg.query('SELECT count(*) AS n FROM signaal')).rows[0].n);
}

beforeAll(async () => {
  db = await maakTestDatabase('signalen');
  dienst = await startDienstVoorTest('signalen', (c) => AppModule.met(c), await dienstTestEnv(db.url));
  pg = new Client({ connectionString: db.url });
  await pg.connect();
});

afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

describe('authenticatie (401 vóór elke handler)', () => {
  it('zonder token: 401 problem+json; health antwoordt zonder token', async () => {
    const r = await post(geldig('A-1'));
    expect(r.status).toBe(401);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.code).toBe('TOKEN_ONTBREEKT');
    expect((await fetch(`${dienst.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${dienst.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ controles: { postgres: 'up', redis: 'up' } });
  });

  it('token van een andere sleutel of verlopen: 401, ook op /graphql', async () => {
    const vreemd = await tekenToken(persona('coa-locatiemanager'), await maakSleutelpaar('vreemd'));
    const verlopen = await testToken('coa-locatiemanager', { geldigheidSeconden: -3600 });
    for (const t of [vreemd, verlopen, 'geen.jwt.token']) {
      expect((await post(geldig('A-2'), t)).status).toBe(401);
      expect((await gql(`${dienst.url}/graphql`, t, '{ signalen { items { id } } }')).status).toBe(401);
    }
    expect((await gql(`${dienst.url}/graphql`, undefined, '{ signalen { items { id } } }')).status).toBe(401);
    expect(await aantalSignalen()).toBe(0);
  });
});

describe('POST /v1/signalen', () => {
  it('slaat een geldig signaal op, met personen, en schrijft het event in de outbox', async () => {
    const token = await testToken('coa-locatiemanager');
    const r = await post(geldig('COA-2026-0001'), token);
    expect(r.status).toBe(201);
    expect(r.body.omschrijving).toBe('Diefstal van levensmiddelen <script>alert(1)</script>');
    expect(r.body.personen).toHaveLength(2);
    // Reading persons back needs a purpose (doelbinding): without one, 400 naming the header.
    const zonderDoel = await fetch(`${dienst.url}/v1/signalen/${r.body.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(zonderDoel.status).toBe(400);
    expect(await zonderDoel.json()).toMatchObject({
      code: 'DOEL_ONTBREEKT',
      fouten: [{ veld: 'Ketenbeeld-Doel', reden: 'verplicht bij het inzien van persoonsgegevens' }],
    });
    const terug = await fetch(`${dienst.url}/v1/signalen/${r.body.id}`, {
      headers: { authorization: `Bearer ${token}`, 'ketenbeeld-doel': 'SIGNAALVERWERKING' },
    });
    expect(terug.status).toBe(200);
    expect(terug.headers.get('api-version')).toBe('1.0.0');
    expect(((await terug.json()) as { bronReferentie: string }).bronReferentie).toBe('COA-2026-0001');
    const outbox = await pg.query(`SELECT naam, payload FROM outbox WHERE payload->>'signaalId' = $1`, [
      r.body.id,
    ]);
    expect(outbox.rows).toHaveLength(1);
    expect(outbox.rows[0].naam).toBe('signalen.signaal-geregistreerd.v1');
  });

  it('weigert een ongeldig signaal met veld en reden, en slaat niets op', async () => {
    const token = await testToken('coa-locatiemanager');
    const voor = await aantalSignalen();
    const gevallen: [unknown, string][] = [
      [{ ...geldig('B-1'), bronReferentie: undefined }, 'bronReferentie'],
      [{ ...geldig('B-2'), categorie: 42 }, 'categorie'],
      [{ ...geldig('B-3'), bronOrganisatie: 'CIA' }, 'bronOrganisatie'],
      [{ ...geldig('B-4'), personen: [] }, 'personen'],
      [{ ...geldig('B-5'), personen: [{ vNummer: '12AB' }] }, 'personen.0.vNummer'],
      [
        { ...geldig('B-6'), tijdstipIncident: new Date(Date.now() + 3600_000).toISOString() },
        'tijdstipIncident',
      ],
      [{ ...geldig('B-7'), onbekendVeld: true }, '(body)'],
      [
        { ...geldig('B-8'), personen: Array.from({ length: 201 }, (_, i) => ({ naam: `P${i}` })) },
        'personen',
      ],
    ];
    for (const [body, veld] of gevallen) {
      const r = await post(body, token);
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('VALIDATIE');
      expect(r.body.fouten.map((f: { veld: string }) => f.veld)).toContain(veld);
    }
    const kapot = await post('{"bronOrganisatie": ', token);
    expect(kapot.status).toBe(400);
    expect(kapot.body.code).toBe('JSON_ONGELDIG');
    const groot = await post({ ...geldig('B-9'), omschrijving: 'x'.repeat(300_000) }, token);
    expect(groot.status).toBe(413);
    expect(groot.body.fouten[0].veld).toBe('(body)');
    expect(await aantalSignalen()).toBe(voor);
  });

  it('weigert een melding namens een andere organisatie (403) en een dubbele bronreferentie (409)', async () => {
    const politie = await testToken('politie-melder');
    const namens = await post(geldig('C-1'), politie);
    expect(namens.status).toBe(403);
    expect(namens.body.fouten[0].veld).toBe('bronOrganisatie');
    const coa = await testToken('coa-locatiemanager');
    expect((await post(geldig('C-2'), coa)).status).toBe(201);
    const dubbel = await post(geldig('C-2'), coa);
    expect(dubbel.status).toBe(409);
    expect(dubbel.body.code).toBe('SIGNAAL_DUBBEL');
    expect(
      Number((await pg.query(`SELECT count(*) n FROM signaal WHERE bron_referentie LIKE 'C-%'`)).rows[0].n),
    ).toBe(1);
  });
});

describe('GraphQL', () => {
  it('registreert via de mutatie en toont alleen wat de organisatie mag zien', async () => {
    const gemeente = await testToken('gemeente-melder');
    const m = await gql<{ registreerSignaal: { id: string; personen: { id: string }[] } }>(
      `${dienst.url}/graphql`,
      gemeente,
      `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id personen { id } } }`,
      { i: { ...geldig('GEM-1'), bronOrganisatie: 'GEMEENTE' } },
    );
    expect(m.errors).toBeUndefined();
    const id = m.data!.registreerSignaal.id;
    const eigen = await gql<{ signalen: { items: { id: string; bronOrganisatie: string }[] } }>(
      `${dienst.url}/graphql`,
      gemeente,
      '{ signalen { items { id bronOrganisatie } } }',
    );
    expect(eigen.data!.signalen.items.every((s) => s.bronOrganisatie === 'GEMEENTE')).toBe(true);
    expect(eigen.data!.signalen.items.map((s) => s.id)).toContain(id);
    const analist = await gql<{ signalen: { items: { bronOrganisatie: string }[] } }>(
      `${dienst.url}/graphql`,
      await testToken('dgm-analist'),
      '{ signalen { items { bronOrganisatie } } }',
    );
    expect(new Set(analist.data!.signalen.items.map((s) => s.bronOrganisatie))).toEqual(
      new Set(['COA', 'GEMEENTE']),
    );
    const politie = await gql<{ signaal: unknown }>(
      `${dienst.url}/graphql`,
      await testToken('politie-melder'),
      `{ signaal(id: "${id}") { id } }`,
    );
    expect(politie.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('geeft validatiefouten als BAD_USER_INPUT met velden', async () => {
    const r = await gql(
      `${dienst.url}/graphql`,
      await testToken('coa-locatiemanager'),
      `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id } }`,
      { i: { ...geldig('GQL-2'), personen: [{ vNummer: '1' }] } },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fouten: [{ veld: 'personen.0.vNummer' }],
    });
  });

  it('de subgraaf-SDL is gelijk aan apps/signalen/schema.graphql (vastgelegd, CI bewaakt drift)', () => {
    const sdl = subgraafSdl(dienst.app.get(GraphQLSchemaHost).schema);
    const pad = join(__dirname, '..', 'schema.graphql');
    if (process.env.KETENBEELD_SDL_SCHRIJVEN === '1') writeFileSync(pad, sdl);
    expect(sdl).toBe(readFileSync(pad, 'utf8'));
  });
});

describe('signalen per locatie (dashboard)', () => {
  it('telt per locatie met VPT en ernst; een andere organisatie telt alleen de eigen signalen; foute periode per veld', async () => {
    const code = `LOC_${Math.random().toString(36).slice(2, 8).toUpperCase()}`;
    const coa = await testToken('coa-locatiemanager');
    const politie = await testToken('politie-melder');
    const melding = async (token: string, bron: string, categorie: string, ernst: number) => {
      const r = await gql(
        `${dienst.url}/graphql`,
        token,
        `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id } }`,
        {
          i: {
            ...geldig(`DASH-${Math.random()}`),
            bronOrganisatie: bron,
            categorie,
            ernst,
            plaats: { locatieCode: code },
            personen: [{ naam: 'Dashboard Persoon' }],
          },
        },
      );
      expect(r.errors).toBeUndefined();
    };
    await melding(coa, 'COA', 'WINKELDIEFSTAL', 2);
    await melding(coa, 'COA', 'GEWELD_VPT', 4);
    await melding(politie, 'POLITIE', 'BEDREIGING', 3);
    const tel = async (persona: string) => {
      const r = await gql<{
        signalenPerLocatie: { locatie: string; aantal: number; vpt: number; ernstig: number }[];
      }>(
        `${dienst.url}/graphql`,
        await testToken(persona),
        `{ signalenPerLocatie(van: "2026-11-20T00:00:00Z", tot: "2026-11-21T00:00:00Z") { locatie aantal vpt ernstig } }`,
      );
      return r.data!.signalenPerLocatie.find((x) => x.locatie === code);
    };
    expect(await tel('dgm-analist')).toEqual({ locatie: code, aantal: 3, vpt: 1, ernstig: 2 });
    expect(await tel('politie-melder')).toEqual({ locatie: code, aantal: 1, vpt: 0, ernstig: 1 });
    const fout = await gql(
      `${dienst.url}/graphql`,
      coa,
      `{ signalenPerLocatie(van: "gisteren", tot: "2026-11-01T00:00:00Z") { aantal } }`,
    );
    expect(fout.errors?.[0]?.extensions?.fouten).toEqual([
      { veld: 'van', reden: 'moet een ISO-8601 datum of tijdstip zijn' },
    ]);
  });
});

describe('personen zoeken', () => {
  it('op V-nummer, COA-nummer, naam (deel, zonder accenten) en alias; alleen wie de zoeker mag zien; foute invoer per veld', async () => {
    const coa = await testToken('coa-locatiemanager');
    const uniek = Math.random().toString(36).slice(2, 7);
    const vNummer = `44${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const r = await gql<{ registreerSignaal: { personen: { id: string }[] } }>(
      `${dienst.url}/graphql`,
      coa,
      `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { personen { id } } }`,
      {
        i: {
          ...geldig(`ZOEK-${uniek}`),
          personen: [
            { vNummer },
            { naam: `Émile Zoekvan${uniek}`, coaNummer: `COA-${uniek.toUpperCase()}`, nationaliteit: 'MAR' },
          ],
        },
      },
    );
    const [metV, metNaam] = r.data!.registreerSignaal.personen.map((p) => p.id);
    const zoek = async (persona: string, term: string) =>
      gql<{ zoekPersonen: { treffers: { persoon: { id: string }; gevondenOp: string }[]; meer: boolean } }>(
        `${dienst.url}/graphql`,
        await testToken(persona),
        `query($t: String!) { zoekPersonen(zoekterm: $t, eerste: 5) { treffers { persoon { id } gevondenOp } meer } }`,
        { t: term },
      );
    const ids = (x: Awaited<ReturnType<typeof zoek>>) =>
      x.data!.zoekPersonen.treffers.map((t) => [t.persoon.id, t.gevondenOp]);
    expect(ids(await zoek('ind-procesregisseur', vNummer))).toEqual([[metV, 'V_NUMMER']]);
    expect(ids(await zoek('ind-procesregisseur', `coa-${uniek}`))).toEqual([[metNaam, 'COA_NUMMER']]);
    expect(ids(await zoek('ind-procesregisseur', `emile zoekvan${uniek}`))).toEqual([[metNaam, 'NAAM']]);
    expect(ids(await zoek('coa-locatiemanager', `Zoekvan${uniek}`))).toEqual([[metNaam, 'NAAM']]);
    // The municipality reported nothing about them: it finds no one.
    expect(ids(await zoek('gemeente-melder', vNummer))).toEqual([]);
    const kort = await zoek('ind-procesregisseur', 'a');
    expect(kort.errors?.[0]?.extensions?.fouten).toEqual([{ veld: 'zoekterm', reden: 'minstens 2 tekens' }]);
  });
});
