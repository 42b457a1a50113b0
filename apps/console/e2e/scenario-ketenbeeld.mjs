// Browser scenario of the ketenbeeld of a person (#/personen/:id) and person search (#/personen),
// called from console.e2e.mjs with its context.
//
// Creates its own person through the gateway (signals from COA, the police and the municipality; a
// case with a measure and an action; the inhuisregistratie, a placement and a procedure plan; with
// `zsmUrl` also an OM ZSM registration and a DJI detention; a Dublin claim and an afdoeningsadvies),
// searches for them from #/personen and opens the ketenbeeld from the result. Then it signs in as
// each persona and checks that the page shows exactly the blocks the gateway gives that persona's
// token: a block with data is there, a block the API gives nothing for is absent (not greyed out).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { gql, gqlData, haalToken, tid } from './hulp.mjs';

/** How long the event chain may take (signalen → outbox → BullMQ → casusregie / planning / zsm). */
const KETEN_WACHTTIJD_MS = 30_000;

const PERSONAS = [
  'ind-procesregisseur',
  'coa-locatiemanager',
  'dtv-regievoerder',
  'dgm-analist',
  'politie-melder',
  'gemeente-melder',
  'om-zsm',
];

/** Display names of organisation codes, as the console shows them (app/opmaak organisatieKort). */
const ORGANISATIE_KORT = {
  DTV: 'DT&V',
  DGM_DRM: 'DGM/DRM',
  GEMEENTE: 'Gemeente',
  POLITIE: 'Politie',
  KETENMARINIER: 'Ketenmariniers',
  NIDOS: 'Nidos',
};
const orgKort = (code) => ORGANISATIE_KORT[code] ?? code;

/** "22 nov 2026, 14:05": the console's format (nl-NL, Europe/Amsterdam). */
const tijdstipFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const DUTCH_TIJDSTIP = /\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? \d{4},? \d{2}:\d{2}/;

const dagFormaat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const amsterdamDag = (ms = Date.now()) => dagFormaat.format(ms);

