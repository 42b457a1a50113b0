// @ts-nocheck
// Browser scenario "live" (issue 8): a case page that is open in the console shows a new signal,
// posted by a partner through the REST API of signalen, within five seconds and without a reload.
import { gqlData, haalToken, tid, wachtTot } from './hulp.mjs';

/** The acceptance criterion: a new signal on the open case within this time, no reload. */
export const LIVE_BINNEN_MS = 5000;

export async function liveScenario({ page, basis, naar, foto, verwacht, zetStap, signalenUrl }) {
  const kenmerk = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`.toUpperCase();
  const vNummer = `33${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  zetStap('live: casus maken (GraphQL)');
  const coa = await haalToken(basis, 'coa-locatiemanager');
  const ind = await haalToken(basis, 'ind-procesregisseur');
  const signaal = (ref, categorie, omschrijving) => ({
    bronOrganisatie: 'COA',
    bronReferentie: ref,
    categorie,
    ernst: 2,
    omschrijving,
    tijdstipIncident: new Date(Date.now() - 10 * 60_000).toISOString(),
    plaats: { gemeente: 'Westerwolde', locatieCode: 'TER_APEL' },
    personen: [{ vNummer }],
  });
  const eerste = await gqlData(
    basis,
    coa,
    `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id } }`,
    {
      i: signaal(
        `E2E-LIVE-1-${kenmerk}`,
        'OVERLAST_OPVANGLOCATIE',
        `E2E live (synthetisch): eerste melding ${kenmerk}`,
      ),
    },
  );
  const voorstel = await wachtTot(
    async () =>
      (
        await gqlData(basis, ind, `query($s: ID!) { casusVoorstellen(signaalId: $s) { id } }`, {
          s: eerste.registreerSignaal.id,
        })
      ).casusVoorstellen[0],
    30_000,
    'live: geen casusvoorstel voor het eerste signaal binnen 30 s',
  );
  const { bevestigVoorstel } = await gqlData(
    basis,
    ind,
    `mutation($id: ID!) { bevestigVoorstel(id: $id) { id } }`,
    { id: voorstel.id },
  );
  const casusId = bevestigVoorstel.id;

  zetStap('live: casuspagina openen als IND-procesregisseur');
  await page.goto(naar('#/signalen'), { waitUntil: 'domcontentloaded' });
  if ((await page.locator(tid('afmelden')).count()) > 0) await page.locator(tid('afmelden')).click();
  await verwacht(tid('persona-ind-procesregisseur'), 'Persona-kaart ind-procesregisseur');
  await page.locator(tid('persona-ind-procesregisseur')).click();
  await verwacht(tid('aangemeld-als'), 'Kop na aanmelden');
  await page.goto(naar(`#/casussen/${encodeURIComponent(casusId)}`));
  await verwacht(tid('casus-signalen'), 'Signalen op de casus');
  await page.locator(tid('casus-live')).filter({ hasText: 'Live' }).waitFor({ timeout: 10_000 });
  const navigaties = [];
  page.on('framenavigated', (f) => {
    if (f === page.mainFrame()) navigaties.push(f.url());
  });

  zetStap('live: nieuw signaal via de REST-API van signalen');
  const start = Date.now();
  const res = await fetch(`${signalenUrl}/v1/signalen`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${coa}`,
      'idempotency-key': `E2E-LIVE-2-${kenmerk}`,
    },
    body: JSON.stringify(
      signaal(
        `E2E-LIVE-2-${kenmerk}`,
        'HUISREGELOVERTREDING',
        `E2E live (synthetisch): tweede melding ${kenmerk}`,
      ),
    ),
  });
  if (res.status !== 201) throw new Error(`live: REST-signaal gaf HTTP ${res.status}: ${await res.text()}`);
  const nieuw = await res.json();
  try {
    await page
      .locator(tid(`casus-signaal-${nieuw.id}`))
      .waitFor({ state: 'visible', timeout: LIVE_BINNEN_MS });
  } catch {
    throw new Error(
      `live: het nieuwe signaal stond na ${LIVE_BINNEN_MS / 1000} s niet op de open casuspagina`,
    );
  }
  const duur = Date.now() - start;
  if (navigaties.length) throw new Error(`live: de pagina is opnieuw geladen (${navigaties.join(', ')})`);
  await foto('live-casus-nieuw-signaal');
  return { casusId, signaalId: nieuw.id, zichtbaarNaMs: duur };
}
