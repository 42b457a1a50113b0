import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PasMaatregelToeMutation, PasMaatregelToeMutationVariables } from '../../gql/schema';
import { MAATREGEL_VELDEN } from './casus.graphql';

export const PAS_MAATREGEL_TOE: TypedDocumentNode<PasMaatregelToeMutation, PasMaatregelToeMutationVariables> =
  gql`
    mutation PasMaatregelToe($casusId: ID!, $maatregel: MaatregelInvoer!) {
      pasMaatregelToe(casusId: $casusId, maatregel: $maatregel) {
        ...MaatregelVelden
      }
    }
    ${MAATREGEL_VELDEN}
  `;
