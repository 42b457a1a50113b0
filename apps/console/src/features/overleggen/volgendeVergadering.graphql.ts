import { gql, type TypedDocumentNode } from '@apollo/client';

/** The next fixed moment of a kind of meeting (KERNTEAM: Monday 09:00 Amsterdam); null when it has none. */
export const VOLGENDE_VERGADERING: TypedDocumentNode<
  { readonly volgendeVergadering: string | null },
  { readonly soort: string }
> = gql`
  query VolgendeVergadering($soort: OverlegSoort!) {
    volgendeVergadering(soort: $soort)
  }
`;
