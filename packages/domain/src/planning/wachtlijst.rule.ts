import { controleerDatum, controleerGeheel, controleerMoment, plusKalenderdagen } from './datum';
import { PlanningFout } from './planning-fout';

/**
 * Waiting list and occupancy for placements. Pure: the service loads the placements and the
 * capacity; these functions only order and count. Dates are Amsterdam calendar dates 'JJJJ-MM-DD'
 * and a placement occupies a place on every day from `van` up to and including `tot` (open-ended
 * when `tot` is null).
 */
export interface Wachtende {
  id: string;
  /** 1 = urgent, 3 = lowest. */
  prioriteit: 1 | 2 | 3;
  /** ISO instant of registration on the list. */
  aangemeldOp: string;
}

/** Priority first (1 before 3), then who registered earliest, then id (a stable, total order). */
export function ordenWachtlijst<T extends Wachtende>(w: readonly T[]): T[] {
  const regels = w.map((x, i) => {
    if (x.prioriteit !== 1 && x.prioriteit !== 2 && x.prioriteit !== 3) {
      throw new PlanningFout(`wachtlijst.${i}.prioriteit`, 'moet 1, 2 of 3 zijn');
    }
    if (typeof x.id !== 'string') throw new PlanningFout(`wachtlijst.${i}.id`, 'moet een tekst zijn');
    return { x, aangemeld: controleerMoment(x.aangemeldOp, `wachtlijst.${i}.aangemeldOp`).getTime() };
  });
  return regels
    .sort(
      (a, b) =>
        a.x.prioriteit - b.x.prioriteit ||
        a.aangemeld - b.aangemeld ||
        (a.x.id < b.x.id ? -1 : a.x.id > b.x.id ? 1 : 0),
    )
    .map((r) => r.x);
}

interface Bezetting {
  van: string;
  tot: string | null;
}

function controleerPlaatsingen(plaatsingen: readonly Bezetting[]): void {
  plaatsingen.forEach((p, i) => {
    controleerDatum(p.van, `plaatsingen.${i}.van`);
    if (p.tot !== null) {
      controleerDatum(p.tot, `plaatsingen.${i}.tot`);
      if (p.tot < p.van) throw new PlanningFout(`plaatsingen.${i}.tot`, 'ligt vóór de begindatum (van)');
    }
  });
}

function telOp(plaatsingen: readonly Bezetting[], dag: string): number {
  let aantal = 0;
  for (const p of plaatsingen) if (p.van <= dag && (p.tot === null || p.tot >= dag)) aantal++;
  return aantal;
}

/** Occupied places per day, for `dagen` days starting at `vanaf`. */
export function bezettingPerDag(
  plaatsingen: readonly { van: string; tot: string | null }[],
  vanaf: string,
  dagen: number,
): number[] {
  controleerDatum(vanaf, 'vanaf');
  controleerGeheel(dagen, 'dagen');
  controleerPlaatsingen(plaatsingen);
  const uitkomst: number[] = [];
  for (let n = 0; n < dagen; n++) uitkomst.push(telOp(plaatsingen, plusKalenderdagen(vanaf, n)));
  return uitkomst;
}
