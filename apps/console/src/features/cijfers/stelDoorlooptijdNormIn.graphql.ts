import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DoorlooptijdNorm } from './doorlooptijdNormen.graphql';

/** The national lead-time norm of one spoor (aanmelding → beschikking), set by DGM/DRM. */
export const STEL_DOORLOOPTIJD_NORM_IN: TypedDocumentNode<
  { readonly stelDoorlooptijdNormIn: readonly DoorlooptijdNorm[] },
  { readonly spoor: number; readonly dagen: number }
> = gql`
  mutation StelDoorlooptijdNormIn($spoor: Int!, $dagen: Int!) {
    stelDoorlooptijdNormIn(spoor: $spoor, dagen: $dagen) {
      spoor
      dagen
      gewijzigdOp
    }
  }
`;
