import { gql, type TypedDocumentNode } from '@apollo/client';
import type { WijsVoorstelAfMutation, WijsVoorstelAfMutationVariables } from '../../gql/schema';
import { VOORSTEL_VELDEN } from './voorstellen.graphql';

export const WIJS_VOORSTEL_AF: TypedDocumentNode<WijsVoorstelAfMutation, WijsVoorstelAfMutationVariables> =
  gql`
    mutation WijsVoorstelAf($id: ID!, $reden: String!) {
      wijsVoorstelAf(id: $id, reden: $reden) {
        ...VoorstelVelden
      }
    }
    ${VOORSTEL_VELDEN}
  `;
