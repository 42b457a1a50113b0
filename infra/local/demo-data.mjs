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
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[bron.persona]}` },
      body: JSON.stringify(body),
    });
    if (res.status === 201) nieuw++;
    else if (res.status === 409) bestond++;
    else throw new Error(`demo-signaal ${body.bronReferentie}: ${res.status} ${await res.text()}`);
  }
  log(`  demodata: ${nieuw} signalen geladen${bestond ? `, ${bestond} stonden er al` : ''}`);
}
