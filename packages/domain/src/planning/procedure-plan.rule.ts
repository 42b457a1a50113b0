import {
  beroepstermijn,
  pblBehandeltermijn,
  rustEnVoorbereidingstijd,
  vertrektermijn,
  type RegelId,
  type SoortBesluit,
} from '../tijd';
import { datumSleutel, naarMoment } from '../tijd/amsterdam-tijd';
import {
  beschrijf,
  controleerDatum,
  controleerGeheel,
  controleerJaNee,
  dagenTussen,
  datumTekst,
  plusKalenderdagen,
  plusWerkdagenDatum,
  vroegste,
} from './datum';
import { PlanningFout } from './planning-fout';

/**
 * The procedure plan of one asylum case and its TTSD: every step from aanmelding to departure or
 * Dublin transfer with a planned date, the actual date, the latest date where a rule sets one, and
 * a Dutch explanation of how the date came about.
 *
 * "TTSD" has no public definition we could find (DOMAIN.md §4): we read it as "time to substantive
 * decision", the planned and actual time from aanmelding to beschikking. The name lives ONLY in the
 * constant below; every text uses `TTSD.label`, so renaming it is a one-line change.
 */
export const TTSD = {
  code: 'TTSD',
  label: 'TTSD',
  naam: 'Time to substantive decision',
  omschrijving: 'Tijd van aanmelding tot beschikking: gepland en werkelijk',
} as const;

export const PROCEDURE_STAPPEN = [
  'AANMELDING',
  'IDENTIFICATIE_REGISTRATIE',
  'AANMELDGEHOOR',
  'RVT',
  'NADER_GEHOOR',
  'VOORNEMEN',
  'ZIENSWIJZE',
  'BESCHIKKING',
  'BEROEPSTERMIJN',
  'VERTREKGESPREK',
  'VERTREK_OF_OVERDRACHT',
] as const;
export type ProcedureStap = (typeof PROCEDURE_STAPPEN)[number];

export const STAP_LABEL: Record<ProcedureStap, string> = {
  AANMELDING: 'Aanmelding',
  IDENTIFICATIE_REGISTRATIE: 'Identificatie en registratie',
  AANMELDGEHOOR: 'Aanmeldgehoor',
  RVT: 'Rust- en voorbereidingstijd',
  NADER_GEHOOR: 'Nader gehoor',
  VOORNEMEN: 'Voornemen',
  ZIENSWIJZE: 'Zienswijze',
  BESCHIKKING: 'Beschikking',
  BEROEPSTERMIJN: 'Einde beroepstermijn',
  VERTREKGESPREK: 'Vertrekgesprek',
  VERTREK_OF_OVERDRACHT: 'Vertrek of overdracht',
};

/** Steps that need an IND hearing slot (see ind-capaciteit.rule.ts). */
export const GEHOOR_STAPPEN: readonly ProcedureStap[] = ['AANMELDGEHOOR', 'NADER_GEHOOR'];

/**
 * TTSD norm per spoor: calendar days from aanmelding to beschikking. EXAMPLE values for the pilot,
 * not taken from a source; configurable per case through `PlanInvoer.normDagen`.
 */
export const TTSD_NORM_DAGEN: Record<1 | 2 | 4, number> = { 1: 21, 2: 14, 4: 28 };

/**
 * Standard duration of a step in WORKING days after the step it follows (Monday–Friday minus the
 * Atw feestdagen, tijd/werkdagen). Planning assumptions, not rules: AANMELDGEHOOR through
 * BESCHIKKING after the RVT add up to about the 6 days of the algemene asielprocedure (R9).
 * VERTREKGESPREK counts from the BESCHIKKING, not from the end of the appeal term.
 */
