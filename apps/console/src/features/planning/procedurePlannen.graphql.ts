import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ProcedurePlannenQuery, ProcedurePlannenQueryVariables } from '../../gql/schema';
import { PERSOON_NAAM_VELDEN } from '../casusregie/persoonKort.graphql';
import { PROCEDURE_PLAN_VELDEN } from './procedurePlan.graphql';

export type ProcedurePlanMetPersoon = ProcedurePlannenQuery['procedurePlannen'][number];

/** All procedure plans the viewer may see, the cases at risk first (least slack). */
export const PROCEDURE_PLANNEN: TypedDocumentNode<ProcedurePlannenQuery, ProcedurePlannenQueryVariables> =
  gql`
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
