import { gql, type TypedDocumentNode } from '@apollo/client';
import { OVERLEG_DETAIL_VELDEN, type OverlegDetailGegevens } from './overleg.graphql';

/** Compose the agenda again; items added by hand and items with decisions stay. */
export const VERNIEUW_AGENDA: TypedDocumentNode<
  { readonly vernieuwAgenda: OverlegDetailGegevens },
  { readonly overlegId: string }
> = gql`
  mutation VernieuwAgenda($overlegId: ID!) {
    vernieuwAgenda(overlegId: $overlegId) {
      ...OverlegDetailVelden
    }
  }
  ${OVERLEG_DETAIL_VELDEN}
`;
