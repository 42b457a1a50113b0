import { gql, type TypedDocumentNode } from '@apollo/client';

export interface PersoonKern {
  readonly id: string;
  readonly vNummer: string | null;
  readonly naam: string | null;
  readonly geboortedatum: string | null;
  readonly nationaliteit: string | null;
  /** Estimated year of birth when the date is not known. */
  readonly geboortejaar: number | null;
  readonly coaNummer: string | null;
  /** Description of a person not (yet) identified. */
  readonly omschrijving: string | null;
  /** ACTIEF or SAMENGEVOEGD. */
  readonly status: string;
}

export interface Kandidaat {
  readonly persoon: PersoonKern;
  /** 0–100. */
  readonly score: number;
  readonly redenen: readonly string[];
}

export interface Samenvoeging {
  readonly id: string;
  readonly behoudenId: string;
  readonly opgaandId: string;
  readonly reden: string;
  readonly op: string;
  readonly doorOrganisatie: string;
  readonly aantalSignalen: number;
  readonly gesplitstOp: string | null;
  readonly gesplitstReden: string | null;
}

export interface PersoonData {
  readonly persoon:
    | (PersoonKern & {
        /** The person this record merged into (status SAMENGEVOEGD). */
        readonly samengevoegdIn: string | null;
        readonly aliassen: readonly {
          readonly naam: string;
          readonly bron: string;
          readonly toegevoegdOp: string;
        }[];
        /** Only asked for kernteam roles (who may merge): see PERSOON's $metKoppelen. */
        readonly kandidaten?: readonly Kandidaat[];
        readonly samenvoegingen: readonly Samenvoeging[];
        /** Signalen service. */
        readonly signalen:
          | readonly {
              readonly id: string;
              readonly categorieLabel: string;
              readonly tijdstipIncident: string;
              readonly bronOrganisatie: string;
              readonly ernst: number;
              readonly vpt: boolean;
              readonly status: string;
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
      })
    | null;
}

export interface PersoonVariabelen {
  readonly id: string;
  /** Ask for match candidates (kernteam roles only). */
  readonly metKoppelen: boolean;
}

export const PERSOON_KERN = gql`
  fragment PersoonKern on Persoon {
    id
    vNummer
    naam
    geboortedatum
    nationaliteit
    geboortejaar
    coaNummer
    omschrijving
    status
  }
`;

/** One query; the gateway composes Signalen, Casusregie, ZSM and Planning. */
export const PERSOON: TypedDocumentNode<PersoonData, PersoonVariabelen> = gql`
  query Persoon($id: ID!, $metKoppelen: Boolean!) {
    persoon(id: $id) {
      ...PersoonKern
      samengevoegdIn
      aliassen {
        naam
        bron
        toegevoegdOp
      }
      kandidaten @include(if: $metKoppelen) {
        persoon {
          ...PersoonKern
        }
        score
        redenen
      }
      samenvoegingen {
        id
        behoudenId
        opgaandId
        reden
        op
        doorOrganisatie
        aantalSignalen
        gesplitstOp
        gesplitstReden
      }
      signalen {
        id
        categorieLabel
        tijdstipIncident
        bronOrganisatie
        ernst
        vpt
        status
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
  ${PERSOON_KERN}
`;
