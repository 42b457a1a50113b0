import { gql, type TypedDocumentNode } from '@apollo/client';
import type { BeoordeelPlaatsingQuery, BeoordeelPlaatsingQueryVariables } from '../../gql/schema';
import { BEVINDING_VELDEN } from './plaatsingen.graphql';

/**
 * The dry run of a proposal (`type PlaatsingsBeoordeling`), nothing is stored: tot is the planned end
 * that will be stored, trede the rung of the ladder (R1; null when the location is not on it), volOp
 * the first day the location is full (then the proposal goes to the waiting list).
 */
export type PlaatsingsBeoordeling = BeoordeelPlaatsingQuery['beoordeelPlaatsing'];

/** The rules with their explanation and whether the location has room, for the proposal form. */
export const BEOORDEEL_PLAATSING: TypedDocumentNode<
  BeoordeelPlaatsingQuery,
  BeoordeelPlaatsingQueryVariables
> = gql`
  query BeoordeelPlaatsing($invoer: PlaatsingVoorstelInvoer!) {
    beoordeelPlaatsing(invoer: $invoer) {
      toegestaan
      bevindingen {
        ...BevindingVelden
      }
      tot
      maximaleTot
      trede
      volOp
    }
  }
  ${BEVINDING_VELDEN}
`;
