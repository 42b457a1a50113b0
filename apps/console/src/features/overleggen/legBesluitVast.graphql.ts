import { gql, type TypedDocumentNode } from '@apollo/client';
import type { LegBesluitVastMutation, LegBesluitVastMutationVariables } from '../../gql/schema';

/** A decision on an agenda item; with an action, that action lands on the case. */
export const LEG_BESLUIT_VAST: TypedDocumentNode<LegBesluitVastMutation, LegBesluitVastMutationVariables> =
  gql`
    mutation LegBesluitVast($agendapuntId: ID!, $tekst: String!, $actie: ActieInvoer) {
      legBesluitVast(agendapuntId: $agendapuntId, tekst: $tekst, actie: $actie) {
        id
        actieId
      }
    }
  `;
