// Browser test of the Ketenbeeld console in Chromium (playwright-core, no bundled browser).
//
//   import { runConsoleE2E } from './apps/console/e2e/console.e2e.mjs';
//   await runConsoleE2E({ baseUrl: 'http://127.0.0.1:4000/', screenshotDir: '/tmp/shots' });
//
// Needs the gateway (serving the console build, /graphql and /config.json), the IdP and the
// services running. Creates its own data (a unique bronReferentie per run); depends on nothing else.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { dashboardScenario } from './scenario-dashboard.mjs';
import { liveScenario } from './scenario-live.mjs';
import { ketenbeeldScenario } from './scenario-ketenbeeld.mjs';
import { toegankelijkheidScenario } from './scenario-toegankelijkheid.mjs';
import { verwerkingslogScenario } from './scenario-verwerkingslog.mjs';
import { toonNav, werkvoorraadScenario } from './scenario-werkvoorraad.mjs';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const PERSONA = 'coa-locatiemanager';
const TIMEOUT_MS = 15_000;

/** data-testid selector; attribute form, because test ids contain dots (personen.0.naam). */
const tid = (id) => `[data-testid="${id}"]`;

/** Markup that must come back as literal text, never run or rendered. */
const SCRIPT = '<script>alert(1)</script>';
const omschrijvingVoor = (bronReferentie) =>
  `E2E-test (synthetisch): verstoring op de opvanglocatie. <b>geen HTML</b> ${SCRIPT} — ${bronReferentie}`;

/**
 * Runs the console scenarios (signals, casusregie, ZSM, then planning); resolves with a summary, throws
 * with a clear message on any failure. `scenarios` limits the run (default: all four; 'zsm' only when
 * `zsmUrl` is given). `zsmUrl` is the zsm service itself (the gateway does not expose its REST API):
 * the ZSM scenario registers a suspect there as the OM's ZSM desk would.
 * @param {{ baseUrl: string, screenshotDir: string, chromiumPath?: string, zsmUrl?: string, scenarios?: ('signalen' | 'casusregie' | 'zsm' | 'planning' | 'dashboard' | 'ketenbeeld' | 'werkvoorraad' | 'verwerkingslog' | 'toegankelijkheid' | 'live')[] }} options
 */
