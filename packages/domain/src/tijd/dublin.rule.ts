import { formatteerDatum, naarMoment, type TijdInvoer } from './amsterdam-tijd';
import type { Termijn } from './termijn';
import { controleerJaNee } from './termijn-fout';
import { kalenderTermijnEinde } from './termijnenwet.rule';

/**
 * R12 — Dublin transfer (Regulation (EU) 604/2013 art. 29): within 6 months of the (explicit or
 * implicit) acceptance by the responsible member state, or of the final decision on an appeal with
 * suspensive effect; at most 12 months when the transfer could not take place because the person is
 * imprisoned (`gedetineerd`); at most 18 months when the person absconds (`ondergedoken`). Both
 * reported → 18.
 *
 * Counted as EU periods are (Regulation 1182/71 art. 3): the day of acceptance does not count; the
 * term ends at the end (23:59:59.999 Amsterdam) of the day with the same date 6/12/18 months later,
 * or the last day of that month when it has no such date (31 August + 6 months → 28/29 February).
 *
 * R23 (Atw) does not apply: the term is set by an EU regulation, not by a Dutch law. (Regulation
 * 1182/71 art. 3 lid 4 has its own roll-over to the next working day; whether the courts apply it to
 * art. 29 is not settled here, so Ketenbeeld plans on the earlier, unextended end.)
 */
export function dublinOverdrachttermijn(invoer: {
  akkoord: TijdInvoer;
  gedetineerd?: boolean;
  ondergedoken?: boolean;
  /** Final decision on an appeal that had suspensive effect: the term then runs from this date. */
  einduitspraakBeroep?: TijdInvoer;
}): Termijn {
  const akkoord = naarMoment(invoer.akkoord, 'akkoord');
  const gedetineerd = controleerJaNee(invoer.gedetineerd, 'gedetineerd');
  const ondergedoken = controleerJaNee(invoer.ondergedoken, 'ondergedoken');
  const uitspraak =
    invoer.einduitspraakBeroep === undefined
      ? null
      : naarMoment(invoer.einduitspraakBeroep, 'einduitspraakBeroep');
  const start = uitspraak ?? akkoord;
  const maanden = ondergedoken ? 18 : gedetineerd ? 12 : 6;
  const vervaltOp = kalenderTermijnEinde(start, maanden, 'maanden');
  const reden = ondergedoken
    ? ' (verlengd: betrokkene is ondergedoken)'
    : gedetineerd
      ? ' (verlengd: betrokkene is gedetineerd)'
      : '';
  const vanaf = uitspraak
    ? `einduitspraak op het beroep op ${formatteerDatum(uitspraak)}`
    : `akkoord op ${formatteerDatum(akkoord)}`;
  return {
    regel: 'R12',
    vervaltOp,
    uitleg: `Overdrachtstermijn Dublin: ${maanden} maanden na ${vanaf}${reden} → ${formatteerDatum(vervaltOp)}`,
    grondslag: `Verordening (EU) 604/2013 art. 29 lid ${maanden === 6 ? '1' : '2'}`,
  };
}

/**
 * R12 — Transfer of a person in Dublin detention (Regulation 604/2013 art. 28 lid 3): as soon as
 * possible and at the latest within 6 weeks of the acceptance; otherwise the person is released.
 * Counted like `dublinOverdrachttermijn` (end of the same weekday 6 weeks later); no Atw.
 */
export function dublinBewaringOverdracht(invoer: { akkoord: TijdInvoer }): Termijn {
  const akkoord = naarMoment(invoer.akkoord, 'akkoord');
  const vervaltOp = kalenderTermijnEinde(akkoord, 6, 'weken');
  return {
    regel: 'R12',
    vervaltOp,
    uitleg: `Overdracht vanuit Dublinbewaring: 6 weken na akkoord op ${formatteerDatum(akkoord)} → ${formatteerDatum(vervaltOp)}`,
    grondslag: 'Verordening (EU) 604/2013 art. 28 lid 3',
  };
}
