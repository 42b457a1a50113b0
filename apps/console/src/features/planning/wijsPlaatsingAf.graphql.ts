import { gql, type TypedDocumentNode } from '@apollo/client';
import type { WijsPlaatsingAfMutation, WijsPlaatsingAfMutationVariables } from '../../gql/schema';
import { PLAATSING_VELDEN } from './plaatsingen.graphql';

/** Reject a proposal, a place on the waiting list, an offer or an approved placement not yet started. */
export const WIJS_PLAATSING_AF: TypedDocumentNode<WijsPlaatsingAfMutation, WijsPlaatsingAfMutationVariables> =
  gql`
    mutation WijsPlaatsingAf($id: ID!, $reden: String!) {
      wijsPlaatsingAf(id: $id, reden: $reden) {
        ...PlaatsingVelden
      }
    }
    ${PLAATSING_VELDEN}
  `;
