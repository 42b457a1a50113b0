import {
  eindeVanDag,
  formatteerDagEnDatum,
  naarMoment,
  verschuifKalender,
  type TijdInvoer,
} from './amsterdam-tijd';
import { atwFeestdag } from './feestdagen';
import { controleerAantal, TermijnFout } from './termijn-fout';
import { isWerkdag, volgendeWerkdag } from './werkdagen';

/**
 * R23 — Algemene termijnenwet (Atw).
 *
 * Art. 1 lid 1: a term set in a law that ends on a Saturday, Sunday or algemeen erkende feestdag is
 * extended up to and including the next day that is none of these. Art. 1 lid 2: not for terms
 * counted back from an instant. Art. 2: a statutory term of at least three days is extended, where
 * needed, so that it contains at least two days that are none of these.
 *
 * Where it applies in Ketenbeeld (each rule file repeats its own decision):
 * - applies: beroepstermijn (R10, Vw art. 69 / Awb) and vertrektermijn (R11, Vw art. 62): terms set
 *   in a law within which the person must act;
 * - does not apply: custody clocks (R14, R15, R16 — hours, and maximum durations of deprivation of
 *   liberty: stretching them would lengthen a detention without a legal basis), maximum durations
 *   of measures (R6, R7, R18), policy targets that are not set in a law (R3, R8, R13), and the
 *   Dublin terms (R12), which an EU regulation sets — the Atw covers Dutch statutory terms only.
 */
export function termijnEindeMetTermijnenwet(einde: TijdInvoer): Date {
  const moment = naarMoment(einde, 'einde');
  return isWerkdag(moment) ? moment : volgendeWerkdag(moment);
}

export type TermijnEenheid = 'dagen' | 'weken' | 'maanden';

export interface WettelijkeTermijn {
  /** End after the Atw: 23:59:59.999 Amsterdam time on the last day. */
  readonly vervaltOp: Date;
  /** End by the calendar alone, before the Atw. */
  readonly kalenderEinde: Date;
  readonly verlengdDoor: null | 'Atw art. 1' | 'Atw art. 2';
  /** Dutch sentence about the extension, or '' when there was none. */
  readonly toelichting: string;
}

const EENHEDEN: readonly TermijnEenheid[] = ['dagen', 'weken', 'maanden'];

/**
 * End of a term counted in whole calendar days from an event: the day of the event does not count
 * (Awb art. 6:8: the term starts on the day after), the term runs up to and including the day with
 * the same number (days), weekday (weeks) or date (months; clamped to the month end) and ends at
 * 23:59:59.999 Amsterdam time. No Atw.
 */
export function kalenderTermijnEinde(gebeurtenis: Date, aantal: number, eenheid: TermijnEenheid): Date {
  const delta =
    eenheid === 'maanden' ? { months: aantal } : { days: eenheid === 'weken' ? 7 * aantal : aantal };
  return eindeVanDag(verschuifKalender(gebeurtenis, delta));
}

/** A statutory term counted as in `kalenderTermijnEinde`, then extended by Atw art. 2 and art. 1. */
export function wettelijkeTermijn(invoer: {
  gebeurtenis: TijdInvoer;
  aantal: number;
  eenheid: TermijnEenheid;
}): WettelijkeTermijn {
  const gebeurtenis = naarMoment(invoer.gebeurtenis, 'gebeurtenis');
  controleerAantal(invoer.aantal, 'aantal', 1);
  if (!EENHEDEN.includes(invoer.eenheid)) {
    throw new TermijnFout('ONGELDIGE_INVOER', 'eenheid', `eenheid moet dagen, weken of maanden zijn`);
  }
  const kalenderEinde = kalenderTermijnEinde(gebeurtenis, invoer.aantal, invoer.eenheid);

  // Art. 2: a term of at least three days must contain two days that are working days.
  const termijnVanDrieDagenOfMeer = invoer.eenheid !== 'dagen' || invoer.aantal >= 3;
  if (termijnVanDrieDagenOfMeer) {
    let werkdagen = 0;
    let dag = verschuifKalender(gebeurtenis, { days: 1 });
    while (dag.getTime() <= kalenderEinde.getTime()) {
      if (isWerkdag(dag)) werkdagen++;
      dag = verschuifKalender(dag, { days: 1 });
    }
    if (werkdagen < 2) {
      let einde = kalenderEinde;
      while (werkdagen < 2) {
        einde = eindeVanDag(verschuifKalender(einde, { days: 1 }));
        if (isWerkdag(einde)) werkdagen++;
      }
      return {
        vervaltOp: einde,
        kalenderEinde,
        verlengdDoor: 'Atw art. 2',
        toelichting:
          `de termijn bevat minder dan twee werkdagen en is verlengd tot en met ` +
          `${formatteerDagEnDatum(einde)} (Algemene termijnenwet art. 2)`,
      };
    }
  }

  // Art. 1: a term ending on a Saturday, Sunday or feestdag runs on to the next working day.
  if (!isWerkdag(kalenderEinde)) {
    const einde = volgendeWerkdag(kalenderEinde);
    return {
      vervaltOp: einde,
      kalenderEinde,
      verlengdDoor: 'Atw art. 1',
      toelichting:
        `${geenWerkdagOmschrijving(kalenderEinde)}; verlengd tot en met ` +
        `${formatteerDagEnDatum(einde)} (Algemene termijnenwet art. 1)`,
    };
  }
  return { vervaltOp: kalenderEinde, kalenderEinde, verlengdDoor: null, toelichting: '' };
}

/** "zaterdag 7 maart 2026 is geen werkdag" / "maandag 6 april 2026 is Tweede Paasdag". */
function geenWerkdagOmschrijving(dag: Date): string {
  const feestdag = atwFeestdag(dag);
  return feestdag
    ? `${formatteerDagEnDatum(dag)} is ${feestdag.naam} (${feestdag.grondslag})`
    : `${formatteerDagEnDatum(dag)} valt in het weekend`;
}