export const STAP_WERKDAGEN = {
  IDENTIFICATIE_REGISTRATIE: 1,
  AANMELDGEHOOR: 2,
  NADER_GEHOOR: 1,
  VOORNEMEN: 2,
  ZIENSWIJZE: 1,
  BESCHIKKING: 1,
  VERTREKGESPREK: 2,
} as const satisfies Partial<Record<ProcedureStap, number>>;

/** Kind of decision assumed per spoor when `soortBesluit` is not given (for the appeal term, R10). */
export const STANDAARD_SOORT_BESLUIT: Record<1 | 2 | 4, SoortBesluit> = {
  1: 'NIET_ONTVANKELIJK',
  2: 'KENNELIJK_ONGEGROND',
  4: 'AA',
};

/** TTSD speling (calendar days) at or below which the plan is KRAP. */
export const KRAP_SPELING_DAGEN = 2;

export interface PlanInvoer {
  aanmelding: string;
  spoor: 1 | 2 | 4;
  rvtOnthouden: boolean;
  /** Default by spoor: 1 NIET_ONTVANKELIJK, 2 KENNELIJK_ONGEGROND, 4 AA. */
  soortBesluit?: SoortBesluit;
  /** Actual dates recorded. */
  werkelijk: Partial<Record<ProcedureStap, string>>;
  /** Dates fixed by scheduling (e.g. an IND slot, an appointment). */
  vastgepland: Partial<Record<ProcedureStap, string>>;
  /** R3: the beschikking is due within 28 days of this placement date. */
  pblPlaatsing: string | null;
  /** R12 deadline (date) from the Dublin claim, may be null (claim not yet accepted). */
  dublinOverdrachtUiterlijk: string | null;
  vandaag: string;
  /** Override of TTSD_NORM_DAGEN[spoor]. */
  normDagen?: number;
}

export interface PlanStap {
  stap: ProcedureStap;
  label: string;
  /** Not applicable in this case (e.g. RVT in spoor 1 or 2); then gepland/werkelijk/uiterlijk are null. */
  nvt: boolean;
  gepland: string | null;
  werkelijk: string | null;
  uiterlijk: string | null;
  regel: RegelId | null;
  uitleg: string;
  /** Not done and the planned date was pushed to vandaag, or lies beyond its uiterlijk. */
  vertraagd: boolean;
}

export interface TtsdStand {
  doelDatum: string;
  geplandeDatum: string;
  werkelijkeDatum: string | null;
  dagenGepland: number;
  dagenWerkelijk: number | null;
  /** doelDatum − (werkelijkeDatum ?? geplandeDatum), in calendar days. */
  speling: number;
  risico: 'AFGEROND' | 'TE_LAAT' | 'KRAP' | 'OP_SCHEMA';
  uitleg: string;
}

export interface ProcedurePlan {
  stappen: PlanStap[];
  ttsd: TtsdStand;
  /** The spoor the plan was made for (added: lets controleerStapDatum name it). */
  spoor?: 1 | 2 | 4;
}

/** What a step's own rule computes, before recorded and scheduled dates and `vandaag` are applied. */
interface Berekening {
  datum: string;
  uitleg: string;
  uiterlijk?: string | null;
  regel?: RegelId | null;
  /**
   * A term rather than a task (RVT, end of the appeal term): time makes it pass, so a date before
   * vandaag is not a delay and is not moved to vandaag.
   */
  termijn?: boolean;
  /** The date the step follows from (for the warning on a scheduled date before it). */
  basis?: { stap: ProcedureStap; datum: string };
}

type Data = Partial<Record<ProcedureStap, string>>;

