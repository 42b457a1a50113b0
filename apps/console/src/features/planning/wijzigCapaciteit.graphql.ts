import { gql, type TypedDocumentNode } from '@apollo/client';
import type { WijzigCapaciteitMutation, WijzigCapaciteitMutationVariables } from '../../gql/schema';

/**
 * A location's capacity from a day on (COA locatiemanager, national analyst). Refused per field: a
 * capacity below the occupancy already planned comes back on `capaciteit`.
 */
export const WIJZIG_CAPACITEIT: TypedDocumentNode<
  WijzigCapaciteitMutation,
  WijzigCapaciteitMutationVariables
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
