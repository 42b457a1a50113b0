import { lokaleTijd, naarMoment, verschuifKalender, type TijdInvoer } from './amsterdam-tijd';
import { isAlgemeneErkendeFeestdag } from './feestdagen';
import { controleerAantal } from './termijn-fout';

/**
 * Working days: Monday to Friday on the Amsterdam calendar, minus the Atw feestdagen (including
 * Goede Vrijdag and the days put on a par by decree; see feestdagen.ts). One set for every
 * working-day count in Ketenbeeld, so that a planned step and a statutory term agree.
 */
export function isWerkdag(moment: TijdInvoer): boolean {
  const start = naarMoment(moment, 'datum');
  return lokaleTijd(start).weekday <= 5 && !isAlgemeneErkendeFeestdag(start);
}

/** The first working day strictly after the date of `moment`, at the same Amsterdam clock time. */
export function volgendeWerkdag(moment: TijdInvoer): Date {
  let dag = verschuifKalender(naarMoment(moment, 'datum'), { days: 1 });
  while (!isWerkdag(dag)) dag = verschuifKalender(dag, { days: 1 });
  return dag;
}

/**
 * n working days later at the same Amsterdam clock time: each step goes to the next working day,
 * so Friday + 1 = Monday, and a start on a Saturday + 1 = Monday. n = 0 returns the start itself.
 */
export function plusWerkdagen(moment: TijdInvoer, werkdagen: number): Date {
  let dag = naarMoment(moment, 'moment');
  controleerAantal(werkdagen, 'werkdagen');
  for (let i = 0; i < werkdagen; i++) dag = volgendeWerkdag(dag);
  return dag;
}
