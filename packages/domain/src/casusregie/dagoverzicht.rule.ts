import { lokaalNaarMoment, lokaleTijd } from '../tijd/amsterdam-tijd';
import {
  controleerMoment,
  controleerPeriode,
  controleerUniekeCasussen,
  DAG_MS,
  vergelijkTekst,
} from './invoer-controle';

/** What happened in a case: the kinds of event the daily overview reports. */
/** Kinds of entries on a case's event list (casusregie's `casus_gebeurtenis`). */
export const GEBEURTENIS_SOORTEN = [
  'SIGNAAL',
  'TRANSITIE',
  'MAATREGEL',
  'ACTIE',
  'UITKOMST',
  'BESLUIT',
  'ESCALATIE',
  'ZSM',
  'DETENTIE',
] as const;
export type GebeurtenisSoort = (typeof GEBEURTENIS_SOORTEN)[number];

export interface Gebeurtenis {
  casusId: string;
  soort: GebeurtenisSoort;
  tijdstip: Date;
  omschrijving: string;
}

export interface DagoverzichtInvoer {
  van: Date;
  tot: Date;
  /** The active cases. */
  casussen: { casusId: string; omschrijving: string; status: string; procesregisseur: string }[];
  gebeurtenissen: readonly Gebeurtenis[];
  openActies: { id: string; casusId: string; omschrijving: string; deadline: Date }[];
  termijnen: { id: string; casusId: string; soortLabel: string; vervaltOp: Date }[];
}

export interface DagoverzichtCasus {
  casusId: string;
  omschrijving: string;
  status: string;
  procesregisseur: string;
  /** SIGNAAL events in [van, tot), by tijdstip. */
  nieuweSignalen: Gebeurtenis[];
  /** All other events in [van, tot), by tijdstip. */
  wijzigingen: Gebeurtenis[];
  /** Open actions with deadline < tot, longest overdue first. */
  actiesTeLaat: { id: string; omschrijving: string; deadline: Date; dagenTeLaat: number }[];
  /** Deadlines with vervaltOp in [tot, tot + 24 h), soonest first. */
  termijnenBinnenkort: { id: string; soortLabel: string; vervaltOp: Date }[];
}

export interface Dagoverzicht {
  van: Date;
  tot: Date;
  /** Only cases with something to report: most new signals first, then most late actions, then casusId. */
  casussen: DagoverzichtCasus[];
  /** Active cases with nothing to report. */
  ongewijzigd: number;
  totalen: { nieuweSignalen: number; wijzigingen: number; actiesTeLaat: number; termijnenBinnenkort: number };
}

/** "Vooruitkijken": deadlines expiring within this long after `tot` are flagged. */
const BINNENKORT_MS = 24 * 3_600_000;

/**
 * The daily overview of running cases (seed evaluation ch. 3–4: there was no daily overview; the team
 * wants to see every morning what changed). For the period [van, tot) — normally from the previous
 * overview (see {@link vorigDagoverzichtMoment}) to now — per active case:
 * - nieuweSignalen: SIGNAAL events with tijdstip in [van, tot);
 * - wijzigingen: every other event in [van, tot);
 *   (both sorted by tijdstip, then soort and omschrijving so the order is deterministic);
 * - actiesTeLaat: open actions with deadline < tot; dagenTeLaat = whole 24-hour days between the
 *   deadline and tot, rounded down (0 for less than a day);
 * - termijnenBinnenkort: deadlines with vervaltOp in [tot, tot + 24 h) (24 elapsed hours).
 * Events, actions and deadlines of cases not in `casussen` are ignored. Cases with nothing to report
 * are only counted (`ongewijzigd`).
 */
