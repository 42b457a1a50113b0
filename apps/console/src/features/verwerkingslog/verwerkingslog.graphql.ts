import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  VerwerkingslogQuery,
  VerwerkingslogQueryVariables,
  VerwerkingVeldenFragment,
} from '../../gql/schema';

/**
 * One entry of a service's processing log. soort: LEZEN or SCHRIJVEN; status: OK, FOUT or GEWEIGERD
 * (Strings in the schema); start and eind ISO-8601; volgnummer is the service's own cursor.
 */
export type Verwerking = VerwerkingVeldenFragment;

export const VERWERKING_VELDEN: TypedDocumentNode<VerwerkingVeldenFragment> = gql`
  fragment VerwerkingVelden on Verwerking {
    volgnummer
    traceId
    spanId
    ouderSpanId
    dienst
    operatie
    soort
    start
    eind
    status
    foutcode
    actor
    actorNaam
    organisatie
    rollen
    doel
    doelLabel
    personen
    attributen {
      naam
      waarde
    }
  }
`;

/**
 * The processing logs of the four services in one request: the gateway asks them in parallel, and
 * one that fails answers null (with an error) while the others still come. The filter is the same
 * for all four; each service pages on its own cursor (`voor<Dienst>`), and "Meer laden" asks only
 * the services that have more (`met<Dienst>`).
 */
export const VERWERKINGSLOG: TypedDocumentNode<VerwerkingslogQuery, VerwerkingslogQueryVariables> = gql`
  query Verwerkingslog(
    $persoonId: ID
    $actor: String
    $van: String
    $tot: String
    $eerste: Int!
    $voorSignalen: ID
    $voorCasusregie: ID
    $voorZsm: ID
    $voorPlanning: ID
    $metSignalen: Boolean!
    $metCasusregie: Boolean!
    $metZsm: Boolean!
    $metPlanning: Boolean!
  ) {
    signalenVerwerkingen(
      persoonId: $persoonId
      actor: $actor
      van: $van
      tot: $tot
      voor: $voorSignalen
      eerste: $eerste
    ) @include(if: $metSignalen) {
      ...VerwerkingVelden
    }
    casusregieVerwerkingen(
      persoonId: $persoonId
      actor: $actor
      van: $van
      tot: $tot
      voor: $voorCasusregie
      eerste: $eerste
    ) @include(if: $metCasusregie) {
      ...VerwerkingVelden
    }
    zsmVerwerkingen(
      persoonId: $persoonId
      actor: $actor
      van: $van
      tot: $tot
      voor: $voorZsm
      eerste: $eerste
    ) @include(if: $metZsm) {
      ...VerwerkingVelden
    }
    planningVerwerkingen(
      persoonId: $persoonId
      actor: $actor
      van: $van
      tot: $tot
      voor: $voorPlanning
      eerste: $eerste
    ) @include(if: $metPlanning) {
      ...VerwerkingVelden
    }
  }
  ${VERWERKING_VELDEN}
`;
