import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  dienstTestEnv,
  gql,
  maakTestDatabase,
  signaalGeregistreerdEnvelop,
  testToken,
  type TestDatabase,
} from '@ketenbeeld/testing';
import { EventConsumer, startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;
let url: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = await maakTestDatabase('casussen');
  dienst = await startDienstVoorTest('casusregie', (c) => AppModule.met(c), await dienstTestEnv(db.url));
  url = `${dienst.url}/graphql`;
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  for (const p of [
    'ind-procesregisseur',
    'coa-locatiemanager',
    'dtv-regievoerder',
    'dgm-analist',
    'politie-melder',
    'gemeente-melder',
  ]) {
    tokens[p] = await testToken(p);
  }
});
afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const consumer = () => dienst.app.get(EventConsumer);
async function signaal(
  persoonIds: string[],
  extra: Parameters<typeof signaalGeregistreerdEnvelop>[0]['extra'] = {},
  categorie = 'WINKELDIEFSTAL',
) {
  const e = signaalGeregistreerdEnvelop({
    persoonIds,
    categorie,
    extra: { locatieCode: 'TER_APEL', ernst: 2, ...extra },
  });
  expect(await consumer().verwerk(e as never)).toBe('verwerkt');
  return e.payload.signaalId;
}
async function ok<T = any>(
  persona: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const r = await gql(url, tokens[persona], query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}
const CASUS_VELDEN =
  'id status spoor deelnemers groepId nieuweSignalen actiesTeLaat mogelijkeTransities procesregisseur { naam organisatie }';

async function voorstelVoor(persoonId: string) {
  const d = await ok<{ casusVoorstellen: any[] }>(
    'ind-procesregisseur',
    `{ casusVoorstellen { id verdict uitleg persoon { id } criteria { naam voldaan } groepsgrootte signaalId } }`,
  );
  return d.casusVoorstellen.find((v) => v.persoon.id === persoonId) as {
    id: string;
    verdict: string;
    uitleg: string;
    criteria: unknown[];
  };
}
async function nieuweCasus(extra: Record<string, unknown> = {}) {
  const persoonId = randomUUID();
  await signaal([persoonId]);
  const v = await voorstelVoor(persoonId);
  const d = await ok(
    'ind-procesregisseur',
    `mutation($id: ID!, $g: CasusGegevens) { bevestigVoorstel(id: $id, gegevens: $g) { ${CASUS_VELDEN} } }`,
    {
      id: v.id,
      g: { spoor: 2, land: 'MAR', locatieCode: 'TER_APEL', ...extra },
    },
  );
  return { persoonId, casus: d.bevestigVoorstel };
}

describe('voorstel uit een signaal', () => {
  it('een signaal voor iemand zonder open casus wordt een uitgelegd voorstel; VPT stelt altijd voor', async () => {
    const a = randomUUID();
    await signaal([a], { locatieCode: 'ZOETERMEER' });
    const gewoon = await voorstelVoor(a);
    expect(gewoon.verdict).toBe('NIET_GESCHIKT');
    expect(gewoon.criteria).toContainEqual({ naam: 'in Ter Apel of Budel', voldaan: false });
    const b = randomUUID();
    await signaal([b], { locatieCode: 'ZOETERMEER', vpt: true }, 'GEWELD_VPT');
    const vpt = await voorstelVoor(b);
    expect(vpt.verdict).toBe('CASUS_VOORSTELLEN');
    expect(vpt.uitleg).toContain('R17');
  });

  it('bevestigen maakt een casus; een volgend signaal komt als nieuw op de casus en niet als voorstel', async () => {
    const { persoonId, casus } = await nieuweCasus();
    expect(casus).toMatchObject({
      status: 'AANGEMELD',
      spoor: 2,
      deelnemers: ['IND', 'COA', 'DTV'],
      nieuweSignalen: 1,
    });
    expect(casus.procesregisseur).toEqual({ naam: 'Mira Veldkamp (fictief)', organisatie: 'IND' });
    await signaal([persoonId], {}, 'VERNIELING');
    expect(await voorstelVoor(persoonId)).toBeUndefined();
    const d = await ok(
      'coa-locatiemanager',
      `query($id: ID!) { casus(id: $id) { nieuweSignalen signalen { categorie nieuw } tijdlijn { soort omschrijving } } }`,
      { id: casus.id },
    );
    expect(d.casus.nieuweSignalen).toBe(2);
    expect(d.casus.signalen.map((s: { categorie: string }) => s.categorie).sort()).toEqual([
      'VERNIELING',
      'WINKELDIEFSTAL',
    ]);
    expect(d.casus.tijdlijn.map((t: { soort: string }) => t.soort)).toEqual([
      'TRANSITIE',
      'SIGNAAL',
      'SIGNAAL',
    ]);
    const gezien = await ok(
      'coa-locatiemanager',
      `mutation($id: ID!) { markeerSignalenGezien(id: $id) { nieuweSignalen } }`,
      { id: casus.id },
    );
    expect(gezien.markeerSignalenGezien.nieuweSignalen).toBe(0);
  });

  it('afwijzen vraagt een reden; een beslist voorstel kan niet nog eens', async () => {
    const p = randomUUID();
    await signaal([p]);
    const v = await voorstelVoor(p);
    const zonder = await gql(
      url,
      tokens['ind-procesregisseur'],
      `mutation($id: ID!) { wijsVoorstelAf(id: $id, reden: " ") { id } }`,
      { id: v.id },
    );
    expect(zonder.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fouten: [{ veld: 'reden' }],
    });
    await ok(
      'ind-procesregisseur',
      `mutation($id: ID!) { wijsVoorstelAf(id: $id, reden: "geen kernteamdoelgroep") { status } }`,
      { id: v.id },
    );
    const nogmaals = await gql(
      url,
      tokens['ind-procesregisseur'],
      `mutation($id: ID!) { bevestigVoorstel(id: $id) { id } }`,
      { id: v.id },
    );
    expect(nogmaals.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('toestandsmachine', () => {
  it('volgt aangemeld → in beoordeling → in regie → afgerond (met uitkomst), met wie/wanneer/waarom', async () => {
    const { casus } = await nieuweCasus();
    const zet = (naar: string, reden = 'besproken') =>
      gql(
        url,
        tokens['ind-procesregisseur'],
        `mutation($id: ID!, $naar: CasusStatus!, $r: String!) { zetCasusStatus(id: $id, naar: $naar, reden: $r) { status } }`,
        { id: casus.id, naar, r: reden },
      );
    const fout = await zet('AFGEROND');
    expect(fout.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fouten: expect.arrayContaining([
        {
          veld: 'naar',
          reden: 'van aangemeld naar afgerond kan niet; wel: in beoordeling, niet geschikt, doorverwezen',
        },
      ]),
    });
    expect((await zet('IN_BEOORDELING')).data).toEqual({ zetCasusStatus: { status: 'IN_BEOORDELING' } });
    expect((await zet('IN_REGIE')).data).toEqual({ zetCasusStatus: { status: 'IN_REGIE' } });
    const zonderUitkomst = await zet('AFGEROND');
    expect(zonderUitkomst.errors?.[0]?.extensions?.fouten).toEqual([
      {
        veld: 'naar',
        reden:
          'afronden kan pas als er een uitkomst is vastgelegd (beschikking, beroep, overdracht, vertrek, MOB)',
      },
    ]);
    await ok(
      'ind-procesregisseur',
      `mutation($id: ID!) { registreerUitkomst(casusId: $id, uitkomst: { soort: BESCHIKKING, datum: "2026-11-20" }) { soortLabel } }`,
      { id: casus.id },
    );
    expect((await zet('AFGEROND', 'beschikking verzonden')).data).toEqual({
      zetCasusStatus: { status: 'AFGEROND' },
    });
    const d = await ok(
      'ind-procesregisseur',
      `query($id: ID!) { casus(id: $id) { afgerondOp mogelijkeTransities transities { van naar reden doorNaam doorOrganisatie } } }`,
      { id: casus.id },
    );
    expect(d.casus.mogelijkeTransities).toEqual(['HEROPEND']);
    expect(d.casus.afgerondOp).not.toBeNull();
    expect(d.casus.transities.map((t: any) => `${t.van}>${t.naar}`)).toEqual([
      'null>AANGEMELD',
      'AANGEMELD>IN_BEOORDELING',
      'IN_BEOORDELING>IN_REGIE',
      'IN_REGIE>AFGEROND',
    ]);
    expect(d.casus.transities[3]).toMatchObject({
      reden: 'beschikking verzonden',
      doorNaam: 'Mira Veldkamp (fictief)',
      doorOrganisatie: 'IND',
    });
    // Closed: no new measures until reopened.
    const maatregel = await gql(
      url,
      tokens['ind-procesregisseur'],
      `mutation($id: ID!) { pasMaatregelToe(casusId: $id, maatregel: { code: "ONTHOUDEN_RVT", start: "2026-11-21T08:00:00Z", reden: "incident" }) { id } }`,
      { id: casus.id },
    );
    expect(maatregel.errors?.[0]?.extensions?.fouten).toEqual([
      { veld: 'casusId', reden: 'de casus is afgerond; heropen haar eerst' },
    ]);
  });
});

describe('groepscasus', () => {
  it('een signaal met 40 personen wordt één groepscasus; RVT onthouden voor allen in één handeling', async () => {
    const personen = Array.from({ length: 40 }, () => randomUUID());
    const signaalId = await signaal(
      personen,
      { omschrijving: 'Vechtpartij in de bus naar Ter Apel' },
      'OVERLAST_OPENBAAR_VERVOER',
    );
    const g = await ok(
      'ind-procesregisseur',
      `mutation($s: ID!) { bevestigGroepsvoorstel(signaalId: $s, omschrijving: "Busincident", gegevens: { spoor: 2 }) { groepId casussen { id groepId } } }`,
      { s: signaalId },
    );
    expect(g.bevestigGroepsvoorstel.casussen).toHaveLength(40);
    const groepId = g.bevestigGroepsvoorstel.groepId;
    const r = await ok(
      'ind-procesregisseur',
      `mutation($g: ID!) { pasMaatregelToeOpGroep(groepId: $g, maatregel: { code: "ONTHOUDEN_RVT", start: "2026-11-21T08:00:00Z", reden: "één COA-incidentmelding" }) { groepActieId maatregelen } }`,
      { g: groepId },
    );
    expect(r.pasMaatregelToeOpGroep.maatregelen).toBe(40);
    const { rows } = await pg.query(
      `SELECT count(DISTINCT cm.casus_id)::int n, count(DISTINCT cm.groep_actie_id)::int acties FROM casus_maatregel cm JOIN casus c ON c.id = cm.casus_id WHERE c.groep_id = $1 AND cm.code = 'ONTHOUDEN_RVT'`,
      [groepId],
    );
    expect(rows[0]).toEqual({ n: 40, acties: 1 });
    const lijst = await ok(
      'coa-locatiemanager',
      `query($g: ID!) { casussen(filter: { groepId: $g }, eerste: 100) { totaal items { id } } }`,
      { g: groepId },
    );
    expect(lijst.casussen.totaal).toBe(40);
  });

  it('alles of niets: een onbekende maatregel laat geen enkel lid met een maatregel achter', async () => {
    const personen = [randomUUID(), randomUUID()];
    const signaalId = await signaal(personen);
    const g = await ok(
      'ind-procesregisseur',
      `mutation($s: ID!) { bevestigGroepsvoorstel(signaalId: $s, omschrijving: "Winkel") { groepId } }`,
      { s: signaalId },
    );
    const r = await gql(
      url,
      tokens['ind-procesregisseur'],
      `mutation($g: ID!) { pasMaatregelToeOpGroep(groepId: $g, maatregel: { code: "BESTAAT_NIET", start: "2026-11-21T08:00:00Z", reden: "test" }) { maatregelen } }`,
      { g: g.bevestigGroepsvoorstel.groepId },
    );
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fouten: [{ veld: 'code' }] });
    const { rows } = await pg.query(
      `SELECT count(*)::int n FROM casus_maatregel cm JOIN casus c ON c.id = cm.casus_id WHERE c.groep_id = $1`,
      [g.bevestigGroepsvoorstel.groepId],
    );
    expect(rows[0].n).toBe(0);
  });
});

describe('maatregelen, acties en uitkomsten', () => {
  it('een maatregel met standaardduur plant zijn einde via de termijnmotor', async () => {
    const { casus } = await nieuweCasus();
    const start = new Date(Date.now() + 3600_000).toISOString();
    const m = await ok(
      'ind-procesregisseur',
      `mutation($id: ID!, $s: String!) { pasMaatregelToe(casusId: $id, maatregel: { code: "ARTIKEL_56_VRIJHEIDSBEPERKING", start: $s, reden: "overlast" }) { eind termijnId naam } }`,
      { id: casus.id, s: start },
    );
    expect(m.pasMaatregelToe.termijnId).not.toBeNull();
    expect(Date.parse(m.pasMaatregelToe.eind) - Date.parse(start)).toBe(84 * 86_400_000);
    const { rows } = await pg.query(`SELECT soort, onderwerp_id, vervalt_op FROM termijn WHERE id = $1`, [
      m.pasMaatregelToe.termijnId,
    ]);
    expect(rows[0]).toMatchObject({ soort: 'MAATREGEL', onderwerp_id: casus.id });
  });

  it('een te late actie escaleert naar de procesregisseur', async () => {
    const { casus } = await nieuweCasus();
    const a = await ok(
      'ind-procesregisseur',
      `mutation($id: ID!, $d: String!) { maakActie(casusId: $id, actie: { omschrijving: "Gehoor plannen", eigenaarOrganisatie: IND, deadline: $d }) { id teLaat } }`,
      { id: casus.id, d: new Date(Date.now() - 60_000).toISOString() },
    );
    expect(a.maakActie.teLaat).toBe(true);
    const { rows } = await pg.query(`SELECT termijn_id FROM actie WHERE id = $1`, [a.maakActie.id]);
    const { TermijnMotor } = await import('@ketenbeeld/platform');
    await dienst.app.get(TermijnMotor).vuur(rows[0].termijn_id);
    // The TermijnVerstreken event goes through the outbox to this service's own consumer.
    const deadline = Date.now() + 15_000;
    let escalatie: any;
    while (Date.now() < deadline && !escalatie) {
      const d = await ok(
        'ind-procesregisseur',
        `query($id: ID!) { casus(id: $id) { actiesTeLaat tijdlijn { soort omschrijving } } }`,
        { id: casus.id },
      );
      escalatie = d.casus.tijdlijn.find((t: any) => t.soort === 'ESCALATIE');
      if (!escalatie) await new Promise((r) => setTimeout(r, 200));
    }
    expect(escalatie.omschrijving).toContain('geëscaleerd naar procesregisseur Mira Veldkamp (fictief)');
  });

  it('weigert foute invoer met veld en reden', async () => {
    const { casus } = await nieuweCasus();
    const r = await gql(
      url,
      tokens['ind-procesregisseur'],
      `mutation($id: ID!) { maakActie(casusId: $id, actie: { omschrijving: "x", eigenaarOrganisatie: POLITIE, deadline: "morgen" }) { id } }`,
      { id: casus.id },
    );
    expect(r.errors?.[0]?.extensions?.fouten).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ veld: 'actie.omschrijving' }),
        expect.objectContaining({ veld: 'actie.deadline' }),
      ]),
    );
    const u = await gql(
      url,
      tokens['ind-procesregisseur'],
      `mutation($id: ID!) { registreerUitkomst(casusId: $id, uitkomst: { soort: MOB, datum: "20-11-2026" }) { id } }`,
      { id: casus.id },
    );
    expect(u.errors?.[0]?.extensions?.fouten).toEqual([{ veld: 'datum', reden: 'datum als JJJJ-MM-DD' }]);
    const w = await gql(
      url,
      tokens['ind-procesregisseur'],
      `mutation($id: ID!) { wijzigCasus(id: $id, gegevens: { spoor: 3 }, reden: "x") { id } }`,
      { id: casus.id },
    );
    expect(w.errors?.[0]?.extensions?.fouten).toEqual([
      { veld: 'gegevens.spoor', reden: 'spoor 1, 2 of 4 (3 en 5 zijn niet in gebruik)' },
    ]);
  });
});

