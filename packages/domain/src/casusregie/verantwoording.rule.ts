import type { Spoor } from './geschiktheid.rule';
import { controleerMoment, controleerPeriode, DAG_MS, rondAf1, vergelijkTekst } from './invoer-controle';

/** Outcome of a case (DOMAIN.md §3 "Uitkomst"). */
export const UITKOMST_SOORTEN = [
  'BESCHIKKING',
  'BEROEP_INGESTELD',
  'BEROEP_ONGEGROND',
  'BEROEP_GEGROND',
  'BEROEP_INGETROKKEN',
  'OVERDRACHT',
  'VERTREK_ZELFSTANDIG',
  'VERTREK_GEDWONGEN',
  'MOB',
  'OPNIEUW_AANGEMELD',
] as const;
export type UitkomstSoort = (typeof UITKOMST_SOORTEN)[number];

/** The facts of one case that the figures are computed from. */
export interface CasusFeit {
  id: string;
  spoor: Spoor | null;
  /** ISO 3166-1 alpha-3 or free text as given; null when unknown. */
  land: string | null;
  locatieCode: string | null;
  aangemeldOp: Date;
  /** HEROPEND (a reopened case) counts like any other running kernteam case. */
  status:
    'AANGEMELD' | 'IN_BEOORDELING' | 'IN_REGIE' | 'AFGEROND' | 'NIET_GESCHIKT' | 'DOORVERWEZEN' | 'HEROPEND';
  afgerondOp: Date | null;
  uitkomsten: { soort: UitkomstSoort; datum: Date }[];
}

export interface VerantwoordingVraag {
  van: Date;
  /** Exclusive end of the period; also the reference date ("peildatum") of every figure. */
  tot: Date;
  /** Only cases at this location; undefined or null: all locations. */
  locatieCode?: string | null;
  /** National lead-time norm per spoor, aanmelding → beschikking, in days. */
  normDagen: Partial<Record<Spoor, number>>;
}

export interface Doorlooptijd {
  /** null: all cases together (including those without a known spoor). */
  spoor: Spoor | null;
  /** Cases with a beschikking. */
  aantal: number;
  mediaanDagen: number | null;
  gemiddeldeDagen: number | null;
  normDagen: number | null;
  factorSnellerDanNorm: number | null;
}

export interface WeekCijfers {
  /** ISO 8601 week, e.g. '2026-W47' (Europe/Amsterdam calendar). */
  week: string;
  aangemeld: number;
  afgerond: number;
}

export interface Verantwoording {
  van: Date;
  tot: Date;
  locatieCode: string | null;
  behandeld: number;
  perSpoor: { spoor1: number; spoor2: number; spoor4: number; onbekend: number };
  perLand: { land: string; aantal: number }[];
  definitiefAfgehandeld: { aantal: number; percentage: number };
  overdrachten: number;
  vertrek: { zelfstandig: number; gedwongen: number; mob: number };
  opnieuwAangemeld: number;
  beroepen: { ingesteld: number; open: number; ongegrond: number; gegrond: number; ingetrokken: number };
  /** Spoor 1, 2 and 4, then all cases together (spoor null). */
  doorlooptijd: Doorlooptijd[];
  perWeek: WeekCijfers[];
}

const GEEN_KERNTEAMCASUS: readonly CasusFeit['status'][] = ['NIET_GESCHIKT', 'DOORVERWEZEN'];
const SPOREN: readonly Spoor[] = [1, 2, 4];
export const LAND_ONBEKEND = 'onbekend';

// One bit per outcome kind that is counted as "the case has at least one".
const OVERDRACHT = 1;
const VERTREK_ZELFSTANDIG = 2;
const VERTREK_GEDWONGEN = 4;
const MOB = 8;
const OPNIEUW_AANGEMELD = 16;

