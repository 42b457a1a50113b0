/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
export type ActieInvoer = {
  /** ISO-8601 */
  readonly deadline: string;
  readonly eigenaarOrganisatie: Organisatie;
  readonly eigenaarPersoon?: string | null | undefined;
  readonly omschrijving: string;
};

export type CapaciteitInvoer = {
  readonly capaciteit: number;
  readonly locatie: string;
  readonly reden: string;
  /** JJJJ-MM-DD */
  readonly vanaf: string;
};

export type CasusFilter = {
  /** Alleen casussen met een actie over de deadline */
  readonly achterstallig?: boolean | null | undefined;
  readonly groepId?: string | number | null | undefined;
  readonly locatieCode?: string | null | undefined;
  readonly persoonId?: string | number | null | undefined;
  /** Naam (deel) of id van de procesregisseur */
  readonly procesregisseur?: string | null | undefined;
  readonly spoor?: number | null | undefined;
  readonly status?: ReadonlyArray<CasusStatus> | null | undefined;
};

/** Gegevens van een casus; weggelaten velden blijven zoals ze zijn, null wist */
export type CasusGegevens = {
  readonly deelnemers?: ReadonlyArray<Organisatie> | null | undefined;
  readonly kansarm?: boolean | null | undefined;
  readonly land?: string | null | undefined;
  readonly locatieCode?: string | null | undefined;
  readonly procedurefase?: string | null | undefined;
  readonly procesregisseur?: ProcesregisseurInvoer | null | undefined;
  readonly spoor?: number | null | undefined;
};

/** Toestand van een casus (aangemeld → in beoordeling → in regie → afgerond; niet geschikt; doorverwezen; heropend) */
export type CasusStatus =
  | 'AANGEMELD'
  | 'AFGEROND'
  | 'DOORVERWEZEN'
  | 'HEROPEND'
  | 'IN_BEOORDELING'
  | 'IN_REGIE'
  | 'NIET_GESCHIKT';

/** Waarheen een casus buiten het kernteam gaat */
export type Doorverwijzing =
  | 'LKO'
  | 'TOPX';

export type InhuisregistratieInvoer = {
  readonly persoonId?: string | number | null | undefined;
  /** ISO-8601 met tijdzone */
  readonly tijdstip: string;
  readonly vNummer?: string | null | undefined;
};

export type MaatregelInvoer = {
  readonly code: string;
  /** Leeg: de standaardduur uit de catalogus */
  readonly eind?: string | null | undefined;
  readonly reden: string;
  /** ISO-8601 */
  readonly start: string;
};

/** Organisatiecode (DOMAIN.md §2) */
export type Organisatie =
  | 'AVIM'
  | 'COA'
  | 'DGM_DRM'
  | 'DJI'
  | 'DTV'
  | 'GEMEENTE'
  | 'IND'
  | 'KETENMARINIER'
  | 'KMAR'
  | 'NIDOS'
  | 'OM'
  | 'POLITIE';

export type OverlegDeelnemerInvoer = {
  readonly naam: string;
  readonly organisatie: Organisatie;
};

export type OverlegInvoer = {
  readonly deelnemers?: ReadonlyArray<OverlegDeelnemerInvoer> | null | undefined;
  /** ISO-8601 */
  readonly geplandOp: string;
  /** Verplicht voor een LKO */
  readonly locatieCode?: string | null | undefined;
  readonly soort: OverlegSoort;
  readonly titel: string;
};

/** KERNTEAM (wekelijks, maandag), LKO (per opvanglocatie), TOPX, REGIETAFEL */
export type OverlegSoort =
  | 'KERNTEAM'
  | 'LKO'
  | 'REGIETAFEL'
  | 'TOPX';

export type PersoonInvoer = {
  readonly coaNummer?: string | null | undefined;
  readonly geboortedatum?: string | null | undefined;
  readonly geboortejaar?: number | null | undefined;
  readonly naam?: string | null | undefined;
  readonly nationaliteit?: string | null | undefined;
  readonly omschrijving?: string | null | undefined;
  readonly vNummer?: string | null | undefined;
};

export type PlaatsInvoer = {
  readonly breedtegraad?: number | null | undefined;
  readonly gemeente?: string | null | undefined;
  readonly lengtegraad?: number | null | undefined;
  readonly locatieCode?: string | null | undefined;
};

export type PlaatsingVoorstelInvoer = {
  readonly artikel56?: boolean | null | undefined;
  readonly bewaringVerlengd?: boolean | null | undefined;
  readonly casusId?: string | number | null | undefined;
  readonly locatie: string;
  /** Verplicht bij het overslaan van een trede (R1) */
  readonly overslaanReden?: string | null | undefined;
  readonly persoonId: string | number;
  /** 1 urgent, 2 normaal (standaard), 3 laag */
  readonly prioriteit?: number | null | undefined;
  readonly toelichting?: string | null | undefined;
  readonly tot?: string | null | undefined;
  /** JJJJ-MM-DD */
  readonly van: string;
  /** De plaatsing die deze vervangt (overplaatsing) */
  readonly vervangtPlaatsingId?: string | number | null | undefined;
};

export type ProcedurePlanInvoer = {
  /** Datum van de asielaanvraag (JJJJ-MM-DD) */
  readonly aanmelding: string;
  readonly casusId: string | number;
  /** Afwijkende TTSD-norm in dagen */
  readonly normDagen?: number | null | undefined;
  readonly rvtOnthouden?: boolean | null | undefined;
  /** AA, KENNELIJK_ONGEGROND, NIET_ONTVANKELIJK, OVERIG */
  readonly soortBesluit?: string | null | undefined;
  /** Waar de persoon verblijft (voor transport, R13) */
  readonly verblijfLocatie?: string | null | undefined;
};

export type ProcesregisseurInvoer = {
  readonly naam: string;
  readonly organisatie: Organisatie;
  readonly sub?: string | null | undefined;
};

export type ProcesstapInvoer = {
  readonly afspraakLocatie?: string | null | undefined;
  /** Afspraak (ISO-8601) */
  readonly afspraakOp?: string | null | undefined;
  readonly casusId: string | number;
  /** Geplande datum (JJJJ-MM-DD) */
  readonly gepland?: string | null | undefined;
  readonly stap: string;
  /** Werkelijke datum (JJJJ-MM-DD) */
  readonly werkelijk?: string | null | undefined;
};

export type SignaalCorrectie = {
  readonly aangifte?: boolean | null | undefined;
  readonly categorie?: string | null | undefined;
  readonly ernst?: number | null | undefined;
  readonly omschrijving?: string | null | undefined;
  readonly plaats?: PlaatsInvoer | null | undefined;
  readonly pvNummer?: string | null | undefined;
  readonly subcategorie?: string | null | undefined;
  readonly tijdstipIncident?: string | null | undefined;
};

export type SignaalFilter = {
  readonly alleenVpt?: boolean | null | undefined;
  readonly bronOrganisatie?: Organisatie | null | undefined;
  /** Categorie- of subcategoriecode */
  readonly categorie?: string | null | undefined;
  readonly persoonId?: string | number | null | undefined;
  /** Gemeente of locatiecode */
  readonly plaats?: string | null | undefined;
  /** ACTIEF of INGETROKKEN */
  readonly status?: string | null | undefined;
  /** Incident vóór (ISO-8601) */
  readonly tot?: string | null | undefined;
  /** Incident vanaf (ISO-8601) */
  readonly van?: string | null | undefined;
};

export type SignaalInvoer = {
  readonly aangifte?: boolean | null | undefined;
  readonly bronOrganisatie: Organisatie;
  readonly bronReferentie: string;
  readonly categorie: string;
  /** COA-impactniveau 1–4 */
  readonly ernst: number;
  readonly omschrijving: string;
  readonly personen: ReadonlyArray<PersoonInvoer>;
  readonly plaats: PlaatsInvoer;
  /** Verplicht bij een aangifte */
  readonly pvNummer?: string | null | undefined;
  readonly subcategorie?: string | null | undefined;
  /** ISO-8601 met tijdzone */
  readonly tijdstipIncident: string;
  /** ISO-8601; standaard nu */
  readonly tijdstipMelding?: string | null | undefined;
};

export type TermijnSoort =
  | 'ACTIE'
  | 'ARTIKEL_56_MAATREGEL'
  | 'BEROEPSTERMIJN'
  | 'DUBLIN_OVERDRACHT'
  | 'GEBIEDSVERBOD'
  | 'HTL_VERBLIJF'
  | 'INVERZEKERINGSTELLING'
  | 'MAATREGEL'
  | 'OPHOUDEN_VOOR_ONDERZOEK'
  | 'PBL_BEHANDELTERMIJN'
  | 'TRANSPORT_AANVRAAG'
  | 'VERTREKTERMIJN'
  | 'VOORGELEIDING'
  | 'VREEMDELINGENBEWARING';

export type TermijnStatus =
  | 'GEANNULEERD'
  | 'GEPLAND'
  | 'GEWAARSCHUWD'
  | 'OPGESCHORT'
  | 'VERSTREKEN';

export type UitkomstInvoer = {
  /** JJJJ-MM-DD */
  readonly datum: string;
  readonly soort: UitkomstSoort;
  readonly toelichting?: string | null | undefined;
};

export type UitkomstSoort =
  | 'BEROEP_GEGROND'
  | 'BEROEP_INGESTELD'
  | 'BEROEP_INGETROKKEN'
  | 'BEROEP_ONGEGROND'
  | 'BESCHIKKING'
  | 'MOB'
  | 'OPNIEUW_AANGEMELD'
  | 'OVERDRACHT'
  | 'VERTREK_GEDWONGEN'
  | 'VERTREK_ZELFSTANDIG';

export type VoegPersonenSamenInvoer = {
  /** De persoon die blijft (met het V-nummer, als een van beiden er een heeft) */
  readonly behoudenId: string | number;
  /** De persoon die opgaat in de behouden persoon */
  readonly opgaandId: string | number;
  readonly reden: string;
};

export type BeeindigMaatregelMutationVariables = Exact<{
  id: string | number;
  reden: string;
}>;


export type BeeindigMaatregelMutation = {
  readonly beeindigMaatregel: {
    readonly id: string,
    readonly code: string,
    readonly naam: string,
    readonly soort: string,
    readonly eigenaar: Organisatie,
    readonly wettelijkeGrondslag: string | null,
    readonly start: string,
    readonly eind: string | null,
    readonly reden: string,
    readonly status: string,
    readonly beeindigdReden: string | null,
    readonly termijnId: string | null,
    readonly groepActieId: string | null
  }
};

export type ActieVeldenFragment = {
  readonly id: string,
  readonly casusId: string,
  readonly omschrijving: string,
  readonly eigenaarOrganisatie: Organisatie,
  readonly eigenaarPersoon: string | null,
  readonly deadline: string,
  readonly status: string,
  readonly teLaat: boolean,
  readonly geescaleerdOp: string | null,
  readonly besluitId: string | null,
  readonly afgerondOp: string | null
};

export type MaatregelVeldenFragment = {
  readonly id: string,
  readonly code: string,
  readonly naam: string,
  readonly soort: string,
  readonly eigenaar: Organisatie,
  readonly wettelijkeGrondslag: string | null,
  readonly start: string,
  readonly eind: string | null,
  readonly reden: string,
  readonly status: string,
  readonly beeindigdReden: string | null,
  readonly termijnId: string | null,
  readonly groepActieId: string | null
};

export type CasusDetailVeldenFragment = {
  readonly id: string,
  readonly groepId: string | null,
  readonly status: CasusStatus,
  readonly statusLabel: string,
  readonly mogelijkeTransities: ReadonlyArray<CasusStatus>,
  readonly spoor: number | null,
  readonly kansarm: boolean | null,
  readonly land: string | null,
  readonly locatieCode: string | null,
  readonly procedurefase: string | null,
  readonly deelnemers: ReadonlyArray<Organisatie>,
  readonly doorverwezenNaar: Doorverwijzing | null,
  readonly aangemeldOp: string,
  readonly afgerondOp: string | null,
  readonly bijgewerktOp: string,
  readonly nieuweSignalen: number,
  readonly actiesTeLaat: number,
  readonly persoon: {
    readonly id: string
  },
  readonly procesregisseur: {
    readonly sub: string | null,
    readonly naam: string,
    readonly organisatie: Organisatie
  },
  readonly transities: ReadonlyArray<{
    readonly van: CasusStatus | null,
    readonly naar: CasusStatus,
    readonly reden: string,
    readonly doorverwezenNaar: Doorverwijzing | null,
    readonly doorNaam: string,
    readonly doorOrganisatie: Organisatie,
    readonly tijdstip: string
  }>,
  readonly signalen: ReadonlyArray<{
    readonly signaalId: string,
    readonly categorie: string,
    readonly categorieLabel: string,
    readonly bronOrganisatie: Organisatie,
    readonly ernst: number | null,
    readonly vpt: boolean,
    readonly tijdstipIncident: string,
    readonly omschrijving: string | null,
    readonly gekoppeldOp: string,
    readonly nieuw: boolean
  }>,
  readonly maatregelen: ReadonlyArray<{
    readonly id: string,
    readonly code: string,
    readonly naam: string,
    readonly soort: string,
    readonly eigenaar: Organisatie,
    readonly wettelijkeGrondslag: string | null,
    readonly start: string,
    readonly eind: string | null,
    readonly reden: string,
    readonly status: string,
    readonly beeindigdReden: string | null,
    readonly termijnId: string | null,
    readonly groepActieId: string | null
  }>,
  readonly acties: ReadonlyArray<{
    readonly id: string,
    readonly casusId: string,
    readonly omschrijving: string,
    readonly eigenaarOrganisatie: Organisatie,
    readonly eigenaarPersoon: string | null,
    readonly deadline: string,
    readonly status: string,
    readonly teLaat: boolean,
    readonly geescaleerdOp: string | null,
    readonly besluitId: string | null,
    readonly afgerondOp: string | null
  }>,
  readonly uitkomsten: ReadonlyArray<{
    readonly id: string,
    readonly soort: UitkomstSoort,
    readonly soortLabel: string,
    readonly datum: string,
    readonly toelichting: string | null,
    readonly doorOrganisatie: Organisatie
  }>,
  readonly tijdlijn: ReadonlyArray<{
    readonly tijdstip: string,
    readonly soort: string,
    readonly omschrijving: string,
    readonly refId: string | null,
    readonly organisatie: Organisatie | null
  }>,
  readonly topx: ReadonlyArray<{
    readonly regio: string,
    readonly maand: string,
    readonly rang: number,
    readonly score: number,
    readonly uitleg: string
  }>
};

