import { formatteerMoment, naarMoment, verschuifKalender, type TijdInvoer } from './amsterdam-tijd';
import type { Termijn } from './termijn';
import { controleerAantal, TermijnFout } from './termijn-fout';

export type SoortGebiedsverbod = 'APV_24U' | 'ART_172A';

/** Gemeentewet art. 172a: a last of at most 3 months, extendable at most 3 times by at most 3 months. */
export const MAX_VERLENGINGEN_172A = 3;

/**
 * R18 — Gebiedsverbod.
 * - APV_24U: a 24-hour ban under a municipal APV (some mayors, after shoplifting): 24 elapsed hours
 *   from the start; it cannot be extended.
 * - ART_172A: Gemeentewet art. 172a: at most 3 months, extendable at most 3 times by at most 3 months
 *   each (12 months in total). Each extension starts where the previous period ends (month ends
 *   clamp period by period: 30 November + 3 → 28 February + 3 → 28 May). A 4th extension is refused
 *   with TermijnFout(NIET_TOEGESTAAN, 'verlengingen').
 * The result is the furthest end the law allows, at the start's Amsterdam clock time. Maximum
 * duration of a measure: R23 (Atw) does not apply.
 */
export function gebiedsverbod(invoer: {
  aanvang: TijdInvoer;
  soort: SoortGebiedsverbod;
  verlengingen?: number;
}): Termijn {
  const aanvang = naarMoment(invoer.aanvang, 'aanvang');
  const verlengingen = controleerAantal(invoer.verlengingen ?? 0, 'verlengingen');
  if (invoer.soort === 'APV_24U') {
    if (verlengingen > 0) {
      throw new TermijnFout(
        'NIET_TOEGESTAAN',
        'verlengingen',
        'Een gebiedsverbod van 24 uur (APV) kan niet worden verlengd',
      );
    }
    const vervaltOp = new Date(aanvang.getTime() + 24 * 3_600_000);
    return {
      regel: 'R18',
      vervaltOp,
      uitleg: `Gebiedsverbod (APV): 24 uur vanaf ${formatteerMoment(aanvang)} → ${formatteerMoment(vervaltOp)}`,
      grondslag: 'APV van de gemeente (gebiedsverbod 24 uur)',
    };
  }
  if (invoer.soort !== 'ART_172A') {
    throw new TermijnFout(
      'ONGELDIGE_INVOER',
      'soort',
      `soort moet APV_24U of ART_172A zijn (gekregen: ${String(invoer.soort)})`,
    );
  }
  if (verlengingen > MAX_VERLENGINGEN_172A) {
    throw new TermijnFout(
      'NIET_TOEGESTAAN',
      'verlengingen',
      `Een gebiedsverbod op grond van art. 172a Gemeentewet kan ten hoogste ${MAX_VERLENGINGEN_172A} keer worden verlengd (gevraagd: ${verlengingen})`,
    );
  }
  let vervaltOp = aanvang;
  for (let periode = 0; periode <= verlengingen; periode++)
    vervaltOp = verschuifKalender(vervaltOp, { months: 3 });
  const perioden =
    verlengingen === 0
      ? '3 maanden'
      : `3 maanden, ${verlengingen}× verlengd met 3 maanden (${3 * (verlengingen + 1)} maanden)`;
  return {
    regel: 'R18',
    vervaltOp,
    uitleg: `Gebiedsverbod (art. 172a Gemeentewet): ten hoogste ${perioden} vanaf ${formatteerMoment(aanvang)} → ${formatteerMoment(vervaltOp)}`,
    grondslag: 'Gemeentewet art. 172a',
  };
}
