import { gql, type TypedDocumentNode } from '@apollo/client';
import { OVERLEG_DETAIL_VELDEN, type OverlegDetailGegevens } from './overleg.graphql';

/** Put a case on the agenda by hand (after the generated items). */
export const VOEG_AGENDAPUNT_TOE: TypedDocumentNode<
  { readonly voegAgendapuntToe: OverlegDetailGegevens },
  { readonly overlegId: string; readonly casusId: string }
> = gql`
  mutation VoegAgendapuntToe($overlegId: ID!, $casusId: ID!) {
    voegAgendapuntToe(overlegId: $overlegId, casusId: $casusId) {
      ...OverlegDetailVelden
    }
  }
  ${OVERLEG_DETAIL_VELDEN}
`;
