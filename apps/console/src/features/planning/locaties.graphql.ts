import { gql, type TypedDocumentNode } from '@apollo/client';

/** A registration window of a location (`type Registratievenster`): 'UU:MM', Europe/Amsterdam. */
export interface Registratievenster {
  readonly code: string;
  readonly begin: string;
  readonly eind: string;
}

/** A reception or supervision location on or beside the escalation ladder (`type Locatie`). */
export interface Locatie {
  readonly code: string;
  readonly naam: string;
  /** AANMELDCENTRUM, AZC, VTL, PBL, HTL, VBL or DETENTIECENTRUM. */
  readonly soort: string;
  readonly soortLabel: string;
  readonly regio: string;
  readonly gemeente: string;
  /** Capacity today. */
  readonly capaciteit: number;
  readonly vensters: readonly Registratievenster[];
}

export interface LocatiesData {
  readonly locaties: readonly Locatie[];
}

/** The locations of planning with today's capacity and their registration windows. */
export const LOCATIES: TypedDocumentNode<LocatiesData, Record<string, never>> = gql`
  query PlanningLocaties {
    locaties {
      code
      naam
      soort
      soortLabel
      regio
      gemeente
      capaciteit
      vensters {
        code
        begin
        eind
      }
    }
  }
`;
