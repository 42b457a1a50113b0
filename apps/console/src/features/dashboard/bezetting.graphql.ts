import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DashboardBezettingQuery, DashboardBezettingQueryVariables } from '../../gql/schema';

/** One location of the capacity board with its days (planning's `BordRij`, the fields the dashboard uses). */
export type BezettingRij = DashboardBezettingQuery['capaciteitsbord'][number];

/** Occupancy per location per day from `vanaf` for `weken` weeks (planning; kernteam and national roles). */
export const DASHBOARD_BEZETTING: TypedDocumentNode<
  DashboardBezettingQuery,
  DashboardBezettingQueryVariables
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
