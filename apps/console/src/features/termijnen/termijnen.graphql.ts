import { gql, type TypedDocumentNode } from '@apollo/client';

export type TermijnStatus = 'GEPLAND' | 'GEWAARSCHUWD' | 'VERSTREKEN' | 'GEANNULEERD' | 'OPGESCHORT';

export interface Termijn {
  readonly id: string;
  /** The service that guards the deadline: signalen, casusregie, zsm or planning. */
  readonly dienst: string;
  readonly soort: string;
  readonly soortLabel: string;
  readonly onderwerpType: string;
  readonly onderwerpId: string;
  /** Organisation that must act before the deadline. */
  readonly organisatie: string;
  readonly vervaltOp: string;
  readonly oorspronkelijkVervaltOp: string;
  /** Rule from DOMAIN.md §5, e.g. "R12". */
  readonly regel: string | null;
  /** Dutch explanation of the rule. */
  readonly uitleg: string;
  readonly status: TermijnStatus;
  readonly afgevuurdOp: string | null;
  readonly opgeschortSinds: string | null;
}

/** Fields are absent when their service is switched off with its variable. */
export interface TermijnenData {
  readonly signalenKomend?: readonly Termijn[];
  readonly signalenVerstreken?: readonly Termijn[];
  readonly casusregieKomend?: readonly Termijn[];
  readonly casusregieVerstreken?: readonly Termijn[];
  readonly zsmKomend?: readonly Termijn[];
  readonly zsmVerstreken?: readonly Termijn[];
  readonly planningKomend?: readonly Termijn[];
  readonly planningVerstreken?: readonly Termijn[];
}

export interface TermijnenVariabelen {
  readonly eerste: number;
  readonly signalen: boolean;
  readonly casusregie: boolean;
  readonly zsm: boolean;
  readonly planning: boolean;
}

/**
 * One query; the gateway asks the four services (each guards its own deadlines), upcoming and
 * expired separately so that neither crowds out the other. A service can be left out with its
 * variable (used to find out which service failed).
 */
export const TERMIJNEN: TypedDocumentNode<TermijnenData, TermijnenVariabelen> = gql`
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
