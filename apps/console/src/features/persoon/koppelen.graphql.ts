import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VoegPersonenSamenMutation, VoegPersonenSamenMutationVariables } from '../../gql/schema';

export const VOEG_PERSONEN_SAMEN: TypedDocumentNode<
  VoegPersonenSamenMutation,
  VoegPersonenSamenMutationVariables
> = gql`
  mutation VoegPersonenSamen($invoer: VoegPersonenSamenInvoer!) {
    voegPersonenSamen(invoer: $invoer) {
      id
      behoudenId
      aantalSignalen
    }
  }
`;
