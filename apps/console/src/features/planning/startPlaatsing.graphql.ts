import { gql, type TypedDocumentNode } from '@apollo/client';
import type { StartPlaatsingMutation, StartPlaatsingMutationVariables } from '../../gql/schema';
import { PLAATSING_VELDEN } from './plaatsingen.graphql';

/** The person arrived: the placement is active and its deadline runs (R3, R6, R7). */
export const START_PLAATSING: TypedDocumentNode<StartPlaatsingMutation, StartPlaatsingMutationVariables> =
  gql`
    mutation StartPlaatsing($id: ID!, $op: String) {
      startPlaatsing(id: $id, op: $op) {
        ...PlaatsingVelden
      }
    }
    ${PLAATSING_VELDEN}
  `;
