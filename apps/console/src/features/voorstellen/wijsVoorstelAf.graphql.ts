import { gql, type TypedDocumentNode } from '@apollo/client';
import { VOORSTEL_VELDEN, type CasusVoorstel } from './voorstellen.graphql';

export const WIJS_VOORSTEL_AF: TypedDocumentNode<
  { readonly wijsVoorstelAf: CasusVoorstel },
  { readonly id: string; readonly reden: string }
> = gql`
  mutation WijsVoorstelAf($id: ID!, $reden: String!) {
    wijsVoorstelAf(id: $id, reden: $reden) {
      ...VoorstelVelden
    }
  }
  ${VOORSTEL_VELDEN}
`;
