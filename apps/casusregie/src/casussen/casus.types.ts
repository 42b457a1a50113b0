import type { CasusStatus, Doorverwijzing, GebeurtenisSoort, Organisatie } from '@ketenbeeld/domain';

/** A case row as stored (snake_case columns). */
export interface CasusRij {
  id: string;
  persoon_id: string;
  groep_id: string | null;
  status: CasusStatus;
  spoor: 1 | 2 | 4 | null;
  kansarm: boolean | null;
  land: string | null;
  locatie_code: string | null;
  procedurefase: string | null;
  procesregisseur_sub: string | null;
  procesregisseur_naam: string;
  procesregisseur_organisatie: Organisatie;
  deelnemers: Organisatie[];
  doorverwezen_naar: Doorverwijzing | null;
  aangemeld_op: Date;
  afgerond_op: Date | null;
  bijgewerkt_op: Date;
  versie: number;
  /** Computed in list queries. */
  nieuwe_signalen?: number;
  acties_te_laat?: number;
}

export type { GebeurtenisSoort };

export interface GebeurtenisRij {
  id: string;
  casus_id: string;
  soort: GebeurtenisSoort;
  tijdstip: Date;
  omschrijving: string;
  ref_id: string | null;
  door_organisatie: Organisatie | null;
}

export interface MaatregelRij {
  id: string;
  casus_id: string;
  code: string;
  naam: string;
  soort: string;
  eigenaar: Organisatie;
  wettelijke_grondslag: string | null;
  start: Date;
  eind: Date | null;
  reden: string;
  status: 'ACTIEF' | 'BEEINDIGD';
  beeindigd_reden: string | null;
  termijn_id: string | null;
  groep_actie_id: string | null;
  door_organisatie: Organisatie;
}

export interface ActieRij {
  id: string;
  casus_id: string;
  omschrijving: string;
  eigenaar_organisatie: Organisatie;
  eigenaar_persoon: string | null;
  deadline: Date;
  status: 'OPEN' | 'GEDAAN' | 'VERVALLEN';
  geescaleerd_op: Date | null;
  termijn_id: string | null;
  besluit_id: string | null;
  aangemaakt_op: Date;
  afgerond_op: Date | null;
}

export interface UitkomstRij {
  id: string;
  casus_id: string;
  soort: string;
  datum: string;
  toelichting: string | null;
  door_organisatie: Organisatie;
  geregistreerd_op: Date;
}

export interface TransitieRij {
  id: string;
  casus_id: string;
  van: CasusStatus | null;
  naar: CasusStatus;
  reden: string;
  doorverwezen_naar: string | null;
  door_naam: string;
  door_organisatie: Organisatie;
  tijdstip: Date;
}

export interface CasusSignaalRij {
  signaal_id: string;
  gekoppeld_op: Date;
  gezien_op: Date | null;
  categorie: string;
  categorie_label: string | null;
  bron_organisatie: Organisatie;
  ernst: number | null;
  vpt: boolean;
  tijdstip_incident: Date;
  omschrijving: string | null;
}
