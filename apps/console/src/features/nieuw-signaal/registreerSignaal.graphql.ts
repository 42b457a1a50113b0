import { gql, type TypedDocumentNode } from '@apollo/client';

/** Mirrors `input PersoonInvoer`; absent values are omitted, never sent as null. */
export interface PersoonInvoer {
  vNummer?: string;
  naam?: string;
  geboortedatum?: string;
  nationaliteit?: string;
}

/** Mirrors `input SignaalInvoer`; bronOrganisatie and categorie are enum values (the codes). */
export interface SignaalInvoer {
  bronOrganisatie: string;
  bronReferentie: string;
  categorie: string;
  omschrijving: string;
  tijdstipIncident: string;
  personen: PersoonInvoer[];
}

export interface RegistreerSignaalData {
  readonly registreerSignaal: { readonly id: string; readonly bronReferentie: string };
}

export interface RegistreerSignaalVariabelen {
  readonly invoer: SignaalInvoer;
}

export const REGISTREER_SIGNAAL: TypedDocumentNode<RegistreerSignaalData, RegistreerSignaalVariabelen> = gql`
  mutation RegistreerSignaal($invoer: SignaalInvoer!) {
    registreerSignaal(invoer: $invoer) {
      id
      bronReferentie
    }
  }
`;
