import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Plaats } from '../signalen/signalen.graphql';

export interface SignaalDetailPersoon {
  readonly id: string;
  readonly vNummer: string | null;
  readonly naam: string | null;
  readonly geboortedatum: string | null;
  readonly geboortejaar: number | null;
  readonly nationaliteit: string | null;
  readonly coaNummer: string | null;
  readonly omschrijving: string | null;
}

export interface HistorieRegel {
  readonly versie: number;
  /** E.g. GEREGISTREERD, PERSONEN_TOEGEVOEGD, GECORRIGEERD, INGETROKKEN. */
  readonly actie: string;
  readonly tijdstip: string;
  readonly doorOrganisatie: string;
  readonly reden: string | null;
  /** JSON: for a correction `{ oud, nieuw }`, for added persons `{ persoonIds }`. */
  readonly gegevens: string;
}

export interface SignaalDetailGegevens {
  readonly id: string;
  readonly bronOrganisatie: string;
  readonly bronReferentie: string;
  readonly categorie: string;
  readonly categorieLabel: string;
  readonly subcategorie: string | null;
  readonly subcategorieLabel: string | null;
  readonly ernst: number;
  readonly omschrijving: string;
  readonly tijdstipIncident: string;
  readonly tijdstipMelding: string;
  readonly geregistreerdOp: string;
  readonly geregistreerdDoor: string | null;
  readonly plaats: Plaats;
  readonly aangifte: boolean;
  readonly pvNummer: string | null;
  /** ACTIEF or INGETROKKEN. */
  readonly status: string;
  readonly versie: number;
  readonly vpt: boolean;
  readonly personen: readonly SignaalDetailPersoon[];
  readonly historie: readonly HistorieRegel[];
}

export interface SignaalData {
  /** Non-null in the schema; absent when the query failed (errorPolicy 'all'). */
  readonly signaal: SignaalDetailGegevens | null;
}

export interface SignaalVariabelen {
  readonly id: string;
}

/** Every field the detail page shows; the mutations return the same so the cache is complete. */
export const SIGNAAL_DETAIL_VELDEN = gql`
  fragment SignaalDetailVelden on Signaal {
    id
    bronOrganisatie
    bronReferentie
    categorie
    categorieLabel
    subcategorie
    subcategorieLabel
    ernst
    omschrijving
    tijdstipIncident
    tijdstipMelding
    geregistreerdOp
    geregistreerdDoor
    plaats {
      gemeente
      locatieCode
      breedtegraad
      lengtegraad
    }
    aangifte
    pvNummer
    status
    versie
    vpt
    personen {
      id
      vNummer
      naam
      geboortedatum
      geboortejaar
      nationaliteit
      coaNummer
      omschrijving
    }
    historie {
      versie
      actie
      tijdstip
      doorOrganisatie
      reden
      gegevens
    }
  }
`;

export const SIGNAAL: TypedDocumentNode<SignaalData, SignaalVariabelen> = gql`
  query Signaal($id: ID!) {
    signaal(id: $id) {
      ...SignaalDetailVelden
    }
  }
  ${SIGNAAL_DETAIL_VELDEN}
`;
