import { gql, type TypedDocumentNode } from '@apollo/client';
import { DAGOVERZICHT_VELDEN, type Dagoverzicht } from './dagoverzicht.graphql';

/** Make an overview now (everything since the previous one). */
export const MAAK_DAGOVERZICHT: TypedDocumentNode<
  { readonly maakDagoverzicht: Dagoverzicht },
  Record<string, never>
> = gql`
  mutation MaakDagoverzicht {
    maakDagoverzicht {
      ...DagoverzichtVelden
    }
  }
  ${DAGOVERZICHT_VELDEN}
`;
