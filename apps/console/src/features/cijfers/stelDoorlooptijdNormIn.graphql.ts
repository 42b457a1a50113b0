import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  StelDoorlooptijdNormInMutation,
  StelDoorlooptijdNormInMutationVariables,
} from '../../gql/schema';

/** The national lead-time norm of one spoor (aanmelding → beschikking), set by DGM/DRM. */
export const STEL_DOORLOOPTIJD_NORM_IN: TypedDocumentNode<
  StelDoorlooptijdNormInMutation,
  StelDoorlooptijdNormInMutationVariables
> = gql`
  mutation StelDoorlooptijdNormIn($spoor: Int!, $dagen: Int!) {
    stelDoorlooptijdNormIn(spoor: $spoor, dagen: $dagen) {
      spoor
      dagen
      gewijzigdOp
    }
  }
`;