/**
 * The figures for DGM/DRM: the evaluation's table (seed evaluation §3.1: behandeld, definitief
 * afgehandeld, overdrachten, beroepen), lead times against the national norm and countries of origin.
 *
 * Definitions:
 * - **Behandeld** in the period [van, tot): aangemeldOp < tot, and not closed before the period
 *   (afgerondOp === null or afgerondOp ≥ van), and the case was a kernteam case (status not
 *   NIET_GESCHIKT or DOORVERWEZEN). With `locatieCode`, only cases at that location. Every other
 *   figure is about these cases.
 * - **Peildatum** `tot`: figures describe the state at the end of the period, so a report over a past
 *   period does not change when it is produced again later. Outcomes dated on or after `tot` are
 *   ignored, and a case counts as definitively handled when its status is AFGEROND and it was closed
 *   before `tot` (or the closing moment is unknown).
 * - **Definitief afgehandeld**: percentage of behandeld, rounded to 1 decimal (0 when nothing was
 *   behandeld).
 * - **Overdrachten, vertrek, opnieuw aangemeld**: the number of cases with at least one such outcome.
 * - **Beroepen**: ingesteld = cases with a BEROEP_INGESTELD outcome. Each of them is counted once, by
 *   its last appeal outcome by date (ingesteld, ongegrond, gegrond or ingetrokken; on the same date a
 *   ruling comes after the filing): still "ingesteld" → open, else ongegrond / gegrond / ingetrokken.
 *   So open + ongegrond + gegrond + ingetrokken = ingesteld. A ruling without a recorded filing is
 *   not counted.
 * - **Doorlooptijd** (TTSD, DOMAIN.md §4): days from aanmelding to the first BESCHIKKING =
 *   the date of the BESCHIKKING − the date of aanmelding, in whole calendar days (UTC; a decision
 *   on the day of aanmelding is day 0). Median (mean of the middle two for an even
 *   count) and mean, each rounded to 1 decimal; null without cases. `factorSnellerDanNorm` = norm /
 *   unrounded median, rounded to 1 decimal; null without a norm, without cases or when the median is 0.
 *   The overall row (spoor null) includes cases without a known spoor and has no norm.
 * - **Per week**: every ISO 8601 week (Europe/Amsterdam calendar) that overlaps [van, tot), with the behandeld cases
 *   aangemeld and the AFGEROND cases closed in that week, counting only moments inside [van, tot).
 */