export type CasusQueryVariables = Exact<{
  id: string | number;
}>;


export type CasusQuery = {
  readonly casus: {
    readonly id: string,
    readonly groepId: string | null,
    readonly status: CasusStatus,
    readonly statusLabel: string,
    readonly mogelijkeTransities: ReadonlyArray<CasusStatus>,
    readonly spoor: number | null,
    readonly kansarm: boolean | null,
    readonly land: string | null,
    readonly locatieCode: string | null,
    readonly procedurefase: string | null,
    readonly deelnemers: ReadonlyArray<Organisatie>,
    readonly doorverwezenNaar: Doorverwijzing | null,
    readonly aangemeldOp: string,
    readonly afgerondOp: string | null,
    readonly bijgewerktOp: string,
    readonly nieuweSignalen: number,
    readonly actiesTeLaat: number,
    readonly persoon: {
      readonly id: string,
      readonly vNummer: string | null,
      readonly naam: string | null,
      readonly nationaliteit: string | null,
      readonly coaNummer: string | null,
      readonly omschrijving: string | null
    },
    readonly procesregisseur: {
      readonly sub: string | null,
      readonly naam: string,
      readonly organisatie: Organisatie
    },
    readonly transities: ReadonlyArray<{
      readonly van: CasusStatus | null,
      readonly naar: CasusStatus,
      readonly reden: string,
      readonly doorverwezenNaar: Doorverwijzing | null,
      readonly doorNaam: string,
      readonly doorOrganisatie: Organisatie,
      readonly tijdstip: string
    }>,
    readonly signalen: ReadonlyArray<{
      readonly signaalId: string,
      readonly categorie: string,
      readonly categorieLabel: string,
      readonly bronOrganisatie: Organisatie,
      readonly ernst: number | null,
      readonly vpt: boolean,
      readonly tijdstipIncident: string,
      readonly omschrijving: string | null,
      readonly gekoppeldOp: string,
      readonly nieuw: boolean
    }>,
    readonly maatregelen: ReadonlyArray<{
      readonly id: string,
      readonly code: string,
      readonly naam: string,
      readonly soort: string,
      readonly eigenaar: Organisatie,
      readonly wettelijkeGrondslag: string | null,
      readonly start: string,
      readonly eind: string | null,
      readonly reden: string,
      readonly status: string,
      readonly beeindigdReden: string | null,
      readonly termijnId: string | null,
      readonly groepActieId: string | null
    }>,
    readonly acties: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly omschrijving: string,
      readonly eigenaarOrganisatie: Organisatie,
      readonly eigenaarPersoon: string | null,
      readonly deadline: string,
      readonly status: string,
      readonly teLaat: boolean,
      readonly geescaleerdOp: string | null,
      readonly besluitId: string | null,
      readonly afgerondOp: string | null
    }>,
    readonly uitkomsten: ReadonlyArray<{
      readonly id: string,
      readonly soort: UitkomstSoort,
      readonly soortLabel: string,
      readonly datum: string,
      readonly toelichting: string | null,
      readonly doorOrganisatie: Organisatie
    }>,
    readonly tijdlijn: ReadonlyArray<{
      readonly tijdstip: string,
      readonly soort: string,
      readonly omschrijving: string,
      readonly refId: string | null,
      readonly organisatie: Organisatie | null
    }>,
    readonly topx: ReadonlyArray<{
      readonly regio: string,
      readonly maand: string,
      readonly rang: number,
      readonly score: number,
      readonly uitleg: string
    }>
  }
};

export type MaakActieMutationVariables = Exact<{
  casusId: string | number;
  actie: ActieInvoer;
}>;


export type MaakActieMutation = {
  readonly maakActie: {
    readonly id: string,
    readonly casusId: string,
    readonly omschrijving: string,
    readonly eigenaarOrganisatie: Organisatie,
    readonly eigenaarPersoon: string | null,
    readonly deadline: string,
    readonly status: string,
    readonly teLaat: boolean,
    readonly geescaleerdOp: string | null,
    readonly besluitId: string | null,
    readonly afgerondOp: string | null
  }
};

export type MaatregelCatalogusQueryVariables = Exact<{ [key: string]: never; }>;


export type MaatregelCatalogusQuery = {
  readonly maatregelCatalogus: ReadonlyArray<{
    readonly code: string,
    readonly naam: string,
    readonly soort: string,
    readonly eigenaar: Organisatie,
    readonly wettelijkeGrondslag: string | null,
    readonly standaardDuurDagen: number | null,
    readonly toepassing: ReadonlyArray<string>
  }>
};

export type MarkeerSignalenGezienMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkeerSignalenGezienMutation = {
  readonly markeerSignalenGezien: {
    readonly id: string,
    readonly groepId: string | null,
    readonly status: CasusStatus,
    readonly statusLabel: string,
    readonly mogelijkeTransities: ReadonlyArray<CasusStatus>,
    readonly spoor: number | null,
    readonly kansarm: boolean | null,
    readonly land: string | null,
    readonly locatieCode: string | null,
    readonly procedurefase: string | null,
    readonly deelnemers: ReadonlyArray<Organisatie>,
    readonly doorverwezenNaar: Doorverwijzing | null,
    readonly aangemeldOp: string,
    readonly afgerondOp: string | null,
    readonly bijgewerktOp: string,
    readonly nieuweSignalen: number,
    readonly actiesTeLaat: number,
    readonly persoon: {
      readonly id: string
    },
    readonly procesregisseur: {
      readonly sub: string | null,
      readonly naam: string,
      readonly organisatie: Organisatie
    },
    readonly transities: ReadonlyArray<{
      readonly van: CasusStatus | null,
      readonly naar: CasusStatus,
      readonly reden: string,
      readonly doorverwezenNaar: Doorverwijzing | null,
      readonly doorNaam: string,
      readonly doorOrganisatie: Organisatie,
      readonly tijdstip: string
    }>,
    readonly signalen: ReadonlyArray<{
      readonly signaalId: string,
      readonly categorie: string,
      readonly categorieLabel: string,
      readonly bronOrganisatie: Organisatie,
      readonly ernst: number | null,
      readonly vpt: boolean,
      readonly tijdstipIncident: string,
      readonly omschrijving: string | null,
      readonly gekoppeldOp: string,
      readonly nieuw: boolean
    }>,
    readonly maatregelen: ReadonlyArray<{
      readonly id: string,
      readonly code: string,
      readonly naam: string,
      readonly soort: string,
      readonly eigenaar: Organisatie,
      readonly wettelijkeGrondslag: string | null,
      readonly start: string,
      readonly eind: string | null,
      readonly reden: string,
      readonly status: string,
      readonly beeindigdReden: string | null,
      readonly termijnId: string | null,
      readonly groepActieId: string | null
    }>,
    readonly acties: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly omschrijving: string,
      readonly eigenaarOrganisatie: Organisatie,
      readonly eigenaarPersoon: string | null,
      readonly deadline: string,
      readonly status: string,
      readonly teLaat: boolean,
      readonly geescaleerdOp: string | null,
      readonly besluitId: string | null,
      readonly afgerondOp: string | null
    }>,
    readonly uitkomsten: ReadonlyArray<{
      readonly id: string,
      readonly soort: UitkomstSoort,
      readonly soortLabel: string,
      readonly datum: string,
      readonly toelichting: string | null,
      readonly doorOrganisatie: Organisatie
    }>,
    readonly tijdlijn: ReadonlyArray<{
      readonly tijdstip: string,
      readonly soort: string,
      readonly omschrijving: string,
      readonly refId: string | null,
      readonly organisatie: Organisatie | null
    }>,
    readonly topx: ReadonlyArray<{
      readonly regio: string,
      readonly maand: string,
      readonly rang: number,
      readonly score: number,
      readonly uitleg: string
    }>
  }
};

export type PasMaatregelToeMutationVariables = Exact<{
  casusId: string | number;
  maatregel: MaatregelInvoer;
}>;


export type PasMaatregelToeMutation = {
  readonly pasMaatregelToe: {
    readonly id: string,
    readonly code: string,
    readonly naam: string,
    readonly soort: string,
    readonly eigenaar: Organisatie,
    readonly wettelijkeGrondslag: string | null,
    readonly start: string,
    readonly eind: string | null,
    readonly reden: string,
    readonly status: string,
    readonly beeindigdReden: string | null,
    readonly termijnId: string | null,
    readonly groepActieId: string | null
  }
};

export type PasMaatregelToeOpGroepMutationVariables = Exact<{
  groepId: string | number;
  maatregel: MaatregelInvoer;
}>;


export type PasMaatregelToeOpGroepMutation = {
  readonly pasMaatregelToeOpGroep: {
    readonly groepActieId: string,
    readonly maatregelen: number
  }
};

export type RegistreerUitkomstMutationVariables = Exact<{
  casusId: string | number;
  uitkomst: UitkomstInvoer;
}>;


export type RegistreerUitkomstMutation = {
  readonly registreerUitkomst: {
    readonly id: string,
    readonly soort: UitkomstSoort,
    readonly soortLabel: string,
    readonly datum: string,
    readonly toelichting: string | null,
    readonly doorOrganisatie: Organisatie
  }
};

export type RondActieAfMutationVariables = Exact<{
  id: string | number;
}>;


export type RondActieAfMutation = {
  readonly rondActieAf: {
    readonly id: string,
    readonly casusId: string,
    readonly omschrijving: string,
    readonly eigenaarOrganisatie: Organisatie,
    readonly eigenaarPersoon: string | null,
    readonly deadline: string,
    readonly status: string,
    readonly teLaat: boolean,
    readonly geescaleerdOp: string | null,
    readonly besluitId: string | null,
    readonly afgerondOp: string | null
  }
};

export type WijzigCasusMutationVariables = Exact<{
  id: string | number;
  gegevens: CasusGegevens;
  reden: string;
}>;


export type WijzigCasusMutation = {
  readonly wijzigCasus: {
    readonly id: string,
    readonly groepId: string | null,
    readonly status: CasusStatus,
    readonly statusLabel: string,
    readonly mogelijkeTransities: ReadonlyArray<CasusStatus>,
    readonly spoor: number | null,
    readonly kansarm: boolean | null,
    readonly land: string | null,
    readonly locatieCode: string | null,
    readonly procedurefase: string | null,
    readonly deelnemers: ReadonlyArray<Organisatie>,
    readonly doorverwezenNaar: Doorverwijzing | null,
    readonly aangemeldOp: string,
    readonly afgerondOp: string | null,
    readonly bijgewerktOp: string,
    readonly nieuweSignalen: number,
    readonly actiesTeLaat: number,
    readonly persoon: {
      readonly id: string
    },
    readonly procesregisseur: {
      readonly sub: string | null,
      readonly naam: string,
      readonly organisatie: Organisatie
    },
    readonly transities: ReadonlyArray<{
      readonly van: CasusStatus | null,
      readonly naar: CasusStatus,
      readonly reden: string,
      readonly doorverwezenNaar: Doorverwijzing | null,
      readonly doorNaam: string,
      readonly doorOrganisatie: Organisatie,
      readonly tijdstip: string
    }>,
    readonly signalen: ReadonlyArray<{
      readonly signaalId: string,
      readonly categorie: string,
      readonly categorieLabel: string,
      readonly bronOrganisatie: Organisatie,
      readonly ernst: number | null,
      readonly vpt: boolean,
      readonly tijdstipIncident: string,
      readonly omschrijving: string | null,
      readonly gekoppeldOp: string,
      readonly nieuw: boolean
    }>,
    readonly maatregelen: ReadonlyArray<{
      readonly id: string,
      readonly code: string,
      readonly naam: string,
      readonly soort: string,
      readonly eigenaar: Organisatie,
      readonly wettelijkeGrondslag: string | null,
      readonly start: string,
      readonly eind: string | null,
      readonly reden: string,
      readonly status: string,
      readonly beeindigdReden: string | null,
      readonly termijnId: string | null,
      readonly groepActieId: string | null
    }>,
    readonly acties: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly omschrijving: string,
      readonly eigenaarOrganisatie: Organisatie,
      readonly eigenaarPersoon: string | null,
      readonly deadline: string,
      readonly status: string,
      readonly teLaat: boolean,
      readonly geescaleerdOp: string | null,
      readonly besluitId: string | null,
      readonly afgerondOp: string | null
    }>,
    readonly uitkomsten: ReadonlyArray<{
      readonly id: string,
      readonly soort: UitkomstSoort,
      readonly soortLabel: string,
      readonly datum: string,
      readonly toelichting: string | null,
      readonly doorOrganisatie: Organisatie
    }>,
    readonly tijdlijn: ReadonlyArray<{
      readonly tijdstip: string,
      readonly soort: string,
      readonly omschrijving: string,
      readonly refId: string | null,
      readonly organisatie: Organisatie | null
    }>,
    readonly topx: ReadonlyArray<{
      readonly regio: string,
      readonly maand: string,
      readonly rang: number,
      readonly score: number,
      readonly uitleg: string
    }>
  }
};

export type ZetCasusStatusMutationVariables = Exact<{
  id: string | number;
  naar: CasusStatus;
  reden: string;
  doorverwezenNaar?: Doorverwijzing | null | undefined;
}>;


