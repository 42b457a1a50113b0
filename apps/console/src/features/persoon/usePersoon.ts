import { useMemo } from 'react';
import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { VELDEN_PER_BLOK, type BlokSleutel } from './ketenbeeld';
import { KEN_V_NUMMER_TOE } from './kenVNummerToe.graphql';
import { VOEG_PERSONEN_SAMEN } from './koppelen.graphql';
import { KETENBEELD, ONTBREKENDE_DELEN, voegKetenbeeldSamen, type KetenbeeldDeel } from './persoon.graphql';
import { REGISTREER_DUBLIN_AKKOORD } from './registreerDublinAkkoord.graphql';
import { SCHRIJF_AFDOENINGSADVIES } from './schrijfAfdoeningsadvies.graphql';
import { SPLITS_SAMENVOEGING } from './splitsSamenvoeging.graphql';

/**
 * The ketenbeeld of a person: one federated query. errorPolicy 'all': when one service fails, the
 * blocks of the others still show, and the failed block says so (errors are mapped to blocks by
 * the field in their path; an error without a usable path is shown above the blocks).
 */
export function useKetenbeeld(id: string, metKoppelen: boolean, metPlanning: boolean) {
  const resultaat = useQuery(KETENBEELD, {
    variables: { id, metKoppelen, metPlanning },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { error } = resultaat;

  const blokFouten = useMemo(() => {
    const perBlok = new Map<BlokSleutel, string>();
    const overig: string[] = [];
    if (CombinedGraphQLErrors.is(error)) {
      for (const e of error.errors) {
        const wortel = e.path?.[0];
        // A whole part failed (e.g. path ["kernteam"]): every block of that service says so.
        const velden =
          typeof wortel === 'string' && wortel in ONTBREKENDE_DELEN && e.path?.length === 1
            ? Object.keys(ONTBREKENDE_DELEN[wortel as KetenbeeldDeel])
            : typeof wortel === 'string' && (wortel === 'persoon' || wortel in ONTBREKENDE_DELEN)
              ? [e.path?.[1]]
              : [];
        const blokken = velden.flatMap((veld) =>
          typeof veld === 'string' && VELDEN_PER_BLOK[veld] ? [VELDEN_PER_BLOK[veld]] : [],
        );
        if (blokken.length) {
          for (const blok of blokken) if (!perBlok.has(blok)) perBlok.set(blok, e.message);
        } else if (wortel !== 'locaties') {
          // Location names are a nicety: without them codes are shown.
          overig.push(e.message);
        }
      }
    } else if (error) {
      overig.push(error.message);
    }
    return { perBlok, overig: [...new Set(overig)] };
  }, [error]);

  const persoon = useMemo(() => voegKetenbeeldSamen(resultaat.data), [resultaat.data]);
  return { ...resultaat, persoon, blokFouten };
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
