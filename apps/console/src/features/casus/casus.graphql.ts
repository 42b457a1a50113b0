import { gql, type TypedDocumentNode } from '@apollo/client';
import { PERSOON_NAAM_VELDEN, type PersoonKort } from '../casusregie/persoonKort.graphql';
import type { Procesregisseur } from '../casussen/casussen.graphql';

export interface CasusTransitie {
  readonly van: string | null;
  readonly naar: string;
  readonly reden: string;
  readonly doorverwezenNaar: string | null;
  readonly doorNaam: string;
  readonly doorOrganisatie: string;
  readonly tijdstip: string;
}

export interface CasusSignaal {
  readonly signaalId: string;
  readonly categorie: string;
  readonly categorieLabel: string;
  readonly bronOrganisatie: string;
  readonly ernst: number | null;
  readonly vpt: boolean;
  readonly tijdstipIncident: string;
  readonly omschrijving: string | null;
  readonly gekoppeldOp: string;
  readonly nieuw: boolean;
}

export interface CasusMaatregel {
  readonly id: string;
  readonly code: string;
  readonly naam: string;
  /** PREVENTIEF, REPRESSIEF or KETEN. */
  readonly soort: string;
  readonly eigenaar: string;
  readonly wettelijkeGrondslag: string | null;
  readonly start: string;
  readonly eind: string | null;
  readonly reden: string;
  /** ACTIEF or BEEINDIGD. */
  readonly status: string;
  readonly beeindigdReden: string | null;
  readonly termijnId: string | null;
  readonly groepActieId: string | null;
}

export interface Actie {
  readonly id: string;
  readonly casusId: string;
  readonly omschrijving: string;
  readonly eigenaarOrganisatie: string;
  readonly eigenaarPersoon: string | null;
  readonly deadline: string;
  /** OPEN or GEDAAN. */
  readonly status: string;
  readonly teLaat: boolean;
  readonly geescaleerdOp: string | null;
  readonly besluitId: string | null;
  readonly afgerondOp: string | null;
}

export interface Uitkomst {
  readonly id: string;
  readonly soort: string;
  readonly soortLabel: string;
  /** YYYY-MM-DD. */
  readonly datum: string;
  readonly toelichting: string | null;
  readonly doorOrganisatie: string;
}

export interface TijdlijnRegel {
  readonly tijdstip: string;
  /** SIGNAAL, TRANSITIE, MAATREGEL, ACTIE, UITKOMST, BESLUIT, ESCALATIE or TERMIJN. */
  readonly soort: string;
  readonly omschrijving: string;
  readonly refId: string | null;
  readonly organisatie: string | null;
}

export interface TopXLidmaatschap {
  readonly regio: string;
  readonly maand: string;
  readonly rang: number;
  readonly score: number;
  readonly uitleg: string;
}

export interface CasusDetailGegevens {
  readonly id: string;
  readonly persoon: PersoonKort;
  readonly groepId: string | null;
  readonly status: string;
  readonly statusLabel: string;
  readonly mogelijkeTransities: readonly string[];
  readonly spoor: number | null;
  readonly kansarm: boolean | null;
  readonly land: string | null;
  readonly locatieCode: string | null;
  readonly procedurefase: string | null;
  readonly procesregisseur: Procesregisseur;
  readonly deelnemers: readonly string[];
  readonly doorverwezenNaar: string | null;
  readonly aangemeldOp: string;
  readonly afgerondOp: string | null;
  readonly bijgewerktOp: string;
  readonly nieuweSignalen: number;
  readonly actiesTeLaat: number;
  readonly transities: readonly CasusTransitie[];
  readonly signalen: readonly CasusSignaal[];
  readonly maatregelen: readonly CasusMaatregel[];
  readonly acties: readonly Actie[];
  readonly uitkomsten: readonly Uitkomst[];
  readonly tijdlijn: readonly TijdlijnRegel[];
  readonly topx: readonly TopXLidmaatschap[];
}

export const ACTIE_VELDEN = gql`
  fragment ActieVelden on Actie {
    id
    casusId
    omschrijving
    eigenaarOrganisatie
    eigenaarPersoon
    deadline
    status
    teLaat
    geescaleerdOp
    besluitId
    afgerondOp
  }
`;

export const MAATREGEL_VELDEN = gql`
  fragment MaatregelVelden on CasusMaatregel {
    id
    code
    naam
    soort
    eigenaar
    wettelijkeGrondslag
    start
    eind
    reden
    status
    beeindigdReden
    termijnId
    groepActieId
  }
`;

/** Everything the case page shows but the person's names; the mutations that return a case return this. */
export const CASUS_DETAIL_VELDEN = gql`
  fragment CasusDetailVelden on Casus {
    id
    persoon {
      id
    }
    groepId
    status
    statusLabel
    mogelijkeTransities
    spoor
    kansarm
    land
    locatieCode
    procedurefase
    procesregisseur {
      sub
      naam
      organisatie
    }
    deelnemers
    doorverwezenNaar
    aangemeldOp
    afgerondOp
    bijgewerktOp
    nieuweSignalen
    actiesTeLaat
    transities {
      van
      naar
      reden
      doorverwezenNaar
      doorNaam
      doorOrganisatie
      tijdstip
    }
    signalen {
      signaalId
      categorie
      categorieLabel
      bronOrganisatie
      ernst
      vpt
      tijdstipIncident
      omschrijving
      gekoppeldOp
      nieuw
    }
    maatregelen {
      ...MaatregelVelden
    }
    acties {
      ...ActieVelden
    }
    uitkomsten {
      id
      soort
      soortLabel
      datum
      toelichting
      doorOrganisatie
    }
    tijdlijn {
      tijdstip
      soort
      omschrijving
      refId
      organisatie
    }
    topx {
      regio
      maand
      rang
      score
      uitleg
    }
  }
  ${MAATREGEL_VELDEN}
  ${ACTIE_VELDEN}
`;

export interface CasusData {
  readonly casus: CasusDetailGegevens | null;
}

export const CASUS: TypedDocumentNode<CasusData, { readonly id: string }> = gql`
  query Casus($id: ID!) {
    casus(id: $id) {
      ...CasusDetailVelden
      persoon {
        ...PersoonNaamVelden
      }
    }
  }
  ${CASUS_DETAIL_VELDEN}
  ${PERSOON_NAAM_VELDEN}
`;
