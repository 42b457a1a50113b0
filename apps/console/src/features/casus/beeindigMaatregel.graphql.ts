import { gql, type TypedDocumentNode } from '@apollo/client';
import type { BeeindigMaatregelMutation, BeeindigMaatregelMutationVariables } from '../../gql/schema';
import { MAATREGEL_VELDEN } from './casus.graphql';

export const BEEINDIG_MAATREGEL: TypedDocumentNode<
  BeeindigMaatregelMutation,
  BeeindigMaatregelMutationVariables
> = gql`
  mutation BeeindigMaatregel($id: ID!, $reden: String!) {
    beeindigMaatregel(id: $id, reden: $reden) {
      ...MaatregelVelden
    }
  }
  ${MAATREGEL_VELDEN}
`;
