import { gql, type TypedDocumentNode } from '@apollo/client';

/** Open actions past their deadline for one owning organisation (counts only, no persons). */
export interface ActieAchterstand {
  readonly organisatie: string;
  readonly aantal: number;
  /** ISO-8601. */
  readonly oudsteDeadline: string;
  /** Of which escalated to the procesregisseur. */
  readonly geescaleerd: number;
}

/** Overdue actions per organisation, as of now (casusregie; national roles and the kernteam). */
export const ACTIE_ACHTERSTAND: TypedDocumentNode<
  { readonly actieAchterstand: readonly ActieAchterstand[] },
  Record<string, never>
> = gql`
  query ActieAchterstand {
    actieAchterstand {
      organisatie
      aantal
      oudsteDeadline
      geescaleerd
    }
  }
`;
