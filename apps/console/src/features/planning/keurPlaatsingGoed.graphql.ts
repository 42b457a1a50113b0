import { gql, type TypedDocumentNode } from '@apollo/client';
import { PLAATSING_VELDEN, type PlaatsingZonderNaam } from './plaatsingen.graphql';

/** Approve a proposal or an offered place (capacity is checked again under the location's lock). */
export const KEUR_PLAATSING_GOED: TypedDocumentNode<
  { readonly keurPlaatsingGoed: PlaatsingZonderNaam },
  { readonly id: string; readonly toelichting?: string | null }
> = gql`
  mutation KeurPlaatsingGoed($id: ID!, $toelichting: String) {
    keurPlaatsingGoed(id: $id, toelichting: $toelichting) {
      ...PlaatsingVelden
    }
  }
  ${PLAATSING_VELDEN}
`;
