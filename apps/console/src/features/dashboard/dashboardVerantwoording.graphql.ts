import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DashboardVerantwoordingQuery, DashboardVerantwoordingQueryVariables } from '../../gql/schema';

/** perLand: most cases first; perWeek: ISO weeks ('2026-W47') of the period, in order. */
export type DashboardVerantwoording = DashboardVerantwoordingQuery['verantwoording'];
/** Lead time aanmelding → beschikking of one spoor (null: all cases) against the national norm. */
export type DashboardDoorlooptijd = DashboardVerantwoording['doorlooptijd'][number];

/**
 * The figures of casusregie over [van, tot) for the dashboard's first three panels (national roles
 * and the kernteam; FORBIDDEN for anyone else).
 */
export const DASHBOARD_VERANTWOORDING: TypedDocumentNode<
  DashboardVerantwoordingQuery,
  DashboardVerantwoordingQueryVariables
> = gql`
  query DashboardVerantwoording($van: String!, $tot: String!) {
    verantwoording(van: $van, tot: $tot) {
      van
      tot
      behandeld
      perSpoor {
        spoor1
        spoor2
        spoor4
        onbekend
      }
      perLand {
        land
        aantal
      }
      doorlooptijd {
        spoor
        aantal
        mediaanDagen
        gemiddeldeDagen
        normDagen
        factorSnellerDanNorm
      }
      perWeek {
        week
        aangemeld
        afgerond
      }
    }
  }
`;
