import { gql, type TypedDocumentNode } from '@apollo/client';
import { MAATREGEL_VELDEN, type CasusMaatregel } from './casus.graphql';

/** Mirrors `input MaatregelInvoer`. */
export interface MaatregelInvoer {
  readonly code: string;
  /** ISO-8601. */
  readonly start: string;
  /** ISO-8601; absent: the catalogue's default duration. */
  readonly eind?: string | null;
  readonly reden: string;
}

export const PAS_MAATREGEL_TOE: TypedDocumentNode<
  { readonly pasMaatregelToe: CasusMaatregel },
  { readonly casusId: string; readonly maatregel: MaatregelInvoer }
> = gql`
  mutation PasMaatregelToe($casusId: ID!, $maatregel: MaatregelInvoer!) {
    pasMaatregelToe(casusId: $casusId, maatregel: $maatregel) {
      ...MaatregelVelden
    }
  }
  ${MAATREGEL_VELDEN}
`;
