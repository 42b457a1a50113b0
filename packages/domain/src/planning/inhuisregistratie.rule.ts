import { datumSleutel, lokaalNaarMoment, verschuifKalender } from '../tijd/amsterdam-tijd';
import { beschrijf, controleerDatum, controleerMoment, plusKalenderdagen } from './datum';
import { PlanningFout } from './planning-fout';

/**
 * R2 — Inhuisregistratie: the resident reports twice a day at the COA desk, within fixed windows on
 * the Amsterdam wall clock. A missed registration (a window that ended without one) is a reason to
 * consider an art. 56 Vw measure and the PBL; deciding that is for a person, these functions only
 * say which windows there were.
 *
 * A window runs from `begin` (inclusive) to `eind` (exclusive) on one calendar day; windows that
 * cross midnight are not supported. On the day the clocks change the wall-clock times are converted
 * with the rules of tijd/amsterdam-tijd (a time in the spring gap becomes 03:00; a time in the
 * autumn overlap takes the earlier instant), so 08:00 is always 08:00 on the clock in Amsterdam.
 */
export interface Registratievenster {
  code: string;
  /** 'HH:MM', Amsterdam wall clock. */
  begin: string;
  /** 'HH:MM', Amsterdam wall clock, after begin. */
  eind: string;
}

export const STANDAARD_VENSTERS: readonly Registratievenster[] = [
  { code: 'OCHTEND', begin: '08:00', eind: '10:00' },
  { code: 'AVOND', begin: '20:00', eind: '22:00' },
];

export const MAX_VENSTERS = 4;
/** Longest period `verstrekenVensters` looks at, in calendar days. */
export const MAX_PERIODE_DAGEN = 62;

const TIJD = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Validates a set of windows: 1–4 windows, 'HH:MM' times, begin before eind, unique codes, no overlap. */
export function controleerVensters(v: readonly Registratievenster[]): void {
  if (!isLijst(v) || v.length < 1 || v.length > MAX_VENSTERS) {
    throw new PlanningFout('vensters', `moet 1 tot en met ${MAX_VENSTERS} registratievensters bevatten`);
  }
  v.forEach((venster, i) => {
    if (typeof venster !== 'object' || venster === null) {
      throw new PlanningFout(`vensters.${i}`, 'is geen registratievenster');
    }
    if (typeof venster.code !== 'string' || venster.code.trim() === '') {
      throw new PlanningFout(`vensters.${i}.code`, 'moet een niet-lege tekst zijn');
    }
    for (const veld of ['begin', 'eind'] as const) {
      if (typeof venster[veld] !== 'string' || !TIJD.test(venster[veld])) {
        throw new PlanningFout(
          `vensters.${i}.${veld}`,
          `moet een tijd 'UU:MM' zijn tussen 00:00 en 23:59 (gekregen: ${beschrijf(venster[veld])})`,
        );
      }
    }
    if (venster.begin >= venster.eind) {
      throw new PlanningFout(`vensters.${i}.eind`, `moet na het begin (${venster.begin}) liggen`);
    }
  });
  const codes = new Set<string>();
  for (const venster of v) {
    if (codes.has(venster.code))
      throw new PlanningFout('vensters', `de code ${venster.code} komt dubbel voor`);
    codes.add(venster.code);
  }
  const gesorteerd = [...v].sort((a, b) => (a.begin < b.begin ? -1 : a.begin > b.begin ? 1 : 0));
  for (let n = 1; n < gesorteerd.length; n++) {
    const vorige = gesorteerd[n - 1];
    const huidige = gesorteerd[n];
    if (huidige.begin < vorige.eind) {
      throw new PlanningFout(
        'vensters',
        `${vorige.code} (${vorige.begin}–${vorige.eind}) en ${huidige.code} (${huidige.begin}–${huidige.eind}) overlappen`,
      );
    }
  }
}

// Not a type guard on purpose: Array.isArray would widen the typed list to any[].
function isLijst(x: unknown): boolean {
  return Array.isArray(x);
}

function opKlok(datum: string, tijd: string): Date {
  const [year, month, day] = datum.split('-').map(Number) as [number, number, number];
  const [hour, minute] = tijd.split(':').map(Number) as [number, number];
  return lokaalNaarMoment({ year, month, day, hour, minute });
}

/** The instants a window begins and ends on an Amsterdam calendar date (DST-correct). */
export function vensterMomenten(datum: string, v: Registratievenster): { begin: Date; eind: Date } {
  controleerDatum(datum, 'datum');
  controleerVensters([v]);
  return { begin: opKlok(datum, v.begin), eind: opKlok(datum, v.eind) };
}

/** The window that contains the instant (begin inclusive, eind exclusive), or null. */
export function vensterVan(
  tijdstip: Date,
  vensters: readonly Registratievenster[],
): { datum: string; venster: Registratievenster } | null {
  const moment = controleerMoment(tijdstip, 'tijdstip');
  controleerVensters(vensters);
  const datum = datumSleutel(moment);
  for (const venster of vensters) {
    const { begin, eind } = vensterMomenten(datum, venster);
    if (begin.getTime() <= moment.getTime() && moment.getTime() < eind.getTime()) return { datum, venster };
  }
  return null;
}

/**
 * The windows that ended in (na, totEnMet], in chronological order: each is a registration moment
 * that has passed and can be checked for a missed registration. At most 62 calendar days apart.
 */
export function verstrekenVensters(
  na: Date,
  totEnMet: Date,
  vensters: readonly Registratievenster[],
): { datum: string; venster: Registratievenster; eind: Date }[] {
  const vanaf = controleerMoment(na, 'na');
  const totMoment = controleerMoment(totEnMet, 'totEnMet');
  controleerVensters(vensters);
  if (totMoment.getTime() < vanaf.getTime()) {
    throw new PlanningFout('periode', 'totEnMet ligt vóór na');
  }
  if (totMoment.getTime() > verschuifKalender(vanaf, { days: MAX_PERIODE_DAGEN }).getTime()) {
    throw new PlanningFout('periode', `beslaat meer dan ${MAX_PERIODE_DAGEN} dagen`);
  }
  const uitkomst: { datum: string; venster: Registratievenster; eind: Date }[] = [];
  const laatsteDatum = datumSleutel(totMoment);
  for (let datum = datumSleutel(vanaf); datum <= laatsteDatum; datum = plusKalenderdagen(datum, 1)) {
    for (const venster of vensters) {
      const eind = opKlok(datum, venster.eind);
      if (eind.getTime() > vanaf.getTime() && eind.getTime() <= totMoment.getTime()) {
        uitkomst.push({ datum, venster, eind });
      }
    }
  }
  return uitkomst.sort((a, b) => a.eind.getTime() - b.eind.getTime());
}
