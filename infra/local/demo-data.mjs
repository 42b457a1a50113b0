// @ts-check
/**
 * A small synthetic demo dataset, loaded through the services' own REST API with the personas'
 * tokens, so every rule and event applies. Deterministic and idempotent: a second run meets the
 * (source, reference) uniqueness and changes nothing. Invented names and V-nummers only.
 */
import { persona, tekenToken } from '@ketenbeeld/testing';

const VOORNAMEN = [
  'Karim',
  'Yusuf',
  'Omar',
  'Bilal',
  'Samir',
  'Nabil',
  'Adel',
  'Hamza',
  'Rachid',
  'Tarik',
  'Walid',
  'Anouar',
];
const ACHTERNAMEN = ['Proefhuis', 'Voorbeeldt', 'Fictiefstra', 'Testrade', 'Demobrug', 'Oefenaar'];
const LANDEN = ['MAR', 'DZA', 'TUN', 'LBY', 'GEO', 'MDA'];
const BRONNEN = [
  {
    persona: 'coa-locatiemanager',
    organisatie: 'COA',
    categorieen: ['OVERLAST_OPVANGLOCATIE', 'HUISREGELOVERTREDING', 'NIET_VERSCHENEN', 'BEDREIGING'],
  },
  {
    persona: 'politie-melder',
    organisatie: 'POLITIE',
    categorieen: ['WINKELDIEFSTAL', 'AANHOUDING', 'GEWELD', 'GEWELD_VPT', 'DRUGS'],
  },
  {
    persona: 'gemeente-melder',
    organisatie: 'GEMEENTE',
    categorieen: ['OVERLAST_OPENBARE_RUIMTE', 'OVERLAST_OPENBAAR_VERVOER', 'WINKELDIEFSTAL'],
  },
];
const OMSCHRIJVING = {
  OVERLAST_OPVANGLOCATIE:
    'Luidruchtig en agressief gedrag in de gemeenschappelijke ruimte; medewerkers uitgescholden.',
  HUISREGELOVERTREDING: 'Herhaaldelijk bezoekers buiten de bezoektijden binnengelaten.',
  NIET_VERSCHENEN: 'Niet verschenen bij de inhuisregistratie van 09:00.',
  BEDREIGING: 'Dreigende taal tegen een beveiliger bij de balie.',
  WINKELDIEFSTAL: 'Aangehouden na diefstal van verzorgingsproducten in een supermarkt.',
  AANHOUDING: 'Aangehouden op verdenking van heling.',
  GEWELD: 'Betrokken bij een vechtpartij op het stationsplein.',
  GEWELD_VPT: 'Buschauffeur geduwd na een conflict over het vervoersbewijs (VPT).',
  DRUGS: 'In bezit van een kleine hoeveelheid harddrugs.',
  OVERLAST_OPENBARE_RUIMTE: 'Overlast bij het winkelcentrum, meerdere klachten van ondernemers.',
  OVERLAST_OPENBAAR_VERVOER: 'Zwartrijden en weigeren de bus te verlaten.',
};

/** Tiny deterministic generator (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Synthetic V-nummers start with 99 (no real series). */
function vNummer(i) {
  return `99${String(10_000_000 + i * 7919).slice(-8)}`;
}

/**
 * @param {{ signalenUrl: string, keys: { privateKeyPem: string, kid: string }, aantalPersonen?: number, aantalSignalen?: number, log?: (s: string) => void }} o
 */
