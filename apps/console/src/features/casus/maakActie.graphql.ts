import { gql, type TypedDocumentNode } from '@apollo/client';
import { ACTIE_VELDEN, type Actie } from './casus.graphql';

/** Mirrors `input ActieInvoer`. */
export interface ActieInvoer {
  readonly omschrijving: string;
  readonly eigenaarOrganisatie: string;
  readonly eigenaarPersoon?: string | null;
  /** ISO-8601. */
  readonly deadline: string;
}

export const MAAK_ACTIE: TypedDocumentNode<
  { readonly maakActie: Actie },
  { readonly casusId: string; readonly actie: ActieInvoer }
> = gql`
  mutation MaakActie($casusId: ID!, $actie: ActieInvoer!) {
    maakActie(casusId: $casusId, actie: $actie) {
      ...ActieVelden
    }
  }
  ${ACTIE_VELDEN}
`;
