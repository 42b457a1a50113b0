import { formatteerMoment, naarMoment, verschuifKalender, type TijdInvoer } from './amsterdam-tijd';
import type { Termijn } from './termijn';
import { controleerJaNee } from './termijn-fout';

/**
 * R7 — Vreemdelingenbewaring: at most 6 months; extendable by at most 12 months to 18 in total
 * (Vw art. 59 lid 5–6, Terugkeerrichtlijn 2008/115/EG art. 15 lid 5–6). With `verlengd` the result
 * is the furthest the law allows (6 + 12 months, counted one after the other, so month-end clamping
 * of the first period carries over — the earlier, safe end).
 *
 * Same Amsterdam clock time as the start. R23 (Atw) does not apply: a maximum of detention.
 */
export function vreemdelingenbewaring(invoer: { aanvang: TijdInvoer; verlengd?: boolean }): Termijn {
  const aanvang = naarMoment(invoer.aanvang, 'aanvang');
  const verlengd = controleerJaNee(invoer.verlengd, 'verlengd');
  const zesMaanden = verschuifKalender(aanvang, { months: 6 });
  const vervaltOp = verlengd ? verschuifKalender(zesMaanden, { months: 12 }) : zesMaanden;
  return {
    regel: 'R7',
    vervaltOp,
    uitleg: verlengd
      ? `Vreemdelingenbewaring: 6 maanden vanaf ${formatteerMoment(aanvang)}, verlengd met ten hoogste 12 maanden → uiterlijk ${formatteerMoment(vervaltOp)}`
      : `Vreemdelingenbewaring: ten hoogste 6 maanden vanaf ${formatteerMoment(aanvang)} → ${formatteerMoment(vervaltOp)}`,
    grondslag: 'Vw art. 59 lid 5 en 6; Richtlijn 2008/115/EG art. 15',
  };
}
