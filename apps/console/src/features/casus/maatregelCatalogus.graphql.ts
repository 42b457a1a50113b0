import { gql, type TypedDocumentNode } from '@apollo/client';

export interface MaatregelDefinitie {
  readonly code: string;
  readonly naam: string;
  /** PREVENTIEF, REPRESSIEF or KETEN. */
  readonly soort: string;
  readonly eigenaar: string;
  readonly wettelijkeGrondslag: string | null;
  readonly standaardDuurDagen: number | null;
  /** PERSOON, PLAATS and/or GROEP. */
  readonly toepassing: readonly string[];
}

export const MAATREGEL_CATALOGUS: TypedDocumentNode<
  { readonly maatregelCatalogus: readonly MaatregelDefinitie[] },
  Record<string, never>
> = gql`
  query MaatregelCatalogus {
    maatregelCatalogus {
      code
      naam
      soort
      eigenaar
      wettelijkeGrondslag
      standaardDuurDagen
      toepassing
    }
  }
`;
