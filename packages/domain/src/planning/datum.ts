import { datumSleutel, formatteerDatum, naarMoment, verschuifKalender } from '../tijd/amsterdam-tijd';
import { plusWerkdagen } from '../tijd/werkdagen';
import { PlanningFout } from './planning-fout';

/**
 * Internal helpers for Amsterdam calendar dates written 'JJJJ-MM-DD'. All arithmetic goes through
 * the tijd folder (Amsterdam wall clock, Atw working days); a date is read as 00:00 Amsterdam time
 * on that day, which always exists (clock changes happen at 02:00/03:00). Not exported from the
 * package: the public API takes and returns plain date strings.
 */
const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** Validates a calendar date 'JJJJ-MM-DD' (a real date: no 30 February); throws PlanningFout(veld). */
export function controleerDatum(waarde: unknown, veld: string): string {
  if (typeof waarde !== 'string' || !DATUM.test(waarde)) {
    throw new PlanningFout(veld, `moet een datum 'JJJJ-MM-DD' zijn (gekregen: ${beschrijf(waarde)})`);
  }
  let sleutel: string | null = null;
  try {
    sleutel = datumSleutel(naarMoment(waarde, veld));
  } catch {
    sleutel = null;
  }
  if (sleutel !== waarde) throw new PlanningFout(veld, `is geen bestaande datum (gekregen: '${waarde}')`);
  return waarde;
}

/** Like `controleerDatum`, but null (and undefined) is allowed and returned as null. */
export function controleerDatumOfNull(waarde: unknown, veld: string): string | null {
  return waarde === null || waarde === undefined ? null : controleerDatum(waarde, veld);
}

/** An instant from a Date or an ISO 8601 text (see tijd/amsterdam-tijd); throws PlanningFout(veld). */
export function controleerMoment(waarde: unknown, veld: string): Date {
  if (!(waarde instanceof Date) && typeof waarde !== 'string') {
    throw new PlanningFout(veld, `moet een tijdstip zijn (Date of ISO 8601-tekst)`);
  }
  try {
    return naarMoment(waarde, veld);
  } catch {
    throw new PlanningFout(veld, `is geen geldig tijdstip (gekregen: ${beschrijf(waarde)})`);
  }
}

/** Throws PlanningFout(veld) unless `waarde` is an integer ≥ minimum. */
export function controleerGeheel(waarde: unknown, veld: string, minimum = 0): number {
  if (typeof waarde !== 'number' || !Number.isInteger(waarde) || waarde < minimum) {
    throw new PlanningFout(
      veld,
      `moet een geheel getal van ten minste ${minimum} zijn (gekregen: ${beschrijf(waarde)})`,
    );
  }
  return waarde;
}

/** Throws PlanningFout(veld) unless `waarde` is a boolean; undefined reads as false. */
export function controleerJaNee(waarde: unknown, veld: string): boolean {
  if (waarde === undefined) return false;
  if (typeof waarde !== 'boolean') {
    throw new PlanningFout(veld, `moet true of false zijn (gekregen: ${beschrijf(waarde)})`);
  }
  return waarde;
}

/**
 * A value for an error message. Text is echoed only when short and plain (a date, a time, a code):
 * whatever else a client sent does not travel into messages and logs.
 */
export function beschrijf(waarde: unknown): string {
  if (waarde instanceof Date) return Number.isNaN(waarde.getTime()) ? 'Invalid Date' : waarde.toISOString();
  if (typeof waarde === 'string' && !/^[\p{L}\p{N} :.+_-]{0,40}$/u.test(waarde)) {
    return `een tekst van ${waarde.length} tekens`;
  }
  return JSON.stringify(waarde) ?? typeof waarde;
}

/** Calendar days later (negative: earlier) on the Amsterdam calendar. */
export function plusKalenderdagen(datum: string, dagen: number): string {
  return datumSleutel(verschuifKalender(naarMoment(datum), { days: dagen }));
}

/** Calendar months later, clamped to the month end (31 January + 1 month = 28/29 February). */
export function plusKalendermaanden(datum: string, maanden: number): string {
  return datumSleutel(verschuifKalender(naarMoment(datum), { months: maanden }));
}

/** n working days later (Monday–Friday minus the Atw feestdagen; see tijd/werkdagen). */
export function plusWerkdagenDatum(datum: string, werkdagen: number): string {
  return datumSleutel(plusWerkdagen(naarMoment(datum), werkdagen));
}

/** Calendar days from `van` to `tot` (negative when `tot` lies before `van`). */
export function dagenTussen(van: string, tot: string): number {
  return Math.round((utcDag(tot) - utcDag(van)) / 86_400_000);
}

function utcDag(datum: string): number {
  const [jaar, maand, dag] = datum.split('-').map(Number) as [number, number, number];
  return Date.UTC(jaar, maand - 1, dag);
}

/** The earlier of two dates (ISO dates compare as strings). */
export function vroegste(a: string, b: string): string {
  return a <= b ? a : b;
}

/** "3 maart 2026". */
export function datumTekst(datum: string): string {
  return formatteerDatum(datum);
}

/** Dutch enumeration: "a", "a en b", "a, b en c". */
export function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}
