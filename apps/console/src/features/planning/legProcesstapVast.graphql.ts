import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LegProcesstapVastMutation, LegProcesstapVastMutationVariables } from '../../gql/schema';
import { PROCEDURE_PLAN_VELDEN } from './procedurePlan.graphql';

/** Record a step; the warnings (e.g. transport requested too late, R13) come with the new plan. */
export const LEG_PROCESSTAP_VAST: TypedDocumentNode<
  LegProcesstapVastMutation,
  LegProcesstapVastMutationVariables
> = gql`
  mutation LegProcesstapVast($invoer: ProcesstapInvoer!) {
    legProcesstapVast(invoer: $invoer) {
      plan {
        ...ProcedurePlanVelden
      }
      waarschuwingen
    }
  }
  ${PROCEDURE_PLAN_VELDEN}
`;
