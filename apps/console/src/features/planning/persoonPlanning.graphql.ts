import { gql, type TypedDocumentNode } from '@apollo/client';
import { PLAATSING_VELDEN, type PlaatsingZonderNaam } from './plaatsingen.graphql';
import { TTSD_VELDEN, type Ttsd } from './procedurePlan.graphql';

/** A person under the inhuisregistratie at a location (`type InhuisregistratiePlicht`). */
export interface InhuisregistratiePlicht {
  readonly id: string;
  readonly locatie: string;
  readonly van: string;
  readonly tot: string | null;
  readonly reden: string;
}

/** A registration or a missed window, the last 14 days (`type Inhuisregistratie`). */
export interface Inhuisregistratie {
  readonly datum: string;
  readonly venster: string;
  readonly locatie: string;
  readonly tijdstip: string | null;
  readonly gemist: boolean;
  /** The signal "niet verschenen" sent for a missed window. */
  readonly signaalId: string | null;
}

export interface PersoonPlanningData {
  /** Null when signalen does not know the person; the planning lists are null when planning failed. */
  readonly persoon: {
    readonly id: string;
    readonly vNummer: string | null;
    readonly naam: string | null;
    readonly plaatsingen: readonly PlaatsingZonderNaam[] | null;
    readonly inhuisregistratiePlichten: readonly InhuisregistratiePlicht[] | null;
    readonly inhuisregistraties: readonly Inhuisregistratie[] | null;
    readonly procedurePlannen:
      | readonly {
          readonly casus: { readonly id: string };
          readonly aanmelding: string;
          readonly spoor: number;
          readonly ttsd: Ttsd;
        }[]
      | null;
  } | null;
}

/**
 * What planning knows of one person (the person page's planning block and the proposal form).
 * Planning returns empty lists to whoever may not see them.
 */
export const PERSOON_PLANNING: TypedDocumentNode<PersoonPlanningData, { readonly id: string }> = gql`
  query PersoonPlanning($id: ID!) {
    persoon(id: $id) {
      id
      vNummer
      naam
      plaatsingen {
        ...PlaatsingVelden
      }
      inhuisregistratiePlichten {
        id
        locatie
        van
        tot
        reden
      }
      inhuisregistraties {
        datum
        venster
        locatie
        tijdstip
        gemist
        signaalId
      }
      procedurePlannen {
        casus {
          id
        }
        aanmelding
        spoor
        ttsd {
          ...TtsdVelden
        }
      }
    }
  }
  ${PLAATSING_VELDEN}
  ${TTSD_VELDEN}
`;
