import { gql, type TypedDocumentNode } from '@apollo/client';

export interface KenVNummerToeData {
  /** The person with the V-nummer: this one, or the existing person it merged into. */
  readonly kenVNummerToe: { readonly id: string; readonly vNummer: string | null };
}

export interface KenVNummerToeVariabelen {
  readonly persoonId: string;
  readonly vNummer: string;
  readonly reden: string;
}

/** A provisional identity gets its V-nummer (if that V-nummer exists already: a merge). */
export const KEN_V_NUMMER_TOE: TypedDocumentNode<KenVNummerToeData, KenVNummerToeVariabelen> = gql`
  mutation KenVNummerToe($persoonId: ID!, $vNummer: String!, $reden: String!) {
    kenVNummerToe(persoonId: $persoonId, vNummer: $vNummer, reden: $reden) {
      id
      vNummer
    }
  }
`;
