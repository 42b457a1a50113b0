import { gql, type TypedDocumentNode } from '@apollo/client';

export interface CategorieOptie {
  readonly code: string;
  readonly label: string;
  /** Violence against someone doing a public task: always linked to the kernteam (R17). */
  readonly vpt: boolean;
  readonly subcategorieen: readonly { readonly code: string; readonly label: string }[];
}

export interface SignaalOptiesData {
  readonly organisaties: readonly { readonly code: string; readonly naam: string }[];
  /** The managed taxonomy: codes are stored on signals. */
  readonly signaalCategorieen: readonly CategorieOptie[];
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
      vpt
      subcategorieen {
        code
        label
      }
    }
  }
`;
