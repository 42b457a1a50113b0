import { gql, type TypedDocumentNode } from '@apollo/client';
import { CASUS_DETAIL_VELDEN, type CasusDetailGegevens } from './casus.graphql';

/** Mirrors `input CasusGegevens`: omitted fields stay as they are, null clears. */
export interface CasusGegevens {
  spoor?: number | null;
  kansarm?: boolean | null;
  land?: string | null;
  locatieCode?: string | null;
  procedurefase?: string | null;
}

export const WIJZIG_CASUS: TypedDocumentNode<
  { readonly wijzigCasus: CasusDetailGegevens },
  { readonly id: string; readonly gegevens: CasusGegevens; readonly reden: string }
> = gql`
  mutation WijzigCasus($id: ID!, $gegevens: CasusGegevens!, $reden: String!) {
    wijzigCasus(id: $id, gegevens: $gegevens, reden: $reden) {
      ...CasusDetailVelden
    }
  }
  ${CASUS_DETAIL_VELDEN}
`;
