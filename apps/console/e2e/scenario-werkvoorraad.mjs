// Browser scenario of the work queues (#/werkvoorraad) and the grouped navigation, called from
// console.e2e.mjs with its context. Creates its own case (a COA signal, the proposal confirmed by the
// IND procesregisseur, one overdue action and one due in two days) and compares every count the console
// shows with what the gateway's GraphQL returns for the same persona.
import { axeScan } from './axe.mjs';
import { gql, gqlData, haalToken, tid } from './hulp.mjs';

/** How long casusregie may take to turn a new signal into a proposal (signalen → outbox → BullMQ). */
const VOORSTEL_WACHTTIJD_MS = 30_000;
/** How long a count in the console may lag behind the API (it refreshes on every route change). */
const TELLING_WACHTTIJD_MS = 15_000;

const LIJSTEN = ['mijn', 'te-laat', 'termijnen', 'signalen', 'wachtlijst'];
const OPEN_STATUSSEN = ['AANGEMELD', 'IN_BEOORDELING', 'IN_REGIE', 'HEROPEND'];
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Navigation links sit in group menus (disclosure buttons): when the link is in a closed group, open
 * that group first. Returns the link's locator (for click or checks).
 */
export async function toonNav(page, id) {
  await page.locator(tid('navigatie')).waitFor();
  const link = page.locator(tid(id));
  if ((await link.count()) > 0 && !(await link.isVisible())) {
    await page.locator(`[data-nav-groep]:has(${tid(id)}) > button`).click();
    await link.waitFor({ state: 'visible' });
  }
  return link;
}

function subVan(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).sub;
}

const geweigerd = (body) =>
  body.errors?.length > 0 && body.errors.every((e) => e.extensions?.code === 'FORBIDDEN');

/**
 * The counts of the five queues as the APIs give them to `token`, with the same queries and rules as
 * the console (open cases of which one is procesregisseur; cases with an overdue action; running
 * deadlines due within 7 days; open proposals; waiting list and offers). A queue the API refuses is
 * absent (undefined).
 */
async function apiTellingen(basis, token) {
  const sub = subVan(token);
  const uit = {};
  const mijn = await gql(
    basis,
    token,
    `query($f: CasusFilter) { casussen(filter: $f, eerste: 1) { totaal } }`,
    { f: { procesregisseur: sub, status: OPEN_STATUSSEN } },
  );
  if (!geweigerd(mijn)) uit.mijn = mijn.data.casussen.totaal;
  const teLaat = await gql(
    basis,
    token,
    `{ casussen(filter: { achterstallig: true }, eerste: 1) { totaal } }`,
  );
  if (!geweigerd(teLaat)) uit['te-laat'] = teLaat.data.casussen.totaal;
  const velden = ['signalenTermijnen', 'casusregieTermijnen', 'zsmTermijnen', 'planningTermijnen'];
  const termijnen = await gql(
    basis,
    token,
    `{ ${velden.map((v) => `${v}(weergave: KOMEND, eerste: 1000) { id vervaltOp status }`).join(' ')} }`,
  );
  const nu = Date.now();
  const ids = new Set();
  for (const v of velden)
    for (const t of termijnen.data?.[v] ?? [])
      if (['GEPLAND', 'GEWAARSCHUWD'].includes(t.status) && Date.parse(t.vervaltOp) < nu + WEEK_MS)
        ids.add(t.id);
  uit.termijnen = ids.size;
  const voorstellen = await gql(basis, token, `{ casusVoorstellen(status: ["OPEN"]) { id } }`);
  if (!geweigerd(voorstellen)) uit.signalen = voorstellen.data.casusVoorstellen.length;
  const wachtlijst = await gql(
    basis,
    token,
    `{ plaatsingen(status: ["WACHTLIJST", "AANGEBODEN"], eerste: 1000) { id status locatie } }`,
  );
  if (!geweigerd(wachtlijst)) {
    uit.wachtlijst = wachtlijst.data.plaatsingen.length;
    uit.wachtlijstItems = wachtlijst.data.plaatsingen;
  }
  return uit;
}

