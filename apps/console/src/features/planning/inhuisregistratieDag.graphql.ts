import { gql, type TypedDocumentNode } from '@apollo/client';
import { PERSOON_NAAM_VELDEN, type PersoonKort } from '../casusregie/persoonKort.graphql';

/** A person expected in a window (`type VerwachtePersoon`). */
export interface VerwachtePersoon {
  readonly persoon: PersoonKort;
  readonly vNummer: string | null;
  readonly naam: string | null;
  /** ISO-8601; null while not registered. */
  readonly geregistreerdOp: string | null;
  /** Reported absent after the window closed (a signal went out). */
  readonly gemist: boolean;
}

/** One registration window of a location on one day (`type VensterStand`). */
export interface VensterStand {
  readonly locatie: string;
  readonly datum: string;
  /** Window code, e.g. OCHTEND. */
  readonly venster: string;
  /** ISO-8601 instants. */
  readonly begin: string;
  readonly eind: string;
  /** KOMEND, OPEN, NAREGISTRATIE or AFGESLOTEN. */
  readonly stand: string;
  readonly verwacht: readonly VerwachtePersoon[];
}

/** The windows of a location on a day: who is expected, who came, who was missed. */
export const INHUISREGISTRATIE_DAG: TypedDocumentNode<
  { readonly inhuisregistratieDag: readonly VensterStand[] },
  { readonly locatie: string; readonly datum?: string | null }
> = gql`
  query InhuisregistratieDag($locatie: String!, $datum: String) {
    inhuisregistratieDag(locatie: $locatie, datum: $datum) {
      locatie
      datum
      venster
      begin
      eind
      stand
      verwacht {
        persoon {
          ...PersoonNaamVelden
        }
        vNummer
        naam
        geregistreerdOp
        gemist
      }
    }
  }
  ${PERSOON_NAAM_VELDEN}
`;
