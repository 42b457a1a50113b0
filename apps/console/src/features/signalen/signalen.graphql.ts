import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SignalenQuery, SignalenQueryVariables } from '../../gql/schema';

/** status: ACTIEF or INGETROKKEN (a String in the schema). */
export type SignaalRij = SignalenQuery['signalen']['items'][number];
export type Plaats = NonNullable<SignaalRij['plaats']>;

export const SIGNALEN: TypedDocumentNode<SignalenQuery, SignalenQueryVariables> = gql`
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