export async function runConsoleE2E({
  baseUrl,
  screenshotDir,
  chromiumPath = '/usr/bin/chromium',
  zsmUrl,
  signalenUrl,
  scenarios = [
    'signalen',
    'casusregie',
    ...(zsmUrl ? ['zsm'] : []),
    'planning',
    'dashboard',
    'ketenbeeld',
    'werkvoorraad',
    'verwerkingslog',
    'toegankelijkheid',
    ...(signalenUrl ? ['live'] : []),
  ],
}) {
  if (!baseUrl) throw new Error('runConsoleE2E: baseUrl ontbreekt');
  if (!screenshotDir) throw new Error('runConsoleE2E: screenshotDir ontbreekt');
  if (scenarios.includes('live') && !signalenUrl)
    throw new Error('runConsoleE2E: het live-scenario vraagt signalenUrl (de REST-API van signalen)');
  if (scenarios.includes('zsm') && !zsmUrl)
    throw new Error('runConsoleE2E: het ZSM-scenario vraagt zsmUrl (de REST-API van de zsm-dienst)');
  await mkdir(screenshotDir, { recursive: true });

  const basis = new URL(baseUrl);
  basis.hash = '';
  const naar = (hash) => `${basis.href}${hash}`;

  const schermafdrukken = [];
  const consoleFouten = [];
  let stap = 'browser starten';
  let nummer = 0;

  let browser;
  try {
    // LANGUAGE: Chromium on Linux takes its UI language (and so how it draws <input type=date>) from
    // the environment, not from --lang; Dutch needs its Dutch language file (Debian: chromium-l10n).
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
      env: { ...process.env, LANGUAGE: 'nl_NL:nl' },
    });
  } catch (e) {
    throw new Error(
      `Console-E2E: Chromium kon niet starten vanaf ${chromiumPath}: ${e instanceof Error ? e.message : e}`,
    );
  }

  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    context.setDefaultTimeout(TIMEOUT_MS);
    const page = await context.newPage();
    page.on('pageerror', (e) => consoleFouten.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') consoleFouten.push(`console: ${m.text()}`);
    });
    // No alert/confirm/prompt may ever open: not from injected markup, not as a confirmation.
    const dialogen = [];
    page.on('dialog', (d) => {
      dialogen.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => undefined);
    });
    const geenDialogen = () => {
      if (dialogen.length > 0)
        throw new Error(`Er opende een browserdialoog (alert/confirm): ${dialogen.join(' | ')}`);
    };

    const foto = async (naam, { fullPage = true } = {}) => {
      nummer += 1;
      const bestand = path.join(screenshotDir, `${String(nummer).padStart(2, '0')}-${naam}.png`);
      await page.screenshot({ path: bestand, fullPage });
      schermafdrukken.push(bestand);
      return bestand;
    };

    const verwacht = async (selector, omschrijving) => {
      try {
        await page.locator(selector).first().waitFor({ state: 'visible' });
      } catch {
        const extra = await zichtbareFouttekst(page);
        throw new Error(
          `${omschrijving} niet gevonden (${selector})${extra ? `; op de pagina: ${extra}` : ''}`,
        );
      }
    };

    const vulGeldigSignaal = async (bronReferentie, persoon) => {
      await verwacht(tid('signaal-formulier'), 'Formulier nieuw signaal');
      // Options come from GraphQL; wait until the category list has real options.
      await page.waitForFunction((sel) => {
        const s = document.querySelector(sel);
        return s instanceof HTMLSelectElement && !s.disabled && s.options.length > 1;
      }, tid('categorie'));
      const organisatie = await page.locator(tid('bronOrganisatie')).inputValue();
      if (organisatie !== 'COA')
        throw new Error(`bronOrganisatie staat niet standaard op COA maar op '${organisatie}'`);
      await page.locator(tid('bronReferentie')).fill(bronReferentie);
      const categorieen = await page
        .locator(`${tid('categorie')} option`)
        .evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
      const categorie = categorieen.includes('OVERLAST_OPVANGLOCATIE')
        ? 'OVERLAST_OPVANGLOCATIE'
        : categorieen[0];
      await page.locator(tid('categorie')).selectOption(categorie);
      await page.locator(tid('ernst')).selectOption('2');
      await page.locator(tid('omschrijving')).fill(omschrijvingVoor(bronReferentie));
      await page.locator(tid('plaats.gemeente')).fill('Westerwolde');
      await page.locator(tid('plaats.locatieCode')).selectOption('TER_APEL');
      if (persoon.vNummer !== undefined) await page.locator(tid('personen.0.vNummer')).fill(persoon.vNummer);
      if (persoon.naam !== undefined) await page.locator(tid('personen.0.naam')).fill(persoon.naam);
      if (persoon.nationaliteit !== undefined)
        await page.locator(tid('personen.0.nationaliteit')).fill(persoon.nationaliteit);
    };

    let bronReferentie = null;
    let signaalId = null;
    if (scenarios.includes('signalen')) {
      // 1. Sign-in screen with personas.
      stap = 'aanmeldscherm openen';
      await page.goto(basis.href, { waitUntil: 'domcontentloaded' });
      await verwacht(tid(`persona-${PERSONA}`), `Persona-kaart '${PERSONA}'`);
      await foto('aanmelden');

      // 2. Sign in.
      stap = `aanmelden als ${PERSONA}`;
      await page.locator(tid(`persona-${PERSONA}`)).click();
      await verwacht(tid('aangemeld-als'), 'Kop met aangemelde gebruiker');
      const organisatie = await page.locator(tid('gebruiker-organisatie')).innerText();
      if (!organisatie.includes('COA'))
        throw new Error(`Kop toont organisatie '${organisatie}', verwacht COA`);
      await verwacht(
        `${tid('signalen-tabel')}, ${tid('signalen-leeg')}`,
        'Signalenoverzicht (tabel of lege staat)',
      );
      await foto('signalen-na-aanmelden');

      // 3. Register a valid signal: one person by hand (name + nationality), two through the group input.
      stap = 'geldig signaal registreren';
      bronReferentie = `E2E-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
      const persoonNaam = `Testpersoon ${bronReferentie.slice(-6)} (fictief)`;
      await (await toonNav(page, 'nav-nieuw-signaal')).click();
      await vulGeldigSignaal(bronReferentie, { naam: persoonNaam, nationaliteit: 'SYR' });
      // Group incident: two more persons in one go (a description and a name), counted while typing.
      const groepNaam = `Groepslid ${bronReferentie.slice(-6)} (fictief)`;
      await page.locator(`${tid('groep-toevoegen')} summary`).click();
      await page.locator(tid('groep-tekst')).fill(`- man met rode jas (E2E)\n${groepNaam}`);
      const telling = await page.locator(tid('groep-tekst-aantal')).innerText();
      if (!telling.startsWith('2 personen'))
        throw new Error(`Groepsinvoer telt '${telling}', verwacht 2 personen`);
      await page.locator(tid('groep-toevoegen-knop')).click();
      await verwacht(tid('personen.2.naam'), 'Derde persoonsrij (uit de groep)');
      const groepRij = await page.locator(tid('personen.2.naam')).inputValue();
      if (groepRij !== groepNaam) throw new Error(`Groepsregel werd '${groepRij}', verwacht '${groepNaam}'`);
      const beschrijving = await page.locator(tid('personen.1.omschrijving')).inputValue();
      if (beschrijving !== 'man met rode jas (E2E)')
        throw new Error(`Regel met streepje werd geen omschrijving maar '${beschrijving}'`);
      await foto('formulier-ingevuld');
      await page.locator(tid('submit-signaal')).click();
      await verwacht(tid('melding-succes'), 'Melding "Signaal geregistreerd"');
      const succes = await page.locator(tid('melding-succes')).innerText();
      if (!succes.includes('Signaal geregistreerd'))
        throw new Error(`Succesmelding heeft onverwachte tekst: ${succes}`);
      signaalId = (await page.locator(tid('nieuw-signaal-id')).innerText()).trim();
      if (!signaalId) throw new Error('Succesmelding toont geen signaal-id');
      const naReset = await page.locator(tid('bronReferentie')).inputValue();
      if (naReset !== '')
        throw new Error(`Formulier is na registratie niet leeggemaakt (bronReferentie='${naReset}')`);
      await foto('signaal-geregistreerd');

      // 4. The new signal is in the list.
      stap = 'nieuw signaal in het overzicht';
      await (await toonNav(page, 'nav-signalen')).click();
      await verwacht(tid('signalen-tabel'), 'Signalentabel');
      const rij = page.locator(`${tid('signalen-tabel')} tbody tr`, { hasText: bronReferentie });
      try {
        await rij.first().waitFor({ state: 'visible' });
      } catch {
        throw new Error(
          `Signaal met referentie ${bronReferentie} (id ${signaalId}) staat niet in het overzicht`,
        );
      }
      const rijTekst = await rij.first().innerText();
      if (!rijTekst.includes(persoonNaam))
        throw new Error(`Rij van het nieuwe signaal noemt de persoon '${persoonNaam}' niet: ${rijTekst}`);
      if (!rijTekst.includes('<b>geen HTML</b>') || !rijTekst.includes(SCRIPT))
        throw new Error('Omschrijving wordt niet als letterlijke tekst getoond (HTML-injectie?)');
      if ((await rij.first().locator('b, script').count()) > 0)
        throw new Error('Omschrijving is als HTML weergegeven');
      if (!rijTekst.includes('2 – Matig')) throw new Error(`Rij toont de ernst niet: ${rijTekst}`);
      await rij.first().scrollIntoViewIfNeeded();
      await foto('signaal-in-overzicht');

      // 4b. Filter on place and category: the signal stays, an impossible period empties the list.
      stap = 'signalen filteren';
      await page.locator(tid('signalen-filter-plaats')).fill('TER_APEL');
      await page.locator(tid('signalen-filter-toepassen')).click();
      await page.waitForFunction(() => window.location.hash.includes('plaats=TER_APEL'));
      await rij.first().waitFor({ state: 'visible' });
      await page.locator(tid('signalen-filter-van')).fill('2001-01-01');
      await page.locator(tid('signalen-filter-tot')).fill('2001-01-02');
      await page.locator(tid('signalen-filter-toepassen')).click();
      await verwacht(tid('signalen-leeg'), 'Lege lijst bij een periode zonder signalen');
      await foto('signalen-gefilterd-leeg');
      await page.locator(tid('signalen-filter-wissen')).click();
      await verwacht(tid('signalen-tabel'), 'Signalentabel na filters wissen');

      // 5. The signal's own page: all fields, persons, history; the description literally as text.
      stap = 'signaaldetail openen';
      await rij.first().locator('td.omschrijving').click();
      await verwacht(tid('signaal-detail'), 'Signaaldetail');
      if (!page.url().includes(`#/signalen/${signaalId}`))
        throw new Error(`Klik op de rij opende ${page.url()}, verwacht #/signalen/${signaalId}`);
      const omschrijving = page.locator(tid('signaal-omschrijving'));
      const omschrijvingTekst = await omschrijving.innerText();
      if (!omschrijvingTekst.includes(SCRIPT) || !omschrijvingTekst.includes('<b>geen HTML</b>'))
        throw new Error(`Omschrijving staat niet letterlijk op de detailpagina: ${omschrijvingTekst}`);
      if ((await omschrijving.locator('script, b').count()) > 0)
        throw new Error('Omschrijving is op de detailpagina als HTML weergegeven');
      if ((await page.locator(`${tid('signaal-detail')} script`).count()) > 0)
        throw new Error('Er staat een <script>-element in de signaalpagina');
      geenDialogen();
      const plaats = await page.locator(tid('signaal-plaats')).innerText();
      if (!plaats.includes('Westerwolde') || !plaats.includes('Ter Apel'))
        throw new Error(`Detailpagina toont de plaats niet: ${plaats}`);
      await verwacht(tid('historie-1'), 'Geschiedenis met de registratie (versie 1)');
      const personenTekst = await page.locator(tid('signaal-personen')).innerText();
      if (!personenTekst.includes(persoonNaam) || !personenTekst.includes(groepNaam))
        throw new Error(`Personen op de detailpagina onvolledig: ${personenTekst}`);
      await foto('signaal-detail');

      // 5b. Add a person (group input) and correct the ernst: each a new version in the history.
      stap = 'personen toevoegen aan het signaal';
      await page.locator(tid('actie-personen-toevoegen')).click();
      await page.locator(tid('personen-toevoegen-tekst')).fill('- vrouw met groene tas (E2E)');
      await page.locator(tid('personen-toevoegen-reden')).fill('Later herkend op camerabeelden (E2E)');
      await foto('signaal-personen-toevoegen');
      await page.locator(tid('personen-toevoegen-opslaan')).click();
      await verwacht(tid('actie-succes'), 'Melding na personen toevoegen');
      await verwacht(tid('historie-2'), 'Versie 2 in de geschiedenis');

      stap = 'signaal corrigeren';
      await page.locator(tid('actie-corrigeren')).click();
      await verwacht(tid('corrigeren-formulier'), 'Correctieformulier');
      await page.locator(tid('ernst')).selectOption('3');
      await page.locator(tid('corrigeren-opslaan')).click();
      await verwacht(tid('fout-correctie-reden'), 'Veldfout: reden verplicht bij een correctie');
      await page.locator(tid('correctie-reden')).fill('Letsel bij een medewerker bleek later (E2E)');
      await page.locator(tid('corrigeren-opslaan')).click();
      await verwacht(tid('actie-succes'), 'Melding na corrigeren');
      await verwacht(tid('historie-3'), 'Versie 3 in de geschiedenis');
      const labels = await page.locator(tid('signaal-labels')).innerText();
      if (!labels.includes('3 – Ernstig')) throw new Error(`Ernst na correctie: ${labels}`);
      const historie = await page.locator(tid('historie-3')).innerText();
      if (!historie.includes('2 – Matig') || !historie.includes('3 – Ernstig'))
        throw new Error(`Geschiedenis noemt de wijziging van de ernst niet: ${historie}`);
      await foto('signaal-gecorrigeerd');
      geenDialogen();

      // 6. An invalid signal (V-nummer '123') shows the field error and is not registered.
      stap = 'ongeldig signaal (V-nummer 123)';
      await (await toonNav(page, 'nav-nieuw-signaal')).click();
      const ongeldigeReferentie = `${bronReferentie}-ONGELDIG`;
      await vulGeldigSignaal(ongeldigeReferentie, { vNummer: '123', naam: persoonNaam });
      await page.locator(tid('submit-signaal')).click();
      await verwacht(tid('fout-personen.0.vNummer'), 'Veldfout bij V-nummer');
      const veldfout = await page.locator(tid('fout-personen.0.vNummer')).innerText();
      if (!/10 cijfers/.test(veldfout))
        throw new Error(`Veldfout bij V-nummer zegt niet '10 cijfers': ${veldfout}`);
      await verwacht(tid('fout-samenvatting'), 'Foutensamenvatting bovenaan');
      if ((await page.locator(tid('melding-succes')).count()) > 0)
        throw new Error('Ongeldig signaal werd toch geregistreerd');
      if ((await page.locator(tid('personen.0.vNummer')).getAttribute('aria-invalid')) !== 'true')
        throw new Error('V-nummerveld is niet als ongeldig gemarkeerd (aria-invalid)');
      await foto('veldfout-vnummer');

      // 7. Person view from the list, fed by one composed query; Koppelen for a kernteam member.
      stap = 'persoonsbeeld openen';
      await (await toonNav(page, 'nav-signalen')).click();
      await verwacht(tid('signalen-tabel'), 'Signalentabel');
      const persoonLink = page
        .locator(`${tid('signalen-tabel')} tbody tr`, { hasText: bronReferentie })
        .first()
        .locator('[data-testid^="persoon-"]', { hasText: persoonNaam })
        .first();
      await persoonLink.waitFor({ state: 'visible' });
      await persoonLink.click();
      await verwacht(tid('persoon-detail'), 'Persoonsbeeld');
      await verwacht(tid('blok-signalen'), 'Blok Signalen');
      const blok = page.locator(tid('blok-signalen'));
      const kop = await blok.locator('h2').innerText();
      if (kop.trim() !== 'Signalen') throw new Error(`Blok Signalen heeft kop '${kop}'`);
      try {
        await blok.locator('tbody tr').first().waitFor({ state: 'visible' });
      } catch {
        throw new Error(
          `Blok Signalen toont geen signalen voor de persoon van ${bronReferentie}: ${await blok.innerText()}`,
        );
      }
      const titel = await page.locator('#persoon-titel').innerText();
      if (!titel.includes(persoonNaam))
        throw new Error(`Persoonsbeeld toont '${titel}', verwacht '${persoonNaam}'`);
      for (const b of ['signaalMeldingen', 'zsmSignaalOverzicht', 'plaatsingen']) {
        await verwacht(tid(`blok-${b}`), `Blok ${b}`);
      }
      // coa-locatiemanager is a kernteam member: match candidates, V-nummer and merges are offered.
      await verwacht(tid('koppelen'), 'Sectie Koppelen en samenvoegen');
      await verwacht(
        `${tid('kandidaten')}, ${tid('kandidaten-leeg')}`,
        'Kandidaten (tabel of lege staat) in Koppelen',
      );
      await verwacht(tid('vnummer-toekennen'), 'Formulier V-nummer toekennen (voorlopige identiteit)');
      await foto('persoonsbeeld');
      await page.locator(tid('koppelen')).scrollIntoViewIfNeeded();
      await foto('persoon-koppelen', { fullPage: false });
      const samenvoegKnop = page.locator(
        `${tid('kandidaten')} [data-testid^="samenvoegen-"]:not([disabled])`,
      );
      if ((await samenvoegKnop.count()) > 0) {
        // Open the confirmation (never a browser dialog), look, and cancel: nothing is merged.
        await samenvoegKnop.first().click();
        await verwacht(tid('samenvoegen-dialoog'), 'Bevestiging samenvoegen');
        await verwacht(tid('samenvoegen-richting'), 'Welk record blijft en welk opgaat');
        await foto('persoon-samenvoegen-bevestiging');
        await page.locator(tid('samenvoegen-annuleren')).click();
        await page.locator(tid('samenvoegen-dialoog')).waitFor({ state: 'hidden' });
      }
      geenDialogen();

      // 8. Deadlines page from the navigation: upcoming rows or the empty state, and no error.
      stap = 'termijnen openen';
      await (await toonNav(page, 'nav-termijnen')).click();
      await verwacht(
        `${tid('termijnen-komend')} [data-testid^="termijn-"], ${tid('termijnen-komend-leeg')}`,
        'Komende termijnen (rijen of lege staat)',
      );
      for (const fout of ['fout-termijnen', 'termijnen-deelfout']) {
        if ((await page.locator(tid(fout)).count()) > 0)
          throw new Error(`Termijnenpagina toont een foutmelding: ${await zichtbareFouttekst(page)}`);
      }
      await foto('termijnen');
      geenDialogen();
    }

    // The later scenarios share one context and run in this order, each when asked for.
    const ctx = {
      page,
      basis,
      naar,
      foto,
      verwacht,
      geenDialogen,
      zsmUrl,
      signalenUrl,
      zetStap: (s) => {
        stap = s;
      },
    };
    const VERVOLG = {
      casusregie: casusregieScenario,
      zsm: zsmScenario,
      planning: planningScenario,
      dashboard: dashboardScenario,
      ketenbeeld: ketenbeeldScenario,
      live: liveScenario,
      werkvoorraad: werkvoorraadScenario,
      verwerkingslog: verwerkingslogScenario,
      toegankelijkheid: toegankelijkheidScenario,
    };
    /** @type {Record<string, unknown>} */
    const uitkomst = {};
    for (const [naam, scenario] of Object.entries(VERVOLG)) {
      uitkomst[naam] = scenarios.includes(naam) ? await scenario(ctx) : null;
    }
    return {
      bronReferentie,
      signaalId,
      casus: uitkomst.casusregie,
      ...uitkomst,
      schermafdrukken,
      consoleFouten,
    };
  } catch (e) {
    const pagina = browser.contexts()[0]?.pages()[0];
    if (pagina) {
      try {
        const bestand = path.join(screenshotDir, `fout-${stap.replace(/[^a-z0-9]+/gi, '-')}.png`);
        await pagina.screenshot({ path: bestand, fullPage: true });
        schermafdrukken.push(bestand);
      } catch {
        // the page may be gone
      }
    }
    const reden = e instanceof Error ? e.message : String(e);
    const logs = consoleFouten.length ? `\nBrowserfouten:\n  ${consoleFouten.slice(-10).join('\n  ')}` : '';
    throw new Error(
      `Console-E2E mislukt bij stap '${stap}': ${reden}${logs}\nSchermafdrukken: ${screenshotDir}`,
      { cause: e },
    );
  } finally {
    await browser.close().catch(() => undefined);
  }
}