/** The counts the console shows: on the queue tabs, in the Werkvoorraad menu and on its button. */
async function consoleTellingen(page) {
  const uit = { tabs: {}, menu: {} };
  for (const code of LIJSTEN) {
    const tab = page.locator(tid(`wv-aantal-${code}`));
    if ((await tab.count()) > 0) uit.tabs[code] = Number((await tab.innerText()).trim());
    const menu = page.locator(tid(`nav-wv-${code}-aantal`));
    if ((await menu.count()) > 0) uit.menu[code] = Number((await menu.textContent()).trim());
  }
  const totaal = page.locator(tid('nav-werkvoorraad-aantal'));
  uit.totaal = (await totaal.count()) > 0 ? Number((await totaal.textContent()).trim()) : null;
  uit.tabCodes = await page
    .locator('[data-testid^="wv-tab-"]')
    .evaluateAll((es) => es.map((e) => e.getAttribute('data-testid').replace('wv-tab-', '')));
  return uit;
}

/**
 * Waits until the console's counts equal the API's (the API asked again each round; the console
 * refreshed with its Vernieuwen button), so that a deadline or action passing meanwhile is no failure.
 */
async function vergelijkTellingen(page, basis, token, persona, zichtbaar) {
  let laatste = '';
  for (const tot = Date.now() + TELLING_WACHTTIJD_MS; ;) {
    const api = await apiTellingen(basis, token);
    const ui = await consoleTellingen(page);
    const verwacht = LIJSTEN.filter((c) => zichtbaar.includes(c));
    for (const c of verwacht)
      if (api[c] === undefined) throw new Error(`De API weigert ${persona} de werkvoorraad '${c}'`);
    const som = verwacht.reduce((s, c) => s + api[c], 0);
    const verschillen = [];
    if (JSON.stringify(ui.tabCodes) !== JSON.stringify(verwacht))
      verschillen.push(`tabs ${ui.tabCodes.join(',')} ≠ ${verwacht.join(',')}`);
    for (const c of verwacht) {
      if (ui.tabs[c] !== api[c]) verschillen.push(`tab ${c}: ${ui.tabs[c]} ≠ API ${api[c]}`);
      if (ui.menu[c] !== api[c]) verschillen.push(`menu ${c}: ${ui.menu[c]} ≠ API ${api[c]}`);
    }
    for (const c of Object.keys(ui.menu))
      if (!verwacht.includes(c)) verschillen.push(`menu toont ${c}, die ${persona} niet hoort te zien`);
    if (ui.totaal !== som) verschillen.push(`navigatie ${ui.totaal} ≠ som ${som}`);
    if (verschillen.length === 0) return { api, ui, som };
    laatste = verschillen.join('; ');
    if (Date.now() > tot) throw new Error(`Tellingen van ${persona} kloppen niet met de API: ${laatste}`);
    await page.locator(tid('wv-vernieuwen')).click();
    await page.waitForTimeout(1_000);
  }
}

async function wisselPersona(page, verwacht, persona) {
  if ((await page.locator(tid('afmelden')).count()) > 0) await page.locator(tid('afmelden')).click();
  await verwacht(tid(`persona-${persona}`), `Persona-kaart '${persona}'`);
  await page.locator(tid(`persona-${persona}`)).click();
  await verwacht(tid('aangemeld-als'), `Kop na aanmelden als ${persona}`);
}

/** The navigation bar on one line: its list no higher than one top-level item (plus rounding). */
async function navigatieOpEenRegel(page, maat) {
  const { lijst, item } = await page.evaluate(() => ({
    lijst: document.querySelector('[data-testid="navigatie"] > ul').getBoundingClientRect().height,
    item: document.querySelector('[data-testid="navigatie"] .hoofdnav__top').getBoundingClientRect().height,
  }));
  if (lijst > item * 1.5)
    throw new Error(
      `De navigatie beslaat bij ${maat} meer dan één regel (${lijst}px hoog, een item ${item}px)`,
    );
  return lijst;
}

