/**
 * Purpose binding (doelbinding, AVG art. 5(1)(b)): whoever reads personal data in Ketenbeeld states
 * why, from this managed list. The purpose travels in the `Ketenbeeld-Doel` header from the console
 * or partner system through the gateway to every service, is checked there, and is written to the
 * processing log with every read. Values are stored in the log: never rename, only add.
 */
export const Doel = {
  /** Directing and coordinating a case in the kernteam (casusregie, overleg, acties, maatregelen). */
  CASUSREGIE: 'CASUSREGIE',
  /** Taking in and linking signals about persons (intake, matching, koppelen, samenvoegen). */
  SIGNAALVERWERKING: 'SIGNAALVERWERKING',
  /** Criminal-law follow-up at the ZSM desk (OM, police): afdoening, advies, detentie. */
  ZSM_AFDOENING: 'ZSM_AFDOENING',
  /** Preparing a voorgeleiding (bringing a suspect before the examining magistrate). */
  VOORGELEIDING: 'VOORGELEIDING',
  /** The ZSM desk's check of the suspect's immigration-law position. */
  VREEMDELINGRECHTELIJKE_CHECK: 'VREEMDELINGRECHTELIJKE_CHECK',
  /** Placement in reception (VTL/PBL/HTL), inhuisregistratie and procedure planning. */
  PLAATSING_EN_PLANNING: 'PLAATSING_EN_PLANNING',
  /** Return and departure (vertrek, Dublin-overdracht) by DT&V. */
  VERTREK: 'VERTREK',
  /** National direction and monitoring (DGM/DRM, ketenmarinier): figures, escalation, Top-X. */
  LANDELIJKE_REGIE: 'LANDELIJKE_REGIE',
  /** Supervision of the processing itself by the privacy officer (the processing log). */
  PRIVACYTOEZICHT: 'PRIVACYTOEZICHT',
  /** Answering a data subject's request (inzage, correctie, verwijdering; AVG art. 15–17). */
  RECHTEN_BETROKKENE: 'RECHTEN_BETROKKENE',
} as const;
export type Doel = (typeof Doel)[keyof typeof Doel];
export const DOELEN: readonly Doel[] = Object.values(Doel);

export const DOEL_LABELS: Readonly<Record<Doel, string>> = {
  CASUSREGIE: 'Casusregie in het kernteam',
  SIGNAALVERWERKING: 'Signalen verwerken en koppelen',
  ZSM_AFDOENING: 'Strafrechtelijke afdoening (ZSM)',
  VOORGELEIDING: 'Voorgeleiding voorbereiden',
  VREEMDELINGRECHTELIJKE_CHECK: 'Vreemdelingrechtelijke check (ZSM)',
  PLAATSING_EN_PLANNING: 'Plaatsing en procedureplanning',
  VERTREK: 'Vertrek en overdracht',
  LANDELIJKE_REGIE: 'Landelijke regie en monitoring',
  PRIVACYTOEZICHT: 'Privacytoezicht op de verwerking',
  RECHTEN_BETROKKENE: 'Verzoek van een betrokkene (AVG)',
};

/** The HTTP header that carries the purpose (lower case, as Node hands headers over). */
export const DOEL_HEADER = 'ketenbeeld-doel';

export function isDoel(v: unknown): v is Doel {
  return typeof v === 'string' && (DOELEN as readonly string[]).includes(v);
}

/**
 * The purpose of a request from its header: the purpose, none (absent or empty), or the reason the
 * value is not a purpose (for a 400 that names the header and lists the valid values).
 */
export function leesDoel(
  header: string | readonly string[] | undefined,
):
  | { readonly soort: 'doel'; readonly doel: Doel }
  | { readonly soort: 'geen' }
  | { readonly soort: 'ongeldig'; readonly reden: string } {
  if (header === undefined) return { soort: 'geen' };
  if (typeof header !== 'string') return { soort: 'ongeldig', reden: 'mag maar één keer voorkomen' };
  const waarde = header.trim();
  if (!waarde) return { soort: 'geen' };
  if (isDoel(waarde)) return { soort: 'doel', doel: waarde };
  return { soort: 'ongeldig', reden: `onbekend doel; kies uit ${DOELEN.join(', ')}` };
}

/**
 * Which purposes a caller may state: supervising the processing and answering a data subject are the
 * privacy officer's; national direction is for national roles; the operational purposes for everyone
 * else (what they may then see is decided by the need-to-know rules, not by the purpose).
 */
export function doelToegestaan(rollen: readonly string[], doel: Doel): boolean {
  switch (doel) {
    case Doel.PRIVACYTOEZICHT:
    case Doel.RECHTEN_BETROKKENE:
      return rollen.includes('PRIVACY_OFFICER');
    case Doel.LANDELIJKE_REGIE:
      return rollen.includes('ANALIST_NATIONAAL') || rollen.includes('KETENMARINIER');
    case Doel.CASUSREGIE:
    case Doel.SIGNAALVERWERKING:
    case Doel.ZSM_AFDOENING:
    case Doel.VOORGELEIDING:
    case Doel.VREEMDELINGRECHTELIJKE_CHECK:
    case Doel.PLAATSING_EN_PLANNING:
    case Doel.VERTREK:
      return true;
  }
}
