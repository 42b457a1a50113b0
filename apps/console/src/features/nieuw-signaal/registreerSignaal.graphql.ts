import { gql, type TypedDocumentNode } from '@apollo/client';

/** Mirrors `input PersoonInvoer`; absent values are omitted, never sent as null. */
export interface PersoonInvoer {
  vNummer?: string;
  naam?: string;
  geboortedatum?: string;
  nationaliteit?: string;
  /** Estimated year of birth when the date is not known. */
  geboortejaar?: number;
  coaNummer?: string;
  /** Description of a person not (yet) named, e.g. in a group incident. */
  omschrijving?: string;
}

/** Mirrors `input PlaatsInvoer`: a gemeente or a locatieCode (or both); coordinates per pair. */
export interface PlaatsInvoer {
  gemeente?: string;
  locatieCode?: string;
  breedtegraad?: number;
  lengtegraad?: number;
}

/** Mirrors `input SignaalInvoer`; bronOrganisatie is an enum value, categorie a taxonomy code. */
export interface SignaalInvoer {
  bronOrganisatie: string;
  bronReferentie: string;
  categorie: string;
  subcategorie?: string;
  /** COA impact level 1–4. */
  ernst: number;
  omschrijving: string;
  tijdstipIncident: string;
  /** Absent: the service uses the time of registration. */
  tijdstipMelding?: string;
  plaats: PlaatsInvoer;
  aangifte: boolean;
  /** Required when aangifte is true. */
  pvNummer?: string;
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
