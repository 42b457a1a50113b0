import { amsterdamLokaalNaarIso } from '../../app/opmaak';
import type { SignaalFilter } from '../../gql/schema';
import { isOrganisatie } from '../casusregie/labels';

/** The list filter as it lives in the address (#/signalen?categorie=…): survives back and reload. */
export interface FilterWaarden {
  readonly organisatie: string;
  readonly categorie: string;
  /** YYYY-MM-DD (Amsterdam calendar day), inclusive. */
  readonly van: string;
  /** YYYY-MM-DD (Amsterdam calendar day), inclusive. */
  readonly tot: string;
  readonly plaats: string;
  readonly alleenVpt: boolean;
  /** '' (all), ACTIEF or INGETROKKEN. */
  readonly status: string;
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

export function leesFilter(zoek: string): FilterWaarden {
  const q = new URLSearchParams(zoek);
  const datum = (v: string | null) => (v && DATUM.test(v) ? v : '');
  return {
    organisatie: q.get('organisatie') ?? '',
    categorie: q.get('categorie') ?? '',
    van: datum(q.get('van')),
    tot: datum(q.get('tot')),
    plaats: q.get('plaats') ?? '',
    alleenVpt: q.get('vpt') === '1',
    status: q.get('status') ?? '',
  };
}

export function filterAlsZoek(f: FilterWaarden): URLSearchParams {
  const q = new URLSearchParams();
  if (f.organisatie) q.set('organisatie', f.organisatie);
  if (f.categorie) q.set('categorie', f.categorie);
  if (f.van) q.set('van', f.van);
  if (f.tot) q.set('tot', f.tot);
  if (f.plaats.trim()) q.set('plaats', f.plaats.trim());
  if (f.alleenVpt) q.set('vpt', '1');
  if (f.status) q.set('status', f.status);
  return q;
}

export function isLeegFilter(f: FilterWaarden): boolean {
  return filterAlsZoek(f).toString() === '';
}

/** The next calendar day of a YYYY-MM-DD value. */
function volgendeDag(datum: string): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The GraphQL filter: calendar days as Amsterdam instants. `tot` is exclusive in the service
 * (incident before), so "tot en met 3 maart" is sent as 4 maart 00:00.
 */
export function alsSignaalFilter(f: FilterWaarden): SignaalFilter | null {
  const van = f.van ? amsterdamLokaalNaarIso(`${f.van}T00:00`) : null;
  const tot = f.tot ? amsterdamLokaalNaarIso(`${volgendeDag(f.tot)}T00:00`) : null;
  const filter: SignaalFilter = {
    // An organisation that is not an Organisatie (an edited address) is left out.
    ...(isOrganisatie(f.organisatie) ? { bronOrganisatie: f.organisatie } : {}),
    ...(f.categorie ? { categorie: f.categorie } : {}),
    ...(van ? { van } : {}),
    ...(tot ? { tot } : {}),
    ...(f.plaats.trim() ? { plaats: f.plaats.trim() } : {}),
    ...(f.alleenVpt ? { alleenVpt: true } : {}),
    ...(f.status ? { status: f.status } : {}),
  };
  return Object.keys(filter).length ? filter : null;
}

/**
 * The list's last filter in this tab, so "back to signals" from a signal returns to the same
 * selection (module state: gone on reload, like the list's scroll position).
 */
let laatsteZoek = '';

export function onthoudLijstZoek(zoek: string): void {
  laatsteZoek = zoek;
}

export function laatsteLijstZoek(): URLSearchParams {
  return new URLSearchParams(laatsteZoek);
}
