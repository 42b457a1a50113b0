import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { vergeetCasuslijsten } from '../casus/hooks';
import { LEG_BESLUIT_VAST } from './legBesluitVast.graphql';
import { OVERLEG } from './overleg.graphql';
import { PLAN_OVERLEG } from './planOverleg.graphql';
import { REGISTREER_AANWEZIGHEID } from './registreerAanwezigheid.graphql';
import { VERNIEUW_AGENDA } from './vernieuwAgenda.graphql';
import { VERPLAATS_AGENDAPUNT } from './verplaatsAgendapunt.graphql';
import { VOEG_AGENDAPUNT_TOE } from './voegAgendapuntToe.graphql';

function vergeetOverleggen(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'overleggen' });
  cache.gc();
}

export const usePlanOverleg = () => useMutation(PLAN_OVERLEG, { update: vergeetOverleggen });
export const useVernieuwAgenda = () => useMutation(VERNIEUW_AGENDA);
export const useVoegAgendapuntToe = () => useMutation(VOEG_AGENDAPUNT_TOE);
export const useVerplaatsAgendapunt = () => useMutation(VERPLAATS_AGENDAPUNT);
export const useRegistreerAanwezigheid = () => useMutation(REGISTREER_AANWEZIGHEID);

/**
 * A decision returns only its id: the meeting is fetched again (the decision and its action show
 * on the item), and the case's cached page is dropped so it shows the new action when opened.
 */
export function useLegBesluitVast() {
  return useMutation(LEG_BESLUIT_VAST, {
    // By document: the page's own watched query refetches, with its errorPolicy ('all').
    refetchQueries: [OVERLEG],
    awaitRefetchQueries: true,
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'casus' });
      vergeetCasuslijsten(cache);
    },
  });
}
