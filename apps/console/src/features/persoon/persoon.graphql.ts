import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AfdoeningsadviesVeldenFragment,
  DublinClaimVeldenFragment,
  KetenbeeldQuery,
  KetenbeeldQueryVariables,
  PersoonKernFragment,
} from '../../gql/schema';
import { ACTIE_VELDEN, MAATREGEL_VELDEN } from '../casus/casus.graphql';
import { PLAATSING_VELDEN } from '../planning/plaatsingen.graphql';
import { PROCEDURE_PLAN_VELDEN } from '../planning/procedurePlan.graphql';
import { ZSM_AFDOENING_VELDEN } from '../zsm/zsmOverzicht.graphql';

/** status: ACTIEF or SAMENGEVOEGD (a String in the schema). */
export type PersoonKern = PersoonKernFragment;

/**
 * The ketenbeeld of one person. Lists a service leaves null are "not for you" (zsm) or failed
 * (the error names the field); signalen, casusregie and planning answer an empty list to whoever
 * may not see their data, which the page tells apart with the same rules (see zichtbaarheid.ts).
 * `kandidaten` is only asked for kernteam roles (who may merge): see $metKoppelen.
 */
/** One service's part of the ketenbeeld (an alias): each of its lists is null when that service failed. */
type Deel<T> = {
  readonly [K in Exclude<keyof NonNullable<T>, 'id' | '__typename'>]: NonNullable<T>[K] | null;
};
type KernteamDeel = Deel<KetenbeeldQuery['kernteam']>;
type StrafrechtDeel = Deel<KetenbeeldQuery['strafrecht']>;
type PlanningDeel = Deel<KetenbeeldQuery['planning']>;
export type Ketenbeeld = NonNullable<KetenbeeldQuery['persoon']> &
  KernteamDeel &
  StrafrechtDeel &
  PlanningDeel;

/** A part whose service did not answer: every list null, so its blocks say so (not "empty"). */
export const ONTBREKENDE_DELEN = {
  kernteam: { signaalMeldingen: null, casussen: null, topx: null } satisfies KernteamDeel,
  strafrecht: {
    zsmSignaalOverzicht: null,
    zsmRegistraties: null,
    detenties: null,
    dublinClaim: null,
    afdoeningsadvies: null,
  } satisfies StrafrechtDeel,
  planning: {
    plaatsingen: null,
    inhuisregistratiePlichten: null,
    inhuisregistraties: null,
    procedurePlannen: null,
  } satisfies PlanningDeel,
} as const;
export type KetenbeeldDeel = keyof typeof ONTBREKENDE_DELEN;

/** The four parts joined into one person; null when signalen does not know the person (or hides it). */
export function voegKetenbeeldSamen(data: KetenbeeldQuery | undefined): Ketenbeeld | null {
  if (!data?.persoon) return null;
  return {
    ...data.persoon,
    ...(data.kernteam ?? ONTBREKENDE_DELEN.kernteam),
    ...(data.strafrecht ?? ONTBREKENDE_DELEN.strafrecht),
    ...(data.planning ?? ONTBREKENDE_DELEN.planning),
    id: data.persoon.id,
  };
}
/** score: 0–100. */
export type Kandidaat = NonNullable<Ketenbeeld['kandidaten']>[number];
export type Samenvoeging = Ketenbeeld['samenvoegingen'][number];
/** bron: where the name came from, e.g. samenvoeging:<id> or signaal:<id>. */
export type PersoonAlias = Ketenbeeld['aliassen'][number];
/** A signal about the person (signalen service) the viewer may see; status ACTIEF or INGETROKKEN. */
export type PersoonSignaal = Ketenbeeld['signalen'][number];
/** A case about the person in which the viewer's organisation participates (casusregie). */
export type PersoonCasus = NonNullable<Ketenbeeld['casussen']>[number];
/** ZSM: a contact at the ZSM desk with the OM's decisions. */
export type PersoonZsmRegistratie = NonNullable<Ketenbeeld['zsmRegistraties']>[number];
export type PersoonDetentie = NonNullable<Ketenbeeld['detenties']>[number];
/**
 * lidstaat: ISO 3166-1 alpha-2; overdrachtUiterlijk (R12): 6 months after acceptance, 12 when detained, 18
 * when absconded.
 */
export type DublinClaim = DublinClaimVeldenFragment;

export const PERSOON_KERN: TypedDocumentNode<PersoonKernFragment> = gql`
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

export const DUBLIN_CLAIM_VELDEN: TypedDocumentNode<DublinClaimVeldenFragment> = gql`
  fragment DublinClaimVelden on DublinClaim {
    lidstaat
    akkoordOp
    overdrachtUiterlijk
    verlengdWegensDetentie
  }
`;

export const AFDOENINGSADVIES_VELDEN: TypedDocumentNode<AfdoeningsadviesVeldenFragment> = gql`
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
 * Each service's part is asked under its own alias of the shareable root field `persoon(id)`, so the
 * gateway fetches the four parts at once instead of signalen first and the others after it (the
 * ketenbeeld benchmark: bench/ketenbeeld.mjs). usePersoon joins them into one `Ketenbeeld`.
 */
export const KETENBEELD: TypedDocumentNode<KetenbeeldQuery, KetenbeeldQueryVariables> = gql`
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
    }
    kernteam: persoon(id: $id) {
      id
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
    }
    strafrecht: persoon(id: $id) {
      id
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
    planning: persoon(id: $id) {
      id
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
