import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VerplaatsAgendapuntMutation, VerplaatsAgendapuntMutationVariables } from '../../gql/schema';
import { OVERLEG_DETAIL_VELDEN } from './overleg.graphql';

/** Move an item to position `volgorde` (1-based); the others shift. */
export const VERPLAATS_AGENDAPUNT: TypedDocumentNode<
  VerplaatsAgendapuntMutation,
  VerplaatsAgendapuntMutationVariables
> = gql`
  mutation VerplaatsAgendapunt($agendapuntId: ID!, $volgorde: Int!) {
    verplaatsAgendapunt(agendapuntId: $agendapuntId, volgorde: $volgorde) {
      ...OverlegDetailVelden
    }
  }
  ${OVERLEG_DETAIL_VELDEN}
`;
