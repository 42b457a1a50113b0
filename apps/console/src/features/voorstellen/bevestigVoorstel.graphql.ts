import { gql, type TypedDocumentNode } from '@apollo/client';
import type { BevestigVoorstelMutation, BevestigVoorstelMutationVariables } from '../../gql/schema';

/** Confirm a proposal: a case is created (status AANGEMELD) for its person. */
export const BEVESTIG_VOORSTEL: TypedDocumentNode<
  BevestigVoorstelMutation,
  BevestigVoorstelMutationVariables
> = gql`
  mutation BevestigVoorstel($id: ID!, $reden: String, $gegevens: CasusGegevens) {
    bevestigVoorstel(id: $id, reden: $reden, gegevens: $gegevens) {
      id
      status
    }
  }
`;
