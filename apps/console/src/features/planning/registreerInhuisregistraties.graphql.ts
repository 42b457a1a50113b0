import { gql, type TypedDocumentNode } from '@apollo/client';

/** Mirrors `input InhuisregistratieInvoer`: a V-nummer or a persoonId, and the time (ISO-8601 with offset). */
export interface InhuisregistratieInvoer {
  readonly vNummer?: string | null;
  readonly persoonId?: string | null;
  readonly tijdstip: string;
}

/**
 * Record registrations in a window (one or many). Any error refuses the whole batch and names each
 * row: `registraties.<n>` or `registraties.<n>.tijdstip`.
 */
export const REGISTREER_INHUISREGISTRATIES: TypedDocumentNode<
  {
    readonly registreerInhuisregistraties: {
      readonly locatie: string;
      readonly geregistreerd: number;
      readonly alGeregistreerd: number;
    };
  },
  { readonly locatie: string; readonly registraties: readonly InhuisregistratieInvoer[] }
> = gql`
  mutation RegistreerInhuisregistraties($locatie: String!, $registraties: [InhuisregistratieInvoer!]!) {
    registreerInhuisregistraties(locatie: $locatie, registraties: $registraties) {
      locatie
      geregistreerd
      alGeregistreerd
    }
  }
`;