export function berekenVerantwoording(
  feiten: readonly CasusFeit[],
  vraag: VerantwoordingVraag,
): Verantwoording {
  const { van, tot } = controleerPeriode(vraag.van, vraag.tot);
  const locatieCode = vraag.locatieCode ?? null;
  for (const spoor of SPOREN) {
    const norm = vraag.normDagen[spoor];
    if (norm !== undefined && !(typeof norm === 'number' && Number.isFinite(norm) && norm > 0)) {
      throw new Error(`normDagen.${spoor}: moet een positief getal zijn (gekregen: ${String(norm)})`);
    }
  }

  // One pass over the cases, checking each case's moments and going through the outcomes of each
  // behandeld case once. The spec compares the figures with a straightforward reference implementation.
  const t0 = van.getTime();
  const t1 = tot.getTime();
  const weken = new WeekTelling(van, tot);
  const landen = new Map<string, number>();
  const perSpoor = { spoor1: 0, spoor2: 0, spoor4: 0, onbekend: 0 };
  const vertrek = { zelfstandig: 0, gedwongen: 0, mob: 0 };
  const beroepen = { ingesteld: 0, open: 0, ongegrond: 0, gegrond: 0, ingetrokken: 0 };
  // Lead times in days of the cases with a beschikking: spoor 1, 2, 4 and the rest (spoor unknown).
  const dagen1: number[] = [];
  const dagen2: number[] = [];
  const dagen4: number[] = [];
  const dagenOverig: number[] = [];
  let behandeld = 0;
  let aantalAfgerond = 0;
  let overdrachten = 0;
  let opnieuwAangemeld = 0;

  try {
    for (let i = 0; i < feiten.length; i++) {
      const f = feiten[i];
      if (f === undefined && !(i in feiten)) continue; // a hole in a sparse array is skipped, like forEach does
      controleerFeit(f, i);
      const aangemeld = f.aangemeldOp.getTime();
      const afgerond = f.afgerondOp === null ? null : f.afgerondOp.getTime();
      if (
        !(aangemeld < t1) ||
        (afgerond !== null && afgerond < t0) ||
        GEEN_KERNTEAMCASUS.includes(f.status) ||
        (locatieCode !== null && f.locatieCode !== locatieCode)
      ) {
        continue;
      }
      behandeld++;
      const land = f.land ?? LAND_ONBEKEND;
      landen.set(land, (landen.get(land) ?? 0) + 1);
      let lijst: number[];
      switch (f.spoor) {
        case 1:
          perSpoor.spoor1++;
          lijst = dagen1;
          break;
        case 2:
          perSpoor.spoor2++;
          lijst = dagen2;
          break;
        case 4:
          perSpoor.spoor4++;
          lijst = dagen4;
          break;
        case null:
          perSpoor.onbekend++;
          lijst = dagenOverig;
          break;
        default:
          lijst = dagenOverig; // not a valid spoor: only in the overall lead time, as before
      }
      const isAfgerond = f.status === 'AFGEROND' && (afgerond === null || afgerond < t1);
      if (isAfgerond) aantalAfgerond++;
      if (aangemeld >= t0) weken.rij(f.aangemeldOp, aangemeld).aangemeld++;
      if (isAfgerond && afgerond !== null && afgerond >= t0) weken.rij(f.afgerondOp!, afgerond).afgerond++;

      // The outcomes before the reference date, once.
      let soorten = 0;
      let eersteBeschikking = Infinity;
      let beroepIngesteld = false;
      let laatsteBeroep: UitkomstSoort | null = null;
      let laatsteBeroepOp = 0;
      for (const u of f.uitkomsten) {
        if (u === undefined) continue; // a hole (controleerFeit has rejected any other undefined)
        const op = u.datum.getTime();
        if (!(op < t1)) continue;
        switch (u.soort) {
          case 'BESCHIKKING':
            if (op < eersteBeschikking) eersteBeschikking = op;
            break;
          case 'OVERDRACHT':
            soorten |= OVERDRACHT;
            break;
          case 'VERTREK_ZELFSTANDIG':
            soorten |= VERTREK_ZELFSTANDIG;
            break;
          case 'VERTREK_GEDWONGEN':
            soorten |= VERTREK_GEDWONGEN;
            break;
          case 'MOB':
            soorten |= MOB;
            break;
          case 'OPNIEUW_AANGEMELD':
            soorten |= OPNIEUW_AANGEMELD;
            break;
          case 'BEROEP_INGESTELD':
          case 'BEROEP_ONGEGROND':
          case 'BEROEP_GEGROND':
          case 'BEROEP_INGETROKKEN':
            if (u.soort === 'BEROEP_INGESTELD') beroepIngesteld = true;
            // Last by date; on the same date a ruling comes after the filing.
            if (
              laatsteBeroep === null ||
              op > laatsteBeroepOp ||
              (op === laatsteBeroepOp && u.soort !== 'BEROEP_INGESTELD')
            ) {
              laatsteBeroep = u.soort;
              laatsteBeroepOp = op;
            }
            break;
        }
      }
      if (soorten & OVERDRACHT) overdrachten++;
      if (soorten & VERTREK_ZELFSTANDIG) vertrek.zelfstandig++;
      if (soorten & VERTREK_GEDWONGEN) vertrek.gedwongen++;
      if (soorten & MOB) vertrek.mob++;
      if (soorten & OPNIEUW_AANGEMELD) opnieuwAangemeld++;
      if (beroepIngesteld) {
        beroepen.ingesteld++;
        if (laatsteBeroep === 'BEROEP_ONGEGROND') beroepen.ongegrond++;
        else if (laatsteBeroep === 'BEROEP_GEGROND') beroepen.gegrond++;
        else if (laatsteBeroep === 'BEROEP_INGETROKKEN') beroepen.ingetrokken++;
        else beroepen.open++;
      }
      // Calendar days (UTC): a decision dated the day of aanmelding is day 0, never negative.
      if (eersteBeschikking !== Infinity) {
        lijst.push(Math.floor(eersteBeschikking / DAG_MS) - Math.floor(aangemeld / DAG_MS));
      }
    }
  } catch (fout) {
    // Bad input is reported before anything else, as if it were checked in a pass of its own: the first
    // bad moment in input order. (Valid input does not fail while counting; the one known exception is
    // a period in the years 0–99, where isoWeek's Date.UTC maps the year to 19xx and a week is missing.)
    feiten.forEach(controleerFeit);
    throw fout;
  }

  const gesorteerd1 = gesorteerd(dagen1);
  const gesorteerd2 = gesorteerd(dagen2);
  const gesorteerd4 = gesorteerd(dagen4);
  return {
    van,
    tot,
    locatieCode,
    behandeld,
    perSpoor,
    perLand: perLand(landen),
    definitiefAfgehandeld: {
      aantal: aantalAfgerond,
      percentage: behandeld === 0 ? 0 : rondAf1((aantalAfgerond / behandeld) * 100),
    },
    overdrachten,
    vertrek,
    opnieuwAangemeld,
    beroepen,
    doorlooptijd: [
      doorlooptijd(1, gesorteerd1, vraag.normDagen),
      doorlooptijd(2, gesorteerd2, vraag.normDagen),
      doorlooptijd(4, gesorteerd4, vraag.normDagen),
      doorlooptijd(null, samengevoegd([gesorteerd1, gesorteerd2, gesorteerd4, gesorteerd(dagenOverig)]), {}),
    ],
    perWeek: weken.weken,
  };
}

