import { gql, type TypedDocumentNode } from '@apollo/client';
import { ACTIE_VELDEN, type Actie } from '../casus/casus.graphql';
import { CASUS_RIJ_VELDEN, type CasusRij } from '../casussen/casussen.graphql';
import { PERSOON_NAAM_VELDEN } from '../casusregie/persoonKort.graphql';

export interface OverlegDeelnemer {
  readonly naam: string;
  readonly organisatie: string;
  /** null: not recorded yet. */
  readonly aanwezig: boolean | null;
}

export interface Besluit {
  readonly id: string;
  readonly casusId: string;
  readonly tekst: string;
  readonly doorOrganisatie: string;
  readonly tijdstip: string;
  readonly actieId: string | null;
  readonly actie: Actie | null;
}

export interface Agendapunt {
  readonly id: string;
  readonly casusId: string;
  readonly volgorde: number;
  /** ACTIE_TE_LAAT, TERMIJN_DEZE_WEEK, NIEUW, GEWIJZIGD or HANDMATIG. */
  readonly redenen: readonly string[];
  readonly toelichting: readonly string[];
  readonly handmatig: boolean;
  /** null when the user's organisation does not take part in the case. */
  readonly casus: CasusRij | null;
  readonly besluiten: readonly Besluit[];
}

export interface OverlegDetailGegevens {
  readonly id: string;
  /** KERNTEAM, LKO, TOPX or REGIETAFEL. */
  readonly soort: string;
  readonly titel: string;
  readonly locatieCode: string | null;
  readonly geplandOp: string;
  readonly vorigOverlegOp: string | null;
  readonly deelnemers: readonly OverlegDeelnemer[];
  readonly agenda: readonly Agendapunt[];
}

/** Everything the meeting page shows but persons' names; every mutation that returns the meeting returns this. */
export const OVERLEG_DETAIL_VELDEN = gql`
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

export const OVERLEG: TypedDocumentNode<
  { readonly overleg: OverlegDetailGegevens | null },
  { readonly id: string }
> = gql`
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
