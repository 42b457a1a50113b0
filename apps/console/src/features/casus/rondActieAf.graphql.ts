import { gql, type TypedDocumentNode } from '@apollo/client';
import { ACTIE_VELDEN, type Actie } from './casus.graphql';

export const ROND_ACTIE_AF: TypedDocumentNode<{ readonly rondActieAf: Actie }, { readonly id: string }> = gql`
  mutation RondActieAf($id: ID!) {
    rondActieAf(id: $id) {
      ...ActieVelden
    }
  }
  ${ACTIE_VELDEN}
`;
