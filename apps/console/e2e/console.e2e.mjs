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
 * Runs the console scenario; resolves with a summary, throws with a clear message on any failure.
 * @param {{ baseUrl: string, screenshotDir: string, chromiumPath?: string }} options
 */
export async function runConsoleE2E({ baseUrl, screenshotDir, chromiumPath = '/usr/bin/chromium' }) {
  if (!baseUrl) throw new Error('runConsoleE2E: baseUrl ontbreekt');
  if (!screenshotDir) throw new Error('runConsoleE2E: screenshotDir ontbreekt');
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
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
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
    if (!organisatie.includes('COA')) throw new Error(`Kop toont organisatie '${organisatie}', verwacht COA`);
    await verwacht(
      `${tid('signalen-tabel')}, ${tid('signalen-leeg')}`,
      'Signalenoverzicht (tabel of lege staat)',
    );
    await foto('signalen-na-aanmelden');

    // 3. Register a valid signal: one person by hand (name + nationality), two through the group input.
    stap = 'geldig signaal registreren';
    const bronReferentie = `E2E-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const persoonNaam = `Testpersoon ${bronReferentie.slice(-6)} (fictief)`;
    await page.locator(tid('nav-nieuw-signaal')).click();
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
    const signaalId = (await page.locator(tid('nieuw-signaal-id')).innerText()).trim();
    if (!signaalId) throw new Error('Succesmelding toont geen signaal-id');
    const naReset = await page.locator(tid('bronReferentie')).inputValue();
    if (naReset !== '')
      throw new Error(`Formulier is na registratie niet leeggemaakt (bronReferentie='${naReset}')`);
    await foto('signaal-geregistreerd');

    // 4. The new signal is in the list.
    stap = 'nieuw signaal in het overzicht';
    await page.locator(tid('nav-signalen')).click();
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
    await page.locator(tid('nav-nieuw-signaal')).click();
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
    await page.locator(tid('nav-signalen')).click();
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
    const samenvoegKnop = page.locator(`${tid('kandidaten')} [data-testid^="samenvoegen-"]:not([disabled])`);
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
    await page.locator(tid('nav-termijnen')).click();
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

    return { bronReferentie, signaalId, schermafdrukken, consoleFouten };
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

/** Text of visible error banners, for failure messages. */
async function zichtbareFouttekst(page) {
  try {
    const teksten = await page.locator('.melding--fout, .melding--waarschuwing').allInnerTexts();
    return teksten.join(' | ').replace(/\s+/g, ' ').slice(0, 500);
  } catch {
    return '';
  }
}

// Direct run: node apps/console/e2e/console.e2e.mjs <baseUrl> [screenshotDir]
if (import.meta.url === `file://${process.argv[1]}`) {
  const [baseUrl = 'http://127.0.0.1:4000/', screenshotDir = 'e2e-screenshots'] = process.argv.slice(2);
  runConsoleE2E({
    baseUrl,
    screenshotDir,
    chromiumPath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  }).then(
    (r) =>
      console.log(
        `Console-E2E geslaagd: signaal ${r.signaalId} (${r.bronReferentie}); ${r.schermafdrukken.length} schermafdrukken`,
      ),
    (e) => {
      console.error(e.message);
      process.exitCode = 1;
    },
  );
}
