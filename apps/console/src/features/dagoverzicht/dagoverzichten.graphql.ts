import { gql, type TypedDocumentNode } from '@apollo/client';

export interface DagoverzichtKop {
  readonly id: string;
  readonly van: string;
  readonly tot: string;
  readonly aanleiding: string;
  readonly gemaaktOp: string;
}

/** The latest overviews (headers only), newest first: the picker for earlier ones. */
export const DAGOVERZICHTEN: TypedDocumentNode<
  { readonly dagoverzichten: readonly DagoverzichtKop[] },
  { readonly eerste?: number }
> = gql`
  query Dagoverzichten($eerste: Int! = 30) {
    dagoverzichten(eerste: $eerste) {
      id
      van
      tot
      aanleiding
      gemaaktOp
    }
  }
`;
