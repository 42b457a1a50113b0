import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { BEVESTIG_GROEPSVOORSTEL } from './bevestigGroepsvoorstel.graphql';
import { BEVESTIG_VOORSTEL } from './bevestigVoorstel.graphql';
import { WIJS_VOORSTEL_AF } from './wijsVoorstelAf.graphql';

/** A decision changes the proposal lists and the case list: fetched again when next shown. */
function vergeetLijsten(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'casusVoorstellen' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'casussen' });
  cache.gc();
}

export const useBevestigVoorstel = () => useMutation(BEVESTIG_VOORSTEL, { update: vergeetLijsten });
export const useBevestigGroepsvoorstel = () =>
  useMutation(BEVESTIG_GROEPSVOORSTEL, { update: vergeetLijsten });
export const useWijsVoorstelAf = () => useMutation(WIJS_VOORSTEL_AF, { update: vergeetLijsten });
