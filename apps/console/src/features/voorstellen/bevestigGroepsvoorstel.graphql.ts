import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CasusGegevens } from '../casus/wijzigCasus.graphql';

/** Confirm every open proposal of one signal as a group case: one case per person, one group. */
export const BEVESTIG_GROEPSVOORSTEL: TypedDocumentNode<
  {
    readonly bevestigGroepsvoorstel: {
      readonly groepId: string;
      readonly casussen: readonly { readonly id: string }[];
    };
  },
  { readonly signaalId: string; readonly omschrijving: string; readonly gegevens?: CasusGegevens | null }
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
