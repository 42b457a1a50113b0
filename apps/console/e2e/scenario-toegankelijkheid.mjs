// Browser scenario of accessibility and need-to-know per persona (issue 8, "Quality a government user
// expects"), called from console.e2e.mjs with its context. Works on whatever data is in the database.
//
// For every persona of the development IdP (packages/testing personas) it signs in in its own browser
// context and opens every main page: axe-core with the WCAG 2.0/2.1 A and AA rules on the whole
// document (fails on any serious or critical finding, naming page, rule, node and help text); the
// navigation offers exactly what the gateway lets that persona's token use; pages the persona may not
// see show a notice and no data, and pages they may see show exactly the items the gateway returns for
// the same token (no counts written into the test). The privacy officer (no operational rights) is
// offered the processing log alone: every other page says "niet beschikbaar voor uw rol" and asks the
// services nothing; every other persona gets "geen toegang" on the log. For each persona the header's
// purpose select (name, keyboard focus, contrast on the dark header) is checked. The IND procesregisseur's pass runs on the main
// page: a screenshot of each main page at 1280×800 and 768×1024 (no horizontal overflow at the tablet
// width), then the keyboard (Tab through the signal form, a case and the placement proposal: focus
// always visible, every control reachable; Escape closes dialogs) and the date inputs' format.
import { axeScan, beschrijfSchendingen, ernstig } from './axe.mjs';
import { gql, haalToken, tid } from './hulp.mjs';

/** The persona whose pass runs on the main page (screenshots, tablet size, keyboard). */
const HOOFDPERSONA = 'ind-procesregisseur';
/** A national role: sees everything, so its items serve as "someone else's" for the others. */
const REFERENTIE = 'dgm-analist';
/** Browser contexts at once for the other personas. */
const GELIJKTIJDIG = 4;
const KLAAR_MS = 15_000;
const RUST_MS = 10_000;

const NATIONALE_ROLLEN = ['ANALIST_NATIONAAL', 'KETENMARINIER'];
const KERNTEAM = ['IND', 'COA', 'DTV'];

/** Links in the navigation every signed-in persona gets (the pages themselves apply need-to-know). */
const NAV_ALTIJD = [
  'nav-werkvoorraad',
  'nav-termijnen',
  'nav-signalen',
  'nav-nieuw-signaal',
  'nav-personen',
  'nav-casussen',
  'nav-dagoverzicht',
  'nav-dashboard',
];
const NAV_KERNTEAMWERK = ['nav-voorstellen', 'nav-overleggen', 'nav-cijfers'];
/** Operational work: every role but the privacy officer's (app/rechten heeftOperationeleRechten). */
const operationeel = (rollen) =>
  !rollen.includes('PRIVACY_OFFICER') || rollen.some((r) => r !== 'PRIVACY_OFFICER');
/** The purpose a persona's session starts with, for the log: the privacy officer's (app/doel standaardDoel). */
const logDoel = (rollen) => (rollen.includes('PRIVACY_OFFICER') ? 'PRIVACYTOEZICHT' : 'CASUSREGIE');
const NAV_PLANNING = [
  'nav-capaciteit',
  'nav-plaatsingen',
  'nav-inhuisregistratie',
  'nav-planning',
  'nav-ind-slots',
];

// ---------------------------------------------------------------- gateway

async function idpUrl(basis) {
  const config = await (await fetch(new URL('config.json', basis))).json();
  return new URL(config.idpUrl, basis).href.replace(/\/$/, '');
}

/**
 * One field through the gateway with a persona's token: `{ data }`, or `{ geweigerd: code }` when the
 * service refuses (FORBIDDEN, NOT_FOUND) or answers null for the field.
 */