/**
 * Plans the steps in order. Per step: the actual date when recorded; else the scheduled date when
 * given; else the date computed from the step before it (its actual date, else its planned date) plus
 * the standard duration (STAP_WERKDAGEN), or the step's own rule:
 * - RVT (R8): spoor 4 and not withheld: 6 calendar days after the aanmeldgehoor; otherwise n.v.t.;
 * - NADER_GEHOOR: n.v.t. in spoor 1 (a Dublin case has no nader gehoor);
 * - BESCHIKKING: uiterlijk = 28 days after the PBL placement (R3) when there is one;
 * - BEROEPSTERMIJN (R10, with the Atw, R23): the end of the appeal term counted from the beschikking;
 * - VERTREKGESPREK: 2 working days after the beschikking;
 * - VERTREK_OF_OVERDRACHT: spoor 1: the day after the appeal term, uiterlijk the Dublin transfer
 *   deadline (R12); spoor 2: 0 days vertrektermijn, so the day after the appeal term (R11); spoor 4:
 *   28 days vertrektermijn counted from the end of the appeal term (R11, with the Atw).
 * A task not done whose date lies before `vandaag` moves to `vandaag` (vertraagd) and the steps after
 * it follow from there. Dates set by a term (RVT, BEROEPSTERMIJN) are not moved: they pass by
 * themselves. A recorded date for a step that is n.v.t. is reported in the explanation and ignored.
 */
