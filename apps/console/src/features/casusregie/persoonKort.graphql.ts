import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  PersoonKortQuery,
  PersoonKortQueryVariables,
  PersoonNaamVeldenFragment,
} from '../../gql/schema';

/** What a list or page of casusregie shows of a person (federated from the signalen service). */
export type PersoonKort = PersoonNaamVeldenFragment;

/**
 * The names of a person, federated from the signalen service. Only queries ask for them (with
 * errorPolicy 'all'); mutation results carry `persoon { id }` only, so a failing name lookup can never
 * fail a change that did succeed.
 */
export const PERSOON_NAAM_VELDEN: TypedDocumentNode<PersoonNaamVeldenFragment> = gql`
  fragment PersoonNaamVelden on Persoon {
    id
    vNummer
    naam
    nationaliteit
    coaNummer
    omschrijving
  }
`;

/**
 * One person's name straight from the signalen service: used when the federated fields on a
 * casusregie object came back empty (the gateway could not resolve them).
 */
export const PERSOON_KORT: TypedDocumentNode<PersoonKortQuery, PersoonKortQueryVariables> = gql`
  query PersoonKort($id: ID!) {
    persoon(id: $id) {
      id
      vNummer
      naam
      nationaliteit
      coaNummer
      omschrijving
    }
  }
`;
