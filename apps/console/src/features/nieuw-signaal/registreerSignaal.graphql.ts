import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RegistreerSignaalMutation, RegistreerSignaalMutationVariables } from '../../gql/schema';

export const REGISTREER_SIGNAAL: TypedDocumentNode<
  RegistreerSignaalMutation,
  RegistreerSignaalMutationVariables
> = gql`
  mutation RegistreerSignaal($invoer: SignaalInvoer!) {
    registreerSignaal(invoer: $invoer) {
      id
      bronReferentie
    }
  }
`;
