import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  BevestigGroepsvoorstelMutation,
  BevestigGroepsvoorstelMutationVariables,
} from '../../gql/schema';

/** Confirm every open proposal of one signal as a group case: one case per person, one group. */
export const BEVESTIG_GROEPSVOORSTEL: TypedDocumentNode<
  BevestigGroepsvoorstelMutation,
  BevestigGroepsvoorstelMutationVariables
> = gql`
  mutation BevestigGroepsvoorstel($signaalId: ID!, $omschrijving: String!, $gegevens: CasusGegevens) {
    bevestigGroepsvoorstel(signaalId: $signaalId, omschrijving: $omschrijving, gegevens: $gegevens) {
      groepId
      casussen {
        id
      }
    }
  }
`;
