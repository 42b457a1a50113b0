import Holidays from 'date-holidays';
import { datumSleutel, naarMoment, type TijdInvoer } from './amsterdam-tijd';
import { controleerAantal } from './termijn-fout';

/**
 * The days the Algemene termijnenwet (Atw) treats as a feestdag. Statutory terms (R23) and all
 * working-day arithmetic in this folder use exactly this set.
 *
 * Atw art. 3 (our reading of the current text):
 * - lid 1: "de Nieuwjaarsdag, de Christelijke tweede Paas- en Pinksterdag, de beide Kerstdagen, de
 *   Hemelvaartsdag, de dag waarop de verjaardag van de Koning wordt gevierd en de vijfde mei".
 *   The fifth of May counts every year (added to lid 1 after a bill of 1981; it is not a
 *   "lustrum only" day for the Atw — that rule lives in collective agreements, not in the law).
 * - lid 2: Goede Vrijdag is put on a par with those days ("gelijkgesteld") for this law. So Goede
 *   Vrijdag DOES stop a term, although it is not a public holiday in date-holidays' data (type
 *   'school') and most people work that day.
 * - lid 3: by Royal Decree further days are put on a par for a few years at a time (usually the
 *   Friday after Hemelvaartsdag and bridge days); those are in `GELIJKGESTELDE_DAGEN` below.
 *
 * Not Atw days: eerste Paas- and Pinksterdag (always a Sunday anyway), 4 May, 31 December, and
 * local days (carnaval, Leids Ontzet, ...).
 *
 * The movable dates (Easter and what hangs on it) and Koningsdag come from date-holidays ('NL'),
 * a maintained library, selected by the library's rule keys rather than its 'public' type, because
 * the library types Goede Vrijdag and 5 mei as 'school'. Koningsdag in date-holidays: 27 April,
 * or Saturday 26 April when 27 April is a Sunday (since 2014; before that Koninginnedag 30 April),
 * which matches the Wet/Besluit on Koningsdag. The spec file pins the selection per year, so a
 * library upgrade that renames a rule fails the tests instead of silently dropping a holiday.
 */

/** Days put on a par with a feestdag by Royal Decree (Atw art. 3 lid 3), with their source. */
export const GELIJKGESTELDE_DAGEN: Readonly<Record<string, string>> = {
  // Besluit van 31 oktober 2016, Stcrt. 2016, 58653 (jaren 2017–2019)
  '2017-04-28': 'vrijdag na Koningsdag',
  '2017-05-26': 'vrijdag na Hemelvaartsdag',
  '2018-05-11': 'vrijdag na Hemelvaartsdag',
  '2018-12-24': 'maandag vóór Eerste Kerstdag',
  '2018-12-31': 'maandag vóór Nieuwjaarsdag',
  '2019-05-31': 'vrijdag na Hemelvaartsdag',
  '2019-12-27': 'vrijdag na Tweede Kerstdag',
  // 2020–2022: decree not on file here; add it if cases from that period must be recomputed.
  // Besluit gelijkstelling van 28 april 2023, 19 mei 2023, 10 mei 2024, 27 december 2024 en 30 mei 2025
  '2023-04-28': 'vrijdag na Koningsdag',
  '2023-05-19': 'vrijdag na Hemelvaartsdag',
  '2024-05-10': 'vrijdag na Hemelvaartsdag',
  '2024-12-27': 'vrijdag na Tweede Kerstdag',
  '2025-05-30': 'vrijdag na Hemelvaartsdag',
  // Besluit gelijkstelling van 2 januari 2026, 15 mei 2026, 7 mei 2027, 28 april 2028 en 26 mei 2028
  '2026-01-02': 'vrijdag na Nieuwjaarsdag',
  '2026-05-15': 'vrijdag na Hemelvaartsdag',
  '2027-05-07': 'vrijdag na Hemelvaartsdag',
  '2028-04-28': 'vrijdag na Koningsdag',
  '2028-05-26': 'vrijdag na Hemelvaartsdag',
};

/**
 * Last year covered by a known decree. Later years get no gelijkgestelde dagen until the next
 * decree (published about every three years in the Staatscourant) is added above.
 */
