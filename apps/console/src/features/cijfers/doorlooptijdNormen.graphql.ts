import { gql, type TypedDocumentNode } from '@apollo/client';
import type { DoorlooptijdNormenQuery, DoorlooptijdNormenQueryVariables } from '../../gql/schema';

export const DOORLOOPTIJD_NORMEN: TypedDocumentNode<
  DoorlooptijdNormenQuery,
  DoorlooptijdNormenQueryVariables
> = gql`
  query DoorlooptijdNormen {
    doorlooptijdNormen {
      spoor
      dagen
      gewijzigdOp
    }
  }
`;
