import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PersoonInvoer } from '../nieuw-signaal/registreerSignaal.graphql';
import { SIGNAAL_DETAIL_VELDEN, type SignaalDetailGegevens } from './signaal.graphql';

export interface VoegPersonenToeData {
  readonly voegPersonenToe: SignaalDetailGegevens;
}

export interface VoegPersonenToeVariabelen {
  readonly signaalId: string;
  readonly personen: PersoonInvoer[];
  readonly reden: string;
}

/** More persons on an existing signal (group incidents: the rest of the bus). */
export const VOEG_PERSONEN_TOE: TypedDocumentNode<VoegPersonenToeData, VoegPersonenToeVariabelen> = gql`
  mutation VoegPersonenToe($signaalId: ID!, $personen: [PersoonInvoer!]!, $reden: String!) {
    voegPersonenToe(signaalId: $signaalId, personen: $personen, reden: $reden) {
      ...SignaalDetailVelden
    }
  }
  ${SIGNAAL_DETAIL_VELDEN}
`;
