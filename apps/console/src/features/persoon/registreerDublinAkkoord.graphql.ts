import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  RegistreerDublinAkkoordMutation,
  RegistreerDublinAkkoordMutationVariables,
} from '../../gql/schema';
import { DUBLIN_CLAIM_VELDEN } from './persoon.graphql';

/** IND: the responsible member state accepted the claim; the transfer deadline (R12) starts. */
export const REGISTREER_DUBLIN_AKKOORD: TypedDocumentNode<
  RegistreerDublinAkkoordMutation,
  RegistreerDublinAkkoordMutationVariables
> = gql`
  mutation RegistreerDublinAkkoord($persoonId: ID!, $lidstaat: String!, $akkoordOp: String!) {
    registreerDublinAkkoord(persoonId: $persoonId, lidstaat: $lidstaat, akkoordOp: $akkoordOp) {
      ...DublinClaimVelden
    }
  }
  ${DUBLIN_CLAIM_VELDEN}
`;