export const GELIJKGESTELDE_DAGEN_BEKEND_TOT = 2028;

export interface AtwFeestdag {
  /** Dutch name, e.g. 'Tweede Paasdag'. */
  readonly naam: string;
  /** Where the Atw makes it a feestdag: 'Atw art. 3 lid 1', 'lid 2' or 'lid 3'. */
  readonly grondslag: string;
}

/** date-holidays rule key → name and Atw basis. */
const ATW_REGELS: Readonly<Record<string, AtwFeestdag>> = {
  '01-01': { naam: 'Nieuwjaarsdag', grondslag: 'Atw art. 3 lid 1' },
  'easter -2': { naam: 'Goede Vrijdag', grondslag: 'Atw art. 3 lid 2' },
  'easter 1': { naam: 'Tweede Paasdag', grondslag: 'Atw art. 3 lid 1' },
  '05-05': { naam: 'Bevrijdingsdag (5 mei)', grondslag: 'Atw art. 3 lid 1' },
  'easter 39': { naam: 'Hemelvaartsdag', grondslag: 'Atw art. 3 lid 1' },
  'easter 50': { naam: 'Tweede Pinksterdag', grondslag: 'Atw art. 3 lid 1' },
  '12-25': { naam: 'Eerste Kerstdag', grondslag: 'Atw art. 3 lid 1' },
  '12-26': { naam: 'Tweede Kerstdag', grondslag: 'Atw art. 3 lid 1' },
};

/** Koningsdag / Koninginnedag rules ("04-27 if sunday then previous saturday since 2014", ...). */
const KONINGSDAG_REGEL = /^04-(27|30)\b/;

let kalender: Holidays | undefined;
const perJaar = new Map<number, ReadonlyMap<string, AtwFeestdag>>();

function feestdagenVanJaar(jaar: number): ReadonlyMap<string, AtwFeestdag> {
  const bekend = perJaar.get(jaar);
  if (bekend) return bekend;
  kalender ??= new Holidays('NL');
  const dagen = new Map<string, AtwFeestdag>();
  for (const dag of kalender.getHolidays(jaar)) {
    const sleutel = dag.date.slice(0, 10);
    const regel = ATW_REGELS[dag.rule];
    if (regel) dagen.set(sleutel, regel);
    else if (KONINGSDAG_REGEL.test(dag.rule)) {
      dagen.set(sleutel, { naam: dag.name, grondslag: 'Atw art. 3 lid 1' });
    }
  }
  for (const [sleutel, omschrijving] of Object.entries(GELIJKGESTELDE_DAGEN)) {
    if (sleutel.startsWith(`${jaar}-`) && !dagen.has(sleutel)) {
      dagen.set(sleutel, { naam: `gelijkgestelde dag (${omschrijving})`, grondslag: 'Atw art. 3 lid 3' });
    }
  }
  perJaar.set(jaar, dagen);
  return dagen;
}

/** The Atw feestdag on the Amsterdam date of `moment`, or null. */
export function atwFeestdag(moment: TijdInvoer): AtwFeestdag | null {
  const sleutel = datumSleutel(naarMoment(moment, 'datum'));
  return feestdagenVanJaar(Number(sleutel.slice(0, 4))).get(sleutel) ?? null;
}

/**
 * True when the Amsterdam date of `moment` is an algemeen erkende feestdag in the sense of the
 * Atw, including the days it puts on a par with one (Goede Vrijdag, lid 2; decree days, lid 3).
 */
export function isAlgemeneErkendeFeestdag(moment: TijdInvoer): boolean {
  return atwFeestdag(moment) !== null;
}

/** All Atw feestdagen of a year as `YYYY-MM-DD`, sorted (for overviews and tests). */
export function atwFeestdagenVanJaar(jaar: number): ReadonlyArray<{ datum: string } & AtwFeestdag> {
  controleerAantal(jaar, 'jaar', 1);
  return [...feestdagenVanJaar(jaar).entries()]
    .map(([datum, dag]) => ({ datum, ...dag }))
    .sort((a, b) => a.datum.localeCompare(b.datum));
}