/** How long a new signal may take to become a proposal (signalen → outbox → BullMQ → casusregie). */
const VOORSTEL_WACHTTIJD_MS = 30_000;

/** Sign out (when signed in) and sign in again as another persona. */
async function wisselPersona(page, verwacht, persona) {
  if ((await page.locator(tid('afmelden')).count()) > 0) {
    await page.locator(tid('afmelden')).click();
  }
  await verwacht(tid(`persona-${persona}`), `Persona-kaart '${persona}'`);
  await page.locator(tid(`persona-${persona}`)).click();
  await verwacht(tid('aangemeld-als'), `Kop na aanmelden als ${persona}`);
}

/**
 * Casusregie in the console, on its own data: a reporting persona registers a signal at Ter Apel;
 * the IND procesregisseur waits for the proposal, opens the case from it, applies a measure, plans a
 * kernteam meeting, records a decision with an action and finds that action on the case; the daily
 * overview, the figures and the case list show the case; a national analyst reads without actions.
 */
async function casusregieScenario({ page, naar, foto, verwacht, geenDialogen, zetStap }) {
  const kenmerk = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  const bronReferentie = `E2E-CASUS-${kenmerk}`;
  const persoonNaam = `Casustest ${kenmerk} (fictief)`;
  const maatregelReden = `RVT onthouden na incident (E2E ${kenmerk})`;
  const besluitTekst = `Vertrekgesprek plannen (E2E ${kenmerk})`;
  const actieTekst = `DT&V voert vertrekgesprek (E2E ${kenmerk})`;

  // (a) A reporting persona registers a signal at Ter Apel through the new-signal form.
  zetStap('casusregie: signaal registreren');
  await page.goto(naar('#/signalen/nieuw'), { waitUntil: 'domcontentloaded' });
  await wisselPersona(page, verwacht, 'coa-locatiemanager');
  await page.goto(naar('#/signalen/nieuw'));
  await verwacht(tid('signaal-formulier'), 'Formulier nieuw signaal');
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el instanceof HTMLSelectElement && !el.disabled && el.options.length > 1;
  }, tid('categorie'));
  await page.locator(tid('bronReferentie')).fill(bronReferentie);
  const categorieen = await page
    .locator(`${tid('categorie')} option`)
    .evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  await page
    .locator(tid('categorie'))
    .selectOption(categorieen.includes('OVERLAST_OPVANGLOCATIE') ? 'OVERLAST_OPVANGLOCATIE' : categorieen[0]);
  await page.locator(tid('ernst')).selectOption('3');
  await page
    .locator(tid('omschrijving'))
    .fill(`E2E casusregie (synthetisch): medewerker bedreigd bij de balie. ${SCRIPT} — ${bronReferentie}`);
  await page.locator(tid('plaats.gemeente')).fill('Westerwolde');
  await page.locator(tid('plaats.locatieCode')).selectOption('TER_APEL');
  await page.locator(tid('personen.0.naam')).fill(persoonNaam);
  await page.locator(tid('personen.0.nationaliteit')).fill('MAR');
  await page.locator(tid('submit-signaal')).click();
  await verwacht(tid('melding-succes'), 'Melding "Signaal geregistreerd"');
  const signaalId = (await page.locator(tid('nieuw-signaal-id')).innerText()).trim();
  if (!signaalId) throw new Error('Succesmelding toont geen signaal-id');

  // The IND procesregisseur (kernteam) sees the signal's proposal on the signal page.
  zetStap('casusregie: voorstel bij het signaal');
  await wisselPersona(page, verwacht, 'ind-procesregisseur');
  for (const nav of [
    'nav-casussen',
    'nav-voorstellen',
    'nav-overleggen',
    'nav-dagoverzicht',
    'nav-cijfers',
  ]) {
    await toonNav(page, nav);
    await verwacht(tid(nav), `Navigatie-item ${nav}`);
  }
  await page.goto(naar(`#/signalen/${signaalId}`));
  await verwacht(tid('signaal-voorstellen'), 'Sectie Casusvoorstellen op het signaal');
  const voorstelKnop = page.locator(`${tid('signaal-voorstellen')} [data-testid^="voorstel-openen-"]`);
  const tot = Date.now() + VOORSTEL_WACHTTIJD_MS;
  // The section polls by itself; reload as well, in case the page missed it.
  while ((await voorstelKnop.count()) === 0) {
    if (Date.now() > tot)
      throw new Error(
        `Geen casusvoorstel bij signaal ${signaalId} binnen ${VOORSTEL_WACHTTIJD_MS / 1000} s (signalen → outbox → BullMQ → casusregie)`,
      );
    await page.waitForTimeout(1_500);
    if ((await voorstelKnop.count()) === 0 && Date.now() > tot - VOORSTEL_WACHTTIJD_MS / 2) {
      await page.reload();
      await verwacht(tid('signaal-voorstellen'), 'Sectie Casusvoorstellen na herladen');
    }
  }
  const voorstelId = (await voorstelKnop.first().getAttribute('data-testid')).replace('voorstel-openen-', '');
  const voorstelTekst = await page.locator(tid(`voorstel-${voorstelId}`)).innerText();
  if (!voorstelTekst.includes('in Ter Apel of Budel'))
    throw new Error(`Voorstel toont het criterium 'in Ter Apel of Budel' niet: ${voorstelTekst}`);
  await page.locator(tid('signaal-voorstellen')).scrollIntoViewIfNeeded();
  await foto('casus-voorstel-bij-signaal', { fullPage: false });

  // The same proposal on #/voorstellen, under its signal, with verdict, criteria and explanation.
  zetStap('casusregie: voorstellenpagina');
  await (await toonNav(page, 'nav-voorstellen')).click();
  await verwacht(tid(`voorstelgroep-${signaalId}`), 'Voorstel in het overzicht van voorstellen');
  const groep = page.locator(tid(`voorstelgroep-${signaalId}`));
  const groepTekst = await groep.innerText();
  for (const verwachtTekst of ['Casus voorgesteld', 'kansarm', 'Ter Apel'])
    if (!groepTekst.includes(verwachtTekst))
      throw new Error(`Voorstelgroep noemt '${verwachtTekst}' niet: ${groepTekst.slice(0, 400)}`);
  if ((await groep.locator('script').count()) > 0 || !groepTekst.includes(SCRIPT))
    throw new Error('Omschrijving van het signaal staat niet letterlijk als tekst bij het voorstel');
  await groep.scrollIntoViewIfNeeded();
  await foto('casus-voorstellen', { fullPage: false });

  // "Casus openen" with a few facts, landing on the case page.
  zetStap('casusregie: casus openen');
  await groep.locator(tid(`voorstel-openen-${voorstelId}`)).click();
  await verwacht(tid('casus-openen-formulier'), 'Formulier Casus openen');
  const prefix = `openen-${voorstelId}`;
  await page.locator(tid(`${prefix}-spoor`)).selectOption('2');
  await page.locator(tid(`${prefix}-kansarm`)).selectOption('ja');
  const locatie = await page.locator(tid(`${prefix}-locatie`)).inputValue();
  if (locatie !== 'TER_APEL') throw new Error(`Locatie staat niet vooraf op TER_APEL maar op '${locatie}'`);
  await foto('casus-openen-formulier', { fullPage: false });
  await page.locator(tid('casus-openen-opslaan')).click();
  await verwacht(tid('casus-detail'), 'Casuspagina na Casus openen');
  const casusId = /#\/casussen\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  if (!casusId) throw new Error(`Casus openen landde niet op #/casussen/:id maar op ${page.url()}`);
  const status = await page.locator(tid('casus-status')).innerText();
  if (status.trim() !== 'Aangemeld')
    throw new Error(`Nieuwe casus heeft status '${status}', verwacht Aangemeld`);
  const spoor = await page.locator(tid('casus-spoor')).innerText();
  if (!spoor.includes('Spoor 2')) throw new Error(`Casus toont spoor '${spoor}', verwacht Spoor 2`);
  const casusLocatie = await page.locator(tid('casus-locatie')).innerText();
  if (!casusLocatie.includes('Ter Apel')) throw new Error(`Casus toont locatie '${casusLocatie}'`);
  await verwacht(tid('casus-persoon-link'), 'Link naar het persoonsbeeld');
  await verwacht(`${tid('casus-signalen')} ${tid(`casus-signaal-${signaalId}`)}`, 'Het signaal op de casus');
  await foto('casus-pagina');

  // Status change: the reason is required (field error), then an allowed transition.
  zetStap('casusregie: status wijzigen');
  await page.locator(tid('actie-status-wijzigen')).click();
  await verwacht(tid('status-formulier'), 'Formulier status wijzigen');
  const opties = await page
    .locator(`${tid('status-naar')} input[type="radio"]`)
    .evaluateAll((rs) => rs.map((r) => r.value));
  if (opties.join(',') !== 'IN_BEOORDELING,NIET_GESCHIKT,DOORVERWEZEN')
    throw new Error(`Statusformulier biedt ${opties.join(',')} in plaats van de toegestane overgangen`);
  await page.locator(tid('status-naar-IN_BEOORDELING')).check();
  await page.locator(tid('status-opslaan')).click();
  await verwacht(tid('fout-status-reden'), 'Veldfout: reden verplicht bij een statusovergang');
  await page.locator(tid('status-reden')).fill('Kernteam beoordeelt de casus (E2E)');
  await page.locator(tid('status-opslaan')).click();
  await verwacht(tid('regie-succes'), 'Melding na status wijzigen');
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.textContent?.trim() === 'In beoordeling',
    tid('casus-status'),
  );

  // (b) A measure from the catalogue: in the list and on the timeline.
  zetStap('casusregie: maatregel toepassen');
  await page.locator(tid('maatregel-toepassen')).click();
  await verwacht(tid('maatregel-formulier'), 'Formulier maatregel toepassen');
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el instanceof HTMLSelectElement && !el.disabled && el.options.length > 5;
  }, tid('maatregel-code'));
  const start = await page.locator(tid('maatregel-start')).inputValue();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(start)) throw new Error(`Start staat niet op nu: '${start}'`);
  await page.locator(tid('maatregel-code')).selectOption('ONTHOUDEN_RVT');
  await verwacht(tid('maatregel-uitleg'), 'Uitleg bij de gekozen maatregel (eigenaar, duur)');
  await page.locator(tid('maatregel-reden')).fill(maatregelReden);
  await foto('casus-maatregel-formulier', { fullPage: false });
  await page.locator(tid('maatregel-opslaan')).click();
  await verwacht(tid('maatregel-succes'), 'Melding na maatregel toepassen');
  await verwacht(
    `${tid('maatregelen-tabel')} [data-code="ONTHOUDEN_RVT"]`,
    'Maatregel ONTHOUDEN_RVT in de lijst',
  );
  const rijTekst = await page.locator(`${tid('maatregelen-tabel')} [data-code="ONTHOUDEN_RVT"]`).innerText();
  if (!rijTekst.includes(maatregelReden)) throw new Error(`Maatregelregel mist de reden: ${rijTekst}`);
  const tijdlijnMaatregel = page.locator(`${tid('casus-tijdlijn')} [data-soort="MAATREGEL"]`, {
    hasText: maatregelReden,
  });
  await tijdlijnMaatregel.first().waitFor({ state: 'visible' });
  await page.locator(tid('casus-tijdlijn')).scrollIntoViewIfNeeded();
  await foto('casus-maatregel-op-tijdlijn');
  geenDialogen();

  // (c) A kernteam meeting: planned at the next fixed moment, the new case on its agenda.
  zetStap('casusregie: overleg plannen');
  await (await toonNav(page, 'nav-overleggen')).click();
  await verwacht(tid('overleg-plannen'), 'Knop Overleg plannen');
  await page.locator(tid('overleg-plannen')).click();
  await verwacht(tid('plan-formulier'), 'Formulier Overleg plannen');
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el instanceof HTMLInputElement && /T09:00$/.test(el.value);
  }, tid('plan-geplandOp'));
  await page.locator(tid('plan-titel')).fill(`Kernteamoverleg E2E ${kenmerk}`);
  await page.locator(tid('plan-deelnemer-toevoegen')).click();
  await page.locator(tid('plan-deelnemers.1.naam')).fill('Sanne Oordt (fictief)');
  await page.locator(tid('plan-deelnemers.1.organisatie')).selectOption('DTV');
  await foto('overleg-plannen', { fullPage: false });
  await page.locator(tid('plan-opslaan')).click();
  await verwacht(tid('overleg-detail'), 'Overlegpagina na plannen');
  const punt = page.locator(`${tid('overleg-agenda')} [data-casus="${casusId}"]`);
  try {
    await punt.waitFor({ state: 'visible' });
  } catch {
    throw new Error(`De nieuwe casus ${casusId} staat niet op de agenda van het kernteamoverleg`);
  }
  const puntTekst = await punt.innerText();
  if (!puntTekst.includes('Nieuw')) throw new Error(`Agendapunt noemt de reden 'Nieuw' niet: ${puntTekst}`);
  const puntId = (await punt.getAttribute('data-testid')).replace('agendapunt-', '');
  await page.locator(tid('aanwezig-0')).check();
  await page.waitForFunction((sel) => document.querySelector(sel)?.checked === true, tid('aanwezig-0'));
  await foto('overleg-agenda');

  // A decision with an action; it shows on the agenda item.
  zetStap('casusregie: besluit vastleggen');
  await page.locator(tid(`besluit-vastleggen-${puntId}`)).click();
  await verwacht(tid('besluit-formulier'), 'Formulier Besluit vastleggen');
  await page.locator(tid('besluit-tekst')).fill(besluitTekst);
  await page.locator(tid('besluit-met-actie')).check();
  await page.locator(tid('besluitactie-omschrijving')).fill(actieTekst);
  await page.locator(tid('besluitactie-eigenaarOrganisatie')).selectOption('DTV');
  await foto('overleg-besluit-formulier', { fullPage: false });
  await page.locator(tid('besluit-opslaan')).click();
  await verwacht(tid('agenda-succes'), 'Melding na besluit vastleggen');
  const besluit = punt.locator('[data-testid^="besluit-actie-"]', { hasText: actieTekst });
  try {
    await besluit.first().waitFor({ state: 'visible' });
  } catch {
    throw new Error(`Besluit met actie staat niet bij het agendapunt: ${await punt.innerText()}`);
  }
  if (!(await punt.innerText()).includes(besluitTekst))
    throw new Error('Besluittekst staat niet bij het agendapunt');
  await punt.scrollIntoViewIfNeeded();
  await foto('overleg-besluit');
  geenDialogen();

  // The action from the decision is on the case.
  zetStap('casusregie: actie uit besluit op de casus');
  await page.locator(tid(`agendapunt-casus-${puntId}`)).click();
  await verwacht(tid('casus-detail'), 'Casuspagina vanuit de agenda');
  const actieRij = page.locator(`${tid('casusacties-tabel')} tr`, { hasText: actieTekst });
  try {
    await actieRij.first().waitFor({ state: 'visible' });
  } catch {
    throw new Error(`De actie uit het besluit ('${actieTekst}') staat niet op de casus`);
  }
  const actieRijTekst = await actieRij.first().innerText();
  if (!actieRijTekst.includes('uit overlegbesluit') || !actieRijTekst.includes('DT&V'))
    throw new Error(`Actieregel mist herkomst of eigenaar: ${actieRijTekst}`);
  await verwacht(`${tid('casus-tijdlijn')} [data-soort="BESLUIT"]`, 'Besluit op de tijdlijn');
  await page.locator(tid('casus-acties')).scrollIntoViewIfNeeded();
  await foto('casus-actie-uit-besluit');

  // The signal page now links to the case.
  zetStap('casusregie: signaal verwijst naar de casus');
  await page.goto(naar(`#/signalen/${signaalId}`));
  await verwacht(tid(`signaal-casus-${casusId}`), 'Link van het signaal naar de casus');

  // The case list with its filters in the address.
  zetStap('casusregie: casussenlijst');
  await (await toonNav(page, 'nav-casussen')).click();
  await verwacht(tid(`casus-${casusId}`), 'De casus in de lijst');
  await page.locator(tid('casussen-filter-spoor')).selectOption('2');
  await page.locator(tid('casussen-filter-locatie')).fill('TER_APEL');
  await page.locator(tid('casussen-filter-toepassen')).click();
  await page.waitForFunction(
    () => window.location.hash.includes('spoor=2') && window.location.hash.includes('locatie=TER_APEL'),
  );
  await verwacht(tid(`casus-${casusId}`), 'De casus in de gefilterde lijst');
  const totaal = Number(await page.locator(tid('casussen-totaal')).innerText());
  if (!(totaal >= 1)) throw new Error(`Casussenlijst toont totaal '${totaal}'`);
  await foto('casussen-lijst');

  // The daily overview, made now, with the case and its changes.
  zetStap('casusregie: dagoverzicht');
  await (await toonNav(page, 'nav-dagoverzicht')).click();
  await verwacht(tid('dagoverzicht-maken'), 'Knop Nu maken');
  await page.locator(tid('dagoverzicht-maken')).click();
  await verwacht(tid(`dagcasus-${casusId}`), 'De casus in het nieuwe dagoverzicht');
  await verwacht(tid('dagoverzicht-totalen'), 'Totalen van het dagoverzicht');
  await foto('dagoverzicht');

  // The figures: the evaluation's table and both charts (with their table fallback).
  zetStap('casusregie: cijfers');
  await (await toonNav(page, 'nav-cijfers')).click();
  await verwacht(tid('cijfers-resultaten'), 'Tabel Resultaten');
  if (!/^#\/cijfers/.test(new URL(page.url()).hash)) throw new Error('Cijfers staan niet op #/cijfers');
  const behandeld = Number((await page.locator(tid('cijfer-behandeld')).innerText()).replace(/\D/g, ''));
  if (!(behandeld >= 1)) throw new Error(`Cijfers tellen ${behandeld} behandelde casussen`);
  await verwacht(`${tid('grafiek-landen')} svg`, 'Staafgrafiek landen');
  for (const grafiek of ['grafiek-landen', 'grafiek-perweek']) {
    const svg = `${tid(grafiek)} svg[role="img"]`;
    if (
      (await page.locator(`${svg} > title`).count()) !== 1 ||
      (await page.locator(`${svg} > desc`).count()) !== 1
    )
      throw new Error(`Grafiek ${grafiek} mist <title> of <desc>`);
    if ((await page.locator(`${tid(`${grafiek}-tabel`)} table`).count()) !== 1)
      throw new Error(`Grafiek ${grafiek} heeft geen tabel als alternatief`);
  }
  await verwacht(`${tid('grafiek-perweek')} svg`, 'Kolomgrafiek per week');
  await verwacht(tid('doorlooptijd-2'), 'Doorlooptijd spoor 2');
  await foto('cijfers');
  geenDialogen();

  // A national analyst reads the case, without any button to change it.
  zetStap('casusregie: landelijke analist leest mee');
  await wisselPersona(page, verwacht, 'dgm-analist');
  await page.goto(naar(`#/casussen/${casusId}`));
  await verwacht(tid('casus-detail'), 'Casuspagina voor de landelijke analist');
  await verwacht(tid('casus-alleen-lezen'), 'Melding: u leest mee');
  for (const knop of [
    'actie-status-wijzigen',
    'maatregel-toepassen',
    'casusactie-toevoegen',
    'uitkomst-toevoegen',
  ])
    if ((await page.locator(tid(knop)).count()) > 0)
      throw new Error(`De landelijke analist krijgt de knop '${knop}' te zien`);
  await foto('casus-alleen-lezen', { fullPage: false });
  geenDialogen();

  return { signaalId, voorstelId, casusId, puntId };
}

