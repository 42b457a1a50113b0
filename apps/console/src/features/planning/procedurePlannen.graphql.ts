import { gql, type TypedDocumentNode } from '@apollo/client';
import { PERSOON_NAAM_VELDEN, type PersoonKort } from '../casusregie/persoonKort.graphql';
import { PROCEDURE_PLAN_VELDEN, type ProcedurePlan } from './procedurePlan.graphql';

export type ProcedurePlanMetPersoon = Omit<ProcedurePlan, 'persoon'> & { readonly persoon: PersoonKort };

/** All procedure plans the viewer may see, the cases at risk first (least slack). */
export const PROCEDURE_PLANNEN: TypedDocumentNode<
  { readonly procedurePlannen: readonly ProcedurePlanMetPersoon[] },
  { readonly risico?: readonly string[] | null; readonly eerste?: number | null }
> = gql`
  query ProcedurePlannen($risico: [String!], $eerste: Int) {
    procedurePlannen(risico: $risico, eerste: $eerste) {
      ...ProcedurePlanVelden
      persoon {
        ...PersoonNaamVelden
      }
    }
  }
  ${PROCEDURE_PLAN_VELDEN}
  ${PERSOON_NAAM_VELDEN}
`;
