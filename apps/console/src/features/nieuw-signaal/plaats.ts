import { alsLocatieCode, LOCATIECODE_PATROON, LOCATIES } from '../../app/opmaak';
import type { PlaatsInvoer } from '../../gql/schema';

/** "Other location": the code is typed in. */
export const ANDERE_LOCATIE = 'ANDERS';
export const MAX_GEMEENTE = 100;

/** The place fields as the form holds them (all text). */
export interface PlaatsWaarden {
  readonly gemeente: string;
  /** '' (none), a code from LOCATIES, or ANDERE_LOCATIE. */
  readonly locatieKeuze: string;
  /** The typed code when locatieKeuze is ANDERE_LOCATIE. */
  readonly locatieAnders: string;
  readonly breedtegraad: string;
  readonly lengtegraad: string;
}

export type PlaatsVeld = keyof PlaatsWaarden;

export const LEGE_PLAATS: PlaatsWaarden = {
  gemeente: '',
  locatieKeuze: '',
  locatieAnders: '',
  breedtegraad: '',
  lengtegraad: '',
};

/** Form paths of the place fields, as the services name them (under `plaats`). */
export const PLAATS_PADEN = [
  'plaats',
  'plaats.gemeente',
  'plaats.locatieCode',
  'plaats.breedtegraad',
  'plaats.lengtegraad',
] as const;

export const PLAATS_LABELS: Record<string, string> = {
  plaats: 'Plaats',
  'plaats.gemeente': 'Plaats: gemeente',
  'plaats.locatieCode': 'Plaats: locatie',
  'plaats.breedtegraad': 'Plaats: breedtegraad',
  'plaats.lengtegraad': 'Plaats: lengtegraad',
};

/** The form values of a stored place (for a correction). */
export function plaatsWaarden(
  plaats: {
    readonly gemeente: string | null;
    readonly locatieCode: string | null;
    readonly breedtegraad: number | null;
    readonly lengtegraad: number | null;
  } | null,
): PlaatsWaarden {
  if (!plaats) return LEGE_PLAATS;
  const code = plaats.locatieCode ?? '';
  const bekend = LOCATIES.some((l) => l.code === code);
  return {
    gemeente: plaats.gemeente ?? '',
    locatieKeuze: code === '' ? '' : bekend ? code : ANDERE_LOCATIE,
    locatieAnders: code !== '' && !bekend ? code : '',
    breedtegraad: plaats.breedtegraad === null ? '' : String(plaats.breedtegraad).replace('.', ','),
    lengtegraad: plaats.lengtegraad === null ? '' : String(plaats.lengtegraad).replace('.', ','),
  };
}

/** The location code the form would send ('' when none). */
export function gekozenLocatieCode(p: PlaatsWaarden): string {
  if (p.locatieKeuze === ANDERE_LOCATIE) return alsLocatieCode(p.locatieAnders);
  return p.locatieKeuze;
}

/** "52,87" or "52.87" → 52.87; null when it is not a number. */
function leesGetal(tekst: string): number | null {
  const t = tekst.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
}

/** Validate the place; errors under `plaats…` paths. */
export function controleerPlaats(
  p: PlaatsWaarden,
  fout: (veld: string, reden: string) => void,
): PlaatsInvoer | null {
  const gemeente = p.gemeente.trim();
  const code = gekozenLocatieCode(p);
  let ok = true;
  if (!gemeente && !code) {
    fout('plaats', 'Vul een gemeente in of kies een locatie.');
    ok = false;
  }
  if (gemeente.length > MAX_GEMEENTE) {
    fout('plaats.gemeente', `De gemeente is te lang (hoogstens ${MAX_GEMEENTE} tekens).`);
    ok = false;
  }
  if (p.locatieKeuze === ANDERE_LOCATIE && !code) {
    fout('plaats.locatieCode', 'Vul de code van de locatie in, of kies "geen locatie".');
    ok = false;
  } else if (code && !LOCATIECODE_PATROON.test(code)) {
    fout(
      'plaats.locatieCode',
      'Een locatiecode begint met een letter en heeft 2 tot 30 letters, cijfers of liggende streepjes.',
    );
    ok = false;
  }
  const br = p.breedtegraad.trim();
  const le = p.lengtegraad.trim();
  const breedtegraad = br ? leesGetal(br) : null;
  const lengtegraad = le ? leesGetal(le) : null;
  if (br && (breedtegraad === null || breedtegraad < -90 || breedtegraad > 90)) {
    fout('plaats.breedtegraad', 'Vul een breedtegraad tussen -90 en 90 in, bijvoorbeeld 52,87.');
    ok = false;
  }
  if (le && (lengtegraad === null || lengtegraad < -180 || lengtegraad > 180)) {
    fout('plaats.lengtegraad', 'Vul een lengtegraad tussen -180 en 180 in, bijvoorbeeld 7,06.');
    ok = false;
  }
  if (br && !le) {
    fout('plaats.lengtegraad', 'Vul ook de lengtegraad in: coördinaten gaan per paar.');
    ok = false;
  }
  if (le && !br) {
    fout('plaats.breedtegraad', 'Vul ook de breedtegraad in: coördinaten gaan per paar.');
    ok = false;
  }
  if (!ok) return null;
  return {
    ...(gemeente ? { gemeente } : {}),
    ...(code ? { locatieCode: code } : {}),
    ...(breedtegraad !== null && lengtegraad !== null ? { breedtegraad, lengtegraad } : {}),
  };
}
