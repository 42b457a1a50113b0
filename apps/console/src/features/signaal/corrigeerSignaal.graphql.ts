import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CorrigeerSignaalMutation, CorrigeerSignaalMutationVariables } from '../../gql/schema';
import { SIGNAAL_DETAIL_VELDEN } from './signaal.graphql';

export const CORRIGEER_SIGNAAL: TypedDocumentNode<
  CorrigeerSignaalMutation,
  CorrigeerSignaalMutationVariables
> = gql`
  mutation CorrigeerSignaal($signaalId: ID!, $correctie: SignaalCorrectie!, $reden: String!) {
    corrigeerSignaal(signaalId: $signaalId, correctie: $correctie, reden: $reden) {
      ...SignaalDetailVelden
    }
  }
  ${SIGNAAL_DETAIL_VELDEN}
`;
