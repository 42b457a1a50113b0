import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VernieuwAgendaMutation, VernieuwAgendaMutationVariables } from '../../gql/schema';
import { OVERLEG_DETAIL_VELDEN } from './overleg.graphql';

/** Compose the agenda again; items added by hand and items with decisions stay. */
export const VERNIEUW_AGENDA: TypedDocumentNode<VernieuwAgendaMutation, VernieuwAgendaMutationVariables> =
  gql`
    mutation VernieuwAgenda($overlegId: ID!) {
      vernieuwAgenda(overlegId: $overlegId) {
        ...OverlegDetailVelden
      }
    }
    ${OVERLEG_DETAIL_VELDEN}
  `;
