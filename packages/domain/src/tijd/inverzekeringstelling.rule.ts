import { formatteerMoment, naarMoment, type TijdInvoer } from './amsterdam-tijd';
import type { Termijn } from './termijn';
import { controleerJaNee } from './termijn-fout';
import { KLOKWIJZIGING_TOELICHTING, vrijheidsbenemingEinde } from './vrijheidsbeneming';

/**
 * R15 — Inverzekeringstelling (Sv art. 57–58): at most 3 days from the order, extendable once by at
 * most 3 days (6 in total). Days are counted on the wall clock from the instant of the order; when
 * the clock changes inside the term the earlier of "calendar days" and "periods of 24 hours" is
 * used (see vrijheidsbeneming.ts).
 *
 * R23 (Atw) does not apply: this is a maximum of deprivation of liberty; it does not run on over a
 * weekend or a feestdag.
 */
export function inverzekeringstelling(invoer: { aanvang: TijdInvoer; verlengd?: boolean }): Termijn {
  const aanvang = naarMoment(invoer.aanvang, 'aanvang');
  const verlengd = controleerJaNee(invoer.verlengd, 'verlengd');
  const dagen = verlengd ? 6 : 3;
  const { einde, klokwijziging } = vrijheidsbenemingEinde(aanvang, dagen);
  return {
    regel: 'R15',
    vervaltOp: einde,
    uitleg:
      `Inverzekeringstelling: ${verlengd ? '3 dagen, eenmaal verlengd met 3 dagen (6 dagen)' : '3 dagen'} ` +
      `vanaf ${formatteerMoment(aanvang)} → ${formatteerMoment(einde)}` +
      (klokwijziging ? KLOKWIJZIGING_TOELICHTING : ''),
    grondslag: verlengd ? 'Sv art. 57 en 58 lid 2' : 'Sv art. 57',
  };
}

/**
 * R15 — Voorgeleiding aan de rechter-commissaris (Sv art. 59a lid 1): at the latest 3 days and
 * 18 hours after the instant of ARREST (aanhouding) — not after the start of the
 * inverzekeringstelling, so the ophouden voor onderzoek is inside this clock. Three calendar days
 * then 18 elapsed hours, or 90 elapsed hours when that is earlier (clock change).
 *
 * R23 (Atw) does not apply: a custody clock in days and hours.
 */
export function voorgeleiding(invoer: { aanhouding: TijdInvoer }): Termijn {
  const aanhouding = naarMoment(invoer.aanhouding, 'aanhouding');
  const { einde, klokwijziging } = vrijheidsbenemingEinde(aanhouding, 3, 18);
  return {
    regel: 'R15',
    vervaltOp: einde,
    uitleg:
      `Voorgeleiding rechter-commissaris: uiterlijk 3 dagen en 18 uur na aanhouding op ` +
      `${formatteerMoment(aanhouding)} → ${formatteerMoment(einde)}` +
      (klokwijziging ? KLOKWIJZIGING_TOELICHTING : ''),
    grondslag: 'Sv art. 59a lid 1',
  };
}
