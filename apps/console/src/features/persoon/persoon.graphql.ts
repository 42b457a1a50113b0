import { gql, type TypedDocumentNode } from '@apollo/client';
import {
  ACTIE_VELDEN,
  MAATREGEL_VELDEN,
  type Actie,
  type CasusMaatregel,
  type TijdlijnRegel,
  type TopXLidmaatschap,
} from '../casus/casus.graphql';
import type { Procesregisseur } from '../casussen/casussen.graphql';
import { PLAATSING_VELDEN, type PlaatsingZonderNaam } from '../planning/plaatsingen.graphql';
import { PROCEDURE_PLAN_VELDEN, type ProcedurePlan } from '../planning/procedurePlan.graphql';
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

export interface PersoonAlias {
  readonly naam: string;
  /** Where the name came from, e.g. samenvoeging:<id> or signaal:<id>. */
  readonly bron: string;
  readonly toegevoegdOp: string;
}

/** A signal about the person (signalen service), as far as the viewer may see it. */
export interface PersoonSignaal {
  readonly id: string;
  readonly bronOrganisatie: string;
  readonly bronReferentie: string;
  readonly categorie: string;
  readonly categorieLabel: string;
  readonly subcategorieLabel: string | null;
  readonly tijdstipIncident: string;
  readonly tijdstipMelding: string;
  readonly geregistreerdOp: string;
  readonly geregistreerdDoor: string;
  readonly ernst: number;
  readonly vpt: boolean;
  /** ACTIEF or INGETROKKEN. */
  readonly status: string;
  /** 1 = as registered; higher = corrected or persons added. */
  readonly versie: number;
  readonly plaats: { readonly gemeente: string | null; readonly locatieCode: string | null };
}

/** A signal as it reached the kernteam (casusregie). */
export interface SignaalMelding {
  readonly signaalId: string;
  readonly categorie: string;
  readonly tijdstipIncident: string;
  readonly ontvangenOp: string;
  readonly status: string;
}

/** Signals per category in zsm's read model (what a ZSM desk sees). */
export interface SignaalCategorieAantal {
  readonly categorie: string;
  readonly aantal: number;
  readonly laatste: string;
}

/** A case about the person in which the viewer's organisation participates (casusregie). */
export interface PersoonCasus {
  readonly id: string;
  readonly groepId: string | null;
  readonly status: string;
  readonly statusLabel: string;
  readonly spoor: number | null;
  readonly kansarm: boolean | null;
  readonly land: string | null;
  readonly locatieCode: string | null;
  readonly procedurefase: string | null;
  readonly procesregisseur: Procesregisseur;
  readonly deelnemers: readonly string[];
  readonly doorverwezenNaar: string | null;
  readonly aangemeldOp: string;
  readonly afgerondOp: string | null;
  readonly bijgewerktOp: string;
  readonly nieuweSignalen: number;
  readonly actiesTeLaat: number;
  /** The signals on the case: since when, and whether the kernteam has seen them. */
  readonly signalen: readonly {
    readonly signaalId: string;
    readonly gekoppeldOp: string;
    readonly nieuw: boolean;
  }[];
  readonly maatregelen: readonly CasusMaatregel[];
  readonly acties: readonly Actie[];
  readonly tijdlijn: readonly TijdlijnRegel[];
}

export interface InhuisregistratiePlicht {
  readonly id: string;
  readonly locatie: string;
  readonly van: string;
  readonly tot: string | null;
  readonly reden: string;
}

