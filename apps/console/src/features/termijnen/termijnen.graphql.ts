import { gql, type TypedDocumentNode } from '@apollo/client';
import type { TermijnenQuery, TermijnenQueryVariables, TermijnVeldenFragment } from '../../gql/schema';

/**
 * dienst: the service that guards the deadline (signalen, casusregie, zsm or planning); organisatie:
 * who must act before the deadline; regel: rule from DOMAIN.md §5, e.g. "R12".
 */
export type Termijn = TermijnVeldenFragment;

/**
 * One query; the gateway asks the four services (each guards its own deadlines), upcoming and
 * expired separately so that neither crowds out the other. A service can be left out with its
 * variable (used to find out which service failed).
 */
export const TERMIJNEN: TypedDocumentNode<TermijnenQuery, TermijnenQueryVariables> = gql`
  query Termijnen(
    $eerste: Int!
    $signalen: Boolean!
    $casusregie: Boolean!
    $zsm: Boolean!
    $planning: Boolean!
  ) {
    signalenKomend: signalenTermijnen(weergave: KOMEND, eerste: $eerste) @include(if: $signalen) {
      ...TermijnVelden
    }
    signalenVerstreken: signalenTermijnen(weergave: VERSTREKEN, eerste: $eerste) @include(if: $signalen) {
      ...TermijnVelden
    }
    casusregieKomend: casusregieTermijnen(weergave: KOMEND, eerste: $eerste) @include(if: $casusregie) {
      ...TermijnVelden
    }
    casusregieVerstreken: casusregieTermijnen(weergave: VERSTREKEN, eerste: $eerste)
      @include(if: $casusregie) {
      ...TermijnVelden
    }
    zsmKomend: zsmTermijnen(weergave: KOMEND, eerste: $eerste) @include(if: $zsm) {
      ...TermijnVelden
    }
    zsmVerstreken: zsmTermijnen(weergave: VERSTREKEN, eerste: $eerste) @include(if: $zsm) {
      ...TermijnVelden
    }
    planningKomend: planningTermijnen(weergave: KOMEND, eerste: $eerste) @include(if: $planning) {
      ...TermijnVelden
    }
    planningVerstreken: planningTermijnen(weergave: VERSTREKEN, eerste: $eerste) @include(if: $planning) {
      ...TermijnVelden
    }
  }

  fragment TermijnVelden on Termijn {
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
