import { gql, type TypedDocumentNode } from '@apollo/client';
import { PLAATSING_VELDEN, type PlaatsingZonderNaam } from './plaatsingen.graphql';

/** End an active placement with a reason; the place goes to the first eligible person waiting. */
export const BEEINDIG_PLAATSING: TypedDocumentNode<
  { readonly beeindigPlaatsing: PlaatsingZonderNaam },
  { readonly id: string; readonly op: string; readonly reden: string }
> = gql`
  mutation BeeindigPlaatsing($id: ID!, $op: String!, $reden: String!) {
    beeindigPlaatsing(id: $id, op: $op, reden: $reden) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING_VELDEN}
`;
