import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { dienstTestEnv, gql, maakTestDatabase, testToken, type TestDatabase } from '@ketenbeeld/testing';
import { startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

let db: TestDatabase;
let dienst: DienstVoorTest;
let url: string;

beforeAll(async () => {
  db = await maakTestDatabase('levensloop');
  dienst = await startDienstVoorTest('signalen', (c) => AppModule.met(c), await dienstTestEnv(db.url));
  url = `${dienst.url}/graphql`;
});
afterAll(async () => {
  await dienst?.close();
  await db?.verwijder();
});

const VELDEN = `id versie status categorie subcategorie subcategorieLabel vpt ernst omschrijving plaats { gemeente locatieCode } aangifte pvNummer
  personen { id naam omschrijving } historie { versie actie doorOrganisatie reden gegevens }`;
type Signaal = {
  id: string;
  versie: number;
  status: string;
  categorie: string;
  subcategorie: string | null;
  subcategorieLabel: string | null;
  vpt: boolean;
  ernst: number;
  omschrijving: string;
  plaats: { gemeente: string | null; locatieCode: string | null };
  aangifte: boolean;
  pvNummer: string | null;
  personen: { id: string; naam: string | null; omschrijving: string | null }[];
  historie: {
    versie: number;
    actie: string;
    doorOrganisatie: string;
    reden: string | null;
    gegevens: string;
  }[];
};

async function registreer(token: string, extra: Record<string, unknown> = {}) {
  const r = await gql<{ registreerSignaal: Signaal }>(
    url,
    token,
    `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { ${VELDEN} } }`,
    {
      i: {
        bronOrganisatie: 'COA',
        bronReferentie: `L-${randomUUID()}`,
        categorie: 'NIET_VERSCHENEN',
        subcategorie: 'NIET_VERSCHENEN_INHUISREGISTRATIE',
        ernst: 2,
        omschrijving: 'Niet verschenen om 09:00',
        tijdstipIncident: new Date(Date.now() - 3 * 3600_000).toISOString(),
        plaats: { locatieCode: 'BUDEL' },
        personen: [{ naam: 'Bilal Testrade', nationaliteit: 'MAR' }],
        ...extra,
      },
    },
  );
  return r;
}

it('registreren met subcategorie, ernst en plaats; de subcategorie moet bij de categorie horen', async () => {
  const coa = await testToken('coa-locatiemanager');
  const r = await registreer(coa);
  expect(r.errors).toBeUndefined();
  expect(r.data!.registreerSignaal).toMatchObject({
    subcategorieLabel: 'Niet verschenen bij de inhuisregistratie',
    ernst: 2,
    plaats: { gemeente: null, locatieCode: 'BUDEL' },
    vpt: false,
    versie: 1,
    historie: [{ versie: 1, actie: 'GEREGISTREERD', doorOrganisatie: 'COA' }],
  });
  const fout = await registreer(coa, { categorie: 'WINKELDIEFSTAL' });
  expect(fout.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fouten: [{ veld: 'subcategorie' }],
  });
  const onbekend = await registreer(coa, { categorie: 'BESTAAT_NIET', subcategorie: null });
  expect(onbekend.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fouten: [{ veld: 'categorie' }],
  });
  const vpt = await registreer(coa, { categorie: 'GEWELD_VPT', subcategorie: null });
  expect(vpt.data!.registreerSignaal.vpt).toBe(true);
});

it('de groep groeit: personen toevoegen, en de historie zegt wie, wanneer en waarom', async () => {
  const coa = await testToken('coa-locatiemanager');
  const s = (await registreer(coa)).data!.registreerSignaal;
  const r = await gql<{ voegPersonenToe: Signaal }>(
    url,
    coa,
    `mutation($id: ID!, $p: [PersoonInvoer!]!) { voegPersonenToe(signaalId: $id, personen: $p, reden: "camerabeelden bekeken") { ${VELDEN} } }`,
    { id: s.id, p: [{ omschrijving: 'man met rode jas' }, { naam: 'Adel Voorbeeldt' }] },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.voegPersonenToe.personen).toHaveLength(3);
  expect(r.data!.voegPersonenToe.historie.map((h) => [h.versie, h.actie, h.reden])).toEqual([
    [1, 'GEREGISTREERD', null],
    [2, 'PERSONEN_TOEGEVOEGD', 'camerabeelden bekeken'],
  ]);
});