export type ZetCasusStatusMutation = {
  readonly zetCasusStatus: {
    readonly id: string,
    readonly groepId: string | null,
    readonly status: CasusStatus,
    readonly statusLabel: string,
    readonly mogelijkeTransities: ReadonlyArray<CasusStatus>,
    readonly spoor: number | null,
    readonly kansarm: boolean | null,
    readonly land: string | null,
    readonly locatieCode: string | null,
    readonly procedurefase: string | null,
    readonly deelnemers: ReadonlyArray<Organisatie>,
    readonly doorverwezenNaar: Doorverwijzing | null,
    readonly aangemeldOp: string,
    readonly afgerondOp: string | null,
    readonly bijgewerktOp: string,
    readonly nieuweSignalen: number,
    readonly actiesTeLaat: number,
    readonly persoon: {
      readonly id: string
    },
    readonly procesregisseur: {
      readonly sub: string | null,
      readonly naam: string,
      readonly organisatie: Organisatie
    },
    readonly transities: ReadonlyArray<{
      readonly van: CasusStatus | null,
      readonly naar: CasusStatus,
      readonly reden: string,
      readonly doorverwezenNaar: Doorverwijzing | null,
      readonly doorNaam: string,
      readonly doorOrganisatie: Organisatie,
      readonly tijdstip: string
    }>,
    readonly signalen: ReadonlyArray<{
      readonly signaalId: string,
      readonly categorie: string,
      readonly categorieLabel: string,
      readonly bronOrganisatie: Organisatie,
      readonly ernst: number | null,
      readonly vpt: boolean,
      readonly tijdstipIncident: string,
      readonly omschrijving: string | null,
      readonly gekoppeldOp: string,
      readonly nieuw: boolean
    }>,
    readonly maatregelen: ReadonlyArray<{
      readonly id: string,
      readonly code: string,
      readonly naam: string,
      readonly soort: string,
      readonly eigenaar: Organisatie,
      readonly wettelijkeGrondslag: string | null,
      readonly start: string,
      readonly eind: string | null,
      readonly reden: string,
      readonly status: string,
      readonly beeindigdReden: string | null,
      readonly termijnId: string | null,
      readonly groepActieId: string | null
    }>,
    readonly acties: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly omschrijving: string,
      readonly eigenaarOrganisatie: Organisatie,
      readonly eigenaarPersoon: string | null,
      readonly deadline: string,
      readonly status: string,
      readonly teLaat: boolean,
      readonly geescaleerdOp: string | null,
      readonly besluitId: string | null,
      readonly afgerondOp: string | null
    }>,
    readonly uitkomsten: ReadonlyArray<{
      readonly id: string,
      readonly soort: UitkomstSoort,
      readonly soortLabel: string,
      readonly datum: string,
      readonly toelichting: string | null,
      readonly doorOrganisatie: Organisatie
    }>,
    readonly tijdlijn: ReadonlyArray<{
      readonly tijdstip: string,
      readonly soort: string,
      readonly omschrijving: string,
      readonly refId: string | null,
      readonly organisatie: Organisatie | null
    }>,
    readonly topx: ReadonlyArray<{
      readonly regio: string,
      readonly maand: string,
      readonly rang: number,
      readonly score: number,
      readonly uitleg: string
    }>
  }
};

export type PersoonNaamVeldenFragment = {
  readonly id: string,
  readonly vNummer: string | null,
  readonly naam: string | null,
  readonly nationaliteit: string | null,
  readonly coaNummer: string | null,
  readonly omschrijving: string | null
};

export type PersoonKortQueryVariables = Exact<{
  id: string | number;
}>;


export type PersoonKortQuery = {
  readonly persoon: {
    readonly id: string,
    readonly vNummer: string | null,
    readonly naam: string | null,
    readonly nationaliteit: string | null,
    readonly coaNummer: string | null,
    readonly omschrijving: string | null
  } | null
};

export type CasusRijVeldenFragment = {
  readonly id: string,
  readonly groepId: string | null,
  readonly status: CasusStatus,
  readonly statusLabel: string,
  readonly spoor: number | null,
  readonly kansarm: boolean | null,
  readonly land: string | null,
  readonly locatieCode: string | null,
  readonly deelnemers: ReadonlyArray<Organisatie>,
  readonly aangemeldOp: string,
  readonly bijgewerktOp: string,
  readonly nieuweSignalen: number,
  readonly actiesTeLaat: number,
  readonly persoon: {
    readonly id: string
  },
  readonly procesregisseur: {
    readonly sub: string | null,
    readonly naam: string,
    readonly organisatie: Organisatie
  }
};

export type CasussenQueryVariables = Exact<{
  filter?: CasusFilter | null | undefined;
  eerste: number;
  na?: string | null | undefined;
}>;


export type CasussenQuery = {
  readonly casussen: {
    readonly volgendeCursor: string | null,
    readonly totaal: number,
    readonly items: ReadonlyArray<{
      readonly id: string,
      readonly groepId: string | null,
      readonly status: CasusStatus,
      readonly statusLabel: string,
      readonly spoor: number | null,
      readonly kansarm: boolean | null,
      readonly land: string | null,
      readonly locatieCode: string | null,
      readonly deelnemers: ReadonlyArray<Organisatie>,
      readonly aangemeldOp: string,
      readonly bijgewerktOp: string,
      readonly nieuweSignalen: number,
      readonly actiesTeLaat: number,
      readonly persoon: {
        readonly id: string,
        readonly vNummer: string | null,
        readonly naam: string | null,
        readonly nationaliteit: string | null,
        readonly coaNummer: string | null,
        readonly omschrijving: string | null
      },
      readonly procesregisseur: {
        readonly sub: string | null,
        readonly naam: string,
        readonly organisatie: Organisatie
      }
    }>
  }
};

export type DoorlooptijdNormenQueryVariables = Exact<{ [key: string]: never; }>;


export type DoorlooptijdNormenQuery = {
  readonly doorlooptijdNormen: ReadonlyArray<{
    readonly spoor: number,
    readonly dagen: number,
    readonly gewijzigdOp: string
  }>
};

export type StelDoorlooptijdNormInMutationVariables = Exact<{
  spoor: number;
  dagen: number;
}>;


export type StelDoorlooptijdNormInMutation = {
  readonly stelDoorlooptijdNormIn: ReadonlyArray<{
    readonly spoor: number,
    readonly dagen: number,
    readonly gewijzigdOp: string
  }>
};

export type VerantwoordingQueryVariables = Exact<{
  van: string;
  tot: string;
  locatieCode?: string | null | undefined;
}>;


export type VerantwoordingQuery = {
  readonly verantwoording: {
    readonly van: string,
    readonly tot: string,
    readonly locatieCode: string | null,
    readonly behandeld: number,
    readonly overdrachten: number,
    readonly opnieuwAangemeld: number,
    readonly perSpoor: {
      readonly spoor1: number,
      readonly spoor2: number,
      readonly spoor4: number,
      readonly onbekend: number
    },
    readonly perLand: ReadonlyArray<{
      readonly land: string,
      readonly aantal: number
    }>,
    readonly definitiefAfgehandeld: {
      readonly aantal: number,
      readonly percentage: number
    },
    readonly vertrek: {
      readonly zelfstandig: number,
      readonly gedwongen: number,
      readonly mob: number
    },
    readonly beroepen: {
      readonly ingesteld: number,
      readonly open: number,
      readonly ongegrond: number,
      readonly gegrond: number,
      readonly ingetrokken: number
    },
    readonly doorlooptijd: ReadonlyArray<{
      readonly spoor: number | null,
      readonly aantal: number,
      readonly mediaanDagen: number | null,
      readonly gemiddeldeDagen: number | null,
      readonly normDagen: number | null,
      readonly factorSnellerDanNorm: number | null
    }>,
    readonly perWeek: ReadonlyArray<{
      readonly week: string,
      readonly aangemeld: number,
      readonly afgerond: number
    }>
  }
};

export type DagoverzichtVeldenFragment = {
  readonly id: string,
  readonly van: string,
  readonly tot: string,
  readonly aanleiding: string,
  readonly gemaaktOp: string,
  readonly ongewijzigd: number,
  readonly casussen: ReadonlyArray<{
    readonly casusId: string,
    readonly omschrijving: string,
    readonly status: string,
    readonly procesregisseur: string,
    readonly nieuweSignalen: ReadonlyArray<{
      readonly soort: string,
      readonly tijdstip: string,
      readonly omschrijving: string
    }>,
    readonly wijzigingen: ReadonlyArray<{
      readonly soort: string,
      readonly tijdstip: string,
      readonly omschrijving: string
    }>,
    readonly actiesTeLaat: ReadonlyArray<{
      readonly id: string,
      readonly omschrijving: string,
      readonly deadline: string,
      readonly dagenTeLaat: number
    }>,
    readonly termijnenBinnenkort: ReadonlyArray<{
      readonly id: string,
      readonly soortLabel: string,
      readonly vervaltOp: string
    }>
  }>,
  readonly totalen: {
    readonly nieuweSignalen: number,
    readonly wijzigingen: number,
    readonly actiesTeLaat: number,
    readonly termijnenBinnenkort: number
  }
};

export type DagoverzichtQueryVariables = Exact<{
  id?: string | number | null | undefined;
}>;


export type DagoverzichtQuery = {
  readonly dagoverzicht: {
    readonly id: string,
    readonly van: string,
    readonly tot: string,
    readonly aanleiding: string,
    readonly gemaaktOp: string,
    readonly ongewijzigd: number,
    readonly casussen: ReadonlyArray<{
      readonly casusId: string,
      readonly omschrijving: string,
      readonly status: string,
      readonly procesregisseur: string,
      readonly nieuweSignalen: ReadonlyArray<{
        readonly soort: string,
        readonly tijdstip: string,
        readonly omschrijving: string
      }>,
      readonly wijzigingen: ReadonlyArray<{
        readonly soort: string,
        readonly tijdstip: string,
        readonly omschrijving: string
      }>,
      readonly actiesTeLaat: ReadonlyArray<{
        readonly id: string,
        readonly omschrijving: string,
        readonly deadline: string,
        readonly dagenTeLaat: number
      }>,
      readonly termijnenBinnenkort: ReadonlyArray<{
        readonly id: string,
        readonly soortLabel: string,
        readonly vervaltOp: string
      }>
    }>,
    readonly totalen: {
      readonly nieuweSignalen: number,
      readonly wijzigingen: number,
      readonly actiesTeLaat: number,
      readonly termijnenBinnenkort: number
    }
  } | null
};

export type DagoverzichtenQueryVariables = Exact<{
  eerste?: number;
}>;


export type DagoverzichtenQuery = {
  readonly dagoverzichten: ReadonlyArray<{
    readonly id: string,
    readonly van: string,
    readonly tot: string,
    readonly aanleiding: string,
    readonly gemaaktOp: string
  }>
};

export type MaakDagoverzichtMutationVariables = Exact<{ [key: string]: never; }>;


export type MaakDagoverzichtMutation = {
  readonly maakDagoverzicht: {
    readonly id: string,
    readonly van: string,
    readonly tot: string,
    readonly aanleiding: string,
    readonly gemaaktOp: string,
    readonly ongewijzigd: number,
    readonly casussen: ReadonlyArray<{
      readonly casusId: string,
      readonly omschrijving: string,
      readonly status: string,
      readonly procesregisseur: string,
      readonly nieuweSignalen: ReadonlyArray<{
        readonly soort: string,
        readonly tijdstip: string,
        readonly omschrijving: string
      }>,
      readonly wijzigingen: ReadonlyArray<{
        readonly soort: string,
        readonly tijdstip: string,
        readonly omschrijving: string
      }>,
      readonly actiesTeLaat: ReadonlyArray<{
        readonly id: string,
        readonly omschrijving: string,
        readonly deadline: string,
        readonly dagenTeLaat: number
      }>,
      readonly termijnenBinnenkort: ReadonlyArray<{
        readonly id: string,
        readonly soortLabel: string,
        readonly vervaltOp: string
      }>
    }>,
    readonly totalen: {
      readonly nieuweSignalen: number,
      readonly wijzigingen: number,
      readonly actiesTeLaat: number,
      readonly termijnenBinnenkort: number
    }
  }
};

export type ActieAchterstandQueryVariables = Exact<{ [key: string]: never; }>;


export type ActieAchterstandQuery = {
  readonly actieAchterstand: ReadonlyArray<{
    readonly organisatie: string,
    readonly aantal: number,
    readonly oudsteDeadline: string,
    readonly geescaleerd: number
  }>
};

export type DashboardBezettingQueryVariables = Exact<{
  vanaf: string;
  weken: number;
}>;


export type DashboardBezettingQuery = {
  readonly capaciteitsbord: ReadonlyArray<{
    readonly wachtlijst: number,
    readonly locatie: {
      readonly code: string,
      readonly naam: string,
      readonly soort: string,
      readonly soortLabel: string
    },
    readonly dagen: ReadonlyArray<{
      readonly datum: string,
      readonly capaciteit: number,
      readonly bezet: number
    }>
  }>
};

export type DashboardVerantwoordingQueryVariables = Exact<{
  van: string;
  tot: string;
}>;


export type DashboardVerantwoordingQuery = {
  readonly verantwoording: {
    readonly van: string,
    readonly tot: string,
    readonly behandeld: number,
    readonly perSpoor: {
      readonly spoor1: number,
      readonly spoor2: number,
      readonly spoor4: number,
      readonly onbekend: number
    },
    readonly perLand: ReadonlyArray<{
      readonly land: string,
      readonly aantal: number
    }>,
    readonly doorlooptijd: ReadonlyArray<{
      readonly spoor: number | null,
      readonly aantal: number,
      readonly mediaanDagen: number | null,
      readonly gemiddeldeDagen: number | null,
      readonly normDagen: number | null,
      readonly factorSnellerDanNorm: number | null
    }>,
    readonly perWeek: ReadonlyArray<{
      readonly week: string,
      readonly aangemeld: number,
      readonly afgerond: number
    }>
  }
};

export type SignalenPerLocatieQueryVariables = Exact<{
  van: string;
  tot: string;
}>;


export type SignalenPerLocatieQuery = {
  readonly signalenPerLocatie: ReadonlyArray<{
    readonly locatie: string,
    readonly aantal: number,
    readonly vpt: number,
    readonly ernstig: number
  }>
};

export type RegistreerSignaalMutationVariables = Exact<{
  invoer: SignaalInvoer;
}>;


export type RegistreerSignaalMutation = {
  readonly registreerSignaal: {
    readonly id: string,
    readonly bronReferentie: string
  }
};

export type SignaalOptiesQueryVariables = Exact<{ [key: string]: never; }>;


export type SignaalOptiesQuery = {
  readonly organisaties: ReadonlyArray<{
    readonly code: Organisatie,
    readonly naam: string
  }>,
  readonly signaalCategorieen: ReadonlyArray<{
    readonly code: string,
    readonly label: string,
    readonly vpt: boolean,
    readonly subcategorieen: ReadonlyArray<{
      readonly code: string,
      readonly label: string
    }>
  }>
};

export type LegBesluitVastMutationVariables = Exact<{
  agendapuntId: string | number;
  tekst: string;
  actie?: ActieInvoer | null | undefined;
}>;


export type LegBesluitVastMutation = {
  readonly legBesluitVast: {
    readonly id: string,
    readonly actieId: string | null
  }
};

