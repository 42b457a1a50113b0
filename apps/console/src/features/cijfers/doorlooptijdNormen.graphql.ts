import { gql, type TypedDocumentNode } from '@apollo/client';

export interface DoorlooptijdNorm {
  readonly spoor: number;
  readonly dagen: number;
  readonly gewijzigdOp: string;
}

export const DOORLOOPTIJD_NORMEN: TypedDocumentNode<
  { readonly doorlooptijdNormen: readonly DoorlooptijdNorm[] },
  Record<string, never>
> = gql`
  query DoorlooptijdNormen {
    doorlooptijdNormen {
      spoor
      dagen
      gewijzigdOp
    }
  }
`;
