import { useCallback, useMemo, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { legUit } from '../../app/fouten';
import type { VerwerkingslogQuery, VerwerkingslogQueryVariables } from '../../gql/schema';
import { DIENSTEN, PAGINA, VELD, type Dienst, type DienstLog } from './handelingen';
import { VERWERKINGSLOG } from './verwerkingslog.graphql';

export type LogVariabelen = Pick<VerwerkingslogQueryVariables, 'persoonId' | 'actor' | 'van' | 'tot'>;

type Logs = Readonly<Record<Dienst, DienstLog>>;

/** Why the whole log is unavailable, when every service refused for the same reason. */
export type Weigering = 'doel' | 'geen-toegang' | null;

const HOOFDLETTER: Readonly<Record<Dienst, 'Signalen' | 'Casusregie' | 'Zsm' | 'Planning'>> = {
  signalen: 'Signalen',
  casusregie: 'Casusregie',
  zsm: 'Zsm',
  planning: 'Planning',
};

/** The variables for one request: the filter, and per service its cursor and whether to ask it. */
function variabelen(
  filter: LogVariabelen,
  per: Partial<Record<Dienst, string | null>>,
): VerwerkingslogQueryVariables {
  const v: Record<string, unknown> = { ...filter, eerste: PAGINA };
  for (const d of DIENSTEN) {
    v[`met${HOOFDLETTER[d]}`] = d in per;
    v[`voor${HOOFDLETTER[d]}`] = per[d] ?? null;
  }
  return v as VerwerkingslogQueryVariables;
}

/** The cursor for a service's next page: the lowest volgnummer it gave (numbers as text, up to 18 digits). */
function oudste(regels: readonly { readonly volgnummer: string }[]): string | null {
  let laagste: bigint | null = null;
  for (const r of regels) {
    const n = BigInt(r.volgnummer);
    if (laagste === null || n < laagste) laagste = n;
  }
  return laagste === null ? null : laagste.toString();
}

/** The message for one service's failure: its own error (by path), else the request's. */
function foutVoor(d: Dienst, error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const eigen = error.errors.find((e) => e.path?.[0] === VELD[d]) ?? error.errors.find((e) => !e.path);
    if (eigen) return eigen.message;
  }
  return error ? legUit(error).melding : 'De dienst gaf geen antwoord.';
}

function weigeringVan(error: unknown): Weigering {
  if (!CombinedGraphQLErrors.is(error) || error.errors.length === 0) return null;
  if (error.errors.every((e) => e.extensions?.foutcode === 'DOEL_ONTBREEKT')) return 'doel';
  if (error.errors.every((e) => e.extensions?.code === 'FORBIDDEN')) return 'geen-toegang';
  return null;
}

/** One service's page from an answer: its entries, or its failure (its earlier entries stay). */
function pagina(
  vorig: DienstLog | undefined,
  data: VerwerkingslogQuery | undefined,
  d: Dienst,
  error: unknown,
): DienstLog {
  const lijst = data?.[VELD[d]];
  if (lijst !== null && lijst !== undefined) {
    // An entry already shown (a page asked twice) is not added again.
    const bekend = new Set((vorig?.regels ?? []).map((r) => r.volgnummer));
    const nieuw = lijst.filter((r) => !bekend.has(r.volgnummer));
    return { regels: [...(vorig?.regels ?? []), ...nieuw], meer: lijst.length >= PAGINA, fout: null };
  }
  return { regels: vorig?.regels ?? [], meer: vorig?.meer ?? false, fout: foutVoor(d, error) };
}

/**
 * The processing logs of the four services for one filter: the first page of each in one request,
 * then "Meer laden" asks every service that has more for its next page, each from its own cursor
 * (`voor` = the volgnummer of the last entry it gave). A service that fails leaves its part empty,
 * with the reason, and can be asked again on its own. Nothing is cached: the log changes with every
 * read (this page's own reads included) and is not kept in the browser longer than shown.
 */
export function useVerwerkingslog(filter: LogVariabelen | null) {
  const client = useApolloClient();
  const eerste = useQuery(VERWERKINGSLOG, {
    variables: variabelen(filter ?? {}, { signalen: null, casusregie: null, zsm: null, planning: null }),
    skip: filter === null,
    errorPolicy: 'all',
    fetchPolicy: 'no-cache',
    notifyOnNetworkStatusChange: true,
  });
  const { data, error } = eerste;

  const eersteLogs = useMemo<Logs | null>(() => {
    if (data === undefined) return null;
    const uit = {} as Record<Dienst, DienstLog>;
    for (const d of DIENSTEN) uit[d] = pagina(undefined, data, d, error);
    return uit;
  }, [data, error]);

  // Later pages, valid for the first page they continue (a new filter or a refresh starts over).
  const [vervolg, setVervolg] = useState<{ readonly basis: unknown; readonly logs: Logs } | null>(null);
  const [bezig, setBezig] = useState<readonly Dienst[]>([]);
  const logs = vervolg && vervolg.basis === data ? vervolg.logs : eersteLogs;

  /** Ask `diensten` for their next page (or, with `opnieuw`, their first page again). */
  const haal = useCallback(
    async (diensten: readonly Dienst[], opnieuw = false) => {
      if (!filter || !logs || diensten.length === 0) return;
      const basis = data;
      const per: Partial<Record<Dienst, string | null>> = {};
      for (const d of diensten) per[d] = opnieuw ? null : oudste(logs[d].regels);
      setBezig(diensten);
      try {
        const r = await client.query({
          query: VERWERKINGSLOG,
          variables: variabelen(filter, per),
          errorPolicy: 'all',
          fetchPolicy: 'no-cache',
        });
        const nieuw = { ...logs } as Record<Dienst, DienstLog>;
        for (const d of diensten) {
          const vorig = opnieuw ? { ...logs[d], regels: [] } : logs[d];
          nieuw[d] = pagina(vorig, r.data ?? undefined, d, r.error);
        }
        setVervolg({ basis, logs: nieuw });
      } catch (e) {
        const nieuw = { ...logs } as Record<Dienst, DienstLog>;
        for (const d of diensten) nieuw[d] = { ...logs[d], fout: foutVoor(d, e) };
        setVervolg({ basis, logs: nieuw });
      } finally {
        setBezig([]);
      }
    },
    [client, data, filter, logs],
  );

  const meerLaden = useCallback(() => haal(logs ? DIENSTEN.filter((d) => logs[d].meer) : []), [haal, logs]);
  const opnieuwVoor = useCallback((d: Dienst) => haal([d], logs?.[d].regels.length === 0), [haal, logs]);

  // Every service refused for one reason (no purpose for the log, or not the privacy officer).
  const alleMislukt =
    logs !== null && DIENSTEN.every((d) => logs[d].fout !== null && logs[d].regels.length === 0);
  const weigering = alleMislukt ? weigeringVan(error) : null;

  return {
    logs,
    laden: filter !== null && data === undefined && eerste.loading,
    vernieuwen: eerste.networkStatus === NetworkStatus.refetch,
    /** No answer at all (network, or the gateway refused the request). */
    fout: data === undefined && !eerste.loading ? (error ?? null) : null,
    weigering,
    bezig,
    meerLaden,
    opnieuwVoor,
    vernieuw: () => eerste.refetch(),
  };
}
