import { gql, type TypedDocumentNode } from '@apollo/client';
import { OVERLEG_DETAIL_VELDEN, type OverlegDetailGegevens } from './overleg.graphql';

/** Mirrors `input OverlegInvoer`. */
export interface OverlegInvoer {
  readonly soort: string;
  readonly titel: string;
  /** ISO-8601. */
  readonly geplandOp: string;
  /** Required for an LKO. */
  readonly locatieCode?: string | null;
  readonly deelnemers?: readonly { readonly naam: string; readonly organisatie: string }[];
}

/** Plan a meeting; the service composes its agenda. */
export const PLAN_OVERLEG: TypedDocumentNode<
  { readonly planOverleg: OverlegDetailGegevens },
  { readonly invoer: OverlegInvoer }
> = gql`
  mutation PlanOverleg($invoer: OverlegInvoer!) {
    planOverleg(invoer: $invoer) {
      ...OverlegDetailVelden
    }
  }
  ${OVERLEG_DETAIL_VELDEN}
`;