/** Every moment of a case valid; the error names the bad one, e.g. `feiten[3].uitkomsten[0].datum`. */
function controleerFeit(f: CasusFeit, index: number): void {
  // The field's name is only built for a bad moment.
  if (!geldig(f.aangemeldOp)) controleerMoment(f.aangemeldOp, `feiten[${index}].aangemeldOp`);
  if (f.afgerondOp !== null && !geldig(f.afgerondOp)) {
    controleerMoment(f.afgerondOp, `feiten[${index}].afgerondOp`);
  }
  const uitkomsten = f.uitkomsten;
  for (let j = 0; j < uitkomsten.length; j++) {
    const u = uitkomsten[j];
    if (u === undefined && !(j in uitkomsten)) continue; // a hole is skipped, like forEach does
    if (!geldig(u.datum)) controleerMoment(u.datum, `feiten[${index}].uitkomsten[${j}].datum`);
  }
}

function geldig(moment: unknown): boolean {
  return moment instanceof Date && !Number.isNaN(moment.getTime());
}

function perLand(aantallen: ReadonlyMap<string, number>): { land: string; aantal: number }[] {
  return [...aantallen]
    .map(([land, aantal]) => ({ land, aantal }))
    .sort((a, b) => b.aantal - a.aantal || vergelijkTekst(a.land, b.land));
}

function gesorteerd(getallen: readonly number[]): Float64Array {
  return Float64Array.from(getallen).sort(); // numeric, ascending
}

/** Sorted lists merged into one sorted list. */
function samengevoegd(lijsten: readonly Float64Array[]): Float64Array {
  let uit = new Float64Array(0);
  for (const lijst of lijsten) {
    const samen = new Float64Array(uit.length + lijst.length);
    let a = 0;
    let b = 0;
    let k = 0;
    while (a < uit.length && b < lijst.length) samen[k++] = uit[a] <= lijst[b] ? uit[a++] : lijst[b++];
    while (a < uit.length) samen[k++] = uit[a++];
    while (b < lijst.length) samen[k++] = lijst[b++];
    uit = samen;
  }
  return uit;
}

function mediaan(gesorteerd: ArrayLike<number>): number {
  const midden = Math.floor(gesorteerd.length / 2);
  return gesorteerd.length % 2 === 1 ? gesorteerd[midden] : (gesorteerd[midden - 1] + gesorteerd[midden]) / 2;
}

/** One row of the lead times, from the days of its cases sorted ascending. */
function doorlooptijd(
  spoor: Spoor | null,
  dagen: Float64Array,
  normen: Partial<Record<Spoor, number>>,
): Doorlooptijd {
  const normDagen = spoor === null ? null : (normen[spoor] ?? null);
  if (dagen.length === 0) {
    return {
      spoor,
      aantal: 0,
      mediaanDagen: null,
      gemiddeldeDagen: null,
      normDagen,
      factorSnellerDanNorm: null,
    };
  }
  const m = mediaan(dagen);
  // Summed in ascending order, so the mean is the same to the last bit however the cases were ordered.
  let som = 0;
  for (const d of dagen) som += d;
  return {
    spoor,
    aantal: dagen.length,
    mediaanDagen: rondAf1(m),
    gemiddeldeDagen: rondAf1(som / dagen.length),
    normDagen,
    factorSnellerDanNorm: normDagen === null || m <= 0 ? null : rondAf1(normDagen / m),
  };
}

