import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  RegistreerAanwezigheidMutation,
  RegistreerAanwezigheidMutationVariables,
} from '../../gql/schema';
import { OVERLEG_DETAIL_VELDEN } from './overleg.graphql';

/** Record whether a participant is present (a new name joins the participants). */
export const REGISTREER_AANWEZIGHEID: TypedDocumentNode<
  RegistreerAanwezigheidMutation,
  RegistreerAanwezigheidMutationVariables
> = gql`
  mutation RegistreerAanwezigheid(
    $overlegId: ID!
    $naam: String!
    $organisatie: Organisatie!
    $aanwezig: Boolean!
  ) {
    registreerAanwezigheid(
      overlegId: $overlegId
      naam: $naam
      organisatie: $organisatie
      aanwezig: $aanwezig
    ) {
      ...OverlegDetailVelden
    }
  }
  ${OVERLEG_DETAIL_VELDEN}
`;
