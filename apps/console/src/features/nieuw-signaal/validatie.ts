import type { Veldfout } from '../../app/fouten';
import { amsterdamLokaalNaarIso } from '../../app/opmaak';
import type { PersoonInvoer, SignaalInvoer } from '../../gql/schema';
import { controleerPlaats, LEGE_PLAATS, PLAATS_LABELS, PLAATS_PADEN, type PlaatsWaarden } from './plaats';
import { isOrganisatie } from '../casusregie/labels';

/**
 * Client-side checks that mirror the server's signaalInvoerSchema (packages/domain): the server
 * stays the authority; these only spare the user a round trip.
 */
export const V_NUMMER_PATROON = /^\d{10}$/;
export const NATIONALITEIT_PATROON = /^[A-Z]{3}$/;
export const DATUM_PATROON = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_REFERENTIE = 100;
export const MAX_OMSCHRIJVING = 10_000;
export const MAX_NAAM = 200;
export const MAX_COA_NUMMER = 40;
export const MAX_PERSOON_OMSCHRIJVING = 500;
export const MAX_PV_NUMMER = 50;
export const MAX_PERSONEN = 200;
export const MAX_TOEKOMST_MS = 5 * 60 * 1000;

export const PERSOON_VELDEN = [
  'vNummer',
  'naam',
  'geboortedatum',
  'nationaliteit',
  'coaNummer',
  'geboortejaar',
  'omschrijving',
] as const;
export type PersoonVeld = (typeof PERSOON_VELDEN)[number];

export type PersoonRij = {
  /** Stable React key; not sent. */
  readonly sleutel: string;
} & { readonly [V in PersoonVeld]: string };

export interface Formulier {
  readonly bronOrganisatie: string;
  readonly bronReferentie: string;
  readonly categorie: string;
  readonly subcategorie: string;
  /** '' or '1'–'4'. */
  readonly ernst: string;
  /** `datetime-local` value, Amsterdam wall-clock time. */
  readonly tijdstipIncident: string;
  /** `datetime-local` value; empty means "now". */
  readonly tijdstipMelding: string;
  readonly omschrijving: string;
  readonly plaats: PlaatsWaarden;
  readonly aangifte: boolean;
  readonly pvNummer: string;
  readonly personen: readonly PersoonRij[];
}

/** Text fields at the top level of the form. */
export type TopVeld =
  | 'bronOrganisatie'
  | 'bronReferentie'
  | 'categorie'
  | 'subcategorie'
  | 'ernst'
  | 'tijdstipIncident'
  | 'tijdstipMelding'
  | 'omschrijving'
  | 'pvNummer';

/** Every path at the top level the form can show an error on. */
export const TOP_VELDEN: readonly string[] = [
  'bronOrganisatie',
  'bronReferentie',
  'categorie',
  'subcategorie',
  'ernst',
  'tijdstipIncident',
  'tijdstipMelding',
  'omschrijving',
  'aangifte',
  'pvNummer',
  ...PLAATS_PADEN,
];

const LABELS: Record<TopVeld | 'aangifte' | PersoonVeld, string> = {
  bronOrganisatie: 'Bronorganisatie',
  bronReferentie: 'Referentie bij de bron',
  categorie: 'Categorie',
  subcategorie: 'Subcategorie',
  ernst: 'Ernst',
  tijdstipIncident: 'Tijdstip incident',
  tijdstipMelding: 'Tijdstip melding',
  omschrijving: 'Omschrijving',
  aangifte: 'Aangifte gedaan',
  pvNummer: 'PV-nummer',
  vNummer: 'V-nummer',
  naam: 'Naam',
  geboortedatum: 'Geboortedatum',
  nationaliteit: 'Nationaliteit',
  coaNummer: 'COA-nummer',
  geboortejaar: 'Geschat geboortejaar',
};

