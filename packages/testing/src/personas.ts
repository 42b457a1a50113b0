import { Organisatie, Rol, type Actor } from '@ketenbeeld/domain';

/** Synthetic personas for development, demos and tests. Invented names only: never real people. */
export interface Persona extends Actor {
  readonly id: string;
  readonly omschrijving: string;
}

export const PERSONAS: readonly Persona[] = [
  {
    id: 'ind-procesregisseur',
    sub: 'u-ind-0001',
    naam: 'Mira Veldkamp (fictief)',
    organisatie: Organisatie.IND,
    rollen: [Rol.PROCESREGISSEUR, Rol.KERNTEAMLID],
    omschrijving: 'IND-coördinator kernteam Ter Apel, procesregisseur',
  },
  {
    id: 'coa-locatiemanager',
    sub: 'u-coa-0001',
    naam: 'Joost Ameling (fictief)',
    organisatie: Organisatie.COA,
    rollen: [Rol.LOCATIEMANAGER, Rol.KERNTEAMLID],
    omschrijving: 'COA locatiemanager aanmeldcentrum Ter Apel',
  },
  {
    id: 'dtv-regievoerder',
    sub: 'u-dtv-0001',
    naam: 'Sanne Oordt (fictief)',
    organisatie: Organisatie.DTV,
    rollen: [Rol.REGIEVOERDER, Rol.KERNTEAMLID],
    omschrijving: 'DT&V senior regievoerder in het kernteam',
  },
  {
    id: 'dgm-analist',
    sub: 'u-dgm-0001',
    naam: 'Ruben Halsema (fictief)',
    organisatie: Organisatie.DGM_DRM,
    rollen: [Rol.ANALIST_NATIONAAL],
    omschrijving: 'DGM/DRM analist, landelijke regie en monitoring',
  },
  {
    id: 'om-zsm',
    sub: 'u-om-0001',
    naam: 'Fleur Dijkhof (fictief)',
    organisatie: Organisatie.OM,
    rollen: [Rol.ZSM_OFFICIER],
    omschrijving: 'OM-officier aan de ZSM-tafel Noord-Nederland',
  },
  {
    id: 'politie-melder',
    sub: 'u-pol-0001',
    naam: 'Bart Westerbeek (fictief)',
    organisatie: Organisatie.POLITIE,
    rollen: [Rol.MELDER],
    omschrijving: 'Politie basisteam Veenkoloniën, meldt incidenten',
  },
  {
    id: 'gemeente-melder',
    sub: 'u-gem-0001',
    naam: 'Ilse Koerts (fictief)',
    organisatie: Organisatie.GEMEENTE,
    rollen: [Rol.MELDER],
    omschrijving: 'Gemeente Westerwolde, contactfunctionaris',
  },
  {
    id: 'dji-detentiemelder',
    sub: 'u-dji-0001',
    naam: 'Ruud Holtkamp (fictief)',
    organisatie: Organisatie.DJI,
    rollen: [Rol.DETENTIEMELDER],
    omschrijving: 'DJI, meldt in- en uitstroom van detentie',
  },
  {
    id: 'privacy-officer',
    sub: 'u-fg-0001',
    naam: 'Noor Brinkhuis (fictief)',
    organisatie: Organisatie.DGM_DRM,
    rollen: [Rol.PRIVACY_OFFICER],
    omschrijving: 'Privacy officer (FG-organisatie) van het ministerie, ziet het verwerkingslog',
  },
];

export function persona(id: string): Persona {
  const p = PERSONAS.find((x) => x.id === id);
  if (!p) throw new Error(`Onbekende persona '${id}'; bekend: ${PERSONAS.map((x) => x.id).join(', ')}`);
  return p;
}
