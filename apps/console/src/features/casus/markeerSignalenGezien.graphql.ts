import { gql, type TypedDocumentNode } from '@apollo/client';
import { CASUS_DETAIL_VELDEN, type CasusDetailGegevens } from './casus.graphql';

/** The case's new signals stop showing as new. */
export const MARKEER_SIGNALEN_GEZIEN: TypedDocumentNode<
  { readonly markeerSignalenGezien: CasusDetailGegevens },
  { readonly id: string }
> = gql`
  mutation MarkeerSignalenGezien($id: ID!) {
    markeerSignalenGezien(id: $id) {
      ...CasusDetailVelden
    }
  }
  ${CASUS_DETAIL_VELDEN}
`;
