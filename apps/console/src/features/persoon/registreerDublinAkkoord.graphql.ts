import { gql, type TypedDocumentNode } from '@apollo/client';
import { DUBLIN_CLAIM_VELDEN, type DublinClaim } from './persoon.graphql';

/** IND: the responsible member state accepted the claim; the transfer deadline (R12) starts. */
export const REGISTREER_DUBLIN_AKKOORD: TypedDocumentNode<
  { readonly registreerDublinAkkoord: DublinClaim },
  {
    readonly persoonId: string;
    /** ISO 3166-1 alpha-2, e.g. DE. */
    readonly lidstaat: string;
    /** ISO-8601 instant (the start of the Amsterdam day of acceptance). */
    readonly akkoordOp: string;
  }
> = gql`
  mutation RegistreerDublinAkkoord($persoonId: ID!, $lidstaat: String!, $akkoordOp: String!) {
    registreerDublinAkkoord(persoonId: $persoonId, lidstaat: $lidstaat, akkoordOp: $akkoordOp) {
      ...DublinClaimVelden
    }
  }
  ${DUBLIN_CLAIM_VELDEN}
`;
