import { gql, type TypedDocumentNode } from '@apollo/client';

export interface SignaalPersoon {
  readonly id: string;
  readonly vNummer: string | null;
  readonly naam: string | null;
  readonly nationaliteit: string | null;
}

export interface SignaalRij {
  readonly id: string;
  readonly bronOrganisatie: string;
  readonly bronReferentie: string;
  readonly categorie: string;
  readonly categorieLabel: string;
  readonly omschrijving: string;
  readonly tijdstipIncident: string;
  readonly geregistreerdOp: string;
  readonly geregistreerdDoor: string | null;
  readonly personen: readonly SignaalPersoon[];
}

export interface SignalenData {
  readonly signalen: readonly SignaalRij[];
}

export interface SignalenVariabelen {
  readonly eerste?: number | null;
}

export const SIGNALEN: TypedDocumentNode<SignalenData, SignalenVariabelen> = gql`
  query Signalen($eerste: Int) {
    signalen(eerste: $eerste) {
      id
      bronOrganisatie
      bronReferentie
      categorie
      categorieLabel
      omschrijving
      tijdstipIncident
      geregistreerdOp
      geregistreerdDoor
      personen {
        id
        vNummer
        naam
        nationaliteit
      }
    }
  }
`;
