import type { CasusFilter } from '../../gql/schema';
import { isCasusStatus, OPEN_STATUSSEN } from '../casusregie/labels';

/** The case-list filter as it lives in the address (#/casussen?status=…): survives back and reload. */
export interface CasusFilterWaarden {
  /** '' (all), 'OPEN' (every running state) or one CasusStatus. */
  readonly status: string;
  /** '' or '1', '2', '4'. */
  readonly spoor: string;
  readonly locatie: string;
  readonly procesregisseur: string;
  readonly achterstallig: boolean;
}

export function leesCasusFilter(zoek: string): CasusFilterWaarden {
  const q = new URLSearchParams(zoek);
  const spoor = q.get('spoor') ?? '';
  return {
    status: q.get('status') ?? '',
    spoor: ['1', '2', '4'].includes(spoor) ? spoor : '',
    locatie: q.get('locatie') ?? '',
    procesregisseur: q.get('procesregisseur') ?? '',
    achterstallig: q.get('achterstallig') === '1',
  };
}

export function casusFilterAlsZoek(f: CasusFilterWaarden): URLSearchParams {
  const q = new URLSearchParams();
  if (f.status) q.set('status', f.status);
  if (f.spoor) q.set('spoor', f.spoor);
  if (f.locatie.trim()) q.set('locatie', f.locatie.trim());
  if (f.procesregisseur.trim()) q.set('procesregisseur', f.procesregisseur.trim());
  if (f.achterstallig) q.set('achterstallig', '1');
  return q;
}

export function isLeegCasusFilter(f: CasusFilterWaarden): boolean {
  return casusFilterAlsZoek(f).toString() === '';
}

/** The CasusFilter to send; a status that is not a CasusStatus (an edited address) is left out. */
export function alsCasusFilter(f: CasusFilterWaarden): CasusFilter | null {
  const status = f.status === 'OPEN' ? [...OPEN_STATUSSEN] : isCasusStatus(f.status) ? [f.status] : null;
  const filter: CasusFilter = {
    ...(status ? { status } : {}),
    ...(f.spoor ? { spoor: Number(f.spoor) } : {}),
    ...(f.locatie.trim() ? { locatieCode: f.locatie.trim() } : {}),
    ...(f.procesregisseur.trim() ? { procesregisseur: f.procesregisseur.trim() } : {}),
    ...(f.achterstallig ? { achterstallig: true } : {}),
  };
  return Object.keys(filter).length ? filter : null;
}

/** The list's last filter in this tab, for "back to cases" (module state, like the signals list). */
let laatsteZoek = '';

export function onthoudCasusZoek(zoek: string): void {
  laatsteZoek = zoek;
}

export function laatsteCasusZoek(): URLSearchParams {
  return new URLSearchParams(laatsteZoek);
}
