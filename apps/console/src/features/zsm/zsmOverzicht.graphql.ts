import { gql, type TypedDocumentNode } from '@apollo/client';
import { PERSOON_NAAM_VELDEN, type PersoonKort } from '../casusregie/persoonKort.graphql';

/** An OM decision at the ZSM desk (`type ZsmAfdoening`). */
export interface ZsmAfdoening {
  /** AfdoeningSoort, e.g. HEENZENDING, SEPOT, INVERZEKERINGSTELLING. */
  readonly soort: string;
  readonly soortLabel: string;
  readonly besluitOp: string;
  /** When the suspect is (to be) released. */
  readonly vrijlatingOp: string | null;
  readonly toelichting: string | null;
}

/** A suspect at ZSM with the OM's decisions (`type ZsmRegistratie`). */
export interface ZsmRegistratie {
  readonly id: string;
  readonly zsmReferentie: string;
  /** Null while signalen has not recognised the person yet. */
  readonly persoon: PersoonKort | null;
  readonly vNummer: string | null;
  readonly aanhoudingOp: string;
  /** Category code of the managed taxonomy. */
  readonly delict: string;
  readonly omschrijving: string;
  readonly vpt: boolean;
  readonly zsmLocatie: string;
  readonly custodyKlokkenGestart: boolean;
  readonly afdoeningen: readonly ZsmAfdoening[];
}

/** A running custody clock (`type CustodyKlok`). */
export interface CustodyKlok {
  readonly termijnId: string;
  /** TermijnSoort: OPHOUDEN_VOOR_ONDERZOEK, INVERZEKERINGSTELLING or VOORGELEIDING. */
  readonly soort: string;
  readonly zsmReferentie: string;
  readonly persoon: PersoonKort | null;
  readonly vervaltOp: string;
  /** Minutes until it expires when the service answered (negative: expired). */
  readonly minutenResterend: number;
  readonly uitleg: string;
}

/** A detention reported by DJI (`type Detentie`). */
export interface Detentie {
  readonly id: string;
  readonly persoon: PersoonKort;
  /** POLITIECEL, HUIS_VAN_BEWARING, GEVANGENIS, VREEMDELINGENBEWARING. */
  readonly soort: string;
  readonly begin: string;
  readonly eind: string | null;
  readonly inrichting: string;
}

export interface ZsmOverzichtData {
  /** Null for personas without access (only kernteam organisations, national roles and the OM). */
  readonly zsmOverzicht: {
    readonly registraties: readonly ZsmRegistratie[];
    readonly klokken: readonly CustodyKlok[];
    readonly detenties: readonly Detentie[];
  } | null;
}

export const ZSM_AFDOENING_VELDEN = gql`
  fragment ZsmAfdoeningVelden on ZsmAfdoening {
    soort
    soortLabel
    besluitOp
    vrijlatingOp
    toelichting
  }
`;

/** The ZSM page: recent registrations, running custody clocks and current detentions (zsm service). */
export const ZSM_OVERZICHT: TypedDocumentNode<ZsmOverzichtData, { readonly eerste?: number }> = gql`
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
