import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RondActieAfMutation, RondActieAfMutationVariables } from '../../gql/schema';
import { ACTIE_VELDEN } from './casus.graphql';

export const ROND_ACTIE_AF: TypedDocumentNode<RondActieAfMutation, RondActieAfMutationVariables> = gql`
  mutation RondActieAf($id: ID!) {
    rondActieAf(id: $id) {
      ...ActieVelden
    }
  }
  ${ACTIE_VELDEN}
`;
