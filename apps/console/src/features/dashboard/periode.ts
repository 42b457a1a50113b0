import { DATUM_PATROON, dagBegin, vandaag, verschuifDatum } from '../casusregie/tijd';
import { maandagVan, weekVan } from '../planning/datum';

/** The dashboard's period: van and tot as YYYY-MM-DD on the Amsterdam calendar, both inclusive. */
export interface Periode {
  readonly van: string;
  readonly tot: string;
}

/** Quick choices, in whole ISO weeks ending with the current one. */
export const SNELKEUZES = [4, 12, 26, 52] as const;
export const STANDAARD_WEKEN = 12;

/** The last `weken` ISO weeks up to and including today (van is a Monday). */
export function laatsteWeken(weken: number, nu: number = Date.now()): Periode {
  const tot = vandaag(nu);
  const maandag = maandagVan(weekVan(tot)) ?? tot;
  return { van: verschuifDatum(maandag, { dagen: -7 * (weken - 1) }), tot };
}

function geldigeDatum(waarde: string | null): waarde is string {
  if (!waarde || !DATUM_PATROON.test(waarde)) return false;
  const [j, m, d] = waarde.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(j, m - 1, d));
  return t.getUTCFullYear() === j && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * ?van&tot from the address (a shared view); the default is the last 12 weeks. An invalid or
 * reversed pair falls back to the default and says so.
 */
export function leesPeriode(zoek: string, nu: number = Date.now()): Periode & { readonly hersteld: boolean } {
  const q = new URLSearchParams(zoek);
  const van = q.get('van');
  const tot = q.get('tot');
  const standaard = laatsteWeken(STANDAARD_WEKEN, nu);
  if (van === null && tot === null) return { ...standaard, hersteld: false };
  if (geldigeDatum(van) && geldigeDatum(tot) && van <= tot) return { van, tot, hersteld: false };
  if (geldigeDatum(van) && tot === null && van <= standaard.tot)
    return { van, tot: standaard.tot, hersteld: false };
  if (geldigeDatum(tot) && van === null)
    return { van: verschuifDatum(tot, { dagen: -7 * STANDAARD_WEKEN + 1 }), tot, hersteld: false };
  return { ...standaard, hersteld: true };
}

/** [van, tot + 1 day) as ISO instants at the start of the Amsterdam day, as the services take them. */
export function alsInterval(p: Periode): { readonly van: string; readonly tot: string } {
  return { van: dagBegin(p.van) ?? '', tot: dagBegin(verschuifDatum(p.tot, { dagen: 1 })) ?? '' };
}

/** Number of days in the period (both ends inclusive). */
export function aantalDagen(p: Periode): number {
  return Math.round((Date.parse(`${p.tot}T00:00:00Z`) - Date.parse(`${p.van}T00:00:00Z`)) / 86_400_000) + 1;
}

export { geldigeDatum };
