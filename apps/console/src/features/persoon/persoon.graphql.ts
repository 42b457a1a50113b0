import { gql, type TypedDocumentNode } from '@apollo/client';

export interface PersoonData {
  readonly persoon: {
    readonly id: string;
    readonly vNummer: string | null;
    readonly naam: string | null;
    readonly geboortedatum: string | null;
    readonly nationaliteit: string | null;
    /** Signalen service. */
    readonly signalen:
      | readonly {
          readonly id: string;
          readonly categorieLabel: string;
          readonly tijdstipIncident: string;
          readonly bronOrganisatie: string;
        }[]
      | null;
    /** Casusregie: signals received for the kernteam. */
    readonly signaalMeldingen:
      | readonly {
          readonly signaalId: string;
          readonly categorie: string;
          readonly ontvangenOp: string;
          readonly status: string;
        }[]
      | null;
    /** ZSM: signals per category. */
    readonly zsmSignaalOverzicht:
      | readonly {
          readonly categorie: string;
          readonly aantal: number;
          readonly laatste: string | null;
        }[]
      | null;
    /** Planning: placements on the escalation ladder. */
    readonly plaatsingen:
      | readonly {
          readonly id: string;
          readonly locatie: string;
          readonly status: string;
          readonly van: string | null;
          readonly tot: string | null;
        }[]
      | null;
  } | null;
}

export interface PersoonVariabelen {
  readonly id: string;
}

/** One query; the gateway composes Signalen, Casusregie, ZSM and Planning. */
export const PERSOON: TypedDocumentNode<PersoonData, PersoonVariabelen> = gql`
  query Persoon($id: ID!) {
    persoon(id: $id) {
      id
      vNummer
      naam
      geboortedatum
      nationaliteit
      signalen {
        id
        categorieLabel
        tijdstipIncident
        bronOrganisatie
      }
      signaalMeldingen {
        signaalId
        categorie
        ontvangenOp
        status
      }
      zsmSignaalOverzicht {
        categorie
        aantal
        laatste
      }
      plaatsingen {
        id
        locatie
        status
        van
        tot
      }
    }
  }
`;
