import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Uitkomst } from './casus.graphql';

/** Mirrors `input UitkomstInvoer`. */
export interface UitkomstInvoer {
  readonly soort: string;
  /** YYYY-MM-DD. */
  readonly datum: string;
  readonly toelichting?: string | null;
}

export const REGISTREER_UITKOMST: TypedDocumentNode<
  { readonly registreerUitkomst: Uitkomst },
  { readonly casusId: string; readonly uitkomst: UitkomstInvoer }
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
