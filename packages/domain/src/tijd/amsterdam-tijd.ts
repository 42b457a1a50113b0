import { DateTime } from 'luxon';
import { controleerAantal, TermijnFout } from './termijn-fout';

/**
 * Calendar arithmetic in Europe/Amsterdam.
 *
 * Instants are stored and returned as `Date` (UTC); every legal reasoning about "a day", "a month",
 * "00:00–09:00" happens on the Amsterdam wall clock. Two rules settle the daylight-saving edge cases
 * once, for every function in this folder:
 *
 * - A wall-clock time that does not exist (02:00–02:59 on the last Sunday of March) becomes the first
 *   valid instant after the gap: 03:00 CEST. (Luxon on its own would give 03:30.)
 * - A wall-clock time that exists twice (02:00–02:59 on the last Sunday of October) becomes the
 *   EARLIER of the two instants (the summer-time one, +02:00). Every computed time here is a limit
 *   ("uiterlijk"), so the earlier reading is the one that can never be too late.
 *
 * Strings are read as ISO 8601: with an offset or `Z` they name an exact instant; without one they
 * are Amsterdam wall-clock time (`'2026-03-03T14:00'` is 14:00 in Amsterdam, `'2026-03-03'` is the
 * start of that day in Amsterdam), so results never depend on the server's own time zone.
 */
export const ZONE_AMSTERDAM = 'Europe/Amsterdam';

/** An instant as a `Date`, or an ISO 8601 string (see above for strings without an offset). */
export type TijdInvoer = Date | string;

