import { gql, type TypedDocumentNode } from '@apollo/client';
import { PERSOON_KERN, type PersoonKern } from './persoon.graphql';

/**
 * Person search (signalen's `zoekPersonen`, the same need-to-know as `persoon(id)`): V-nummer and
 * COA-nummer exactly, a part of the name or of another name (alias) without diacritics.
 */
export interface PersoonTreffer {
  readonly persoon: PersoonKern & { readonly samengevoegdIn: string | null };
  /** V_NUMMER, COA_NUMMER, NAAM or ALIAS. */
  readonly gevondenOp: string;
  /** The other name that matched (ALIAS). */
  readonly alias: string | null;
}

export interface ZoekPersonenData {
  readonly zoekPersonen: {
    readonly treffers: readonly PersoonTreffer[];
    /** More matches than asked for: refine the term. */
    readonly meer: boolean;
  };
}

export interface ZoekPersonenVariabelen {
  readonly zoekterm: string;
  readonly eerste: number;
}

export const ZOEK_PERSONEN: TypedDocumentNode<ZoekPersonenData, ZoekPersonenVariabelen> = gql`
  query ZoekPersonen($zoekterm: String!, $eerste: Int!) {
    zoekPersonen(zoekterm: $zoekterm, eerste: $eerste) {
      treffers {
        persoon {
          ...PersoonKern
          samengevoegdIn
        }
        gevondenOp
        alias
      }
      meer
    }
  }
  ${PERSOON_KERN}
`;
