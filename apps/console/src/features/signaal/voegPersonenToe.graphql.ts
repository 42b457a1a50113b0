import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VoegPersonenToeMutation, VoegPersonenToeMutationVariables } from '../../gql/schema';
import { SIGNAAL_DETAIL_VELDEN } from './signaal.graphql';

/** More persons on an existing signal (group incidents: the rest of the bus). */
export const VOEG_PERSONEN_TOE: TypedDocumentNode<VoegPersonenToeMutation, VoegPersonenToeMutationVariables> =
  gql`
    mutation VoegPersonenToe($signaalId: ID!, $personen: [PersoonInvoer!]!, $reden: String!) {
      voegPersonenToe(signaalId: $signaalId, personen: $personen, reden: $reden) {
        ...SignaalDetailVelden
      }
    }
    ${SIGNAAL_DETAIL_VELDEN}
  `;
