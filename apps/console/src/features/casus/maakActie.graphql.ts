import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MaakActieMutation, MaakActieMutationVariables } from '../../gql/schema';
import { ACTIE_VELDEN } from './casus.graphql';

export const MAAK_ACTIE: TypedDocumentNode<MaakActieMutation, MaakActieMutationVariables> = gql`
  mutation MaakActie($casusId: ID!, $actie: ActieInvoer!) {
    maakActie(casusId: $casusId, actie: $actie) {
      ...ActieVelden
    }
  }
  ${ACTIE_VELDEN}
`;
