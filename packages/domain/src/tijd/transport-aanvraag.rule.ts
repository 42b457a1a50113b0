import {
  formatteerDagEnDatum,
  formatteerMoment,
  naarMoment,
  verschuifKalender,
  type TijdInvoer,
} from './amsterdam-tijd';
import type { Termijn } from './termijn';
import { isWerkdag } from './werkdagen';

/**
 * R13 — Transport of an azc resident to Ter Apel must be requested at least 2 weeks before the
 * appointment (seed evaluation §2.2). Counted back 14 calendar days on the Amsterdam wall clock from
 * the appointment: the latest request instant is the same clock time two weeks earlier (a clock
 * change in between does not move it). Working practice, not a law, and counted back, so R23 does
 * not apply (Atw art. 1 lid 2 excludes terms counted back anyway). When that day is not a working
 * day the explanation says so, because in practice the request goes out the working day before.
 */
export function transportAanvraag(invoer: { afspraak: TijdInvoer }): Termijn {
  const afspraak = naarMoment(invoer.afspraak, 'afspraak');
  const vervaltOp = verschuifKalender(afspraak, { days: -14 });
  const geenWerkdag = isWerkdag(vervaltOp)
    ? ''
    : ` (${formatteerDagEnDatum(vervaltOp)} is geen werkdag: vraag eerder aan)`;
  return {
    regel: 'R13',
    vervaltOp,
    uitleg:
      `Transportaanvraag: ten minste 2 weken vóór de afspraak op ${formatteerMoment(afspraak)} → ` +
      `uiterlijk ${formatteerMoment(vervaltOp)}${geenWerkdag}`,
    grondslag: 'Evaluatie pilot procesoptimalisatie Ter Apel §2.2',
  };
}
