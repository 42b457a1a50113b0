// Browser scenario of the DGM/DRM dashboard (#/dashboard), called from console.e2e.mjs with its context.
//
// Works on whatever data is in the database: the test asks the gateway's GraphQL for the same figures
// with the persona's own token and compares them with the cells the page shows and with each CSV export.
import { readFile } from 'node:fs/promises';
import { axeScan } from './axe.mjs';
import { gql, gqlData, haalToken, tid } from './hulp.mjs';

/** The panels and who may see them: `beperkt` panels answer FORBIDDEN to a police reporter. */
const PANELEN = [
  { naam: 'perweek', beperkt: true },
  { naam: 'spoor', beperkt: true },
  { naam: 'landen', beperkt: true },
  { naam: 'doorlooptijd', beperkt: true },
  { naam: 'achterstand', beperkt: true },
  { naam: 'bezetting', beperkt: true },
  { naam: 'signalen', beperkt: false },
];

const LADDER = ['VTL', 'PBL', 'HTL'];

const dagFormaat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const amsterdamDag = (ms = Date.now()) => dagFormaat.format(ms);

const uurFormaat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The start of an Amsterdam calendar day as an ISO instant with offset (as the console sends it). */
function amsterdamMiddernacht(datum) {
  for (const offset of ['+01:00', '+02:00']) {
    const iso = `${datum}T00:00:00${offset}`;
    if (uurFormaat.format(Date.parse(iso)) === `${datum}, 00`) return iso;
  }
  throw new Error(`Geen Amsterdamse middernacht voor ${datum}`);
}

function plusDagen(datum, dagen) {
  const [j, m, d] = datum.split('-').map(Number);
  return new Date(Date.UTC(j, m - 1, d + dagen)).toISOString().slice(0, 10);
}

/** Monday of the ISO week of a date. */
function maandag(datum) {
  const [j, m, d] = datum.split('-').map(Number);
  const dag = new Date(Date.UTC(j, m - 1, d)).getUTCDay() || 7;
  return plusDagen(datum, 1 - dag);
}

