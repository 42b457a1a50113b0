import { gql, type TypedDocumentNode } from '@apollo/client';
import type { KenVNummerToeMutation, KenVNummerToeMutationVariables } from '../../gql/schema';

/** A provisional identity gets its V-nummer (if that V-nummer exists already: a merge). */
export const KEN_V_NUMMER_TOE: TypedDocumentNode<KenVNummerToeMutation, KenVNummerToeMutationVariables> = gql`
  mutation KenVNummerToe($persoonId: ID!, $vNummer: String!, $reden: String!) {
    kenVNummerToe(persoonId: $persoonId, vNummer: $vNummer, reden: $reden) {
      id
      vNummer
    }
  }
`;
