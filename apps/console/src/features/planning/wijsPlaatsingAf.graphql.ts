import { gql, type TypedDocumentNode } from '@apollo/client';
import { PLAATSING_VELDEN, type PlaatsingZonderNaam } from './plaatsingen.graphql';

/** Reject a proposal, a place on the waiting list, an offer or an approved placement not yet started. */
export const WIJS_PLAATSING_AF: TypedDocumentNode<
  { readonly wijsPlaatsingAf: PlaatsingZonderNaam },
  { readonly id: string; readonly reden: string }
> = gql`
  mutation WijsPlaatsingAf($id: ID!, $reden: String!) {
    wijsPlaatsingAf(id: $id, reden: $reden) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING_VELDEN}
`;
