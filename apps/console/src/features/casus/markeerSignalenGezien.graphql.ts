import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MarkeerSignalenGezienMutation, MarkeerSignalenGezienMutationVariables } from '../../gql/schema';
import { CASUS_DETAIL_VELDEN } from './casus.graphql';

/** The case's new signals stop showing as new. */
export const MARKEER_SIGNALEN_GEZIEN: TypedDocumentNode<
  MarkeerSignalenGezienMutation,
  MarkeerSignalenGezienMutationVariables
> = gql`
  mutation MarkeerSignalenGezien($id: ID!) {
    markeerSignalenGezien(id: $id) {
      ...CasusDetailVelden
    }
  }
  ${CASUS_DETAIL_VELDEN}
`;
