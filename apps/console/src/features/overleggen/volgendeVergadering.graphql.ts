import { gql, type TypedDocumentNode } from '@apollo/client';
import type { VolgendeVergaderingQuery, VolgendeVergaderingQueryVariables } from '../../gql/schema';

/** The next fixed moment of a kind of meeting (KERNTEAM: Monday 09:00 Amsterdam); null when it has none. */
export const VOLGENDE_VERGADERING: TypedDocumentNode<
  VolgendeVergaderingQuery,
  VolgendeVergaderingQueryVariables
> = gql`
  query VolgendeVergadering($soort: OverlegSoort!) {
    volgendeVergadering(soort: $soort)
  }
`;
