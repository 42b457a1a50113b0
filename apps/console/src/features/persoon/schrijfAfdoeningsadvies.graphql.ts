import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  SchrijfAfdoeningsadviesMutation,
  SchrijfAfdoeningsadviesMutationVariables,
} from '../../gql/schema';
import { AFDOENINGSADVIES_VELDEN } from './persoon.graphql';

/** The kernteam writes (or rewrites) the advice the ZSM desks see for this person (zsm service). */
export const SCHRIJF_AFDOENINGSADVIES: TypedDocumentNode<
  SchrijfAfdoeningsadviesMutation,
  SchrijfAfdoeningsadviesMutationVariables
> = gql`
  mutation SchrijfAfdoeningsadvies($persoonId: ID!, $tekst: String!) {
    schrijfAfdoeningsadvies(persoonId: $persoonId, tekst: $tekst) {
      ...AfdoeningsadviesVelden
    }
  }
  ${AFDOENINGSADVIES_VELDEN}
`;
