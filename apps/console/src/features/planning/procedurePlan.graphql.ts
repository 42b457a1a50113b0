import { gql, type TypedDocumentNode } from '@apollo/client';

/** One step of a procedure plan (`type PlanStap`). */
export interface PlanStap {
  /** AANMELDING, IDENTIFICATIE_REGISTRATIE, AANMELDGEHOOR, RVT, NADER_GEHOOR, … */
  readonly stap: string;
  readonly label: string;
  /** Not applicable in this spoor. */
  readonly nvt: boolean;
  readonly gepland: string | null;
  readonly werkelijk: string | null;
  /** Latest date by the rule. */
  readonly uiterlijk: string | null;
  readonly regel: string | null;
  readonly uitleg: string;
  readonly vertraagd: boolean;
  /** ISO-8601. */
  readonly afspraakOp: string | null;
  readonly afspraakLocatie: string | null;
  /** IND slot week (JJJJ-Www) of a hearing. */
  readonly slotWeek: string | null;
  /** A deadline to request transport runs (R13). */
  readonly transportAangevraagd: boolean;
}

/** The key figure, planned and actual (`type Ttsd`); its name comes from `kengetal`. */
export interface Ttsd {
  /** The name of the key figure (one place: packages/domain); never hard-coded in the console. */
  readonly kengetal: string;
  readonly doelDatum: string;
  readonly geplandeDatum: string;
  readonly werkelijkeDatum: string | null;
  readonly dagenGepland: number;
  readonly dagenWerkelijk: number | null;
  /** Days between target and (planned) decision; negative: late. */
  readonly speling: number;
  /** AFGEROND, TE_LAAT, KRAP or OP_SCHEMA. */
  readonly risico: string;
  readonly uitleg: string;
}

/** A case's procedure plan (`type ProcedurePlan`). */
export interface ProcedurePlan {
  readonly casus: { readonly id: string };
  readonly persoon: { readonly id: string };
  readonly aanmelding: string;
  readonly spoor: number;
  readonly rvtOnthouden: boolean;
  readonly verblijfLocatie: string | null;
  readonly stappen: readonly PlanStap[];
  readonly ttsd: Ttsd;
}

export const TTSD_VELDEN = gql`
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
export const PROCEDURE_PLAN_VELDEN = gql`
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
  { readonly casus: { readonly id: string; readonly procedurePlan: ProcedurePlan | null } | null },
  { readonly id: string }
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
