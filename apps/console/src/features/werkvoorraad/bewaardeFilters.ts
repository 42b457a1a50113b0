import { useCallback, useEffect, useState } from 'react';
import { isLijstCode, leesWeergave, weergaveAlsZoek, type LijstCode } from './lijsten';

/**
 * Named filters of the work queues, per user, in this browser's localStorage under a key with the
 * user's `sub` (another persona on the same machine does not see them). A filter is the query part
 * of its address (#/werkvoorraad?lijst=…&…), so a saved filter and a shared link are the same thing.
 */
export interface BewaardFilter {
  readonly id: string;
  readonly naam: string;
  readonly lijst: LijstCode;
  /** `lijst=…&…`, normalised by leesWeergave / weergaveAlsZoek. */
  readonly zoek: string;
  readonly bewaardOp: string;
}

export const MAX_NAAM = 60;
const MAX_FILTERS = 50;

export function opslagSleutel(sub: string): string {
  return `ketenbeeld.werkvoorraad.filters.${sub}`;
}

function isBewaardFilter(v: unknown): v is BewaardFilter {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.naam === 'string' &&
    typeof r.lijst === 'string' &&
    isLijstCode(r.lijst) &&
    typeof r.zoek === 'string' &&
    typeof r.bewaardOp === 'string'
  );
}

function lees(sub: string): BewaardFilter[] {
  try {
    const ruw = localStorage.getItem(opslagSleutel(sub));
    const waarde: unknown = ruw ? JSON.parse(ruw) : [];
    return Array.isArray(waarde) ? waarde.filter(isBewaardFilter) : [];
  } catch {
    return [];
  }
}

function schrijf(sub: string, filters: readonly BewaardFilter[]): boolean {
  try {
    localStorage.setItem(opslagSleutel(sub), JSON.stringify(filters));
    return true;
  } catch {
    // Storage full or unavailable (private mode).
    return false;
  }
}

function nieuwId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export type BewaarUitkomst =
  | { readonly ok: true; readonly filter: BewaardFilter; readonly vervangen: boolean }
  | { readonly ok: false; readonly reden: string };

/** The saved filters of user `sub` (null: not known, nothing is kept), kept in step across tabs. */
export function useBewaardeFilters(sub: string | null) {
  const [filters, setFilters] = useState<BewaardFilter[]>(() => (sub ? lees(sub) : []));

  useEffect(() => {
    if (!sub) return undefined;
    setFilters(lees(sub));
    const bijWijziging = (e: StorageEvent) => {
      if (e.key === opslagSleutel(sub)) setFilters(lees(sub));
    };
    window.addEventListener('storage', bijWijziging);
    return () => window.removeEventListener('storage', bijWijziging);
  }, [sub]);

  const bewaar = useCallback(
    (naam: string, zoek: string): BewaarUitkomst => {
      if (!sub)
        return { ok: false, reden: 'Uw gebruikers-id is onbekend; filters kunnen niet worden bewaard.' };
      const schoon = naam.trim().replace(/\s+/g, ' ');
      if (!schoon) return { ok: false, reden: 'Geef het filter een naam.' };
      if (schoon.length > MAX_NAAM) return { ok: false, reden: `Hoogstens ${MAX_NAAM} tekens.` };
      const weergave = leesWeergave(zoek);
      if (!weergave.lijst) return { ok: false, reden: 'Kies eerst een werkvoorraad.' };
      const huidig = lees(sub);
      const bestaand = huidig.find((f) => f.naam.toLocaleLowerCase('nl') === schoon.toLocaleLowerCase('nl'));
      if (!bestaand && huidig.length >= MAX_FILTERS)
        return {
          ok: false,
          reden: `U kunt hoogstens ${MAX_FILTERS} filters bewaren; verwijder er eerst een.`,
        };
      const filter: BewaardFilter = {
        id: bestaand?.id ?? nieuwId(),
        naam: schoon,
        lijst: weergave.lijst,
        zoek: weergaveAlsZoek(weergave.lijst, weergave.filter).toString(),
        bewaardOp: new Date().toISOString(),
      };
      const volgende = bestaand
        ? huidig.map((f) => (f.id === bestaand.id ? filter : f))
        : [...huidig, filter];
      if (!schrijf(sub, volgende))
        return { ok: false, reden: 'De browser staat bewaren niet toe (opslag vol of uitgeschakeld).' };
      setFilters(volgende);
      return { ok: true, filter, vervangen: Boolean(bestaand) };
    },
    [sub],
  );

  const verwijder = useCallback(
    (id: string) => {
      if (!sub) return;
      const volgende = lees(sub).filter((f) => f.id !== id);
      schrijf(sub, volgende);
      setFilters(volgende);
    },
    [sub],
  );

  return { filters, bewaar, verwijder };
}
