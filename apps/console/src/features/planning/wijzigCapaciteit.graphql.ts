import { gql, type TypedDocumentNode } from '@apollo/client';

/** Mirrors `input CapaciteitInvoer`. */
export interface CapaciteitInvoer {
  readonly locatie: string;
  /** JJJJ-MM-DD. */
  readonly vanaf: string;
  readonly capaciteit: number;
  readonly reden: string;
}

/**
 * A location's capacity from a day on (COA locatiemanager, national analyst). Refused per field: a
 * capacity below the occupancy already planned comes back on `capaciteit`.
 */
export const WIJZIG_CAPACITEIT: TypedDocumentNode<
  { readonly wijzigCapaciteit: CapaciteitInvoer },
  { readonly invoer: CapaciteitInvoer }
> = gql`
  mutation WijzigCapaciteit($invoer: CapaciteitInvoer!) {
    wijzigCapaciteit(invoer: $invoer) {
      locatie
      vanaf
      capaciteit
      reden
    }
  }
`;
