import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { SIGNALEN, type SignaalRij } from './signalen.graphql';

export const SIGNALEN_PAGINA = 100;

function tijd(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? 0 : ms;
}

/** Newest incident first; equal times by registration, newest first. */
export function nieuwsteEerst(a: SignaalRij, b: SignaalRij): number {
  return (
    tijd(b.tijdstipIncident) - tijd(a.tijdstipIncident) || tijd(b.geregistreerdOp) - tijd(a.geregistreerdOp)
  );
}

export function useSignalen() {
  const resultaat = useQuery(SIGNALEN, {
    variables: { eerste: SIGNALEN_PAGINA },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const signalen = useMemo(() => [...(resultaat.data?.signalen ?? [])].sort(nieuwsteEerst), [resultaat.data]);
  return { ...resultaat, signalen };
}
