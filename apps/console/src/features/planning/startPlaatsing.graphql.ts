import { gql, type TypedDocumentNode } from '@apollo/client';
import { PLAATSING_VELDEN, type PlaatsingZonderNaam } from './plaatsingen.graphql';

/** The person arrived: the placement is active and its deadline runs (R3, R6, R7). */
export const START_PLAATSING: TypedDocumentNode<
  { readonly startPlaatsing: PlaatsingZonderNaam },
  { readonly id: string; readonly op?: string | null }
> = gql`
  mutation StartPlaatsing($id: ID!, $op: String) {
    startPlaatsing(id: $id, op: $op) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING_VELDEN}
`;
