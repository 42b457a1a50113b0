import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CasusVoorstellenQuery,
  CasusVoorstellenQueryVariables,
  VoorstelVeldenFragment,
} from '../../gql/schema';
import { PERSOON_NAAM_VELDEN } from '../casusregie/persoonKort.graphql';

/**
 * A proposal with the person's names. verdict: KOPPELEN_AAN_CASUS, CASUS_VOORSTELLEN,
 * DOORVERWIJZEN_LKO_TOPX or NIET_GESCHIKT; status: OPEN, BEVESTIGD, AFGEWEZEN or GEKOPPELD (Strings in the
 * schema); groepsgrootte: persons on the same signal (a group incident when > 1).
 */
export type CasusVoorstel = CasusVoorstellenQuery['casusVoorstellen'][number];
/** voldaan null: not known yet, to be checked. */
export type GeschiktheidCriterium = CasusVoorstel['criteria'][number];

export const VOORSTEL_VELDEN: TypedDocumentNode<VoorstelVeldenFragment> = gql`
  fragment VoorstelVelden on CasusVoorstel {
    id
    persoon {
      id
    }
    signaalId
    verdict
    criteria {
      naam
      voldaan
      uitleg
    }
    uitleg
    status
    casusId
    reden
    aangemaaktOp
    categorie
    categorieLabel
    bronOrganisatie
    ernst
    vpt
    locatieCode
    tijdstipIncident
    omschrijving
    groepsgrootte
  }
`;

/** Proposals from signals (by default the open ones), newest first. */
export const CASUS_VOORSTELLEN: TypedDocumentNode<CasusVoorstellenQuery, CasusVoorstellenQueryVariables> =
  gql`
    query CasusVoorstellen($status: [String!], $signaalId: ID) {
      casusVoorstellen(status: $status, signaalId: $signaalId) {
        ...VoorstelVelden
        persoon {
          ...PersoonNaamVelden
        }
      }
    }
    ${VOORSTEL_VELDEN}
    ${PERSOON_NAAM_VELDEN}
  `;
