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
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = await maakTestDatabase('zsmkoppeling');
  dienst = await startDienstVoorTest('zsm', (c) => AppModule.met(c), await dienstTestEnv(db.url));
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  for (const p of [
    'om-zsm',
    'dji-detentiemelder',
    'ind-procesregisseur',
    'politie-melder',
    'coa-locatiemanager',
  ])
    tokens[p] = await testToken(p);
});
afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const consumer = () => dienst.app.get(EventConsumer);
const vNummerNieuw = () => `55${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
async function post(pad: string, body: unknown, persona = 'om-zsm') {
  const r = await fetch(`${dienst.url}${pad}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${tokens[persona]}`,
      'ketenbeeld-doel': 'CASUSREGIE',
    },
    body: JSON.stringify(body),
  });
  return { status: r.status, headers: r.headers, body: (await r.json()) as Record<string, any> };
}
const telling = async (sql: string, p: unknown[] = []) => Number((await pg.query(sql, p)).rows[0].n);

/** A person as the read model learns them: a signal from signalen and a case snapshot from casusregie. */
async function bekendePersoon(spoor: 1 | 2 | 4 = 1) {
  const persoonId = randomUUID();
  const vNummer = vNummerNieuw();
  const e = signaalGeregistreerdEnvelop({
    persoonIds: [persoonId],
    categorie: 'WINKELDIEFSTAL',
    extra: { ernst: 2, vpt: false, categorieLabel: 'Winkeldiefstal' },
  });
  e.payload.personen = [
    {
      persoonId,
      vNummer,
      naam: 'Karim Proefhuis',
      geboortedatum: '1994-03-02',
      nationaliteit: 'DZA',
    } as never,
  ];
  expect(await consumer().verwerk(e as never)).toBe('verwerkt');
  const casusId = randomUUID();
  const snapshot = {
    id: randomUUID(),
    naam: 'casusregie.casus-bijgewerkt.v1',
    producent: 'casusregie',
    opgetredenOp: new Date().toISOString(),
    payload: {
      casusId,
      persoonId,
      versie: 1,
      bijgewerktOp: new Date().toISOString(),
      status: 'IN_REGIE',
      open: true,
      spoor,
      kansarm: true,
      procedurefase: 'AANMELDING',
      locatieCode: 'TER_APEL',
      procesregisseur: { naam: 'Mira Veldkamp (fictief)', organisatie: 'IND' },
      deelnemers: ['IND', 'COA', 'DTV'],
      maatregelen: [{ code: 'ONTHOUDEN_RVT', naam: 'Onthouden rust- en voorbereidingstijd', eind: null }],
      topx: [],
    },
  };
  expect(await consumer().verwerk(snapshot as never)).toBe('verwerkt');
  return { persoonId, vNummer, casusId };
}

describe('bevraging', () => {
  it('een ZSM-tafel krijgt in één verzoek het ketenbeeld uit het leesmodel, met de actualiteit; de bevraging wordt gelogd', async () => {
    const p = await bekendePersoon(1);
    const zsmReferentie = `ZSM-GRN-${randomUUID().slice(0, 8)}`;
    const r = await post('/v1/zsm/bevragingen', { doel: 'ZSM_AFDOENING', zsmReferentie, vNummer: p.vNummer });
    expect(r.status).toBe(200);
    expect(r.headers.get('api-version')).toBeTruthy();
    expect(r.body).toMatchObject({
      gevonden: true,
      inAsielketen: true,
      persoon: { persoonId: p.persoonId, vNummer: p.vNummer, naam: 'Karim Proefhuis' },
      ketenbeeld: {
        spoor: 1,
        dublinclaimant: true,
        kernteamCasus: {
          casusId: p.casusId,
          status: 'IN_REGIE',
          procesregisseur: { naam: 'Mira Veldkamp (fictief)', organisatie: 'IND' },
        },
        maatregelen: [{ code: 'ONTHOUDEN_RVT' }],
        recenteSignalen: [{ categorie: 'WINKELDIEFSTAL', label: 'Winkeldiefstal', aantal: 1 }],
        detentie: { gedetineerd: false },
      },
    });
    expect(r.body.leesmodel.signalen).not.toBeNull();
    expect(r.body.leesmodel.casusregie).not.toBeNull();
    expect(
      await telling(
        `SELECT count(*) n FROM verwerkingslog WHERE zsm_referentie = $1 AND persoon_id = $2 AND doel = 'ZSM_AFDOENING' AND actor = 'u-om-0001'`,
        [zsmReferentie, p.persoonId],
      ),
    ).toBe(1);
  });

  it('op naam: twee gelijke kandidaten worden niet gekozen maar getoond, met score en redenen', async () => {
    const a = await bekendePersoon(2);
    const b = await bekendePersoon(2);
    const r = await post('/v1/zsm/bevragingen', {
      doel: 'VOORGELEIDING',
      zsmReferentie: 'ZSM-NAAM-1',
      naam: 'Kareem Proefhuis',
      geboortedatum: '1994-03-02',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ gevonden: false, persoon: null, ketenbeeld: null });
    const ids = (r.body.kandidaten as { persoonId: string }[]).map((k) => k.persoonId);
    expect(ids).toEqual(expect.arrayContaining([a.persoonId, b.persoonId]));
    for (const k of r.body.kandidaten as { naam: string; score: number; redenen: string[] }[]) {
      expect(k.naam).toBe('Karim Proefhuis');
      expect(k.score).toBeGreaterThanOrEqual(40);
      expect(k.redenen.length).toBeGreaterThan(0);
    }
  });

  it('zonder doel, met een fout V-nummer of als andere organisatie: geweigerd, niets gelogd', async () => {
    const voor = await telling(`SELECT count(*) n FROM verwerkingslog`);
    const zonderDoel = await post('/v1/zsm/bevragingen', { zsmReferentie: 'ZSM-X', vNummer: '12345' });
    expect(zonderDoel.status).toBe(400);
    expect(zonderDoel.headers.get('content-type')).toContain('application/problem+json');
    expect(zonderDoel.body.fouten).toEqual([
      { veld: 'doel', reden: 'is verplicht: ZSM_AFDOENING, VOORGELEIDING, VREEMDELINGRECHTELIJKE_CHECK' },
      { veld: 'vNummer', reden: 'V-nummer bestaat uit precies 10 cijfers' },
    ]);
    const politie = await post(
      '/v1/zsm/bevragingen',
      { doel: 'ZSM_AFDOENING', zsmReferentie: 'ZSM-X', vNummer: '1234567890' },
      'politie-melder',
    );
    expect(politie.status).toBe(403);
    expect(await telling(`SELECT count(*) n FROM verwerkingslog`)).toBe(voor);
  });
});

describe('registratie, afdoening en klokken', () => {
  it('een registratie van een bekende persoon start ophouden en voorgeleiding en gaat als event naar signalen', async () => {
    const p = await bekendePersoon(1);
    const r = await post('/v1/zsm/registraties', {
      zsmReferentie: 'ZSM-GRN-2026-0001',
      vNummer: p.vNummer,
      aanhoudingOp: new Date(Date.now() - 30 * 60_000).toISOString(),
      delict: 'WINKELDIEFSTAL',
      omschrijving: 'Diefstal van cosmetica',
      vpt: false,
      voorlopigeHechtenisToegestaan: false,
      zsmLocatie: 'ZSM Groningen',
      gemeente: 'Groningen',
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ persoonBekend: true, custodyKlokkenGestart: true });
    const { rows } = await pg.query(
      `SELECT soort, regel FROM termijn WHERE onderwerp_id = $1 ORDER BY soort`,
      [r.body.id],
    );
    expect(rows).toEqual([
      { soort: 'OPHOUDEN_VOOR_ONDERZOEK', regel: 'R14' },
      { soort: 'VOORGELEIDING', regel: 'R15' },
    ]);
    expect(
      await telling(
        `SELECT count(*) n FROM outbox WHERE naam = 'zsm.zsm-registratie-gemeld.v1' AND payload->>'registratieId' = $1`,
        [r.body.id],
      ),
    ).toBe(1);

    const zonderVrijlating = await post(`/v1/zsm/registraties/${r.body.id}/afdoeningen`, {
      soort: 'HEENZENDING',
      besluitOp: new Date().toISOString(),
    });
    expect(zonderVrijlating.status).toBe(400);
    expect(zonderVrijlating.body.fouten).toEqual([
      { veld: 'vrijlatingOp', reden: 'is verplicht bij een afdoening die vrijlaat' },
    ]);
    const onbekend = await post(`/v1/zsm/registraties/${randomUUID()}/afdoeningen`, {
      soort: 'SNELRECHT',
      besluitOp: new Date().toISOString(),
    });
    expect(onbekend.status).toBe(404);
    expect(onbekend.body.fouten).toEqual([
      { veld: 'registratieId', reden: 'onbekende ZSM-zaak: registreer de zaak eerst' },
    ]);
    const a = await post(`/v1/zsm/registraties/${r.body.id}/afdoeningen`, {
      soort: 'HEENZENDING',
      besluitOp: new Date().toISOString(),
      vrijlatingOp: new Date(Date.now() + 2 * 3600_000).toISOString(),
    });
    expect(a.status).toBe(201);
    expect(await telling(`SELECT count(*) n FROM afdoening WHERE registratie_id = $1`, [r.body.id])).toBe(1);
    // Released: the custody clocks stop.
    const { rows: klokken } = await pg.query(`SELECT DISTINCT status FROM termijn WHERE onderwerp_id = $1`, [
      r.body.id,
    ]);
    expect(klokken).toEqual([{ status: 'GEANNULEERD' }]);
    expect(
      await telling(
        `SELECT count(*) n FROM outbox WHERE naam = 'zsm.afdoening-geregistreerd.v1' AND payload->>'registratieId' = $1`,
        [r.body.id],
      ),
    ).toBe(1);
  });

  it('een onbekende persoon krijgt zijn klokken zodra signalen hem heeft herkend', async () => {
    const r = await post('/v1/zsm/registraties', {
      zsmReferentie: 'ZSM-GRN-2026-0002',
      naam: 'Nieuw Onbekend',
      aanhoudingOp: new Date(Date.now() - 10 * 60_000).toISOString(),
      delict: 'GEWELD_VPT',
      omschrijving: 'Mishandeling van een buschauffeur',
      vpt: true,
      voorlopigeHechtenisToegestaan: true,
      zsmLocatie: 'ZSM Groningen',
    });
    expect(r.body).toMatchObject({ persoonBekend: false, custodyKlokkenGestart: false });
    const persoonId = randomUUID();
    const e = signaalGeregistreerdEnvelop({
      persoonIds: [persoonId],
      categorie: 'GEWELD_VPT',
      bronOrganisatie: 'OM',
      extra: { signaalId: r.body.signaalId },
    });
    expect(await consumer().verwerk(e as never)).toBe('verwerkt');
    expect(await telling(`SELECT count(*) n FROM termijn WHERE onderwerp_id = $1`, [r.body.id])).toBe(2);
    expect(
      await telling(`SELECT count(*) n FROM zsm_registratie WHERE id = $1 AND persoon_id = $2`, [
        r.body.id,
        persoonId,
      ]),
    ).toBe(1);
  });
});

describe('detentie en Dublin', () => {
  it('een detentiemelding verlengt de Dublin-overdrachtstermijn naar 12 maanden; foute meldingen slaan niets op', async () => {
    const p = await bekendePersoon(1);
    const akkoord = await gql<any>(
      `${dienst.url}/graphql`,
      tokens['ind-procesregisseur'],
      `mutation($p: ID!) { registreerDublinAkkoord(persoonId: $p, lidstaat: "DE", akkoordOp: "2026-11-02T10:00:00Z") { overdrachtUiterlijk verlengdWegensDetentie } }`,
      { p: p.persoonId },
    );
    expect(akkoord.errors).toBeUndefined();
    expect(akkoord.data.registreerDublinAkkoord).toEqual({
      overdrachtUiterlijk: '2027-05-02T21:59:59.999Z',
      verlengdWegensDetentie: false,
    });
    const coa = await gql<any>(
      `${dienst.url}/graphql`,
      tokens['coa-locatiemanager'],
      `mutation($p: ID!) { registreerDublinAkkoord(persoonId: $p, lidstaat: "DE", akkoordOp: "2026-11-02T10:00:00Z") { lidstaat } }`,
      { p: p.persoonId },
    );
    expect(coa.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const voor = await telling(`SELECT count(*) n FROM detentie`);
    const omgekeerd = await post(
      '/v1/detenties',
      {
        vNummer: p.vNummer,
        soort: 'GEVANGENIS',
        begin: '2026-11-20T10:00:00Z',
        eind: '2026-11-19T10:00:00Z',
        inrichting: 'PI Proefstad',
      },
      'dji-detentiemelder',
    );
    expect(omgekeerd.status).toBe(400);
    expect(omgekeerd.body.fouten).toEqual([{ veld: 'eind', reden: 'moet na het begin liggen' }]);
    const onbekend = await post(
      '/v1/detenties',
      {
        vNummer: vNummerNieuw(),
        soort: 'GEVANGENIS',
        begin: '2026-11-20T10:00:00Z',
        inrichting: 'PI Proefstad',
      },
      'dji-detentiemelder',
    );
    expect(onbekend.status).toBe(404);
    const alsOm = await post('/v1/detenties', {
      vNummer: p.vNummer,
      soort: 'GEVANGENIS',
      begin: '2026-11-20T10:00:00Z',
      inrichting: 'PI Proefstad',
    });
    expect(alsOm.status).toBe(403);
    expect(await telling(`SELECT count(*) n FROM detentie`)).toBe(voor);

    const d = await post(
      '/v1/detenties',
      { vNummer: p.vNummer, soort: 'GEVANGENIS', begin: '2026-11-20T10:00:00Z', inrichting: 'PI Proefstad' },
      'dji-detentiemelder',
    );
    expect(d.status).toBe(201);
    const { rows } = await pg.query(
      `SELECT t.vervalt_op, t.status FROM dublin_claim c JOIN termijn t ON t.id = c.termijn_id WHERE c.persoon_id = $1`,
      [p.persoonId],
    );
    expect(rows[0].vervalt_op.toISOString()).toBe('2027-11-02T22:59:59.999Z');
    // planning follows the claim: one event at the acceptance (6 months), one at the detention (12).
    const { rows: events } = await pg.query(
      `SELECT payload->>'overdrachtUiterlijk' AS uiterlijk, (payload->>'gedetineerd')::boolean AS gedetineerd
       FROM outbox WHERE naam = 'zsm.dublin-claim-bijgewerkt.v1' AND payload->>'persoonId' = $1 ORDER BY opgetreden_op, id`,
      [p.persoonId],
    );
    expect(events).toEqual([
      { uiterlijk: expect.stringMatching(/^2027-05-0/) as string, gedetineerd: false },
      { uiterlijk: '2027-11-02T22:59:59.999Z', gedetineerd: true },
    ]);
    const antwoord = await post('/v1/zsm/bevragingen', {
      doel: 'VREEMDELINGRECHTELIJKE_CHECK',
      zsmReferentie: 'ZSM-D',
      vNummer: p.vNummer,
    });
    expect(antwoord.body.ketenbeeld).toMatchObject({
      dublin: {
        lidstaat: 'DE',
        verlengdWegensDetentie: true,
        overdrachtUiterlijk: '2027-11-02T22:59:59.999Z',
      },
      detentie: { gedetineerd: true, soort: 'GEVANGENIS', inrichting: 'PI Proefstad' },
    });
    const einde = await post(
      `/v1/detenties/${d.body.id}/einde`,
      { eind: '2026-11-19T10:00:00Z' },
      'dji-detentiemelder',
    );
    expect(einde.body.fouten).toEqual([{ veld: 'eind', reden: 'moet na het begin liggen' }]);
  });

  it('het kernteam schrijft een afdoeningsadvies dat de ZSM-tafel in de bevraging ziet', async () => {
    const p = await bekendePersoon(2);
    const a = await gql<any>(
      `${dienst.url}/graphql`,
      tokens['ind-procesregisseur'],
      `mutation($p: ID!) { schrijfAfdoeningsadvies(persoonId: $p, tekst: "Snelrecht; kernteam beoordeelt vreemdelingenbewaring") { door } }`,
      { p: p.persoonId },
    );
    expect(a.data.schrijfAfdoeningsadvies.door).toBe('Mira Veldkamp (fictief) (IND)');
    const r = await post('/v1/zsm/bevragingen', {
      doel: 'ZSM_AFDOENING',
      zsmReferentie: 'ZSM-A',
      vNummer: p.vNummer,
    });
    expect(r.body.ketenbeeld.afdoeningsadvies.tekst).toBe(
      'Snelrecht; kernteam beoordeelt vreemdelingenbewaring',
    );
  });
});

it('per client een limiet: na de piek 429 met problem+json; een andere client gaat door', async () => {
  // 150 requests at once: more than the burst (40) plus what refills (20/s) while they are served,
  // unless serving them took over 5 s. The bucket's arithmetic is tested exactly in its own spec.
  const antwoorden = await Promise.all(
    Array.from({ length: 150 }, () =>
      post('/v1/zsm/bevragingen', { doel: 'ZSM_AFDOENING', zsmReferentie: 'ZSM-L', vNummer: '1111111111' }),
    ),
  );
  const geweigerd = antwoorden.find((a) => a.status === 429);
  expect(geweigerd?.headers.get('content-type')).toContain('application/problem+json');
  expect(geweigerd?.body.fouten).toEqual([{ veld: 'client', reden: 'hoogstens 20 per seconde (piek 40)' }]);
  const r = await post(
    '/v1/detenties',
    { vNummer: '1111111111', soort: 'GEVANGENIS', begin: '2026-11-20T10:00:00Z', inrichting: 'PI' },
    'dji-detentiemelder',
  );
  expect(r.status).toBe(404);
});

it('/v1/openapi.json is openbaar en beschrijft de ZSM-endpoints', async () => {
  const r = await fetch(`${dienst.url}/v1/openapi.json`);
  expect(r.status).toBe(200);
  const doc = (await r.json()) as { paths: Record<string, unknown> };
  expect(Object.keys(doc.paths)).toEqual([
    '/v1/zsm/bevragingen',
    '/v1/zsm/registraties',
    '/v1/zsm/registraties/{id}/afdoeningen',
    '/v1/detenties',
    '/v1/detenties/{id}/einde',
  ]);
});
