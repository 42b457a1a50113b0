import { useCallback, useEffect, useMemo, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { foutTekst } from '../../app/fouten';
import type { TermijnenQuery, TermijnenQueryVariables } from '../../gql/schema';
import { TERMIJNEN, type Termijn } from './termijnen.graphql';

/** Per service and per view (upcoming / expired); the services accept 1–1000. */
export const TERMIJNEN_PAGINA = 500;

export const DIENSTEN = ['signalen', 'casusregie', 'zsm', 'planning'] as const;
export type Dienst = (typeof DIENSTEN)[number];

const DIENST_LABEL: Record<string, string> = {
  signalen: 'Signalen',
  casusregie: 'Casusregie',
  zsm: 'ZSM',
  planning: 'Planning',
};

export function dienstLabel(dienst: string): string {
  return DIENST_LABEL[dienst] ?? dienst;
}

export interface NietBeantwoord {
  readonly dienst: Dienst;
  readonly melding: string;
}

function variabelen(aan: (d: Dienst) => boolean): TermijnenQueryVariables {
  return {
    eerste: TERMIJNEN_PAGINA,
    signalen: aan('signalen'),
    casusregie: aan('casusregie'),
    zsm: aan('zsm'),
    planning: aan('planning'),
  };
}

const ALLE_DIENSTEN = variabelen(() => true);
const ALLEEN: Record<Dienst, TermijnenQueryVariables> = {
  signalen: variabelen((d) => d === 'signalen'),
  casusregie: variabelen((d) => d === 'casusregie'),
  zsm: variabelen((d) => d === 'zsm'),
  planning: variabelen((d) => d === 'planning'),
};

function lijsten(data: TermijnenQuery, dienst: Dienst) {
  return {
    komend: data[`${dienst}Komend` as const],
    verstreken: data[`${dienst}Verstreken` as const],
  };
}

function tijd(iso: string | null): number {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(ms) ? 0 : ms;
}

/** Soonest deadline first. */
export function eerstVervallend(a: Termijn, b: Termijn): number {
  return tijd(a.vervaltOp) - tijd(b.vervaltOp) || a.id.localeCompare(b.id);
}

/** Most recently expired first (by the moment it fired, else its deadline). */
export function laatstVerstreken(a: Termijn, b: Termijn): number {
  return tijd(b.afgevuurdOp ?? b.vervaltOp) - tijd(a.afgevuurdOp ?? a.vervaltOp) || a.id.localeCompare(b.id);
}

/** The current time, refreshed every `intervalMs`, for "nog 3 u 20 min". */
export function useNu(intervalMs = 30_000): number {
  const [nu, setNu] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNu(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return nu;
}

/**
 * The deadlines of all four services, from one query (the gateway fans out). The query fields are
 * non-null lists, so when one service fails the gateway answers without any data. Only then is
 * each service asked on its own (same operation, the others switched off): the deadlines of the
 * services that answer still show, and the page can say which service did not.
 */
export function useTermijnen() {
  const opties = {
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  } as const;
  const geheel = useQuery(TERMIJNEN, { ...opties, variables: ALLE_DIENSTEN });
  // With errorPolicy 'all', a failed answer comes back as data null (not undefined).
  const geheelData = geheel.data ?? undefined;
  const terugval = geheelData === undefined && CombinedGraphQLErrors.is(geheel.error);
  const signalen = useQuery(TERMIJNEN, { ...opties, variables: ALLEEN.signalen, skip: !terugval });
  const casusregie = useQuery(TERMIJNEN, { ...opties, variables: ALLEEN.casusregie, skip: !terugval });
  const zsm = useQuery(TERMIJNEN, { ...opties, variables: ALLEEN.zsm, skip: !terugval });
  const planning = useQuery(TERMIJNEN, { ...opties, variables: ALLEEN.planning, skip: !terugval });

  const uitkomst = useMemo(() => {
    const perDienst = { signalen, casusregie, zsm, planning };
    const komend: Termijn[] = [];
    const verstreken: Termijn[] = [];
    const nietBeantwoord: NietBeantwoord[] = [];
    let afgekapt = false;
    let geladen = false;
    let laden = false;

    const voegToe = (l: ReturnType<typeof lijsten>) => {
      komend.push(...(l.komend ?? []));
      verstreken.push(...(l.verstreken ?? []));
      afgekapt ||=
        (l.komend?.length ?? 0) >= TERMIJNEN_PAGINA || (l.verstreken?.length ?? 0) >= TERMIJNEN_PAGINA;
    };

    if (geheelData !== undefined) {
      geladen = true;
      for (const dienst of DIENSTEN) voegToe(lijsten(geheelData, dienst));
    } else if (terugval) {
      for (const dienst of DIENSTEN) {
        const r = perDienst[dienst];
        if (r.data) {
          geladen = true;
          voegToe(lijsten(r.data, dienst));
        } else if (r.error) {
          nietBeantwoord.push({ dienst, melding: foutTekst(r.error) });
        } else {
          laden = true;
        }
      }
    } else {
      laden = geheel.loading;
    }

    // Deduplicate by id, in case a deadline were ever listed by two services.
    const uniek = (lijst: Termijn[]) => [...new Map(lijst.map((t) => [t.id, t])).values()];
    return {
      komend: uniek(komend).sort(eerstVervallend),
      verstreken: uniek(verstreken).sort(laatstVerstreken),
      nietBeantwoord,
      afgekapt,
      geladen,
      laden,
    };
  }, [geheelData, geheel.loading, terugval, signalen, casusregie, zsm, planning]);

  // Nothing at all: the gateway did not answer, or none of the services did.
  const fout =
    !uitkomst.geladen && !uitkomst.laden
      ? (geheel.error ??
        (uitkomst.nietBeantwoord.length > 0 ? new Error(uitkomst.nietBeantwoord[0]?.melding) : undefined))
      : undefined;

  const { refetch } = geheel;
  const vernieuw = useCallback(() => {
    void refetch().catch(() => undefined);
    if (terugval) {
      for (const r of [signalen, casusregie, zsm, planning]) void r.refetch().catch(() => undefined);
    }
  }, [refetch, terugval, signalen, casusregie, zsm, planning]);

  const bezig =
    geheel.networkStatus === NetworkStatus.refetch ||
    (geheel.loading && uitkomst.geladen) ||
    (terugval && [signalen, casusregie, zsm, planning].some((r) => r.loading));

  return {
    ...uitkomst,
    /** Non-data errors next to data (rare: a field error inside a list). */
    deelfout: uitkomst.geladen && geheelData !== undefined && geheel.error ? foutTekst(geheel.error) : null,
    fout,
    bezig,
    vernieuw,
  };
}