async function vraag(basis, token, veld, query, variables = {}, doel = 'CASUSREGIE') {
  const body = await gql(basis, token, query, variables, doel);
  const code = body.errors?.[0]?.extensions?.code;
  if (body.errors?.length) {
    if (['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(code)) return { geweigerd: code };
    throw new Error(`gateway (${veld}): ${JSON.stringify(body.errors).slice(0, 400)}`);
  }
  const data = body.data?.[veld];
  return data === null || data === undefined ? { geweigerd: 'NULL' } : { data };
}

const dagFormaat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** What the gateway gives this persona's token: the items the console pages should show. */
async function apiBeeld(basis, token, rollen) {
  const v = (veld, query, variables, doel) => vraag(basis, token, veld, query, variables, doel);
  const vandaag = dagFormaat.format(Date.now());
  const periode = {
    van: `${Number(vandaag.slice(0, 4)) - 1}${vandaag.slice(4)}T00:00:00Z`,
    tot: `${vandaag}T23:59:59Z`,
  };
  const [
    signalen,
    casussen,
    voorstellen,
    overleggen,
    dagoverzicht,
    verantwoording,
    achterstand,
    perLocatie,
    capaciteit,
    plaatsingen,
    plannen,
    indSlots,
    zsm,
    beoordeling,
    verwerkingslog,
  ] = await Promise.all([
    v('signalen', `{ signalen(eerste: 50) { items { id bronOrganisatie personen { id naam } } } }`),
    v('casussen', `{ casussen(eerste: 50) { totaal items { id } } }`),
    v('casusVoorstellen', `{ casusVoorstellen(status: ["OPEN"]) { id } }`),
    v('overleggen', `{ overleggen { id } }`),
    v('dagoverzicht', `{ dagoverzicht { id casussen { casusId } } }`),
    v(
      'verantwoording',
      `query($van: String!, $tot: String!) { verantwoording(van: $van, tot: $tot) { behandeld } }`,
      periode,
    ),
    v('actieAchterstand', `{ actieAchterstand { organisatie } }`),
    v(
      'signalenPerLocatie',
      `query($van: String!, $tot: String!) { signalenPerLocatie(van: $van, tot: $tot) { locatie } }`,
      periode,
    ),
    v('capaciteitsbord', `{ capaciteitsbord(weken: 1) { locatie { code } } }`),
    v('plaatsingen', `{ plaatsingen(eerste: 200) { id } }`),
    v('procedurePlannen', `{ procedurePlannen(eerste: 200) { casus { id } } }`),
    v('indSlotKalender', `{ indSlotKalender(weken: 1) { week } }`),
    v('zsmOverzicht', `{ zsmOverzicht(eerste: 50) { registraties { id } } }`),
    // A dry run for a person planning does not know: NOT_FOUND for who may propose, else FORBIDDEN.
    v(
      'beoordeelPlaatsing',
      `query($i: PlaatsingVoorstelInvoer!) { beoordeelPlaatsing(invoer: $i) { toegestaan } }`,
      { i: { persoonId: '00000000-0000-0000-0000-000000000000', locatie: 'PBL_TER_APEL', van: vandaag } },
    ),
    // The processing log, with the purpose the console's session would state.
    v('signalenVerwerkingen', `{ signalenVerwerkingen(eerste: 1) { volgnummer } }`, {}, logDoel(rollen)),
  ]);
  return {
    signalen,
    casussen,
    voorstellen,
    overleggen,
    dagoverzicht,
    verantwoording,
    achterstand,
    perLocatie,
    capaciteit,
    plaatsingen,
    plannen,
    indSlots,
    zsm,
    beoordeling,
    verwerkingslog,
  };
}

const mag = (antwoord) => antwoord.data !== undefined;
const ids = (antwoord, pak = (x) => x.id) => (antwoord.data ?? []).map(pak);

// ---------------------------------------------------------------- browser helpers

async function aanmelden(page, basis, persona) {
  if ((await page.locator(tid('afmelden')).count()) > 0) await page.locator(tid('afmelden')).click();
  await page.goto(basis.href, { waitUntil: 'domcontentloaded' });
  if ((await page.locator(tid('afmelden')).count()) > 0) await page.locator(tid('afmelden')).click();
  await page.locator(tid(`persona-${persona}`)).click();
  await page.locator(tid('aangemeld-als')).waitFor({ state: 'visible' });
}

/** Wait until one of `klaar` is visible and nothing in the main content is loading any more. */
async function wachtTotKlaar(page, klaar, wat) {
  try {
    await page.locator(klaar.join(', ')).first().waitFor({ state: 'visible', timeout: KLAAR_MS });
  } catch {
    const tekst = await page
      .locator('#hoofdinhoud')
      .innerText()
      .catch(() => '');
    throw new Error(
      `${wat}: niet geladen (${klaar.join(' | ')}); op de pagina: ${tekst.replace(/\s+/g, ' ').slice(0, 300)}`,
    );
  }
  await page
    .waitForFunction(
      () => {
        const main = document.getElementById('hoofdinhoud');
        if (!main) return false;
        const bezig = [...main.querySelectorAll('.laden, [aria-busy="true"], [data-staat="laden"]')].filter(
          (e) => e.getClientRects().length > 0,
        );
        return bezig.length === 0;
      },
      null,
      { timeout: RUST_MS },
    )
    .catch(() => undefined);
}

/** The data-testids with a prefix, without the prefix (item ids shown on the page). */
async function getoond(page, selector, prefix) {
  const testids = await page
    .locator(selector)
    .evaluateAll((es) => es.map((e) => e.getAttribute('data-testid')));
  return testids.filter((t) => t?.startsWith(prefix)).map((t) => t.slice(prefix.length));
}

const zelfde = (a, b) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
const verschil = (a, b) => ({
  teVeel: a.filter((x) => !b.includes(x)),
  mist: b.filter((x) => !a.includes(x)),
});

/** Dates and times written by the console must be Dutch: no US dates, AM/PM or English month names. */
const ENGELS =
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}:\d{2}\s?(AM|PM)\b|\b(January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;

/** Horizontal overflow of the page at the current width, with the widest culprits. */
async function overloop(page) {
  return page.evaluate(() => {
    const breedte = window.innerWidth;
    const te = document.documentElement.scrollWidth - breedte;
    if (te <= 0) return null;
    const schuift = (e) => {
      for (let p = e.parentElement; p; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
      }
      return false;
    };
    const daders = [...document.body.querySelectorAll('*')]
      .filter((e) => e.getBoundingClientRect().right > breedte + 1 && !schuift(e))
      .slice(0, 4)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''}${e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : ''} (${Math.round(e.getBoundingClientRect().right)}px)`,
      );
    return `${te}px te breed: ${daders.join(', ')}`;
  });
}

// ---------------------------------------------------------------- the pages

/**
 * Every main page: `hash` (from the context), `klaar` (any of these means loaded), `geenToegang` (the
 * notice for a persona who may not see it: then none of `gegevens` may be on the page), and `controle`
 * (what the page must show compared with the gateway's answer for the same persona).
 */
function paginas() {
  return [
    {
      naam: 'werkvoorraad',
      hash: () => '#/werkvoorraad',
      klaar: [tid('werkvoorraad-pagina')],
    },
    {
      naam: 'signalen',
      hash: () => '#/signalen',
      klaar: [tid('signalen-tabel'), tid('signalen-leeg')],
      leeg: tid('signalen-leeg'),
      lijst: {
        selector: '[data-testid^="signaal-link-"]',
        prefix: 'signaal-link-',
        async api(v, persona, fout) {
          const items = (await v('signalen', `{ signalen(eerste: 50) { items { id bronOrganisatie } } }`))
            .data.items;
          // A reporter (not kernteam, not national) sees only its own organisation's signals.
          const vreemd = persona.alles ? [] : items.filter((x) => x.bronOrganisatie !== persona.organisatie);
          if (vreemd.length)
            fout(
              `signalen: ${persona.id} krijgt signalen van ${[...new Set(vreemd.map((x) => x.bronOrganisatie))].join(', ')}`,
            );
          return items.map((x) => x.id);
        },
      },
    },
    { naam: 'nieuw-signaal', hash: () => '#/signalen/nieuw', klaar: [tid('signaal-formulier')] },
    {
      naam: 'signaal',
      hash: (c) => `#/signalen/${c.signaal.id}`,
      klaar: [tid('signaal-detail'), tid('signaal-niet-gevonden')],
      async controle({ page, c, fout }) {
        const gevonden = (await page.locator(tid('signaal-detail')).count()) > 0;
        if (gevonden !== c.signaal.zichtbaar)
          fout(
            `signaal ${c.signaal.id}: pagina ${gevonden ? 'toont het' : 'zegt niet gevonden'}, gateway ${c.signaal.zichtbaar ? 'geeft het' : 'weigert'}`,
          );
      },
    },
    {
      naam: 'personen',
      hash: (c) => `#/personen?zoek=${encodeURIComponent(c.zoekterm)}`,
      klaar: [tid('personen-resultaten'), tid('personen-leeg')],
      lijst: {
        selector: '[data-testid^="persoon-treffer-"]',
        prefix: 'persoon-treffer-',
        api: async (v, _p, _f, c) =>
          (
            await v(
              'zoekPersonen',
              `query($t: String!) { zoekPersonen(zoekterm: $t, eerste: 25) { treffers { persoon { id } } } }`,
              { t: c.zoekterm },
            )
          ).data.treffers.map((t) => t.persoon.id),
      },
    },
    {
      naam: 'persoon',
      hash: (c) => `#/personen/${c.persoon.id}`,
      klaar: [tid('persoon-detail'), tid('persoon-niet-gevonden')],
      async controle({ page, c, fout }) {
        const gevonden = (await page.locator(tid('persoon-detail')).count()) > 0;
        if (gevonden !== c.persoon.zichtbaar)
          fout(
            `persoon ${c.persoon.id}: pagina ${gevonden ? 'toont de persoon' : 'zegt niet gevonden'}, gateway ${c.persoon.zichtbaar ? 'geeft de persoon' : 'geeft null'}`,
          );
      },
    },
    {
      naam: 'casussen',
      hash: () => '#/casussen',
      klaar: [tid('casussen-tabel'), tid('casussen-leeg')],
      leeg: tid('casussen-leeg'),
      lijst: {
        selector: '[data-testid^="casus-link-"]',
        prefix: 'casus-link-',
        async api(v, _p, _f, _c, page) {
          const { totaal, items } = (await v('casussen', `{ casussen(eerste: 50) { totaal items { id } } }`))
            .data;
          if (items.length) {
            const getoondTotaal = Number(await page.locator(tid('casussen-totaal')).innerText());
            if (getoondTotaal !== totaal) return [`totaal ${getoondTotaal} ≠ ${totaal}`];
          }
          return items.map((x) => x.id);
        },
      },
    },
    {
      naam: 'casus',
      hash: (c) => `#/casussen/${c.casus.id}`,
      klaar: [tid('casus-detail'), tid('casus-niet-gevonden')],
      async controle({ page, c, fout }) {
        const gevonden = (await page.locator(tid('casus-kop')).count()) > 0;
        if (gevonden !== c.casus.zichtbaar)
          fout(
            `casus ${c.casus.id}: pagina ${gevonden ? 'toont de casus' : 'zegt niet gevonden'}, gateway ${c.casus.zichtbaar ? 'geeft de casus' : 'weigert'}`,
          );
      },
    },
    {
      naam: 'voorstellen',
      hash: () => '#/voorstellen',
      klaar: [tid('voorstellen-aantal'), tid('voorstellen-leeg'), tid('voorstellen-geen-toegang')],
      geenToegang: 'voorstellen-geen-toegang',
      gegevens: 'article[data-testid^="voorstel-"]',
      toegang: (p) => p.kernteamwerk,
      lijst: {
        selector: 'article[data-testid^="voorstel-"]',
        prefix: 'voorstel-',
        api: async (v) =>
          (await v('casusVoorstellen', `{ casusVoorstellen(status: ["OPEN"]) { id } }`)).data.map(
            (x) => x.id,
          ),
      },
    },
    {
      naam: 'overleggen',
      hash: () => '#/overleggen',
      klaar: [
        tid('overleggen-komend'),
        tid('overleggen-geweest'),
        tid('overleggen-leeg'),
        tid('overleggen-geen-toegang'),
      ],
      geenToegang: 'overleggen-geen-toegang',
      gegevens: 'tr[data-testid^="overleg-"]',
      toegang: (p) => p.kernteamwerk,
      lijst: {
        selector: 'tr[data-testid^="overleg-"]',
        prefix: 'overleg-',
        api: async (v) => (await v('overleggen', `{ overleggen { id } }`)).data.map((x) => x.id),
      },
    },
    {
      naam: 'overleg',
      hash: (c) => `#/overleggen/${c.overleg.id}`,
      klaar: [tid('overleg-detail'), tid('overleg-niet-gevonden')],
      async controle({ page, c, fout }) {
        const gevonden = (await page.locator(tid('overleg-agenda')).count()) > 0;
        if (gevonden !== c.overleg.zichtbaar)
          fout(
            `overleg ${c.overleg.id}: pagina ${gevonden ? 'toont het' : 'zegt niet gevonden'}, gateway ${c.overleg.zichtbaar ? 'geeft het' : 'weigert'}`,
          );
      },
    },
    {
      naam: 'dagoverzicht',
      hash: () => '#/dagoverzicht',
      klaar: [tid('dagoverzicht'), tid('dagoverzicht-leeg')],
      lijst: {
        selector: '[data-testid^="dagcasus-link-"]',
        prefix: 'dagcasus-link-',
        async api(v) {
          const d = await v('dagoverzicht', `{ dagoverzicht { casussen { casusId } } }`);
          return mag(d) ? d.data.casussen.map((x) => x.casusId) : [];
        },
      },
    },
    {
      naam: 'cijfers',
      hash: () => '#/cijfers',
      klaar: [tid('cijfers-resultaten'), tid('cijfers-geen-toegang')],
      geenToegang: 'cijfers-geen-toegang',
      gegevens: `${tid('cijfers-resultaten')}, ${tid('cijfer-behandeld')}`,
      toegang: (p) => p.kernteamwerk,
      api: (a) => a.verantwoording,
    },
    {
      naam: 'dashboard',
      hash: () => '#/dashboard',
      klaar: [tid('dashboard-pagina')],
      async controle({ page, api, fout }) {
        const panelen = [
          ['perweek', api.verantwoording],
          ['spoor', api.verantwoording],
          ['landen', api.verantwoording],
          ['doorlooptijd', api.verantwoording],
          ['achterstand', api.achterstand],
          ['bezetting', api.capaciteit],
          ['signalen', api.perLocatie],
        ];
        for (const [naam, antwoord] of panelen) {
          const staat = await page.locator(tid(`paneel-${naam}`)).getAttribute('data-staat');
          const geenToegang = staat === 'geen-toegang';
          if (geenToegang === mag(antwoord))
            fout(
              `dashboard: paneel ${naam} staat op '${staat}', de gateway ${mag(antwoord) ? 'geeft de cijfers' : `weigert (${antwoord.geweigerd})`}`,
            );
          if (
            geenToegang &&
            (await page.locator(`${tid(`paneel-${naam}`)} table, ${tid(`paneel-${naam}`)} svg`).count()) > 0
          )
            fout(`dashboard: paneel ${naam} zegt geen inzage maar toont een tabel of grafiek`);
        }
      },
    },
    {
      naam: 'zsm',
      hash: () => '#/zsm',
      klaar: [tid('zsm-totalen'), tid('zsm-geen-toegang'), tid('fout-zsm')],
      geenToegang: 'zsm-geen-toegang',
      gegevens: `${tid('zsm-totalen')}, tr[data-testid^="zsm-registratie-"], tr[data-testid^="zsm-klok-"]`,
      toegang: (p) => p.zsm,
      api: (a) => a.zsm,
      lijst: {
        selector: 'tr[data-testid^="zsm-registratie-"]',
        prefix: 'zsm-registratie-',
        api: async (v) =>
          (
            await v('zsmOverzicht', `{ zsmOverzicht(eerste: 50) { registraties { id } } }`)
          ).data.registraties.map((x) => x.id),
      },
    },
    {
      naam: 'termijnen',
      hash: () => '#/termijnen',
      klaar: [tid('termijnen-komend'), tid('fout-termijnen')],
    },
    {
      naam: 'capaciteit',
      hash: () => '#/capaciteit',
      klaar: [tid('capaciteitsbord'), tid('capaciteit-leeg'), tid('capaciteit-geen-toegang')],
      geenToegang: 'capaciteit-geen-toegang',
      gegevens: `${tid('capaciteitsbord')}, [data-testid^="bord-rij-"]`,
      toegang: (p) => p.planning,
      api: (a) => a.capaciteit,
    },
    {
      naam: 'plaatsingen',
      hash: () => '#/plaatsingen?status=ALLE',
      klaar: [tid('plaatsingen-tabel'), tid('plaatsingen-leeg'), tid('plaatsingen-geen-toegang')],
      geenToegang: 'plaatsingen-geen-toegang',
      gegevens: '[data-testid^="plaatsing-"][data-status]',
      toegang: (p) => p.planning,
      api: (a) => a.plaatsingen,
      lijst: {
        selector: '[data-testid^="plaatsing-"][data-status]',
        prefix: 'plaatsing-',
        api: async (v) =>
          (await v('plaatsingen', `{ plaatsingen(eerste: 200) { id } }`)).data.map((x) => x.id),
      },
    },
    {
      naam: 'plaatsing-nieuw',
      hash: () => '#/plaatsingen/nieuw',
      klaar: [tid('voorstel-formulier'), tid('voorstel-geen-toegang')],
      geenToegang: 'voorstel-geen-toegang',
      gegevens: tid('voorstel-formulier'),
      toegang: (p) => p.plaatsingVoorstellen,
    },
    {
      naam: 'inhuisregistratie',
      hash: () => '#/inhuisregistratie',
      klaar: [
        tid('inhuisregistratie-dag'),
        tid('inhuisregistratie-leeg'),
        tid('inhuisregistratie-geen-toegang'),
      ],
      geenToegang: 'inhuisregistratie-geen-toegang',
      gegevens: `${tid('inhuisregistratie-dag')}, [data-testid^="venster-"]`,
      toegang: (p) => p.planning,
    },
    {
      naam: 'planning',
      hash: () => '#/planning',
      klaar: [tid('planning-tabel'), tid('planning-leeg'), tid('planning-geen-toegang')],
      geenToegang: 'planning-geen-toegang',
      gegevens: '[data-testid^="plan-"][data-risico]',
      toegang: (p) => p.planning,
      api: (a) => a.plannen,
      lijst: {
        selector: '[data-testid^="plan-"][data-risico]',
        prefix: 'plan-',
        api: async (v) =>
          (await v('procedurePlannen', `{ procedurePlannen(eerste: 200) { casus { id } } }`)).data.map(
            (x) => x.casus.id,
          ),
      },
    },
    {
      naam: 'verwerkingslog',
      hash: () => '#/verwerkingslog',
      klaar: [tid('log-tabel'), tid('log-leeg'), tid('verwerkingslog-geen-toegang')],
      geenToegang: 'verwerkingslog-geen-toegang',
      gegevens: `${tid('log-tabel')}, ${tid('log-filter')}, tr[data-testid^="handeling-"]`,
      toegang: (p) => p.verwerkingslog,
      api: (a) => a.verwerkingslog,
      /** The one page of a persona without operational rights. */
      toezicht: true,
      async controle({ page, fout }) {
        const doel = await page.locator(tid('log-doel')).getAttribute('data-doel');
        if (doel !== 'PRIVACYTOEZICHT') fout(`verwerkingslog: de inzage staat op doel '${doel}'`);
        const dienstfouten = await page.locator('[data-testid^="log-dienstfout-"]').allInnerTexts();
        if (dienstfouten.length) fout(`verwerkingslog: ${dienstfouten.join(' | ').slice(0, 300)}`);
      },
    },
    {
      naam: 'ind-slots',
      hash: () => '#/ind-slots',
      klaar: [tid('indslots-tabel'), tid('indslots-geen-toegang'), tid('fout-indslots')],
      geenToegang: 'indslots-geen-toegang',
      gegevens: `${tid('indslots-tabel')}, [data-testid^="indslot-"][data-status]`,
      toegang: (p) => p.planning,
      api: (a) => a.indSlots,
    },
  ];
}

// ---------------------------------------------------------------- one persona

/**
 * Signs `persona` in on `page` and checks every main page: navigation, need-to-know against the
 * gateway, axe. With `opTablet` also the 768×1024 pass (overflow, axe) and, with `foto`, screenshots.
 * Returns { fouten, schendingen (all, for the summary), waarschuwingen }.
 */
async function persoonaPas({ page, basis, naar, persona, api, ctx, foto, opTablet }) {
  const fouten = [];
  const alle = [];
  const fout = (m) => fouten.push(`${persona.id}: ${m}`);
  const v = (veld, query, variables) => vraag(basis, persona.token, veld, query, variables);
  await page.setViewportSize({ width: 1280, height: 800 });
  await aanmelden(page, basis, persona.id);

  // The navigation: exactly the links the gateway lets this persona use.
  const nav = (
    await page
      .locator(`${tid('navigatie')} a[data-testid^="nav-"]`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-testid')))
  ).filter((t) => !t.startsWith('nav-wv-'));
  const verwachtNav = [
    ...(persona.operationeel
      ? [
          ...NAV_ALTIJD,
          ...(persona.kernteamwerk ? NAV_KERNTEAMWERK : []),
          ...(persona.planning ? NAV_PLANNING : []),
          ...(persona.zsm ? ['nav-zsm'] : []),
        ]
      : []),
    ...(persona.verwerkingslog ? ['nav-verwerkingslog'] : []),
  ];
  if (!zelfde(nav, verwachtNav))
    fout(`navigatie wijkt af van wat de gateway toestaat: ${JSON.stringify(verschil(nav, verwachtNav))}`);

  // The purpose select in the dark header: its name, a visible keyboard focus and enough contrast.
  fouten.push(...(await doelKeuzeControle(page)).map((m) => `${persona.id}: ${m}`));

  // GraphQL requests of the page, to see that a page not meant for the role asks nothing.
  const gevraagd = [];
  const luister = (req) => {
    if (req.url().endsWith('/graphql'))
      gevraagd.push(JSON.parse(req.postData() ?? '{}').operationName ?? '?');
  };
  page.on('request', luister);

  for (const p of paginas()) {
    const hash = p.hash(ctx);
    const wat = `${persona.id} ${hash}`;
    const vragenVoor = gevraagd.length;
    await page.goto(naar(hash));
    // A persona without operational rights (the privacy officer) has the log alone: elsewhere a notice.
    const nietVoorRol = !persona.operationeel && !p.toezicht;
    await wachtTotKlaar(page, nietVoorRol ? [tid('pagina-geen-toegang')] : p.klaar, wat);

    if (nietVoorRol) {
      const melding = page.locator(tid('pagina-geen-toegang'));
      if ((await melding.count()) === 0) fout(`${hash}: geen melding "niet beschikbaar voor uw rol"`);
      else if (!/geen toegang/i.test(await melding.innerText()))
        fout(`${hash}: de melding zegt niet "geen toegang": '${(await melding.innerText()).slice(0, 100)}'`);
      const gegevens = p.klaar.filter((k) => !/geen-toegang|leeg|fout/.test(k));
      if (gegevens.length && (await page.locator(gegevens.join(', ')).count()) > 0)
        fout(`${hash}: niet voor deze rol, maar de pagina toont gegevens (${gegevens.join(' | ')})`);
      await page.waitForTimeout(200);
      const extra = gevraagd.slice(vragenVoor);
      if (extra.length) fout(`${hash}: niet voor deze rol, maar de console vroeg ${extra.join(', ')}`);
    } else {
      // Need-to-know: a page the persona may not see says so and shows nothing of it.
      const toegang = p.toegang ? p.toegang(persona) : true;
      if (p.geenToegang) {
        const melding = (await page.locator(tid(p.geenToegang)).count()) > 0;
        if (melding === toegang)
          fout(
            `${hash}: ${melding ? 'meldt geen toegang' : 'toont geen melding "geen toegang"'}, verwacht ${toegang ? 'toegang' : 'geen toegang'}`,
          );
        if (!toegang) {
          const lek = await page.locator(p.gegevens).count();
          if (lek > 0) fout(`${hash}: geen toegang, maar ${lek} element(en) met gegevens (${p.gegevens})`);
          const tekst = (await page.locator(tid(p.geenToegang)).innerText()).trim();
          if (tekst.length < 20) fout(`${hash}: de melding "geen toegang" zegt te weinig ('${tekst}')`);
        }
      }
      if (p.api && mag(p.api(api)) !== toegang)
        fout(
          `${hash}: de console ${toegang ? 'biedt' : 'weigert'} de pagina, de gateway ${mag(p.api(api)) ? 'geeft de gegevens' : `weigert (${p.api(api).geweigerd})`}`,
        );
      if (toegang && p.controle) await p.controle({ page, api, persona, c: ctx, fout });
      if (toegang && p.lijst) {
        // The items on the page are the gateway's for this token, asked now; the data may move on
        // meanwhile (events from other tests), so a difference is retried after a reload.
        let vorig = '';
        for (let poging = 1; ; poging += 1) {
          const op = await getoond(page, p.lijst.selector, p.lijst.prefix);
          const verwacht = await p.lijst.api(v, persona, poging === 1 ? fout : () => undefined, ctx, page);
          if (zelfde(op, verwacht)) {
            if (!verwacht.length && p.leeg && (await page.locator(p.leeg).count()) !== 1)
              fout(`${hash}: geen items, maar ook geen melding dat de lijst leeg is`);
            break;
          }
          vorig = JSON.stringify(verschil(op, verwacht));
          if (poging === 3) {
            fout(`${hash}: de pagina toont andere items dan de gateway voor dit token (${vorig})`);
            break;
          }
          await page.waitForTimeout(1_000);
          await page.reload();
          await wachtTotKlaar(page, p.klaar, wat);
        }
      }
    }

    // No error banner where the persona has access, and dates in Dutch.
    const fouttekst = await page.locator('#hoofdinhoud .melding--fout').allInnerTexts();
    if (fouttekst.length) fout(`${hash}: foutmelding op de pagina: ${fouttekst.join(' | ').slice(0, 200)}`);
    const tekst = await page.locator('#hoofdinhoud').innerText();
    const engels = ENGELS.exec(tekst);
    if (engels) fout(`${hash}: datum of tijd niet in het Nederlands: '${engels[0]}'`);

    // Accessibility at 1280×800.
    const scan = await axeScan(page, 'document', wat, { gooi: false });
    alle.push(...scan.map((x) => ({ ...x, pagina: p.naam, persona: persona.id, maat: '1280x800' })));
    const ernstige = ernstig(scan);
    if (ernstige.length) fout(`axe op ${hash} (1280×800):\n  ${beschrijfSchendingen(ernstige, hash)}`);

    if (opTablet) {
      await page.evaluate(() => window.scrollTo(0, 0));
      if (foto) await foto(`a11y-${p.naam}-1280x800`, { fullPage: false });
      await page.setViewportSize({ width: 768, height: 1024 });
      await page.waitForTimeout(100);
      const te = await overloop(page);
      if (te) fout(`${hash} bij 768×1024: horizontale overloop, ${te}`);
      const tablet = await axeScan(page, 'document', `${wat} 768×1024`, { gooi: false });
      alle.push(...tablet.map((x) => ({ ...x, pagina: p.naam, persona: persona.id, maat: '768x1024' })));
      const ernstigTablet = ernstig(tablet).filter((x) => !ernstige.some((y) => y.id === x.id));
      if (ernstigTablet.length)
        fout(`axe op ${hash} (768×1024):\n  ${beschrijfSchendingen(ernstigTablet, hash)}`);
      if (foto) await foto(`a11y-${p.naam}-768x1024`, { fullPage: false });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }
  page.off('request', luister);
  return { fouten, schendingen: alle };
}

/** Relative luminance of a CSS rgb()/rgba() colour (WCAG 2.x). */
function luminantie(kleur) {
  const [r, g, b] = (kleur.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => {
    const c = Number(x) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a, b) => {
  const [l1, l2] = [luminantie(a), luminantie(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

/**
 * The header's purpose select (doelbinding): an accessible name with "Doel" and the explanation, a
 * label with 4.5:1 on the dark header, a focus indicator when reached with the keyboard that has 3:1
 * against the header, and text of 4.5:1 in the select itself.
 */
async function doelKeuzeControle(page) {
  const fouten = [];
  const keuze = page.locator(tid('doel-keuze'));
  if ((await keuze.count()) !== 1) return ['de doelkeuze staat niet in de kop'];
  if ((await page.getByRole('combobox', { name: 'Doel' }).count()) !== 1)
    fouten.push('de doelkeuze heeft niet de naam "Doel"');
  const beschrijving = await keuze.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );
  if (!/verwerkingslog/.test(beschrijving))
    fouten.push('de doelkeuze zegt niet dat het doel wordt vastgelegd');
  // Reached with the keyboard (Shift+Tab then Tab), so :focus-visible applies as for a keyboard user.
  await keuze.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const stijl = await keuze.evaluate((el) => {
    const kop = el.closest('.kop');
    const label = document.querySelector(`label[for="${el.id}"]`);
    const s = getComputedStyle(el);
    return {
      gefocust: document.activeElement === el,
      omlijning: s.outlineStyle,
      breedte: parseFloat(s.outlineWidth),
      omlijningKleur: s.outlineColor,
      kop: kop ? getComputedStyle(kop).backgroundColor : 'rgb(255, 255, 255)',
      label: label ? getComputedStyle(label).color : null,
      tekst: s.color,
      achtergrond: s.backgroundColor,
    };
  });
  if (!stijl.gefocust) fouten.push('de doelkeuze is niet met Tab te bereiken');
  else if (stijl.omlijning === 'none' || stijl.breedte < 2)
    fouten.push(`de doelkeuze toont geen zichtbare focus (${stijl.omlijning} ${stijl.breedte}px)`);
  else if (contrast(stijl.omlijningKleur, stijl.kop) < 3)
    fouten.push(
      `de focusrand van de doelkeuze heeft te weinig contrast met de kop (${contrast(stijl.omlijningKleur, stijl.kop).toFixed(2)}:1)`,
    );
  if (!stijl.label) fouten.push('de doelkeuze heeft geen zichtbaar label');
  else if (contrast(stijl.label, stijl.kop) < 4.5)
    fouten.push(
      `het label "Doel" heeft te weinig contrast met de kop (${contrast(stijl.label, stijl.kop).toFixed(2)}:1)`,
    );
  if (contrast(stijl.tekst, stijl.achtergrond) < 4.5)
    fouten.push(
      `de tekst in de doelkeuze heeft te weinig contrast (${contrast(stijl.tekst, stijl.achtergrond).toFixed(2)}:1)`,
    );
  await keuze.evaluate((el) => el.blur());
  return fouten;
}

// ---------------------------------------------------------------- keyboard

/**
 * Tab from the start of the main content until focus leaves it: every stop must show a focus
 * indicator (outline or box-shadow on the element, or on the label of a visually hidden input), and
 * every visible control in the main content must have been reached (a radio group once).
 */
async function tabDoorloop(page, wat) {
  const fouten = [];
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    window.__a11yBereikt = new Set();
    window.__a11yVorige = null;
    document.getElementById('hoofdinhoud')?.focus();
  });
  let stappen = 0;
  for (; stappen < 600; stappen += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      const main = document.getElementById('hoofdinhoud');
      if (!el || el === document.body || !main?.contains(el)) return { klaar: true };
      // A date or time input takes one Tab per part (day, month, year…): the same element again.
      if (el === window.__a11yVorige) return { zelfde: true };
      window.__a11yVorige = el;
      if (window.__a11yBereikt.has(el)) return { klaar: true, rond: true };
      window.__a11yBereikt.add(el);
      const zichtbaar = (e) => {
        if (!e) return false;
        const s = getComputedStyle(e);
        const omlijning = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        const schaduw = s.boxShadow && s.boxShadow !== 'none';
        return omlijning || schaduw;
      };
      const label =
        (el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)) || el.closest('label');
      const beschrijving = `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}${el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : ''} '${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}'`;
      return {
        zichtbaar: zichtbaar(el) || zichtbaar(label) || zichtbaar(el.nextElementSibling),
        beschrijving,
      };
    });
    if (stop.rond) fouten.push(`${wat}: de focus komt terug bij een eerder element (focusval)`);
    if (stop.klaar) break;
    if (stop.zelfde) continue;
    if (!stop.zichtbaar) fouten.push(`${wat}: geen zichtbare focus op ${stop.beschrijving}`);
  }
  const gemist = await page.evaluate(() => {
    const main = document.getElementById('hoofdinhoud');
    const bereikt = window.__a11yBereikt;
    const kandidaten = [
      ...main.querySelectorAll(
        'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])',
      ),
    ].filter((e) => {
      if (e.disabled || e.closest('[inert], dialog:not([open])')) return false;
      // Rendered and visible: not display:none, visibility:hidden or in a closed <details>.
      return e.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
    });
    const radioGroepBereikt = (e) =>
      e.type === 'radio' &&
      [...bereikt].some((b) => b.type === 'radio' && b.name === e.name && b.form === e.form);
    return kandidaten
      .filter((e) => !bereikt.has(e) && !radioGroepBereikt(e))
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}${e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : ''} '${(e.getAttribute('aria-label') ?? e.textContent ?? e.getAttribute('name') ?? '').trim().slice(0, 40)}'`,
      );
  });
  if (gemist.length) fouten.push(`${wat}: niet met Tab bereikbaar: ${gemist.slice(0, 10).join(', ')}`);
  if (stappen >= 600) fouten.push(`${wat}: na 600 keer Tab nog steeds in de inhoud`);
  return { fouten, stappen };
}

/** Open a dialog from `knop` with Enter; Escape must close it and return focus to the button. */
async function escapeSluit(page, knop, dialoog, wat) {
  const fouten = [];
  await page.locator(knop).focus();
  await page.keyboard.press('Enter');
  await page.locator(`${dialoog}[open]`).waitFor({ state: 'visible' });
  const focusIn = await page.evaluate(
    (sel) => document.querySelector(sel)?.contains(document.activeElement),
    dialoog,
  );
  if (!focusIn) fouten.push(`${wat}: de focus staat na openen niet in de dialoog`);
  await page.keyboard.press('Escape');
  try {
    await page.locator(`${dialoog}[open]`).waitFor({ state: 'detached', timeout: 3_000 });
  } catch {
    fouten.push(`${wat}: Escape sluit de dialoog niet`);
    return fouten;
  }
  const terug = await page.evaluate((sel) => document.activeElement === document.querySelector(sel), knop);
  if (!terug) fouten.push(`${wat}: na Escape staat de focus niet terug op de knop`);
  return fouten;
}

/**
 * The order of a date input's fields as Chromium draws them (its user-agent shadow tree, through
 * the DevTools protocol): ['day', 'month', 'year'] in Dutch; and the year placeholder ('jjjj' when
 * Chromium runs with a Dutch UI language, 'yyyy' when it has no Dutch language file).
 */
async function datumveldVolgorde(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return null;
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: -1, pierce: true });
    const velden = [];
    let jaar = null;
    const loop = (n) => {
      const a = {};
      for (let i = 0; i < (n.attributes?.length ?? 0); i += 2) a[n.attributes[i]] = n.attributes[i + 1];
      const m = /^-webkit-datetime-edit-(day|month|year)-field$/.exec(a.pseudo ?? '');
      if (m) {
        velden.push(m[1]);
        if (m[1] === 'year') jaar = a['aria-placeholder'] ?? null;
      }
      for (const k of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) loop(k);
    };
    loop(node);
    return { velden, jaar };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

// ---------------------------------------------------------------- the scenario

export async function toegankelijkheidScenario({ page, basis, naar, foto, zetStap }) {
  const begin = Date.now();
  const browser = page.context().browser();
  const idp = await idpUrl(basis);

  // The personas of the IdP (packages/testing), each with what its own token may use.
  zetStap('toegankelijkheid: persona’s en wat de gateway hun geeft');
  const lijst = await (await fetch(`${idp}/personas`)).json();
  if (!Array.isArray(lijst) || lijst.length === 0) throw new Error('De IdP noemt geen persona’s');
  const personas = await Promise.all(
    lijst.map(async (p) => {
      const token = await haalToken(basis, p.id);
      const api = await apiBeeld(basis, token, p.rollen);
      const nationaal = p.rollen.some((r) => NATIONALE_ROLLEN.includes(r));
      return {
        id: p.id,
        organisatie: p.organisatie,
        rollen: p.rollen,
        token,
        api,
        // Sees every signal (kernteam members of IND/COA/DT&V and national roles); else only its own.
        alles: nationaal || (KERNTEAM.includes(p.organisatie) && p.rollen.includes('KERNTEAMLID')),
        // What the gateway lets the token use, which the navigation must follow.
        kernteamwerk: mag(api.verantwoording),
        planning: mag(api.plaatsingen),
        zsm: mag(api.zsm),
        plaatsingVoorstellen: api.beoordeling.geweigerd !== 'FORBIDDEN',
        verwerkingslog: mag(api.verwerkingslog),
        // Any operational pages at all (not so for the privacy officer): the console's own rule.
        operationeel: operationeel(p.rollen),
      };
    }),
  );
  for (const p of personas) {
    // Who has no operational pages gets no operational data from the services either.
    if (!p.operationeel) {
      const lek = [
        ['signalen', p.api.signalen.data?.items],
        ['casussen', p.api.casussen.data?.items],
        ['casusVoorstellen', p.api.voorstellen.data],
        ['overleggen', p.api.overleggen.data],
        ['dagoverzicht', p.api.dagoverzicht.data?.casussen],
        ['plaatsingen', p.api.plaatsingen.data],
        ['zsmOverzicht', p.api.zsm.data?.registraties],
      ].filter(([, l]) => Array.isArray(l) && l.length > 0);
      if (lek.length)
        throw new Error(
          `${p.id}: zonder operationele rechten, maar de gateway geeft ${lek.map(([n]) => n).join(', ')}`,
        );
    }
    // The pages the console hides must not be hiding data: their queries give this persona nothing.
    if (!p.kernteamwerk && (ids(p.api.voorstellen).length || ids(p.api.overleggen).length))
      throw new Error(`${p.id}: geen kernteamwerk, maar de gateway geeft voorstellen of overleggen`);
    if (mag(p.api.plaatsingen) !== mag(p.api.capaciteit) || mag(p.api.plaatsingen) !== mag(p.api.indSlots))
      throw new Error(
        `${p.id}: de planningdienst geeft plaatsingen, capaciteit en IND-slots niet gelijk vrij`,
      );
  }
  const ref = personas.find((p) => p.id === REFERENTIE);
  if (!ref || !personas.some((p) => p.id === HOOFDPERSONA))
    throw new Error(`De IdP mist ${REFERENTIE} of ${HOOFDPERSONA}`);
  const refSignaal = ref.api.signalen.data.items[0];
  const refPersoon = ref.api.signalen.data.items
    .flatMap((s) => s.personen)
    .find((x) => (x.naam ?? '').length >= 3);
  const refCasus = ref.api.casussen.data.items[0]?.id;
  const refOverleg = ids(ref.api.overleggen)[0];
  if (!refSignaal || !refPersoon || !refCasus || !refOverleg)
    throw new Error(
      'Te weinig gegevens voor de scan: er is geen signaal, persoon, casus of overleg (demo-data geladen?)',
    );

  /**
   * Per persona the detail pages to open: their own first item when they have one (a page they
   * reach), else the national analyst's (a page they may not see: the console must say "niet gevonden").
   */
  const detailContext = async (p) => {
    const v = (veld, q, id) => vraag(basis, p.token, veld, q, { id });
    const eigenSignaal = p.api.signalen.data.items[0];
    const signaalId = eigenSignaal?.id ?? refSignaal.id;
    const persoonId = eigenSignaal?.personen[0]?.id ?? refPersoon.id;
    const casusId = p.api.casussen.data.items[0]?.id ?? refCasus;
    const overlegId = ids(p.api.overleggen)[0] ?? refOverleg;
    const [signaal, persoon, casus, overleg] = await Promise.all([
      v('signaal', `query($id: ID!) { signaal(id: $id) { id } }`, signaalId),
      // `status` comes from signalen only: `{ id }` alone may be answered by another subgraph (the root
      // field persoon is @shareable in all four), which echoes any id without need-to-know.
      v('persoon', `query($id: ID!) { persoon(id: $id) { id status } }`, persoonId),
      v('casus', `query($id: ID!) { casus(id: $id) { id } }`, casusId),
      v('overleg', `query($id: ID!) { overleg(id: $id) { id } }`, overlegId),
    ]);
    return {
      signaal: { id: signaalId, zichtbaar: mag(signaal) },
      persoon: { id: persoonId, zichtbaar: mag(persoon) },
      casus: { id: casusId, zichtbaar: mag(casus) },
      overleg: { id: overlegId, zichtbaar: mag(overleg) },
      // A name from the analyst's signals: each persona's search shows only whom its token may see.
      zoekterm: refPersoon.naam,
    };
  };

  // Someone else's signal: a persona who sees only its own must get "niet gevonden" for it.
  const vreemdSignaal = async (p) => {
    if (p.alles) return null;
    const s = ref.api.signalen.data.items.find((x) => x.bronOrganisatie !== p.organisatie);
    if (!s) return null;
    const antwoord = await vraag(basis, p.token, 'signaal', `query($id: ID!) { signaal(id: $id) { id } }`, {
      id: s.id,
    });
    if (mag(antwoord))
      throw new Error(`${p.id} krijgt van de gateway het signaal ${s.id} van ${s.bronOrganisatie}`);
    return s.id;
  };

  const fouten = [];
  const schendingen = [];
  const browserfouten = [];

  // The other personas, each in its own context, a few at once.
  const anderen = personas.filter((p) => p.id !== HOOFDPERSONA);
  const rij = [...anderen];
  const werker = async () => {
    for (let p = rij.shift(); p; p = rij.shift()) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
      });
      context.setDefaultTimeout(KLAAR_MS);
      try {
        const pg = await context.newPage();
        pg.on('pageerror', (e) => browserfouten.push(`${p.id}: ${e.message}`));
        pg.on('dialog', (d) => {
          browserfouten.push(`${p.id}: browserdialoog ${d.type()}: ${d.message()}`);
          d.dismiss().catch(() => undefined);
        });
        const ctx = await detailContext(p);
        const r = await persoonaPas({ page: pg, basis, naar, persona: p, api: p.api, ctx });
        fouten.push(...r.fouten);
        schendingen.push(...r.schendingen);
        // (A persona without operational rights has no signal pages at all: checked above.)
        const vreemd = p.operationeel ? await vreemdSignaal(p) : null;
        if (vreemd) {
          await pg.goto(naar(`#/signalen/${vreemd}`));
          await wachtTotKlaar(
            pg,
            [tid('signaal-detail'), tid('signaal-niet-gevonden')],
            `${p.id} vreemd signaal`,
          );
          if ((await pg.locator(tid('signaal-omschrijving')).count()) > 0)
            fouten.push(`${p.id}: ziet het signaal ${vreemd} van een andere organisatie`);
        }
      } catch (e) {
        fouten.push(`${p.id}: ${e instanceof Error ? e.message : e}`);
      } finally {
        await context.close().catch(() => undefined);
      }
    }
  };

  zetStap('toegankelijkheid: alle persona’s, alle hoofdpagina’s');
  const hoofd = personas.find((p) => p.id === HOOFDPERSONA);
  const vorigeViewport = page.viewportSize();
  const [hoofdResultaat] = await Promise.all([
    (async () => {
      const ctx = await detailContext(hoofd);
      return persoonaPas({ page, basis, naar, persona: hoofd, api: hoofd.api, ctx, foto, opTablet: true });
    })(),
    ...Array.from({ length: Math.min(GELIJKTIJDIG, anderen.length) }, werker),
  ]);
  fouten.push(...hoofdResultaat.fouten);
  schendingen.push(...hoofdResultaat.schendingen);
  const scanTijd = Date.now() - begin;

  // Keyboard, as the IND procesregisseur on the main page.
  zetStap('toegankelijkheid: toetsenbord');
  await page.setViewportSize({ width: 1280, height: 800 });
  const toetsen = [];
  await page.goto(naar('#/signalen/nieuw'));
  await wachtTotKlaar(page, [tid('signaal-formulier')], 'nieuw signaal');
  const formulier = await tabDoorloop(page, 'Nieuw signaal');
  toetsen.push(...formulier.fouten);

  const casusId = hoofd.api.casussen.data.items[0]?.id;
  let casusStappen = 0;
  if (casusId) {
    await page.goto(naar(`#/casussen/${casusId}`));
    await wachtTotKlaar(page, [tid('casus-detail')], 'casus');
    const casus = await tabDoorloop(page, `Casus ${casusId}`);
    casusStappen = casus.stappen;
    toetsen.push(...casus.fouten);
    // The status form opened with the keyboard: its radios, reason and buttons in the tab order.
    if ((await page.locator(tid('actie-status-wijzigen')).count()) > 0) {
      await page.locator(tid('actie-status-wijzigen')).focus();
      await page.keyboard.press('Enter');
      await page.locator(tid('status-formulier')).waitFor({ state: 'visible' });
      const status = await tabDoorloop(page, `Casus ${casusId}, status wijzigen`);
      casusStappen += status.stappen;
      toetsen.push(...status.fouten);
    }
    const beeindigen = page.locator('[data-testid^="maatregel-beeindigen-"]');
    if ((await beeindigen.count()) > 0) {
      const knop = tid(await beeindigen.first().getAttribute('data-testid'));
      toetsen.push(...(await escapeSluit(page, knop, tid('beeindigen-dialoog'), 'Maatregel beëindigen')));
    }
  }

  await page.goto(naar('#/plaatsingen/nieuw'));
  await wachtTotKlaar(page, [tid('voorstel-formulier')], 'plaatsing voorstellen');
  const voorstel = await tabDoorloop(page, 'Plaatsing voorstellen');
  toetsen.push(...voorstel.fouten);

  await page.goto(naar('#/plaatsingen'));
  await wachtTotKlaar(page, [tid('plaatsingen-tabel'), tid('plaatsingen-leeg')], 'plaatsingen');
  const afwijzen = page.locator('[data-testid^="plaatsing-afwijzen-"]');
  let dialoogGetest = false;
  if ((await afwijzen.count()) > 0) {
    const knop = tid(await afwijzen.first().getAttribute('data-testid'));
    toetsen.push(...(await escapeSluit(page, knop, tid('plaatsing-dialoog'), 'Plaatsing afwijzen')));
    dialoogGetest = true;
  }
  fouten.push(...toetsen);

  // What a partner without those rights gets: a notice, no data (screenshots for the record).
  zetStap('toegankelijkheid: meldingen voor een politiemelder');
  if (personas.some((p) => p.id === 'politie-melder')) {
    await aanmelden(page, basis, 'politie-melder');
    for (const [hash, klaar, naam] of [
      ['#/casussen', [tid('casussen-tabel'), tid('casussen-leeg')], 'casussen'],
      ['#/voorstellen', [tid('voorstellen-geen-toegang')], 'voorstellen'],
      ['#/zsm', [tid('zsm-geen-toegang')], 'zsm'],
      ['#/capaciteit', [tid('capaciteit-geen-toegang')], 'capaciteit'],
    ]) {
      await page.goto(naar(hash));
      await wachtTotKlaar(page, klaar, `politie-melder ${hash}`);
      await foto(`a11y-politie-${naam}`, { fullPage: false });
    }
    await aanmelden(page, basis, HOOFDPERSONA);
  }

  // Date inputs: Chromium draws them in its own UI language. Dutch (dd-mm-jjjj) needs its Dutch
  // language file (Debian: chromium-l10n) and LANGUAGE=nl; without it, it falls back to en-US.
  zetStap('toegankelijkheid: datumvelden');
  await page.goto(naar('#/capaciteit'));
  await wachtTotKlaar(page, [tid('capaciteit-filter-vanaf')], 'capaciteit');
  const datum = await datumveldVolgorde(page, tid('capaciteit-filter-vanaf'));
  const waarschuwingen = [];
  if (!datum || datum.velden.length !== 3) {
    waarschuwingen.push('datumveld: de velden van <input type=date> waren niet te lezen');
  } else if (datum.jaar === 'jjjj') {
    if (datum.velden.join('-') !== 'day-month-year')
      fouten.push(`datumveld: Nederlandse taal, maar de volgorde is ${datum.velden.join('-')}`);
  } else if (datum.velden.join('-') !== 'day-month-year') {
    waarschuwingen.push(
      `datumveld: Chromium tekent <input type=date> als ${datum.velden.join('/')} (${datum.jaar}): ` +
        'zonder Nederlands taalbestand (chromium-l10n) valt Chromium terug op en-US',
    );
  }

  if (vorigeViewport) await page.setViewportSize(vorigeViewport);
  if (browserfouten.length) fouten.push(...browserfouten.map((b) => `browserfout: ${b}`));
  if (fouten.length)
    throw new Error(
      `Toegankelijkheid en need-to-know: ${fouten.length} bevinding(en):\n  ${fouten.join('\n  ')}`,
    );

  // The summary: every finding of lower impact, by rule and page (for the report, not failing).
  const overig = {};
  for (const s of schendingen) {
    const sleutel = `${s.id} (${s.impact})`;
    overig[sleutel] ??= new Set();
    overig[sleutel].add(s.pagina);
  }
  return {
    personas: personas.map((p) => p.id),
    paginas: paginas().map((p) => p.naam),
    scanTijdMs: scanTijd,
    totaalMs: Date.now() - begin,
    toetsenbord: {
      formulierStappen: formulier.stappen,
      casusStappen,
      voorstelStappen: voorstel.stappen,
      dialoogGetest,
    },
    datumveld: datum,
    waarschuwingen,
    overigeSchendingen: Object.fromEntries(Object.entries(overig).map(([k, v]) => [k, [...v]])),
  };
}
