import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VoegAgendapuntToeMutation, VoegAgendapuntToeMutationVariables } from '../../gql/schema';
import { OVERLEG_DETAIL_VELDEN } from './overleg.graphql';

/** Put a case on the agenda by hand (after the generated items). */
export const VOEG_AGENDAPUNT_TOE: TypedDocumentNode<
  VoegAgendapuntToeMutation,
  VoegAgendapuntToeMutationVariables
> = gql`
  mutation VoegAgendapuntToe($overlegId: ID!, $casusId: ID!) {
    voegAgendapuntToe(overlegId: $overlegId, casusId: $casusId) {
      ...OverlegDetailVelden
    }
  }
  ${OVERLEG_DETAIL_VELDEN}
`;
