import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ActieAchterstandQuery, ActieAchterstandQueryVariables } from '../../gql/schema';

/**
 * Open actions past their deadline for one owning organisation (counts only, no persons); oudsteDeadline
 * ISO-8601, geescaleerd: of which escalated to the procesregisseur.
 */
export type ActieAchterstand = ActieAchterstandQuery['actieAchterstand'][number];

/** Overdue actions per organisation, as of now (casusregie; national roles and the kernteam). */
export const ACTIE_ACHTERSTAND: TypedDocumentNode<ActieAchterstandQuery, ActieAchterstandQueryVariables> =
  gql`
    query ActieAchterstand {
      actieAchterstand {
        organisatie
        aantal
        oudsteDeadline
        geescaleerd
      }
    }
  `;
