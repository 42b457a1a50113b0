import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MaatregelCatalogusQuery, MaatregelCatalogusQueryVariables } from '../../gql/schema';

/** soort: PREVENTIEF, REPRESSIEF or KETEN; toepassing: PERSOON, PLAATS and/or GROEP. */
export type MaatregelDefinitie = MaatregelCatalogusQuery['maatregelCatalogus'][number];

export const MAATREGEL_CATALOGUS: TypedDocumentNode<
  MaatregelCatalogusQuery,
  MaatregelCatalogusQueryVariables
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
