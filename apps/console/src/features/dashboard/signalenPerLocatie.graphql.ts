import { gql, type TypedDocumentNode } from '@apollo/client';
import type { SignalenPerLocatieQuery, SignalenPerLocatieQueryVariables } from '../../gql/schema';

/**
 * Signals at one location (or municipality) in a period, counts only: locatie is a location code
 * (TER_APEL), else the municipality, else 'ONBEKEND'; vpt and ernstig (severity 3 or 4) are subsets.
 */
export type SignalenPerLocatie = SignalenPerLocatieQuery['signalenPerLocatie'][number];

/**
 * Signals per location over [van, tot) by incident time (signalen; withdrawn signals excluded).
 * Whoever may not see every signal gets the counts of their own organisation's signals.
 */
export const SIGNALEN_PER_LOCATIE: TypedDocumentNode<
  SignalenPerLocatieQuery,
  SignalenPerLocatieQueryVariables
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
