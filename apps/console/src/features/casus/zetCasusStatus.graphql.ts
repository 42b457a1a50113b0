import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ZetCasusStatusMutation, ZetCasusStatusMutationVariables } from '../../gql/schema';
import { CASUS_DETAIL_VELDEN } from './casus.graphql';

/** A transition with its reason; refused transitions come back per field (naar, reden, doorverwezenNaar). */
export const ZET_CASUS_STATUS: TypedDocumentNode<ZetCasusStatusMutation, ZetCasusStatusMutationVariables> =
  gql`
    mutation ZetCasusStatus(
      $id: ID!
      $naar: CasusStatus!
      $reden: String!
      $doorverwezenNaar: Doorverwijzing
    ) {
      zetCasusStatus(id: $id, naar: $naar, reden: $reden, doorverwezenNaar: $doorverwezenNaar) {
        ...CasusDetailVelden
      }
    }
    ${CASUS_DETAIL_VELDEN}
  `;
