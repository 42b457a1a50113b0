import { gql, type TypedDocumentNode } from '@apollo/client';
import { BEVINDING_VELDEN, type Bevinding } from './plaatsingen.graphql';

/** Mirrors `input PlaatsingVoorstelInvoer`. */
export interface PlaatsingVoorstelInvoer {
  readonly persoonId: string;
  readonly locatie: string;
  /** JJJJ-MM-DD. */
  readonly van: string;
  readonly tot?: string | null;
  /** 1 urgent, 2 normaal (default), 3 laag. */
  readonly prioriteit?: number | null;
  readonly artikel56?: boolean | null;
  readonly bewaringVerlengd?: boolean | null;
  /** Required when a rung of the ladder is skipped (R1). */
  readonly overslaanReden?: string | null;
  readonly vervangtPlaatsingId?: string | null;
  readonly casusId?: string | null;
  readonly toelichting?: string | null;
}

/** The dry run of a proposal (`type PlaatsingsBeoordeling`): nothing is stored. */
export interface PlaatsingsBeoordeling {
  readonly toegestaan: boolean;
  readonly bevindingen: readonly Bevinding[];
  /** The planned end that will be stored. */
  readonly tot: string | null;
  readonly maximaleTot: string | null;
  /** The rung of the ladder (R1), null when the location is not on it. */
  readonly trede: string | null;
  /** The first day the location is full: then the proposal goes to the waiting list. */
  readonly volOp: string | null;
}

/** The rules with their explanation and whether the location has room, for the proposal form. */
export const BEOORDEEL_PLAATSING: TypedDocumentNode<
  { readonly beoordeelPlaatsing: PlaatsingsBeoordeling },
  { readonly invoer: PlaatsingVoorstelInvoer }
> = gql`
  query BeoordeelPlaatsing($invoer: PlaatsingVoorstelInvoer!) {
    beoordeelPlaatsing(invoer: $invoer) {
      toegestaan
      bevindingen {
        ...BevindingVelden
      }
      tot
      maximaleTot
      trede
      volOp
    }
  }
  ${BEVINDING_VELDEN}
`;
