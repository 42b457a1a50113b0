import { formatteerMoment, lokaalNaarMoment, lokaleTijd, verschuifKalender } from '../tijd/amsterdam-tijd';
import { controleerMoment, controleerUniekeCasussen, DAG_MS, vergelijkTekst } from './invoer-controle';

/** Kinds of meeting (DOMAIN.md §3 "Overleg"). */
export const OVERLEG_SOORTEN = ['KERNTEAM', 'LKO', 'TOPX', 'REGIETAFEL'] as const;
export type OverlegSoort = (typeof OVERLEG_SOORTEN)[number];

export interface AgendaInvoer {
  overlegOp: Date;
  /** Start of the previous meeting of this kind; null for the first one. */
  vorigOverlegOp: Date | null;
  casussen: {
    casusId: string;
    aangemeldOp: Date;
    status: string;
    laatsteWijzigingOp: Date | null;
    omschrijving: string;
  }[];
  openActies: { id: string; casusId: string; omschrijving: string; deadline: Date }[];
  termijnen: { id: string; casusId: string; soortLabel: string; vervaltOp: Date }[];
}

/** Why a case is on the agenda, in order of urgency. */
export type AgendaReden = 'ACTIE_TE_LAAT' | 'TERMIJN_DEZE_WEEK' | 'NIEUW' | 'GEWIJZIGD';
export const AGENDA_REDENEN: readonly AgendaReden[] = [
  'ACTIE_TE_LAAT',
  'TERMIJN_DEZE_WEEK',
  'NIEUW',
  'GEWIJZIGD',
];

export interface AgendaVoorstel {
  casusId: string;
  /** The case's own description, so an agenda item can be shown and minuted on its own. */
  omschrijving: string;
  /** In the order of AGENDA_REDENEN. */
  redenen: AgendaReden[];
  /** Dutch, one line per reason (same order as `redenen`). */
  toelichting: string[];
  /** 1-based position on the agenda. */
  volgorde: number;
}

/** Statuses of cases that are no longer (or never were) worked on by the kernteam. */
const NIET_OP_AGENDA: readonly string[] = ['AFGEROND', 'NIET_GESCHIKT', 'DOORVERWEZEN'];

/**
 * The proposed agenda of a meeting (DOMAIN.md §4: "the weekly agenda"; seed evaluation ch. 3: the
 * Monday update often failed for lack of a secretary). Agenda items are cases; a person confirms.
 *
 * Only running cases (status not AFGEROND, NIET_GESCHIKT or DOORVERWEZEN). A case is proposed, once,
 * with every reason that applies:
 * - ACTIE_TE_LAAT: an open action with deadline < overlegOp. Days late = whole 24-hour days between
 *   deadline and overlegOp (rounded down).
 * - TERMIJN_DEZE_WEEK: a deadline with vervaltOp in [overlegOp, overlegOp + 7 days), the 7 days
 *   counted on the Amsterdam calendar (to the same clock time a week later, up to the next weekly
 *   meeting, also in a daylight-saving week of 167 or 169 hours).
 * - NIEUW: aangemeldOp after vorigOverlegOp (any time when there was none) and ≤ overlegOp.
 * - GEWIJZIGD: laatsteWijzigingOp after vorigOverlegOp and ≤ overlegOp, and not NIEUW.
 *
 * Order: cases with ACTIE_TE_LAAT first, then TERMIJN_DEZE_WEEK (soonest deadline first), then NIEUW
 * (oldest aanmelding first), then GEWIJZIGD — a case sits in the group of its most urgent reason —
 * ties by casusId. Actions and deadlines of cases not in `casussen` are ignored.
 */
