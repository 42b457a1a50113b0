import { gql, type TypedDocumentNode } from '@apollo/client';

/** One day of one location on the board (`type BordDag`). */
export interface BordDag {
  /** JJJJ-MM-DD. */
  readonly datum: string;
  readonly capaciteit: number;
  readonly bezet: number;
  /** capaciteit − bezet (negative: over capacity). */
  readonly vrij: number;
}

/** One location on the board (`type BordRij`). */
export interface BordRij {
  readonly locatie: {
    readonly code: string;
    readonly naam: string;
    readonly soort: string;
    readonly soortLabel: string;
    readonly capaciteit: number;
  };
  readonly dagen: readonly BordDag[];
  /** Persons on the waiting list. */
  readonly wachtlijst: number;
}

export interface CapaciteitsbordVariabelen {
  /** JJJJ-MM-DD; the service's default is today. */
  readonly vanaf?: string | null;
  /** 1–26; the service's default is 4. */
  readonly weken?: number | null;
  readonly locaties?: readonly string[] | null;
}

/** Occupancy per location per day with the waiting list (planning service). */
export const CAPACITEITSBORD: TypedDocumentNode<
  { readonly capaciteitsbord: readonly BordRij[] },
  CapaciteitsbordVariabelen
> = gql`
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