/**
 * ISO 8601 week of a UTC date, as 'YYYY-Www'. Weeks start on Monday; week 1 is the week with the
 * year's first Thursday, so the week-year can differ from the calendar year around New Year.
 */
export function isoWeek(moment: Date): string {
  const lokaal = moment.getTime() + amsterdamOffsetMs(moment.getTime());
  const dag = Math.floor(lokaal / DAG_MS) * DAG_MS;
  const weekdag = (new Date(dag).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const donderdag = new Date(dag + (3 - weekdag) * DAG_MS);
  const weekjaar = donderdag.getUTCFullYear();
  const nummer = Math.floor((donderdag.getTime() - Date.UTC(weekjaar, 0, 1)) / DAG_MS / 7) + 1;
  return `${weekjaar}-W${String(nummer).padStart(2, '0')}`;
}

/**
 * Europe/Amsterdam's offset from UTC at instant `t` (ms): CEST (+2 h) from the last Sunday of March
 * 01:00 UTC to the last Sunday of October 01:00 UTC, else CET (+1 h) — the EU rule Amsterdam has
 * followed since 1996 (earlier years are not case data).
 * Plain arithmetic: the figures classify up to hundreds of thousands of moments.
 */
export function amsterdamOffsetMs(t: number): number {
  const jaar = new Date(t).getUTCFullYear();
  const laatsteZondag = (maand: number) => {
    const einde = Date.UTC(jaar, maand + 1, 0);
    return einde - new Date(einde).getUTCDay() * DAG_MS;
  };
  const zomer = laatsteZondag(2) + 3_600_000;
  const winter = laatsteZondag(9) + 3_600_000;
  return t >= zomer && t < winter ? 7_200_000 : 3_600_000;
}

/** The number of the Amsterdam calendar day of instant `t`. */
function lokaleDag(t: number): number {
  return Math.floor((t + amsterdamOffsetMs(t)) / DAG_MS);
}

/** The Monday (as a local-day number × DAG_MS, Amsterdam calendar) of the ISO week of `moment`. */
function maandagVan(moment: Date): number {
  const dag = Math.floor((moment.getTime() + amsterdamOffsetMs(moment.getTime())) / DAG_MS) * DAG_MS;
  return dag - ((new Date(dag).getUTCDay() + 6) % 7) * DAG_MS;
}

/**
 * The rows of `perWeek`: every ISO week (Europe/Amsterdam calendar) overlapping [van, tot), and for
 * a moment inside [van, tot) the row of its week. The week depends only on the Amsterdam day, so it
 * is worked out once per day of the period and cached.
 */
class WeekTelling {
  readonly weken: WeekCijfers[] = [];
  private readonly index = new Map<string, number>();
  private readonly eersteDag: number;
  /** Per Amsterdam day of the period: 1 + the index of its week in `weken`; 0 when not looked up yet. */
  private readonly perDag: Int32Array;

  constructor(van: Date, tot: Date) {
    const t1 = tot.getTime();
    // `maandag` is the Amsterdam date as UTC midnight; the week starts at that wall-clock midnight.
    for (let maandag = maandagVan(van); maandag - amsterdamOffsetMs(maandag) < t1; maandag += 7 * DAG_MS) {
      const week = isoWeek(new Date(maandag));
      this.index.set(week, this.weken.length);
      this.weken.push({ week, aangemeld: 0, afgerond: 0 });
    }
    this.eersteDag = lokaleDag(van.getTime());
    this.perDag = new Int32Array(lokaleDag(t1 - 1) - this.eersteDag + 1);
  }

  /**
   * The row of `moment` (`t` = its time), which lies in [van, tot). Only in the years 0–99 can its
   * week be missing (see isoWeek's Date.UTC); then this is undefined and counting fails, as before.
   */
  rij(moment: Date, t: number): WeekCijfers {
    const dag = lokaleDag(t) - this.eersteDag;
    let rij = this.perDag[dag];
    if (rij === 0) {
      rij = (this.index.get(isoWeek(moment)) ?? -1) + 1;
      this.perDag[dag] = rij;
    }
    return this.weken[rij - 1];
  }
}
