import { gql, type TypedDocumentNode } from '@apollo/client';

/** Signals at one location (or municipality) in a period: counts only. */
export interface SignalenPerLocatie {
  /** A location code (TER_APEL), else the municipality, else 'ONBEKEND'. */
  readonly locatie: string;
  readonly aantal: number;
  /** Of which violence against a public servant (VPT). */
  readonly vpt: number;
  /** Of which severity 3 or 4. */
  readonly ernstig: number;
}

/**
 * Signals per location over [van, tot) by incident time (signalen; withdrawn signals excluded).
 * Whoever may not see every signal gets the counts of their own organisation's signals.
 */
export const SIGNALEN_PER_LOCATIE: TypedDocumentNode<
  { readonly signalenPerLocatie: readonly SignalenPerLocatie[] },
  { readonly van: string; readonly tot: string }
> = gql`
  query SignalenPerLocatie($van: String!, $tot: String!) {
    signalenPerLocatie(van: $van, tot: $tot) {
      locatie
      aantal
      vpt
      ernstig
    }
  }
`;
