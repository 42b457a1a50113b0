import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SignaalOptiesQuery, SignaalOptiesQueryVariables } from '../../gql/schema';

/**
 * The organisations and the managed taxonomy (its codes are stored on signals); a category's vpt:
 * violence against someone doing a public task, always linked to the kernteam (R17).
 */
export const SIGNAAL_OPTIES: TypedDocumentNode<SignaalOptiesQuery, SignaalOptiesQueryVariables> = gql`
  query SignaalOpties {
    organisaties {
      code
      naam
    }
    signaalCategorieen {
      code
      label
      vpt
      subcategorieen {
        code
        label
      }
    }
  }
`;
