import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  BevindingVeldenFragment,
  PlaatsingVeldenFragment,
  PlaatsingenQuery,
  PlaatsingenQueryVariables,
} from '../../gql/schema';
import { PERSOON_NAAM_VELDEN } from '../casusregie/persoonKort.graphql';

/**
 * The outcome of one rule when a placement is assessed (`type Bevinding`): regel is the rule of
 * DOMAIN.md §5 (e.g. R3; null for the ladder, R1 is named in the text), blokkerend blocks the placement.
 */
export type Bevinding = BevindingVeldenFragment;

/**
 * A placement on the escalation ladder (`type Plaatsing`) with the person's names. status: VOORGESTELD,
 * WACHTLIJST, AANGEBODEN, GOEDGEKEURD, ACTIEF, BEEINDIGD or AFGEWEZEN (a String in the schema); van and tot
 * JJJJ-MM-DD (tot inclusive); prioriteit 1 urgent, 2 normaal, 3 laag.
 */
export type Plaatsing = PlaatsingenQuery['plaatsingen'][number];

/** What a mutation returns: the placement with `persoon { id }` only. */
export type PlaatsingZonderNaam = PlaatsingVeldenFragment;

export const BEVINDING_VELDEN: TypedDocumentNode<BevindingVeldenFragment> = gql`
  fragment BevindingVelden on Bevinding {
    code
    regel
    tekst
    blokkerend
  }
`;

/** A placement without the person's names (mutation results carry `persoon { id }` only). */
export const PLAATSING_VELDEN: TypedDocumentNode<PlaatsingVeldenFragment> = gql`
  fragment PlaatsingVelden on Plaatsing {
    id
    persoon {
      id
    }
    casusId
    locatie
    locatieNaam
    locatieSoort
    status
    statusLabel
    van
    tot
    werkelijkEind
    eindReden
    prioriteit
    artikel56
    bewaringVerlengd
    overslaanReden
    toelichting
    bevindingen {
      ...BevindingVelden
    }
    vervangtPlaatsingId
    termijnId
    voorgesteldDoor
    voorgesteldOp
    wachtlijstSinds
    aangebodenOp
  }
  ${BEVINDING_VELDEN}
`;

/** Placements; the waiting list and offers first (planning service). */
export const PLAATSINGEN: TypedDocumentNode<PlaatsingenQuery, PlaatsingenQueryVariables> = gql`
  query Plaatsingen($status: [String!], $locatie: String, $eerste: Int) {
    plaatsingen(status: $status, locatie: $locatie, eerste: $eerste) {
      ...PlaatsingVelden
      persoon {
        ...PersoonNaamVelden
      }
    }
  }
  ${PLAATSING_VELDEN}
  ${PERSOON_NAAM_VELDEN}
`;
