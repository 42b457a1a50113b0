import { gql, type TypedDocumentNode } from '@apollo/client';
import { PERSOON_NAAM_VELDEN, type PersoonKort } from '../casusregie/persoonKort.graphql';

export interface Procesregisseur {
  readonly sub: string | null;
  readonly naam: string;
  readonly organisatie: string;
}

/** A case as the list shows it. */
export interface CasusRij {
  readonly id: string;
  readonly persoon: PersoonKort;
  readonly groepId: string | null;
  readonly status: string;
  readonly statusLabel: string;
  readonly spoor: number | null;
  readonly kansarm: boolean | null;
  readonly land: string | null;
  readonly locatieCode: string | null;
  readonly procesregisseur: Procesregisseur;
  readonly deelnemers: readonly string[];
  readonly aangemeldOp: string;
  readonly bijgewerktOp: string;
  readonly nieuweSignalen: number;
  readonly actiesTeLaat: number;
}

/** Mirrors `input CasusFilter`; absent values are omitted. */
export interface CasusFilter {
  status?: string[];
  spoor?: number;
  locatieCode?: string;
  procesregisseur?: string;
  achterstallig?: boolean;
  persoonId?: string;
  groepId?: string;
}

export interface CasussenData {
  readonly casussen: {
    readonly items: readonly CasusRij[];
    readonly volgendeCursor: string | null;
    readonly totaal: number;
  };
}

export interface CasussenVariabelen {
  readonly filter?: CasusFilter | null;
  readonly eerste?: number | null;
  readonly na?: string | null;
}

export const CASUS_RIJ_VELDEN = gql`
  fragment CasusRijVelden on Casus {
    id
    persoon {
      id
    }
    groepId
    status
    statusLabel
    spoor
    kansarm
    land
    locatieCode
    procesregisseur {
      sub
      naam
      organisatie
    }
    deelnemers
    aangemeldOp
    bijgewerktOp
    nieuweSignalen
    actiesTeLaat
  }
`;

/** Cases the user's organisation takes part in (national roles: all), newest first, with names. */
export const CASUSSEN: TypedDocumentNode<CasussenData, CasussenVariabelen> = gql`
  query Casussen($filter: CasusFilter, $eerste: Int!, $na: String) {
    casussen(filter: $filter, eerste: $eerste, na: $na) {
      items {
        ...CasusRijVelden
        persoon {
          ...PersoonNaamVelden
        }
      }
      volgendeCursor
      totaal
    }
  }
  ${CASUS_RIJ_VELDEN}
  ${PERSOON_NAAM_VELDEN}
`;