export function planProcedure(i: PlanInvoer): ProcedurePlan {
  const aanmelding = controleerDatum(i.aanmelding, 'aanmelding');
  const vandaag = controleerDatum(i.vandaag, 'vandaag');
  const spoor = controleerSpoor(i.spoor);
  const rvtOnthouden = controleerJaNee(i.rvtOnthouden, 'rvtOnthouden');
  const soortBesluit = i.soortBesluit ?? STANDAARD_SOORT_BESLUIT[spoor];
  if (!['AA', 'KENNELIJK_ONGEGROND', 'NIET_ONTVANKELIJK', 'OVERIG'].includes(soortBesluit)) {
    throw new PlanningFout(
      'soortBesluit',
      `onbekende soort besluit ${beschrijf(soortBesluit)}; kies uit AA, KENNELIJK_ONGEGROND, NIET_ONTVANKELIJK of OVERIG`,
    );
  }
  const werkelijk = controleerStapData(i.werkelijk, 'werkelijk');
  const vastgepland = controleerStapData(i.vastgepland, 'vastgepland');
  if (werkelijk.AANMELDING !== undefined && werkelijk.AANMELDING !== aanmelding) {
    throw new PlanningFout('werkelijk.AANMELDING', 'wijkt af van de aanmeldingsdatum (aanmelding)');
  }
  const pblPlaatsing = i.pblPlaatsing == null ? null : controleerDatum(i.pblPlaatsing, 'pblPlaatsing');
  const dublinUiterlijk =
    i.dublinOverdrachtUiterlijk == null
      ? null
      : controleerDatum(i.dublinOverdrachtUiterlijk, 'dublinOverdrachtUiterlijk');
  const normDagen =
    i.normDagen === undefined ? TTSD_NORM_DAGEN[spoor] : controleerGeheel(i.normDagen, 'normDagen', 1);
  const pblUiterlijk =
    pblPlaatsing === null
      ? null
      : datumSleutel(pblBehandeltermijn({ plaatsing: naarMoment(pblPlaatsing) }).vervaltOp);

  const stappen: PlanStap[] = [];
  const gevonden = new Map<ProcedureStap, PlanStap>();
  const voegToe = (s: PlanStap) => {
    stappen.push(s);
    gevonden.set(s.stap, s);
  };
  /** The date a later step counts from: the actual date, else the planned date. */
  const datumVan = (stap: ProcedureStap): string => {
    const s = gevonden.get(stap);
    if (!s || s.gepland === null) throw new Error(`interne fout: ${stap} heeft geen datum`);
    return s.werkelijk ?? s.gepland;
  };
  /** The last applicable step so far: the one the next step follows from. */
  const vorige = (): ProcedureStap => stappen.filter((s) => !s.nvt).at(-1)?.stap ?? 'AANMELDING';
  const naWerkdagen = (stap: keyof typeof STAP_WERKDAGEN, na: ProcedureStap): Berekening => {
    const basis = datumVan(na);
    const n = STAP_WERKDAGEN[stap];
    const datum = plusWerkdagenDatum(basis, n);
    return {
      datum,
      uitleg: `${werkdagen(n)} na ${STAP_LABEL[na].toLowerCase()} (${datumTekst(basis)}) → ${datumTekst(datum)}.`,
      basis: { stap: na, datum: basis },
    };
  };
  const plan = (stap: ProcedureStap, b: Berekening) => {
    voegToe(planStap(stap, b, werkelijk[stap] ?? null, vastgepland[stap] ?? null, vandaag));
  };
  const nvt = (stap: ProcedureStap, regel: RegelId | null, uitleg: string) => {
    const vastgelegd = werkelijk[stap] ?? vastgepland[stap];
    voegToe({
      stap,
      label: STAP_LABEL[stap],
      nvt: true,
      gepland: null,
      werkelijk: null,
      uiterlijk: null,
      regel,
      uitleg:
        uitleg +
        (vastgelegd === undefined
          ? ''
          : ` Er is wel een datum vastgelegd (${datumTekst(vastgelegd)}); die telt niet mee.`),
      vertraagd: false,
    });
  };

  // AANMELDING: the fact that opens the case; always done.
  voegToe({
    stap: 'AANMELDING',
    label: STAP_LABEL.AANMELDING,
    nvt: false,
    gepland: aanmelding,
    werkelijk: aanmelding,
    uiterlijk: null,
    regel: null,
    uitleg: `Aangemeld op ${datumTekst(aanmelding)}.`,
    vertraagd: false,
  });

  plan('IDENTIFICATIE_REGISTRATIE', naWerkdagen('IDENTIFICATIE_REGISTRATIE', vorige()));
  plan('AANMELDGEHOOR', naWerkdagen('AANMELDGEHOOR', vorige()));

  // R8: RVT of at least 6 calendar days, only in spoor 4 and when not withheld.
  const rvt = rustEnVoorbereidingstijd({
    aanvang: naarMoment(datumVan('AANMELDGEHOOR')),
    spoor,
    onthouden: rvtOnthouden,
  });
  if (rvt.vervaltOp === null) {
    nvt('RVT', 'R8', `${rvt.uitleg} (R8).`);
  } else {
    const basis = datumVan('AANMELDGEHOOR');
    const datum = datumSleutel(rvt.vervaltOp);
    plan('RVT', {
      datum,
      uitleg:
        `Ten minste 6 dagen rust- en voorbereidingstijd na het aanmeldgehoor (${datumTekst(basis)}): ` +
        `de algemene asielprocedure begint niet vóór ${datumTekst(datum)} (R8).`,
      regel: 'R8',
      termijn: true,
      basis: { stap: 'AANMELDGEHOOR', datum: basis },
    });
  }

  if (spoor === 1) {
    nvt('NADER_GEHOOR', null, 'Geen nader gehoor in een Dublinzaak (spoor 1).');
  } else {
    plan('NADER_GEHOOR', naWerkdagen('NADER_GEHOOR', vorige()));
  }
  plan('VOORNEMEN', naWerkdagen('VOORNEMEN', vorige()));
  plan('ZIENSWIJZE', naWerkdagen('ZIENSWIJZE', vorige()));

  const beschikking = naWerkdagen('BESCHIKKING', vorige());
  plan('BESCHIKKING', {
    ...beschikking,
    uitleg:
      beschikking.uitleg +
      (spoor === 4 ? ' De algemene asielprocedure duurt ongeveer 6 dagen (R9).' : '') +
      (pblUiterlijk === null
        ? ''
        : ` Uiterlijk ${datumTekst(pblUiterlijk)}: 28 dagen na plaatsing in de PBL op ${datumTekst(pblPlaatsing ?? '')} (R3).`),
    uiterlijk: pblUiterlijk,
    regel: pblUiterlijk === null ? null : 'R3',
  });
  const beschikkingDatum = datumVan('BESCHIKKING');

  // R10 with R23: the appeal term runs from the beschikking; a date the law sets, not a task.
  const beroep = beroepstermijn({ bekendmaking: naarMoment(beschikkingDatum), soortBesluit });
  const beroepEinde = datumSleutel(beroep.vervaltOp);
  plan('BEROEPSTERMIJN', {
    datum: beroepEinde,
    uitleg: `${beroep.uitleg}. ${beroep.grondslag.includes('Atw') ? 'Regels: R10 en R23.' : 'Regel: R10.'}`,
    uiterlijk: beroepEinde,
    regel: 'R10',
    termijn: true,
  });

  plan('VERTREKGESPREK', naWerkdagen('VERTREKGESPREK', 'BESCHIKKING'));

  const eindeBeroep = datumVan('BEROEPSTERMIJN');
  const dagNaBeroep = plusKalenderdagen(eindeBeroep, 1);
  if (spoor === 1) {
    plan('VERTREK_OF_OVERDRACHT', {
      datum: dagNaBeroep,
      uitleg:
        `Overdracht aan de verantwoordelijke lidstaat na afloop van de beroepstermijn (${datumTekst(eindeBeroep)}): ` +
        `vanaf ${datumTekst(dagNaBeroep)}. ` +
        (dublinUiterlijk === null
          ? 'De Dublinclaim is nog niet geaccepteerd: de uiterste overdrachtsdatum (R12) is nog niet bekend.'
          : `Uiterlijk ${datumTekst(dublinUiterlijk)} (overdrachtstermijn Dublin, R12).`),
      uiterlijk: dublinUiterlijk,
      regel: 'R12',
    });
  } else {
    // R11: the departure term starts when the appeal term has run out. Spoor 2 (safe country):
    // 0 days, due on the first day after the appeal term. Spoor 4: 28 days counted from the end of
    // the appeal term (from the next day, up to and including day 28, extended by the Atw).
    const vertrek = vertrektermijn({ aanvang: naarMoment(eindeBeroep), veiligLandVanHerkomst: spoor === 2 });
    const uiterlijk = spoor === 2 ? dagNaBeroep : datumSleutel(vertrek.vervaltOp);
    plan('VERTREK_OF_OVERDRACHT', {
      datum: uiterlijk,
      uitleg:
        spoor === 2
          ? `Vertrektermijn 0 dagen (afwijzing als veilig land van herkomst, R11): vertrek direct na afloop ` +
            `van de beroepstermijn (${datumTekst(eindeBeroep)}), uiterlijk ${datumTekst(uiterlijk)}.`
          : `${vertrek.uitleg} (R11); de vertrektermijn loopt vanaf het einde van de beroepstermijn.`,
      uiterlijk,
      regel: 'R11',
    });
  }

  const ttsd = ttsdStand({
    aanmelding,
    spoor,
    normDagen,
    pblPlaatsing,
    pblUiterlijk,
    beschikking: gevonden.get('BESCHIKKING') ?? null,
  });
  return { stappen, ttsd, spoor };
}

