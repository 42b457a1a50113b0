/**
 * Purpose binding in the console: every request carries the user's purpose (header Ketenbeeld-Doel),
 * which each service checks and writes to its processing log. The user starts with the purpose of
 * their role's main task and can change it at any time in the header; it is always visible there.
 * The list mirrors packages/domain/src/verwerking/doel.ts (a domain test keeps the two equal).
 */
export const DOEL_LABELS = {
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
} as const;
export type Doel = keyof typeof DOEL_LABELS;
export const DOELEN = Object.keys(DOEL_LABELS) as Doel[];

export function isDoel(v: unknown): v is Doel {
  return typeof v === 'string' && Object.prototype.hasOwnProperty.call(DOEL_LABELS, v);
}

/** The purposes these roles may state (as the services check it: doelToegestaan in the domain). */
export function toegestaneDoelen(rollen: readonly string[]): Doel[] {
  const privacy = rollen.includes('PRIVACY_OFFICER');
  const landelijk = rollen.includes('ANALIST_NATIONAAL') || rollen.includes('KETENMARINIER');
  return DOELEN.filter((d) => {
    if (d === 'PRIVACYTOEZICHT' || d === 'RECHTEN_BETROKKENE') return privacy;
    if (d === 'LANDELIJKE_REGIE') return landelijk;
    return true;
  });
}

/** The purpose a session starts with: the main task of the user's role. */
export function standaardDoel(rollen: readonly string[]): Doel {
  if (rollen.includes('PRIVACY_OFFICER')) return 'PRIVACYTOEZICHT';
  if (rollen.includes('ANALIST_NATIONAAL') || rollen.includes('KETENMARINIER')) return 'LANDELIJKE_REGIE';
  if (rollen.includes('ZSM_OFFICIER') || rollen.includes('DETENTIEMELDER')) return 'ZSM_AFDOENING';
  if (rollen.includes('REGIEVOERDER')) return 'VERTREK';
  if (rollen.includes('PROCESREGISSEUR') || rollen.includes('KERNTEAMLID')) return 'CASUSREGIE';
  return 'SIGNAALVERWERKING';
}
