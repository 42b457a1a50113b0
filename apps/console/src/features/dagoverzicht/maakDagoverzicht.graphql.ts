import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MaakDagoverzichtMutation, MaakDagoverzichtMutationVariables } from '../../gql/schema';
import { DAGOVERZICHT_VELDEN } from './dagoverzicht.graphql';

/** Make an overview now (everything since the previous one). */
export const MAAK_DAGOVERZICHT: TypedDocumentNode<
  MaakDagoverzichtMutation,
  MaakDagoverzichtMutationVariables
> = gql`
  mutation MaakDagoverzicht {
    maakDagoverzicht {
      ...DagoverzichtVelden
    }
  }
  ${DAGOVERZICHT_VELDEN}
`;