describe('need-to-know', () => {
  it('een niet-deelnemende organisatie ziet niets, ook niet het bestaan; een nationale rol leest maar wijzigt niet', async () => {
    const { casus, persoonId } = await nieuweCasus();
    const politie = tokens['politie-melder'];
    const q = (query: string, variables: Record<string, unknown> = {}) =>
      gql<any>(url, politie, query, variables);
    const bestaand = await q(`query($id: ID!) { casus(id: $id) { id } }`, { id: casus.id });
    const onbestaand = await q(`query($id: ID!) { casus(id: $id) { id } }`, { id: randomUUID() });
    expect(bestaand.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(bestaand.errors?.[0]?.message.replace(casus.id, 'X')).toBe(
      onbestaand.errors?.[0]?.message.replace(/[0-9a-f-]{36}/, 'X'),
    );
    expect(
      (await q(`{ casussen { totaal items { id } } }`)).data.casussen.items.map((c: { id: string }) => c.id),
    ).not.toContain(casus.id);
    expect((await q(`{ casusVoorstellen { id } }`)).data.casusVoorstellen).toEqual([]);
    const mutaties: [string, Record<string, unknown>][] = [
      [
        `mutation($id: ID!) { zetCasusStatus(id: $id, naar: IN_BEOORDELING, reden: "x") { id } }`,
        { id: casus.id },
      ],
      [
        `mutation($id: ID!) { wijzigCasus(id: $id, gegevens: { spoor: 1 }, reden: "x") { id } }`,
        { id: casus.id },
      ],
      [`mutation($id: ID!) { markeerSignalenGezien(id: $id) { id } }`, { id: casus.id }],
      [
        `mutation($id: ID!) { pasMaatregelToe(casusId: $id, maatregel: { code: "ONTHOUDEN_RVT", start: "2026-11-21T08:00:00Z", reden: "x y z" }) { id } }`,
        { id: casus.id },
      ],
      [
        `mutation($id: ID!) { maakActie(casusId: $id, actie: { omschrijving: "Bellen", eigenaarOrganisatie: IND, deadline: "2026-12-01T08:00:00Z" }) { id } }`,
        { id: casus.id },
      ],
      [
        `mutation($id: ID!) { registreerUitkomst(casusId: $id, uitkomst: { soort: MOB, datum: "2026-11-20" }) { id } }`,
        { id: casus.id },
      ],
    ];
    for (const [m, v] of mutaties) {
      expect((await q(m, v)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    expect(
      (await q(`mutation($p: ID!) { meldCasusAan(persoonId: $p, reden: "x") { id } }`, { p: randomUUID() }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const p = await gql<any>(
      url,
      politie,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { casussen { id } } } }`,
      { r: [{ __typename: 'Persoon', id: persoonId }] },
    );
    expect(p.data._entities[0].casussen).toEqual([]);
    // National analyst: reads, may not change.
    expect(
      (await ok('dgm-analist', `query($id: ID!) { casus(id: $id) { id } }`, { id: casus.id })).casus.id,
    ).toBe(casus.id);
    const dgm = await gql(
      url,
      tokens['dgm-analist'],
      `mutation($id: ID!) { zetCasusStatus(id: $id, naar: IN_BEOORDELING, reden: "x") { id } }`,
      { id: casus.id },
    );
    expect(dgm.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      fouten: [{ veld: 'casusId', reden: 'een nationale rol leest mee maar wijzigt niet' }],
    });
    // A municipality added as participant sees it.
    await ok(
      'ind-procesregisseur',
      `mutation($id: ID!) { wijzigCasus(id: $id, gegevens: { deelnemers: [IND, COA, DTV, GEMEENTE] }, reden: "gemeente sluit aan") { id } }`,
      { id: casus.id },
    );
    expect(
      (await ok('gemeente-melder', `query($id: ID!) { casus(id: $id) { id } }`, { id: casus.id })).casus.id,
    ).toBe(casus.id);
  });
});

describe('samenvoegen en splitsen van personen', () => {
  const envelop = (
    naam: 'signalen.persoon-samengevoegd.v1' | 'signalen.persoon-gesplitst.v1',
    payload: object,
  ) => ({
    id: randomUUID(),
    naam,
    producent: 'signalen' as const,
    opgetredenOp: new Date().toISOString(),
    payload,
  });

  it('de casus van de opgaande persoon gaat mee naar de behouden persoon; splitsen zet haar terug', async () => {
    const { casus, persoonId: opgaand } = await nieuweCasus();
    const behouden = randomUUID();
    const samenvoeging = {
      samenvoegingId: randomUUID(),
      behoudenId: behouden,
      opgaandId: opgaand,
      verplaatst: [],
      samengevallen: [],
      reden: 'zelfde persoon na I&R',
    };
    expect(await consumer().verwerk(envelop('signalen.persoon-samengevoegd.v1', samenvoeging) as never)).toBe(
      'verwerkt',
    );
    const na = await ok(
      'ind-procesregisseur',
      `query($id: ID!) { casus(id: $id) { persoon { id } tijdlijn { omschrijving } } }`,
      { id: casus.id },
    );
    expect(na.casus.persoon.id).toBe(behouden);
    expect(na.casus.tijdlijn.at(-1).omschrijving).toContain('Persoon samengevoegd (zelfde persoon na I&R)');
    expect(
      await consumer().verwerk(
        envelop('signalen.persoon-gesplitst.v1', { ...samenvoeging, reden: 'toch twee personen' }) as never,
      ),
    ).toBe('verwerkt');
    const terug = await ok('ind-procesregisseur', `query($id: ID!) { casus(id: $id) { persoon { id } } }`, {
      id: casus.id,
    });
    expect(terug.casus.persoon.id).toBe(opgaand);
  });

  it('twee open casussen worden niet stil één: beide tonen het en de index blijft heel', async () => {
    const a = await nieuweCasus();
    const b = await nieuweCasus();
    const samenvoeging = {
      samenvoegingId: randomUUID(),
      behoudenId: b.persoonId,
      opgaandId: a.persoonId,
      verplaatst: [],
      samengevallen: [],
      reden: 'dubbele registratie',
    };
    expect(await consumer().verwerk(envelop('signalen.persoon-samengevoegd.v1', samenvoeging) as never)).toBe(
      'verwerkt',
    );
    const { rows } = await pg.query(
      `SELECT persoon_id FROM casus WHERE id = ANY($1::uuid[]) ORDER BY persoon_id = $2`,
      [[a.casus.id, b.casus.id], b.persoonId],
    );
    expect(rows.map((r: { persoon_id: string }) => r.persoon_id)).toEqual([a.persoonId, b.persoonId]);
    for (const id of [a.casus.id, b.casus.id]) {
      const d = await ok(
        'ind-procesregisseur',
        `query($id: ID!) { casus(id: $id) { tijdlijn { omschrijving } } }`,
        { id },
      );
      expect(d.casus.tijdlijn.at(-1).omschrijving).toContain('twee open casussen voor dezelfde persoon');
    }
  });
});

describe('ZSM-afdoening', () => {
  it('een afdoening die haar signaal inhaalt faalt (de wachtrij levert opnieuw) en laat niets achter', async () => {
    const e = {
      id: randomUUID(),
      naam: 'zsm.afdoening-geregistreerd.v1',
      producent: 'zsm',
      opgetredenOp: new Date().toISOString(),
      payload: {
        afdoeningId: randomUUID(),
        registratieId: randomUUID(),
        signaalId: randomUUID(),
        zsmReferentie: 'ZSM-VROEG',
        soort: 'HEENZENDING',
        besluitOp: new Date().toISOString(),
        vrijlatingOp: new Date(Date.now() + 3600_000).toISOString(),
        toelichting: null,
      },
    };
    await expect(consumer().verwerk(e as never)).rejects.toThrow(/nog niet aangekomen/);
    const { rows } = await pg.query(`SELECT count(*)::int n FROM verwerkt_event WHERE event_id = $1`, [e.id]);
    expect(rows[0].n).toBe(0);
  });
});
