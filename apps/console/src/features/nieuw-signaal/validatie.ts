import type { Veldfout } from '../../app/fouten';
import { amsterdamLokaalNaarIso } from '../../app/opmaak';
import type { PersoonInvoer, SignaalInvoer } from './registreerSignaal.graphql';

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
export const MAX_PERSONEN = 200;
export const MAX_TOEKOMST_MS = 5 * 60 * 1000;

export const PERSOON_VELDEN = ['vNummer', 'naam', 'geboortedatum', 'nationaliteit'] as const;
export type PersoonVeld = (typeof PERSOON_VELDEN)[number];

export interface PersoonRij {
  /** Stable React key; not sent. */
  readonly sleutel: string;
  readonly vNummer: string;
  readonly naam: string;
  readonly geboortedatum: string;
  readonly nationaliteit: string;
}

export interface Formulier {
  readonly bronOrganisatie: string;
  readonly bronReferentie: string;
  readonly categorie: string;
  /** `datetime-local` value, Amsterdam wall-clock time. */
  readonly tijdstipIncident: string;
  readonly omschrijving: string;
  readonly personen: readonly PersoonRij[];
}

export type TopVeld = Exclude<keyof Formulier, 'personen'>;
export const TOP_VELDEN: readonly TopVeld[] = [
  'bronOrganisatie',
  'bronReferentie',
  'categorie',
  'tijdstipIncident',
  'omschrijving',
];

const LABELS: Record<TopVeld | PersoonVeld, string> = {
  bronOrganisatie: 'Bronorganisatie',
  bronReferentie: 'Referentie bij de bron',
  categorie: 'Categorie',
  tijdstipIncident: 'Tijdstip incident',
  omschrijving: 'Omschrijving',
  vNummer: 'V-nummer',
  naam: 'Naam',
  geboortedatum: 'Geboortedatum',
  nationaliteit: 'Nationaliteit',
};

export function labelVan(veld: TopVeld | PersoonVeld): string {
  return LABELS[veld];
}

/** "personen.1.vNummer" → "Persoon 2: V-nummer"; unknown paths as they are. */
export function veldOmschrijving(veld: string): string {
  if (veld === 'personen') return 'Personen';
  const m = /^personen\.(\d+)(?:\.(\w+))?$/.exec(veld);
  if (m) {
    const nr = Number(m[1]) + 1;
    const sub = m[2] as PersoonVeld | undefined;
    return sub && sub in LABELS ? `Persoon ${nr}: ${LABELS[sub]}` : `Persoon ${nr}`;
  }
  if (veld in LABELS) return LABELS[veld as TopVeld];
  return veld === '(body)' || veld === '' ? 'Signaal' : veld;
}

/**
 * A server path ("personen.0.vNummer", "invoer.personen[0].vNummer", "personen.0") as the form's
 * field key, or null when the form has no such field (shown in the summary only).
 */
export function normaliseerVeld(veld: string, aantalPersonen: number): string | null {
  const pad = veld
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^invoer\./, '')
    .replace(/^\.+/, '');
  if ((TOP_VELDEN as readonly string[]).includes(pad) || pad === 'personen') return pad;
  const m = /^personen\.(\d+)(?:\.(\w+))?$/.exec(pad);
  if (m && Number(m[1]) < aantalPersonen) {
    if (m[2] === undefined) return `personen.${m[1]}`;
    if ((PERSOON_VELDEN as readonly string[]).includes(m[2])) return pad;
  }
  return null;
}

let volgnummer = 0;
export function legePersoon(): PersoonRij {
  volgnummer += 1;
  return { sleutel: `p${volgnummer}`, vNummer: '', naam: '', geboortedatum: '', nationaliteit: '' };
}

