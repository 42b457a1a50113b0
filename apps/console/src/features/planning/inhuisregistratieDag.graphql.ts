import { gql, type TypedDocumentNode } from '@apollo/client';
import type { InhuisregistratieDagQuery, InhuisregistratieDagQueryVariables } from '../../gql/schema';
import { PERSOON_NAAM_VELDEN } from '../casusregie/persoonKort.graphql';

/**
 * One registration window of a location on one day (`type VensterStand`): venster is the window code
 * (e.g. OCHTEND), begin and eind ISO-8601 instants, stand KOMEND, OPEN, NAREGISTRATIE or AFGESLOTEN (a
 * String in the schema).
 */
export type VensterStand = InhuisregistratieDagQuery['inhuisregistratieDag'][number];
/**
 * A person expected in a window (`type VerwachtePersoon`): geregistreerdOp null while not registered,
 * gemist when reported absent after the window closed (a signal went out).
 */
export type VerwachtePersoon = VensterStand['verwacht'][number];

/** The windows of a location on a day: who is expected, who came, who was missed. */
export const INHUISREGISTRATIE_DAG: TypedDocumentNode<
  InhuisregistratieDagQuery,
  InhuisregistratieDagQueryVariables
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
