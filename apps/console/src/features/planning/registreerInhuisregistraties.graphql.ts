import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  RegistreerInhuisregistratiesMutation,
  RegistreerInhuisregistratiesMutationVariables,
} from '../../gql/schema';

/**
 * Record registrations in a window (one or many). Any error refuses the whole batch and names each
 * row: `registraties.<n>` or `registraties.<n>.tijdstip`.
 */
export const REGISTREER_INHUISREGISTRATIES: TypedDocumentNode<
  RegistreerInhuisregistratiesMutation,
  RegistreerInhuisregistratiesMutationVariables
> = gql`
  mutation RegistreerInhuisregistraties($locatie: String!, $registraties: [InhuisregistratieInvoer!]!) {
    registreerInhuisregistraties(locatie: $locatie, registraties: $registraties) {
      locatie
      geregistreerd
      alGeregistreerd
    }
  }
`;
