import { gql, type TypedDocumentNode } from '@apollo/client';
import { AFDOENINGSADVIES_VELDEN, type Afdoeningsadvies } from './persoon.graphql';

/** The kernteam writes (or rewrites) the advice the ZSM desks see for this person (zsm service). */
export const SCHRIJF_AFDOENINGSADVIES: TypedDocumentNode<
  { readonly schrijfAfdoeningsadvies: Afdoeningsadvies },
  { readonly persoonId: string; readonly tekst: string }
> = gql`
  mutation SchrijfAfdoeningsadvies($persoonId: ID!, $tekst: String!) {
    schrijfAfdoeningsadvies(persoonId: $persoonId, tekst: $tekst) {
      ...AfdoeningsadviesVelden
    }
  }
  ${AFDOENINGSADVIES_VELDEN}
`;
