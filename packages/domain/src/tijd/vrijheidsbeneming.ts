import { plusEtmalen, verschuifKalender } from './amsterdam-tijd';

/**
 * End of a deprivation of liberty of `dagen` days and `uren` hours from `aanvang`.
 *
 * Sv does not say whether a "dag" of inverzekeringstelling is a calendar day on the wall clock or
 * 24 hours of elapsed time; the two differ by an hour when the clocks change inside the term. For a
 * maximum duration of detention we take the EARLIER of the two readings, so Ketenbeeld never shows
 * a deadline that any reading would call too late. Hours are always elapsed hours.
 */
export function vrijheidsbenemingEinde(
  aanvang: Date,
  dagen: number,
  uren = 0,
): { einde: Date; klokwijziging: boolean } {
  const kalender = new Date(verschuifKalender(aanvang, { days: dagen }).getTime() + uren * 3_600_000);
  const etmalen = new Date(plusEtmalen(aanvang, dagen).getTime() + uren * 3_600_000);
  return {
    einde: kalender.getTime() <= etmalen.getTime() ? kalender : etmalen,
    klokwijziging: kalender.getTime() !== etmalen.getTime(),
  };
}

/** Sentence added to an explanation when the clock changed inside a custody term. */
export const KLOKWIJZIGING_TOELICHTING =
  ' (de klok verspringt binnen de termijn: de vroegste van kalenderdagen en etmalen van 24 uur is aangehouden)';
