import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { CORRIGEER_SIGNAAL } from './corrigeerSignaal.graphql';
import { SIGNAAL } from './signaal.graphql';
import { TREK_SIGNAAL_IN } from './trekSignaalIn.graphql';
import { VOEG_PERSONEN_TOE } from './voegPersonenToe.graphql';

export function useSignaal(id: string) {
  return useQuery(SIGNAAL, { variables: { id }, fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
}

/**
 * The mutations return the whole signal, which updates it in the cache. Lists that may now be
 * different (the overview with its filters, the persons' signals) are dropped and fetched again.
 */
function vergeetLijsten(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'signalen' });
  cache.gc();
}

export function useVoegPersonenToe() {
  return useMutation(VOEG_PERSONEN_TOE, { update: vergeetLijsten });
}

export function useCorrigeerSignaal() {
  return useMutation(CORRIGEER_SIGNAAL, { update: vergeetLijsten });
}

export function useTrekSignaalIn() {
  return useMutation(TREK_SIGNAAL_IN, { update: vergeetLijsten });
}
