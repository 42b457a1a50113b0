import { gql, type TypedDocumentNode } from '@apollo/client';
import { PROCEDURE_PLAN_VELDEN, type ProcedurePlan } from './procedurePlan.graphql';

/** Mirrors `input ProcesstapInvoer`: an actual date, a planned date, or an appointment. */
export interface ProcesstapInvoer {
  readonly casusId: string;
  readonly stap: string;
  /** JJJJ-MM-DD. */
  readonly werkelijk?: string | null;
  /** JJJJ-MM-DD (a hearing takes an IND slot of its week). */
  readonly gepland?: string | null;
  /** ISO-8601 with offset. */
  readonly afspraakOp?: string | null;
  readonly afspraakLocatie?: string | null;
}

/** Record a step; the warnings (e.g. transport requested too late, R13) come with the new plan. */
export const LEG_PROCESSTAP_VAST: TypedDocumentNode<
  {
    readonly legProcesstapVast: { readonly plan: ProcedurePlan; readonly waarschuwingen: readonly string[] };
  },
  { readonly invoer: ProcesstapInvoer }
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
