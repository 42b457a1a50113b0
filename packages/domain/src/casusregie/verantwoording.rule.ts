import type { Spoor } from './geschiktheid.rule';
import { controleerMoment, controleerPeriode, DAG_MS, rondAf1, vergelijkTekst } from './invoer-controle';

/** Outcome of a case (DOMAIN.md §3 "Uitkomst"). */
export type UitkomstSoort =
  | 'BESCHIKKING'
  | 'BEROEP_INGESTELD'
  | 'BEROEP_ONGEGROND'
  | 'BEROEP_GEGROND'
  | 'BEROEP_INGETROKKEN'
  | 'OVERDRACHT'
  | 'VERTREK_ZELFSTANDIG'
  | 'VERTREK_GEDWONGEN'
  | 'MOB'
  | 'OPNIEUW_AANGEMELD';

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
  /** ISO 8601 week, e.g. '2026-W47' (UTC). */
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
const BEROEP_UITSPRAKEN = ['BEROEP_ONGEGROND', 'BEROEP_GEGROND', 'BEROEP_INGETROKKEN'] as const;
const SPOREN: readonly Spoor[] = [1, 2, 4];
export const LAND_ONBEKEND = 'onbekend';

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
 *   (datum − aangemeldOp) / 86 400 000, fractional. Median (mean of the middle two for an even
 *   count) and mean, each rounded to 1 decimal; null without cases. `factorSnellerDanNorm` = norm /
 *   unrounded median, rounded to 1 decimal; null without a norm, without cases or when the median is 0.
 *   The overall row (spoor null) includes cases without a known spoor and has no norm.
 * - **Per week**: every ISO 8601 week (UTC) that overlaps [van, tot), with the behandeld cases
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
  feiten.forEach(controleerFeit);

  const t0 = van.getTime();
  const t1 = tot.getTime();
  const behandeld = feiten.filter(
    (f) =>
      f.aangemeldOp.getTime() < t1 &&
      (f.afgerondOp === null || f.afgerondOp.getTime() >= t0) &&
      !GEEN_KERNTEAMCASUS.includes(f.status) &&
      (locatieCode === null || f.locatieCode === locatieCode),
  );
  const uitkomstenVan = (f: CasusFeit) => f.uitkomsten.filter((u) => u.datum.getTime() < t1);
  const heeft = (f: CasusFeit, soort: UitkomstSoort) => uitkomstenVan(f).some((u) => u.soort === soort);
  const tel = (predikaat: (f: CasusFeit) => boolean) => behandeld.filter(predikaat).length;
  const isAfgerond = (f: CasusFeit) =>
    f.status === 'AFGEROND' && (f.afgerondOp === null || f.afgerondOp.getTime() < t1);

  const aantalAfgerond = tel(isAfgerond);
  return {
    van,
    tot,
    locatieCode,
    behandeld: behandeld.length,
    perSpoor: {
      spoor1: tel((f) => f.spoor === 1),
      spoor2: tel((f) => f.spoor === 2),
      spoor4: tel((f) => f.spoor === 4),
      onbekend: tel((f) => f.spoor === null),
    },
    perLand: perLand(behandeld),
    definitiefAfgehandeld: {
      aantal: aantalAfgerond,
      percentage: behandeld.length === 0 ? 0 : rondAf1((aantalAfgerond / behandeld.length) * 100),
    },
    overdrachten: tel((f) => heeft(f, 'OVERDRACHT')),
    vertrek: {
      zelfstandig: tel((f) => heeft(f, 'VERTREK_ZELFSTANDIG')),
      gedwongen: tel((f) => heeft(f, 'VERTREK_GEDWONGEN')),
      mob: tel((f) => heeft(f, 'MOB')),
    },
    opnieuwAangemeld: tel((f) => heeft(f, 'OPNIEUW_AANGEMELD')),
    beroepen: beroepen(behandeld.map(uitkomstenVan)),
    doorlooptijd: doorlooptijden(behandeld, uitkomstenVan, vraag.normDagen),
    perWeek: perWeek(behandeld, isAfgerond, van, tot),
  };
}

function controleerFeit(f: CasusFeit, index: number): void {
  controleerMoment(f.aangemeldOp, `feiten[${index}].aangemeldOp`);
  if (f.afgerondOp !== null) controleerMoment(f.afgerondOp, `feiten[${index}].afgerondOp`);
  f.uitkomsten.forEach((u, j) => controleerMoment(u.datum, `feiten[${index}].uitkomsten[${j}].datum`));
}

function perLand(behandeld: readonly CasusFeit[]): { land: string; aantal: number }[] {
  const aantallen = new Map<string, number>();
  for (const f of behandeld) {
    const land = f.land ?? LAND_ONBEKEND;
    aantallen.set(land, (aantallen.get(land) ?? 0) + 1);
  }
  return [...aantallen]
    .map(([land, aantal]) => ({ land, aantal }))
    .sort((a, b) => b.aantal - a.aantal || vergelijkTekst(a.land, b.land));
}

