import { gql, type TypedDocumentNode } from '@apollo/client';
import { SIGNAAL_DETAIL_VELDEN, type SignaalDetailGegevens } from './signaal.graphql';

export interface TrekSignaalInData {
  readonly trekSignaalIn: SignaalDetailGegevens;
}

export interface TrekSignaalInVariabelen {
  readonly signaalId: string;
  readonly reden: string;
}

/** Withdraw a signal: it stays on record, marked INGETROKKEN, with the reason in its history. */
export const TREK_SIGNAAL_IN: TypedDocumentNode<TrekSignaalInData, TrekSignaalInVariabelen> = gql`
  mutation TrekSignaalIn($signaalId: ID!, $reden: String!) {
    trekSignaalIn(signaalId: $signaalId, reden: $reden) {
      ...SignaalDetailVelden
    }
  }
  ${SIGNAAL_DETAIL_VELDEN}
`;
