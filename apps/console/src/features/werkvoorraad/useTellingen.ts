import { useEffect, useMemo, useRef, useState } from 'react';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import type { Persona } from '../../app/auth';
import { OPEN_STATUSSEN } from '../casusregie/labels';
import {
  eindeVanDezeWeek,
  type LijstCode,
  LIJSTEN,
  magLijstZien,
  subUitToken,
  valtDezeWeek,
} from './lijsten';
import {
  CASUSSEN_TELLING,
  OPEN_VOORSTELLEN,
  PLAATSINGEN_EERSTE,
  TERMIJN_VELDEN,
  TERMIJNEN_EERSTE,
  TERMIJNEN_TELLING,
  type TermijnKort,
  VOORSTELLEN_TELLING,
  WACHTLIJST_STATUSSEN,
  WACHTLIJST_TELLING,
} from './werkvoorraad.graphql';

/** The counts refresh every minute (and when the route changes, see `verversSleutel`). */
export const VERVERS_MS = 60_000;

/** The service refused the query for this persona: the queue is hidden, without an error. */
export function isGeweigerd(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 403;
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.length > 0 &&
    error.errors.every((e) => e.extensions?.code === 'FORBIDDEN')
  );
}

export interface LijstTelling {
  readonly code: LijstCode;
  /** null while loading, or when the count could not be fetched. */
  readonly aantal: number | null;
  /** The count could not be fetched (other than a refusal). */
  readonly fout: boolean;
}

export interface Tellingen {
  /** The queues the viewer has, in their fixed order (refused ones left out). */
  readonly lijsten: readonly LijstTelling[];
  /** The sum of the visible queues' counts, once every one of them is known; else null. */
  readonly totaal: number | null;
  readonly ververs: () => void;
}

/** `Date.now()`, refreshed every `ms`. */
function useKlok(ms: number): number {
  const [nu, setNu] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNu(Date.now()), ms);
    return () => window.clearInterval(timer);
  }, [ms]);
  return nu;
}

/**
 * The number of items in each of the viewer's work queues, for the navigation and the queue tabs.
 * Every queue is its own query, so that one refused or failing service does not blank the others.
 */
export function useWerkvoorraadTellingen({
  persona,
  token,
  verversSleutel,
  peilen = true,
}: {
  readonly persona: Persona;
  readonly token: string;
  /** Any value that changes when the counts should be fetched again (e.g. the route). */
  readonly verversSleutel?: string;
  /**
   * Ask again every minute. One instance polling is enough: the navigation does; the page's own
   * instance reads the same queries from the cache.
   */
  readonly peilen?: boolean;
}): Tellingen {
  const sub = useMemo(() => subUitToken(token), [token]);
  const mag = useMemo(() => {
    const zichtbaar = new Set(LIJSTEN.filter((code) => magLijstZien(persona, code)));
    if (!sub) zichtbaar.delete('mijn');
    return (code: LijstCode) => zichtbaar.has(code);
  }, [persona, sub]);
  const opties = {
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
    pollInterval: peilen ? VERVERS_MS : 0,
  } as const;

  const mijn = useQuery(CASUSSEN_TELLING, {
    ...opties,
    variables: { filter: { procesregisseur: sub ?? '', status: [...OPEN_STATUSSEN] } },
    skip: !mag('mijn'),
  });
  const teLaat = useQuery(CASUSSEN_TELLING, {
    ...opties,
    variables: { filter: { achterstallig: true } },
    skip: !mag('te-laat'),
  });
  const termijnen = useQuery(TERMIJNEN_TELLING, {
    ...opties,
    variables: { eerste: TERMIJNEN_EERSTE, vervaltVoor: eindeVanDezeWeek() },
    skip: !mag('termijnen'),
  });
  const signalen = useQuery(VOORSTELLEN_TELLING, {
    ...opties,
    variables: { status: OPEN_VOORSTELLEN },
    skip: !mag('signalen'),
  });
  const wachtlijst = useQuery(WACHTLIJST_TELLING, {
    ...opties,
    variables: { status: WACHTLIJST_STATUSSEN, eerste: PLAATSINGEN_EERSTE },
    skip: !mag('wachtlijst'),
  });

  const nu = useKlok(VERVERS_MS);

  // Fetch again when the route changes (not on the first render: the queries just started).
  const queries = useRef<readonly Ververs[]>([]);
  queries.current = [
    { skip: !mag('mijn'), refetch: mijn.refetch },
    { skip: !mag('te-laat'), refetch: teLaat.refetch },
    { skip: !mag('termijnen'), refetch: termijnen.refetch },
    { skip: !mag('signalen'), refetch: signalen.refetch },
    { skip: !mag('wachtlijst'), refetch: wachtlijst.refetch },
  ];
  const eerste = useRef(true);
  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    ververs(queries.current);
  }, [verversSleutel]);

  const lijsten = useMemo(() => {
    const uit: LijstTelling[] = [];
    const voeg = (code: LijstCode, r: { error?: unknown; loading: boolean }, aantal: number | undefined) => {
      if (!mag(code)) return;
      if (r.error !== undefined && isGeweigerd(r.error) && aantal === undefined) return;
      uit.push({ code, aantal: aantal ?? null, fout: aantal === undefined && r.error !== undefined });
    };
    for (const code of LIJSTEN) {
      switch (code) {
        case 'mijn':
          voeg(code, mijn, mijn.data?.casussen.totaal);
          break;
        case 'te-laat':
          voeg(code, teLaat, teLaat.data?.casussen.totaal);
          break;
        case 'termijnen': {
          const data = termijnen.data ?? undefined;
          const lijsten = data
            ? TERMIJN_VELDEN.map((v) => data[v]).filter((l): l is readonly TermijnKort[] => Array.isArray(l))
            : [];
          const aantal =
            lijsten.length > 0
              ? new Set(
                  lijsten
                    .flat()
                    .filter((t) => valtDezeWeek(t, nu))
                    .map((t) => t.id),
                ).size
              : undefined;
          voeg(code, termijnen, aantal);
          break;
        }
        case 'signalen':
          voeg(code, signalen, signalen.data?.casusVoorstellen.length);
          break;
        case 'wachtlijst':
          voeg(code, wachtlijst, wachtlijst.data?.plaatsingen.length);
          break;
      }
    }
    return uit;
  }, [mag, mijn, teLaat, termijnen, signalen, wachtlijst, nu]);

  // Only a complete sum: while a queue loads or failed, the navigation shows no total.
  const totaal = lijsten.every((l) => l.aantal !== null)
    ? lijsten.reduce((som, l) => som + (l.aantal ?? 0), 0)
    : null;

  return {
    lijsten,
    totaal: lijsten.length === 0 ? null : totaal,
    ververs: () => ververs(queries.current),
  };
}

interface Ververs {
  readonly skip: boolean;
  readonly refetch: () => Promise<unknown>;
}

/** Refetch the queries that run (a skipped one must not ask a service that would refuse). */
function ververs(queries: readonly Ververs[]) {
  for (const q of queries) if (!q.skip) void q.refetch().catch(() => undefined);
}
