import { DateTime } from 'luxon';
import { ZONE_AMSTERDAM } from '../tijd/amsterdam-tijd';

/**
 * A retention period (bewaartermijn) as an ISO-8601 duration in calendar units: years, months,
 * weeks and days (`P5Y`, `P18M`, `P1Y6M`, `P30D`). No time part: a retention period is counted on
 * the Amsterdam calendar, never in hours.
 */
export interface Bewaartermijn {
  readonly jaren: number;
  readonly maanden: number;
  readonly weken: number;
  readonly dagen: number;
  /** The period as written (upper case, e.g. `P5Y`). */
  readonly iso: string;
}

const ISO_DUUR = /^P(?:(\d{1,3})Y)?(?:(\d{1,4})M)?(?:(\d{1,4})W)?(?:(\d{1,5})D)?$/;

/** The longest period accepted at all (a typo such as P500Y is refused, not obeyed). */
const MAX_MAANDEN = 100 * 12;

/** Why a text is not a usable retention period, in plain words; null when it is one. */
export function bewaartermijnFout(tekst: string): string | null {
  const t = tekst.trim().toUpperCase();
  if (/^P.*T/.test(t))
    return 'geen uren of minuten: een bewaartermijn telt in jaren, maanden, weken of dagen';
  const m = ISO_DUUR.exec(t);
  if (!m || t === 'P') return 'moet een ISO-8601-duur zijn, bijvoorbeeld P5Y (5 jaar), P18M of P30D';
  const [jaren, maanden, weken, dagen] = m.slice(1).map((x) => (x ? Number(x) : 0));
  if (jaren + maanden + weken + dagen === 0) return 'moet langer zijn dan nul';
  if (jaren * 12 + maanden + (weken * 7 + dagen) / 31 > MAX_MAANDEN) return 'hoogstens 100 jaar';
  return null;
}

export function isBewaartermijn(tekst: string): boolean {
  return bewaartermijnFout(tekst) === null;
}

/** Parse a retention period; throws on text that `bewaartermijnFout` refuses. */
export function parseBewaartermijn(tekst: string): Bewaartermijn {
  const fout = bewaartermijnFout(tekst);
  if (fout) throw new Error(`Ongeldige bewaartermijn '${tekst}': ${fout}`);
  const iso = tekst.trim().toUpperCase();
  const [jaren, maanden, weken, dagen] = ISO_DUUR.exec(iso)!
    .slice(1)
    .map((x) => (x ? Number(x) : 0));
  return { jaren, maanden, weken, dagen, iso };
}

/**
 * The cut-off (grens) of a period at `nu`: a record whose reference moment lies before it has been
 * kept for the whole period and is due. Counted back on the Amsterdam calendar (a month back from
 * 31 March is 28 or 29 February), so the answer does not depend on the server's time zone.
 */
export function bewaarGrens(termijn: Bewaartermijn, nu: Date): Date {
  return DateTime.fromJSDate(nu, { zone: ZONE_AMSTERDAM })
    .minus({ years: termijn.jaren, months: termijn.maanden, weeks: termijn.weken, days: termijn.dagen })
    .toJSDate();
}

/**
 * Whether period `a` is at least as long as `b` at every moment. Conservative: months and days are
 * compared separately (P11M40D is not taken to be at least P1Y, because that depends on the month),
 * so a "yes" holds on every calendar date.
 */
export function isMinstens(a: Bewaartermijn, b: Bewaartermijn): boolean {
  return (
    a.jaren * 12 + a.maanden >= b.jaren * 12 + b.maanden && a.weken * 7 + a.dagen >= b.weken * 7 + b.dagen
  );
}
