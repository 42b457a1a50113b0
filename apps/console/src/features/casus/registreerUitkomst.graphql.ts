import { gql, type TypedDocumentNode } from '@apollo/client';
import type { RegistreerUitkomstMutation, RegistreerUitkomstMutationVariables } from '../../gql/schema';

export const REGISTREER_UITKOMST: TypedDocumentNode<
  RegistreerUitkomstMutation,
  RegistreerUitkomstMutationVariables
> = gql`
  mutation RegistreerUitkomst($casusId: ID!, $uitkomst: UitkomstInvoer!) {
    registreerUitkomst(casusId: $casusId, uitkomst: $uitkomst) {
      id
      soort
      soortLabel
      datum
      toelichting
      doorOrganisatie
    }
  }
`;