/** Person fields have their own label for "omschrijving". */
const PERSOON_LABELS: Record<PersoonVeld, string> = {
  vNummer: LABELS.vNummer,
  naam: LABELS.naam,
  geboortedatum: LABELS.geboortedatum,
  nationaliteit: LABELS.nationaliteit,
  coaNummer: LABELS.coaNummer,
  geboortejaar: LABELS.geboortejaar,
  omschrijving: 'Omschrijving van de persoon',
};

export function labelVan(veld: TopVeld | 'aangifte'): string {
  return LABELS[veld];
}

export function persoonLabel(veld: PersoonVeld): string {
  return PERSOON_LABELS[veld];
}

/** "personen.1.vNummer" → "Persoon 2: V-nummer"; unknown paths as they are. */
export function veldOmschrijving(veld: string): string {
  if (veld === 'personen') return 'Personen';
  const m = /^personen\.(\d+)(?:\.(\w+))?$/.exec(veld);
  if (m) {
    const nr = Number(m[1]) + 1;
    const sub = m[2];
    return sub && sub in PERSOON_LABELS
      ? `Persoon ${nr}: ${PERSOON_LABELS[sub as PersoonVeld]}`
      : `Persoon ${nr}`;
  }
  if (veld in PLAATS_LABELS) return PLAATS_LABELS[veld] ?? veld;
  if (veld in LABELS) return LABELS[veld as TopVeld];
  return veld === '(body)' || veld === '' ? 'Signaal' : veld;
}

/** A server path without its argument prefix: "invoer.personen[0].vNummer" → "personen.0.vNummer". */
export function serverPad(veld: string): string {
  return veld
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^(invoer|correctie)\./, '')
    .replace(/^\.+/, '');
}

/**
 * A server path ("personen.0.vNummer", "invoer.personen[0].vNummer", "personen.0") as the form's
 * field key, or null when the form has no such field (shown in the summary only).
 */
export function normaliseerVeld(veld: string, aantalPersonen: number): string | null {
  const pad = serverPad(veld);
  if (TOP_VELDEN.includes(pad) || pad === 'personen') return pad;
  const m = /^personen\.(\d+)(?:\.(\w+))?$/.exec(pad);
  if (m && Number(m[1]) < aantalPersonen) {
    if (m[2] === undefined) return `personen.${m[1]}`;
    if ((PERSOON_VELDEN as readonly string[]).includes(m[2])) return pad;
  }
  return null;
}

let volgnummer = 0;
export function legePersoon(waarden: Partial<Record<PersoonVeld, string>> = {}): PersoonRij {
  volgnummer += 1;
  return {
    sleutel: `p${volgnummer}`,
    vNummer: '',
    naam: '',
    geboortedatum: '',
    nationaliteit: '',
    coaNummer: '',
    geboortejaar: '',
    omschrijving: '',
    ...waarden,
  };
}

/** A row with nothing filled in (the form starts with one). */
export function isLegePersoon(rij: PersoonRij): boolean {
  return PERSOON_VELDEN.every((v) => rij[v].trim() === '');
}

export function leegFormulier(bronOrganisatie: string, tijdstip: string): Formulier {
  return {
    bronOrganisatie,
    bronReferentie: '',
    categorie: '',
    subcategorie: '',
    ernst: '',
    tijdstipIncident: tijdstip,
    tijdstipMelding: '',
    omschrijving: '',
    plaats: LEGE_PLAATS,
    aangifte: false,
    pvNummer: '',
    personen: [legePersoon()],
  };
}

function isGeldigeDatum(waarde: string): boolean {
  if (!DATUM_PATROON.test(waarde)) return false;
  const [j, m, d] = waarde.split('-').map(Number) as [number, number, number];
  const datum = new Date(Date.UTC(j, m - 1, d));
  return datum.getUTCFullYear() === j && datum.getUTCMonth() === m - 1 && datum.getUTCDate() === d;
}

