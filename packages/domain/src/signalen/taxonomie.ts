import { SignaalCategorie } from './signaal';

export interface TaxonomieItem {
  code: string;
  label: string;
  /** Violence against someone doing a public task: always linked to the kernteam (R17). */
  vpt?: boolean;
  subcategorieen?: readonly { code: string; label: string }[];
}

/**
 * The seed of the managed signal taxonomy (stored in signalen's signaal_categorie table, where it can
 * be extended without a release). Codes are stored on signals: never rename one.
 */
export const SIGNAAL_TAXONOMIE: readonly TaxonomieItem[] = [
  { code: SignaalCategorie.WINKELDIEFSTAL, label: 'Winkeldiefstal' },
  { code: SignaalCategorie.DIEFSTAL, label: 'Diefstal' },
  { code: SignaalCategorie.VERNIELING, label: 'Vernieling' },
  { code: SignaalCategorie.BEDREIGING, label: 'Bedreiging' },
  { code: SignaalCategorie.GEWELD, label: 'Geweld' },
  { code: SignaalCategorie.GEWELD_VPT, label: 'Geweld tegen een publieke taak (VPT)', vpt: true },
  { code: SignaalCategorie.OVERLAST_OPENBARE_RUIMTE, label: 'Overlast openbare ruimte' },
  { code: SignaalCategorie.OVERLAST_OPENBAAR_VERVOER, label: 'Overlast openbaar vervoer' },
  { code: SignaalCategorie.OVERLAST_OPVANGLOCATIE, label: 'Overlast opvanglocatie' },
  { code: SignaalCategorie.HUISREGELOVERTREDING, label: 'Huisregelovertreding' },
  { code: SignaalCategorie.DRUGS, label: 'Drugs' },
  { code: SignaalCategorie.WAPENBEZIT, label: 'Wapenbezit' },
  { code: SignaalCategorie.ZEDENDELICT, label: 'Zedendelict' },
  { code: SignaalCategorie.ONTTREKKING_TOEZICHT, label: 'Onttrekking aan toezicht' },
  {
    code: SignaalCategorie.NIET_VERSCHENEN,
    label: 'Niet verschenen',
    subcategorieen: [
      { code: 'NIET_VERSCHENEN_IR', label: 'Niet verschenen bij identificatie en registratie (I&R)' },
      { code: 'NIET_VERSCHENEN_GEHOOR', label: 'Niet verschenen bij een gehoor' },
      { code: 'NIET_VERSCHENEN_INHUISREGISTRATIE', label: 'Niet verschenen bij de inhuisregistratie' },
    ],
  },
  { code: SignaalCategorie.AANHOUDING, label: 'Aanhouding' },
  { code: SignaalCategorie.OVERIG, label: 'Overig' },
];