export type OverlegDetailVeldenFragment = {
  readonly id: string,
  readonly soort: OverlegSoort,
  readonly titel: string,
  readonly locatieCode: string | null,
  readonly geplandOp: string,
  readonly vorigOverlegOp: string | null,
  readonly deelnemers: ReadonlyArray<{
    readonly naam: string,
    readonly organisatie: Organisatie,
    readonly aanwezig: boolean | null
  }>,
  readonly agenda: ReadonlyArray<{
    readonly id: string,
    readonly casusId: string,
    readonly volgorde: number,
    readonly redenen: ReadonlyArray<string>,
    readonly toelichting: ReadonlyArray<string>,
    readonly handmatig: boolean,
    readonly casus: {
      readonly id: string,
      readonly groepId: string | null,
      readonly status: CasusStatus,
      readonly statusLabel: string,
      readonly spoor: number | null,
      readonly kansarm: boolean | null,
      readonly land: string | null,
      readonly locatieCode: string | null,
      readonly deelnemers: ReadonlyArray<Organisatie>,
      readonly aangemeldOp: string,
      readonly bijgewerktOp: string,
      readonly nieuweSignalen: number,
      readonly actiesTeLaat: number,
      readonly persoon: {
        readonly id: string
      },
      readonly procesregisseur: {
        readonly sub: string | null,
        readonly naam: string,
        readonly organisatie: Organisatie
      }
    } | null,
    readonly besluiten: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly tekst: string,
      readonly doorOrganisatie: Organisatie,
      readonly tijdstip: string,
      readonly actieId: string | null,
      readonly actie: {
        readonly id: string,
        readonly casusId: string,
        readonly omschrijving: string,
        readonly eigenaarOrganisatie: Organisatie,
        readonly eigenaarPersoon: string | null,
        readonly deadline: string,
        readonly status: string,
        readonly teLaat: boolean,
        readonly geescaleerdOp: string | null,
        readonly besluitId: string | null,
        readonly afgerondOp: string | null
      } | null
    }>
  }>
};

export type OverlegQueryVariables = Exact<{
  id: string | number;
}>;


export type OverlegQuery = {
  readonly overleg: {
    readonly id: string,
    readonly soort: OverlegSoort,
    readonly titel: string,
    readonly locatieCode: string | null,
    readonly geplandOp: string,
    readonly vorigOverlegOp: string | null,
    readonly agenda: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly volgorde: number,
      readonly redenen: ReadonlyArray<string>,
      readonly toelichting: ReadonlyArray<string>,
      readonly handmatig: boolean,
      readonly casus: {
        readonly id: string,
        readonly groepId: string | null,
        readonly status: CasusStatus,
        readonly statusLabel: string,
        readonly spoor: number | null,
        readonly kansarm: boolean | null,
        readonly land: string | null,
        readonly locatieCode: string | null,
        readonly deelnemers: ReadonlyArray<Organisatie>,
        readonly aangemeldOp: string,
        readonly bijgewerktOp: string,
        readonly nieuweSignalen: number,
        readonly actiesTeLaat: number,
        readonly persoon: {
          readonly id: string,
          readonly vNummer: string | null,
          readonly naam: string | null,
          readonly nationaliteit: string | null,
          readonly coaNummer: string | null,
          readonly omschrijving: string | null
        },
        readonly procesregisseur: {
          readonly sub: string | null,
          readonly naam: string,
          readonly organisatie: Organisatie
        }
      } | null,
      readonly besluiten: ReadonlyArray<{
        readonly id: string,
        readonly casusId: string,
        readonly tekst: string,
        readonly doorOrganisatie: Organisatie,
        readonly tijdstip: string,
        readonly actieId: string | null,
        readonly actie: {
          readonly id: string,
          readonly casusId: string,
          readonly omschrijving: string,
          readonly eigenaarOrganisatie: Organisatie,
          readonly eigenaarPersoon: string | null,
          readonly deadline: string,
          readonly status: string,
          readonly teLaat: boolean,
          readonly geescaleerdOp: string | null,
          readonly besluitId: string | null,
          readonly afgerondOp: string | null
        } | null
      }>
    }>,
    readonly deelnemers: ReadonlyArray<{
      readonly naam: string,
      readonly organisatie: Organisatie,
      readonly aanwezig: boolean | null
    }>
  }
};

export type OverleggenQueryVariables = Exact<{
  soort?: OverlegSoort | null | undefined;
  van?: string | null | undefined;
  tot?: string | null | undefined;
}>;


export type OverleggenQuery = {
  readonly overleggen: ReadonlyArray<{
    readonly id: string,
    readonly soort: OverlegSoort,
    readonly titel: string,
    readonly locatieCode: string | null,
    readonly geplandOp: string,
    readonly vorigOverlegOp: string | null,
    readonly deelnemers: ReadonlyArray<{
      readonly naam: string,
      readonly organisatie: Organisatie
    }>,
    readonly agenda: ReadonlyArray<{
      readonly id: string
    }>
  }>
};

export type PlanOverlegMutationVariables = Exact<{
  invoer: OverlegInvoer;
}>;


export type PlanOverlegMutation = {
  readonly planOverleg: {
    readonly id: string,
    readonly soort: OverlegSoort,
    readonly titel: string,
    readonly locatieCode: string | null,
    readonly geplandOp: string,
    readonly vorigOverlegOp: string | null,
    readonly deelnemers: ReadonlyArray<{
      readonly naam: string,
      readonly organisatie: Organisatie,
      readonly aanwezig: boolean | null
    }>,
    readonly agenda: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly volgorde: number,
      readonly redenen: ReadonlyArray<string>,
      readonly toelichting: ReadonlyArray<string>,
      readonly handmatig: boolean,
      readonly casus: {
        readonly id: string,
        readonly groepId: string | null,
        readonly status: CasusStatus,
        readonly statusLabel: string,
        readonly spoor: number | null,
        readonly kansarm: boolean | null,
        readonly land: string | null,
        readonly locatieCode: string | null,
        readonly deelnemers: ReadonlyArray<Organisatie>,
        readonly aangemeldOp: string,
        readonly bijgewerktOp: string,
        readonly nieuweSignalen: number,
        readonly actiesTeLaat: number,
        readonly persoon: {
          readonly id: string
        },
        readonly procesregisseur: {
          readonly sub: string | null,
          readonly naam: string,
          readonly organisatie: Organisatie
        }
      } | null,
      readonly besluiten: ReadonlyArray<{
        readonly id: string,
        readonly casusId: string,
        readonly tekst: string,
        readonly doorOrganisatie: Organisatie,
        readonly tijdstip: string,
        readonly actieId: string | null,
        readonly actie: {
          readonly id: string,
          readonly casusId: string,
          readonly omschrijving: string,
          readonly eigenaarOrganisatie: Organisatie,
          readonly eigenaarPersoon: string | null,
          readonly deadline: string,
          readonly status: string,
          readonly teLaat: boolean,
          readonly geescaleerdOp: string | null,
          readonly besluitId: string | null,
          readonly afgerondOp: string | null
        } | null
      }>
    }>
  }
};

export type RegistreerAanwezigheidMutationVariables = Exact<{
  overlegId: string | number;
  naam: string;
  organisatie: Organisatie;
  aanwezig: boolean;
}>;


export type RegistreerAanwezigheidMutation = {
  readonly registreerAanwezigheid: {
    readonly id: string,
    readonly soort: OverlegSoort,
    readonly titel: string,
    readonly locatieCode: string | null,
    readonly geplandOp: string,
    readonly vorigOverlegOp: string | null,
    readonly deelnemers: ReadonlyArray<{
      readonly naam: string,
      readonly organisatie: Organisatie,
      readonly aanwezig: boolean | null
    }>,
    readonly agenda: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly volgorde: number,
      readonly redenen: ReadonlyArray<string>,
      readonly toelichting: ReadonlyArray<string>,
      readonly handmatig: boolean,
      readonly casus: {
        readonly id: string,
        readonly groepId: string | null,
        readonly status: CasusStatus,
        readonly statusLabel: string,
        readonly spoor: number | null,
        readonly kansarm: boolean | null,
        readonly land: string | null,
        readonly locatieCode: string | null,
        readonly deelnemers: ReadonlyArray<Organisatie>,
        readonly aangemeldOp: string,
        readonly bijgewerktOp: string,
        readonly nieuweSignalen: number,
        readonly actiesTeLaat: number,
        readonly persoon: {
          readonly id: string
        },
        readonly procesregisseur: {
          readonly sub: string | null,
          readonly naam: string,
          readonly organisatie: Organisatie
        }
      } | null,
      readonly besluiten: ReadonlyArray<{
        readonly id: string,
        readonly casusId: string,
        readonly tekst: string,
        readonly doorOrganisatie: Organisatie,
        readonly tijdstip: string,
        readonly actieId: string | null,
        readonly actie: {
          readonly id: string,
          readonly casusId: string,
          readonly omschrijving: string,
          readonly eigenaarOrganisatie: Organisatie,
          readonly eigenaarPersoon: string | null,
          readonly deadline: string,
          readonly status: string,
          readonly teLaat: boolean,
          readonly geescaleerdOp: string | null,
          readonly besluitId: string | null,
          readonly afgerondOp: string | null
        } | null
      }>
    }>
  }
};

export type VernieuwAgendaMutationVariables = Exact<{
  overlegId: string | number;
}>;


export type VernieuwAgendaMutation = {
  readonly vernieuwAgenda: {
    readonly id: string,
    readonly soort: OverlegSoort,
    readonly titel: string,
    readonly locatieCode: string | null,
    readonly geplandOp: string,
    readonly vorigOverlegOp: string | null,
    readonly deelnemers: ReadonlyArray<{
      readonly naam: string,
      readonly organisatie: Organisatie,
      readonly aanwezig: boolean | null
    }>,
    readonly agenda: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly volgorde: number,
      readonly redenen: ReadonlyArray<string>,
      readonly toelichting: ReadonlyArray<string>,
      readonly handmatig: boolean,
      readonly casus: {
        readonly id: string,
        readonly groepId: string | null,
        readonly status: CasusStatus,
        readonly statusLabel: string,
        readonly spoor: number | null,
        readonly kansarm: boolean | null,
        readonly land: string | null,
        readonly locatieCode: string | null,
        readonly deelnemers: ReadonlyArray<Organisatie>,
        readonly aangemeldOp: string,
        readonly bijgewerktOp: string,
        readonly nieuweSignalen: number,
        readonly actiesTeLaat: number,
        readonly persoon: {
          readonly id: string
        },
        readonly procesregisseur: {
          readonly sub: string | null,
          readonly naam: string,
          readonly organisatie: Organisatie
        }
      } | null,
      readonly besluiten: ReadonlyArray<{
        readonly id: string,
        readonly casusId: string,
        readonly tekst: string,
        readonly doorOrganisatie: Organisatie,
        readonly tijdstip: string,
        readonly actieId: string | null,
        readonly actie: {
          readonly id: string,
          readonly casusId: string,
          readonly omschrijving: string,
          readonly eigenaarOrganisatie: Organisatie,
          readonly eigenaarPersoon: string | null,
          readonly deadline: string,
          readonly status: string,
          readonly teLaat: boolean,
          readonly geescaleerdOp: string | null,
          readonly besluitId: string | null,
          readonly afgerondOp: string | null
        } | null
      }>
    }>
  }
};

export type VerplaatsAgendapuntMutationVariables = Exact<{
  agendapuntId: string | number;
  volgorde: number;
}>;


export type VerplaatsAgendapuntMutation = {
  readonly verplaatsAgendapunt: {
    readonly id: string,
    readonly soort: OverlegSoort,
    readonly titel: string,
    readonly locatieCode: string | null,
    readonly geplandOp: string,
    readonly vorigOverlegOp: string | null,
    readonly deelnemers: ReadonlyArray<{
      readonly naam: string,
      readonly organisatie: Organisatie,
      readonly aanwezig: boolean | null
    }>,
    readonly agenda: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly volgorde: number,
      readonly redenen: ReadonlyArray<string>,
      readonly toelichting: ReadonlyArray<string>,
      readonly handmatig: boolean,
      readonly casus: {
        readonly id: string,
        readonly groepId: string | null,
        readonly status: CasusStatus,
        readonly statusLabel: string,
        readonly spoor: number | null,
        readonly kansarm: boolean | null,
        readonly land: string | null,
        readonly locatieCode: string | null,
        readonly deelnemers: ReadonlyArray<Organisatie>,
        readonly aangemeldOp: string,
        readonly bijgewerktOp: string,
        readonly nieuweSignalen: number,
        readonly actiesTeLaat: number,
        readonly persoon: {
          readonly id: string
        },
        readonly procesregisseur: {
          readonly sub: string | null,
          readonly naam: string,
          readonly organisatie: Organisatie
        }
      } | null,
      readonly besluiten: ReadonlyArray<{
        readonly id: string,
        readonly casusId: string,
        readonly tekst: string,
        readonly doorOrganisatie: Organisatie,
        readonly tijdstip: string,
        readonly actieId: string | null,
        readonly actie: {
          readonly id: string,
          readonly casusId: string,
          readonly omschrijving: string,
          readonly eigenaarOrganisatie: Organisatie,
          readonly eigenaarPersoon: string | null,
          readonly deadline: string,
          readonly status: string,
          readonly teLaat: boolean,
          readonly geescaleerdOp: string | null,
          readonly besluitId: string | null,
          readonly afgerondOp: string | null
        } | null
      }>
    }>
  }
};

export type VoegAgendapuntToeMutationVariables = Exact<{
  overlegId: string | number;
  casusId: string | number;
}>;


export type VoegAgendapuntToeMutation = {
  readonly voegAgendapuntToe: {
    readonly id: string,
    readonly soort: OverlegSoort,
    readonly titel: string,
    readonly locatieCode: string | null,
    readonly geplandOp: string,
    readonly vorigOverlegOp: string | null,
    readonly deelnemers: ReadonlyArray<{
      readonly naam: string,
      readonly organisatie: Organisatie,
      readonly aanwezig: boolean | null
    }>,
    readonly agenda: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string,
      readonly volgorde: number,
      readonly redenen: ReadonlyArray<string>,
      readonly toelichting: ReadonlyArray<string>,
      readonly handmatig: boolean,
      readonly casus: {
        readonly id: string,
        readonly groepId: string | null,
        readonly status: CasusStatus,
        readonly statusLabel: string,
        readonly spoor: number | null,
        readonly kansarm: boolean | null,
        readonly land: string | null,
        readonly locatieCode: string | null,
        readonly deelnemers: ReadonlyArray<Organisatie>,
        readonly aangemeldOp: string,
        readonly bijgewerktOp: string,
        readonly nieuweSignalen: number,
        readonly actiesTeLaat: number,
        readonly persoon: {
          readonly id: string
        },
        readonly procesregisseur: {
          readonly sub: string | null,
          readonly naam: string,
          readonly organisatie: Organisatie
        }
      } | null,
      readonly besluiten: ReadonlyArray<{
        readonly id: string,
        readonly casusId: string,
        readonly tekst: string,
        readonly doorOrganisatie: Organisatie,
        readonly tijdstip: string,
        readonly actieId: string | null,
        readonly actie: {
          readonly id: string,
          readonly casusId: string,
          readonly omschrijving: string,
          readonly eigenaarOrganisatie: Organisatie,
          readonly eigenaarPersoon: string | null,
          readonly deadline: string,
          readonly status: string,
          readonly teLaat: boolean,
          readonly geescaleerdOp: string | null,
          readonly besluitId: string | null,
          readonly afgerondOp: string | null
        } | null
      }>
    }>
  }
};

