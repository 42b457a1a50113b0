import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  WerkvoorraadCasussenTellingQuery,
  WerkvoorraadCasussenTellingQueryVariables,
  WerkvoorraadTermijnenQuery,
  WerkvoorraadTermijnenQueryVariables,
  WerkvoorraadTermijnenTellingQuery,
  WerkvoorraadTermijnenTellingQueryVariables,
  WerkvoorraadVoorstellenTellingQuery,
  WerkvoorraadVoorstellenTellingQueryVariables,
  WerkvoorraadWachtlijstTellingQuery,
  WerkvoorraadWachtlijstTellingQueryVariables,
} from '../../gql/schema';

/** The queue of placements waiting for a place: on the waiting list, or offered a place. */
export const WACHTLIJST_STATUSSEN = ['WACHTLIJST', 'AANGEBODEN'] as const;

/** Open proposals (casusVoorstellen defaults to these; named, so list and count share the cache). */
export const OPEN_VOORSTELLEN = ['OPEN'] as const;

/** Per service; the services accept 1–1000 and list the soonest first. */
export const TERMIJNEN_EERSTE = 1000;

/** Placements: the planning service accepts 1–1000 (default 200). */
export const PLAATSINGEN_EERSTE = 1000;

// ---------------------------------------------------------------- counts (navigation and tabs)

/** Only the number of cases matching a filter (`totaal` counts all pages). */
export const CASUSSEN_TELLING: TypedDocumentNode<
  WerkvoorraadCasussenTellingQuery,
  WerkvoorraadCasussenTellingQueryVariables
> = gql`
  query WerkvoorraadCasussenTelling($filter: CasusFilter) {
    casussen(filter: $filter, eerste: 1) {
      totaal
    }
  }
`;

export const VOORSTELLEN_TELLING: TypedDocumentNode<
  WerkvoorraadVoorstellenTellingQuery,
  WerkvoorraadVoorstellenTellingQueryVariables
> = gql`
  query WerkvoorraadVoorstellenTelling($status: [String!]) {
    casusVoorstellen(status: $status) {
      id
    }
  }
`;

export const WACHTLIJST_TELLING: TypedDocumentNode<
  WerkvoorraadWachtlijstTellingQuery,
  WerkvoorraadWachtlijstTellingQueryVariables
> = gql`
  query WerkvoorraadWachtlijstTelling($status: [String!], $eerste: Int) {
    plaatsingen(status: $status, eerste: $eerste) {
      id
    }
  }
`;

/** Each service's field is nullable: one that fails or refuses leaves the others' deadlines. */
export type TermijnKort = NonNullable<WerkvoorraadTermijnenTellingQuery['signalenTermijnen']>[number];

export const TERMIJNEN_TELLING: TypedDocumentNode<
  WerkvoorraadTermijnenTellingQuery,
  WerkvoorraadTermijnenTellingQueryVariables
> = gql`
  query WerkvoorraadTermijnenTelling($eerste: Int!, $vervaltVoor: String!) {
    signalenTermijnen(weergave: KOMEND, eerste: $eerste, vervaltVoor: $vervaltVoor) {
      id
      vervaltOp
      status
    }
    casusregieTermijnen(weergave: KOMEND, eerste: $eerste, vervaltVoor: $vervaltVoor) {
      id
      vervaltOp
      status
    }
    zsmTermijnen(weergave: KOMEND, eerste: $eerste, vervaltVoor: $vervaltVoor) {
      id
      vervaltOp
      status
    }
    planningTermijnen(weergave: KOMEND, eerste: $eerste, vervaltVoor: $vervaltVoor) {
      id
      vervaltOp
      status
    }
  }
`;

// ---------------------------------------------------------------- the deadlines queue itself

/** Upcoming deadlines of the four services with what the queue shows (same fields as #/termijnen). */
export const TERMIJNEN_LIJST: TypedDocumentNode<
  WerkvoorraadTermijnenQuery,
  WerkvoorraadTermijnenQueryVariables
> = gql`
  query WerkvoorraadTermijnen($eerste: Int!, $vervaltVoor: String!) {
    signalenTermijnen(weergave: KOMEND, eerste: $eerste, vervaltVoor: $vervaltVoor) {
      ...WerkvoorraadTermijnVelden
    }
    casusregieTermijnen(weergave: KOMEND, eerste: $eerste, vervaltVoor: $vervaltVoor) {
      ...WerkvoorraadTermijnVelden
    }
    zsmTermijnen(weergave: KOMEND, eerste: $eerste, vervaltVoor: $vervaltVoor) {
      ...WerkvoorraadTermijnVelden
    }
    planningTermijnen(weergave: KOMEND, eerste: $eerste, vervaltVoor: $vervaltVoor) {
      ...WerkvoorraadTermijnVelden
    }
  }

  fragment WerkvoorraadTermijnVelden on Termijn {
    id
    dienst
    soort
    soortLabel
    onderwerpType
    onderwerpId
    organisatie
    vervaltOp
    oorspronkelijkVervaltOp
    regel
    uitleg
    status
    afgevuurdOp
    opgeschortSinds
  }
`;

export const TERMIJN_VELDEN = [
  'signalenTermijnen',
  'casusregieTermijnen',
  'zsmTermijnen',
  'planningTermijnen',
] as const;