/** How long zsm's read model may take to learn a new person (signalen → outbox → BullMQ → zsm). */
const LEESMODEL_WACHTTIJD_MS = 30_000;

/** A token from the dev IdP the console itself signs in with (`idpUrl` from /config.json). */
async function haalToken(basis, persona) {
  const config = await (await fetch(new URL('config.json', basis))).json();
  const idpUrl = new URL(config.idpUrl, basis).href.replace(/\/$/, '');
  const res = await fetch(`${idpUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  const body = await res.json().catch(() => null);
  if (!res.ok || typeof body?.token !== 'string')
    throw new Error(`Geen token van de IdP voor ${persona} (HTTP ${res.status})`);
  return body.token;
}

/** POST to the zsm REST API (NL GOV: /v1, JSON); throws with the problem details on failure. */
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

/**
 * ZSM in the console, on its own data: a COA persona registers a signal about a person with a
 * V-nummer; once zsm's read model knows that person, the OM's ZSM desk registers the suspect and
 * sends them home (REST, as om-zsm). The IND procesregisseur sees the registration, the decision and
 * the custody clocks on #/zsm, opens the person and finds "Strafrecht en ZSM", writes the
 * afdoeningsadvies and records a Dublin acceptance; a reporting persona has no ZSM at all.
 */
async function zsmScenario({ page, basis, naar, foto, verwacht, geenDialogen, zsmUrl, zetStap }) {
  const kenmerk = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  // 97…: outside the demo data's 99… range; unique enough per run.
  const vNummer = `97${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const persoonNaam = `Zsmtest ${kenmerk} (fictief)`;
  const zsmReferentie = `ZSM-E2E-${kenmerk}`;
  const omschrijving = `E2E (synthetisch): vernieling in de slaapzaal. ${SCRIPT}`;
  const advies = `Kernteam adviseert voorgeleiding; Dublinoverdracht in voorbereiding (E2E ${kenmerk}). ${SCRIPT}`;

  // A COA persona registers a signal about a person with a V-nummer (no birth date: see the report).
  zetStap('zsm: signaal met V-nummer registreren');
  await page.goto(naar('#/signalen/nieuw'), { waitUntil: 'domcontentloaded' });
  await wisselPersona(page, verwacht, 'coa-locatiemanager');
  await page.goto(naar('#/signalen/nieuw'));
  await verwacht(tid('signaal-formulier'), 'Formulier nieuw signaal');
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el instanceof HTMLSelectElement && !el.disabled && el.options.length > 1;
  }, tid('categorie'));
  await page.locator(tid('bronReferentie')).fill(`E2E-ZSM-${kenmerk}`);
  const categorieen = await page
    .locator(`${tid('categorie')} option`)
    .evaluateAll((os) => os.map((o) => o.value).filter(Boolean));
  const delict = categorieen.includes('OVERLAST_OPVANGLOCATIE') ? 'OVERLAST_OPVANGLOCATIE' : categorieen[0];
  await page.locator(tid('categorie')).selectOption(delict);
  await page.locator(tid('ernst')).selectOption('2');
  await page.locator(tid('omschrijving')).fill(`E2E ZSM (synthetisch): ruzie bij de balie — ${kenmerk}`);
  await page.locator(tid('plaats.locatieCode')).selectOption('TER_APEL');
  await page.locator(tid('personen.0.vNummer')).fill(vNummer);
  await page.locator(tid('personen.0.naam')).fill(persoonNaam);
  await page.locator(tid('personen.0.nationaliteit')).fill('DZA');
  await page.locator(tid('submit-signaal')).click();
  await verwacht(tid('melding-succes'), 'Melding "Signaal geregistreerd"');

  // The OM's ZSM desk (REST, om-zsm): wait until zsm's read model knows the V-nummer, then register.
  zetStap('zsm: bevraging tot de persoon bekend is');
  const om = await haalToken(basis, 'om-zsm');
  let persoonId = null;
  const tot = Date.now() + LEESMODEL_WACHTTIJD_MS;
  while (!persoonId) {
    const b = await zsmPost(zsmUrl, om, '/v1/zsm/bevragingen', {
      doel: 'ZSM_AFDOENING',
      zsmReferentie,
      vNummer,
    });
    if (b.gevonden) persoonId = b.persoon.persoonId;
    else if (Date.now() > tot)
      throw new Error(
        `zsm kent V-nummer ${vNummer} niet binnen ${LEESMODEL_WACHTTIJD_MS / 1000} s (signalen → outbox → BullMQ → zsm)`,
      );
    else await page.waitForTimeout(500);
  }

  zetStap('zsm: registratie en beslissing (REST als om-zsm)');
  const registratie = await zsmPost(zsmUrl, om, '/v1/zsm/registraties', {
    zsmReferentie,
    vNummer,
    aanhoudingOp: new Date(Date.now() - 60 * 60_000).toISOString(),
    delict,
    omschrijving,
    vpt: false,
    voorlopigeHechtenisToegestaan: false,
    zsmLocatie: 'ZSM Noord-Nederland (E2E)',
  });
  if (!registratie.persoonBekend || !registratie.custodyKlokkenGestart)
    throw new Error(
      `Registratie kent de persoon niet of startte geen klokken: ${JSON.stringify(registratie)}`,
    );
  // Kept in custody (a releasing decision would stop the custody clocks this scenario looks at).
  await zsmPost(zsmUrl, om, `/v1/zsm/registraties/${registratie.id}/afdoeningen`, {
    soort: 'INVERZEKERINGSTELLING',
    besluitOp: new Date().toISOString(),
    toelichting: `Voorgeleiding volgt (E2E ${kenmerk})`,
  });

  // The IND procesregisseur: #/zsm with the registration, the decision and the custody clocks.
  zetStap('zsm: overzicht als IND-procesregisseur');
  await wisselPersona(page, verwacht, 'ind-procesregisseur');
  await toonNav(page, 'nav-zsm');
  await verwacht(tid('nav-zsm'), 'Navigatie-item ZSM');
  await (await toonNav(page, 'nav-zsm')).click();
  await verwacht(tid('zsm-totalen'), 'Totalen op de ZSM-pagina');
  if (new URL(page.url()).hash !== '#/zsm') throw new Error(`ZSM staat niet op #/zsm maar op ${page.url()}`);
  const rij = page.locator(tid(`zsm-registratie-${registratie.id}`));
  await verwacht(tid(`zsm-registratie-${registratie.id}`), `Registratie ${zsmReferentie} op #/zsm`);
  const rijTekst = await rij.innerText();
  for (const deel of [zsmReferentie, vNummer, persoonNaam, 'Inverzekeringstelling', SCRIPT])
    if (!rijTekst.includes(deel)) throw new Error(`Registratieregel noemt '${deel}' niet: ${rijTekst}`);
  if ((await rij.locator('script, b').count()) > 0)
    throw new Error('Omschrijving van de ZSM-registratie is als HTML weergegeven');
  const klokken = page.locator(`${tid('zsm-klokken-tabel')} tr[data-zaak="${zsmReferentie}"]`);
  await klokken.first().waitFor({ state: 'visible' });
  const klokTeksten = await klokken.allInnerTexts();
  if (klokTeksten.length < 2 || !klokTeksten.some((t) => t.includes('Ophouden voor onderzoek')))
    throw new Error(`Verwacht de klokken ophouden en voorgeleiding, zag: ${klokTeksten.join(' | ')}`);
  for (const k of await klokken.all()) {
    const resterend = (await k.locator('[data-testid^="zsm-klok-resterend-"]').innerText()).trim();
    if (!/^(\d+ dagen? )?(\d+ u ?)?(\d+ min)?/.test(resterend) || !/\d/.test(resterend))
      throw new Error(`Resterende tijd onleesbaar: '${resterend}'`);
    const dringend = (await k.getAttribute('data-dringend')) === 'true';
    const rood = ((await k.getAttribute('class')) ?? '').includes('klok--dringend');
    if (dringend !== rood) throw new Error(`Klok '${resterend}' is ${rood ? '' : 'niet '}rood gemarkeerd`);
  }
  geenDialogen();
  await foto('zsm-overzicht');

  // The person page: "Strafrecht en ZSM" with the registration, no detention, no Dublin claim yet.
  zetStap('zsm: persoonsbeeld met Strafrecht en ZSM');
  await rij.locator(tid(`persoon-${persoonId}`)).click();
  await verwacht(tid('persoon-detail'), 'Persoonsbeeld vanuit #/zsm');
  await verwacht(tid('blok-strafrecht'), 'Sectie Strafrecht en ZSM');
  const strafrecht = page.locator(tid('blok-strafrecht'));
  await verwacht(tid(`strafrecht-registratie-${registratie.id}`), 'De ZSM-registratie op het persoonsbeeld');
  const regel = await page.locator(tid(`strafrecht-registratie-${registratie.id}`)).innerText();
  if (!regel.includes('Inverzekeringstelling') || !regel.includes(zsmReferentie))
    throw new Error(`Registratie op het persoonsbeeld mist de beslissing of zaak: ${regel}`);
  for (const leeg of ['strafrecht-detenties-leeg', 'strafrecht-dublin-leeg', 'strafrecht-advies-leeg'])
    await verwacht(tid(leeg), `Lege staat ${leeg}`);
  await verwacht(tid('dublinakkoord-vastleggen'), 'Knop Dublinakkoord vastleggen (IND-kernteam)');
  await strafrecht.scrollIntoViewIfNeeded();
  await foto('zsm-persoon-strafrecht');

  // The afdoeningsadvies: required, then saved and shown as text.
  zetStap('zsm: afdoeningsadvies schrijven');
  await page.locator(tid('advies-bewerken')).click();
  await verwacht(tid('advies-formulier'), 'Formulier afdoeningsadvies');
  await page.locator(tid('advies-opslaan')).click();
  await verwacht(tid('fout-advies-tekst'), 'Veldfout: advies verplicht');
  await page.locator(tid('advies-tekst')).fill(advies);
  await page.locator(tid('advies-opslaan')).click();
  await verwacht(tid('advies-succes'), 'Melding na advies opslaan');
  const huidig = page.locator(tid('advies-huidig'));
  if ((await huidig.innerText()).trim() !== advies)
    throw new Error(`Advies wordt niet letterlijk getoond: ${await huidig.innerText()}`);
  if ((await huidig.locator('script').count()) > 0) throw new Error('Advies is als HTML weergegeven');
  const door = await page.locator(tid('advies-door')).innerText();
  if (!door.includes('(IND)')) throw new Error(`Advies noemt de schrijver niet: ${door}`);

  // A Dublin acceptance (IND only): the transfer deadline shows, 6 months without detention.
  zetStap('zsm: Dublinakkoord vastleggen');
  await page.locator(tid('dublinakkoord-vastleggen')).click();
  await verwacht(tid('dublinakkoord-formulier'), 'Formulier Dublinakkoord');
  await page.locator(tid('dublinakkoord-lidstaat')).fill('D');
  await page.locator(tid('dublinakkoord-opslaan')).click();
  await verwacht(tid('fout-dublinakkoord-lidstaat'), 'Veldfout: lidstaat van twee letters');
  await page.locator(tid('dublinakkoord-lidstaat')).fill('de');
  await page.locator(tid('dublinakkoord-opslaan')).click();
  await verwacht(tid('dublinakkoord-succes'), 'Melding na Dublinakkoord');
  const lidstaat = await page.locator(tid('dublin-lidstaat')).innerText();
  if (!lidstaat.includes('DE')) throw new Error(`Dublinclaim toont lidstaat '${lidstaat}'`);
  const overdracht = await page.locator(tid('dublin-overdracht')).innerText();
  if (!/\d{4}/.test(overdracht)) throw new Error(`Dublinclaim toont geen overdrachtsdatum: ${overdracht}`);
  const termijn = await page.locator(tid('dublin-verlengd')).innerText();
  if (!termijn.includes('6 maanden')) throw new Error(`Zonder detentie verwacht 6 maanden: ${termijn}`);
  await strafrecht.scrollIntoViewIfNeeded();
  await foto('zsm-persoon-advies-dublin');
  geenDialogen();

  // Who may not see ZSM data gets neither the menu item nor the page.
  zetStap('zsm: melder zonder ZSM');
  await wisselPersona(page, verwacht, 'politie-melder');
  if ((await page.locator(tid('nav-zsm')).count()) > 0)
    throw new Error('De politiemelder krijgt het menu-item ZSM te zien');
  await page.goto(naar('#/zsm'));
  await verwacht(tid('zsm-geen-toegang'), 'Melding: geen toegang tot ZSM');
  geenDialogen();

  return { vNummer, persoonId, zsmReferentie, registratieId: registratie.id };
}

