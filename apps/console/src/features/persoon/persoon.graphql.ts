import { gql, type TypedDocumentNode } from '@apollo/client';
import { ZSM_AFDOENING_VELDEN, type ZsmAfdoening } from '../zsm/zsmOverzicht.graphql';

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

/** ZSM: a contact at the ZSM desk with the OM's decisions. */
export interface PersoonZsmRegistratie {
  readonly id: string;
  readonly zsmReferentie: string;
  readonly aanhoudingOp: string;
  readonly delict: string;
  readonly omschrijving: string;
  readonly vpt: boolean;
  readonly zsmLocatie: string;
  readonly custodyKlokkenGestart: boolean;
  readonly afdoeningen: readonly ZsmAfdoening[];
}

export interface PersoonDetentie {
  readonly id: string;
  readonly soort: string;
  readonly begin: string;
  readonly eind: string | null;
  readonly inrichting: string;
}

export interface DublinClaim {
  /** ISO 3166-1 alpha-2 code of the responsible member state. */
  readonly lidstaat: string;
  readonly akkoordOp: string;
  /** R12: 6 months after acceptance, 12 when detained, 18 when absconded. */
  readonly overdrachtUiterlijk: string;
  readonly verlengdWegensDetentie: boolean;
}

export interface Afdoeningsadvies {
  readonly tekst: string;
  /** "Name (ORGANISATIE)". */
  readonly door: string;
  readonly bijgewerktOp: string;
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
        /** ZSM (asked only with $metZsm; null without access). */
        readonly zsmRegistraties?: readonly PersoonZsmRegistratie[] | null;
        readonly detenties?: readonly PersoonDetentie[] | null;
        readonly dublinClaim?: DublinClaim | null;
        readonly afdoeningsadvies?: Afdoeningsadvies | null;
      })
    | null;
}

export interface PersoonVariabelen {
  readonly id: string;
  /** Ask for match candidates (kernteam roles only). */
  readonly metKoppelen: boolean;
  /** Ask for the ZSM section (kernteam organisations, national roles and the OM only). */
  readonly metZsm: boolean;
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

export const DUBLIN_CLAIM_VELDEN = gql`
  fragment DublinClaimVelden on DublinClaim {
    lidstaat
    akkoordOp
    overdrachtUiterlijk
    verlengdWegensDetentie
  }
`;

export const AFDOENINGSADVIES_VELDEN = gql`
  fragment AfdoeningsadviesVelden on Afdoeningsadvies {
    tekst
    door
    bijgewerktOp
  }
`;

/** One query; the gateway composes Signalen, Casusregie and ZSM (Planning has its own block: PersoonPlanning). */
export const PERSOON: TypedDocumentNode<PersoonData, PersoonVariabelen> = gql`
  query Persoon($id: ID!, $metKoppelen: Boolean!, $metZsm: Boolean!) {
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
      zsmRegistraties @include(if: $metZsm) {
        id
        zsmReferentie
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
      detenties @include(if: $metZsm) {
        id
        soort
        begin
        eind
        inrichting
      }
      dublinClaim @include(if: $metZsm) {
        ...DublinClaimVelden
      }
      afdoeningsadvies @include(if: $metZsm) {
        ...AfdoeningsadviesVelden
      }
    }
  }
  ${PERSOON_KERN}
  ${ZSM_AFDOENING_VELDEN}
  ${DUBLIN_CLAIM_VELDEN}
  ${AFDOENINGSADVIES_VELDEN}
`;
