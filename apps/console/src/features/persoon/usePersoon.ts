import { useMemo } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { KEN_V_NUMMER_TOE } from './kenVNummerToe.graphql';
import { VOEG_PERSONEN_SAMEN } from './koppelen.graphql';
import { PERSOON } from './persoon.graphql';
import { REGISTREER_DUBLIN_AKKOORD } from './registreerDublinAkkoord.graphql';
import { SCHRIJF_AFDOENINGSADVIES } from './schrijfAfdoeningsadvies.graphql';
import { SPLITS_SAMENVOEGING } from './splitsSamenvoeging.graphql';

export type Blok = 'signalen' | 'signaalMeldingen' | 'zsmSignaalOverzicht' | 'strafrecht';

/** Fields of the person that make up the "Strafrecht en ZSM" section (zsm service). */
const STRAFRECHT_VELDEN: readonly unknown[] = [
  'zsmRegistraties',
  'detenties',
  'dublinClaim',
  'afdoeningsadvies',
];

/**
 * The composed person view. errorPolicy 'all': when one service fails, the blocks of the others
 * still show, and the failed block says so.
 */
export function usePersoon(id: string, metKoppelen: boolean, metZsm: boolean) {
  const resultaat = useQuery(PERSOON, {
    variables: { id, metKoppelen, metZsm },
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
        if (veld === 'signalen' || veld === 'signaalMeldingen' || veld === 'zsmSignaalOverzicht') {
          perBlok[veld] ??= e.message;
        } else if (STRAFRECHT_VELDEN.includes(veld)) {
          perBlok.strafrecht ??= e.message;
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

/** The advice is stored on the person in the cache: the section shows the new text at once. */
export function useSchrijfAfdoeningsadvies(persoonId: string) {
  return useMutation(SCHRIJF_AFDOENINGSADVIES, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify({ __typename: 'Persoon', id: persoonId }),
        fields: { afdoeningsadvies: () => data.schrijfAfdoeningsadvies },
      });
    },
  });
}

export function useRegistreerDublinAkkoord(persoonId: string) {
  return useMutation(REGISTREER_DUBLIN_AKKOORD, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify({ __typename: 'Persoon', id: persoonId }),
        fields: { dublinClaim: () => data.registreerDublinAkkoord },
      });
    },
  });
}