export function leegFormulier(bronOrganisatie: string, tijdstip: string): Formulier {
  return {
    bronOrganisatie,
    bronReferentie: '',
    categorie: '',
    tijdstipIncident: tijdstip,
    omschrijving: '',
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
  const p: PersoonInvoer = {};
  const vNummer = rij.vNummer.trim();
  const naam = rij.naam.trim();
  const nationaliteit = rij.nationaliteit.trim();
  if (vNummer) p.vNummer = vNummer;
  if (naam) p.naam = naam;
  if (rij.geboortedatum) p.geboortedatum = rij.geboortedatum;
  if (nationaliteit) p.nationaliteit = nationaliteit;
  return p;
}

export type Controle =
  | { readonly ok: true; readonly invoer: SignaalInvoer }
  | { readonly ok: false; readonly fouten: readonly Veldfout[] };

/** Validate the form and build the mutation input. */
export function controleer(f: Formulier, nu: number = Date.now()): Controle {
  const fouten: Veldfout[] = [];
  const fout = (veld: string, reden: string) => fouten.push({ veld, reden });

  if (!f.bronOrganisatie) fout('bronOrganisatie', 'Kies de organisatie die het signaal meldt.');
  const referentie = f.bronReferentie.trim();
  if (!referentie) fout('bronReferentie', 'Vul de referentie van het signaal bij de bronorganisatie in.');
  else if (referentie.length > MAX_REFERENTIE)
    fout('bronReferentie', `De referentie is te lang (hoogstens ${MAX_REFERENTIE} tekens).`);
  if (!f.categorie) fout('categorie', 'Kies een categorie.');

  let tijdstip: string | null = null;
  if (!f.tijdstipIncident) fout('tijdstipIncident', 'Vul het tijdstip van het incident in.');
  else {
    tijdstip = amsterdamLokaalNaarIso(f.tijdstipIncident);
    if (!tijdstip) fout('tijdstipIncident', 'Vul een geldige datum en tijd in.');
    else if (Date.parse(tijdstip) > nu + MAX_TOEKOMST_MS)
      fout('tijdstipIncident', 'Het tijdstip ligt in de toekomst.');
  }

  const omschrijving = f.omschrijving.trim();
  if (!omschrijving) fout('omschrijving', 'Beschrijf wat er is gebeurd.');
  else if (omschrijving.length > MAX_OMSCHRIJVING)
    fout('omschrijving', `De omschrijving is te lang (hoogstens ${MAX_OMSCHRIJVING} tekens).`);

  if (f.personen.length === 0) fout('personen', 'Voeg minstens één persoon toe.');
  if (f.personen.length > MAX_PERSONEN) fout('personen', `Hoogstens ${MAX_PERSONEN} personen per signaal.`);

  f.personen.forEach((rij, i) => {
    const vNummer = rij.vNummer.trim();
    const naam = rij.naam.trim();
    const nationaliteit = rij.nationaliteit.trim();
    if (vNummer && !V_NUMMER_PATROON.test(vNummer))
      fout(`personen.${i}.vNummer`, 'Een V-nummer bestaat uit precies 10 cijfers.');
    if (naam.length > MAX_NAAM)
      fout(`personen.${i}.naam`, `De naam is te lang (hoogstens ${MAX_NAAM} tekens).`);
    if (rij.geboortedatum && !isGeldigeDatum(rij.geboortedatum))
      fout(`personen.${i}.geboortedatum`, 'Vul een geldige datum in.');
    if (nationaliteit && !NATIONALITEIT_PATROON.test(nationaliteit))
      fout(
        `personen.${i}.nationaliteit`,
        'Gebruik een landcode van drie hoofdletters (ISO 3166-1 alpha-3), bijvoorbeeld SYR.',
      );
    if (!vNummer && !naam) fout(`personen.${i}`, 'Vul een V-nummer of een naam in.');
  });

  if (fouten.length > 0 || !tijdstip) return { ok: false, fouten };
  return {
    ok: true,
    invoer: {
      bronOrganisatie: f.bronOrganisatie,
      bronReferentie: referentie,
      categorie: f.categorie,
      omschrijving,
      tijdstipIncident: tijdstip,
      personen: f.personen.map(persoonInvoer),
    },
  };
}
