import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CasusGegevens } from '../casus/wijzigCasus.graphql';

/** Confirm a proposal: a case is created (status AANGEMELD) for its person. */
export const BEVESTIG_VOORSTEL: TypedDocumentNode<
  { readonly bevestigVoorstel: { readonly id: string; readonly status: string } },
  { readonly id: string; readonly reden?: string | null; readonly gegevens?: CasusGegevens | null }
> = gql`
  mutation BevestigVoorstel($id: ID!, $reden: String, $gegevens: CasusGegevens) {
    bevestigVoorstel(id: $id, reden: $reden, gegevens: $gegevens) {
      id
      status
    }
  }
`;
