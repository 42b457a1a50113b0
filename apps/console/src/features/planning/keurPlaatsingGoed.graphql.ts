import { gql, type TypedDocumentNode } from '@apollo/client';
import type { KeurPlaatsingGoedMutation, KeurPlaatsingGoedMutationVariables } from '../../gql/schema';
import { PLAATSING_VELDEN } from './plaatsingen.graphql';

/** Approve a proposal or an offered place (capacity is checked again under the location's lock). */
export const KEUR_PLAATSING_GOED: TypedDocumentNode<
  KeurPlaatsingGoedMutation,
  KeurPlaatsingGoedMutationVariables
> = gql`
  mutation KeurPlaatsingGoed($id: ID!, $toelichting: String) {
    keurPlaatsingGoed(id: $id, toelichting: $toelichting) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING_VELDEN}
`;
