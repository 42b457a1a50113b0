import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PlaatsInvoer } from '../nieuw-signaal/registreerSignaal.graphql';
import { SIGNAAL_DETAIL_VELDEN, type SignaalDetailGegevens } from './signaal.graphql';

/** Mirrors `input SignaalCorrectie`: only the fields that change; null clears an optional field. */
export interface SignaalCorrectie {
  categorie?: string;
  subcategorie?: string | null;
  ernst?: number;
  omschrijving?: string;
  tijdstipIncident?: string;
  plaats?: PlaatsInvoer;
  aangifte?: boolean;
  pvNummer?: string | null;
}

export interface CorrigeerSignaalData {
  readonly corrigeerSignaal: SignaalDetailGegevens;
}

export interface CorrigeerSignaalVariabelen {
  readonly signaalId: string;
  readonly correctie: SignaalCorrectie;
  readonly reden: string;
}

export const CORRIGEER_SIGNAAL: TypedDocumentNode<CorrigeerSignaalData, CorrigeerSignaalVariabelen> = gql`
  mutation CorrigeerSignaal($signaalId: ID!, $correctie: SignaalCorrectie!, $reden: String!) {
    corrigeerSignaal(signaalId: $signaalId, correctie: $correctie, reden: $reden) {
      ...SignaalDetailVelden
    }
  }
  ${SIGNAAL_DETAIL_VELDEN}
`;
