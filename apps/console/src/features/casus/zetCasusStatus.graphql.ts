import { gql, type TypedDocumentNode } from '@apollo/client';
import { CASUS_DETAIL_VELDEN, type CasusDetailGegevens } from './casus.graphql';

export interface ZetCasusStatusVariabelen {
  readonly id: string;
  readonly naar: string;
  readonly reden: string;
  readonly doorverwezenNaar?: string | null;
}

/** A transition with its reason; refused transitions come back per field (naar, reden, doorverwezenNaar). */
export const ZET_CASUS_STATUS: TypedDocumentNode<
  { readonly zetCasusStatus: CasusDetailGegevens },
  ZetCasusStatusVariabelen
> = gql`
  mutation ZetCasusStatus($id: ID!, $naar: CasusStatus!, $reden: String!, $doorverwezenNaar: Doorverwijzing) {
    zetCasusStatus(id: $id, naar: $naar, reden: $reden, doorverwezenNaar: $doorverwezenNaar) {
      ...CasusDetailVelden
    }
  }
  ${CASUS_DETAIL_VELDEN}
`;
