import { useCallback } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { SignaalFilter } from '../../gql/schema';
import { SIGNALEN } from './signalen.graphql';

export const SIGNALEN_PAGINA = 50;

/**
 * One page of signals at a time, in the service's order (newest first); "Meer laden" fetches the
 * next page with the cursor and the cache appends it (typePolicies in app/apollo.ts).
 */
export function useSignalen(filter: SignaalFilter | null) {
  const resultaat = useQuery(SIGNALEN, {
    variables: { filter, eerste: SIGNALEN_PAGINA },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { data, fetchMore } = resultaat;
  const volgendeCursor = data?.signalen.volgendeCursor ?? null;

  const meerLaden = useCallback(async () => {
    if (!volgendeCursor) return;
    await fetchMore({ variables: { na: volgendeCursor } });
  }, [fetchMore, volgendeCursor]);

  return {
    ...resultaat,
    signalen: data?.signalen.items ?? [],
    volgendeCursor,
    meerLaden,
    bezigMetMeer: resultaat.networkStatus === NetworkStatus.fetchMore,
  };
}
