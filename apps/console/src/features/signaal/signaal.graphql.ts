import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SignaalDetailVeldenFragment, SignaalQuery, SignaalQueryVariables } from '../../gql/schema';

/** status: ACTIEF or INGETROKKEN (a String in the schema). */
export type SignaalDetailGegevens = SignaalDetailVeldenFragment;
/**
 * actie: e.g. GEREGISTREERD, PERSONEN_TOEGEVOEGD, GECORRIGEERD, INGETROKKEN (a String in the schema);
 * gegevens: JSON, for a correction `{ oud, nieuw }`, for added persons `{ persoonIds }`.
 */
export type HistorieRegel = SignaalDetailGegevens['historie'][number];

/** Every field the detail page shows; the mutations return the same so the cache is complete. */
export const SIGNAAL_DETAIL_VELDEN: TypedDocumentNode<SignaalDetailVeldenFragment> = gql`
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

export const SIGNAAL: TypedDocumentNode<SignaalQuery, SignaalQueryVariables> = gql`
  query Signaal($id: ID!) {
    signaal(id: $id) {
      ...SignaalDetailVelden
    }
  }
  ${SIGNAAL_DETAIL_VELDEN}
`;