const UUR_MS = 3_600_000;
const DAG_MS = 24 * UUR_MS;
const HEEFT_OFFSET = /T[\d:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

export interface LokaleTijd {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
}

/** Validate and convert input to an instant; throws TermijnFout(ONGELDIGE_INVOER, veld). */
export function naarMoment(waarde: TijdInvoer, veld = 'moment'): Date {
  if (waarde instanceof Date) {
    if (Number.isNaN(waarde.getTime())) {
      throw new TermijnFout('ONGELDIGE_INVOER', veld, `${veld} is geen geldige datum (Invalid Date)`);
    }
    return new Date(waarde.getTime());
  }
  if (typeof waarde === 'string') {
    const tekst = waarde.trim();
    if (HEEFT_OFFSET.test(tekst)) {
      const dt = DateTime.fromISO(tekst, { setZone: true });
      if (dt.isValid) return dt.toJSDate();
    } else {
      const dt = DateTime.fromISO(tekst, { zone: 'utc' });
      if (dt.isValid) return lokaalNaarMoment(veldenVan(dt));
    }
    throw new TermijnFout('ONGELDIGE_INVOER', veld, `${veld} is geen geldige ISO 8601-datum: '${waarde}'`);
  }
  throw new TermijnFout('ONGELDIGE_INVOER', veld, `${veld} moet een Date of een ISO 8601-tekst zijn`);
}

function veldenVan(dt: DateTime): LokaleTijd {
  const { year, month, day, hour, minute, second, millisecond } = dt;
  return { year, month, day, hour, minute, second, millisecond };
}

function offsetMinuten(ms: number): number {
  return DateTime.fromMillis(ms, { zone: ZONE_AMSTERDAM }).offset;
}

/**
 * The instant at which the Amsterdam wall clock shows `tijd`. Gap (spring forward) → first valid
 * instant after it; overlap (autumn) → the earlier instant. See the module comment.
 */
export function lokaalNaarMoment(tijd: LokaleTijd): Date {
  const alsUtc = Date.UTC(
    tijd.year,
    tijd.month - 1,
    tijd.day,
    tijd.hour ?? 0,
    tijd.minute ?? 0,
    tijd.second ?? 0,
    tijd.millisecond ?? 0,
  );
  const offsets = [...new Set([offsetMinuten(alsUtc - 14 * UUR_MS), offsetMinuten(alsUtc + 14 * UUR_MS)])];
  const kandidaten = offsets
    .map((offset) => alsUtc - offset * 60_000)
    .filter((ms) => ms + offsetMinuten(ms) * 60_000 === alsUtc);
  if (kandidaten.length > 0) return new Date(Math.min(...kandidaten));

  // In a gap: the offset changes between `laag` and `hoog`; find the first millisecond after it.
  let laag = alsUtc - Math.max(...offsets) * 60_000;
  let hoog = alsUtc - Math.min(...offsets) * 60_000;
  const offsetNa = offsetMinuten(hoog);
  while (hoog - laag > 1) {
    const midden = Math.floor((laag + hoog) / 2);
    if (offsetMinuten(midden) === offsetNa) hoog = midden;
    else laag = midden;
  }
  return new Date(hoog);
}

/** Amsterdam wall-clock fields of an instant. */
export function lokaleTijd(moment: Date): Required<LokaleTijd> & { weekday: number } {
  const dt = DateTime.fromJSDate(moment, { zone: ZONE_AMSTERDAM });
  return {
    year: dt.year,
    month: dt.month,
    day: dt.day,
    hour: dt.hour,
    minute: dt.minute,
    second: dt.second,
    millisecond: dt.millisecond,
    weekday: dt.weekday,
  };
}

/** Amsterdam calendar date of an instant as `YYYY-MM-DD`. */
export function datumSleutel(moment: TijdInvoer): string {
  const { year, month, day } = lokaleTijd(naarMoment(moment));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Calendar shift on the Amsterdam wall clock, negative amounts allowed (internal use: R13 counts
 * back). Days keep the clock time (a day may be 23 or 25 hours); months clamp to the month end
 * (31 January + 1 month = 28/29 February).
 */
export function verschuifKalender(moment: Date, delta: { days?: number; months?: number }): Date {
  const { weekday: _weekday, ...velden } = lokaleTijd(moment);
  const verschoven = DateTime.fromObject(velden, { zone: 'utc' }).plus(delta);
  return lokaalNaarMoment(veldenVan(verschoven));
}

/** Calendar hours: exactly n × 60 minutes of elapsed time (a clock change does not alter an hour). */
export function plusUren(moment: TijdInvoer, uren: number): Date {
  const start = naarMoment(moment, 'moment');
  controleerAantal(uren, 'uren');
  return new Date(start.getTime() + uren * UUR_MS);
}

/** Calendar days on the Amsterdam wall clock: same clock time n dates later (23- and 25-hour days included). */
export function plusDagen(moment: TijdInvoer, dagen: number): Date {
  const start = naarMoment(moment, 'moment');
  controleerAantal(dagen, 'dagen');
  return verschuifKalender(start, { days: dagen });
}

/** Calendar weeks: 7 × n calendar days. */
export function plusWeken(moment: TijdInvoer, weken: number): Date {
  const start = naarMoment(moment, 'moment');
  controleerAantal(weken, 'weken');
  return verschuifKalender(start, { days: 7 * weken });
}

/** Calendar months: same day number n months later, clamped to the month end (31 Jan + 1 → 28/29 Feb). */
export function plusMaanden(moment: TijdInvoer, maanden: number): Date {
  const start = naarMoment(moment, 'moment');
  controleerAantal(maanden, 'maanden');
  return verschuifKalender(start, { months: maanden });
}

/** 23:59:59.999 Amsterdam time on the date of `moment`: the end of a term counted in whole days. */
export function eindeVanDag(moment: Date): Date {
  const { year, month, day } = lokaleTijd(moment);
  return lokaalNaarMoment({ year, month, day, hour: 23, minute: 59, second: 59, millisecond: 999 });
}

/** 00:00 Amsterdam time on the date of `moment`. */
export function beginVanDag(moment: Date): Date {
  const { year, month, day } = lokaleTijd(moment);
  return lokaalNaarMoment({ year, month, day });
}

/** Elapsed whole days of 24 hours (used next to calendar days for custody clocks). */
export function plusEtmalen(moment: Date, etmalen: number): Date {
  return new Date(moment.getTime() + etmalen * DAG_MS);
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;
const WEEKDAGEN = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'] as const;

/** "3 maart 2026" (Amsterdam date). */
export function formatteerDatum(moment: TijdInvoer): string {
  const { year, month, day } = lokaleTijd(naarMoment(moment));
  return `${day} ${MAANDEN[month - 1]} ${year}`;
}

/** "3 maart 2026 14:00" (Amsterdam wall clock, 24-hour). */
export function formatteerMoment(moment: TijdInvoer): string {
  const { hour, minute } = lokaleTijd(naarMoment(moment));
  return `${formatteerDatum(moment)} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** "zaterdag 7 maart 2026". */
export function formatteerDagEnDatum(moment: TijdInvoer): string {
  const { weekday } = lokaleTijd(naarMoment(moment));
  return `${WEEKDAGEN[weekday - 1]} ${formatteerDatum(moment)}`;
}