/** POST to the zsm REST API (OM ZSM desks, DJI); throws with the problem details on failure. */
async function zsmPost(zsmUrl, token, pad, body) {
  const res = await fetch(`${zsmUrl.replace(/\/$/, '')}${pad}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'ketenbeeld-doel': 'CASUSREGIE',
    },
    body: JSON.stringify(body),
  });
  const antwoord = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`zsm ${pad}: HTTP ${res.status} ${JSON.stringify(antwoord)?.slice(0, 300)}`);
  return antwoord;
}

/** Retry `probeer` (returns a value or null) until it gives a value, or fail after the chain's time. */
async function wachtOp(page, wat, probeer) {
  const tot = Date.now() + KETEN_WACHTTIJD_MS;
  for (;;) {
    const waarde = await probeer();
    if (waarde !== null && waarde !== undefined && waarde !== false) return waarde;
    if (Date.now() > tot) throw new Error(`${wat}: niet binnen ${KETEN_WACHTTIJD_MS / 1000} s`);
    await page.waitForTimeout(500);
  }
}

/** Sign out (when signed in) and sign in again as another persona. */
async function wisselPersona(page, verwacht, persona) {
  if ((await page.locator(tid('afmelden')).count()) > 0) await page.locator(tid('afmelden')).click();
  await verwacht(tid(`persona-${persona}`), `Persona-kaart '${persona}'`);
  await page.locator(tid(`persona-${persona}`)).click();
  await verwacht(tid('aangemeld-als'), `Kop na aanmelden als ${persona}`);
}

/** What the ketenbeeld shows, asked of the gateway with a persona's own token. */
const KETENBEELD_API = `query($id: ID!) {
  persoon(id: $id) {
    id vNummer naam nationaliteit geboortedatum coaNummer
    signalen { id bronOrganisatie geregistreerdOp }
    signaalMeldingen { signaalId }
    zsmSignaalOverzicht { categorie }
    casussen { id deelnemers bijgewerktOp maatregelen { id eigenaar } acties { id status } tijdlijn { soort refId organisatie } }
    topx { regio }
    plaatsingen { id } inhuisregistratiePlichten { id } inhuisregistraties { datum }
    procedurePlannen { casus { id } ttsd { kengetal } }
    zsmRegistraties { id } detenties { id } dublinClaim { lidstaat } afdoeningsadvies { door bijgewerktOp }
  }
}`;

/** Which blocks this API answer should give on the page (data there ⇔ block there). */
function verwachteBlokken(p) {
  const heeft = (l) => Array.isArray(l) && l.length > 0;
  const casus = heeft(p.casussen) || heeft(p.topx);
  const plaatsingen = heeft(p.plaatsingen);
  const inhuis = heeft(p.inhuisregistratiePlichten) || heeft(p.inhuisregistraties);
  const plannen = heeft(p.procedurePlannen);
  const strafrecht = p.zsmRegistraties !== null || p.detenties !== null;
  return {
    'blok-identiteit': true,
    'blok-signalen': true,
    'blok-casus': casus,
    'blok-maatregelen': casus,
    'blok-termijnen': casus || plannen || plaatsingen || strafrecht,
    'blok-planning': plaatsingen || inhuis,
    'blok-plaatsingen': plaatsingen,
    'blok-inhuisregistratie': inhuis,
    'blok-procedureplannen': plannen,
    'blok-strafrecht': strafrecht,
    'blok-signaalMeldingen': p.signaalMeldingen !== null,
    'blok-zsmSignaalOverzicht': p.zsmSignaalOverzicht !== null,
  };
}

/**
 * @param {{ page: import('playwright-core').Page, basis: URL, naar: (hash: string) => string,
 *   foto: Function, verwacht: Function, geenDialogen: Function, zsmUrl?: string, zetStap: (s: string) => void }} ctx
 */
export async function ketenbeeldScenario({
  page,
  basis,
  naar,
  foto,
  verwacht,
  geenDialogen,
  zsmUrl,
  zetStap,
}) {
  const kenmerk = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  // 95…: outside the demo data's 99… and the other scenarios' 96…/97… ranges.
  const vNummer = `95${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const persoonNaam = `Ketenbeeldtest ${kenmerk} (fictief)`;
  const coaNummer = `COA-KB-${kenmerk}`;
  const vandaag = amsterdamDag();
  const over = (dagen) => new Date(Date.now() + dagen * 86_400_000).toISOString();
  const vorigeViewport = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 800 });

  // ---------------------------------------------------------------- (a) the person, through the API
  zetStap('ketenbeeld: signalen van COA, politie en gemeente (GraphQL)');
  const tokens = Object.fromEntries(
    await Promise.all([...PERSONAS, 'dji-detentiemelder'].map(async (p) => [p, await haalToken(basis, p)])),
  );
  const { signaalCategorieen } = await gqlData(
    basis,
    tokens['coa-locatiemanager'],
    `{ signaalCategorieen { code } }`,
  );
  const codes = signaalCategorieen.map((c) => c.code);
  const categorie = (voorkeur) => (codes.includes(voorkeur) ? voorkeur : codes[0]);
  const registreer = async (persona, org, extra) => {
    const { registreerSignaal } = await gqlData(
      basis,
      tokens[persona],
      `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id personen { id } } }`,
      {
        i: {
          bronOrganisatie: org,
          bronReferentie: `E2E-KETENBEELD-${org}-${kenmerk}`,
          ernst: 2,
          omschrijving: `E2E ketenbeeld (synthetisch): ${org} meldt overlast — ${kenmerk}`,
          tijdstipIncident: new Date(Date.now() - 3 * 60 * 60_000).toISOString(),
          plaats: { gemeente: 'Westerwolde', locatieCode: 'TER_APEL' },
          ...extra,
        },
      },
    );
    return { signaalId: registreerSignaal.id, persoonId: registreerSignaal.personen[0]?.id };
  };
  const coaSignaal = await registreer('coa-locatiemanager', 'COA', {
    categorie: categorie('OVERLAST_OPVANGLOCATIE'),
    ernst: 3,
    personen: [{ vNummer, naam: persoonNaam, geboortedatum: '1992-06-01', nationaliteit: 'DZA', coaNummer }],
  });
  const persoonId = coaSignaal.persoonId;
  if (!persoonId) throw new Error(`Signaal ${coaSignaal.signaalId} kwam terug zonder persoon`);
  for (const [persona, org, cat] of [
    ['politie-melder', 'POLITIE', 'OVERLAST_OPENBARE_RUIMTE'],
    ['gemeente-melder', 'GEMEENTE', 'OVERLAST_OPENBAAR_VERVOER'],
  ]) {
    const s = await registreer(persona, org, {
      categorie: categorie(cat),
      personen: [{ vNummer, naam: persoonNaam }],
    });
    if (s.persoonId !== persoonId)
      throw new Error(
        `Signaal van ${org} landde op persoon ${s.persoonId}, verwacht ${persoonId} (zelfde V-nummer)`,
      );
  }

  // The case: the proposal of the COA signal, confirmed by the IND; a measure and an action for DT&V.
  zetStap('ketenbeeld: casus, maatregel en actie (GraphQL)');
  const ind = tokens['ind-procesregisseur'];
  const voorstelId = await wachtOp(page, `Casusvoorstel bij signaal ${coaSignaal.signaalId}`, async () => {
    const { casusVoorstellen } = await gqlData(
      basis,
      ind,
      `query($s: ID) { casusVoorstellen(signaalId: $s) { id status persoon { id } } }`,
      { s: coaSignaal.signaalId },
    );
    return casusVoorstellen.find((v) => v.persoon.id === persoonId && v.status === 'OPEN')?.id ?? null;
  });
  const { bevestigVoorstel } = await gqlData(
    basis,
    ind,
    `mutation($id: ID!, $g: CasusGegevens) { bevestigVoorstel(id: $id, gegevens: $g) { id } }`,
    { id: voorstelId, g: { spoor: 4, kansarm: true, land: 'DZA', locatieCode: 'TER_APEL' } },
  );
  const casusId = bevestigVoorstel.id;
  const { pasMaatregelToe } = await gqlData(
    basis,
    ind,
    `mutation($c: ID!, $m: MaatregelInvoer!) { pasMaatregelToe(casusId: $c, maatregel: $m) { id } }`,
    {
      c: casusId,
      m: {
        code: 'ARTIKEL_54_MELDPLICHT',
        start: new Date().toISOString(),
        eind: over(28),
        reden: `Meldplicht (E2E ${kenmerk})`,
      },
    },
  );
  const { maakActie } = await gqlData(
    basis,
    ind,
    `mutation($c: ID!, $a: ActieInvoer!) { maakActie(casusId: $c, actie: $a) { id } }`,
    {
      c: casusId,
      a: {
        omschrijving: `Vertrekgesprek voeren (E2E ${kenmerk})`,
        eigenaarOrganisatie: 'DTV',
        deadline: over(5),
      },
    },
  );

  // Planning: once it knows the person and the case, the inhuisregistratie, a placement and the plan.
  zetStap('ketenbeeld: planning (inhuisregistratie, plaatsing, procedureplan)');
  const coa = tokens['coa-locatiemanager'];
  await wachtOp(page, `Planning kent persoon ${persoonId}`, async () => {
    const b = await gql(
      basis,
      coa,
      `query($i: PlaatsingVoorstelInvoer!) { beoordeelPlaatsing(invoer: $i) { toegestaan } }`,
      { i: { persoonId, locatie: 'PBL_TER_APEL', van: vandaag } },
    );
    if (!b.errors?.length) return true;
    if (!b.errors.some((e) => e.extensions?.foutcode === 'PLANNING_PERSOON_ONBEKEND'))
      throw new Error(`beoordeelPlaatsing: ${JSON.stringify(b.errors).slice(0, 400)}`);
    return null;
  });
  const { legInhuisregistratieOp } = await gqlData(
    basis,
    coa,
    `mutation($i: InhuisregistratiePlichtInvoer!) { legInhuisregistratieOp(invoer: $i) { id } }`,
    { i: { persoonId, locatie: 'TER_APEL', van: vandaag, reden: `E2E ${kenmerk}: overlast bij de balie` } },
  );
  const { stelPlaatsingVoor } = await gqlData(
    basis,
    coa,
    `mutation($i: PlaatsingVoorstelInvoer!) { stelPlaatsingVoor(invoer: $i) { id status } }`,
    {
      i: {
        persoonId,
        casusId,
        locatie: 'PBL_TER_APEL',
        van: vandaag,
        prioriteit: 2,
        overslaanReden: `Geweld tegen een medewerker; direct naar de PBL (E2E ${kenmerk})`,
        toelichting: `E2E ketenbeeld ${kenmerk}`,
      },
    },
  );
  const plan = await wachtOp(page, `Planning kent casus ${casusId}`, async () => {
    const b = await gql(
      basis,
      ind,
      `mutation($i: ProcedurePlanInvoer!) { stelProcedurePlanOp(invoer: $i) { casus { id } ttsd { kengetal } } }`,
      { i: { casusId, aanmelding: vandaag, verblijfLocatie: 'AZC_ASSEN' } },
    );
    if (!b.errors?.length) return b.data.stelProcedurePlanOp;
    if (!/onbekende casus|nog geen spoor/i.test(JSON.stringify(b.errors)))
      throw new Error(`stelProcedurePlanOp: ${JSON.stringify(b.errors).slice(0, 400)}`);
    return null;
  });

  // ZSM (with zsmUrl): the OM registers the suspect at the ZSM desk, DJI reports a detention.
  let zsmRegistratieId = null;
  let detentieGemeld = false;
  if (zsmUrl) {
    zetStap('ketenbeeld: ZSM-registratie (OM) en detentie (DJI), REST');
    const om = tokens['om-zsm'];
    const zsmReferentie = `ZSM-KB-${kenmerk}`;
    await wachtOp(page, `zsm kent V-nummer ${vNummer}`, async () => {
      const b = await zsmPost(zsmUrl, om, '/v1/zsm/bevragingen', {
        doel: 'ZSM_AFDOENING',
        zsmReferentie,
        vNummer,
      });
      return b.gevonden ? true : null;
    });
    const registratie = await zsmPost(zsmUrl, om, '/v1/zsm/registraties', {
      zsmReferentie,
      vNummer,
      aanhoudingOp: new Date(Date.now() - 2 * 60 * 60_000).toISOString(),
      delict: categorie('OVERLAST_OPVANGLOCATIE'),
      omschrijving: `E2E ketenbeeld (synthetisch): vernieling — ${kenmerk}`,
      vpt: false,
      voorlopigeHechtenisToegestaan: false,
      zsmLocatie: 'ZSM Noord-Nederland (E2E)',
    });
    zsmRegistratieId = registratie.id;
    await zsmPost(zsmUrl, om, `/v1/zsm/registraties/${registratie.id}/afdoeningen`, {
      soort: 'INVERZEKERINGSTELLING',
      besluitOp: new Date().toISOString(),
      toelichting: `Voorgeleiding volgt (E2E ${kenmerk})`,
    });
    await zsmPost(zsmUrl, tokens['dji-detentiemelder'], '/v1/detenties', {
      vNummer,
      soort: 'POLITIECEL',
      begin: new Date(Date.now() - 60 * 60_000).toISOString(),
      inrichting: `Politiebureau Emmen (E2E ${kenmerk})`,
    });
    detentieGemeld = true;
    // The registration becomes an OM signal on the person: from then on the OM may see them.
    await wachtOp(page, 'OM-signaal uit de ZSM-registratie bij de persoon', async () => {
      const { persoon } = await gqlData(
        basis,
        om,
        `query($id: ID!) { persoon(id: $id) { signalen { bronOrganisatie } } }`,
        {
          id: persoonId,
        },
      );
      return persoon?.signalen.some((s) => s.bronOrganisatie === 'OM') ? true : null;
    });
  }

  zetStap('ketenbeeld: Dublinakkoord en afdoeningsadvies (GraphQL)');
  await gqlData(
    basis,
    ind,
    `mutation($p: ID!, $l: String!, $a: String!) { registreerDublinAkkoord(persoonId: $p, lidstaat: $l, akkoordOp: $a) { lidstaat } }`,
    { p: persoonId, l: 'DE', a: new Date(Date.now() - 86_400_000).toISOString() },
  );
  const adviesTekst = `Kernteam adviseert voorgeleiding (E2E ${kenmerk})`;
  await gqlData(
    basis,
    ind,
    `mutation($p: ID!, $t: String!) { schrijfAfdoeningsadvies(persoonId: $p, tekst: $t) { door } }`,
    { p: persoonId, t: adviesTekst },
  );
  // Wait until casusregie and zsm have everything (the page is then checked against the API).
  const api = {};
  const haalApi = async (persona) => {
    const body = await gql(basis, tokens[persona], KETENBEELD_API, { id: persoonId });
    if (body.errors?.length)
      throw new Error(
        `Ketenbeeld via de gateway als ${persona}: ${JSON.stringify(body.errors).slice(0, 400)}`,
      );
    return body.data.persoon;
  };
  await wachtOp(page, 'Ketenbeeld compleet via de gateway (IND)', async () => {
    const p = await haalApi('ind-procesregisseur');
    const compleet =
      p &&
      p.signalen.length >= (zsmUrl ? 4 : 3) &&
      p.casussen.some((c) => c.id === casusId && c.maatregelen.length > 0) &&
      p.plaatsingen.length > 0 &&
      p.inhuisregistratiePlichten.length > 0 &&
      p.procedurePlannen.length > 0 &&
      p.dublinClaim !== null &&
      p.afdoeningsadvies !== null &&
      (!zsmUrl || (p.zsmRegistraties.length > 0 && p.detenties.length > 0));
    return compleet ? p : null;
  });

  // ---------------------------------------------------------------- (b) search from #/personen
  zetStap('ketenbeeld: persoon zoeken op #/personen');
  await page.goto(naar('#/personen'), { waitUntil: 'domcontentloaded' });
  await wisselPersona(page, verwacht, 'ind-procesregisseur');
  await page.goto(naar('#/personen'));
  await verwacht(tid('personen-pagina'), 'Pagina Personen');
  await verwacht(`${tid('personen-zoekvak')}[role="search"]`, 'Zoekvak (search landmark)');
  await verwacht(tid('personen-start'), 'Uitleg zonder zoekterm');
  await page.locator(tid('personen-zoekvak-knop')).click();
  await verwacht(tid('fout-personen-zoekvak-term'), 'Veldfout: zoekterm te kort');
  if ((await page.locator(tid('personen-zoekvak-term')).getAttribute('aria-invalid')) !== 'true')
    throw new Error('Zoekveld is niet als ongeldig gemarkeerd (aria-invalid)');
  // A part of the name, the COA-nummer, then the V-nummer: the person is found each time (signalen's
  // zoekPersonen); the last search is the one the ketenbeeld is opened from.
  const zoek = async (term, gevondenOp) => {
    await page.locator(tid('personen-zoekvak-term')).fill(term);
    await page.locator(tid('personen-zoekvak-term')).press('Enter');
    await page.waitForFunction(
      (t) => new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('zoek') === t,
      term,
    );
    await verwacht(
      `${tid('personen-resultaten')}, ${tid('personen-leeg')}, ${tid('fout-personen')}`,
      `Zoekresultaat of lege staat voor '${term}'`,
    );
    if ((await page.locator(tid('fout-personen')).count()) > 0)
      throw new Error(
        `Zoeken op '${term}' gaf een fout: ${await page.locator(tid('fout-personen')).innerText()}`,
      );
    await verwacht(tid(`persoon-treffer-${persoonId}`), `De persoon in de resultaten voor '${term}'`);
    const regel = await page.locator(tid(`persoon-treffer-${persoonId}`)).innerText();
    if (!regel.includes(`gevonden op ${gevondenOp}`))
      throw new Error(`Zoeken op '${term}': verwacht 'gevonden op ${gevondenOp}', zag: ${regel}`);
  };
  await zoek(kenmerk.slice(2, 10).toLowerCase(), 'naam');
  await zoek(coaNummer, 'COA-nummer');
  await zoek(vNummer, 'V-nummer');
  await page.locator(tid('personen-zoekvak-term')).fill('0000000001');
  await page.locator(tid('personen-zoekvak-term')).press('Enter');
  await verwacht(tid('personen-leeg'), 'Lege staat voor een V-nummer dat niemand heeft');
  await page.goto(naar(`#/personen?zoek=${vNummer}`));
  await verwacht(tid(`persoon-treffer-${persoonId}`), 'De persoon gevonden op V-nummer');
  const treffer = await page.locator(tid(`persoon-treffer-${persoonId}`)).innerText();
  for (const deel of [persoonNaam, vNummer, 'Algerije', '1 jun 1992'])
    if (!treffer.includes(deel)) throw new Error(`Zoekresultaat noemt '${deel}' niet: ${treffer}`);
  await foto('ketenbeeld-zoekresultaat', { fullPage: false });
  // The ketenbeeld is ONE federated query: no second request for the person's data.
  const operaties = [];
  const luister = (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname.endsWith('/graphql'))
      operaties.push(req.postDataJSON()?.operationName ?? '?');
  };
  page.on('request', luister);
  await page.locator(tid(`persoon-resultaat-${persoonId}`)).click();
  await verwacht(tid('persoon-detail'), 'Ketenbeeld geopend vanuit het zoekresultaat');
  await page.waitForTimeout(1_000);
  page.off('request', luister);
  const ketenbeeldVragen = operaties.filter((o) => o === 'Ketenbeeld').length;
  const oudeVragen = operaties.filter((o) =>
    ['Persoon', 'PersoonPlanning', 'PlanningLocaties', 'SignaalOpties'].includes(o),
  );
  if (ketenbeeldVragen !== 1 || oudeVragen.length)
    throw new Error(
      `Het ketenbeeld deed ${ketenbeeldVragen}× Ketenbeeld en ook ${oudeVragen.join(', ') || 'niets'} (alle: ${operaties.join(', ')})`,
    );
  if (!page.url().endsWith(`#/personen/${persoonId}`))
    throw new Error(`Het resultaat opende ${page.url()}, verwacht #/personen/${persoonId}`);

  // ---------------------------------------------------------------- (c) the ketenbeeld (IND)
  zetStap('ketenbeeld: blokken en bronregels (IND-procesregisseur)');
  const p = await haalApi('ind-procesregisseur');
  const gezien = {};
  const controleerPersona = async (persona) => {
    const verwachtP = persona === 'ind-procesregisseur' ? p : await haalApi(persona);
    api[persona] = verwachtP;
    if (!verwachtP) {
      await verwacht(tid('persoon-niet-gevonden'), `"Persoon niet gevonden of geen toegang" voor ${persona}`);
      if ((await page.locator(tid('persoon-detail')).count()) > 0)
        throw new Error(`${persona} krijgt geen persoon van de gateway maar ziet toch een ketenbeeld`);
      return { persona, persoon: false };
    }
    await verwacht(tid('persoon-detail'), `Ketenbeeld als ${persona}`);
    await verwacht(tid('blok-signalen'), `Blok Signalen als ${persona}`);
    const titel = await page.locator('#persoon-titel').innerText();
    if (!titel.includes(persoonNaam)) throw new Error(`Ketenbeeld als ${persona} toont '${titel}'`);
    // Signals: exactly those the gateway gives this token.
    const rijen = await page
      .locator(`${tid('ketenbeeld-signalen')} tbody tr`)
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-testid').replace('ketenbeeld-signaal-', '')));
    const apiIds = verwachtP.signalen.map((s) => s.id);
    if (rijen.length !== apiIds.length || !apiIds.every((id) => rijen.includes(id)))
      throw new Error(`Signalen als ${persona}: pagina ${rijen.join(',')} — gateway ${apiIds.join(',')}`);
    // The source line of the signals names exactly the organisations of those signals.
    const bronSignalen = await page.locator(tid('bron-signalen')).innerText();
    const orgs = [...new Set(verwachtP.signalen.map((s) => orgKort(s.bronOrganisatie)))];
    for (const o of orgs)
      if (!bronSignalen.includes(o))
        throw new Error(`Bronregel Signalen als ${persona} noemt ${o} niet: ${bronSignalen}`);
    for (const o of ['COA', 'Politie', 'Gemeente', 'OM'].filter((x) => !orgs.includes(x)))
      if (new RegExp(`\\b${o}\\b`).test(bronSignalen.split('·')[0]))
        throw new Error(
          `Bronregel Signalen als ${persona} noemt ${o}, maar die signalen krijgt deze persona niet: ${bronSignalen}`,
        );
    if (!DUTCH_TIJDSTIP.test(bronSignalen) || !bronSignalen.includes('laatst bijgewerkt'))
      throw new Error(`Bronregel Signalen zegt niet wanneer (Nederlands formaat): ${bronSignalen}`);
    // Every block: there exactly when the API gives its data.
    const blokken = verwachteBlokken(verwachtP);
    const mis = [];
    for (const [blok, hoort] of Object.entries(blokken)) {
      const er = (await page.locator(tid(blok)).count()) > 0;
      if (er !== hoort)
        mis.push(`${blok} ${er ? 'getoond' : 'ontbreekt'} (gateway: ${hoort ? 'gegevens' : 'niets'})`);
    }
    if (mis.length) throw new Error(`Ketenbeeld als ${persona}: ${mis.join('; ')}`);
    // Nothing greyed out or failed: no error states, no "geen toegang" texts.
    const fout = await page.locator('[data-staat="fout"], [data-testid="persoon-deelfout"]').count();
    if (fout > 0) throw new Error(`Ketenbeeld als ${persona} toont een foutstaat`);
    const tekst = await page.locator(tid('persoon-detail')).innerText();
    if (/geen toegang/i.test(tekst))
      throw new Error(`Ketenbeeld als ${persona} toont "geen toegang" in plaats van niets`);
    // Each shown block has a source line with who (and, with data, when).
    for (const [blok, hoort] of Object.entries(blokken)) {
      if (!hoort || ['blok-planning', 'blok-strafrecht'].includes(blok)) continue;
      const bron = page.locator(`${tid(blok)} .bronregel`).first();
      if ((await bron.count()) === 0) throw new Error(`${blok} als ${persona} heeft geen bronregel`);
      if (!(await bron.innerText()).startsWith('Bron:'))
        throw new Error(`${blok}: bronregel '${await bron.innerText()}'`);
    }
    gezien[persona] = Object.entries(blokken)
      .filter(([, v]) => v)
      .map(([k]) => k.replace('blok-', ''));
    return { persona, persoon: true, blokken: gezien[persona] };
  };

  await controleerPersona('ind-procesregisseur');
  const blok = (id) => page.locator(tid(id));
  const bron = async (id) => (await page.locator(tid(`bron-${id}`)).innerText()).replace(/\s+/g, ' ');
  // Identity.
  const identiteit = await blok('blok-identiteit').innerText();
  for (const deel of [vNummer, persoonNaam, 'Algerije (DZA)', coaNummer, '1 jun 1992'])
    if (!identiteit.includes(deel)) throw new Error(`Identiteit noemt '${deel}' niet: ${identiteit}`);
  const bronId = await bron('identiteit');
  for (const o of ['COA', 'Politie', 'Gemeente'])
    if (!bronId.includes(o)) throw new Error(`Bron identiteit: ${bronId}`);
  // Case with timeline; its source line names the participants and the case's last change.
  const casus = p.casussen.find((c) => c.id === casusId);
  await verwacht(`${tid('blok-casus')} ${tid(`ketenbeeld-casus-${casusId}`)}`, 'De casus in het ketenbeeld');
  await verwacht(
    `${tid(`ketenbeeld-tijdlijn-${casusId}`)} ${tid('ketenbeeld-tijdlijn-regel')}`,
    'Tijdlijn van de casus',
  );
  const bronCasus = await bron('casus');
  for (const o of casus.deelnemers.map(orgKort))
    if (!bronCasus.includes(o)) throw new Error(`Bron casus noemt deelnemer ${o} niet: ${bronCasus}`);
  const bijgewerkt = tijdstipFormaat.format(Date.parse(casus.bijgewerktOp));
  if (!bronCasus.includes(`laatst bijgewerkt ${bijgewerkt}`))
    throw new Error(
      `Bron casus zegt niet 'laatst bijgewerkt ${bijgewerkt}' (casus.bijgewerktOp): ${bronCasus}`,
    );
  // Measures and deadlines.
  await verwacht(tid(`ketenbeeld-maatregel-${pasMaatregelToe.id}`), 'De maatregel in het ketenbeeld');
  // Who applied the measure: its line on the case timeline (the owner is in the table).
  const toegepastDoor = orgKort(
    casus.tijdlijn.find((r) => r.soort === 'MAATREGEL' && r.refId === pasMaatregelToe.id)?.organisatie ?? '?',
  );
  const bronMaatregelen = await bron('maatregelen');
  if (!bronMaatregelen.includes(toegepastDoor) || !DUTCH_TIJDSTIP.test(bronMaatregelen))
    throw new Error(
      `Bron maatregelen noemt ${toegepastDoor} (tijdlijn) of het moment niet: ${bronMaatregelen}`,
    );
  const eigenaar = orgKort(casus.maatregelen.find((m) => m.id === pasMaatregelToe.id).eigenaar);
  if (!(await page.locator(tid(`ketenbeeld-maatregel-${pasMaatregelToe.id}`)).innerText()).includes(eigenaar))
    throw new Error(`De maatregel noemt eigenaar ${eigenaar} niet`);
  for (const t of [`actie-${maakActie.id}`, `maatregel-${pasMaatregelToe.id}`, `ttsd-${casusId}`, 'dublin'])
    await verwacht(tid(`ketentermijn-${t}`), `Termijn ${t}`);
  // Planning.
  await verwacht(
    `${tid('blok-plaatsingen')} ${tid(`persoon-plaatsing-${stelPlaatsingVoor.id}`)}`,
    'De plaatsing',
  );
  await verwacht(
    `${tid('blok-inhuisregistratie')} ${tid(`plicht-${legInhuisregistratieOp.id}`)}`,
    'De inhuisregistratie',
  );
  await verwacht(`${tid('blok-procedureplannen')} ${tid(`persoon-plan-${casusId}`)}`, 'Het procedureplan');
  const kengetal = (await page.locator(tid(`ketenbeeld-ttsd-kengetal-${casusId}`)).innerText()).trim();
  if (kengetal !== plan.ttsd.kengetal)
    throw new Error(`Kengetal op het ketenbeeld '${kengetal}', planning noemt het '${plan.ttsd.kengetal}'`);
  if (!(await blok('blok-procedureplannen').locator('h2').innerText()).includes(plan.ttsd.kengetal))
    throw new Error('De kop van het procedureplan noemt het kengetal niet');
  if (!(await bron('inhuisregistratie')).includes('COA'))
    throw new Error(`Bron inhuisregistratie: ${await bron('inhuisregistratie')}`);
  // ZSM, detention, Dublin, advice: each with its supplier.
  if (zsmRegistratieId) {
    await verwacht(tid(`strafrecht-registratie-${zsmRegistratieId}`), 'De ZSM-registratie');
    const bronZsm = await bron('zsm-contacten');
    if (!bronZsm.includes('OM') || !DUTCH_TIJDSTIP.test(bronZsm))
      throw new Error(`Bron ZSM-contacten: ${bronZsm}`);
  }
  if (detentieGemeld) {
    await verwacht(`${tid('blok-detenties')} [data-testid^="strafrecht-detentie-"]`, 'De detentie');
    if (!(await bron('detenties')).includes('DJI'))
      throw new Error(`Bron detenties: ${await bron('detenties')}`);
  }
  if (!(await page.locator(tid('dublin-lidstaat')).innerText()).includes('DE'))
    throw new Error('Dublinclaim toont DE niet');
  if (!(await bron('dublin')).includes('IND')) throw new Error(`Bron Dublinclaim: ${await bron('dublin')}`);
  if ((await page.locator(tid('advies-huidig')).innerText()).trim() !== adviesTekst)
    throw new Error('Advies niet letterlijk');
  const bronAdvies = await bron('advies');
  if (
    !bronAdvies.includes(p.afdoeningsadvies.door) ||
    !bronAdvies.includes(tijdstipFormaat.format(Date.parse(p.afdoeningsadvies.bijgewerktOp)))
  )
    throw new Error(`Bron advies noemt schrijver of moment niet: ${bronAdvies}`);
  geenDialogen();

  // Screenshots at 1280×800 and 768×1024; no horizontal overflow on the tablet.
  zetStap('ketenbeeld: schermafdrukken 1280×800 en 768×1024');
  await page.evaluate(() => window.scrollTo(0, 0));
  await foto('ketenbeeld-1280x800', { fullPage: false });
  await foto('ketenbeeld-1280-volledig');
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.waitForTimeout(200);
  const overloop = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overloop > 0) throw new Error(`Ketenbeeld op 768 px breed loopt ${overloop} px horizontaal over`);
  await foto('ketenbeeld-768x1024', { fullPage: false });
  await foto('ketenbeeld-768-volledig');
  await page.setViewportSize({ width: 1280, height: 800 });

  // Accessibility: headings per block, landmarks, labels; no serious axe findings.
  zetStap('ketenbeeld: toegankelijkheidsscan (axe)');
  const axeBron = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const scan = async (selector) => {
    await page.evaluate(axeBron);
    const r = await page.evaluate(async (sel) => {
      const res = await window.axe.run(document.querySelector(sel), {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      return res.violations.map((x) => ({
        id: x.id,
        impact: x.impact,
        aantal: x.nodes.length,
        doel: x.nodes[0]?.target,
      }));
    }, selector);
    const ernstig = r.filter((x) => x.impact === 'serious' || x.impact === 'critical');
    if (ernstig.length)
      throw new Error(`axe vond ernstige schendingen in ${selector}: ${JSON.stringify(ernstig)}`);
    return r;
  };
  const axeKetenbeeld = await scan(tid('persoon-detail'));
  const koppen = await page
    .locator(`${tid('persoon-detail')} [data-testid^="blok-"]`)
    .evaluateAll((bs) =>
      bs
        .filter((b) => /^blok-[a-zA-Z]+$/.test(b.getAttribute('data-testid')) && b.tagName === 'SECTION')
        .map((b) => [
          b.getAttribute('data-testid'),
          Boolean(b.querySelector('h2, h3')),
          b.getAttribute('aria-labelledby'),
        ]),
    );
  const zonderKop = koppen.filter(([, kop, label]) => !kop || !label);
  if (zonderKop.length)
    throw new Error(`Blokken zonder kop of aria-labelledby: ${zonderKop.map((k) => k[0]).join(', ')}`);

  // Keyboard: "Op deze pagina" moves focus to a block's heading.
  await page.locator(tid('naar-blok-termijnen')).focus();
  await page.keyboard.press('Enter');
  const focus = await page.evaluate(() => document.activeElement?.id);
  if (focus !== 'blok-termijnen-titel') throw new Error(`"Op deze pagina" zette de focus op '${focus}'`);

  // The compact search box in the page header leads to #/personen?zoek=….
  await page.locator(tid('persoon-zoekvak-term')).fill(vNummer);
  await page.locator(tid('persoon-zoekvak-knop')).click();
  await page.waitForFunction((v) => window.location.hash === `#/personen?zoek=${v}`, vNummer);
  await verwacht(tid('personen-pagina'), 'Zoekpagina vanuit de kop van het ketenbeeld');
  const axeZoeken = await scan(tid('personen-pagina'));

  // ---------------------------------------------------------------- (d) states: loading, error, empty
  zetStap('ketenbeeld: laad-, fout- en lege staat');
  await page.route('**/graphql', async (route) => {
    const body = route.request().postDataJSON();
    if (body?.operationName !== 'Ketenbeeld') return route.fallback();
    await new Promise((r) => setTimeout(r, 1_500));
    const antwoord = await route.fetch();
    const json = await antwoord.json();
    // planning's placements fail; the case's measures are empty.
    // Each service's part comes under its own alias (planning, kernteam): see persoon.graphql.ts.
    json.data.planning.plaatsingen = null;
    json.errors = [
      ...(json.errors ?? []),
      {
        message: 'Planning antwoordt niet (E2E)',
        path: ['planning', 'plaatsingen'],
        extensions: { code: 'E2E' },
      },
    ];
    for (const c of json.data.kernteam.casussen) c.maatregelen = [];
    await route.fulfill({ response: antwoord, json });
  });
  // A full reload: an empty cache, so the page waits for the (delayed) answer.
  await page.goto(naar(`#/personen/${persoonId}`));
  await page.reload({ waitUntil: 'domcontentloaded' });
  await verwacht(tid('persoon-laden'), 'Laadstaat van het ketenbeeld');
  await verwacht(`${tid('blok-laden-signalen')}[aria-busy="true"]`, 'Blok Signalen in de laadstaat');
  await foto('ketenbeeld-laden', { fullPage: false });
  await verwacht(tid('blok-plaatsingen-fout'), 'Foutstaat van het blok Plaatsingen');
  await verwacht(tid('blok-maatregelen-leeg'), 'Lege staat van het blok Maatregelen');
  // The other blocks still show.
  await verwacht(
    `${tid('blok-procedureplannen')} ${tid(`persoon-plan-${casusId}`)}`,
    'Procedureplan naast een falend blok',
  );
  await blok('blok-plaatsingen').scrollIntoViewIfNeeded();
  await foto('ketenbeeld-blok-fout-en-leeg', { fullPage: false });
  await page.unroute('**/graphql');
  geenDialogen();

  // ---------------------------------------------------------------- (e) every persona: need-to-know
  const perPersona = [];
  for (const persona of PERSONAS) {
    zetStap(`ketenbeeld: need-to-know als ${persona}`);
    await wisselPersona(page, verwacht, persona);
    await page.goto(naar(`#/personen/${persoonId}`));
    perPersona.push(await controleerPersona(persona));
    await page.evaluate(() => window.scrollTo(0, 0));
    await foto(`ketenbeeld-${persona}`, { fullPage: false });
    // The search applies the same need-to-know: found exactly when the persona may see the person.
    await page.goto(naar(`#/personen?zoek=${vNummer}`));
    await verwacht(`${tid('personen-resultaten')}, ${tid('personen-leeg')}`, `Zoekresultaat als ${persona}`);
    const gevonden = (await page.locator(tid(`persoon-treffer-${persoonId}`)).count()) > 0;
    if (gevonden !== Boolean(api[persona]))
      throw new Error(
        `Zoeken als ${persona} ${gevonden ? 'vindt' : 'vindt niet'} de persoon, de gateway geeft persoon(id) ${api[persona] ? 'wel' : 'niet'}`,
      );
    geenDialogen();
  }
  // A municipality sees its own signals only, and no case or planning.
  const gemeente = api['gemeente-melder'];
  if (gemeente && gemeente.signalen.some((s) => s.bronOrganisatie !== 'GEMEENTE'))
    throw new Error('De gateway geeft de gemeente signalen van anderen');

  if (vorigeViewport) await page.setViewportSize(vorigeViewport);
  return {
    persoonId,
    vNummer,
    casusId,
    graphqlBijOpenen: operaties,
    perPersona,
    axe: [...axeKetenbeeld, ...axeZoeken].map((x) => `${x.id} (${x.impact})`),
  };
}
