import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ZsmAfdoeningVeldenFragment,
  ZsmOverzichtQuery,
  ZsmOverzichtQueryVariables,
} from '../../gql/schema';
import { PERSOON_NAAM_VELDEN } from '../casusregie/persoonKort.graphql';

/**
 * An OM decision at the ZSM desk (`type ZsmAfdoening`): soort an AfdoeningSoort, e.g. HEENZENDING, SEPOT,
 * INVERZEKERINGSTELLING (a String in the schema); vrijlatingOp: when the suspect is (to be) released.
 */
export type ZsmAfdoening = ZsmAfdoeningVeldenFragment;

/** Null for personas without access (only kernteam organisations, national roles and the OM). */
export type ZsmOverzicht = NonNullable<ZsmOverzichtQuery['zsmOverzicht']>;
/**
 * A suspect at ZSM with the OM's decisions (`type ZsmRegistratie`): persoon null while signalen has not
 * recognised the person yet; delict a category code of the managed taxonomy.
 */
export type ZsmRegistratie = ZsmOverzicht['registraties'][number];
/**
 * A running custody clock (`type CustodyKlok`): soort OPHOUDEN_VOOR_ONDERZOEK, INVERZEKERINGSTELLING or
 * VOORGELEIDING; minutenResterend: minutes until it expires (negative: expired).
 */
export type CustodyKlok = ZsmOverzicht['klokken'][number];
/**
 * A detention reported by DJI (`type Detentie`): soort POLITIECEL, HUIS_VAN_BEWARING, GEVANGENIS or
 * VREEMDELINGENBEWARING.
 */
export type Detentie = ZsmOverzicht['detenties'][number];

export const ZSM_AFDOENING_VELDEN: TypedDocumentNode<ZsmAfdoeningVeldenFragment> = gql`
  fragment ZsmAfdoeningVelden on ZsmAfdoening {
    soort
    soortLabel
    besluitOp
    vrijlatingOp
    toelichting
  }
`;

/** The ZSM page: recent registrations, running custody clocks and current detentions (zsm service). */
export const ZSM_OVERZICHT: TypedDocumentNode<ZsmOverzichtQuery, ZsmOverzichtQueryVariables> = gql`
  query ZsmOverzicht($eerste: Int! = 50) {
    zsmOverzicht(eerste: $eerste) {
      registraties {
        id
        zsmReferentie
        persoon {
          ...PersoonNaamVelden
        }
        vNummer
        aanhoudingOp
        delict
        omschrijving
        vpt
        zsmLocatie
        custodyKlokkenGestart
        afdoeningen {
          ...ZsmAfdoeningVelden
        }
      }
      klokken {
        termijnId
        soort
        zsmReferentie
        persoon {
          ...PersoonNaamVelden
        }
        vervaltOp
        minutenResterend
        uitleg
      }
      detenties {
        id
        persoon {
          ...PersoonNaamVelden
        }
        soort
        begin
        eind
        inrichting
      }
    }
  }
  ${PERSOON_NAAM_VELDEN}
  ${ZSM_AFDOENING_VELDEN}
`;
