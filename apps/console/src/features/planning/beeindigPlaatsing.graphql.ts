import { gql, type TypedDocumentNode } from '@apollo/client';
import type { BeeindigPlaatsingMutation, BeeindigPlaatsingMutationVariables } from '../../gql/schema';
import { PLAATSING_VELDEN } from './plaatsingen.graphql';

/** End an active placement with a reason; the place goes to the first eligible person waiting. */
export const BEEINDIG_PLAATSING: TypedDocumentNode<
  BeeindigPlaatsingMutation,
  BeeindigPlaatsingMutationVariables
> = gql`
  mutation BeeindigPlaatsing($id: ID!, $op: String!, $reden: String!) {
    beeindigPlaatsing(id: $id, op: $op, reden: $reden) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING_VELDEN}
`;
