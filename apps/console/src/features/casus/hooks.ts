import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { BEEINDIG_MAATREGEL } from './beeindigMaatregel.graphql';
import { CASUS } from './casus.graphql';
import { MAAK_ACTIE } from './maakActie.graphql';
import { MARKEER_SIGNALEN_GEZIEN } from './markeerSignalenGezien.graphql';
import { PAS_MAATREGEL_TOE } from './pasMaatregelToe.graphql';
import { PAS_MAATREGEL_TOE_OP_GROEP } from './pasMaatregelToeOpGroep.graphql';
import { REGISTREER_UITKOMST } from './registreerUitkomst.graphql';
import { ROND_ACTIE_AF } from './rondActieAf.graphql';
import { WIJZIG_CASUS } from './wijzigCasus.graphql';
import { ZET_CASUS_STATUS } from './zetCasusStatus.graphql';

export function useCasus(id: string) {
  return useQuery(CASUS, { variables: { id }, fetchPolicy: 'cache-and-network', errorPolicy: 'all' });
}

/** Lists whose counters or membership may have changed: fetched again when next shown. */
export function vergeetCasuslijsten(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'casussen' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'dagoverzicht' });
  cache.gc();
}

/**
 * Mutations on a part of a case (a measure, an action, an outcome) return only that part: the
 * case itself is fetched again so its timeline and counters follow.
 */
function opnieuwVoor() {
  // By document: the page's own watched query refetches, with its errorPolicy ('all').
  return { refetchQueries: [CASUS], awaitRefetchQueries: true, update: vergeetCasuslijsten };
}

export const useZetCasusStatus = () => useMutation(ZET_CASUS_STATUS, { update: vergeetCasuslijsten });
export const useWijzigCasus = () => useMutation(WIJZIG_CASUS, { update: vergeetCasuslijsten });
export const useMarkeerSignalenGezien = () =>
  useMutation(MARKEER_SIGNALEN_GEZIEN, { update: vergeetCasuslijsten });
export const usePasMaatregelToe = () => useMutation(PAS_MAATREGEL_TOE, opnieuwVoor());
export const usePasMaatregelToeOpGroep = () => useMutation(PAS_MAATREGEL_TOE_OP_GROEP, opnieuwVoor());
export const useBeeindigMaatregel = () => useMutation(BEEINDIG_MAATREGEL, opnieuwVoor());
export const useMaakActie = () => useMutation(MAAK_ACTIE, opnieuwVoor());
export const useRondActieAf = () => useMutation(ROND_ACTIE_AF, opnieuwVoor());
export const useRegistreerUitkomst = () => useMutation(REGISTREER_UITKOMST, opnieuwVoor());
