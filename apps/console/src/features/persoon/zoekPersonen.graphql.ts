import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ZoekPersonenQuery, ZoekPersonenQueryVariables } from '../../gql/schema';
import { PERSOON_KERN } from './persoon.graphql';

/**
 * Person search (signalen's `zoekPersonen`, the same need-to-know as `persoon(id)`): V-nummer and
 * COA-nummer exactly, a part of the name or of another name (alias) without diacritics. gevondenOp:
 * V_NUMMER, COA_NUMMER, NAAM or ALIAS (a String in the schema); alias: the other name that matched.
 */
export type PersoonTreffer = ZoekPersonenQuery['zoekPersonen']['treffers'][number];

export const ZOEK_PERSONEN: TypedDocumentNode<ZoekPersonenQuery, ZoekPersonenQueryVariables> = gql`
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
