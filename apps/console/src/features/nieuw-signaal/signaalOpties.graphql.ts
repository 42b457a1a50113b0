import { gql, type TypedDocumentNode } from '@apollo/client';

export interface SignaalOptiesData {
  readonly organisaties: readonly { readonly code: string; readonly naam: string }[];
  readonly signaalCategorieen: readonly { readonly code: string; readonly label: string }[];
}

export const SIGNAAL_OPTIES: TypedDocumentNode<SignaalOptiesData, Record<string, never>> = gql`
  query SignaalOpties {
    organisaties {
      code
      naam
    }
    signaalCategorieen {
      code
      label
    }
  }
`;
