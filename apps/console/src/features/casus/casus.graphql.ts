import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ActieVeldenFragment,
  CasusDetailVeldenFragment,
  CasusQuery,
  CasusQueryVariables,
  MaatregelVeldenFragment,
} from '../../gql/schema';
import { PERSOON_NAAM_VELDEN } from '../casusregie/persoonKort.graphql';

/** The case as its page shows it, with the person's names. */
export type CasusDetailGegevens = CasusQuery['casus'];
/** soort: PREVENTIEF, REPRESSIEF or KETEN; status: ACTIEF or BEEINDIGD (Strings in the schema). */
export type CasusMaatregel = MaatregelVeldenFragment;
/** status: OPEN or GEDAAN (a String in the schema). */
export type Actie = ActieVeldenFragment;
/** soort: SIGNAAL, TRANSITIE, MAATREGEL, ACTIE, UITKOMST, BESLUIT, ESCALATIE, TERMIJN, ZSM or DETENTIE. */
export type TijdlijnRegel = CasusDetailVeldenFragment['tijdlijn'][number];
export type TopXLidmaatschap = CasusDetailVeldenFragment['topx'][number];

export const ACTIE_VELDEN: TypedDocumentNode<ActieVeldenFragment> = gql`
  fragment ActieVelden on Actie {
    id
    casusId
    omschrijving
    eigenaarOrganisatie
    eigenaarPersoon
    deadline
    status
    teLaat
    geescaleerdOp
    besluitId
    afgerondOp
  }
`;

export const MAATREGEL_VELDEN: TypedDocumentNode<MaatregelVeldenFragment> = gql`
  fragment MaatregelVelden on CasusMaatregel {
    id
    code
    naam
    soort
    eigenaar
    wettelijkeGrondslag
    start
    eind
    reden
    status
    beeindigdReden
    termijnId
    groepActieId
  }
`;

/** Everything the case page shows but the person's names; the mutations that return a case return this. */
export const CASUS_DETAIL_VELDEN: TypedDocumentNode<CasusDetailVeldenFragment> = gql`
  fragment CasusDetailVelden on Casus {
    id
    persoon {
      id
    }
    groepId
    status
    statusLabel
    mogelijkeTransities
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
    transities {
      van
      naar
      reden
      doorverwezenNaar
      doorNaam
      doorOrganisatie
      tijdstip
    }
    signalen {
      signaalId
      categorie
      categorieLabel
      bronOrganisatie
      ernst
      vpt
      tijdstipIncident
      omschrijving
      gekoppeldOp
      nieuw
    }
    maatregelen {
      ...MaatregelVelden
    }
    acties {
      ...ActieVelden
    }
    uitkomsten {
      id
      soort
      soortLabel
      datum
      toelichting
      doorOrganisatie
    }
    tijdlijn {
      tijdstip
      soort
      omschrijving
      refId
      organisatie
    }
    topx {
      regio
      maand
      rang
      score
      uitleg
    }
  }
  ${MAATREGEL_VELDEN}
  ${ACTIE_VELDEN}
`;

export const CASUS: TypedDocumentNode<CasusQuery, CasusQueryVariables> = gql`
  query Casus($id: ID!) {
    casus(id: $id) {
      ...CasusDetailVelden
      persoon {
        ...PersoonNaamVelden
      }
    }
  }
  ${CASUS_DETAIL_VELDEN}
  ${PERSOON_NAAM_VELDEN}
`;