export interface Inhuisregistratie {
  readonly datum: string;
  readonly venster: string;
  readonly locatie: string;
  readonly tijdstip: string | null;
  readonly gemist: boolean;
  readonly signaalId: string | null;
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

/**
 * The ketenbeeld of one person. Lists a service leaves null are "not for you" (zsm) or failed
 * (the error names the field); signalen, casusregie and planning answer an empty list to whoever
 * may not see their data, which the page tells apart with the same rules (see zichtbaarheid.ts).
 */
export interface Ketenbeeld extends PersoonKern {
  /** The person this record merged into (status SAMENGEVOEGD). */
  readonly samengevoegdIn: string | null;
  readonly aliassen: readonly PersoonAlias[] | null;
  /** Only asked for kernteam roles (who may merge): see $metKoppelen. */
  readonly kandidaten?: readonly Kandidaat[] | null;
  readonly samenvoegingen: readonly Samenvoeging[] | null;
  // signalen
  readonly signalen: readonly PersoonSignaal[] | null;
  // casusregie
  readonly signaalMeldingen: readonly SignaalMelding[] | null;
  readonly casussen: readonly PersoonCasus[] | null;
  readonly topx: readonly TopXLidmaatschap[] | null;
  // planning
  readonly plaatsingen: readonly PlaatsingZonderNaam[] | null;
  readonly inhuisregistratiePlichten: readonly InhuisregistratiePlicht[] | null;
  readonly inhuisregistraties: readonly Inhuisregistratie[] | null;
  readonly procedurePlannen: readonly ProcedurePlan[] | null;
  // zsm (null for whoever may not see ZSM data)
  readonly zsmSignaalOverzicht: readonly SignaalCategorieAantal[] | null;
  readonly zsmRegistraties: readonly PersoonZsmRegistratie[] | null;
  readonly detenties: readonly PersoonDetentie[] | null;
  readonly dublinClaim: DublinClaim | null;
  readonly afdoeningsadvies: Afdoeningsadvies | null;
}

export interface KetenbeeldData {
  readonly persoon: Ketenbeeld | null;
  /** Location names for codes (planning); only asked with $metPlanning. */
  readonly locaties?: readonly { readonly code: string; readonly naam: string }[] | null;
}

export interface KetenbeeldVariabelen {
  readonly id: string;
  /** Ask for match candidates (kernteam roles only). */
  readonly metKoppelen: boolean;
  /** Ask for planning's location names (who may see planning). */
  readonly metPlanning: boolean;
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

/**
 * The ketenbeeld: ONE federated query. The gateway composes signalen (identity, aliases, signals),
 * casusregie (what reached the kernteam, the cases with timeline, measures and actions, Top-X),
 * planning (placements, inhuisregistratie, procedure plans with the key figure) and zsm (ZSM
 * contacts, detentions, Dublin claim, afdoeningsadvies, the read model's signals per category).
 */
export const KETENBEELD: TypedDocumentNode<KetenbeeldData, KetenbeeldVariabelen> = gql`
  query Ketenbeeld($id: ID!, $metKoppelen: Boolean!, $metPlanning: Boolean!) {
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
        bronOrganisatie
        bronReferentie
        categorie
        categorieLabel
        subcategorieLabel
        tijdstipIncident
        tijdstipMelding
        geregistreerdOp
        geregistreerdDoor
        ernst
        vpt
        status
        versie
        plaats {
          gemeente
          locatieCode
        }
      }
      signaalMeldingen {
        signaalId
        categorie
        tijdstipIncident
        ontvangenOp
        status
      }
      casussen {
        id
        groepId
        status
        statusLabel
        spoor
        kansarm
        land
        locatieCode
        procedurefase
        procesregisseur {
          sub
          naam
          organisatie
        }
        deelnemers
        doorverwezenNaar
        aangemeldOp
        afgerondOp
        bijgewerktOp
        nieuweSignalen
        actiesTeLaat
        signalen {
          signaalId
          gekoppeldOp
          nieuw
        }
        maatregelen {
          ...MaatregelVelden
        }
        acties {
          ...ActieVelden
        }
        tijdlijn {
          tijdstip
          soort
          omschrijving
          refId
          organisatie
        }
      }
      topx {
        regio
        maand
        rang
        score
        uitleg
      }
      plaatsingen {
        ...PlaatsingVelden
      }
      inhuisregistratiePlichten {
        id
        locatie
        van
        tot
        reden
      }
      inhuisregistraties {
        datum
        venster
        locatie
        tijdstip
        gemist
        signaalId
      }
      procedurePlannen {
        ...ProcedurePlanVelden
      }
      zsmSignaalOverzicht {
        categorie
        aantal
        laatste
      }
      zsmRegistraties {
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
      detenties {
        id
        soort
        begin
        eind
        inrichting
      }
      dublinClaim {
        ...DublinClaimVelden
      }
      afdoeningsadvies {
        ...AfdoeningsadviesVelden
      }
    }
    locaties @include(if: $metPlanning) {
      code
      naam
    }
  }
  ${PERSOON_KERN}
  ${MAATREGEL_VELDEN}
  ${ACTIE_VELDEN}
  ${PLAATSING_VELDEN}
  ${PROCEDURE_PLAN_VELDEN}
  ${ZSM_AFDOENING_VELDEN}
  ${DUBLIN_CLAIM_VELDEN}
  ${AFDOENINGSADVIES_VELDEN}
`;
