import { gql, type TypedDocumentNode } from '@apollo/client';
import type { StelProcedurePlanOpMutation, StelProcedurePlanOpMutationVariables } from '../../gql/schema';
import { PROCEDURE_PLAN_VELDEN } from './procedurePlan.graphql';

/** Draw up a case's procedure plan (or change its basis); the spoor comes from casusregie. */
export const STEL_PROCEDURE_PLAN_OP: TypedDocumentNode<
  StelProcedurePlanOpMutation,
  StelProcedurePlanOpMutationVariables
> = gql`
  mutation StelProcedurePlanOp($invoer: ProcedurePlanInvoer!) {
    stelProcedurePlanOp(invoer: $invoer) {
      ...ProcedurePlanVelden
    }
  }
  ${PROCEDURE_PLAN_VELDEN}
`;