export type VolgendeVergaderingQueryVariables = Exact<{
  soort: OverlegSoort;
}>;


export type VolgendeVergaderingQuery = {
  readonly volgendeVergadering: string | null
};

export type KenVNummerToeMutationVariables = Exact<{
  persoonId: string | number;
  vNummer: string;
  reden: string;
}>;


export type KenVNummerToeMutation = {
  readonly kenVNummerToe: {
    readonly id: string,
    readonly vNummer: string | null
  }
};

export type VoegPersonenSamenMutationVariables = Exact<{
  invoer: VoegPersonenSamenInvoer;
}>;


export type VoegPersonenSamenMutation = {
  readonly voegPersonenSamen: {
    readonly id: string,
    readonly behoudenId: string,
    readonly aantalSignalen: number
  }
};

export type PersoonKernFragment = {
  readonly id: string,
  readonly vNummer: string | null,
  readonly naam: string | null,
  readonly geboortedatum: string | null,
  readonly nationaliteit: string | null,
  readonly geboortejaar: number | null,
  readonly coaNummer: string | null,
  readonly omschrijving: string | null,
  readonly status: string
};

export type DublinClaimVeldenFragment = {
  readonly lidstaat: string,
  readonly akkoordOp: string,
  readonly overdrachtUiterlijk: string,
  readonly verlengdWegensDetentie: boolean
};

export type AfdoeningsadviesVeldenFragment = {
  readonly tekst: string,
  readonly door: string,
  readonly bijgewerktOp: string
};

export type KetenbeeldQueryVariables = Exact<{
  id: string | number;
  metKoppelen: boolean;
  metPlanning: boolean;
}>;


export type KetenbeeldQuery = {
  readonly persoon: {
    readonly samengevoegdIn: string | null,
    readonly id: string,
    readonly vNummer: string | null,
    readonly naam: string | null,
    readonly geboortedatum: string | null,
    readonly nationaliteit: string | null,
    readonly geboortejaar: number | null,
    readonly coaNummer: string | null,
    readonly omschrijving: string | null,
    readonly status: string,
    readonly aliassen: ReadonlyArray<{
      readonly naam: string,
      readonly bron: string,
      readonly toegevoegdOp: string
    }>,
    readonly kandidaten?: ReadonlyArray<{
      readonly score: number,
      readonly redenen: ReadonlyArray<string>,
      readonly persoon: {
        readonly id: string,
        readonly vNummer: string | null,
        readonly naam: string | null,
        readonly geboortedatum: string | null,
        readonly nationaliteit: string | null,
        readonly geboortejaar: number | null,
        readonly coaNummer: string | null,
        readonly omschrijving: string | null,
        readonly status: string
      }
    }>,
    readonly samenvoegingen: ReadonlyArray<{
      readonly id: string,
      readonly behoudenId: string,
      readonly opgaandId: string,
      readonly reden: string,
      readonly op: string,
      readonly doorOrganisatie: string,
      readonly aantalSignalen: number,
      readonly gesplitstOp: string | null,
      readonly gesplitstReden: string | null
    }>,
    readonly signalen: ReadonlyArray<{
      readonly id: string,
      readonly bronOrganisatie: Organisatie,
      readonly bronReferentie: string,
      readonly categorie: string,
      readonly categorieLabel: string,
      readonly subcategorieLabel: string | null,
      readonly tijdstipIncident: string,
      readonly tijdstipMelding: string,
      readonly geregistreerdOp: string,
      readonly geregistreerdDoor: Organisatie,
      readonly ernst: number,
      readonly vpt: boolean,
      readonly status: string,
      readonly versie: number,
      readonly plaats: {
        readonly gemeente: string | null,
        readonly locatieCode: string | null
      }
    }>
  } | null,
  readonly kernteam: {
    readonly id: string,
    readonly signaalMeldingen: ReadonlyArray<{
      readonly signaalId: string,
      readonly categorie: string,
      readonly tijdstipIncident: string,
      readonly ontvangenOp: string,
      readonly status: string
    }> | null,
    readonly casussen: ReadonlyArray<{
      readonly id: string,
      readonly groepId: string | null,
      readonly status: CasusStatus,
      readonly statusLabel: string,
      readonly spoor: number | null,
      readonly kansarm: boolean | null,
      readonly land: string | null,
      readonly locatieCode: string | null,
      readonly procedurefase: string | null,
      readonly deelnemers: ReadonlyArray<Organisatie>,
      readonly doorverwezenNaar: Doorverwijzing | null,
      readonly aangemeldOp: string,
      readonly afgerondOp: string | null,
      readonly bijgewerktOp: string,
      readonly nieuweSignalen: number,
      readonly actiesTeLaat: number,
      readonly procesregisseur: {
        readonly sub: string | null,
        readonly naam: string,
        readonly organisatie: Organisatie
      },
      readonly signalen: ReadonlyArray<{
        readonly signaalId: string,
        readonly gekoppeldOp: string,
        readonly nieuw: boolean
      }>,
      readonly maatregelen: ReadonlyArray<{
        readonly id: string,
        readonly code: string,
        readonly naam: string,
        readonly soort: string,
        readonly eigenaar: Organisatie,
        readonly wettelijkeGrondslag: string | null,
        readonly start: string,
        readonly eind: string | null,
        readonly reden: string,
        readonly status: string,
        readonly beeindigdReden: string | null,
        readonly termijnId: string | null,
        readonly groepActieId: string | null
      }>,
      readonly acties: ReadonlyArray<{
        readonly id: string,
        readonly casusId: string,
        readonly omschrijving: string,
        readonly eigenaarOrganisatie: Organisatie,
        readonly eigenaarPersoon: string | null,
        readonly deadline: string,
        readonly status: string,
        readonly teLaat: boolean,
        readonly geescaleerdOp: string | null,
        readonly besluitId: string | null,
        readonly afgerondOp: string | null
      }>,
      readonly tijdlijn: ReadonlyArray<{
        readonly tijdstip: string,
        readonly soort: string,
        readonly omschrijving: string,
        readonly refId: string | null,
        readonly organisatie: Organisatie | null
      }>
    }> | null,
    readonly topx: ReadonlyArray<{
      readonly regio: string,
      readonly maand: string,
      readonly rang: number,
      readonly score: number,
      readonly uitleg: string
    }> | null
  } | null,
  readonly strafrecht: {
    readonly id: string,
    readonly zsmSignaalOverzicht: ReadonlyArray<{
      readonly categorie: string,
      readonly aantal: number,
      readonly laatste: string
    }> | null,
    readonly zsmRegistraties: ReadonlyArray<{
      readonly id: string,
      readonly zsmReferentie: string,
      readonly aanhoudingOp: string,
      readonly delict: string,
      readonly omschrijving: string,
      readonly vpt: boolean,
      readonly zsmLocatie: string,
      readonly custodyKlokkenGestart: boolean,
      readonly afdoeningen: ReadonlyArray<{
        readonly soort: string,
        readonly soortLabel: string,
        readonly besluitOp: string,
        readonly vrijlatingOp: string | null,
        readonly toelichting: string | null
      }>
    }> | null,
    readonly detenties: ReadonlyArray<{
      readonly id: string,
      readonly soort: string,
      readonly begin: string,
      readonly eind: string | null,
      readonly inrichting: string
    }> | null,
    readonly dublinClaim: {
      readonly lidstaat: string,
      readonly akkoordOp: string,
      readonly overdrachtUiterlijk: string,
      readonly verlengdWegensDetentie: boolean
    } | null,
    readonly afdoeningsadvies: {
      readonly tekst: string,
      readonly door: string,
      readonly bijgewerktOp: string
    } | null
  } | null,
  readonly planning: {
    readonly id: string,
    readonly plaatsingen: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string | null,
      readonly locatie: string,
      readonly locatieNaam: string,
      readonly locatieSoort: string,
      readonly status: string,
      readonly statusLabel: string,
      readonly van: string,
      readonly tot: string | null,
      readonly werkelijkEind: string | null,
      readonly eindReden: string | null,
      readonly prioriteit: number,
      readonly artikel56: boolean,
      readonly bewaringVerlengd: boolean,
      readonly overslaanReden: string | null,
      readonly toelichting: string,
      readonly vervangtPlaatsingId: string | null,
      readonly termijnId: string | null,
      readonly voorgesteldDoor: string,
      readonly voorgesteldOp: string,
      readonly wachtlijstSinds: string | null,
      readonly aangebodenOp: string | null,
      readonly persoon: {
        readonly id: string
      },
      readonly bevindingen: ReadonlyArray<{
        readonly code: string,
        readonly regel: string | null,
        readonly tekst: string,
        readonly blokkerend: boolean
      }>
    }> | null,
    readonly inhuisregistratiePlichten: ReadonlyArray<{
      readonly id: string,
      readonly locatie: string,
      readonly van: string,
      readonly tot: string | null,
      readonly reden: string
    }> | null,
    readonly inhuisregistraties: ReadonlyArray<{
      readonly datum: string,
      readonly venster: string,
      readonly locatie: string,
      readonly tijdstip: string | null,
      readonly gemist: boolean,
      readonly signaalId: string | null
    }> | null,
    readonly procedurePlannen: ReadonlyArray<{
      readonly aanmelding: string,
      readonly spoor: number,
      readonly rvtOnthouden: boolean,
      readonly verblijfLocatie: string | null,
      readonly casus: {
        readonly id: string
      },
      readonly persoon: {
        readonly id: string
      },
      readonly stappen: ReadonlyArray<{
        readonly stap: string,
        readonly label: string,
        readonly nvt: boolean,
        readonly gepland: string | null,
        readonly werkelijk: string | null,
        readonly uiterlijk: string | null,
        readonly regel: string | null,
        readonly uitleg: string,
        readonly vertraagd: boolean,
        readonly afspraakOp: string | null,
        readonly afspraakLocatie: string | null,
        readonly slotWeek: string | null,
        readonly transportAangevraagd: boolean
      }>,
      readonly ttsd: {
        readonly kengetal: string,
        readonly doelDatum: string,
        readonly geplandeDatum: string,
        readonly werkelijkeDatum: string | null,
        readonly dagenGepland: number,
        readonly dagenWerkelijk: number | null,
        readonly speling: number,
        readonly risico: string,
        readonly uitleg: string
      }
    }> | null
  } | null,
  readonly locaties?: ReadonlyArray<{
    readonly code: string,
    readonly naam: string
  }>
};

export type RegistreerDublinAkkoordMutationVariables = Exact<{
  persoonId: string | number;
  lidstaat: string;
  akkoordOp: string;
}>;


export type RegistreerDublinAkkoordMutation = {
  readonly registreerDublinAkkoord: {
    readonly lidstaat: string,
    readonly akkoordOp: string,
    readonly overdrachtUiterlijk: string,
    readonly verlengdWegensDetentie: boolean
  }
};

export type SchrijfAfdoeningsadviesMutationVariables = Exact<{
  persoonId: string | number;
  tekst: string;
}>;


export type SchrijfAfdoeningsadviesMutation = {
  readonly schrijfAfdoeningsadvies: {
    readonly tekst: string,
    readonly door: string,
    readonly bijgewerktOp: string
  }
};

export type SplitsSamenvoegingMutationVariables = Exact<{
  samenvoegingId: string | number;
  reden: string;
}>;


export type SplitsSamenvoegingMutation = {
  readonly splitsSamenvoeging: {
    readonly id: string,
    readonly gesplitstOp: string | null,
    readonly gesplitstReden: string | null
  }
};

export type ZoekPersonenQueryVariables = Exact<{
  zoekterm: string;
  eerste: number;
}>;


export type ZoekPersonenQuery = {
  readonly zoekPersonen: {
    readonly meer: boolean,
    readonly treffers: ReadonlyArray<{
      readonly gevondenOp: string,
      readonly alias: string | null,
      readonly persoon: {
        readonly samengevoegdIn: string | null,
        readonly id: string,
        readonly vNummer: string | null,
        readonly naam: string | null,
        readonly geboortedatum: string | null,
        readonly nationaliteit: string | null,
        readonly geboortejaar: number | null,
        readonly coaNummer: string | null,
        readonly omschrijving: string | null,
        readonly status: string
      }
    }>
  }
};

export type BeeindigPlaatsingMutationVariables = Exact<{
  id: string | number;
  op: string;
  reden: string;
}>;


export type BeeindigPlaatsingMutation = {
  readonly beeindigPlaatsing: {
    readonly id: string,
    readonly casusId: string | null,
    readonly locatie: string,
    readonly locatieNaam: string,
    readonly locatieSoort: string,
    readonly status: string,
    readonly statusLabel: string,
    readonly van: string,
    readonly tot: string | null,
    readonly werkelijkEind: string | null,
    readonly eindReden: string | null,
    readonly prioriteit: number,
    readonly artikel56: boolean,
    readonly bewaringVerlengd: boolean,
    readonly overslaanReden: string | null,
    readonly toelichting: string,
    readonly vervangtPlaatsingId: string | null,
    readonly termijnId: string | null,
    readonly voorgesteldDoor: string,
    readonly voorgesteldOp: string,
    readonly wachtlijstSinds: string | null,
    readonly aangebodenOp: string | null,
    readonly persoon: {
      readonly id: string
    },
    readonly bevindingen: ReadonlyArray<{
      readonly code: string,
      readonly regel: string | null,
      readonly tekst: string,
      readonly blokkerend: boolean
    }>
  }
};

export type BeoordeelPlaatsingQueryVariables = Exact<{
  invoer: PlaatsingVoorstelInvoer;
}>;


export type BeoordeelPlaatsingQuery = {
  readonly beoordeelPlaatsing: {
    readonly toegestaan: boolean,
    readonly tot: string | null,
    readonly maximaleTot: string | null,
    readonly trede: string | null,
    readonly volOp: string | null,
    readonly bevindingen: ReadonlyArray<{
      readonly code: string,
      readonly regel: string | null,
      readonly tekst: string,
      readonly blokkerend: boolean
    }>
  }
};

export type CapaciteitsbordQueryVariables = Exact<{
  vanaf?: string | null | undefined;
  weken?: number | null | undefined;
  locaties?: ReadonlyArray<string> | string | null | undefined;
}>;