function beroepen(uitkomstenPerCasus: readonly { soort: UitkomstSoort; datum: Date }[][]) {
  const telling = { ingesteld: 0, open: 0, ongegrond: 0, gegrond: 0, ingetrokken: 0 };
  for (const uitkomsten of uitkomstenPerCasus) {
    const beroep = uitkomsten.filter(
      (u) => u.soort === 'BEROEP_INGESTELD' || (BEROEP_UITSPRAKEN as readonly string[]).includes(u.soort),
    );
    if (!beroep.some((u) => u.soort === 'BEROEP_INGESTELD')) continue;
    telling.ingesteld++;
    // Last by date; on the same date a ruling comes after the filing.
    const laatste = beroep.reduce((a, b) => {
      const verschil = b.datum.getTime() - a.datum.getTime();
      if (verschil !== 0) return verschil > 0 ? b : a;
      return b.soort !== 'BEROEP_INGESTELD' ? b : a;
    });
    if (laatste.soort === 'BEROEP_ONGEGROND') telling.ongegrond++;
    else if (laatste.soort === 'BEROEP_GEGROND') telling.gegrond++;
    else if (laatste.soort === 'BEROEP_INGETROKKEN') telling.ingetrokken++;
    else telling.open++;
  }
  return telling;
}

function mediaan(gesorteerd: readonly number[]): number {
  const midden = Math.floor(gesorteerd.length / 2);
  return gesorteerd.length % 2 === 1 ? gesorteerd[midden] : (gesorteerd[midden - 1] + gesorteerd[midden]) / 2;
}

function doorlooptijden(
  behandeld: readonly CasusFeit[],
  uitkomstenVan: (f: CasusFeit) => { soort: UitkomstSoort; datum: Date }[],
  normen: Partial<Record<Spoor, number>>,
): Doorlooptijd[] {
  const metDagen = behandeld.flatMap((f) => {
    const beschikkingen = uitkomstenVan(f)
      .filter((u) => u.soort === 'BESCHIKKING')
      .map((u) => u.datum.getTime());
    if (beschikkingen.length === 0) return [];
    return [{ spoor: f.spoor, dagen: (Math.min(...beschikkingen) - f.aangemeldOp.getTime()) / DAG_MS }];
  });
  const rij = (spoor: Spoor | null): Doorlooptijd => {
    const dagen = metDagen
      .filter((d) => spoor === null || d.spoor === spoor)
      .map((d) => d.dagen)
      .sort((a, b) => a - b);
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
    return {
      spoor,
      aantal: dagen.length,
      mediaanDagen: rondAf1(m),
      gemiddeldeDagen: rondAf1(dagen.reduce((som, d) => som + d, 0) / dagen.length),
      normDagen,
      factorSnellerDanNorm: normDagen === null || m <= 0 ? null : rondAf1(normDagen / m),
    };
  };
  return [...SPOREN.map(rij), rij(null)];
}

/**
 * ISO 8601 week of a UTC date, as 'YYYY-Www'. Weeks start on Monday; week 1 is the week with the
 * year's first Thursday, so the week-year can differ from the calendar year around New Year.
 */
export function isoWeek(moment: Date): string {
  const dag = Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate());
  const weekdag = (new Date(dag).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const donderdag = new Date(dag + (3 - weekdag) * DAG_MS);
  const weekjaar = donderdag.getUTCFullYear();
  const nummer = Math.floor((donderdag.getTime() - Date.UTC(weekjaar, 0, 1)) / DAG_MS / 7) + 1;
  return `${weekjaar}-W${String(nummer).padStart(2, '0')}`;
}

/** 00:00 UTC on the Monday of the ISO week of `moment`. */
function maandagVan(moment: Date): number {
  const dag = Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate());
  return dag - ((new Date(dag).getUTCDay() + 6) % 7) * DAG_MS;
}

function perWeek(
  behandeld: readonly CasusFeit[],
  isAfgerond: (f: CasusFeit) => boolean,
  van: Date,
  tot: Date,
): WeekCijfers[] {
  const t0 = van.getTime();
  const t1 = tot.getTime();
  const weken: WeekCijfers[] = [];
  const index = new Map<string, WeekCijfers>();
  for (let maandag = maandagVan(van); maandag < t1; maandag += 7 * DAG_MS) {
    const rij = { week: isoWeek(new Date(maandag)), aangemeld: 0, afgerond: 0 };
    weken.push(rij);
    index.set(rij.week, rij);
  }
  const binnen = (moment: Date) => moment.getTime() >= t0 && moment.getTime() < t1;
  for (const f of behandeld) {
    if (binnen(f.aangemeldOp)) index.get(isoWeek(f.aangemeldOp))!.aangemeld++;
    if (f.afgerondOp !== null && isAfgerond(f) && binnen(f.afgerondOp))
      index.get(isoWeek(f.afgerondOp))!.afgerond++;
  }
  return weken;
}
