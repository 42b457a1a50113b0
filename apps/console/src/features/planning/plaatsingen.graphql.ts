import { gql, type TypedDocumentNode } from '@apollo/client';
import { PERSOON_NAAM_VELDEN, type PersoonKort } from '../casusregie/persoonKort.graphql';

/** The outcome of one rule when a placement is assessed (`type Bevinding`). */
export interface Bevinding {
  readonly code: string;
  /** Rule of DOMAIN.md §5, e.g. R3; null for the ladder (R1 is named in the text). */
  readonly regel: string | null;
  readonly tekst: string;
  /** Blocks the placement. */
  readonly blokkerend: boolean;
}

/** A placement on the escalation ladder (`type Plaatsing`). */
export interface Plaatsing {
  readonly id: string;
  readonly persoon: PersoonKort;
  readonly casusId: string | null;
  /** Location code. */
  readonly locatie: string;
  readonly locatieNaam: string;
  readonly locatieSoort: string;
  /** VOORGESTELD, WACHTLIJST, AANGEBODEN, GOEDGEKEURD, ACTIEF, BEEINDIGD, AFGEWEZEN. */
  readonly status: string;
  readonly statusLabel: string;
  /** JJJJ-MM-DD. */
  readonly van: string;
  /** Planned end (JJJJ-MM-DD, inclusive). */
  readonly tot: string | null;
  readonly werkelijkEind: string | null;
  readonly eindReden: string | null;
  /** 1 urgent, 2 normaal, 3 laag. */
  readonly prioriteit: number;
  readonly artikel56: boolean;
  readonly bewaringVerlengd: boolean;
  readonly overslaanReden: string | null;
  readonly toelichting: string;
  readonly bevindingen: readonly Bevinding[];
  readonly vervangtPlaatsingId: string | null;
  readonly termijnId: string | null;
  readonly voorgesteldDoor: string;
  readonly voorgesteldOp: string;
  readonly wachtlijstSinds: string | null;
  readonly aangebodenOp: string | null;
}

/** What a mutation returns: the placement with `persoon { id }` only. */
export type PlaatsingZonderNaam = Omit<Plaatsing, 'persoon'> & { readonly persoon: { readonly id: string } };

export const BEVINDING_VELDEN = gql`
  fragment BevindingVelden on Bevinding {
    code
    regel
    tekst
    blokkerend
  }
`;

/** A placement without the person's names (mutation results carry `persoon { id }` only). */
export const PLAATSING_VELDEN = gql`
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

export interface PlaatsingenVariabelen {
  readonly status?: readonly string[] | null;
  readonly locatie?: string | null;
  readonly eerste?: number | null;
}

/** Placements; the waiting list and offers first (planning service). */
export const PLAATSINGEN: TypedDocumentNode<
  { readonly plaatsingen: readonly Plaatsing[] },
  PlaatsingenVariabelen
> = gql`
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