it('corrigeren legt oude en nieuwe waarden vast; intrekken markeert, wist niets; daarna geen wijzigingen meer', async () => {
  const coa = await testToken('coa-locatiemanager');
  const s = (await registreer(coa)).data!.registreerSignaal;
  const c = await gql<{ corrigeerSignaal: Signaal }>(
    url,
    coa,
    `mutation($id: ID!, $c: SignaalCorrectie!) { corrigeerSignaal(signaalId: $id, correctie: $c, reden: "ernst verkeerd ingeschat") { ${VELDEN} } }`,
    { id: s.id, c: { ernst: 4, aangifte: true, pvNummer: 'PL0100-2026123456' } },
  );
  expect(c.errors).toBeUndefined();
  expect(c.data!.corrigeerSignaal).toMatchObject({ ernst: 4, aangifte: true, versie: 2 });
  const correctie = JSON.parse(c.data!.corrigeerSignaal.historie[1].gegevens) as {
    oud: Record<string, unknown>;
    nieuw: Record<string, unknown>;
  };
  expect(correctie).toEqual({
    oud: { ernst: 2, aangifte: false, pvNummer: null },
    nieuw: { ernst: 4, aangifte: true, pvNummer: 'PL0100-2026123456' },
  });
  const zonderPv = await gql(
    url,
    coa,
    `mutation($id: ID!) { corrigeerSignaal(signaalId: $id, correctie: { pvNummer: null }, reden: "x") { id } }`,
    { id: s.id },
  );
  expect(zonderPv.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    fouten: [{ veld: 'correctie.pvNummer' }],
  });
  const politie = await gql(
    url,
    await testToken('politie-melder'),
    `mutation($id: ID!) { trekSignaalIn(signaalId: $id, reden: "x") { id } }`,
    { id: s.id },
  );
  expect(politie.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  const zonderReden = await gql(
    url,
    coa,
    `mutation($id: ID!) { trekSignaalIn(signaalId: $id, reden: " ") { id } }`,
    { id: s.id },
  );
  expect(zonderReden.errors?.[0]?.extensions).toMatchObject({ fouten: [{ veld: 'reden' }] });
  const weg = await gql<{ trekSignaalIn: Signaal }>(
    url,
    coa,
    `mutation($id: ID!) { trekSignaalIn(signaalId: $id, reden: "dubbel ingevoerd") { ${VELDEN} } }`,
    { id: s.id },
  );
  expect(weg.data!.trekSignaalIn).toMatchObject({
    status: 'INGETROKKEN',
    versie: 3,
    omschrijving: 'Niet verschenen om 09:00',
  });
  const daarna = await gql(
    url,
    coa,
    `mutation($id: ID!) { corrigeerSignaal(signaalId: $id, correctie: { ernst: 1 }, reden: "x") { id } }`,
    { id: s.id },
  );
  expect(daarna.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', foutcode: 'SIGNAAL_INGETROKKEN' });
});

it('filteren en bladeren met een cursor: elke pagina sluit aan, niets dubbel, niets gemist', async () => {
  const gemeente = await testToken('gemeente-melder');
  const plaats = `Proefdorp-${randomUUID().slice(0, 6)}`;
  const ids: string[] = [];
  for (let i = 0; i < 7; i++) {
    const r = await registreer(gemeente, {
      bronOrganisatie: 'GEMEENTE',
      categorie: i % 2 ? 'GEWELD_VPT' : 'OVERLAST_OPENBARE_RUIMTE',
      subcategorie: null,
      plaats: { gemeente: plaats },
    });
    ids.push(r.data!.registreerSignaal.id);
  }
  const gezien: string[] = [];
  let na: string | null = null;
  let paginas = 0;
  do {
    const r: { data?: { signalen: { items: { id: string }[]; volgendeCursor: string | null } } | null } =
      await gql(
        url,
        gemeente,
        `query($f: SignaalFilter, $na: String) { signalen(filter: $f, eerste: 3, na: $na) { items { id } volgendeCursor } }`,
        { f: { plaats }, na },
      );
    gezien.push(...r.data!.signalen.items.map((x) => x.id));
    na = r.data!.signalen.volgendeCursor;
    paginas++;
  } while (na);
  expect(paginas).toBe(3);
  expect(gezien).toEqual([...ids].reverse());
  const vpt = await gql<{ signalen: { items: { id: string }[] } }>(
    url,
    gemeente,
    `query($f: SignaalFilter) { signalen(filter: $f) { items { id } } }`,
    {
      f: { plaats, alleenVpt: true },
    },
  );
  expect(vpt.data!.signalen.items.map((x) => x.id)).toEqual([ids[5], ids[3], ids[1]]);
  const kapot = await gql(url, gemeente, `{ signalen(na: "rommel") { items { id } } }`);
  expect(kapot.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fouten: [{ veld: 'na' }] });
});
