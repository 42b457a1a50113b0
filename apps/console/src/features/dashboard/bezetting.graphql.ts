import { gql, type TypedDocumentNode } from '@apollo/client';

/** One location of the capacity board with its days (planning's `BordRij`, the fields the dashboard uses). */
export interface BezettingRij {
  readonly locatie: {
    readonly code: string;
    readonly naam: string;
    /** VTL, PBL, HTL, AZC, … */
    readonly soort: string;
    readonly soortLabel: string;
  };
  /** Persons on the waiting list now. */
  readonly wachtlijst: number;
  readonly dagen: readonly {
    /** JJJJ-MM-DD. */
    readonly datum: string;
    readonly capaciteit: number;
    readonly bezet: number;
  }[];
}

/** Occupancy per location per day from `vanaf` for `weken` weeks (planning; kernteam and national roles). */
export const DASHBOARD_BEZETTING: TypedDocumentNode<
  { readonly capaciteitsbord: readonly BezettingRij[] },
  { readonly vanaf: string; readonly weken: number }
> = gql`
  query DashboardBezetting($vanaf: String!, $weken: Int!) {
    capaciteitsbord(vanaf: $vanaf, weken: $weken) {
      locatie {
        code
        naam
        soort
        soortLabel
      }
      wachtlijst
      dagen {
        datum
        capaciteit
        bezet
      }
    }
  }
`;
