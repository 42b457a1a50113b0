import { gql, type TypedDocumentNode } from '@apollo/client';
import { PERSOON_NAAM_VELDEN, type PersoonKort } from '../casusregie/persoonKort.graphql';

export interface GeschiktheidCriterium {
  readonly naam: string;
  /** null: not known yet, to be checked. */
  readonly voldaan: boolean | null;
  readonly uitleg: string;
}

export interface CasusVoorstel {
  readonly id: string;
  readonly persoon: PersoonKort;
  readonly signaalId: string;
  /** KOPPELEN_AAN_CASUS, CASUS_VOORSTELLEN, DOORVERWIJZEN_LKO_TOPX or NIET_GESCHIKT. */
  readonly verdict: string;
  readonly criteria: readonly GeschiktheidCriterium[];
  readonly uitleg: string;
  /** OPEN, BEVESTIGD, AFGEWEZEN or GEKOPPELD. */
  readonly status: string;
  readonly casusId: string | null;
  readonly reden: string | null;
  readonly aangemaaktOp: string;
  readonly categorie: string;
  readonly categorieLabel: string;
  readonly bronOrganisatie: string;
  readonly ernst: number | null;
  readonly vpt: boolean;
  readonly locatieCode: string | null;
  readonly tijdstipIncident: string;
  readonly omschrijving: string | null;
  /** Persons on the same signal (a group incident when > 1). */
  readonly groepsgrootte: number;
}

export interface CasusVoorstellenVariabelen {
  readonly status?: readonly string[] | null;
  readonly signaalId?: string | null;
}

export const VOORSTEL_VELDEN = gql`
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
export const CASUS_VOORSTELLEN: TypedDocumentNode<
  { readonly casusVoorstellen: readonly CasusVoorstel[] },
  CasusVoorstellenVariabelen
> = gql`
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
