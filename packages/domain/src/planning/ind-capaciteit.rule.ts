import { DateTime } from 'luxon';
import { beschrijf, controleerDatum, controleerGeheel, datumTekst } from './datum';
import { PlanningFout } from './planning-fout';

/**
 * IND hearing capacity per ISO week (Monday to Sunday; week 1 holds the first Thursday of the year).
 * The IND reserves slots per week for the pilot; the plan fills them (`ingepland`) and the pipeline
 * predicts more (`verwacht`: cases whose hearing falls in that week but has no slot yet). Weeks are
 * written 'JJJJ-Www' ('2026-W48'); dates 'JJJJ-MM-DD' are Amsterdam calendar dates.
 */
export interface WeekBezetting {
  week: string;
  gereserveerd: number;
  ingepland: number;
  verwacht: number;
}

/** Free share of the reserved slots at or below which a week is BIJNA_VOL. */
export const BIJNA_VOL_FRACTIE = 0.2;

const WEEK = /^(\d{4})-W(\d{2})$/;

/** ISO week of a calendar date, e.g. '2026-11-23' → '2026-W48', '2027-01-01' → '2026-W53'. */
export function weekSleutel(datum: string): string {
  controleerDatum(datum, 'datum');
  const dt = DateTime.fromISO(datum, { zone: 'utc' });
  return `${String(dt.weekYear).padStart(4, '0')}-W${String(dt.weekNumber).padStart(2, '0')}`;
}

/** The Monday of an ISO week 'JJJJ-Www' as 'JJJJ-MM-DD'; throws PlanningFout('week') for bad input. */
export function maandagVan(week: string): string {
  const delen = typeof week === 'string' ? WEEK.exec(week) : null;
  if (delen === null) {
    throw new PlanningFout('week', `moet een ISO-week 'JJJJ-Www' zijn (gekregen: ${beschrijf(week)})`);
  }
  const weekYear = Number(delen[1]);
  const weekNumber = Number(delen[2]);
  const weken = DateTime.fromObject(
    { weekYear: weekYear, weekNumber: 1, weekday: 1 },
    { zone: 'utc' },
  ).weeksInWeekYear;
  if (weekNumber < 1 || weekNumber > weken) {
    throw new PlanningFout('week', `${weekYear} heeft de weken 01 tot en met ${weken} (gekregen: ${week})`);
  }
  const maandag = DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: 'utc' }).toISODate();
  if (maandag === null) throw new PlanningFout('week', `is geen bestaande week (gekregen: ${week})`);
  return maandag;
}

function controleerWeek(w: WeekBezetting, veld: string): void {
  maandagVanVeld(w.week, `${veld}.week`);
  controleerGeheel(w.gereserveerd, `${veld}.gereserveerd`);
  controleerGeheel(w.ingepland, `${veld}.ingepland`);
  controleerGeheel(w.verwacht, `${veld}.verwacht`);
}

function maandagVanVeld(week: string, veld: string): string {
  try {
    return maandagVan(week);
  } catch (fout) {
    if (fout instanceof PlanningFout) throw new PlanningFout(veld, fout.reden);
    throw fout;
  }
}

/**
 * Status of a week. vrij = gereserveerd − ingepland. OVERBOEKT as soon as ingepland + verwacht exceeds
 * the reservation (visible before it happens); else VOL when nothing is free; else BIJNA_VOL when at
 * most 20% is free; else RUIM.
 */
export function weekStatus(w: WeekBezetting): {
  vrij: number;
  status: 'RUIM' | 'BIJNA_VOL' | 'VOL' | 'OVERBOEKT';
  uitleg: string;
} {
  controleerWeek(w, 'weekBezetting');
  const vrij = w.gereserveerd - w.ingepland;
  const vraag = w.ingepland + w.verwacht;
  const status =
    vraag > w.gereserveerd
      ? 'OVERBOEKT'
      : vrij <= 0
        ? 'VOL'
        : vrij <= BIJNA_VOL_FRACTIE * w.gereserveerd
          ? 'BIJNA_VOL'
          : 'RUIM';
  const kop =
    `Week ${w.week} (vanaf maandag ${datumTekst(maandagVan(w.week))}): ${w.gereserveerd} gereserveerd, ` +
    `${w.ingepland} ingepland, ${w.verwacht} verwacht, ${Math.max(vrij, 0)} vrij`;
  const oordeel =
    status === 'OVERBOEKT'
      ? `overboekt: ingepland plus verwacht (${vraag}) is meer dan gereserveerd (${w.gereserveerd}); vraag extra slots aan of plan later in`
      : status === 'VOL'
        ? 'vol: geen slot meer vrij'
        : status === 'BIJNA_VOL'
          ? `bijna vol: ${Math.round(BIJNA_VOL_FRACTIE * 100)}% of minder vrij`
          : 'ruim';
  return { vrij, status, uitleg: `${kop}. Status: ${oordeel}.` };
}

/**
 * The first week at or after the week of `gewenst` (a date) that still has a free slot
 * (ingepland < gereserveerd), or null when none of the given weeks has one.
 */
export function kiesSlotWeek(weken: readonly WeekBezetting[], gewenst: string): string | null {
  const vanaf = weekSleutel(controleerDatum(gewenst, 'gewenst'));
  weken.forEach((w, i) => controleerWeek(w, `weken.${i}`));
  // 'JJJJ-Www' with a two-digit week sorts chronologically as text.
  const kandidaten = weken
    .filter((w) => w.week >= vanaf && w.ingepland < w.gereserveerd)
    .map((w) => w.week)
    .sort();
  return kandidaten[0] ?? null;
}
