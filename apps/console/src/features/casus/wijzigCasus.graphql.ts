import { gql, type TypedDocumentNode } from '@apollo/client';
import type { WijzigCasusMutation, WijzigCasusMutationVariables } from '../../gql/schema';
import { CASUS_DETAIL_VELDEN } from './casus.graphql';

export const WIJZIG_CASUS: TypedDocumentNode<WijzigCasusMutation, WijzigCasusMutationVariables> = gql`
  mutation WijzigCasus($id: ID!, $gegevens: CasusGegevens!, $reden: String!) {
    wijzigCasus(id: $id, gegevens: $gegevens, reden: $reden) {
      ...CasusDetailVelden
    }
  }
  ${CASUS_DETAIL_VELDEN}
`;
