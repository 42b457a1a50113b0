import { formatDatum, locatieNaam } from '../../app/opmaak';
import { verschuifDatum } from '../casusregie/tijd';
import { maandagVan } from '../planning/datum';
import type { Periode } from './periode';

const getal = new Intl.NumberFormat('nl-NL');
const eenDecimaal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export const n = (x: number) => getal.format(x);
export const d1 = (x: number) => eenDecimaal.format(x);

/** Share of a total in percent, one decimal; 0 when there is no total. */
export function aandeel(deel: number, totaal: number): number {
  return totaal > 0 ? Math.round((deel / totaal) * 1000) / 10 : 0;
}

/** "31 aug 2026 tot en met 22 nov 2026". */
export function periodeTekst(p: Periode): string {
  return `${formatDatum(p.van)} tot en met ${formatDatum(p.tot)}`;
}

/** '2026-W47' → { as: 'wk 47', van: '2026-11-16', tot: '2026-11-22', volledig: 'week 47 (16 nov – 22 nov 2026)' }. */
export function weekInfo(week: string) {
  const nummer = Number(week.slice(-2));
  const maandag = maandagVan(week);
  const zondag = maandag ? verschuifDatum(maandag, { dagen: 6 }) : null;
  const bereik =
    maandag && zondag ? `${formatDatum(maandag).replace(/ \d{4}$/, '')} – ${formatDatum(zondag)}` : week;
  return {
    as: `wk ${nummer}`,
    van: maandag,
    tot: zondag,
    bereik,
    volledig: `${week.slice(0, 4)} week ${nummer} (${bereik})`,
  };
}

/**
 * A place from the signals service: a location code (TER_APEL → its name) or, for signals without
 * one, the municipality ("Cranendonck (gemeente)").
 */
export function plaatsNaam(locatie: string): string {
  if (locatie === 'ONBEKEND') return 'Onbekende plaats';
  if (/^[A-Z][A-Z0-9_]+$/.test(locatie)) return locatieNaam(locatie) ?? locatie;
  return `${locatie} (gemeente)`;
}
