import { gql, type TypedDocumentNode } from '@apollo/client';
import { PROCEDURE_PLAN_VELDEN, type ProcedurePlan } from './procedurePlan.graphql';

/** Mirrors `input ProcedurePlanInvoer`. */
export interface ProcedurePlanInvoer {
  readonly casusId: string;
  /** Date of the asylum application (JJJJ-MM-DD). */
  readonly aanmelding: string;
  readonly rvtOnthouden?: boolean | null;
  /** AA, KENNELIJK_ONGEGROND, NIET_ONTVANKELIJK, OVERIG; default by spoor. */
  readonly soortBesluit?: string | null;
  /** A different norm for the key figure, in days. */
  readonly normDagen?: number | null;
  /** Where the person stays (for transport, R13). */
  readonly verblijfLocatie?: string | null;
}

/** Draw up a case's procedure plan (or change its basis); the spoor comes from casusregie. */
export const STEL_PROCEDURE_PLAN_OP: TypedDocumentNode<
  { readonly stelProcedurePlanOp: ProcedurePlan },
  { readonly invoer: ProcedurePlanInvoer }
> = gql`
  mutation StelProcedurePlanOp($invoer: ProcedurePlanInvoer!) {
    stelProcedurePlanOp(invoer: $invoer) {
      ...ProcedurePlanVelden
    }
  }
  ${PROCEDURE_PLAN_VELDEN}
`;
