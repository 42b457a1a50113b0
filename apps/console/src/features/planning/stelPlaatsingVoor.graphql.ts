import { gql, type TypedDocumentNode } from '@apollo/client';
import type { StelPlaatsingVoorMutation, StelPlaatsingVoorMutationVariables } from '../../gql/schema';
import { PLAATSING_VELDEN } from './plaatsingen.graphql';

/**
 * Propose a placement; on a location that is full on some day of the period it lands on the waiting
 * list. Refused placements come back with `extensions.fouten` (field and reason per blocking rule).
 */
export const STEL_PLAATSING_VOOR: TypedDocumentNode<
  StelPlaatsingVoorMutation,
  StelPlaatsingVoorMutationVariables
> = gql`
  mutation StelPlaatsingVoor($invoer: PlaatsingVoorstelInvoer!) {
    stelPlaatsingVoor(invoer: $invoer) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING_VELDEN}
`;
