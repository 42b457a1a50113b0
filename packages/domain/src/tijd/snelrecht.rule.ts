import { formatteerMoment, naarMoment, type TijdInvoer } from './amsterdam-tijd';
import type { Termijn } from './termijn';
import { controleerJaNee } from './termijn-fout';
import { KLOKWIJZIGING_TOELICHTING, vrijheidsbenemingEinde } from './vrijheidsbeneming';

/**
 * R16 — Snelrecht (OM policy): the case is heard within 17 days of the arrest (3 days
 * inverzekeringstelling + 14 days bewaring). Counted like the custody clocks: calendar days from the
 * instant of arrest, or periods of 24 hours when that is earlier.
 *
 * R23 (Atw) does not apply: not a term set in a law, and it runs while the suspect is detained.
 */
export function snelrecht(invoer: { aanhouding: TijdInvoer }): Termijn {
  const aanhouding = naarMoment(invoer.aanhouding, 'aanhouding');
  const { einde, klokwijziging } = vrijheidsbenemingEinde(aanhouding, 17);
  return {
    regel: 'R16',
    vervaltOp: einde,
    uitleg:
      `Snelrecht: zitting uiterlijk 17 dagen na aanhouding op ${formatteerMoment(aanhouding)} → ` +
      `${formatteerMoment(einde)}` +
      (klokwijziging ? KLOKWIJZIGING_TOELICHTING : ''),
    grondslag: 'OM (snelrecht: 3 dagen inverzekeringstelling + 14 dagen bewaring)',
  };
}

/**
 * R16 — Supersnelrecht (OM policy): the case is heard while the suspect is still in
 * inverzekeringstelling, so the limit is the end of the inverzekeringstelling: 3 days from its start,
 * or 6 when it was extended (Sv art. 57–58; same counting as `inverzekeringstelling`).
 *
 * R23 (Atw) does not apply (custody clock).
 */
export function supersnelrecht(invoer: {
  aanvangInverzekeringstelling: TijdInvoer;
  verlengd?: boolean;
}): Termijn {
  const aanvang = naarMoment(invoer.aanvangInverzekeringstelling, 'aanvangInverzekeringstelling');
  const verlengd = controleerJaNee(invoer.verlengd, 'verlengd');
  const { einde, klokwijziging } = vrijheidsbenemingEinde(aanvang, verlengd ? 6 : 3);
  return {
    regel: 'R16',
    vervaltOp: einde,
    uitleg:
      `Supersnelrecht: zitting binnen de inverzekeringstelling (${verlengd ? '6' : '3'} dagen vanaf ` +
      `${formatteerMoment(aanvang)}) → ${formatteerMoment(einde)}` +
      (klokwijziging ? KLOKWIJZIGING_TOELICHTING : ''),
    grondslag: 'OM (supersnelrecht); Sv art. 57–58',
  };
}