export async function laadDemoData({
  signalenUrl,
  keys,
  aantalPersonen = 24,
  aantalSignalen = 60,
  log = console.log,
}) {
  const r = rng(20231);
  const kies = (/** @type {any[]} */ xs) => xs[Math.floor(r() * xs.length)];
  const personen = Array.from({ length: aantalPersonen }, (_, i) => ({
    // One in three is still a provisional identity (not yet through I&R).
    ...(i % 3 === 2 ? {} : { vNummer: vNummer(i + 1) }),
    naam: `${VOORNAMEN[i % VOORNAMEN.length]} ${ACHTERNAMEN[(i * 5) % ACHTERNAMEN.length]}`,
    nationaliteit: LANDEN[i % LANDEN.length],
    geboortedatum: `${1988 + (i % 15)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + ((i * 3) % 28)).padStart(2, '0')}`,
  }));
  const tokens = Object.fromEntries(
    await Promise.all(
      BRONNEN.map(async (b) => [
        b.persona,
        await tekenToken(persona(b.persona), { ...keys, geldigheidSeconden: 600 }),
      ]),
    ),
  );
  let nieuw = 0;
  let bestond = 0;
  const nu = Date.now();
  for (let i = 0; i < aantalSignalen; i++) {
    const bron = kies(BRONNEN);
    const categorie = kies(bron.categorieen);
    const groep = r() < 0.1 ? 3 : 1;
    const betrokken = Array.from({ length: groep }, () => kies(personen));
    const uniek = [...new Map(betrokken.map((p) => [p.naam, p])).values()];
    const body = {
      bronOrganisatie: bron.organisatie,
      bronReferentie: `DEMO-${bron.organisatie}-${String(i + 1).padStart(4, '0')}`,
      categorie,
      omschrijving: OMSCHRIJVING[/** @type {keyof typeof OMSCHRIJVING} */ (categorie)],
      ernst: 1 + Math.floor(r() * 4),
      plaats:
        bron.organisatie === 'COA'
          ? { locatieCode: kies(['TER_APEL', 'BUDEL']) }
          : { gemeente: kies(['Westerwolde', 'Emmen', 'Cranendonck', 'Groningen']) },
      ...(bron.organisatie === 'POLITIE' && r() < 0.5
        ? { aangifte: true, pvNummer: `PL0100-2026${String(100000 + i)}` }
        : {}),
      tijdstipIncident: new Date(nu - Math.floor(r() * 60 * 24 * 3600_000)).toISOString(),
      personen: uniek,
    };
    const res = await fetch(`${signalenUrl}/v1/signalen`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${tokens[bron.persona]}`,
        'ketenbeeld-doel': 'CASUSREGIE',
      },
      body: JSON.stringify(body),
    });
    if (res.status === 201) nieuw++;
    else if (res.status === 409) bestond++;
    else throw new Error(`demo-signaal ${body.bronReferentie}: ${res.status} ${await res.text()}`);
  }
  log(`  demodata: ${nieuw} signalen geladen${bestond ? `, ${bestond} stonden er al` : ''}`);
}

/**
 * Demo cases on top of the demo signals, through casusregie's GraphQL API as the personas would:
 * proposals confirmed into cases, facts set, a few moved on, a measure, an overdue action, an
 * outcome and a closed case, the next kernteam meeting with its generated agenda, example lead-time
 * norms (demonstration values, not official norms) and a daily overview. Skipped when cases exist.
 * @param {{ casusregieUrl: string, keys: { privateKey: any, kid: string }, log?: (s: string) => void, wachtMs?: number }} o
 */
export async function laadCasusregieDemo({ casusregieUrl, keys, log = console.log, wachtMs = 30_000 }) {
  const token = async (/** @type {string} */ p) =>
    tekenToken(persona(p), { ...keys, geldigheidSeconden: 600 });
  const ind = await token('ind-procesregisseur');
  const dgm = await token('dgm-analist');
  /** @param {string} t @param {string} query @param {Record<string, unknown>} [variables] */
  const gql = async (t, query, variables = {}) => {
    const res = await fetch(`${casusregieUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${t}`,
        'ketenbeeld-doel': 'CASUSREGIE',
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = /** @type {any} */ (await res.json());
    if (body.errors) throw new Error(`demo casusregie: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  if ((await gql(ind, `{ casussen(eerste: 1) { totaal } }`)).casussen.totaal > 0) {
    log('  demodata: casussen stonden er al');
    return;
  }
  // The signals travel signalen → outbox → queue → casusregie: wait until the proposals settle.
  let voorstellen = [];
  const tot = Date.now() + wachtMs;
  for (let vorige = -1; Date.now() < tot;) {
    voorstellen = (
      await gql(ind, `{ casusVoorstellen { id verdict signaalId groepsgrootte persoon { id } } }`)
    ).casusVoorstellen;
    if (voorstellen.length > 0 && voorstellen.length === vorige) break;
    vorige = voorstellen.length;
    await new Promise((r) => setTimeout(r, 1500));
  }
  const gekozen = new Map();
  for (const v of voorstellen) {
    if (v.verdict === 'CASUS_VOORSTELLEN' && v.groepsgrootte === 1 && !gekozen.has(v.persoon.id))
      gekozen.set(v.persoon.id, v);
    if (gekozen.size === 10) break;
  }
  const LANDEN_DEMO = ['MAR', 'DZA', 'TUN', 'GEO', 'LBY'];
  const casussen = [];
  let i = 0;
  for (const v of gekozen.values()) {
    const c = await gql(
      ind,
      `mutation($id: ID!, $g: CasusGegevens) { bevestigVoorstel(id: $id, gegevens: $g) { id } }`,
      {
        id: v.id,
        g: {
          spoor: [1, 2, 4][i % 3],
          kansarm: i % 3 !== 2,
          land: LANDEN_DEMO[i % LANDEN_DEMO.length],
          locatieCode: i % 4 === 3 ? 'BUDEL' : 'TER_APEL',
          procedurefase: 'AANMELDING',
        },
      },
    );
    casussen.push(c.bevestigVoorstel.id);
    i++;
  }
  const zet = (/** @type {string} */ id, /** @type {string} */ naar, /** @type {string} */ reden) =>
    gql(
      ind,
      `mutation($id: ID!, $n: CasusStatus!, $r: String!) { zetCasusStatus(id: $id, naar: $n, reden: $r) { id } }`,
      {
        id,
        n: naar,
        r: reden,
      },
    );
  const dag = 86_400_000;
  for (const [n, id] of casussen.entries()) {
    if (n % 2 === 0) await zet(id, 'IN_BEOORDELING', 'Besproken in het kernteam');
    if (n % 4 === 0) await zet(id, 'IN_REGIE', 'Kernteamdoelgroep: versneld behandelen');
  }
  if (casussen[0]) {
    await gql(
      ind,
      `mutation($id: ID!, $s: String!) { pasMaatregelToe(casusId: $id, maatregel: { code: "ONTHOUDEN_RVT", start: $s, reden: "COA-incidentmelding over de groep" }) { id } }`,
      {
        id: casussen[0],
        s: new Date().toISOString(),
      },
    );
    await gql(
      ind,
      `mutation($id: ID!, $d: String!) { maakActie(casusId: $id, actie: { omschrijving: "Gehoor inplannen", eigenaarOrganisatie: IND, deadline: $d }) { id } }`,
      {
        id: casussen[0],
        d: new Date(Date.now() + 3 * dag).toISOString(),
      },
    );
  }
  if (casussen[2]) {
    await gql(
      ind,
      `mutation($id: ID!, $d: String!) { maakActie(casusId: $id, actie: { omschrijving: "Correctiegesprek voeren", eigenaarOrganisatie: COA, deadline: $d }) { id } }`,
      {
        id: casussen[2],
        d: new Date(Date.now() - 2 * dag).toISOString(),
      },
    );
  }
  if (casussen[4]) {
    await gql(
      ind,
      `mutation($id: ID!, $d: String!) { registreerUitkomst(casusId: $id, uitkomst: { soort: BESCHIKKING, datum: $d, toelichting: "Afgewezen als kennelijk ongegrond" }) { id } }`,
      {
        id: casussen[4],
        d: new Date().toISOString().slice(0, 10),
      },
    );
    await zet(casussen[4], 'AFGEROND', 'Beschikking uitgereikt; vertrektraject bij DT&V');
  }
  for (const [spoor, dagen] of [
    [1, 60],
    [2, 30],
    [4, 180],
  ]) {
    await gql(
      dgm,
      `mutation($s: Int!, $d: Int!) { stelDoorlooptijdNormIn(spoor: $s, dagen: $d) { spoor } }`,
      { s: spoor, d: dagen },
    );
  }
  const volgende = (await gql(ind, `{ volgendeVergadering(soort: KERNTEAM) }`)).volgendeVergadering;
  await gql(
    ind,
    `mutation($g: String!) { planOverleg(invoer: { soort: KERNTEAM, titel: "Kernteam Ter Apel", geplandOp: $g, deelnemers: [{ naam: "Mira Veldkamp (fictief)", organisatie: IND }, { naam: "Joost Ameling (fictief)", organisatie: COA }, { naam: "Sanne Oordt (fictief)", organisatie: DTV }] }) { id } }`,
    {
      g: volgende,
    },
  );
  await gql(ind, `mutation { maakDagoverzicht { id } }`);
  log(`  demodata: ${casussen.length} casussen, een kernteamoverleg en een dagoverzicht`);
}

/**
 * Planning demo (issue 7): a procedure plan for every demo case, IND hearing slots for the coming
 * weeks, the inhuisregistratie for two persons, and placements on the ladder (one active in the VTL,
 * one proposed for the PBL). Runs after the casusregie demo; planning learns the cases by events,
 * so this waits until it knows them.
 */
export async function laadPlanningDemo({
  planningUrl,
  casusregieUrl,
  keys,
  log = console.log,
  wachtMs = 30_000,
}) {
  const token = async (/** @type {string} */ p) =>
    tekenToken(persona(p), { ...keys, geldigheidSeconden: 600 });
  const ind = await token('ind-procesregisseur');
  const dtv = await token('dtv-regievoerder');
  /** @param {string} url @param {string} t @param {string} query @param {Record<string, unknown>} [variables] */
  const vraag = async (url, t, query, variables = {}) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${t}`,
        'ketenbeeld-doel': 'CASUSREGIE',
      },
      body: JSON.stringify({ query, variables }),
    });
    return /** @type {any} */ (await res.json());
  };
  const gql = async (/** @type {string} */ t, /** @type {string} */ query, variables = {}) => {
    const body = await vraag(planningUrl, t, query, variables);
    if (body.errors) throw new Error(`demo planning: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  if ((await gql(ind, `{ procedurePlannen(eerste: 1) { spoor } }`)).procedurePlannen.length > 0) {
    log('  demodata: planning stond er al');
    return;
  }
  const casussen = /** @type {{ id: string, spoor: number | null, persoon: { id: string } }[]} */ (
    (await vraag(casusregieUrl, ind, `{ casussen(eerste: 20) { items { id spoor persoon { id } } } }`)).data
      .casussen.items
  ).filter((c) => c.spoor);
  const vandaag = new Date();
  const datum = (/** @type {number} */ n) =>
    new Date(vandaag.getTime() + n * 86_400_000).toISOString().slice(0, 10);
  // ISO weeks from this one on: the IND reserves hearing slots for the kernteam.
  const week = (/** @type {number} */ n) => {
    const d = new Date(
      Date.UTC(vandaag.getUTCFullYear(), vandaag.getUTCMonth(), vandaag.getUTCDate() + 7 * n),
    );
    const dag = (d.getUTCDay() + 6) % 7;
    d.setUTCDate(d.getUTCDate() - dag + 3);
    const jaar = d.getUTCFullYear();
    const eerste = new Date(Date.UTC(jaar, 0, 4));
    const nr =
      1 +
      Math.round(((d.getTime() - eerste.getTime()) / 86_400_000 - 3 + ((eerste.getUTCDay() + 6) % 7)) / 7);
    return `${jaar}-W${String(nr).padStart(2, '0')}`;
  };
  for (const [n, aantal] of [
    [0, 4],
    [1, 6],
    [2, 6],
    [3, 3],
    [4, 6],
    [5, 6],
  ]) {
    await gql(
      ind,
      `mutation($w: String!, $n: Int!) { reserveerIndSlots(week: $w, gereserveerd: $n) { week } }`,
      {
        w: week(n),
        n: aantal,
      },
    );
  }
  let plannen = 0;
  const tot = Date.now() + wachtMs;
  for (const [n, c] of casussen.entries()) {
    const invoer = {
      casusId: c.id,
      aanmelding: datum(-(2 + n * 3)),
      rvtOnthouden: n === 0,
      ...(n % 3 === 1 ? { verblijfLocatie: 'AZC_ASSEN' } : {}),
    };
    for (;;) {
      const r = await vraag(
        planningUrl,
        ind,
        `mutation($i: ProcedurePlanInvoer!) { stelProcedurePlanOp(invoer: $i) { spoor } }`,
        {
          i: invoer,
        },
      );
      if (!r.errors) break;
      // The case reaches planning by an event: wait for it, then try again.
      if (r.errors[0]?.extensions?.code !== 'NOT_FOUND' || Date.now() > tot)
        throw new Error(`demo planning: ${JSON.stringify(r.errors)}`);
      await new Promise((x) => setTimeout(x, 500));
    }
    plannen++;
    if (n % 2 === 0) {
      await gql(ind, `mutation($i: ProcesstapInvoer!) { legProcesstapVast(invoer: $i) { waarschuwingen } }`, {
        i: { casusId: c.id, stap: 'IDENTIFICATIE_REGISTRATIE', werkelijk: datum(-(1 + n * 3)) },
      });
    }
  }
  // The ladder: the first person under the inhuisregistratie and then in the VTL; a second proposed for the PBL.
  const [eerste, tweede] = [casussen.find((c) => c.spoor === 2), casussen.find((c) => c.spoor === 4)];
  let plaatsingen = 0;
  for (const c of [eerste, tweede].filter(Boolean)) {
    const plicht = await vraag(
      planningUrl,
      ind,
      `mutation($i: InhuisregistratiePlichtInvoer!) { legInhuisregistratieOp(invoer: $i) { id } }`,
      {
        i: {
          persoonId: c.persoon.id,
          locatie: 'TER_APEL',
          van: datum(-7),
          reden: 'Kernteamcasus: inhuisregistratie twee keer per dag (R2)',
        },
      },
    );
    // A provisional person (no V-nummer yet) is not under the inhuisregistratie: skip it in the demo.
    if (plicht.errors && plicht.errors[0]?.extensions?.code !== 'BAD_USER_INPUT')
      throw new Error(`demo planning: ${JSON.stringify(plicht.errors)}`);
  }
  if (eerste) {
    const p = await gql(
      dtv,
      `mutation($i: PlaatsingVoorstelInvoer!) { stelPlaatsingVoor(invoer: $i) { id } }`,
      {
        i: {
          persoonId: eerste.persoon.id,
          locatie: 'VTL_TER_APEL',
          van: datum(-3),
          overslaanReden: 'Herhaalde overlast op de locatie; VTL na overleg kernteam',
          toelichting: 'Demo',
        },
      },
    );
    await gql(dtv, `mutation($id: ID!) { keurPlaatsingGoed(id: $id) { id } }`, {
      id: p.stelPlaatsingVoor.id,
    });
    await gql(dtv, `mutation($id: ID!, $op: String) { startPlaatsing(id: $id, op: $op) { id } }`, {
      id: p.stelPlaatsingVoor.id,
      op: datum(-3),
    });
    plaatsingen++;
  }
  if (tweede) {
    await gql(dtv, `mutation($i: PlaatsingVoorstelInvoer!) { stelPlaatsingVoor(invoer: $i) { id } }`, {
      i: {
        persoonId: tweede.persoon.id,
        locatie: 'PBL_TER_APEL',
        van: datum(1),
        overslaanReden: 'Geweld tegen COA-medewerker; direct naar de PBL',
        prioriteit: 1,
      },
    });
    plaatsingen++;
  }
  log(`  demodata: ${plannen} procedureplannen, IND-slots voor 6 weken, ${plaatsingen} plaatsingen`);
}
