import { gql, type TypedDocumentNode } from '@apollo/client';
import { OVERLEG_DETAIL_VELDEN, type OverlegDetailGegevens } from './overleg.graphql';

/** Record whether a participant is present (a new name joins the participants). */
export const REGISTREER_AANWEZIGHEID: TypedDocumentNode<
  { readonly registreerAanwezigheid: OverlegDetailGegevens },
  {
    readonly overlegId: string;
    readonly naam: string;
    readonly organisatie: string;
    readonly aanwezig: boolean;
  }
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
