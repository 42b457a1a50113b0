/** Organisation codes (DOMAIN.md §2). Values are stored and travel in tokens: never rename. */
export const Organisatie = {
  IND: 'IND',
  COA: 'COA',
  DTV: 'DTV',
  AVIM: 'AVIM',
  POLITIE: 'POLITIE',
  OM: 'OM',
  GEMEENTE: 'GEMEENTE',
  KMAR: 'KMAR',
  DJI: 'DJI',
  NIDOS: 'NIDOS',
  DGM_DRM: 'DGM_DRM',
  KETENMARINIER: 'KETENMARINIER',
} as const;
export type Organisatie = (typeof Organisatie)[keyof typeof Organisatie];
export const ORGANISATIES: readonly Organisatie[] = Object.values(Organisatie);

export const ORGANISATIE_NAAM: Record<Organisatie, string> = {
  IND: 'Immigratie- en Naturalisatiedienst',
  COA: 'Centraal Orgaan opvang asielzoekers',
  DTV: 'Dienst Terugkeer en Vertrek',
  AVIM: 'Politie – Vreemdelingenpolitie, Identificatie en Mensenhandel',
  POLITIE: 'Politie (basisteam)',
  OM: 'Openbaar Ministerie',
  GEMEENTE: 'Gemeente',
  KMAR: 'Koninklijke Marechaussee',
  DJI: 'Dienst Justitiële Inrichtingen',
  NIDOS: 'Nidos (voogdij amv)',
  DGM_DRM: 'Ministerie van JenV – DGM / Directie Regie Migratieketen',
  KETENMARINIER: 'Ketenmariniers',
};

export function isOrganisatie(value: unknown): value is Organisatie {
  return typeof value === 'string' && (ORGANISATIES as readonly string[]).includes(value);
}