function planStap(
  stap: ProcedureStap,
  b: Berekening,
  werkelijk: string | null,
  vast: string | null,
  vandaag: string,
): PlanStap {
  const uiterlijk = b.uiterlijk ?? null;
  let gepland: string;
  let uitleg: string;
  let vertraagd = false;
  if (werkelijk !== null) {
    gepland = werkelijk;
    uitleg = `Uitgevoerd op ${datumTekst(werkelijk)}.`;
    if (b.termijn || uiterlijk !== null) uitleg += ` Berekend: ${b.uitleg}`;
  } else if (vast !== null) {
    gepland = vast;
    uitleg = `Vastgepland op ${datumTekst(vast)}.`;
    if (b.basis && vast < b.basis.datum) {
      uitleg += ` Let op: dat is vóór ${STAP_LABEL[b.basis.stap].toLowerCase()} (${datumTekst(b.basis.datum)}).`;
    }
  } else {
    gepland = b.datum;
    uitleg = b.uitleg;
  }
  if (werkelijk === null && gepland < vandaag) {
    if (b.termijn) {
      uitleg += ` Deze termijn is verstreken.`;
    } else {
      uitleg += ` Vertraagd: ${datumTekst(gepland)} is voorbij; nu gepland op vandaag (${datumTekst(vandaag)}).`;
      gepland = vandaag;
      vertraagd = true;
    }
  }
  if (werkelijk === null && uiterlijk !== null && gepland > uiterlijk) {
    uitleg += ` Te laat: de geplande datum ligt na de uiterste datum ${datumTekst(uiterlijk)}.`;
    vertraagd = true;
  }
  return {
    stap,
    label: STAP_LABEL[stap],
    nvt: false,
    gepland,
    werkelijk,
    uiterlijk,
    regel: b.regel ?? null,
    uitleg,
    vertraagd,
  };
}

