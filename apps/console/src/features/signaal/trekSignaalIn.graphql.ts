import { gql, type TypedDocumentNode } from '@apollo/client';
import type { TrekSignaalInMutation, TrekSignaalInMutationVariables } from '../../gql/schema';
import { SIGNAAL_DETAIL_VELDEN } from './signaal.graphql';

/** Withdraw a signal: it stays on record, marked INGETROKKEN, with the reason in its history. */
export const TREK_SIGNAAL_IN: TypedDocumentNode<TrekSignaalInMutation, TrekSignaalInMutationVariables> = gql`
  mutation TrekSignaalIn($signaalId: ID!, $reden: String!) {
    trekSignaalIn(signaalId: $signaalId, reden: $reden) {
      ...SignaalDetailVelden
    }
  }
  ${SIGNAAL_DETAIL_VELDEN}
`;