export type CapaciteitsbordQuery = {
  readonly capaciteitsbord: ReadonlyArray<{
    readonly wachtlijst: number,
    readonly locatie: {
      readonly code: string,
      readonly naam: string,
      readonly soort: string,
      readonly soortLabel: string,
      readonly capaciteit: number
    },
    readonly dagen: ReadonlyArray<{
      readonly datum: string,
      readonly capaciteit: number,
      readonly bezet: number,
      readonly vrij: number
    }>
  }>
};

export type IndSlotWeekVeldenFragment = {
  readonly week: string,
  readonly maandag: string,
  readonly gereserveerd: number,
  readonly ingepland: number,
  readonly verwacht: number,
  readonly vrij: number,
  readonly status: string,
  readonly uitleg: string
};

export type IndSlotKalenderQueryVariables = Exact<{
  vanafWeek?: string | null | undefined;
  weken?: number | null | undefined;
}>;


export type IndSlotKalenderQuery = {
  readonly indSlotKalender: ReadonlyArray<{
    readonly week: string,
    readonly maandag: string,
    readonly gereserveerd: number,
    readonly ingepland: number,
    readonly verwacht: number,
    readonly vrij: number,
    readonly status: string,
    readonly uitleg: string
  }>
};

export type InhuisregistratieDagQueryVariables = Exact<{
  locatie: string;
  datum?: string | null | undefined;
}>;


export type InhuisregistratieDagQuery = {
  readonly inhuisregistratieDag: ReadonlyArray<{
    readonly locatie: string,
    readonly datum: string,
    readonly venster: string,
    readonly begin: string,
    readonly eind: string,
    readonly stand: string,
    readonly verwacht: ReadonlyArray<{
      readonly vNummer: string | null,
      readonly naam: string | null,
      readonly geregistreerdOp: string | null,
      readonly gemist: boolean,
      readonly persoon: {
        readonly id: string,
        readonly vNummer: string | null,
        readonly naam: string | null,
        readonly nationaliteit: string | null,
        readonly coaNummer: string | null,
        readonly omschrijving: string | null
      }
    }>
  }>
};

export type KeurPlaatsingGoedMutationVariables = Exact<{
  id: string | number;
  toelichting?: string | null | undefined;
}>;


export type KeurPlaatsingGoedMutation = {
  readonly keurPlaatsingGoed: {
    readonly id: string,
    readonly casusId: string | null,
    readonly locatie: string,
    readonly locatieNaam: string,
    readonly locatieSoort: string,
    readonly status: string,
    readonly statusLabel: string,
    readonly van: string,
    readonly tot: string | null,
    readonly werkelijkEind: string | null,
    readonly eindReden: string | null,
    readonly prioriteit: number,
    readonly artikel56: boolean,
    readonly bewaringVerlengd: boolean,
    readonly overslaanReden: string | null,
    readonly toelichting: string,
    readonly vervangtPlaatsingId: string | null,
    readonly termijnId: string | null,
    readonly voorgesteldDoor: string,
    readonly voorgesteldOp: string,
    readonly wachtlijstSinds: string | null,
    readonly aangebodenOp: string | null,
    readonly persoon: {
      readonly id: string
    },
    readonly bevindingen: ReadonlyArray<{
      readonly code: string,
      readonly regel: string | null,
      readonly tekst: string,
      readonly blokkerend: boolean
    }>
  }
};

export type LegProcesstapVastMutationVariables = Exact<{
  invoer: ProcesstapInvoer;
}>;


export type LegProcesstapVastMutation = {
  readonly legProcesstapVast: {
    readonly waarschuwingen: ReadonlyArray<string>,
    readonly plan: {
      readonly aanmelding: string,
      readonly spoor: number,
      readonly rvtOnthouden: boolean,
      readonly verblijfLocatie: string | null,
      readonly casus: {
        readonly id: string
      },
      readonly persoon: {
        readonly id: string
      },
      readonly stappen: ReadonlyArray<{
        readonly stap: string,
        readonly label: string,
        readonly nvt: boolean,
        readonly gepland: string | null,
        readonly werkelijk: string | null,
        readonly uiterlijk: string | null,
        readonly regel: string | null,
        readonly uitleg: string,
        readonly vertraagd: boolean,
        readonly afspraakOp: string | null,
        readonly afspraakLocatie: string | null,
        readonly slotWeek: string | null,
        readonly transportAangevraagd: boolean
      }>,
      readonly ttsd: {
        readonly kengetal: string,
        readonly doelDatum: string,
        readonly geplandeDatum: string,
        readonly werkelijkeDatum: string | null,
        readonly dagenGepland: number,
        readonly dagenWerkelijk: number | null,
        readonly speling: number,
        readonly risico: string,
        readonly uitleg: string
      }
    }
  }
};

export type PlanningLocatiesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanningLocatiesQuery = {
  readonly locaties: ReadonlyArray<{
    readonly code: string,
    readonly naam: string,
    readonly soort: string,
    readonly soortLabel: string,
    readonly regio: string,
    readonly gemeente: string,
    readonly capaciteit: number,
    readonly vensters: ReadonlyArray<{
      readonly code: string,
      readonly begin: string,
      readonly eind: string
    }>
  }>
};

export type PersoonPlanningQueryVariables = Exact<{
  id: string | number;
}>;


export type PersoonPlanningQuery = {
  readonly persoon: {
    readonly id: string,
    readonly vNummer: string | null,
    readonly naam: string | null,
    readonly plaatsingen: ReadonlyArray<{
      readonly id: string,
      readonly casusId: string | null,
      readonly locatie: string,
      readonly locatieNaam: string,
      readonly locatieSoort: string,
      readonly status: string,
      readonly statusLabel: string,
      readonly van: string,
      readonly tot: string | null,
      readonly werkelijkEind: string | null,
      readonly eindReden: string | null,
      readonly prioriteit: number,
      readonly artikel56: boolean,
      readonly bewaringVerlengd: boolean,
      readonly overslaanReden: string | null,
      readonly toelichting: string,
      readonly vervangtPlaatsingId: string | null,
      readonly termijnId: string | null,
      readonly voorgesteldDoor: string,
      readonly voorgesteldOp: string,
      readonly wachtlijstSinds: string | null,
      readonly aangebodenOp: string | null,
      readonly persoon: {
        readonly id: string
      },
      readonly bevindingen: ReadonlyArray<{
        readonly code: string,
        readonly regel: string | null,
        readonly tekst: string,
        readonly blokkerend: boolean
      }>
    }> | null,
    readonly inhuisregistratiePlichten: ReadonlyArray<{
      readonly id: string,
      readonly locatie: string,
      readonly van: string,
      readonly tot: string | null,
      readonly reden: string
    }> | null,
    readonly inhuisregistraties: ReadonlyArray<{
      readonly datum: string,
      readonly venster: string,
      readonly locatie: string,
      readonly tijdstip: string | null,
      readonly gemist: boolean,
      readonly signaalId: string | null
    }> | null,
    readonly procedurePlannen: ReadonlyArray<{
      readonly aanmelding: string,
      readonly spoor: number,
      readonly casus: {
        readonly id: string
      },
      readonly ttsd: {
        readonly kengetal: string,
        readonly doelDatum: string,
        readonly geplandeDatum: string,
        readonly werkelijkeDatum: string | null,
        readonly dagenGepland: number,
        readonly dagenWerkelijk: number | null,
        readonly speling: number,
        readonly risico: string,
        readonly uitleg: string
      }
    }> | null
  } | null
};

export type BevindingVeldenFragment = {
  readonly code: string,
  readonly regel: string | null,
  readonly tekst: string,
  readonly blokkerend: boolean
};

export type PlaatsingVeldenFragment = {
  readonly id: string,
  readonly casusId: string | null,
  readonly locatie: string,
  readonly locatieNaam: string,
  readonly locatieSoort: string,
  readonly status: string,
  readonly statusLabel: string,
  readonly van: string,
  readonly tot: string | null,
  readonly werkelijkEind: string | null,
  readonly eindReden: string | null,
  readonly prioriteit: number,
  readonly artikel56: boolean,
  readonly bewaringVerlengd: boolean,
  readonly overslaanReden: string | null,
  readonly toelichting: string,
  readonly vervangtPlaatsingId: string | null,
  readonly termijnId: string | null,
  readonly voorgesteldDoor: string,
  readonly voorgesteldOp: string,
  readonly wachtlijstSinds: string | null,
  readonly aangebodenOp: string | null,
  readonly persoon: {
    readonly id: string
  },
  readonly bevindingen: ReadonlyArray<{
    readonly code: string,
    readonly regel: string | null,
    readonly tekst: string,
    readonly blokkerend: boolean
  }>
};

export type PlaatsingenQueryVariables = Exact<{
  status?: ReadonlyArray<string> | string | null | undefined;
  locatie?: string | null | undefined;
  eerste?: number | null | undefined;
}>;


export type PlaatsingenQuery = {
  readonly plaatsingen: ReadonlyArray<{
    readonly id: string,
    readonly casusId: string | null,
    readonly locatie: string,
    readonly locatieNaam: string,
    readonly locatieSoort: string,
    readonly status: string,
    readonly statusLabel: string,
    readonly van: string,
    readonly tot: string | null,
    readonly werkelijkEind: string | null,
    readonly eindReden: string | null,
    readonly prioriteit: number,
    readonly artikel56: boolean,
    readonly bewaringVerlengd: boolean,
    readonly overslaanReden: string | null,
    readonly toelichting: string,
    readonly vervangtPlaatsingId: string | null,
    readonly termijnId: string | null,
    readonly voorgesteldDoor: string,
    readonly voorgesteldOp: string,
    readonly wachtlijstSinds: string | null,
    readonly aangebodenOp: string | null,
    readonly persoon: {
      readonly id: string,
      readonly vNummer: string | null,
      readonly naam: string | null,
      readonly nationaliteit: string | null,
      readonly coaNummer: string | null,
      readonly omschrijving: string | null
    },
    readonly bevindingen: ReadonlyArray<{
      readonly code: string,
      readonly regel: string | null,
      readonly tekst: string,
      readonly blokkerend: boolean
    }>
  }>
};

export type TtsdVeldenFragment = {
  readonly kengetal: string,
  readonly doelDatum: string,
  readonly geplandeDatum: string,
  readonly werkelijkeDatum: string | null,
  readonly dagenGepland: number,
  readonly dagenWerkelijk: number | null,
  readonly speling: number,
  readonly risico: string,
  readonly uitleg: string
};

export type ProcedurePlanVeldenFragment = {
  readonly aanmelding: string,
  readonly spoor: number,
  readonly rvtOnthouden: boolean,
  readonly verblijfLocatie: string | null,
  readonly casus: {
    readonly id: string
  },
  readonly persoon: {
    readonly id: string
  },
  readonly stappen: ReadonlyArray<{
    readonly stap: string,
    readonly label: string,
    readonly nvt: boolean,
    readonly gepland: string | null,
    readonly werkelijk: string | null,
    readonly uiterlijk: string | null,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly vertraagd: boolean,
    readonly afspraakOp: string | null,
    readonly afspraakLocatie: string | null,
    readonly slotWeek: string | null,
    readonly transportAangevraagd: boolean
  }>,
  readonly ttsd: {
    readonly kengetal: string,
    readonly doelDatum: string,
    readonly geplandeDatum: string,
    readonly werkelijkeDatum: string | null,
    readonly dagenGepland: number,
    readonly dagenWerkelijk: number | null,
    readonly speling: number,
    readonly risico: string,
    readonly uitleg: string
  }
};

export type CasusProcedurePlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CasusProcedurePlanQuery = {
  readonly casus: {
    readonly id: string,
    readonly procedurePlan: {
      readonly aanmelding: string,
      readonly spoor: number,
      readonly rvtOnthouden: boolean,
      readonly verblijfLocatie: string | null,
      readonly casus: {
        readonly id: string
      },
      readonly persoon: {
        readonly id: string
      },
      readonly stappen: ReadonlyArray<{
        readonly stap: string,
        readonly label: string,
        readonly nvt: boolean,
        readonly gepland: string | null,
        readonly werkelijk: string | null,
        readonly uiterlijk: string | null,
        readonly regel: string | null,
        readonly uitleg: string,
        readonly vertraagd: boolean,
        readonly afspraakOp: string | null,
        readonly afspraakLocatie: string | null,
        readonly slotWeek: string | null,
        readonly transportAangevraagd: boolean
      }>,
      readonly ttsd: {
        readonly kengetal: string,
        readonly doelDatum: string,
        readonly geplandeDatum: string,
        readonly werkelijkeDatum: string | null,
        readonly dagenGepland: number,
        readonly dagenWerkelijk: number | null,
        readonly speling: number,
        readonly risico: string,
        readonly uitleg: string
      }
    } | null
  }
};

export type ProcedurePlannenQueryVariables = Exact<{
  risico?: ReadonlyArray<string> | string | null | undefined;
  eerste?: number | null | undefined;
}>;


export type ProcedurePlannenQuery = {
  readonly procedurePlannen: ReadonlyArray<{
    readonly aanmelding: string,
    readonly spoor: number,
    readonly rvtOnthouden: boolean,
    readonly verblijfLocatie: string | null,
    readonly persoon: {
      readonly id: string,
      readonly vNummer: string | null,
      readonly naam: string | null,
      readonly nationaliteit: string | null,
      readonly coaNummer: string | null,
      readonly omschrijving: string | null
    },
    readonly casus: {
      readonly id: string
    },
    readonly stappen: ReadonlyArray<{
      readonly stap: string,
      readonly label: string,
      readonly nvt: boolean,
      readonly gepland: string | null,
      readonly werkelijk: string | null,
      readonly uiterlijk: string | null,
      readonly regel: string | null,
      readonly uitleg: string,
      readonly vertraagd: boolean,
      readonly afspraakOp: string | null,
      readonly afspraakLocatie: string | null,
      readonly slotWeek: string | null,
      readonly transportAangevraagd: boolean
    }>,
    readonly ttsd: {
      readonly kengetal: string,
      readonly doelDatum: string,
      readonly geplandeDatum: string,
      readonly werkelijkeDatum: string | null,
      readonly dagenGepland: number,
      readonly dagenWerkelijk: number | null,
      readonly speling: number,
      readonly risico: string,
      readonly uitleg: string
    }
  }>
};

export type RegistreerInhuisregistratiesMutationVariables = Exact<{
  locatie: string;
  registraties: ReadonlyArray<InhuisregistratieInvoer> | InhuisregistratieInvoer;
}>;


