import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OverleggenQuery, OverleggenQueryVariables } from '../../gql/schema';

export type OverlegRij = OverleggenQuery['overleggen'][number];

/** Meetings, newest first (optionally of one kind, in a period). */
export const OVERLEGGEN: TypedDocumentNode<OverleggenQuery, OverleggenQueryVariables> = gql`
  query Overleggen($soort: OverlegSoort, $van: String, $tot: String) {
    overleggen(soort: $soort, van: $van, tot: $tot) {
      id
      soort
      titel
      locatieCode
      geplandOp
      vorigOverlegOp
      deelnemers {
        naam
        organisatie
      }
      agenda {
        id
      }
    }
  }
`;