export function stelAgendaSamen(i: AgendaInvoer): AgendaVoorstel[] {
  const overlegOp = controleerMoment(i.overlegOp, 'overlegOp');
  const vorig = i.vorigOverlegOp === null ? null : controleerMoment(i.vorigOverlegOp, 'vorigOverlegOp');
  if (vorig !== null && vorig.getTime() >= overlegOp.getTime()) {
    throw new Error('vorigOverlegOp: moet vóór overlegOp liggen');
  }
  controleerUniekeCasussen(i.casussen);
  i.casussen.forEach((c, n) => {
    controleerMoment(c.aangemeldOp, `casussen[${n}].aangemeldOp`);
    if (c.laatsteWijzigingOp !== null)
      controleerMoment(c.laatsteWijzigingOp, `casussen[${n}].laatsteWijzigingOp`);
  });
  i.openActies.forEach((a, n) => controleerMoment(a.deadline, `openActies[${n}].deadline`));
  i.termijnen.forEach((t, n) => controleerMoment(t.vervaltOp, `termijnen[${n}].vervaltOp`));

  const nu = overlegOp.getTime();
  const vorigMs = vorig?.getTime() ?? Number.NEGATIVE_INFINITY;
  const weekEinde = verschuifKalender(overlegOp, { days: 7 }).getTime();

  const voorstellen = i.casussen
    .filter((c) => !NIET_OP_AGENDA.includes(c.status))
    .map((c) => {
      const teLaat = i.openActies
        .filter((a) => a.casusId === c.casusId && a.deadline.getTime() < nu)
        .sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || vergelijkTekst(a.id, b.id));
      const dezeWeek = i.termijnen
        .filter(
          (t) => t.casusId === c.casusId && t.vervaltOp.getTime() >= nu && t.vervaltOp.getTime() < weekEinde,
        )
        .sort((a, b) => a.vervaltOp.getTime() - b.vervaltOp.getTime() || vergelijkTekst(a.id, b.id));
      const nieuw = c.aangemeldOp.getTime() > vorigMs && c.aangemeldOp.getTime() <= nu;
      const gewijzigd =
        !nieuw &&
        c.laatsteWijzigingOp !== null &&
        c.laatsteWijzigingOp.getTime() > vorigMs &&
        c.laatsteWijzigingOp.getTime() <= nu;

      const redenen: AgendaReden[] = [];
      const toelichting: string[] = [];
      if (teLaat.length > 0) {
        redenen.push('ACTIE_TE_LAAT');
        toelichting.push(
          teLaat.map((a) => `actie '${a.omschrijving}' ${teLaatTekst(nu - a.deadline.getTime())}`).join('; '),
        );
      }
      if (dezeWeek.length > 0) {
        redenen.push('TERMIJN_DEZE_WEEK');
        toelichting.push(
          dezeWeek
            .map((t) => `termijn '${t.soortLabel}' verloopt ${formatteerMoment(t.vervaltOp)}`)
            .join('; '),
        );
      }
      if (nieuw) {
        redenen.push('NIEUW');
        toelichting.push(`nieuw: aangemeld op ${formatteerMoment(c.aangemeldOp)}`);
      }
      if (gewijzigd && c.laatsteWijzigingOp !== null) {
        redenen.push('GEWIJZIGD');
        toelichting.push(
          `gewijzigd sinds het vorige overleg (laatst op ${formatteerMoment(c.laatsteWijzigingOp)})`,
        );
      }
      return {
        casus: c,
        redenen,
        toelichting,
        groep: redenen.length > 0 ? AGENDA_REDENEN.indexOf(redenen[0]) : AGENDA_REDENEN.length,
        eersteTermijn: dezeWeek[0]?.vervaltOp.getTime() ?? 0,
      };
    })
    .filter((v) => v.redenen.length > 0);

  voorstellen.sort((a, b) => {
    if (a.groep !== b.groep) return a.groep - b.groep;
    const binnenGroep =
      a.groep === AGENDA_REDENEN.indexOf('TERMIJN_DEZE_WEEK')
        ? a.eersteTermijn - b.eersteTermijn
        : a.groep === AGENDA_REDENEN.indexOf('NIEUW')
          ? a.casus.aangemeldOp.getTime() - b.casus.aangemeldOp.getTime()
          : 0;
    return binnenGroep || vergelijkTekst(a.casus.casusId, b.casus.casusId);
  });

  return voorstellen.map((v, index) => ({
    casusId: v.casus.casusId,
    omschrijving: v.casus.omschrijving,
    redenen: v.redenen,
    toelichting: v.toelichting,
    volgorde: index + 1,
  }));
}

function teLaatTekst(ms: number): string {
  const dagen = Math.floor(ms / DAG_MS);
  if (dagen === 0) return 'minder dan een dag te laat';
  return dagen === 1 ? '1 dag te laat' : `${dagen} dagen te laat`;
}

/** The kernteam meets weekly on Monday (DOMAIN.md §3) at 09:00 Amsterdam time. */
const KERNTEAM_MAANDAG_UUR = 9;

/**
 * The next regular meeting of this kind strictly after `na`, as a UTC instant.
 * - KERNTEAM: the next Monday 09:00 on the Amsterdam wall clock (09:00 CET = 08:00 UTC in winter,
 *   09:00 CEST = 07:00 UTC in summer; the daylight-saving switch is handled by the Amsterdam time
 *   helpers of `tijd/`).
 * - LKO, TOPX, REGIETAFEL: null — they are scheduled by hand.
 */
export function volgendeVergadering(soort: OverlegSoort, na: Date): Date | null {
  const moment = controleerMoment(na, 'na');
  switch (soort) {
    case 'KERNTEAM':
      return volgendeMaandagNegenUur(moment);
    case 'LKO':
    case 'TOPX':
    case 'REGIETAFEL':
      return null;
    default:
      throw new Error(`soort: onbekende overlegsoort '${String(soort)}'`);
  }
}

function volgendeMaandagNegenUur(na: Date): Date {
  const { year, month, day } = lokaleTijd(na);
  for (let dagen = 0; dagen <= 7; dagen++) {
    const datum = new Date(Date.UTC(year, month - 1, day + dagen));
    if (datum.getUTCDay() !== 1) continue;
    const kandidaat = lokaalNaarMoment({
      year: datum.getUTCFullYear(),
      month: datum.getUTCMonth() + 1,
      day: datum.getUTCDate(),
      hour: KERNTEAM_MAANDAG_UUR,
    });
    if (kandidaat.getTime() > na.getTime()) return kandidaat;
  }
  // Unreachable: of 8 consecutive dates starting today, one is a Monday after today.
  throw new Error('na: geen volgende maandag gevonden');
}
