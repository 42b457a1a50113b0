import {
  formatteerDatum,
  formatteerMoment,
  naarMoment,
  verschuifKalender,
  type TijdInvoer,
} from './amsterdam-tijd';
import type { Termijn } from './termijn';
import { kalenderTermijnEinde } from './termijnenwet.rule';

/**
 * R3 — PBL (TK 2025D50868): the case of a PBL resident is handled within 28 days of placement.
 * Counted in calendar days from the day after placement up to and including day 28 (ends 23:59:59.999
 * Amsterdam time). A policy target, not a term set in a law, so R23 (Atw) does not apply: a
 * weekend does not give the chain extra days.
 */
export function pblBehandeltermijn(invoer: { plaatsing: TijdInvoer }): Termijn {
  const plaatsing = naarMoment(invoer.plaatsing, 'plaatsing');
  const vervaltOp = kalenderTermijnEinde(plaatsing, 28, 'dagen');
  return {
    regel: 'R3',
    vervaltOp,
    uitleg: `PBL-behandeltermijn: 28 dagen na plaatsing op ${formatteerDatum(plaatsing)} → uiterlijk ${formatteerDatum(vervaltOp)}`,
    grondslag: 'TK 2025D50868 (PBL)',
  };
}

/**
 * R6 — HTL (Hoogeveen): a stay of at most 3 months from placement. A maximum duration of a measure,
 * so it ends at the same Amsterdam clock time 3 calendar months later (month end clamped) and R23
 * (Atw) does not apply: a weekend must not lengthen a restriction.
 */
export function htlVerblijf(invoer: { plaatsing: TijdInvoer }): Termijn {
  const plaatsing = naarMoment(invoer.plaatsing, 'plaatsing');
  const vervaltOp = verschuifKalender(plaatsing, { months: 3 });
  return {
    regel: 'R6',
    vervaltOp,
    uitleg: `HTL-verblijf: ten hoogste 3 maanden vanaf ${formatteerMoment(plaatsing)} → ${formatteerMoment(vervaltOp)}`,
    grondslag: 'COA (HTL); DT&V leidraad',
  };
}

/**
 * R6 — Vrijheidsbeperkende maatregel art. 56 Vw (HTL): at most 12 weeks from its start, at the same
 * Amsterdam clock time. Maximum duration of a measure: R23 (Atw) does not apply.
 */
export function artikel56Maatregel(invoer: { aanvang: TijdInvoer }): Termijn {
  const aanvang = naarMoment(invoer.aanvang, 'aanvang');
  const vervaltOp = verschuifKalender(aanvang, { days: 12 * 7 });
  return {
    regel: 'R6',
    vervaltOp,
    uitleg: `Maatregel art. 56 Vw: ten hoogste 12 weken vanaf ${formatteerMoment(aanvang)} → ${formatteerMoment(vervaltOp)}`,
    grondslag: 'Vw art. 56; DT&V leidraad (HTL)',
  };
}