export type RegistreerInhuisregistratiesMutation = {
  readonly registreerInhuisregistraties: {
    readonly locatie: string,
    readonly geregistreerd: number,
    readonly alGeregistreerd: number
  }
};

export type ReserveerIndSlotsMutationVariables = Exact<{
  week: string;
  gereserveerd: number;
}>;


export type ReserveerIndSlotsMutation = {
  readonly reserveerIndSlots: {
    readonly week: string,
    readonly maandag: string,
    readonly gereserveerd: number,
    readonly ingepland: number,
    readonly verwacht: number,
    readonly vrij: number,
    readonly status: string,
    readonly uitleg: string
  }
};

export type StartPlaatsingMutationVariables = Exact<{
  id: string | number;
  op?: string | null | undefined;
}>;


export type StartPlaatsingMutation = {
  readonly startPlaatsing: {
    readonly id: string,
    readonly casusId: string | null,
    readonly locatie: string,
    readonly locatieNaam: string,
    readonly locatieSoort: string,
    readonly status: string,
    readonly statusLabel: string,
    readonly van: string,
    readonly tot: string | null,
    readonly werkelijkEind: string | null,
    readonly eindReden: string | null,
    readonly prioriteit: number,
    readonly artikel56: boolean,
    readonly bewaringVerlengd: boolean,
    readonly overslaanReden: string | null,
    readonly toelichting: string,
    readonly vervangtPlaatsingId: string | null,
    readonly termijnId: string | null,
    readonly voorgesteldDoor: string,
    readonly voorgesteldOp: string,
    readonly wachtlijstSinds: string | null,
    readonly aangebodenOp: string | null,
    readonly persoon: {
      readonly id: string
    },
    readonly bevindingen: ReadonlyArray<{
      readonly code: string,
      readonly regel: string | null,
      readonly tekst: string,
      readonly blokkerend: boolean
    }>
  }
};

export type StelPlaatsingVoorMutationVariables = Exact<{
  invoer: PlaatsingVoorstelInvoer;
}>;


export type StelPlaatsingVoorMutation = {
  readonly stelPlaatsingVoor: {
    readonly id: string,
    readonly casusId: string | null,
    readonly locatie: string,
    readonly locatieNaam: string,
    readonly locatieSoort: string,
    readonly status: string,
    readonly statusLabel: string,
    readonly van: string,
    readonly tot: string | null,
    readonly werkelijkEind: string | null,
    readonly eindReden: string | null,
    readonly prioriteit: number,
    readonly artikel56: boolean,
    readonly bewaringVerlengd: boolean,
    readonly overslaanReden: string | null,
    readonly toelichting: string,
    readonly vervangtPlaatsingId: string | null,
    readonly termijnId: string | null,
    readonly voorgesteldDoor: string,
    readonly voorgesteldOp: string,
    readonly wachtlijstSinds: string | null,
    readonly aangebodenOp: string | null,
    readonly persoon: {
      readonly id: string
    },
    readonly bevindingen: ReadonlyArray<{
      readonly code: string,
      readonly regel: string | null,
      readonly tekst: string,
      readonly blokkerend: boolean
    }>
  }
};

export type StelProcedurePlanOpMutationVariables = Exact<{
  invoer: ProcedurePlanInvoer;
}>;


export type StelProcedurePlanOpMutation = {
  readonly stelProcedurePlanOp: {
    readonly aanmelding: string,
    readonly spoor: number,
    readonly rvtOnthouden: boolean,
    readonly verblijfLocatie: string | null,
    readonly casus: {
      readonly id: string
    },
    readonly persoon: {
      readonly id: string
    },
    readonly stappen: ReadonlyArray<{
      readonly stap: string,
      readonly label: string,
      readonly nvt: boolean,
      readonly gepland: string | null,
      readonly werkelijk: string | null,
      readonly uiterlijk: string | null,
      readonly regel: string | null,
      readonly uitleg: string,
      readonly vertraagd: boolean,
      readonly afspraakOp: string | null,
      readonly afspraakLocatie: string | null,
      readonly slotWeek: string | null,
      readonly transportAangevraagd: boolean
    }>,
    readonly ttsd: {
      readonly kengetal: string,
      readonly doelDatum: string,
      readonly geplandeDatum: string,
      readonly werkelijkeDatum: string | null,
      readonly dagenGepland: number,
      readonly dagenWerkelijk: number | null,
      readonly speling: number,
      readonly risico: string,
      readonly uitleg: string
    }
  }
};

export type WijsPlaatsingAfMutationVariables = Exact<{
  id: string | number;
  reden: string;
}>;


export type WijsPlaatsingAfMutation = {
  readonly wijsPlaatsingAf: {
    readonly id: string,
    readonly casusId: string | null,
    readonly locatie: string,
    readonly locatieNaam: string,
    readonly locatieSoort: string,
    readonly status: string,
    readonly statusLabel: string,
    readonly van: string,
    readonly tot: string | null,
    readonly werkelijkEind: string | null,
    readonly eindReden: string | null,
    readonly prioriteit: number,
    readonly artikel56: boolean,
    readonly bewaringVerlengd: boolean,
    readonly overslaanReden: string | null,
    readonly toelichting: string,
    readonly vervangtPlaatsingId: string | null,
    readonly termijnId: string | null,
    readonly voorgesteldDoor: string,
    readonly voorgesteldOp: string,
    readonly wachtlijstSinds: string | null,
    readonly aangebodenOp: string | null,
    readonly persoon: {
      readonly id: string
    },
    readonly bevindingen: ReadonlyArray<{
      readonly code: string,
      readonly regel: string | null,
      readonly tekst: string,
      readonly blokkerend: boolean
    }>
  }
};

export type WijzigCapaciteitMutationVariables = Exact<{
  invoer: CapaciteitInvoer;
}>;


export type WijzigCapaciteitMutation = {
  readonly wijzigCapaciteit: {
    readonly locatie: string,
    readonly vanaf: string,
    readonly capaciteit: number,
    readonly reden: string
  }
};

export type CorrigeerSignaalMutationVariables = Exact<{
  signaalId: string | number;
  correctie: SignaalCorrectie;
  reden: string;
}>;


export type CorrigeerSignaalMutation = {
  readonly corrigeerSignaal: {
    readonly id: string,
    readonly bronOrganisatie: Organisatie,
    readonly bronReferentie: string,
    readonly categorie: string,
    readonly categorieLabel: string,
    readonly subcategorie: string | null,
    readonly subcategorieLabel: string | null,
    readonly ernst: number,
    readonly omschrijving: string,
    readonly tijdstipIncident: string,
    readonly tijdstipMelding: string,
    readonly geregistreerdOp: string,
    readonly geregistreerdDoor: Organisatie,
    readonly aangifte: boolean,
    readonly pvNummer: string | null,
    readonly status: string,
    readonly versie: number,
    readonly vpt: boolean,
    readonly plaats: {
      readonly gemeente: string | null,
      readonly locatieCode: string | null,
      readonly breedtegraad: number | null,
      readonly lengtegraad: number | null
    },
    readonly personen: ReadonlyArray<{
      readonly id: string,
      readonly vNummer: string | null,
      readonly naam: string | null,
      readonly geboortedatum: string | null,
      readonly geboortejaar: number | null,
      readonly nationaliteit: string | null,
      readonly coaNummer: string | null,
      readonly omschrijving: string | null
    }>,
    readonly historie: ReadonlyArray<{
      readonly versie: number,
      readonly actie: string,
      readonly tijdstip: string,
      readonly doorOrganisatie: Organisatie,
      readonly reden: string | null,
      readonly gegevens: string
    }>
  }
};

export type SignaalDetailVeldenFragment = {
  readonly id: string,
  readonly bronOrganisatie: Organisatie,
  readonly bronReferentie: string,
  readonly categorie: string,
  readonly categorieLabel: string,
  readonly subcategorie: string | null,
  readonly subcategorieLabel: string | null,
  readonly ernst: number,
  readonly omschrijving: string,
  readonly tijdstipIncident: string,
  readonly tijdstipMelding: string,
  readonly geregistreerdOp: string,
  readonly geregistreerdDoor: Organisatie,
  readonly aangifte: boolean,
  readonly pvNummer: string | null,
  readonly status: string,
  readonly versie: number,
  readonly vpt: boolean,
  readonly plaats: {
    readonly gemeente: string | null,
    readonly locatieCode: string | null,
    readonly breedtegraad: number | null,
    readonly lengtegraad: number | null
  },
  readonly personen: ReadonlyArray<{
    readonly id: string,
    readonly vNummer: string | null,
    readonly naam: string | null,
    readonly geboortedatum: string | null,
    readonly geboortejaar: number | null,
    readonly nationaliteit: string | null,
    readonly coaNummer: string | null,
    readonly omschrijving: string | null
  }>,
  readonly historie: ReadonlyArray<{
    readonly versie: number,
    readonly actie: string,
    readonly tijdstip: string,
    readonly doorOrganisatie: Organisatie,
    readonly reden: string | null,
    readonly gegevens: string
  }>
};

export type SignaalQueryVariables = Exact<{
  id: string | number;
}>;


export type SignaalQuery = {
  readonly signaal: {
    readonly id: string,
    readonly bronOrganisatie: Organisatie,
    readonly bronReferentie: string,
    readonly categorie: string,
    readonly categorieLabel: string,
    readonly subcategorie: string | null,
    readonly subcategorieLabel: string | null,
    readonly ernst: number,
    readonly omschrijving: string,
    readonly tijdstipIncident: string,
    readonly tijdstipMelding: string,
    readonly geregistreerdOp: string,
    readonly geregistreerdDoor: Organisatie,
    readonly aangifte: boolean,
    readonly pvNummer: string | null,
    readonly status: string,
    readonly versie: number,
    readonly vpt: boolean,
    readonly plaats: {
      readonly gemeente: string | null,
      readonly locatieCode: string | null,
      readonly breedtegraad: number | null,
      readonly lengtegraad: number | null
    },
    readonly personen: ReadonlyArray<{
      readonly id: string,
      readonly vNummer: string | null,
      readonly naam: string | null,
      readonly geboortedatum: string | null,
      readonly geboortejaar: number | null,
      readonly nationaliteit: string | null,
      readonly coaNummer: string | null,
      readonly omschrijving: string | null
    }>,
    readonly historie: ReadonlyArray<{
      readonly versie: number,
      readonly actie: string,
      readonly tijdstip: string,
      readonly doorOrganisatie: Organisatie,
      readonly reden: string | null,
      readonly gegevens: string
    }>
  }
};

export type TrekSignaalInMutationVariables = Exact<{
  signaalId: string | number;
  reden: string;
}>;


export type TrekSignaalInMutation = {
  readonly trekSignaalIn: {
    readonly id: string,
    readonly bronOrganisatie: Organisatie,
    readonly bronReferentie: string,
    readonly categorie: string,
    readonly categorieLabel: string,
    readonly subcategorie: string | null,
    readonly subcategorieLabel: string | null,
    readonly ernst: number,
    readonly omschrijving: string,
    readonly tijdstipIncident: string,
    readonly tijdstipMelding: string,
    readonly geregistreerdOp: string,
    readonly geregistreerdDoor: Organisatie,
    readonly aangifte: boolean,
    readonly pvNummer: string | null,
    readonly status: string,
    readonly versie: number,
    readonly vpt: boolean,
    readonly plaats: {
      readonly gemeente: string | null,
      readonly locatieCode: string | null,
      readonly breedtegraad: number | null,
      readonly lengtegraad: number | null
    },
    readonly personen: ReadonlyArray<{
      readonly id: string,
      readonly vNummer: string | null,
      readonly naam: string | null,
      readonly geboortedatum: string | null,
      readonly geboortejaar: number | null,
      readonly nationaliteit: string | null,
      readonly coaNummer: string | null,
      readonly omschrijving: string | null
    }>,
    readonly historie: ReadonlyArray<{
      readonly versie: number,
      readonly actie: string,
      readonly tijdstip: string,
      readonly doorOrganisatie: Organisatie,
      readonly reden: string | null,
      readonly gegevens: string
    }>
  }
};

export type VoegPersonenToeMutationVariables = Exact<{
  signaalId: string | number;
  personen: ReadonlyArray<PersoonInvoer> | PersoonInvoer;
  reden: string;
}>;


export type VoegPersonenToeMutation = {
  readonly voegPersonenToe: {
    readonly id: string,
    readonly bronOrganisatie: Organisatie,
    readonly bronReferentie: string,
    readonly categorie: string,
    readonly categorieLabel: string,
    readonly subcategorie: string | null,
    readonly subcategorieLabel: string | null,
    readonly ernst: number,
    readonly omschrijving: string,
    readonly tijdstipIncident: string,
    readonly tijdstipMelding: string,
    readonly geregistreerdOp: string,
    readonly geregistreerdDoor: Organisatie,
    readonly aangifte: boolean,
    readonly pvNummer: string | null,
    readonly status: string,
    readonly versie: number,
    readonly vpt: boolean,
    readonly plaats: {
      readonly gemeente: string | null,
      readonly locatieCode: string | null,
      readonly breedtegraad: number | null,
      readonly lengtegraad: number | null
    },
    readonly personen: ReadonlyArray<{
      readonly id: string,
      readonly vNummer: string | null,
      readonly naam: string | null,
      readonly geboortedatum: string | null,
      readonly geboortejaar: number | null,
      readonly nationaliteit: string | null,
      readonly coaNummer: string | null,
      readonly omschrijving: string | null
    }>,
    readonly historie: ReadonlyArray<{
      readonly versie: number,
      readonly actie: string,
      readonly tijdstip: string,
      readonly doorOrganisatie: Organisatie,
      readonly reden: string | null,
      readonly gegevens: string
    }>
  }
};

export type SignalenQueryVariables = Exact<{
  filter?: SignaalFilter | null | undefined;
  eerste?: number | null | undefined;
  na?: string | null | undefined;
}>;


export type SignalenQuery = {
  readonly signalen: {
    readonly volgendeCursor: string | null,
    readonly items: ReadonlyArray<{
      readonly id: string,
      readonly bronOrganisatie: Organisatie,
      readonly bronReferentie: string,
      readonly categorie: string,
      readonly categorieLabel: string,
      readonly subcategorieLabel: string | null,
      readonly ernst: number,
      readonly omschrijving: string,
      readonly tijdstipIncident: string,
      readonly geregistreerdOp: string,
      readonly geregistreerdDoor: Organisatie,
      readonly status: string,
      readonly vpt: boolean,
      readonly plaats: {
        readonly gemeente: string | null,
        readonly locatieCode: string | null,
        readonly breedtegraad: number | null,
        readonly lengtegraad: number | null
      },
      readonly personen: ReadonlyArray<{
        readonly id: string,
        readonly vNummer: string | null,
        readonly naam: string | null,
        readonly nationaliteit: string | null,
        readonly omschrijving: string | null,
        readonly coaNummer: string | null
      }>
    }>
  }
};

