import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PlanOverlegMutation, PlanOverlegMutationVariables } from '../../gql/schema';
import { OVERLEG_DETAIL_VELDEN } from './overleg.graphql';

/** Plan a meeting; the service composes its agenda. */
export const PLAN_OVERLEG: TypedDocumentNode<PlanOverlegMutation, PlanOverlegMutationVariables> = gql`
  mutation PlanOverleg($invoer: OverlegInvoer!) {
    planOverleg(invoer: $invoer) {
      ...OverlegDetailVelden
    }
  }
  ${OVERLEG_DETAIL_VELDEN}
`;
