import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OverlegDetailVeldenFragment, OverlegQuery, OverlegQueryVariables } from '../../gql/schema';
import { ACTIE_VELDEN } from '../casus/casus.graphql';
import { CASUS_RIJ_VELDEN } from '../casussen/casussen.graphql';
import { PERSOON_NAAM_VELDEN } from '../casusregie/persoonKort.graphql';

/** The meeting as its page shows it, with the persons' names on the agenda's cases. */
export type OverlegDetailGegevens = OverlegQuery['overleg'];
/**
 * redenen: ACTIE_TE_LAAT, TERMIJN_DEZE_WEEK, NIEUW, GEWIJZIGD or HANDMATIG (Strings in the schema); casus
 * is null when the user's organisation does not take part in the case.
 */
export type Agendapunt = OverlegDetailGegevens['agenda'][number];

/** Everything the meeting page shows but persons' names; every mutation that returns the meeting returns this. */
export const OVERLEG_DETAIL_VELDEN: TypedDocumentNode<OverlegDetailVeldenFragment> = gql`
  fragment OverlegDetailVelden on Overleg {
    id
    soort
    titel
    locatieCode
    geplandOp
    vorigOverlegOp
    deelnemers {
      naam
      organisatie
      aanwezig
    }
    agenda {
      id
      casusId
      volgorde
      redenen
      toelichting
      handmatig
      casus {
        ...CasusRijVelden
      }
      besluiten {
        id
        casusId
        tekst
        doorOrganisatie
        tijdstip
        actieId
        actie {
          ...ActieVelden
        }
      }
    }
  }
  ${CASUS_RIJ_VELDEN}
  ${ACTIE_VELDEN}
`;

export const OVERLEG: TypedDocumentNode<OverlegQuery, OverlegQueryVariables> = gql`
  query Overleg($id: ID!) {
    overleg(id: $id) {
      ...OverlegDetailVelden
      agenda {
        id
        casus {
          id
          persoon {
            ...PersoonNaamVelden
          }
        }
      }
    }
  }
  ${OVERLEG_DETAIL_VELDEN}
  ${PERSOON_NAAM_VELDEN}
`;
