import { gql, type TypedDocumentNode } from '@apollo/client';

export interface SignaalPersoon {
  readonly id: string;
  readonly vNummer: string | null;
  readonly naam: string | null;
  readonly nationaliteit: string | null;
  readonly omschrijving: string | null;
  readonly coaNummer: string | null;
}

export interface Plaats {
  readonly gemeente: string | null;
  readonly locatieCode: string | null;
  readonly breedtegraad: number | null;
  readonly lengtegraad: number | null;
}

export interface SignaalRij {
  readonly id: string;
  readonly bronOrganisatie: string;
  readonly bronReferentie: string;
  readonly categorie: string;
  readonly categorieLabel: string;
  readonly subcategorieLabel: string | null;
  readonly ernst: number;
  readonly omschrijving: string;
  readonly tijdstipIncident: string;
  readonly geregistreerdOp: string;
  readonly geregistreerdDoor: string | null;
  readonly plaats: Plaats | null;
  /** ACTIEF or INGETROKKEN. */
  readonly status: string;
  readonly vpt: boolean;
  readonly personen: readonly SignaalPersoon[];
}

/** Mirrors `input SignaalFilter`; absent values are omitted. */
export interface SignaalFilter {
  bronOrganisatie?: string;
  categorie?: string;
  /** ISO-8601. */
  van?: string;
  /** ISO-8601. */
  tot?: string;
  /** A gemeente or a location code. */
  plaats?: string;
  persoonId?: string;
  alleenVpt?: boolean;
  status?: string;
}

export interface SignalenData {
  readonly signalen: {
    readonly items: readonly SignaalRij[];
    /** Null on the last page. */
    readonly volgendeCursor: string | null;
  };
}

export interface SignalenVariabelen {
  readonly filter?: SignaalFilter | null;
  readonly eerste?: number | null;
  readonly na?: string | null;
}

export const SIGNALEN: TypedDocumentNode<SignalenData, SignalenVariabelen> = gql`
  query Signalen($filter: SignaalFilter, $eerste: Int, $na: String) {
    signalen(filter: $filter, eerste: $eerste, na: $na) {
      items {
        id
        bronOrganisatie
        bronReferentie
        categorie
        categorieLabel
        subcategorieLabel
        ernst
        omschrijving
        tijdstipIncident
        geregistreerdOp
        geregistreerdDoor
        plaats {
          gemeente
          locatieCode
          breedtegraad
          lengtegraad
        }
        status
        vpt
        personen {
          id
          vNummer
          naam
          nationaliteit
          omschrijving
          coaNummer
        }
      }
      volgendeCursor
    }
  }
`;
