/**
 * Reception and detention locations used in placement planning, and the escalation ladder (R1,
 * TK 2025D50868): inhuisregistratie → VTL → PBL → HTL → vreemdelingenbewaring. Steps may be skipped
 * (with a reason, see plaatsing-geschiktheid.rule.ts); going back down is allowed.
 */
export const LOCATIE_SOORTEN = [
  'AANMELDCENTRUM',
  'AZC',
  'VTL',
  'PBL',
  'HTL',
  'VBL',
  'DETENTIECENTRUM',
] as const;
export type LocatieSoort = (typeof LOCATIE_SOORTEN)[number];

export const LOCATIE_SOORT_LABEL: Record<LocatieSoort, string> = {
  AANMELDCENTRUM: 'Aanmeldcentrum',
  AZC: 'Asielzoekerscentrum',
  VTL: 'Versterkt toezichtlocatie (VTL)',
  PBL: 'Procesbeschikbaarheidslocatie (PBL)',
  HTL: 'Handhaving- en toezichtlocatie (HTL)',
  VBL: 'Vrijheidsbeperkende locatie (VBL)',
  DETENTIECENTRUM: 'Detentiecentrum (vreemdelingenbewaring)',
};

/** R1: the rungs of the escalation ladder, lowest first. */
export const LADDER = ['INHUISREGISTRATIE', 'VTL', 'PBL', 'HTL', 'DETENTIECENTRUM'] as const;
export type Trede = (typeof LADDER)[number];

export const TREDE_LABEL: Record<Trede, string> = {
  INHUISREGISTRATIE: 'Inhuisregistratie (twee keer per dag bij het COA)',
  VTL: 'Versterkt toezichtlocatie (VTL)',
  PBL: 'Procesbeschikbaarheidslocatie (PBL)',
  HTL: 'Handhaving- en toezichtlocatie (HTL)',
  DETENTIECENTRUM: 'Vreemdelingenbewaring (detentiecentrum)',
};

/**
 * The ladder rung a location stands for. Inhuisregistratie is a measure at an ordinary COA location,
 * not a location kind, so no location maps to it; AANMELDCENTRUM, AZC and VBL are not on the ladder.
 */
export function tredeVan(soort: LocatieSoort): Trede | null {
  switch (soort) {
    case 'VTL':
    case 'PBL':
    case 'HTL':
    case 'DETENTIECENTRUM':
      return soort;
    case 'AANMELDCENTRUM':
    case 'AZC':
    case 'VBL':
      return null;
  }
}

/** The next rung above `hoogste` (the first rung when none was reached yet); null above the top. */
export function volgendeTrede(hoogste: Trede | null): Trede | null {
  if (hoogste === null) return LADDER[0];
  return LADDER[LADDER.indexOf(hoogste) + 1] ?? null;
}

export function isLocatieSoort(x: unknown): x is LocatieSoort {
  return typeof x === 'string' && (LOCATIE_SOORTEN as readonly string[]).includes(x);
}

/** Type guard for ladder rungs. */
export function isTrede(x: unknown): x is Trede {
  return typeof x === 'string' && (LADDER as readonly string[]).includes(x);
}