function persoonInvoer(rij: PersoonRij): PersoonInvoer {
  // Absent values are omitted, never sent as null.
  const vNummer = rij.vNummer.trim();
  const naam = rij.naam.trim();
  const nationaliteit = rij.nationaliteit.trim();
  const coaNummer = rij.coaNummer.trim();
  const geboortejaar = rij.geboortejaar.trim();
  const omschrijving = rij.omschrijving.trim();
  return {
    ...(vNummer ? { vNummer } : {}),
    ...(naam ? { naam } : {}),
    ...(rij.geboortedatum ? { geboortedatum: rij.geboortedatum } : {}),
    ...(nationaliteit ? { nationaliteit } : {}),
    ...(coaNummer ? { coaNummer } : {}),
    ...(geboortejaar ? { geboortejaar: Number(geboortejaar) } : {}),
    ...(omschrijving ? { omschrijving } : {}),
  };
}

/** Check the person rows (paths `personen.<i>…`); the input when all are valid. */
export function controleerPersonen(
  personen: readonly PersoonRij[],
  fout: (veld: string, reden: string) => void,
  nu: number = Date.now(),
): PersoonInvoer[] | null {
  let ok = true;
  const f = (veld: string, reden: string) => {
    ok = false;
    fout(veld, reden);
  };
  if (personen.length === 0) f('personen', 'Voeg minstens één persoon toe.');
  if (personen.length > MAX_PERSONEN) f('personen', `Hoogstens ${MAX_PERSONEN} personen per signaal.`);
  const ditJaar = new Date(nu).getUTCFullYear();
  personen.forEach((rij, i) => {
    const vNummer = rij.vNummer.trim();
    const naam = rij.naam.trim();
    const nationaliteit = rij.nationaliteit.trim();
    const coaNummer = rij.coaNummer.trim();
    const geboortejaar = rij.geboortejaar.trim();
    const omschrijving = rij.omschrijving.trim();
    if (vNummer && !V_NUMMER_PATROON.test(vNummer))
      f(`personen.${i}.vNummer`, 'Een V-nummer bestaat uit precies 10 cijfers.');
    if (naam.length > MAX_NAAM) f(`personen.${i}.naam`, `De naam is te lang (hoogstens ${MAX_NAAM} tekens).`);
    if (rij.geboortedatum && !isGeldigeDatum(rij.geboortedatum))
      f(`personen.${i}.geboortedatum`, 'Vul een geldige datum in.');
    if (nationaliteit && !NATIONALITEIT_PATROON.test(nationaliteit))
      f(
        `personen.${i}.nationaliteit`,
        'Gebruik een landcode van drie hoofdletters (ISO 3166-1 alpha-3), bijvoorbeeld SYR.',
      );
    if (coaNummer.length > MAX_COA_NUMMER)
      f(`personen.${i}.coaNummer`, `Het COA-nummer is te lang (hoogstens ${MAX_COA_NUMMER} tekens).`);
    if (geboortejaar && (!/^\d{4}$/.test(geboortejaar) || +geboortejaar < 1900 || +geboortejaar > ditJaar))
      f(`personen.${i}.geboortejaar`, `Vul een jaartal tussen 1900 en ${ditJaar} in.`);
    if (omschrijving.length > MAX_PERSOON_OMSCHRIJVING)
      f(
        `personen.${i}.omschrijving`,
        `De omschrijving is te lang (hoogstens ${MAX_PERSOON_OMSCHRIJVING} tekens).`,
      );
    if (!vNummer && !naam && !coaNummer && !omschrijving)
      f(`personen.${i}`, 'Vul een V-nummer, een naam, een COA-nummer of een omschrijving in.');
  });
  return ok ? personen.map(persoonInvoer) : null;
}

