import { useMutation, useQuery } from '@apollo/client/react';
import { REGISTREER_SIGNAAL } from './registreerSignaal.graphql';
import { SIGNAAL_OPTIES } from './signaalOpties.graphql';

export function useSignaalOpties() {
  return useQuery(SIGNAAL_OPTIES, { fetchPolicy: 'cache-first' });
}

export function useRegistreerSignaal() {
  return useMutation(REGISTREER_SIGNAAL, {
    // The list is cached per session; drop it so the overview fetches again, including the new signal.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'signalen' });
      cache.gc();
    },
  });
}