function ttsdStand(i: {
  aanmelding: string;
  spoor: 1 | 2 | 4;
  normDagen: number;
  pblPlaatsing: string | null;
  pblUiterlijk: string | null;
  beschikking: PlanStap | null;
}): TtsdStand {
  if (i.beschikking === null || i.beschikking.gepland === null) {
    throw new Error('interne fout: beschikking ontbreekt in het plan');
  }
  const normDoel = plusKalenderdagen(i.aanmelding, i.normDagen);
  const doelDatum = i.pblUiterlijk === null ? normDoel : vroegste(normDoel, i.pblUiterlijk);
  const pblBepaalt = i.pblUiterlijk !== null && i.pblUiterlijk < normDoel;
  const geplandeDatum = i.beschikking.gepland;
  const werkelijkeDatum = i.beschikking.werkelijk;
  const dagenGepland = dagenTussen(i.aanmelding, geplandeDatum);
  const dagenWerkelijk = werkelijkeDatum === null ? null : dagenTussen(i.aanmelding, werkelijkeDatum);
  const speling = dagenTussen(werkelijkeDatum ?? geplandeDatum, doelDatum);
  const risico: TtsdStand['risico'] =
    werkelijkeDatum !== null
      ? 'AFGEROND'
      : speling < 0
        ? 'TE_LAAT'
        : speling <= KRAP_SPELING_DAGEN
          ? 'KRAP'
          : 'OP_SCHEMA';

  const norm = `norm ${dagen(i.normDagen)} voor spoor ${i.spoor}`;
  const doelReden = pblBepaalt
    ? `28 dagen na plaatsing in de PBL op ${datumTekst(i.pblPlaatsing ?? '')} (R3); strenger dan de ${norm} (${datumTekst(normDoel)})`
    : i.pblUiterlijk !== null
      ? `${norm}; de PBL-termijn (R3) loopt tot ${datumTekst(i.pblUiterlijk)}`
      : norm;
  const doel = `Doel ${datumTekst(doelDatum)} (${doelReden})`;
  let uitleg: string;
  if (werkelijkeDatum !== null) {
    uitleg =
      `${TTSD.label}: beschikking genomen op ${datumTekst(werkelijkeDatum)}, ${dagen(dagenWerkelijk ?? 0)} na ` +
      `aanmelding op ${datumTekst(i.aanmelding)}. ${doel}: ` +
      (speling >= 0 ? `${dagen(speling)} binnen het doel.` : `${dagen(-speling)} over het doel.`);
  } else {
    const stand =
      risico === 'TE_LAAT'
        ? `${dagen(-speling)} te laat`
        : risico === 'KRAP'
          ? `krap: ${dagen(speling)} speling (${KRAP_SPELING_DAGEN} of minder)`
          : `op schema: ${dagen(speling)} speling`;
    uitleg =
      `${TTSD.label}: beschikking gepland op ${datumTekst(geplandeDatum)}, ${dagen(dagenGepland)} na ` +
      `aanmelding op ${datumTekst(i.aanmelding)}. ${doel}: ${stand}.`;
  }
  return { doelDatum, geplandeDatum, werkelijkeDatum, dagenGepland, dagenWerkelijk, speling, risico, uitleg };
}

