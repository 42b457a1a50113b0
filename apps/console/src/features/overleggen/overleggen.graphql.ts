import { gql, type TypedDocumentNode } from '@apollo/client';

export interface OverlegRij {
  readonly id: string;
  readonly soort: string;
  readonly titel: string;
  readonly locatieCode: string | null;
  readonly geplandOp: string;
  readonly vorigOverlegOp: string | null;
  readonly deelnemers: readonly { readonly naam: string; readonly organisatie: string }[];
  readonly agenda: readonly { readonly id: string }[];
}

/** Meetings, newest first (optionally of one kind, in a period). */
export const OVERLEGGEN: TypedDocumentNode<
  { readonly overleggen: readonly OverlegRij[] },
  { readonly soort?: string | null; readonly van?: string | null; readonly tot?: string | null }
> = gql`
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