/** The Monday of an ISO week ('2026-W47') as YYYY-MM-DD. */
function maandagVanWeek(week) {
  const [jaar, nummer] = [Number(week.slice(0, 4)), Number(week.slice(-2))];
  const vier = new Date(Date.UTC(jaar, 0, 4));
  const maandagWeek1 = Date.UTC(jaar, 0, 4 - ((vier.getUTCDay() || 7) - 1));
  return new Date(maandagWeek1 + (nummer - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The weeks the dashboard shows: casusregie buckets by UTC day, so a period from Amsterdam midnight
 * also gets the week before it; an edge week wholly outside [van, tot] that counts nothing is left out.
 */
function zichtbareWeken(perWeek, van, tot) {
  return perWeek.filter((w) => {
    const ma = maandagVanWeek(w.week);
    const buiten = plusDagen(ma, 6) < van || ma > tot;
    return !(buiten && w.aangemeld === 0 && w.afgerond === 0);
  });
}

const VERANTWOORDING = `query($van: String!, $tot: String!) {
  verantwoording(van: $van, tot: $tot) {
    behandeld
    perSpoor { spoor1 spoor2 spoor4 onbekend }
    perLand { land aantal }
    doorlooptijd { spoor aantal mediaanDagen gemiddeldeDagen normDagen factorSnellerDanNorm }
    perWeek { week aangemeld afgerond }
  }
}`;
const ACHTERSTAND = `{ actieAchterstand { organisatie aantal oudsteDeadline geescaleerd } }`;
const SIGNALEN = `query($van: String!, $tot: String!) { signalenPerLocatie(van: $van, tot: $tot) { locatie aantal vpt ernstig } }`;
const BEZETTING = `query($vanaf: String!, $weken: Int!) {
  capaciteitsbord(vanaf: $vanaf, weken: $weken) { locatie { code naam soort } wachtlijst dagen { datum capaciteit bezet } }
}`;

/** Top `n` by count (ties by key), the rest summed — as the dashboard groups countries and places. */
function top(rijen, sleutel, velden, n = 10) {
  const gesorteerd = [...rijen].sort(
    (a, b) => b.aantal - a.aantal || String(a[sleutel]).localeCompare(String(b[sleutel])),
  );
  const rest = gesorteerd.slice(n);
  const som = (l) => Object.fromEntries(velden.map((v) => [v, l.reduce((s, r) => s + r[v], 0)]));
  return { eerste: gesorteerd.slice(0, n), rest, overig: som(rest), totaal: som(gesorteerd) };
}

/** Minimal CSV reader for the dashboard's exports (semicolons, double quotes). */
function leesCsv(tekst) {
  const regels = [];
  let rij = [];
  let veld = '';
  let inAanhalingstekens = false;
  for (let i = 0; i < tekst.length; i += 1) {
    const c = tekst[i];
    if (inAanhalingstekens) {
      if (c === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i += 1;
      } else if (c === '"') inAanhalingstekens = false;
      else veld += c;
    } else if (c === '"') inAanhalingstekens = true;
    else if (c === ';') {
      rij.push(veld);
      veld = '';
    } else if (c === '\r') {
      // CRLF: the \n ends the line
    } else if (c === '\n') {
      rij.push(veld);
      regels.push(rij);
      rij = [];
      veld = '';
    } else veld += c;
  }
  if (veld || rij.length) {
    rij.push(veld);
    regels.push(rij);
  }
  return regels;
}

/** A CSV number ("4,5", "" for none) as a number or null. */
const csvGetal = (s) => (s === '' || s === undefined ? null : Number(s.replace(',', '.')));

/**
 * DGM/DRM dashboard: the national analyst sees six panels with the right numbers for the data in the
 * database (compared with the gateway), exports each as CSV with the same numbers, shares a period
 * through the address, and the page holds at 1280×800 and 768×1024 with no serious accessibility
 * violations; a police reporter gets a clear notice on the panels they may not see and only their own
 * organisation's signals.
 */
export async function dashboardScenario({ page, basis, naar, foto, verwacht, geenDialogen, zetStap }) {
  const fouten = [];
  const gelijk = (wat, gevonden, verwacht) => {
    if (String(gevonden) !== String(verwacht)) fouten.push(`${wat}: pagina ${gevonden}, gateway ${verwacht}`);
  };
  const rapporteer = (stap) => {
    if (fouten.length)
      throw new Error(`${stap}: ${fouten.length} verschil(len):\n  ${fouten.slice(0, 20).join('\n  ')}`);
  };
  const cel = async (paneel, rij, kolom) => {
    const l = page.locator(tid(`${paneel}-cel-${rij}-${kolom}`));
    if ((await l.count()) !== 1) {
      fouten.push(`cel ${paneel}-cel-${rij}-${kolom} ontbreekt`);
      return undefined;
    }
    return l.getAttribute('data-waarde');
  };
  const getalOfLeeg = (w) => (w === null || w === undefined ? '' : String(w));

  /** Wait until no panel is loading; returns { naam: staat }. */
  const wachtOpPanelen = async () => {
    await page.waitForFunction(
      (namen) =>
        namen.every((n) => {
          const p = document.querySelector(`[data-testid="paneel-${n}"]`);
          return p && p.getAttribute('data-staat') !== 'laden';
        }),
      PANELEN.map((p) => p.naam),
      { timeout: 30_000 },
    );
    return Object.fromEntries(
      await Promise.all(
        PANELEN.map(async (p) => [
          p.naam,
          await page.locator(tid(`paneel-${p.naam}`)).getAttribute('data-staat'),
        ]),
      ),
    );
  };

  /** Download a panel's CSV through the link, check BOM and headers, return the rows as arrays. */
  const downloadCsv = async (paneel) => {
    const link = page.locator(tid(`${paneel}-csv`));
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const naam = download.suggestedFilename();
    if (!/^ketenbeeld-[a-z0-9-]+\.csv$/.test(naam)) fouten.push(`${paneel}: CSV-bestandsnaam '${naam}'`);
    const bestand = await download.path();
    const buffer = await readFile(bestand);
    if (!(buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf))
      fouten.push(`${paneel}: CSV begint niet met een UTF-8 BOM`);
    const regels = leesCsv(buffer.toString('utf8').replace(/^\uFEFF/, ''));
    return { kop: regels[0] ?? [], rijen: regels.slice(1) };
  };
  const kolom = (csv, naam) => {
    const i = csv.kop.indexOf(naam);
    if (i < 0) fouten.push(`CSV mist de kolom '${naam}' (koppen: ${csv.kop.join(' | ')})`);
    return i;
  };

  // ---------- 1. National analyst, default period ----------
  zetStap('dashboard: aanmelden als dgm-analist');
  if ((await page.locator(tid('afmelden')).count()) > 0) await page.locator(tid('afmelden')).click();
  await page.goto(naar(''), { waitUntil: 'domcontentloaded' });
  await verwacht(tid('persona-dgm-analist'), "Persona-kaart 'dgm-analist'");
  await page.locator(tid('persona-dgm-analist')).click();
  await verwacht(tid('aangemeld-als'), 'Kop na aanmelden als dgm-analist');
  await page.setViewportSize({ width: 1280, height: 800 });

  zetStap('dashboard: openen met de standaardperiode');
  await page.goto(naar('#/dashboard'));
  await verwacht(tid('dashboard-pagina'), 'Dashboard');
  const periode = page.locator(tid('dashboard-periode'));
  const van = await periode.getAttribute('data-van');
  const tot = await periode.getAttribute('data-tot');
  const vandaag = amsterdamDag();
  if (tot !== vandaag) throw new Error(`Standaardperiode eindigt op ${tot}, verwacht vandaag ${vandaag}`);
  if (van !== plusDagen(maandag(vandaag), -77))
    throw new Error(
      `Standaardperiode begint op ${van}, verwacht de maandag 12 weken terug (${plusDagen(maandag(vandaag), -77)})`,
    );
  const staten = await wachtOpPanelen();
  for (const p of PANELEN) {
    if (!['klaar', 'leeg'].includes(staten[p.naam]))
      throw new Error(
        `Paneel ${p.naam} staat op '${staten[p.naam]}' voor dgm-analist: ${await page.locator(tid(`paneel-${p.naam}`)).innerText()}`,
      );
    await verwacht(tid(`${p.naam}-bron`), `Bronregel van ${p.naam}`);
  }
  await verwacht(`${tid('paneel-perweek')} h2`, 'Kop van paneel per week');

  zetStap('dashboard: cijfers vergelijken met de gateway (dgm-analist)');
  const analist = await haalToken(basis, 'dgm-analist');
  const interval = { van: amsterdamMiddernacht(van), tot: amsterdamMiddernacht(plusDagen(tot, 1)) };
  const bezetVenster = { vanaf: plusDagen(vandaag, -28), weken: 8 };
  const [{ verantwoording: v }, { actieAchterstand }, { signalenPerLocatie }, { capaciteitsbord }] =
    await Promise.all([
      gqlData(basis, analist, VERANTWOORDING, interval),
      gqlData(basis, analist, ACHTERSTAND),
      gqlData(basis, analist, SIGNALEN, interval),
      gqlData(basis, analist, BEZETTING, bezetVenster),
    ]);

  // 1. Cases per week.
  const weken = zichtbareWeken(v.perWeek, van, tot);
  const weekLeeg = v.perWeek.every((w) => w.aangemeld === 0 && w.afgerond === 0);
  gelijk('perweek staat', staten.perweek, weekLeeg ? 'leeg' : 'klaar');
  if (!weekLeeg) {
    if (weken.length !== 12) fouten.push(`het dashboard toont ${weken.length} weken, verwacht 12`);
    gelijk(
      'perweek: rijen in de tabel',
      await page.locator('[data-testid^="perweek-rij-"]').count(),
      weken.length + 1,
    );
    for (const w of weken) {
      gelijk(`perweek ${w.week} aangemeld`, await cel('perweek', w.week, 'aangemeld'), w.aangemeld);
      gelijk(`perweek ${w.week} afgerond`, await cel('perweek', w.week, 'afgerond'), w.afgerond);
    }
    gelijk(
      'perweek totaal aangemeld',
      await cel('perweek', 'totaal', 'aangemeld'),
      v.perWeek.reduce((s, w) => s + w.aangemeld, 0),
    );
    const rechthoeken = await page.locator(`${tid('perweek-grafiek')} rect:has(title)`).count();
    gelijk('perweek: kolommen in de grafiek', rechthoeken, weken.length * 2);
  }
  // 2. Spoor and countries.
  gelijk('spoor staat', staten.spoor, v.behandeld === 0 ? 'leeg' : 'klaar');
  if (v.behandeld > 0) {
    for (const s of ['spoor1', 'spoor2', 'spoor4', 'onbekend'])
      gelijk(`spoor ${s}`, await cel('spoor', s, 'aantal'), v.perSpoor[s]);
    gelijk('spoor behandeld', await cel('spoor', 'totaal', 'aantal'), v.behandeld);
    const tekst = await page.locator(tid('spoor-kern')).innerText();
    if (!tekst.includes(new Intl.NumberFormat('nl-NL').format(v.behandeld)))
      fouten.push(`spoor-kern '${tekst}' noemt niet ${v.behandeld} behandeld`);
  }
  const landen = top(v.perLand, 'land', ['aantal']);
  gelijk('landen staat', staten.landen, v.perLand.length === 0 ? 'leeg' : 'klaar');
  if (v.perLand.length) {
    for (const l of landen.eerste) gelijk(`land ${l.land}`, await cel('landen', l.land, 'aantal'), l.aantal);
    if (landen.rest.length)
      gelijk('landen overig', await cel('landen', 'overig', 'aantal'), landen.overig.aantal);
    gelijk('landen totaal', await cel('landen', 'totaal', 'aantal'), landen.totaal.aantal);
  }
  // 3. Lead times.
  for (const d of v.doorlooptijd) {
    const rij = d.spoor === null ? 'alle' : `spoor${d.spoor}`;
    gelijk(`doorlooptijd ${rij} aantal`, await cel('doorlooptijd', rij, 'aantal'), d.aantal);
    gelijk(
      `doorlooptijd ${rij} mediaan`,
      await cel('doorlooptijd', rij, 'mediaan'),
      getalOfLeeg(d.mediaanDagen),
    );
    gelijk(`doorlooptijd ${rij} norm`, await cel('doorlooptijd', rij, 'norm'), getalOfLeeg(d.normDagen));
  }
  const normLijnen = await page.locator(`${tid('doorlooptijd-grafiek')} line.dashboard-norm`).count();
  gelijk('doorlooptijd: normlijnen', normLijnen, v.doorlooptijd.filter((d) => d.normDagen !== null).length);
  // 4. Overdue actions.
  gelijk('achterstand staat', staten.achterstand, actieAchterstand.length === 0 ? 'leeg' : 'klaar');
  for (const a of actieAchterstand) {
    gelijk(`achterstand ${a.organisatie}`, await cel('achterstand', a.organisatie, 'aantal'), a.aantal);
    gelijk(
      `achterstand ${a.organisatie} geëscaleerd`,
      await cel('achterstand', a.organisatie, 'geescaleerd'),
      a.geescaleerd,
    );
    gelijk(
      `achterstand ${a.organisatie} oudste`,
      await cel('achterstand', a.organisatie, 'oudste'),
      a.oudsteDeadline,
    );
  }
  // 5. Occupancy.
  const ladder = capaciteitsbord.filter((r) => LADDER.includes(r.locatie.soort));
  gelijk('bezetting staat', staten.bezetting, ladder.length === 0 ? 'leeg' : 'klaar');
  gelijk(
    'bezetting: aantal locaties',
    await page.locator('[data-testid^="bezetting-locatie-"]').count(),
    ladder.length,
  );
  for (const r of ladder) {
    const d = r.dagen.find((x) => x.datum === vandaag);
    gelijk(
      `bezetting ${r.locatie.code} bezet`,
      await cel('bezetting', r.locatie.code, 'bezet'),
      d?.bezet ?? '',
    );
    gelijk(
      `bezetting ${r.locatie.code} capaciteit`,
      await cel('bezetting', r.locatie.code, 'capaciteit'),
      d?.capaciteit ?? '',
    );
    gelijk(
      `bezetting ${r.locatie.code} wachtlijst`,
      await cel('bezetting', r.locatie.code, 'wachtlijst'),
      r.wachtlijst,
    );
    const zin = await page.locator(tid(`bezetting-vandaag-${r.locatie.code}`)).innerText();
    if (d && !zin.includes(`${d.bezet} van ${new Intl.NumberFormat('nl-NL').format(d.capaciteit)} bezet`))
      fouten.push(`bezetting ${r.locatie.code}: '${zin}' noemt niet ${d.bezet} van ${d.capaciteit}`);
    const lijn = page.locator(tid(`bezetting-lijn-${r.locatie.code}`));
    if ((await lijn.getAttribute('role')) !== 'img' || !(await lijn.getAttribute('aria-label')))
      fouten.push(`bezetting ${r.locatie.code}: de lijn heeft geen role=img met aria-label`);
    const laatste = r.dagen[r.dagen.length - 1];
    gelijk(
      `bezetting per dag ${r.locatie.code} ${laatste.datum}`,
      await cel('bezetting-perdag', laatste.datum, `${r.locatie.code}-bezet`),
      laatste.bezet,
    );
  }
  // 6. Signals per location.
  const plaatsen = top(signalenPerLocatie, 'locatie', ['aantal', 'ernstig', 'vpt']);
  gelijk('signalen staat', staten.signalen, signalenPerLocatie.length === 0 ? 'leeg' : 'klaar');
  for (const s of plaatsen.eerste) {
    gelijk(`signalen ${s.locatie}`, await cel('signalen', s.locatie, 'aantal'), s.aantal);
    gelijk(`signalen ${s.locatie} ernstig`, await cel('signalen', s.locatie, 'ernstig'), s.ernstig);
    gelijk(`signalen ${s.locatie} vpt`, await cel('signalen', s.locatie, 'vpt'), s.vpt);
  }
  if (signalenPerLocatie.length)
    gelijk('signalen totaal', await cel('signalen', 'totaal', 'aantal'), plaatsen.totaal.aantal);
  if ((await page.locator(tid('signalen-eigen')).count()) > 0)
    fouten.push('dgm-analist krijgt de melding "alleen eigen signalen"');
  // Every chart is an image with a summary.
  for (const p of ['perweek', 'spoor', 'landen', 'doorlooptijd', 'achterstand', 'signalen']) {
    if (staten[p] !== 'klaar') continue;
    const g = page.locator(tid(`${p}-grafiek`));
    if ((await g.getAttribute('role')) !== 'img') fouten.push(`${p}-grafiek heeft geen role=img`);
    const label = (await g.getAttribute('aria-label')) ?? '';
    if (label.length < 30) fouten.push(`${p}-grafiek heeft geen samenvatting (aria-label '${label}')`);
    if ((await g.locator('.dashboard-aslabel').count()) === 0) fouten.push(`${p}-grafiek heeft geen aslabel`);
  }
  rapporteer('Dashboard tegen de gateway');

  zetStap('dashboard: CSV-exports');
  if (staten.perweek === 'klaar') {
    const csv = await downloadCsv('perweek');
    const [iW, iA, iF] = [kolom(csv, 'Week'), kolom(csv, 'Aangemeld'), kolom(csv, 'Afgerond')];
    for (const w of weken) {
      const r = csv.rijen.find((x) => x[iW] === w.week);
      if (!r) fouten.push(`perweek-CSV mist ${w.week}`);
      else {
        gelijk(`perweek-CSV ${w.week} aangemeld`, csvGetal(r[iA]), w.aangemeld);
        gelijk(`perweek-CSV ${w.week} afgerond`, csvGetal(r[iF]), w.afgerond);
      }
    }
    const van1 = csv.rijen[0]?.[kolom(csv, 'Van')];
    if (!/^\d{2}-\d{2}-\d{4}$/.test(van1 ?? ''))
      fouten.push(`perweek-CSV: datum '${van1}' niet als dd-mm-jjjj`);
  }
  if (staten.spoor === 'klaar') {
    const csv = await downloadCsv('spoor');
    const [iS, iA] = [kolom(csv, 'Spoor'), kolom(csv, 'Casussen')];
    const namen = {
      spoor1: 'Spoor 1 — Dublin',
      spoor4: 'Spoor 4 — algemene procedure',
      onbekend: 'Spoor onbekend',
    };
    for (const [s, naam] of Object.entries(namen))
      gelijk(`spoor-CSV ${s}`, csvGetal(csv.rijen.find((r) => r[iS] === naam)?.[iA]), v.perSpoor[s]);
    gelijk('spoor-CSV behandeld', csvGetal(csv.rijen.find((r) => r[iS] === 'Behandeld')?.[iA]), v.behandeld);
    if (!csv.rijen.some((r) => r[iS]?.includes('—')))
      fouten.push('spoor-CSV: het streepje (UTF-8) ging verloren');
  }
  if (staten.landen === 'klaar') {
    const csv = await downloadCsv('landen');
    const [iC, iA] = [kolom(csv, 'Landcode'), kolom(csv, 'Casussen')];
    for (const l of landen.eerste)
      gelijk(`landen-CSV ${l.land}`, csvGetal(csv.rijen.find((r) => r[iC] === l.land)?.[iA]), l.aantal);
  }
  if (staten.doorlooptijd === 'klaar') {
    const csv = await downloadCsv('doorlooptijd');
    const [iM, iN, iA] = [
      kolom(csv, 'Mediaan (dagen)'),
      kolom(csv, 'Landelijke norm (dagen)'),
      kolom(csv, 'Beschikkingen'),
    ];
    const volgorde = [...v.doorlooptijd].sort((a, b) => (a.spoor ?? 99) - (b.spoor ?? 99));
    volgorde.forEach((d, i) => {
      const r = csv.rijen[i] ?? [];
      gelijk(`doorlooptijd-CSV rij ${i} aantal`, csvGetal(r[iA]), d.aantal);
      gelijk(
        `doorlooptijd-CSV rij ${i} mediaan`,
        csvGetal(r[iM]),
        d.mediaanDagen === null ? null : Math.round(d.mediaanDagen * 10) / 10,
      );
      gelijk(`doorlooptijd-CSV rij ${i} norm`, csvGetal(r[iN]), d.normDagen);
    });
  }
  if (staten.achterstand === 'klaar') {
    const csv = await downloadCsv('achterstand');
    const [iA, iE] = [kolom(csv, 'Acties over de deadline'), kolom(csv, 'Waarvan geëscaleerd')];
    actieAchterstand.forEach((a, i) => {
      gelijk(`achterstand-CSV ${a.organisatie}`, csvGetal(csv.rijen[i]?.[iA]), a.aantal);
      gelijk(`achterstand-CSV ${a.organisatie} geëscaleerd`, csvGetal(csv.rijen[i]?.[iE]), a.geescaleerd);
    });
  }
  if (staten.bezetting === 'klaar') {
    const csv = await downloadCsv('bezetting');
    const [iL, iB, iC, iW] = [
      kolom(csv, 'Locatie'),
      kolom(csv, 'Bezet'),
      kolom(csv, 'Capaciteit'),
      kolom(csv, 'Wachtlijst'),
    ];
    for (const r of ladder) {
      const rij = csv.rijen.find((x) => x[iL] === r.locatie.naam);
      const d = r.dagen.find((x) => x.datum === vandaag);
      gelijk(`bezetting-CSV ${r.locatie.code} bezet`, csvGetal(rij?.[iB]), d?.bezet ?? null);
      gelijk(`bezetting-CSV ${r.locatie.code} capaciteit`, csvGetal(rij?.[iC]), d?.capaciteit ?? null);
      gelijk(`bezetting-CSV ${r.locatie.code} wachtlijst`, csvGetal(rij?.[iW]), r.wachtlijst);
    }
  }
  if (staten.signalen === 'klaar') {
    const csv = await downloadCsv('signalen');
    const [iC, iA, iE, iV] = [
      kolom(csv, 'Code'),
      kolom(csv, 'Signalen'),
      kolom(csv, 'Waarvan ernstig (ernst 3–4)'),
      kolom(csv, 'Waarvan VPT'),
    ];
    for (const s of plaatsen.eerste) {
      const r = csv.rijen.find((x) => x[iC] === s.locatie);
      gelijk(`signalen-CSV ${s.locatie}`, csvGetal(r?.[iA]), s.aantal);
      gelijk(`signalen-CSV ${s.locatie} ernstig`, csvGetal(r?.[iE]), s.ernstig);
      gelijk(`signalen-CSV ${s.locatie} vpt`, csvGetal(r?.[iV]), s.vpt);
    }
  }
  rapporteer('CSV-exports');

  zetStap('dashboard: kopieer als tabel');
  const eersteKlaar = PANELEN.find((p) => staten[p.naam] === 'klaar');
  if (eersteKlaar) {
    await page
      .context()
      .grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(basis).origin });
    await page.locator(tid(`${eersteKlaar.naam}-kopieer`)).click();
    await verwacht(
      `${tid(`${eersteKlaar.naam}-kopieer-melding`)}:has-text("Gekopieerd")`,
      'Melding "Gekopieerd"',
    );
    const plak = await page.evaluate(() => navigator.clipboard.readText());
    if (!plak.includes('\t') || plak.split(/\r?\n/).length < 2)
      throw new Error(`Kopieer als tabel gaf geen tab-gescheiden tabel: '${plak.slice(0, 120)}'`);
  }

  zetStap('dashboard: tabel met het toetsenbord openen');
  const samenvatting = page
    .locator(`${tid('paneel-signalen')} summary, ${tid('paneel-perweek')} summary`)
    .first();
  if ((await samenvatting.count()) > 0) {
    // Reach it with the keyboard (Shift+Tab, Tab), so the focus ring is the one a keyboard user sees.
    await samenvatting.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const gefocust = await samenvatting.evaluate((s) => document.activeElement === s);
    if (!gefocust) throw new Error('"Cijfers als tabel" is niet met Tab te bereiken');
    const omlijning = await samenvatting.evaluate((s) => getComputedStyle(s).outlineStyle);
    if (omlijning === 'none') throw new Error('"Cijfers als tabel" heeft geen zichtbare focus');
    await page.keyboard.press('Enter');
    const open = await samenvatting.evaluate((s) => s.parentElement.open);
    if (!open) throw new Error('"Cijfers als tabel" gaat niet open met Enter');
  }

  zetStap('dashboard: toegankelijkheidsscan (axe)');
  const scan = await axeScan(page, '[data-testid="dashboard-pagina"]', 'dashboard');

  zetStap('dashboard: schermafdrukken 1280×800 en 768×1024');
  await page.evaluate(() => window.scrollTo(0, 0));
  await foto('dashboard-1280x800', { fullPage: false });
  await foto('dashboard-1280-volledig');
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.waitForTimeout(200);
  const overloop = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overloop > 0) throw new Error(`Dashboard op 768 px breed loopt ${overloop} px horizontaal over`);
  await foto('dashboard-768x1024', { fullPage: false });
  await foto('dashboard-768-volledig');
  await page.setViewportSize({ width: 1280, height: 800 });

  zetStap('dashboard: periode kiezen en delen via het adres');
  await page.locator(tid('dashboard-van')).fill(tot);
  await page.locator(tid('dashboard-tot')).fill(van);
  await page.locator(tid('dashboard-toepassen')).click();
  await verwacht(tid('fout-dashboard-filter'), 'Foutmelding bij een omgekeerde periode');
  const nieuwVan = plusDagen(maandag(vandaag), -21);
  await page.locator(tid('dashboard-van')).fill(nieuwVan);
  await page.locator(tid('dashboard-tot')).fill(vandaag);
  await page.locator(tid('dashboard-toepassen')).click();
  await page.waitForFunction(
    (v) => document.querySelector('[data-testid="dashboard-periode"]')?.getAttribute('data-van') === v,
    nieuwVan,
  );
  const hash = new URL(page.url()).hash;
  if (!hash.includes(`van=${nieuwVan}`) || !hash.includes(`tot=${vandaag}`))
    throw new Error(`De gekozen periode staat niet in het adres: ${hash}`);
  await page.reload();
  await verwacht(tid('dashboard-pagina'), 'Dashboard na herladen');
  const naHerladen = await page.locator(tid('dashboard-periode')).getAttribute('data-van');
  if (naHerladen !== nieuwVan)
    throw new Error(`Na herladen begint de periode op ${naHerladen}, verwacht ${nieuwVan}`);
  const staten4 = await wachtOpPanelen();
  const kort = await gqlData(basis, analist, VERANTWOORDING, {
    van: amsterdamMiddernacht(nieuwVan),
    tot: amsterdamMiddernacht(plusDagen(vandaag, 1)),
  });
  if (staten4.perweek === 'klaar') {
    const weken4 = zichtbareWeken(kort.verantwoording.perWeek, nieuwVan, vandaag);
    if (weken4.length !== 4) fouten.push(`4 weken gaf ${weken4.length} weken`);
    for (const w of weken4)
      gelijk(`4 weken: ${w.week} aangemeld`, await cel('perweek', w.week, 'aangemeld'), w.aangemeld);
  }
  gelijk(
    '4 weken: behandeld',
    staten4.spoor === 'klaar' ? await cel('spoor', 'totaal', 'aantal') : 0,
    kort.verantwoording.behandeld,
  );
  if ((await page.locator(`${tid('dashboard-snel-4')}[aria-current="true"]`).count()) !== 1)
    fouten.push('De snelkeuze "Laatste 4 weken" is niet als huidige gemarkeerd');
  await page.goto(naar('#/dashboard?van=2026-02-30&tot=gisteren'));
  await verwacht(
    tid('dashboard-periode-hersteld'),
    'Melding dat een onjuiste periode in het adres is vervangen',
  );
  const hersteldVan = await page.locator(tid('dashboard-periode')).getAttribute('data-van');
  if (hersteldVan !== van)
    fouten.push(`Een onjuiste periode gaf ${hersteldVan} in plaats van de standaard ${van}`);
  rapporteer('Gedeelde periode');
  geenDialogen();

  // ---------- 2. A police reporter ----------
  zetStap('dashboard: politie-melder ziet meldingen in plaats van cijfers');
  await page.locator(tid('afmelden')).click();
  await verwacht(tid('persona-politie-melder'), "Persona-kaart 'politie-melder'");
  await page.locator(tid('persona-politie-melder')).click();
  await verwacht(tid('aangemeld-als'), 'Kop na aanmelden als politie-melder');
  await page.goto(naar('#/dashboard'));
  await verwacht(tid('dashboard-pagina'), 'Dashboard voor politie-melder');
  const stPolitie = await wachtOpPanelen();
  for (const p of PANELEN.filter((x) => x.beperkt)) {
    if (stPolitie[p.naam] !== 'geen-toegang')
      fouten.push(`politie-melder: paneel ${p.naam} staat op '${stPolitie[p.naam]}'`);
    else {
      const melding = await page.locator(tid(`${p.naam}-geen-toegang`)).innerText();
      if (!melding.includes('Geen inzage')) fouten.push(`politie-melder: ${p.naam} zegt '${melding}'`);
    }
    if ((await page.locator(tid(`${p.naam}-grafiek`)).count()) > 0)
      fouten.push(`politie-melder ziet de grafiek ${p.naam}`);
  }
  await verwacht(tid('signalen-eigen'), 'Melding "alleen signalen van uw organisatie"');
  const politie = await haalToken(basis, 'politie-melder');
  const pVan = await page.locator(tid('dashboard-periode')).getAttribute('data-van');
  const pTot = await page.locator(tid('dashboard-periode')).getAttribute('data-tot');
  const { signalenPerLocatie: eigen } = await gqlData(basis, politie, SIGNALEN, {
    van: amsterdamMiddernacht(pVan),
    tot: amsterdamMiddernacht(plusDagen(pTot, 1)),
  });
  gelijk('politie: signalen staat', stPolitie.signalen, eigen.length === 0 ? 'leeg' : 'klaar');
  for (const s of top(eigen, 'locatie', ['aantal']).eerste)
    gelijk(`politie: signalen ${s.locatie}`, await cel('signalen', s.locatie, 'aantal'), s.aantal);
  const weigering = await gql(basis, politie, ACHTERSTAND);
  if (weigering.errors?.[0]?.extensions?.code !== 'FORBIDDEN')
    fouten.push(
      `politie-melder: actieAchterstand gaf geen FORBIDDEN maar ${JSON.stringify(weigering).slice(0, 200)}`,
    );
  rapporteer('Politie-melder');
  await foto('dashboard-politie-melder');
  geenDialogen();

  return {
    periode: { van, tot },
    staten,
    politie: stPolitie,
    axe: scan.map((x) => `${x.id} (${x.impact})`),
  };
}