/**
 * Checks an actual date about to be recorded for `stap` against the plan: not for a step that is
 * n.v.t., not before the aanmelding, and not before the actual date of an earlier step (the same
 * day is allowed). Throws PlanningFout('stap' | 'datum', reason in Dutch).
 */
export function controleerStapDatum(stap: ProcedureStap, datum: string, plan: ProcedurePlan): void {
  if (!(PROCEDURE_STAPPEN as readonly string[]).includes(stap)) {
    throw new PlanningFout('stap', `onbekende processtap ${beschrijf(stap)}`);
  }
  controleerDatum(datum, 'datum');
  const index = plan.stappen.findIndex((s) => s.stap === stap);
  const planStap = plan.stappen[index];
  if (planStap === undefined)
    throw new PlanningFout('stap', `${STAP_LABEL[stap]} komt niet voor in het plan`);
  if (planStap.nvt) {
    throw new PlanningFout(
      'stap',
      `${STAP_LABEL[stap]} is niet van toepassing${plan.spoor === undefined ? '' : ` in spoor ${plan.spoor}`}: ${planStap.uitleg}`,
    );
  }
  const aanmelding = plan.stappen.find((s) => s.stap === 'AANMELDING')?.werkelijk ?? null;
  if (aanmelding !== null && datum < aanmelding) {
    throw new PlanningFout(
      'datum',
      `${datumTekst(datum)} ligt vóór de aanmelding (${datumTekst(aanmelding)})`,
    );
  }
  for (const eerder of plan.stappen.slice(0, index).reverse()) {
    if (eerder.werkelijk !== null && datum < eerder.werkelijk) {
      throw new PlanningFout(
        'datum',
        `${datumTekst(datum)} ligt vóór de werkelijke datum van ${STAP_LABEL[eerder.stap].toLowerCase()} (${datumTekst(eerder.werkelijk)})`,
      );
    }
  }
}

function controleerSpoor(spoor: unknown): 1 | 2 | 4 {
  if (spoor !== 1 && spoor !== 2 && spoor !== 4) {
    throw new PlanningFout(
      'spoor',
      `moet 1, 2 of 4 zijn (gekregen: ${beschrijf(spoor)}); sporen 3 en 5 zijn niet in gebruik`,
    );
  }
  return spoor;
}

function controleerStapData(waarde: unknown, veld: string): Data {
  if (waarde === undefined || waarde === null) return {};
  if (typeof waarde !== 'object' || Array.isArray(waarde)) {
    throw new PlanningFout(veld, 'moet een object met een datum per processtap zijn');
  }
  const uitkomst: Data = {};
  for (const [sleutel, datum] of Object.entries(waarde as Record<string, unknown>)) {
    if (!(PROCEDURE_STAPPEN as readonly string[]).includes(sleutel)) {
      throw new PlanningFout(
        `${veld}.${sleutel}`,
        `onbekende processtap; kies uit ${PROCEDURE_STAPPEN.join(', ')}`,
      );
    }
    if (datum === undefined || datum === null) continue;
    uitkomst[sleutel as ProcedureStap] = controleerDatum(datum, `${veld}.${sleutel}`);
  }
  return uitkomst;
}

function dagen(n: number): string {
  return n === 1 ? '1 dag' : `${n} dagen`;
}

function werkdagen(n: number): string {
  return n === 1 ? '1 werkdag' : `${n} werkdagen`;
}
