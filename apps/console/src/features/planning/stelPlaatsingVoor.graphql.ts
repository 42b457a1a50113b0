import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PlaatsingVoorstelInvoer } from './beoordeelPlaatsing.graphql';
import { PLAATSING_VELDEN, type PlaatsingZonderNaam } from './plaatsingen.graphql';

/**
 * Propose a placement; on a location that is full on some day of the period it lands on the waiting
 * list. Refused placements come back with `extensions.fouten` (field and reason per blocking rule).
 */
export const STEL_PLAATSING_VOOR: TypedDocumentNode<
  { readonly stelPlaatsingVoor: PlaatsingZonderNaam },
  { readonly invoer: PlaatsingVoorstelInvoer }
> = gql`
  mutation StelPlaatsingVoor($invoer: PlaatsingVoorstelInvoer!) {
    stelPlaatsingVoor(invoer: $invoer) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING_VELDEN}
`;