export function stelDagoverzichtSamen(i: DagoverzichtInvoer): Dagoverzicht {
  const { van, tot } = controleerPeriode(i.van, i.tot);
  controleerUniekeCasussen(i.casussen);
  i.gebeurtenissen.forEach((g, n) => controleerMoment(g.tijdstip, `gebeurtenissen[${n}].tijdstip`));
  i.openActies.forEach((a, n) => controleerMoment(a.deadline, `openActies[${n}].deadline`));
  i.termijnen.forEach((t, n) => controleerMoment(t.vervaltOp, `termijnen[${n}].vervaltOp`));

  const t0 = van.getTime();
  const t1 = tot.getTime();
  const inPeriode = i.gebeurtenissen
    .filter((g) => g.tijdstip.getTime() >= t0 && g.tijdstip.getTime() < t1)
    .sort(
      (a, b) =>
        a.tijdstip.getTime() - b.tijdstip.getTime() ||
        vergelijkTekst(a.soort, b.soort) ||
        vergelijkTekst(a.omschrijving, b.omschrijving),
    );

  const overzicht = i.casussen.map((c): DagoverzichtCasus => {
    const gebeurtenissen = inPeriode.filter((g) => g.casusId === c.casusId);
    return {
      casusId: c.casusId,
      omschrijving: c.omschrijving,
      status: c.status,
      procesregisseur: c.procesregisseur,
      nieuweSignalen: gebeurtenissen.filter((g) => g.soort === 'SIGNAAL'),
      wijzigingen: gebeurtenissen.filter((g) => g.soort !== 'SIGNAAL'),
      actiesTeLaat: i.openActies
        .filter((a) => a.casusId === c.casusId && a.deadline.getTime() < t1)
        .sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || vergelijkTekst(a.id, b.id))
        .map((a) => ({
          id: a.id,
          omschrijving: a.omschrijving,
          deadline: a.deadline,
          dagenTeLaat: Math.floor((t1 - a.deadline.getTime()) / DAG_MS),
        })),
      termijnenBinnenkort: i.termijnen
        .filter(
          (t) =>
            t.casusId === c.casusId &&
            t.vervaltOp.getTime() >= t1 &&
            t.vervaltOp.getTime() < t1 + BINNENKORT_MS,
        )
        .sort((a, b) => a.vervaltOp.getTime() - b.vervaltOp.getTime() || vergelijkTekst(a.id, b.id))
        .map((t) => ({ id: t.id, soortLabel: t.soortLabel, vervaltOp: t.vervaltOp })),
    };
  });

  const metNieuws = overzicht
    .filter(
      (c) =>
        c.nieuweSignalen.length +
          c.wijzigingen.length +
          c.actiesTeLaat.length +
          c.termijnenBinnenkort.length >
        0,
    )
    .sort(
      (a, b) =>
        b.nieuweSignalen.length - a.nieuweSignalen.length ||
        b.actiesTeLaat.length - a.actiesTeLaat.length ||
        vergelijkTekst(a.casusId, b.casusId),
    );
  const som = (veld: (c: DagoverzichtCasus) => unknown[]) =>
    metNieuws.reduce((s, c) => s + veld(c).length, 0);

  return {
    van,
    tot,
    casussen: metNieuws,
    ongewijzigd: overzicht.length - metNieuws.length,
    totalen: {
      nieuweSignalen: som((c) => c.nieuweSignalen),
      wijzigingen: som((c) => c.wijzigingen),
      actiesTeLaat: som((c) => c.actiesTeLaat),
      termijnenBinnenkort: som((c) => c.termijnenBinnenkort),
    },
  };
}

/** The daily overview is made at 07:00 Amsterdam time. */
const DAGOVERZICHT_UUR = 7;

/**
 * The most recent 07:00 on the Amsterdam wall clock at or before `nu`, as a UTC instant: the start of
 * the period of the next daily overview. 07:00 is 06:00 UTC in winter and 05:00 UTC in summer; the
 * daylight-saving switch (02:00–03:00) never touches 07:00 itself.
 */
export function vorigDagoverzichtMoment(nu: Date): Date {
  const moment = controleerMoment(nu, 'nu');
  const { year, month, day } = lokaleTijd(moment);
  const vandaag = lokaalNaarMoment({ year, month, day, hour: DAGOVERZICHT_UUR });
  if (vandaag.getTime() <= moment.getTime()) return vandaag;
  const gisteren = new Date(Date.UTC(year, month - 1, day - 1));
  return lokaalNaarMoment({
    year: gisteren.getUTCFullYear(),
    month: gisteren.getUTCMonth() + 1,
    day: gisteren.getUTCDate(),
    hour: DAGOVERZICHT_UUR,
  });
}
