import { gql, type TypedDocumentNode } from '@apollo/client';
import type { PersoonPlanningQuery, PersoonPlanningQueryVariables } from '../../gql/schema';
import { PLAATSING_VELDEN } from './plaatsingen.graphql';
import { TTSD_VELDEN } from './procedurePlan.graphql';

/**
 * What planning knows of one person (the person page's planning block and the proposal form).
 * Planning returns empty lists to whoever may not see them.
 */
export const PERSOON_PLANNING: TypedDocumentNode<PersoonPlanningQuery, PersoonPlanningQueryVariables> = gql`
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
