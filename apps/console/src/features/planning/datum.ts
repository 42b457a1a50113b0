import { formatDatum, TIJDZONE } from '../../app/opmaak';
import { verschuifDatum } from '../casusregie/tijd';

/** Calendar helpers for planning: dates are 'JJJJ-MM-DD' on the Amsterdam calendar, weeks ISO 'JJJJ-Www'. */

const WEEK = /^(\d{4})-W(\d{2})$/;

function alsUtc(datum: string): Date {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1, d));
}

/** ISO week of a date, e.g. '2026-11-23' → '2026-W48'. */
export function weekVan(datum: string): string {
  const d = alsUtc(datum);
  const dag = d.getUTCDay() || 7;
  // The Thursday of this week decides the year.
  d.setUTCDate(d.getUTCDate() + 4 - dag);
  const jaar = d.getUTCFullYear();
  const eersteJan = Date.UTC(jaar, 0, 1);
  const week = Math.ceil(((d.getTime() - eersteJan) / 86_400_000 + 1) / 7);
  return `${jaar}-W${String(week).padStart(2, '0')}`;
}

/** The Monday of an ISO week as 'JJJJ-MM-DD'; null for a malformed week. */
export function maandagVan(week: string): string | null {
  const m = WEEK.exec(week);
  if (!m) return null;
  const jaar = Number(m[1]);
  const nummer = Number(m[2]);
  if (nummer < 1 || nummer > 53) return null;
  // 4 January is always in week 1.
  const vier = new Date(Date.UTC(jaar, 0, 4));
  const maandagWeek1 = Date.UTC(jaar, 0, 4 - ((vier.getUTCDay() || 7) - 1));
  const maandag = new Date(maandagWeek1 + (nummer - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  return weekVan(maandag) === week ? maandag : null;
}

/** A week moved by whole weeks. */
export function verschuifWeek(week: string, weken: number): string {
  const maandag = maandagVan(week);
  return maandag ? weekVan(verschuifDatum(maandag, { dagen: 7 * weken })) : week;
}

/** 'JJJJ-Www' as "week 48 (2026)". */
export function weekTekst(week: string): string {
  const m = WEEK.exec(week);
  return m ? `week ${Number(m[2])} (${m[1]})` : week;
}

const weekdagKort = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', weekday: 'short' });
const dagMaand = new Intl.DateTimeFormat('nl-NL', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const weekdagLang = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** 'ma', 'di', … of a date. */
export function weekdag(datum: string): string {
  return weekdagKort.format(alsUtc(datum)).replace('.', '');
}

/** "24 nov" of a date. */
export function dagEnMaand(datum: string): string {
  return dagMaand.format(alsUtc(datum)).replace('.', '');
}

/** "maandag 23 november 2026" of a date. */
export function datumVoluit(datum: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(datum) ? weekdagLang.format(alsUtc(datum)) : formatDatum(datum);
}

/** Monday = 1 … Sunday = 7. */
export function isoWeekdag(datum: string): number {
  return alsUtc(datum).getUTCDay() || 7;
}

const uurMinuut = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIJDZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant as "08:14" in Amsterdam time. */
export function formatKloktijd(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : uurMinuut.format(ms);
}

export const UUID_PATROON = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
