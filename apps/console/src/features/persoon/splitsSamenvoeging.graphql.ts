import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SplitsSamenvoegingMutation, SplitsSamenvoegingMutationVariables } from '../../gql/schema';

/** Undo a merge: everything back as it was. */
export const SPLITS_SAMENVOEGING: TypedDocumentNode<
  SplitsSamenvoegingMutation,
  SplitsSamenvoegingMutationVariables
> = gql`
  mutation SplitsSamenvoeging($samenvoegingId: ID!, $reden: String!) {
    splitsSamenvoeging(samenvoegingId: $samenvoegingId, reden: $reden) {
      id
      gesplitstOp
      gesplitstReden
    }
  }
`;
