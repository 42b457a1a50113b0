import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DagoverzichtenQuery, DagoverzichtenQueryVariables } from '../../gql/schema';

export type DagoverzichtKop = DagoverzichtenQuery['dagoverzichten'][number];

/** The latest overviews (headers only), newest first: the picker for earlier ones. */
export const DAGOVERZICHTEN: TypedDocumentNode<DagoverzichtenQuery, DagoverzichtenQueryVariables> = gql`
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