/** A `datetime-local` value as ISO; errors under `veld`. Null when empty or invalid. */
export function controleerTijdstip(
  waarde: string,
  veld: string,
  fout: (veld: string, reden: string) => void,
  nu: number,
  verplicht: boolean,
): string | null {
  if (!waarde) {
    if (verplicht) fout(veld, 'Vul het tijdstip in.');
    return null;
  }
  const iso = amsterdamLokaalNaarIso(waarde);
  if (!iso) fout(veld, 'Vul een geldige datum en tijd in.');
  else if (Date.parse(iso) > nu + MAX_TOEKOMST_MS) fout(veld, 'Het tijdstip ligt in de toekomst.');
  else return iso;
  return null;
}

export type Controle =
  | { readonly ok: true; readonly invoer: SignaalInvoer }
  | { readonly ok: false; readonly fouten: readonly Veldfout[] };

/** Validate the form and build the mutation input. */
export function controleer(f: Formulier, nu: number = Date.now()): Controle {
  const fouten: Veldfout[] = [];
  const fout = (veld: string, reden: string) => fouten.push({ veld, reden });

  const bronOrganisatie = isOrganisatie(f.bronOrganisatie) ? f.bronOrganisatie : null;
  if (!bronOrganisatie) fout('bronOrganisatie', 'Kies de organisatie die het signaal meldt.');
  const referentie = f.bronReferentie.trim();
  if (!referentie) fout('bronReferentie', 'Vul de referentie van het signaal bij de bronorganisatie in.');
  else if (referentie.length > MAX_REFERENTIE)
    fout('bronReferentie', `De referentie is te lang (hoogstens ${MAX_REFERENTIE} tekens).`);
  if (!f.categorie) fout('categorie', 'Kies een categorie.');

  const ernst = Number(f.ernst);
  if (!f.ernst) fout('ernst', 'Kies de ernst van het incident (COA-impactniveau 1 tot en met 4).');
  else if (!Number.isInteger(ernst) || ernst < 1 || ernst > 4)
    fout('ernst', 'Kies een niveau van 1 tot en met 4.');

  let tijdstip: string | null = null;
  if (!f.tijdstipIncident) fout('tijdstipIncident', 'Vul het tijdstip van het incident in.');
  else tijdstip = controleerTijdstip(f.tijdstipIncident, 'tijdstipIncident', fout, nu, true);

  const tijdstipMelding = controleerTijdstip(f.tijdstipMelding, 'tijdstipMelding', fout, nu, false);
  if (tijdstip && tijdstipMelding && Date.parse(tijdstipMelding) < Date.parse(tijdstip))
    fout('tijdstipMelding', 'De melding kan niet vóór het incident liggen.');

  const omschrijving = f.omschrijving.trim();
  if (!omschrijving) fout('omschrijving', 'Beschrijf wat er is gebeurd.');
  else if (omschrijving.length > MAX_OMSCHRIJVING)
    fout('omschrijving', `De omschrijving is te lang (hoogstens ${MAX_OMSCHRIJVING} tekens).`);

  const plaats = controleerPlaats(f.plaats, fout);

  const pvNummer = f.pvNummer.trim();
  if (f.aangifte && !pvNummer) fout('pvNummer', 'Vul het nummer van het proces-verbaal in.');
  else if (f.aangifte && pvNummer.length > MAX_PV_NUMMER)
    fout('pvNummer', `Het PV-nummer is te lang (hoogstens ${MAX_PV_NUMMER} tekens).`);

  const personen = controleerPersonen(f.personen, fout, nu);

  if (fouten.length > 0 || !bronOrganisatie || !tijdstip || !plaats || !personen)
    return { ok: false, fouten };
  const invoer: SignaalInvoer = {
    bronOrganisatie,
    bronReferentie: referentie,
    categorie: f.categorie,
    ernst,
    omschrijving,
    tijdstipIncident: tijdstip,
    plaats,
    aangifte: f.aangifte,
    personen,
    ...(f.subcategorie ? { subcategorie: f.subcategorie } : {}),
    ...(tijdstipMelding ? { tijdstipMelding } : {}),
    ...(f.aangifte ? { pvNummer } : {}),
  };
  return { ok: true, invoer };
}