export async function werkvoorraadScenario({ page, basis, naar, foto, verwacht, geenDialogen, zetStap }) {
  const kenmerk = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  const persoonNaam = `Werkvoorraadtest ${kenmerk} (fictief)`;
  const vorigeViewport = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 800 });

  // (a) Own data: a COA signal, the IND procesregisseur confirms its proposal, two actions on the case.
  zetStap('werkvoorraad: casus met acties (GraphQL)');
  const coa = await haalToken(basis, 'coa-locatiemanager');
  const ind = await haalToken(basis, 'ind-procesregisseur');
  const { signaalCategorieen } = await gqlData(basis, coa, `{ signaalCategorieen { code } }`);
  const codes = signaalCategorieen.map((c) => c.code);
  const { registreerSignaal } = await gqlData(
    basis,
    coa,
    `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id personen { id } } }`,
    {
      i: {
        bronOrganisatie: 'COA',
        bronReferentie: `E2E-WERKVOORRAAD-${kenmerk}`,
        categorie: codes.includes('OVERLAST_OPVANGLOCATIE') ? 'OVERLAST_OPVANGLOCATIE' : codes[0],
        ernst: 2,
        omschrijving: `E2E werkvoorraad (synthetisch): verstoring bij de balie — ${kenmerk}`,
        tijdstipIncident: new Date(Date.now() - 30 * 60_000).toISOString(),
        plaats: { gemeente: 'Westerwolde', locatieCode: 'TER_APEL' },
        personen: [{ naam: persoonNaam, nationaliteit: 'MAR' }],
      },
    },
  );
  const signaalId = registreerSignaal.id;
  let voorstelId = null;
  for (const tot = Date.now() + VOORSTEL_WACHTTIJD_MS; !voorstelId;) {
    const { casusVoorstellen } = await gqlData(
      basis,
      ind,
      `query($s: ID) { casusVoorstellen(signaalId: $s) { id status } }`,
      { s: signaalId },
    );
    voorstelId = casusVoorstellen.find((v) => v.status === 'OPEN')?.id ?? null;
    if (!voorstelId && Date.now() > tot)
      throw new Error(`Geen casusvoorstel bij signaal ${signaalId} binnen ${VOORSTEL_WACHTTIJD_MS / 1000} s`);
    if (!voorstelId) await page.waitForTimeout(500);
  }
  const { bevestigVoorstel } = await gqlData(
    basis,
    ind,
    `mutation($id: ID!, $g: CasusGegevens) { bevestigVoorstel(id: $id, gegevens: $g) { id procesregisseur { sub } } }`,
    { id: voorstelId, g: { spoor: 1, kansarm: true, locatieCode: 'TER_APEL' } },
  );
  const casusId = bevestigVoorstel.id;
  if (bevestigVoorstel.procesregisseur.sub !== subVan(ind))
    throw new Error(`De bevestigende IND-procesregisseur is niet de procesregisseur van casus ${casusId}`);
  const actie = (omschrijving, deadline) =>
    gqlData(
      basis,
      ind,
      `mutation($id: ID!, $a: ActieInvoer!) { maakActie(casusId: $id, actie: $a) { id } }`,
      { id: casusId, a: { omschrijving, eigenaarOrganisatie: 'IND', deadline } },
    );
  await actie(
    `Gehoor had al moeten plaatsvinden (E2E ${kenmerk})`,
    new Date(Date.now() - 2 * 3600_000).toISOString(),
  );
  await actie(
    `Vertrekgesprek voorbereiden (E2E ${kenmerk})`,
    new Date(Date.now() + 2 * 86_400_000).toISOString(),
  );
  const { casusregieTermijnen } = await gqlData(
    basis,
    ind,
    `{ casusregieTermijnen(weergave: KOMEND, eerste: 1000) { id onderwerpId status vervaltOp } }`,
  );
  // The overdue action's deadline may not have fired yet: take the one in the future.
  const termijnId = casusregieTermijnen.find(
    (t) => t.onderwerpId === casusId && Date.parse(t.vervaltOp) > Date.now(),
  )?.id;
  if (!termijnId)
    throw new Error(`De actie over twee dagen staat niet bij de termijnen van casus ${casusId}`);

  // (b) The IND procesregisseur: the navigation on one line, Werkvoorraad through its menu.
  zetStap('werkvoorraad: navigatie als IND-procesregisseur');
  await page.goto(naar('#/signalen'), { waitUntil: 'domcontentloaded' });
  await wisselPersona(page, verwacht, 'ind-procesregisseur');
  await navigatieOpEenRegel(page, '1280×800');
  for (const nav of [
    'nav-signalen',
    'nav-nieuw-signaal',
    'nav-personen',
    'nav-casussen',
    'nav-voorstellen',
    'nav-overleggen',
    'nav-dagoverzicht',
    'nav-capaciteit',
    'nav-plaatsingen',
    'nav-inhuisregistratie',
    'nav-planning',
    'nav-ind-slots',
    'nav-zsm',
    'nav-cijfers',
    'nav-dashboard',
    'nav-termijnen',
    'nav-werkvoorraad',
  ]) {
    await toonNav(page, nav);
    await verwacht(tid(nav), `Navigatie-item ${nav}`);
  }

  // Keyboard: Enter opens a group, Escape closes it and leaves focus on its button, ArrowDown opens
  // it at the first link.
  zetStap('werkvoorraad: navigatie met het toetsenbord');
  await page.keyboard.press('Escape');
  const knop = page.locator(tid('navgroep-casussen'));
  await knop.focus();
  if ((await knop.getAttribute('aria-expanded')) !== 'false') {
    await page.keyboard.press('Escape');
  }
  await page.keyboard.press('Enter');
  if ((await knop.getAttribute('aria-expanded')) !== 'true')
    throw new Error('Enter opent de groep Casussen niet');
  await verwacht(tid('nav-voorstellen'), 'Voorstellen in het geopende menu');
  await page.keyboard.press('Escape');
  if ((await knop.getAttribute('aria-expanded')) !== 'false')
    throw new Error('Escape sluit de groep Casussen niet');
  if (!(await knop.evaluate((k) => k === document.activeElement)))
    throw new Error('Na Escape staat de focus niet op de knop Casussen');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'nav-casussen');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'nav-voorstellen');
  await page.keyboard.press('Escape');

  zetStap('werkvoorraad: pagina openen vanuit het menu');
  await (await toonNav(page, 'nav-werkvoorraad')).click();
  await verwacht(tid('werkvoorraad-pagina'), 'De werkvoorraadpagina');
  if (!new URL(page.url()).hash.startsWith('#/werkvoorraad'))
    throw new Error(`Werkvoorraad staat niet op #/werkvoorraad maar op ${page.url()}`);
  await verwacht(tid('wv-tab-mijn'), 'Tab Mijn casussen');

  // (c) Every count equals the API: tabs, the menu and the total on the Werkvoorraad button.
  zetStap('werkvoorraad: tellingen tegen de API');
  await toonNav(page, 'nav-wv-mijn');
  const ind1 = await vergelijkTellingen(page, basis, ind, 'ind-procesregisseur', LIJSTEN);
  const knopNaam = await page.locator(tid('navgroep-werkvoorraad')).evaluate((k) => k.textContent);
  const werkvoorraadKnop = page.getByRole('button', {
    name: `Werkvoorraad, ${ind1.som} open ${ind1.som === 1 ? 'item' : 'items'}`,
  });
  if ((await werkvoorraadKnop.count()) !== 1)
    throw new Error(
      `De knop Werkvoorraad heet niet 'Werkvoorraad, ${ind1.som} open items' (tekst: ${knopNaam})`,
    );
  await foto('werkvoorraad-menu-1280x800', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.locator('h1').first().click();

  // (d) Work through a queue item: 'Te laat' holds the new case; open it and land on the case.
  zetStap('werkvoorraad: te laat, casus openen');
  await page.locator(tid('wv-tab-te-laat')).click();
  await verwacht(tid(`wv-item-${casusId}`), 'De eigen casus in Te laat');
  await foto('werkvoorraad-te-laat', { fullPage: false });
  await page.locator(tid(`wv-open-${casusId}`)).click();
  await verwacht(tid('casus-detail'), 'De casuspagina na het openen vanuit de werkvoorraad');
  if (new URL(page.url()).hash !== `#/casussen/${casusId}`)
    throw new Error(`Casus geopend op ${page.url()}, verwacht #/casussen/${casusId}`);
  await page.goBack();
  await verwacht(tid(`wv-item-${casusId}`), 'Terug in Te laat');

  // The same case under 'Mijn casussen', and its action due in two days under 'Termijnen deze week'.
  zetStap('werkvoorraad: mijn casussen en termijnen');
  await page.locator(tid('wv-tab-mijn')).click();
  await verwacht(tid(`wv-item-${casusId}`), 'De eigen casus in Mijn casussen');
  await page.locator(tid('wv-tab-termijnen')).click();
  await verwacht(`${tid('wv-tabel')}, ${tid('wv-leeg')}`, 'Termijnen deze week');
  // The deadline's explanation names the action, with this run's mark: the text filter finds it.
  await page.goto(naar(`#/werkvoorraad?lijst=termijnen&tekst=${kenmerk}`));
  await verwacht(tid(`wv-item-${termijnId}`), 'De actietermijn in Termijnen deze week');

  // A waiting-list placement, when there is one: the queue leads to it on the placements page.
  if ((ind1.api.wachtlijstItems ?? []).length > 0) {
    zetStap('werkvoorraad: wachtlijst, plaatsing openen');
    const p = ind1.api.wachtlijstItems[0];
    await page.locator(tid('wv-tab-wachtlijst')).click();
    await verwacht(tid(`wv-item-${p.id}`), 'De eerste plaatsing op de wachtlijst');
    await page.locator(tid(`wv-open-${p.id}`)).click();
    await verwacht(tid(`plaatsing-${p.id}`), 'De plaatsing op de plaatsingenpagina');
    await page.goBack();
  } else {
    await page.locator(tid('wv-tab-wachtlijst')).click();
    await verwacht(tid('wv-leeg'), 'Lege wachtlijst');
  }

  // (e) A filter in the address, saved under a name, found again after a reload, and deleted.
  zetStap('werkvoorraad: filteren');
  await page.locator(tid('wv-tab-te-laat')).click();
  await verwacht(tid('wv-filter'), 'Filter van Te laat');
  await page.locator(tid('wv-filter-spoor')).selectOption('1');
  await page.locator(tid('wv-filter-tekst')).fill(kenmerk);
  await page.locator(tid('wv-filter-toepassen')).click();
  await page.waitForFunction((k) => location.hash.includes(`tekst=${k}`), kenmerk);
  const gefilterd = new URL(page.url()).hash;
  for (const deel of ['lijst=te-laat', 'spoor=1', `tekst=${kenmerk}`])
    if (!gefilterd.includes(deel)) throw new Error(`Filter staat niet in het adres (${deel}): ${gefilterd}`);
  await verwacht(tid(`wv-item-${casusId}`), 'De eigen casus na filteren');
  const rijen = await page.locator('[data-testid^="wv-item-"]').count();
  if (rijen !== 1) throw new Error(`Na filteren op ${kenmerk} ${rijen} regels, verwacht 1`);

  zetStap('werkvoorraad: filter bewaren');
  await page.locator(tid('wv-filter-bewaren')).click();
  await verwacht(tid('fout-wv-filter-naam'), 'Foutmelding: een filter zonder naam');
  const filterNaam = `Te laat ${kenmerk}`;
  await page.locator(tid('wv-filter-naam')).fill(filterNaam);
  await page.locator(tid('wv-filter-bewaren')).click();
  await verwacht(tid('wv-filter-melding'), 'Melding: filter bewaard');
  const bewaard = page.locator(`${tid('wv-bewaarde-filters')} li`, { hasText: filterNaam });
  if ((await bewaard.count()) !== 1) throw new Error(`Bewaard filter '${filterNaam}' staat niet in de lijst`);
  const sleutels = await page.evaluate(() => Object.keys(localStorage));
  const sleutel = `ketenbeeld.werkvoorraad.filters.${subVan(ind)}`;
  if (!sleutels.includes(sleutel))
    throw new Error(`Bewaarde filters staan niet onder ${sleutel} (wel: ${sleutels.join(', ')})`);
  const deellink = await page.locator(tid('wv-deellink')).inputValue();
  if (!deellink.includes('#/werkvoorraad?') || !deellink.includes(`tekst=${kenmerk}`))
    throw new Error(`De deellink is niet de gefilterde weergave: ${deellink}`);
  await foto('werkvoorraad-filter-bewaard', { fullPage: false });

  zetStap('werkvoorraad: bewaard filter na herladen');
  await page.goto(naar('#/werkvoorraad'));
  await page.reload();
  await verwacht(tid('wv-bewaarde-filters'), 'Bewaarde filters na herladen');
  const link = page
    .locator(`${tid('wv-bewaarde-filters')} li`, { hasText: filterNaam })
    .locator(tid('wv-bewaard-link'));
  await link.click();
  await page.waitForFunction((k) => location.hash.includes(`tekst=${k}`), kenmerk);
  await verwacht(tid(`wv-item-${casusId}`), 'De eigen casus via het bewaarde filter');
  if ((await page.locator(tid('wv-filter-spoor')).inputValue()) !== '1')
    throw new Error('Het bewaarde filter zet het spoor niet terug');

  // (f) Accessibility of the page with a menu open, and the screenshots at 1280×800 and 768×1024.
  zetStap('werkvoorraad: toegankelijkheidsscan (axe)');
  await axeScan(page, tid('werkvoorraad-pagina'), 'werkvoorraad');
  await page.locator(tid('navgroep-werkvoorraad')).click();
  const navScan = await axeScan(page, tid('navigatie'), 'navigatie met open menu');
  await page.keyboard.press('Escape');

  zetStap('werkvoorraad: schermafdrukken');
  await page.evaluate(() => window.scrollTo(0, 0));
  await foto('werkvoorraad-1280x800', { fullPage: false });
  await page.setViewportSize({ width: 768, height: 1024 });
  await navigatieOpEenRegel(page, '768×1024');
  const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
  if (breedte > 768) throw new Error(`Bij 768 px breed schuift de pagina horizontaal (${breedte}px)`);
  await foto('werkvoorraad-768x1024', { fullPage: false });
  await page.locator(tid('navgroep-planning')).click();
  await verwacht(tid('nav-ind-slots'), 'IND-slots in het menu Planning op tabletformaat');
  await foto('werkvoorraad-768x1024-menu', { fullPage: false });
  await page.keyboard.press('Escape');
  await page.setViewportSize({ width: 1280, height: 800 });

  // (g) The shared link opens the same view for a colleague (COA takes part in the case)…
  zetStap('werkvoorraad: gedeelde link bij een collega');
  const collega = await page
    .context()
    .browser()
    .newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
  try {
    const cp = await collega.newPage();
    await cp.goto(deellink);
    await cp.locator(tid('persona-coa-locatiemanager')).click();
    await cp.locator(tid('aangemeld-als')).waitFor();
    await cp.goto(deellink);
    await cp.locator(tid(`wv-item-${casusId}`)).waitFor({ state: 'visible' });
    if ((await cp.locator(tid('wv-filter-tekst')).inputValue()) !== kenmerk)
      throw new Error('De gedeelde link zet het tekstfilter niet bij de collega');
    // … and shows a police reporter no more than they may see.
    await cp.locator(tid('afmelden')).click();
    await cp.locator(tid('persona-politie-melder')).click();
    await cp.locator(tid('aangemeld-als')).waitFor();
    await cp.goto(deellink);
    await cp.locator(tid('wv-geen-toegang')).waitFor({ state: 'visible' });
    if ((await cp.locator(tid(`wv-item-${casusId}`)).count()) > 0)
      throw new Error('Een politiemelder ziet via de gedeelde link de casus');
  } finally {
    await collega.close();
  }

  zetStap('werkvoorraad: bewaard filter verwijderen');
  await page
    .locator(`${tid('wv-bewaarde-filters')} li`, { hasText: filterNaam })
    .locator(tid('wv-bewaard-verwijder'))
    .click();
  await page
    .locator(`${tid('wv-bewaarde-filters')} li`, { hasText: filterNaam })
    .waitFor({ state: 'detached' });
  geenDialogen();

  // (h) The police reporter: only the queues they may see, in the navigation and on the page.
  zetStap('werkvoorraad: melder ziet alleen eigen werkvoorraad');
  await wisselPersona(page, verwacht, 'politie-melder');
  await page.goto(naar('#/werkvoorraad'));
  await verwacht(tid('werkvoorraad-pagina'), 'De werkvoorraadpagina als politiemelder');
  await toonNav(page, 'nav-werkvoorraad');
  // Cases and proposals answer a reporter with empty lists and planning refuses: only their deadlines.
  const pol = await vergelijkTellingen(
    page,
    basis,
    await haalToken(basis, 'politie-melder'),
    'politie-melder',
    ['termijnen'],
  );
  if ((await page.locator('.melding--fout').count()) > 0)
    throw new Error(
      `Foutmelding op de werkvoorraad van de politiemelder: ${await page.locator('.melding--fout').first().innerText()}`,
    );
  for (const code of ['mijn', 'te-laat', 'signalen', 'wachtlijst']) {
    if ((await page.locator(tid(`wv-tab-${code}`)).count()) > 0)
      throw new Error(`De politiemelder ziet de werkvoorraad '${code}'`);
    if ((await page.locator(tid(`nav-wv-${code}`)).count()) > 0)
      throw new Error(`De politiemelder ziet '${code}' in het menu Werkvoorraad`);
  }
  for (const nav of ['nav-voorstellen', 'nav-overleggen', 'nav-capaciteit', 'nav-zsm', 'nav-cijfers'])
    if ((await page.locator(tid(nav)).count()) > 0) throw new Error(`De politiemelder krijgt ${nav} te zien`);
  await page.keyboard.press('Escape');
  await foto('werkvoorraad-politie', { fullPage: false });
  await page.goto(naar('#/werkvoorraad?lijst=wachtlijst'));
  await verwacht(tid('wv-geen-toegang'), 'Geen toegang tot de wachtlijst als politiemelder');
  geenDialogen();

  if (vorigeViewport) await page.setViewportSize(vorigeViewport);
  return {
    casusId,
    termijnId,
    tellingen: { ind: ind1.api, politie: pol.api },
    navigatieAxe: navScan.map((x) => `${x.id} (${x.impact})`),
  };
}
