import { gql, type TypedDocumentNode } from '@apollo/client';

export interface SplitsSamenvoegingData {
  readonly splitsSamenvoeging: {
    readonly id: string;
    readonly gesplitstOp: string | null;
    readonly gesplitstReden: string | null;
  };
}

export interface SplitsSamenvoegingVariabelen {
  readonly samenvoegingId: string;
  readonly reden: string;
}

/** Undo a merge: everything back as it was. */
export const SPLITS_SAMENVOEGING: TypedDocumentNode<SplitsSamenvoegingData, SplitsSamenvoegingVariabelen> =
  gql`
    mutation SplitsSamenvoeging($samenvoegingId: ID!, $reden: String!) {
      splitsSamenvoeging(samenvoegingId: $samenvoegingId, reden: $reden) {
        id
        gesplitstOp
        gesplitstReden
      }
    }
  `;
