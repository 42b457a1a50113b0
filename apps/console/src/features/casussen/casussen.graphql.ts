import { gql, type TypedDocumentNode } from '@apollo/client';
import type { CasusRijVeldenFragment, CasussenQuery, CasussenQueryVariables } from '../../gql/schema';
import { PERSOON_NAAM_VELDEN } from '../casusregie/persoonKort.graphql';

/** A case as the list shows it, with the person's names. */
export type CasusRij = CasussenQuery['casussen']['items'][number];

export const CASUS_RIJ_VELDEN: TypedDocumentNode<CasusRijVeldenFragment> = gql`
  fragment CasusRijVelden on Casus {
    id
    persoon {
      id
    }
    groepId
    status
    statusLabel
    spoor
    kansarm
    land
    locatieCode
    procesregisseur {
      sub
      naam
      organisatie
    }
    deelnemers
    aangemeldOp
    bijgewerktOp
    nieuweSignalen
    actiesTeLaat
  }
`;

/** Cases the user's organisation takes part in (national roles: all), newest first, with names. */
export const CASUSSEN: TypedDocumentNode<CasussenQuery, CasussenQueryVariables> = gql`
  query Casussen($filter: CasusFilter, $eerste: Int!, $na: String) {
    casussen(filter: $filter, eerste: $eerste, na: $na) {
      items {
        ...CasusRijVelden
        persoon {
          ...PersoonNaamVelden
        }
      }
      volgendeCursor
      totaal
    }
  }
  ${CASUS_RIJ_VELDEN}
  ${PERSOON_NAAM_VELDEN}
`;
