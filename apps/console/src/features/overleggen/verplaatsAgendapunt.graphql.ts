import { gql, type TypedDocumentNode } from '@apollo/client';
import { OVERLEG_DETAIL_VELDEN, type OverlegDetailGegevens } from './overleg.graphql';

/** Move an item to position `volgorde` (1-based); the others shift. */
export const VERPLAATS_AGENDAPUNT: TypedDocumentNode<
  { readonly verplaatsAgendapunt: OverlegDetailGegevens },
  { readonly agendapuntId: string; readonly volgorde: number }
> = gql`
  mutation VerplaatsAgendapunt($agendapuntId: ID!, $volgorde: Int!) {
    verplaatsAgendapunt(agendapuntId: $agendapuntId, volgorde: $volgorde) {
      ...OverlegDetailVelden
    }
  }
  ${OVERLEG_DETAIL_VELDEN}
`;