/** How long planning may take to learn a new person or case (signalen/casusregie → outbox → BullMQ → planning). */
const PLANNING_WACHTTIJD_MS = 30_000;

/** A GraphQL operation through the gateway with a persona's token; resolves with `{ data, errors }`. */
async function gatewayGql(basis, token, query, variables = {}) {
  const res = await fetch(new URL('graphql', basis), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'ketenbeeld-doel': 'CASUSREGIE',
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json().catch(() => null);
  if (!body) throw new Error(`gateway /graphql: HTTP ${res.status} zonder JSON-antwoord`);
  return body;
}

/** As gatewayGql, but any GraphQL error fails the step. */
async function gatewayData(basis, token, query, variables = {}) {
  const body = await gatewayGql(basis, token, query, variables);
  if (body.errors?.length) throw new Error(`gateway: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** A calendar day in Amsterdam as YYYY-MM-DD. */
function amsterdamDag(ms = Date.now()) {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(ms);
}

/**
 * Planning in the console, on its own data: a COA signal (GraphQL through the gateway) about an adult
 * with a fresh V-nummer. The COA location manager sees the capacity board with PBL Ter Apel and its
 * 5 places (a too short reason for a capacity change comes back at the field), proposes a PBL
 * placement from the person page (the explanation first blocks on the skipped rungs of the ladder,
 * then allows it; the proposal lands as VOORGESTELD or WACHTLIJST) and sees today's windows at
 * Ter Apel with the person expected (registering them when a window is open). The IND procesregisseur
 * draws up the procedure plan on the case (opened through GraphQL), records an appointment that is
 * too soon for transport (the R13 warning), finds the plan in the procesplanning list with the key
 * figure's name from the service, the IND slot calendar, the planning block on the person page, and
 * rejects the proposal (reason required). A police reporter sees no planning at all.
 */
async function planningScenario({ page, basis, naar, foto, verwacht, geenDialogen, zetStap }) {
  const kenmerk = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  // 96…: outside the demo data's 99… and the ZSM scenario's 97… ranges.
  const vNummer = `96${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const persoonNaam = `Planningtest ${kenmerk} (fictief)`;
  const vandaag = amsterdamDag();
  const vorigeViewport = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 800 });

  // (a) The person: a COA signal through the gateway's GraphQL, then wait until planning knows them.
  zetStap('planning: persoon via een signaal (GraphQL)');
  const coa = await haalToken(basis, 'coa-locatiemanager');
  const ind = await haalToken(basis, 'ind-procesregisseur');
  const { signaalCategorieen } = await gatewayData(basis, coa, `{ signaalCategorieen { code } }`);
  const codes = signaalCategorieen.map((c) => c.code);
  const { registreerSignaal } = await gatewayData(
    basis,
    coa,
    `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id personen { id } } }`,
    {
      i: {
        bronOrganisatie: 'COA',
        bronReferentie: `E2E-PLANNING-${kenmerk}`,
        categorie: codes.includes('OVERLAST_OPVANGLOCATIE') ? 'OVERLAST_OPVANGLOCATIE' : codes[0],
        ernst: 3,
        omschrijving: `E2E planning (synthetisch): herhaald agressief gedrag bij de balie — ${kenmerk}`,
        tijdstipIncident: new Date(Date.now() - 60 * 60_000).toISOString(),
        plaats: { gemeente: 'Westerwolde', locatieCode: 'TER_APEL' },
        personen: [{ vNummer, naam: persoonNaam, geboortedatum: '1994-03-15', nationaliteit: 'MAR' }],
      },
    },
  );
  const signaalId = registreerSignaal.id;
  const persoonId = registreerSignaal.personen[0]?.id;
  if (!persoonId) throw new Error(`Signaal ${signaalId} kwam terug zonder persoon`);
  zetStap('planning: wachten tot planning de persoon kent');
  for (const tot = Date.now() + PLANNING_WACHTTIJD_MS; ;) {
    const b = await gatewayGql(
      basis,
      coa,
      `query($i: PlaatsingVoorstelInvoer!) { beoordeelPlaatsing(invoer: $i) { toegestaan } }`,
      { i: { persoonId, locatie: 'PBL_TER_APEL', van: vandaag } },
    );
    if (!b.errors?.length) break;
    if (!b.errors.some((e) => e.extensions?.foutcode === 'PLANNING_PERSOON_ONBEKEND'))
      throw new Error(`beoordeelPlaatsing: ${JSON.stringify(b.errors).slice(0, 400)}`);
    if (Date.now() > tot)
      throw new Error(
        `Planning kent persoon ${persoonId} niet binnen ${PLANNING_WACHTTIJD_MS / 1000} s (signalen → outbox → BullMQ → planning)`,
      );
    await page.waitForTimeout(500);
  }

  // (b) The capacity board (COA location manager): PBL Ter Apel with its 5 places, 4 weeks by default.
  zetStap('planning: capaciteitsbord');
  await page.goto(naar('#/capaciteit'), { waitUntil: 'domcontentloaded' });
  await wisselPersona(page, verwacht, 'coa-locatiemanager');
  for (const nav of [
    'nav-capaciteit',
    'nav-plaatsingen',
    'nav-inhuisregistratie',
    'nav-planning',
    'nav-ind-slots',
  ]) {
    await toonNav(page, nav);
    await verwacht(tid(nav), `Navigatie-item ${nav}`);
  }
  await (await toonNav(page, 'nav-capaciteit')).click();
  await verwacht(tid('bord-rij-PBL_TER_APEL'), 'PBL Ter Apel op het capaciteitsbord');
  const capaciteit = await page.locator(tid('bord-capaciteit-PBL_TER_APEL')).innerText();
  if (!/\b5\b/.test(capaciteit)) throw new Error(`PBL Ter Apel toont '${capaciteit}', verwacht capaciteit 5`);
  const vandaagCel = page.locator(tid(`bord-PBL_TER_APEL-${vandaag}`));
  if ((await vandaagCel.getAttribute('data-capaciteit')) !== '5')
    throw new Error(`Cel van vandaag voor PBL Ter Apel: ${await vandaagCel.innerText()} (verwacht …/5)`);
  const dagen = () => page.locator(`${tid('capaciteitsbord')} thead th.bord__dag`).count();
  if ((await dagen()) !== 28) throw new Error(`Capaciteitsbord toont ${await dagen()} dagen, verwacht 28`);
  await foto('planning-capaciteitsbord', { fullPage: false });
  await page.locator(tid('capaciteit-weken-2')).check();
  await page.locator(tid('capaciteit-toepassen')).click();
  await page.waitForFunction(
    (sel) => document.querySelectorAll(sel).length === 14,
    `${tid('capaciteitsbord')} thead th.bord__dag`,
  );
  // A refused change comes back at its field (the service asks for a reason of 5 characters or more).
  await page.locator(tid('capaciteit-wijzigen')).click();
  await verwacht(tid('capaciteit-formulier'), 'Formulier capaciteit wijzigen');
  await page.locator(tid('capaciteit-locatie')).selectOption('PBL_TER_APEL');
  const voorgesteld = await page.locator(tid('capaciteit-capaciteit')).inputValue();
  if (voorgesteld !== '5') throw new Error(`Capaciteit staat niet vooraf op 5 maar op '${voorgesteld}'`);
  await page.locator(tid('capaciteit-reden')).fill('kort');
  await page.locator(tid('capaciteit-opslaan')).click();
  await verwacht(tid('fout-capaciteit-reden'), 'Veldfout bij de reden van de capaciteitswijziging');
  await foto('planning-capaciteit-veldfout', { fullPage: false });
  await page.locator(tid('capaciteit-formulier')).getByRole('button', { name: 'Annuleren' }).click();
  geenDialogen();

  // (c) A PBL proposal from the person page, with the eligibility explanation before submitting.
  zetStap('planning: plaatsing voorstellen');
  await page.goto(naar(`#/personen/${persoonId}`));
  await verwacht(tid('blok-planning'), 'Blok Plaatsing en planning op het persoonsbeeld');
  await page.locator(tid('link-plaatsing-voorstellen')).click();
  await verwacht(tid('voorstel-formulier'), 'Formulier Plaatsing voorstellen');
  const ingevuld = await page.locator(tid('voorstel-persoonId')).inputValue();
  if (ingevuld !== persoonId) throw new Error(`Persoon niet vooraf ingevuld: '${ingevuld}'`);
  await verwacht(`${tid('voorstel-persoon')} a`, 'De persoon bij het formulier');
  await page.waitForFunction(
    (sel) => [...(document.querySelector(sel)?.options ?? [])].some((o) => o.value === 'PBL_TER_APEL'),
    tid('voorstel-locatie'),
  );
  await page.locator(tid('voorstel-locatie')).selectOption('PBL_TER_APEL');
  await verwacht(
    `${tid('beoordeling-oordeel')}[data-toegestaan="false"]`,
    'Beoordeling: niet toegestaan (treden overgeslagen zonder reden)',
  );
  const ladder = page.locator(`${tid('beoordeling-bevindingen')} ${tid('bevinding-LADDER_OVERGESLAGEN')}`);
  await ladder.waitFor({ state: 'visible' });
  if (!(await ladder.innerText()).includes('blokkeert'))
    throw new Error(`Blokkerende bevinding zegt niet 'blokkeert': ${await ladder.innerText()}`);
  await foto('planning-voorstel-blokkeert', { fullPage: false });
  await page
    .locator(tid('voorstel-overslaanReden'))
    .fill(`Herhaald agressief gedrag; de VTL biedt onvoldoende toezicht (E2E ${kenmerk})`);
  await verwacht(
    `${tid('beoordeling-oordeel')}[data-toegestaan="true"]`,
    'Beoordeling: toegestaan met reden',
  );
  await verwacht(tid('bevinding-PBL_BEHANDELTERMIJN'), 'Uitleg R3: beschikking binnen 28 dagen');
  const volOp = (await page.locator(tid('beoordeling-volop')).count()) > 0;
  await foto('planning-voorstel-beoordeling', { fullPage: false });
  await page.locator(tid('voorstel-opslaan')).click();
  await verwacht(tid('voorstel-resultaat'), 'Resultaat van het voorstel');
  const resultaat = page.locator(tid('voorstel-resultaat'));
  const plaatsingStatus = await resultaat.getAttribute('data-status');
  const plaatsingId = await resultaat.getAttribute('data-plaatsing');
  if (!['VOORGESTELD', 'WACHTLIJST'].includes(plaatsingStatus ?? ''))
    throw new Error(`Voorstel landde als '${plaatsingStatus}', verwacht VOORGESTELD of WACHTLIJST`);
  if (!plaatsingId) throw new Error('Resultaat noemt de plaatsing niet');
  await foto('planning-voorstel-geland', { fullPage: false });
  geenDialogen();

  // (d) The inhuisregistratie at Ter Apel (COA): today's windows with the person expected.
  zetStap('planning: inhuisregistratie');
  await gatewayData(
    basis,
    coa,
    `mutation($i: InhuisregistratiePlichtInvoer!) { legInhuisregistratieOp(invoer: $i) { id } }`,
    { i: { persoonId, locatie: 'TER_APEL', van: vandaag, reden: `E2E ${kenmerk}: overlast bij de balie` } },
  );
  await (await toonNav(page, 'nav-inhuisregistratie')).click();
  await verwacht(tid('inhuisregistratie-dag'), 'Kop met locatie en dag');
  const dag = await page.locator(tid('inhuisregistratie-dag')).innerText();
  if (!dag.includes('Ter Apel')) throw new Error(`Inhuisregistratie opent niet op Ter Apel: '${dag}'`);
  const { inhuisregistratieDag } = await gatewayData(
    basis,
    coa,
    `query($l: String!) { inhuisregistratieDag(locatie: $l) { venster eind stand verwacht { persoon { id } } } }`,
    { l: 'TER_APEL' },
  );
  if (inhuisregistratieDag.length < 2) throw new Error('Ter Apel heeft geen twee registratievensters');
  const standen = ['Nog niet begonnen', 'Open', 'Naregistratie', 'Afgesloten'];
  for (const v of inhuisregistratieDag) {
    await verwacht(tid(`venster-${v.venster}`), `Venster ${v.venster}`);
    const stand = (await page.locator(tid(`venster-stand-${v.venster}`)).innerText()).trim();
    if (!standen.includes(stand)) throw new Error(`Venster ${v.venster} staat op '${stand}' (geen woord)`);
    const hier = v.verwacht.some((x) => x.persoon.id === persoonId);
    if (Date.parse(v.eind) > Date.now() + 60_000 && hier)
      await verwacht(
        tid(`verwacht-${v.venster}-${persoonId}`),
        `De persoon verwacht in venster ${v.venster}`,
      );
  }
  const open = inhuisregistratieDag.find(
    (v) =>
      (v.stand === 'OPEN' || v.stand === 'NAREGISTRATIE') &&
      v.verwacht.some((x) => x.persoon.id === persoonId),
  );
  if (open) {
    await page.locator(tid(`registreer-${open.venster}-${persoonId}`)).check();
    await page.locator(tid(`registreer-${open.venster}-opslaan`)).click();
    await verwacht(tid(`registreer-${open.venster}-succes`), 'Melding na registreren');
    await verwacht(
      `${tid(`verwacht-${open.venster}-${persoonId}`)}[data-status="geregistreerd"]`,
      'De persoon geregistreerd',
    );
  }
  await foto('planning-inhuisregistratie', { fullPage: false });
  geenDialogen();

  // (e) The case (proposal confirmed through GraphQL) and its procedure plan on the case page (IND).
  zetStap('planning: casus openen (GraphQL)');
  let voorstelId = null;
  for (const tot = Date.now() + PLANNING_WACHTTIJD_MS; !voorstelId;) {
    const { casusVoorstellen } = await gatewayData(
      basis,
      ind,
      `query($s: ID) { casusVoorstellen(signaalId: $s) { id status persoon { id } } }`,
      { s: signaalId },
    );
    voorstelId = casusVoorstellen.find((v) => v.persoon.id === persoonId && v.status === 'OPEN')?.id ?? null;
    if (!voorstelId && Date.now() > tot)
      throw new Error(`Geen casusvoorstel bij signaal ${signaalId} binnen ${PLANNING_WACHTTIJD_MS / 1000} s`);
    if (!voorstelId) await page.waitForTimeout(500);
  }
  const { bevestigVoorstel } = await gatewayData(
    basis,
    ind,
    `mutation($id: ID!, $g: CasusGegevens) { bevestigVoorstel(id: $id, gegevens: $g) { id } }`,
    { id: voorstelId, g: { spoor: 4, kansarm: true, locatieCode: 'TER_APEL' } },
  );
  const casusId = bevestigVoorstel.id;

  zetStap('planning: procedureplan opstellen');
  await wisselPersona(page, verwacht, 'ind-procesregisseur');
  await page.goto(naar(`#/casussen/${casusId}`));
  await verwacht(tid('casus-procedureplan'), 'Blok Procedureplan op de casus');
  await verwacht(tid('procedureplan-opstellen'), 'Knop Procedureplan opstellen');
  await page.locator(tid('procedureplan-opstellen')).click();
  await verwacht(tid('procedureplan-formulier'), 'Formulier procedureplan');
  await page.waitForFunction(
    (sel) => [...(document.querySelector(sel)?.options ?? [])].some((o) => o.value === 'AZC_ASSEN'),
    tid('procedureplan-verblijfLocatie'),
  );
  await page.locator(tid('procedureplan-verblijfLocatie')).selectOption('AZC_ASSEN');
  // Planning learns the case (and its spoor) by an event: until then it says so, and we try again.
  for (const tot = Date.now() + PLANNING_WACHTTIJD_MS; ;) {
    await page.locator(tid('procedureplan-opslaan')).click();
    await verwacht(
      `${tid('procedureplan-succes')}, ${tid('procedureplan-fouten')}, ${tid('procedureplan-fout')}`,
      'Antwoord op Plan opstellen',
    );
    if ((await page.locator(tid('procedureplan-succes')).count()) > 0) break;
    const fout = await zichtbareFouttekst(page);
    if (!/onbekende casus|nog geen spoor/.test(fout) || Date.now() > tot)
      throw new Error(`Procedureplan niet opgesteld: ${fout}`);
    await page.waitForTimeout(1_000);
  }
  await verwacht(tid('procedureplan-ttsd'), 'De regel met het kengetal');
  const kengetal = (await page.locator(tid('procedureplan-ttsd-kengetal')).innerText()).trim();
  if (!kengetal) throw new Error('Het kengetal heeft geen naam');
  for (const stap of ['AANMELDING', 'AANMELDGEHOOR', 'BESCHIKKING', 'VERTREK_OF_OVERDRACHT'])
    await verwacht(tid(`stap-${stap}`), `Processtap ${stap}`);
  await page.locator(tid('casus-procedureplan')).scrollIntoViewIfNeeded();
  await foto('planning-casus-procedureplan', { fullPage: false });

  // An appointment in Ter Apel in 5 days for someone housed in Assen: too late for transport (R13).
  zetStap('planning: processtap met afspraak');
  await page.locator(tid('processtap-vastleggen')).click();
  await verwacht(tid('processtap-formulier'), 'Formulier processtap');
  await page.locator(tid('processtap-stap')).selectOption('VERTREKGESPREK');
  await page.locator(tid('processtap-soort-afspraak')).check();
  await page.locator(tid('processtap-afspraakOp')).fill(`${amsterdamDag(Date.now() + 5 * 86_400_000)}T10:00`);
  await page.locator(tid('processtap-afspraakLocatie')).selectOption('TER_APEL');
  await page.locator(tid('processtap-opslaan')).click();
  await verwacht(tid('processtap-waarschuwingen'), 'Waarschuwing na het vastleggen van de afspraak');
  const waarschuwing = await page.locator(tid('processtap-waarschuwingen')).innerText();
  if (!waarschuwing.includes('R13')) throw new Error(`Waarschuwing noemt R13 niet: ${waarschuwing}`);
  await verwacht(`${tid('stap-VERTREKGESPREK')}`, 'De stap met de afspraak');
  await page.locator(tid('casus-procedureplan')).scrollIntoViewIfNeeded();
  await foto('planning-casus-waarschuwing', { fullPage: false });
  geenDialogen();

  // (f) The procesplanning list, labelled with the key figure's name from the service.
  zetStap('planning: procesplanning');
  await (await toonNav(page, 'nav-planning')).click();
  await verwacht(tid(`plan-${casusId}`), 'Het plan in de procesplanning');
  const kop = (await page.locator(tid('planning-kengetal')).innerText()).trim();
  if (kop !== kengetal) throw new Error(`Procesplanning noemt het kengetal '${kop}', de casus '${kengetal}'`);
  await foto('planning-procesplanning', { fullPage: false });

  // (g) The IND slot calendar: 8 weeks, status in words; reserving the same number changes nothing.
  zetStap('planning: IND-slots');
  await (await toonNav(page, 'nav-ind-slots')).click();
  await verwacht(tid('indslots-tabel'), 'IND-slotkalender');
  const weken = await page.locator(`${tid('indslots-tabel')} tbody tr`).count();
  if (weken !== 8) throw new Error(`Slotkalender toont ${weken} weken, verwacht 8`);
  const slotStatus = await page.locator('[data-testid^="indslot-status-"]').first().innerText();
  if (!/Ruim|Bijna vol|Vol|Overboekt/.test(slotStatus))
    throw new Error(`Slotstatus niet in woorden: ${slotStatus}`);
  await page.locator(tid('indslots-reserveren')).click();
  await verwacht(tid('indslots-formulier'), 'Formulier slots reserveren');
  await page.locator(tid('indslots-opslaan')).click();
  await verwacht(tid('indslots-succes'), 'Melding na reserveren');
  await foto('planning-ind-slots', { fullPage: false });

  // (h) The person page: placement, inhuisregistratie and the plan in the planning block.
  zetStap('planning: persoonsbeeld');
  await page.goto(naar(`#/personen/${persoonId}`));
  await verwacht(
    `${tid('blok-plaatsingen')} ${tid(`persoon-plaatsing-${plaatsingId}`)}`,
    'De plaatsing bij de persoon',
  );
  await verwacht(
    `${tid('blok-inhuisregistratie')} [data-testid^="plicht-"]`,
    'De inhuisregistratie bij de persoon',
  );
  await verwacht(
    `${tid('blok-procedureplannen')} ${tid(`persoon-plan-${casusId}`)}`,
    'Het plan bij de persoon',
  );
  await page.locator(tid('blok-planning')).scrollIntoViewIfNeeded();
  await foto('planning-persoonsbeeld', { fullPage: false });

  // (i) Rejecting the proposal on #/plaatsingen: a reason is required, then it is gone from the running list.
  zetStap('planning: plaatsing afwijzen');
  await (await toonNav(page, 'nav-plaatsingen')).click();
  await verwacht(tid(`plaatsing-${plaatsingId}`), 'De plaatsing in het overzicht');
  await page.locator(tid(`plaatsing-${plaatsingId}`)).scrollIntoViewIfNeeded();
  await foto('planning-plaatsingen', { fullPage: false });
  await page.locator(tid(`plaatsing-afwijzen-${plaatsingId}`)).click();
  await verwacht(tid('plaatsing-dialoog'), 'Dialoog afwijzen');
  await page.locator(tid('plaatsing-bevestigen')).click();
  await verwacht(tid('fout-plaatsing-reden'), 'Veldfout: reden verplicht');
  await page.locator(tid('plaatsing-reden')).fill(`E2E ${kenmerk}: voorstel ingetrokken na overleg`);
  await foto('planning-plaatsing-afwijzen', { fullPage: false });
  await page.locator(tid('plaatsing-bevestigen')).click();
  await verwacht(tid('plaatsingen-succes'), 'Melding na afwijzen');
  await page.goto(naar('#/plaatsingen?status=AFGEWEZEN&locatie=PBL_TER_APEL'));
  await verwacht(`${tid(`plaatsing-${plaatsingId}`)}[data-status="AFGEWEZEN"]`, 'De plaatsing als afgewezen');
  geenDialogen();

  // (j) Partners without a planning role: no menu items, and the page says so.
  zetStap('planning: melder zonder planning');
  await wisselPersona(page, verwacht, 'politie-melder');
  if ((await page.locator(tid('nav-capaciteit')).count()) > 0)
    throw new Error('De politiemelder krijgt het menu-item Capaciteit te zien');
  await page.goto(naar('#/capaciteit'));
  await verwacht(tid('capaciteit-geen-toegang'), 'Melding: geen toegang tot planning');
  geenDialogen();
  if (vorigeViewport) await page.setViewportSize(vorigeViewport);

  return {
    persoonId,
    vNummer,
    plaatsingId,
    plaatsingStatus,
    volOp,
    casusId,
    kengetal,
    geregistreerd: Boolean(open),
  };
}

/** Text of visible error banners, for failure messages. */
async function zichtbareFouttekst(page) {
  try {
    const teksten = await page.locator('.melding--fout, .melding--waarschuwing').allInnerTexts();
    return teksten.join(' | ').replace(/\s+/g, ' ').slice(0, 500);
  } catch {
    return '';
  }
}

// Direct run: node apps/console/e2e/console.e2e.mjs <baseUrl> [screenshotDir] [zsmUrl]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [baseUrl = 'http://127.0.0.1:4000/', screenshotDir = 'e2e-screenshots', zsmUrl] =
    process.argv.slice(2);
  runConsoleE2E({
    baseUrl,
    screenshotDir,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    zsmUrl: zsmUrl ?? process.env.ZSM_URL,
  }).then(
    (r) =>
      console.log(
        `Console-E2E geslaagd: signaal ${r.signaalId} (${r.bronReferentie}), casus ${r.casus?.casusId}${r.zsm ? `, ZSM-zaak ${r.zsm.zsmReferentie}` : ''}${r.planning ? `, plaatsing ${r.planning.plaatsingId}` : ''}; ${r.schermafdrukken.length} schermafdrukken`,
      ),
    (e) => {
      console.error(e.message);
      process.exitCode = 1;
    },
  );
}
