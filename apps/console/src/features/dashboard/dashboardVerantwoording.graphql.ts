import { gql, type TypedDocumentNode } from '@apollo/client';

/** Lead time aanmelding → beschikking of one spoor (null: all cases) against the national norm. */
export interface DashboardDoorlooptijd {
  readonly spoor: number | null;
  readonly aantal: number;
  readonly mediaanDagen: number | null;
  readonly gemiddeldeDagen: number | null;
  readonly normDagen: number | null;
  /** norm / median. */
  readonly factorSnellerDanNorm: number | null;
}

export interface DashboardVerantwoording {
  readonly van: string;
  readonly tot: string;
  readonly behandeld: number;
  readonly perSpoor: {
    readonly spoor1: number;
    readonly spoor2: number;
    readonly spoor4: number;
    readonly onbekend: number;
  };
  /** Most cases first. */
  readonly perLand: readonly { readonly land: string; readonly aantal: number }[];
  readonly doorlooptijd: readonly DashboardDoorlooptijd[];
  /** ISO weeks ('2026-W47') of the period, in order. */
  readonly perWeek: readonly {
    readonly week: string;
    readonly aangemeld: number;
    readonly afgerond: number;
  }[];
}

/**
 * The figures of casusregie over [van, tot) for the dashboard's first three panels (national roles
 * and the kernteam; FORBIDDEN for anyone else).
 */
export const DASHBOARD_VERANTWOORDING: TypedDocumentNode<
  { readonly verantwoording: DashboardVerantwoording },
  { readonly van: string; readonly tot: string }
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
