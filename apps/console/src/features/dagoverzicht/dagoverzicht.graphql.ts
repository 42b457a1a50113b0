import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  DagoverzichtQuery,
  DagoverzichtQueryVariables,
  DagoverzichtVeldenFragment,
} from '../../gql/schema';

/** aanleiding: ROOSTER (07:00) or OP_VERZOEK (a String in the schema). */
export type Dagoverzicht = DagoverzichtVeldenFragment;
export type DagoverzichtCasus = Dagoverzicht['casussen'][number];
export type DagoverzichtRegel = DagoverzichtCasus['nieuweSignalen'][number];

export const DAGOVERZICHT_VELDEN: TypedDocumentNode<DagoverzichtVeldenFragment> = gql`
  fragment DagoverzichtVelden on Dagoverzicht {
    id
    van
    tot
    aanleiding
    gemaaktOp
    casussen {
      casusId
      omschrijving
      status
      procesregisseur
      nieuweSignalen {
        soort
        tijdstip
        omschrijving
      }
      wijzigingen {
        soort
        tijdstip
        omschrijving
      }
      actiesTeLaat {
        id
        omschrijving
        deadline
        dagenTeLaat
      }
      termijnenBinnenkort {
        id
        soortLabel
        vervaltOp
      }
    }
    ongewijzigd
    totalen {
      nieuweSignalen
      wijzigingen
      actiesTeLaat
      termijnenBinnenkort
    }
  }
`;

/** One overview (no id: the latest); null when none was made yet. */
export const DAGOVERZICHT: TypedDocumentNode<DagoverzichtQuery, DagoverzichtQueryVariables> = gql`
  query Dagoverzicht($id: ID) {
    dagoverzicht(id: $id) {
      ...DagoverzichtVelden
    }
  }
  ${DAGOVERZICHT_VELDEN}
`;
