import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CapaciteitsbordQuery, CapaciteitsbordQueryVariables } from '../../gql/schema';

/** One location on the board (`type BordRij`); wachtlijst: persons on the waiting list. */
export type BordRij = CapaciteitsbordQuery['capaciteitsbord'][number];
/** One day of one location on the board (`type BordDag`); vrij: capaciteit − bezet (negative: over). */
export type BordDag = BordRij['dagen'][number];

/** Occupancy per location per day with the waiting list (planning service). */
export const CAPACITEITSBORD: TypedDocumentNode<CapaciteitsbordQuery, CapaciteitsbordQueryVariables> = gql`
  query Capaciteitsbord($vanaf: String, $weken: Int, $locaties: [String!]) {
    capaciteitsbord(vanaf: $vanaf, weken: $weken, locaties: $locaties) {
      locatie {
        code
        naam
        soort
        soortLabel
        capaciteit
      }
      dagen {
        datum
        capaciteit
        bezet
        vrij
      }
      wachtlijst
    }
  }
`;
