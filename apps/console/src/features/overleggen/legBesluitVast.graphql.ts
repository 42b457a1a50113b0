import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ActieInvoer } from '../casus/maakActie.graphql';

/** A decision on an agenda item; with an action, that action lands on the case. */
export const LEG_BESLUIT_VAST: TypedDocumentNode<
  { readonly legBesluitVast: { readonly id: string; readonly actieId: string | null } },
  { readonly agendapuntId: string; readonly tekst: string; readonly actie?: ActieInvoer | null }
> = gql`
  mutation LegBesluitVast($agendapuntId: ID!, $tekst: String!, $actie: ActieInvoer) {
    legBesluitVast(agendapuntId: $agendapuntId, tekst: $tekst, actie: $actie) {
      id
      actieId
    }
  }
`;
