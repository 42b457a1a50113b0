import { useMemo } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { KEN_V_NUMMER_TOE } from './kenVNummerToe.graphql';
import { VOEG_PERSONEN_SAMEN } from './koppelen.graphql';
import { PERSOON } from './persoon.graphql';
import { SPLITS_SAMENVOEGING } from './splitsSamenvoeging.graphql';

export type Blok = 'signalen' | 'signaalMeldingen' | 'zsmSignaalOverzicht' | 'plaatsingen';

/**
 * The composed person view. errorPolicy 'all': when one service fails, the blocks of the others
 * still show, and the failed block says so.
 */
export function usePersoon(id: string, metKoppelen: boolean) {
  const resultaat = useQuery(PERSOON, {
    variables: { id, metKoppelen },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const { error } = resultaat;

  const blokFouten = useMemo(() => {
    const perBlok: Partial<Record<Blok, string>> = {};
    const overig: string[] = [];
    if (CombinedGraphQLErrors.is(error)) {
      for (const e of error.errors) {
        const veld = e.path?.[0] === 'persoon' ? e.path[1] : undefined;
        if (
          veld === 'signalen' ||
          veld === 'signaalMeldingen' ||
          veld === 'zsmSignaalOverzicht' ||
          veld === 'plaatsingen'
        ) {
          perBlok[veld] ??= e.message;
        } else {
          overig.push(e.message);
        }
      }
    } else if (error) {
      overig.push(error.message);
    }
    return { perBlok, overig };
  }, [error]);

  return { ...resultaat, blokFouten };
}

/**
 * Merging, splitting and linking move signals between persons: drop the cached signal list so it is
 * fetched again. The page refetches the person itself after each of these; other persons refresh
 * when opened (cache-and-network).
 */
function vergeetSignaallijsten(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'signalen' });
  cache.gc();
}

export function useVoegPersonenSamen() {
  return useMutation(VOEG_PERSONEN_SAMEN, { update: vergeetSignaallijsten });
}

export function useSplitsSamenvoeging() {
  return useMutation(SPLITS_SAMENVOEGING, { update: vergeetSignaallijsten });
}

export function useKenVNummerToe() {
  return useMutation(KEN_V_NUMMER_TOE, { update: vergeetSignaallijsten });
}
