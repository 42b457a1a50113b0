import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PERSOON } from './persoon.graphql';

export type Blok = 'signalen' | 'signaalMeldingen' | 'zsmSignaalOverzicht' | 'plaatsingen';

/**
 * The composed person view. errorPolicy 'all': when one service fails, the blocks of the others
 * still show, and the failed block says so.
 */
export function usePersoon(id: string) {
  const resultaat = useQuery(PERSOON, {
    variables: { id },
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
