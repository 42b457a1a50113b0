import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PlanningLocatiesQuery, PlanningLocatiesQueryVariables } from '../../gql/schema';

/**
 * A reception or supervision location on or beside the escalation ladder (`type Locatie`): soort
 * AANMELDCENTRUM, AZC, VTL, PBL, HTL, VBL or DETENTIECENTRUM (a String in the schema), capaciteit today,
 * vensters the registration windows ('UU:MM', Europe/Amsterdam).
 */
export type Locatie = PlanningLocatiesQuery['locaties'][number];

/** The locations of planning with today's capacity and their registration windows. */
export const LOCATIES: TypedDocumentNode<PlanningLocatiesQuery, PlanningLocatiesQueryVariables> = gql`
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