export type TermijnenQueryVariables = Exact<{
  eerste: number;
  signalen: boolean;
  casusregie: boolean;
  zsm: boolean;
  planning: boolean;
}>;


export type TermijnenQuery = {
  readonly signalenKomend?: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly signalenVerstreken?: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly casusregieKomend?: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly casusregieVerstreken?: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly zsmKomend?: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly zsmVerstreken?: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly planningKomend?: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly planningVerstreken?: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null
};

export type TermijnVeldenFragment = {
  readonly id: string,
  readonly dienst: string,
  readonly soort: TermijnSoort,
  readonly soortLabel: string,
  readonly onderwerpType: string,
  readonly onderwerpId: string,
  readonly organisatie: Organisatie,
  readonly vervaltOp: string,
  readonly oorspronkelijkVervaltOp: string,
  readonly regel: string | null,
  readonly uitleg: string,
  readonly status: TermijnStatus,
  readonly afgevuurdOp: string | null,
  readonly opgeschortSinds: string | null
};

export type VerwerkingVeldenFragment = {
  readonly volgnummer: string,
  readonly traceId: string,
  readonly spanId: string,
  readonly ouderSpanId: string | null,
  readonly dienst: string,
  readonly operatie: string,
  readonly soort: string,
  readonly start: string,
  readonly eind: string,
  readonly status: string,
  readonly foutcode: string | null,
  readonly actor: string,
  readonly actorNaam: string | null,
  readonly organisatie: string,
  readonly rollen: ReadonlyArray<string>,
  readonly doel: string | null,
  readonly doelLabel: string | null,
  readonly personen: ReadonlyArray<string>,
  readonly attributen: ReadonlyArray<{
    readonly naam: string,
    readonly waarde: string
  }>
};

export type VerwerkingslogQueryVariables = Exact<{
  persoonId?: string | number | null | undefined;
  actor?: string | null | undefined;
  van?: string | null | undefined;
  tot?: string | null | undefined;
  eerste: number;
  voorSignalen?: string | number | null | undefined;
  voorCasusregie?: string | number | null | undefined;
  voorZsm?: string | number | null | undefined;
  voorPlanning?: string | number | null | undefined;
  metSignalen: boolean;
  metCasusregie: boolean;
  metZsm: boolean;
  metPlanning: boolean;
}>;


export type VerwerkingslogQuery = {
  readonly signalenVerwerkingen?: ReadonlyArray<{
    readonly volgnummer: string,
    readonly traceId: string,
    readonly spanId: string,
    readonly ouderSpanId: string | null,
    readonly dienst: string,
    readonly operatie: string,
    readonly soort: string,
    readonly start: string,
    readonly eind: string,
    readonly status: string,
    readonly foutcode: string | null,
    readonly actor: string,
    readonly actorNaam: string | null,
    readonly organisatie: string,
    readonly rollen: ReadonlyArray<string>,
    readonly doel: string | null,
    readonly doelLabel: string | null,
    readonly personen: ReadonlyArray<string>,
    readonly attributen: ReadonlyArray<{
      readonly naam: string,
      readonly waarde: string
    }>
  }> | null,
  readonly casusregieVerwerkingen?: ReadonlyArray<{
    readonly volgnummer: string,
    readonly traceId: string,
    readonly spanId: string,
    readonly ouderSpanId: string | null,
    readonly dienst: string,
    readonly operatie: string,
    readonly soort: string,
    readonly start: string,
    readonly eind: string,
    readonly status: string,
    readonly foutcode: string | null,
    readonly actor: string,
    readonly actorNaam: string | null,
    readonly organisatie: string,
    readonly rollen: ReadonlyArray<string>,
    readonly doel: string | null,
    readonly doelLabel: string | null,
    readonly personen: ReadonlyArray<string>,
    readonly attributen: ReadonlyArray<{
      readonly naam: string,
      readonly waarde: string
    }>
  }> | null,
  readonly zsmVerwerkingen?: ReadonlyArray<{
    readonly volgnummer: string,
    readonly traceId: string,
    readonly spanId: string,
    readonly ouderSpanId: string | null,
    readonly dienst: string,
    readonly operatie: string,
    readonly soort: string,
    readonly start: string,
    readonly eind: string,
    readonly status: string,
    readonly foutcode: string | null,
    readonly actor: string,
    readonly actorNaam: string | null,
    readonly organisatie: string,
    readonly rollen: ReadonlyArray<string>,
    readonly doel: string | null,
    readonly doelLabel: string | null,
    readonly personen: ReadonlyArray<string>,
    readonly attributen: ReadonlyArray<{
      readonly naam: string,
      readonly waarde: string
    }>
  }> | null,
  readonly planningVerwerkingen?: ReadonlyArray<{
    readonly volgnummer: string,
    readonly traceId: string,
    readonly spanId: string,
    readonly ouderSpanId: string | null,
    readonly dienst: string,
    readonly operatie: string,
    readonly soort: string,
    readonly start: string,
    readonly eind: string,
    readonly status: string,
    readonly foutcode: string | null,
    readonly actor: string,
    readonly actorNaam: string | null,
    readonly organisatie: string,
    readonly rollen: ReadonlyArray<string>,
    readonly doel: string | null,
    readonly doelLabel: string | null,
    readonly personen: ReadonlyArray<string>,
    readonly attributen: ReadonlyArray<{
      readonly naam: string,
      readonly waarde: string
    }>
  }> | null
};

export type BevestigGroepsvoorstelMutationVariables = Exact<{
  signaalId: string | number;
  omschrijving: string;
  gegevens?: CasusGegevens | null | undefined;
}>;


export type BevestigGroepsvoorstelMutation = {
  readonly bevestigGroepsvoorstel: {
    readonly groepId: string,
    readonly casussen: ReadonlyArray<{
      readonly id: string
    }>
  }
};

export type BevestigVoorstelMutationVariables = Exact<{
  id: string | number;
  reden?: string | null | undefined;
  gegevens?: CasusGegevens | null | undefined;
}>;


export type BevestigVoorstelMutation = {
  readonly bevestigVoorstel: {
    readonly id: string,
    readonly status: CasusStatus
  }
};

export type VoorstelVeldenFragment = {
  readonly id: string,
  readonly signaalId: string,
  readonly verdict: string,
  readonly uitleg: string,
  readonly status: string,
  readonly casusId: string | null,
  readonly reden: string | null,
  readonly aangemaaktOp: string,
  readonly categorie: string,
  readonly categorieLabel: string,
  readonly bronOrganisatie: string,
  readonly ernst: number | null,
  readonly vpt: boolean,
  readonly locatieCode: string | null,
  readonly tijdstipIncident: string,
  readonly omschrijving: string | null,
  readonly groepsgrootte: number,
  readonly persoon: {
    readonly id: string
  },
  readonly criteria: ReadonlyArray<{
    readonly naam: string,
    readonly voldaan: boolean | null,
    readonly uitleg: string
  }>
};

export type CasusVoorstellenQueryVariables = Exact<{
  status?: ReadonlyArray<string> | string | null | undefined;
  signaalId?: string | number | null | undefined;
}>;


export type CasusVoorstellenQuery = {
  readonly casusVoorstellen: ReadonlyArray<{
    readonly id: string,
    readonly signaalId: string,
    readonly verdict: string,
    readonly uitleg: string,
    readonly status: string,
    readonly casusId: string | null,
    readonly reden: string | null,
    readonly aangemaaktOp: string,
    readonly categorie: string,
    readonly categorieLabel: string,
    readonly bronOrganisatie: string,
    readonly ernst: number | null,
    readonly vpt: boolean,
    readonly locatieCode: string | null,
    readonly tijdstipIncident: string,
    readonly omschrijving: string | null,
    readonly groepsgrootte: number,
    readonly persoon: {
      readonly id: string,
      readonly vNummer: string | null,
      readonly naam: string | null,
      readonly nationaliteit: string | null,
      readonly coaNummer: string | null,
      readonly omschrijving: string | null
    },
    readonly criteria: ReadonlyArray<{
      readonly naam: string,
      readonly voldaan: boolean | null,
      readonly uitleg: string
    }>
  }>
};

export type WijsVoorstelAfMutationVariables = Exact<{
  id: string | number;
  reden: string;
}>;


export type WijsVoorstelAfMutation = {
  readonly wijsVoorstelAf: {
    readonly id: string,
    readonly signaalId: string,
    readonly verdict: string,
    readonly uitleg: string,
    readonly status: string,
    readonly casusId: string | null,
    readonly reden: string | null,
    readonly aangemaaktOp: string,
    readonly categorie: string,
    readonly categorieLabel: string,
    readonly bronOrganisatie: string,
    readonly ernst: number | null,
    readonly vpt: boolean,
    readonly locatieCode: string | null,
    readonly tijdstipIncident: string,
    readonly omschrijving: string | null,
    readonly groepsgrootte: number,
    readonly persoon: {
      readonly id: string
    },
    readonly criteria: ReadonlyArray<{
      readonly naam: string,
      readonly voldaan: boolean | null,
      readonly uitleg: string
    }>
  }
};

export type WerkvoorraadCasussenTellingQueryVariables = Exact<{
  filter?: CasusFilter | null | undefined;
}>;


export type WerkvoorraadCasussenTellingQuery = {
  readonly casussen: {
    readonly totaal: number
  }
};

export type WerkvoorraadVoorstellenTellingQueryVariables = Exact<{
  status?: ReadonlyArray<string> | string | null | undefined;
}>;


export type WerkvoorraadVoorstellenTellingQuery = {
  readonly casusVoorstellen: ReadonlyArray<{
    readonly id: string
  }>
};

export type WerkvoorraadWachtlijstTellingQueryVariables = Exact<{
  status?: ReadonlyArray<string> | string | null | undefined;
  eerste?: number | null | undefined;
}>;


export type WerkvoorraadWachtlijstTellingQuery = {
  readonly plaatsingen: ReadonlyArray<{
    readonly id: string
  }>
};

export type WerkvoorraadTermijnenTellingQueryVariables = Exact<{
  eerste: number;
  vervaltVoor: string;
}>;


export type WerkvoorraadTermijnenTellingQuery = {
  readonly signalenTermijnen: ReadonlyArray<{
    readonly id: string,
    readonly vervaltOp: string,
    readonly status: TermijnStatus
  }> | null,
  readonly casusregieTermijnen: ReadonlyArray<{
    readonly id: string,
    readonly vervaltOp: string,
    readonly status: TermijnStatus
  }> | null,
  readonly zsmTermijnen: ReadonlyArray<{
    readonly id: string,
    readonly vervaltOp: string,
    readonly status: TermijnStatus
  }> | null,
  readonly planningTermijnen: ReadonlyArray<{
    readonly id: string,
    readonly vervaltOp: string,
    readonly status: TermijnStatus
  }> | null
};

export type WerkvoorraadTermijnenQueryVariables = Exact<{
  eerste: number;
  vervaltVoor: string;
}>;


export type WerkvoorraadTermijnenQuery = {
  readonly signalenTermijnen: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly casusregieTermijnen: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly zsmTermijnen: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null,
  readonly planningTermijnen: ReadonlyArray<{
    readonly id: string,
    readonly dienst: string,
    readonly soort: TermijnSoort,
    readonly soortLabel: string,
    readonly onderwerpType: string,
    readonly onderwerpId: string,
    readonly organisatie: Organisatie,
    readonly vervaltOp: string,
    readonly oorspronkelijkVervaltOp: string,
    readonly regel: string | null,
    readonly uitleg: string,
    readonly status: TermijnStatus,
    readonly afgevuurdOp: string | null,
    readonly opgeschortSinds: string | null
  }> | null
};

export type WerkvoorraadTermijnVeldenFragment = {
  readonly id: string,
  readonly dienst: string,
  readonly soort: TermijnSoort,
  readonly soortLabel: string,
  readonly onderwerpType: string,
  readonly onderwerpId: string,
  readonly organisatie: Organisatie,
  readonly vervaltOp: string,
  readonly oorspronkelijkVervaltOp: string,
  readonly regel: string | null,
  readonly uitleg: string,
  readonly status: TermijnStatus,
  readonly afgevuurdOp: string | null,
  readonly opgeschortSinds: string | null
};

export type ZsmAfdoeningVeldenFragment = {
  readonly soort: string,
  readonly soortLabel: string,
  readonly besluitOp: string,
  readonly vrijlatingOp: string | null,
  readonly toelichting: string | null
};

export type ZsmOverzichtQueryVariables = Exact<{
  eerste?: number;
}>;


export type ZsmOverzichtQuery = {
  readonly zsmOverzicht: {
    readonly registraties: ReadonlyArray<{
      readonly id: string,
      readonly zsmReferentie: string,
      readonly vNummer: string | null,
      readonly aanhoudingOp: string,
      readonly delict: string,
      readonly omschrijving: string,
      readonly vpt: boolean,
      readonly zsmLocatie: string,
      readonly custodyKlokkenGestart: boolean,
      readonly persoon: {
        readonly id: string,
        readonly vNummer: string | null,
        readonly naam: string | null,
        readonly nationaliteit: string | null,
        readonly coaNummer: string | null,
        readonly omschrijving: string | null
      } | null,
      readonly afdoeningen: ReadonlyArray<{
        readonly soort: string,
        readonly soortLabel: string,
        readonly besluitOp: string,
        readonly vrijlatingOp: string | null,
        readonly toelichting: string | null
      }>
    }>,
    readonly klokken: ReadonlyArray<{
      readonly termijnId: string,
      readonly soort: string,
      readonly zsmReferentie: string,
      readonly vervaltOp: string,
      readonly minutenResterend: number,
      readonly uitleg: string,
      readonly persoon: {
        readonly id: string,
        readonly vNummer: string | null,
        readonly naam: string | null,
        readonly nationaliteit: string | null,
        readonly coaNummer: string | null,
        readonly omschrijving: string | null
      } | null
    }>,
    readonly detenties: ReadonlyArray<{
      readonly id: string,
      readonly soort: string,
      readonly begin: string,
      readonly eind: string | null,
      readonly inrichting: string,
      readonly persoon: {
        readonly id: string,
        readonly vNummer: string | null,
        readonly naam: string | null,
        readonly nationaliteit: string | null,
        readonly coaNummer: string | null,
        readonly omschrijving: string | null
      }
    }>
  } | null
};
