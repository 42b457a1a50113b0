import { gql, type TypedDocumentNode } from '@apollo/client';
import { MAATREGEL_VELDEN, type CasusMaatregel } from './casus.graphql';

export const BEEINDIG_MAATREGEL: TypedDocumentNode<
  { readonly beeindigMaatregel: CasusMaatregel },
  { readonly id: string; readonly reden: string }
> = gql`
  mutation BeeindigMaatregel($id: ID!, $reden: String!) {
    beeindigMaatregel(id: $id, reden: $reden) {
      ...MaatregelVelden
    }
  }
  ${MAATREGEL_VELDEN}
`;
