import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CasusProcedurePlanQuery,
  CasusProcedurePlanQueryVariables,
  ProcedurePlanVeldenFragment,
  TtsdVeldenFragment,
} from '../../gql/schema';

/** A case's procedure plan (`type ProcedurePlan`). */
export type ProcedurePlan = ProcedurePlanVeldenFragment;
/**
 * One step of a procedure plan (`type PlanStap`): stap AANMELDING, IDENTIFICATIE_REGISTRATIE,
 * AANMELDGEHOOR, RVT, NADER_GEHOOR, … (a String in the schema); nvt: not applicable in this spoor;
 * uiterlijk: latest date by the rule; slotWeek: IND slot week (JJJJ-Www) of a hearing;
 * transportAangevraagd: a deadline to request transport runs (R13).
 */
export type PlanStap = ProcedurePlan['stappen'][number];
/**
 * The key figure, planned and actual (`type Ttsd`). Its name comes from `kengetal` (one place:
 * packages/domain), never hard-coded in the console; speling: days between target and (planned)
 * decision, negative: late; risico: AFGEROND, TE_LAAT, KRAP or OP_SCHEMA (a String in the schema).
 */
export type Ttsd = TtsdVeldenFragment;

export const TTSD_VELDEN: TypedDocumentNode<TtsdVeldenFragment> = gql`
  fragment TtsdVelden on Ttsd {
    kengetal
    doelDatum
    geplandeDatum
    werkelijkeDatum
    dagenGepland
    dagenWerkelijk
    speling
    risico
    uitleg
  }
`;

/** The whole plan, as every query and mutation asks for it (one shape in the cache). */
export const PROCEDURE_PLAN_VELDEN: TypedDocumentNode<ProcedurePlanVeldenFragment> = gql`
  fragment ProcedurePlanVelden on ProcedurePlan {
    casus {
      id
    }
    persoon {
      id
    }
    aanmelding
    spoor
    rvtOnthouden
    verblijfLocatie
    stappen {
      stap
      label
      nvt
      gepland
      werkelijk
      uiterlijk
      regel
      uitleg
      vertraagd
      afspraakOp
      afspraakLocatie
      slotWeek
      transportAangevraagd
    }
    ttsd {
      ...TtsdVelden
    }
  }
  ${TTSD_VELDEN}
`;

/** The procedure plan of one case (federated: casusregie's need-to-know, then planning). */
export const CASUS_PROCEDURE_PLAN: TypedDocumentNode<
  CasusProcedurePlanQuery,
  CasusProcedurePlanQueryVariables
> = gql`
  query CasusProcedurePlan($id: ID!) {
    casus(id: $id) {
      id
      procedurePlan {
        ...ProcedurePlanVelden
      }
    }
  }
  ${PROCEDURE_PLAN_VELDEN}
`;
