import {
  artikel56Maatregel,
  htlVerblijf,
  pblBehandeltermijn,
  vreemdelingenbewaring,
  type RegelId,
} from '../tijd';
import { datumSleutel, naarMoment } from '../tijd/amsterdam-tijd';
import {
  beschrijf,
  controleerDatum,
  controleerDatumOfNull,
  controleerJaNee,
  datumTekst,
  opsomming,
  plusKalenderdagen,
  vroegste,
} from './datum';
import {
  isLocatieSoort,
  isTrede,
  LADDER,
  LOCATIE_SOORT_LABEL,
  LOCATIE_SOORTEN,
  TREDE_LABEL,
  tredeVan,
  type LocatieSoort,
  type Trede,
} from './locaties';
import { PlanningFout } from './planning-fout';

/**
 * Eligibility of a placement (R1 escalation ladder, R3 PBL, R6 HTL and art. 56 Vw, R7
 * vreemdelingenbewaring). Pure: the verdict, every finding explained in Dutch, the planned end to
 * store and the latest allowed end. A person confirms; blocking findings must be resolved first.
 *
 * Dates are Amsterdam calendar dates 'JJJJ-MM-DD'; `tot` is the last day of the stay (inclusive).
 * The maximum durations reuse the tijd rules (htlVerblijf, artikel56Maatregel, vreemdelingenbewaring):
 * a stay starting on `van` at 00:00 must have ended at 00:00 on the day those rules give, so the
 * last allowed day is the day before (van + 3 months − 1 day, month end clamped, and so on).
 */
export interface PlaatsingsInvoer {
  locatieSoort: LocatieSoort;
  van: string;
  /** Planned end 'JJJJ-MM-DD' (inclusive last day), or null when not given. */
  tot: string | null;
  /** geboortedatum: 'JJJJ-MM-DD', 'JJJJ' (year only) or null (unknown). */
  persoon: { geboortedatum: string | null; dublinclaimant: boolean };
  /** Highest ladder rung the person reached so far (null: none). */
  hoogsteTrede: Trede | null;
  overslaanReden?: string | null;
  /** The stay rests on an art. 56 Vw measure (at most 12 weeks, R6). */
  artikel56?: boolean;
  /** Vreemdelingenbewaring extended (at most 18 instead of 6 months, R7). */
  bewaringVerlengd?: boolean;
}

export interface Bevinding {
  code: string;
  regel: RegelId | null;
  tekst: string;
  blokkerend: boolean;
}

export interface PlaatsingsBeoordeling {
  /** No blocking finding. */
  toegestaan: boolean;
  bevindingen: Bevinding[];
  /** The planned end to store: the given tot, or the default of the location kind. */
  tot: string | null;
  /** Latest allowed end (null: no maximum). */
  maximaleTot: string | null;
  trede: Trede | null;
}

/** Minimum length (after trimming) of the reason for skipping ladder rungs. */
export const MIN_LENGTE_OVERSLAANREDEN = 10;
/** Age of majority: the PBL is not for minors (R3). */
export const MEERDERJARIG_VANAF = 18;

const GEBOORTEDATUM = /^\d{4}(-\d{2}-\d{2})?$/;

export function beoordeelPlaatsing(i: PlaatsingsInvoer): PlaatsingsBeoordeling {
  if (!isLocatieSoort(i.locatieSoort)) {
    throw new PlanningFout(
      'locatieSoort',
      `onbekende locatiesoort ${beschrijf(i.locatieSoort)}; kies uit ${LOCATIE_SOORTEN.join(', ')}`,
    );
  }
  const van = controleerDatum(i.van, 'van');
  const gegevenTot = controleerDatumOfNull(i.tot, 'tot');
  if (gegevenTot !== null && gegevenTot < van) throw new PlanningFout('tot', 'ligt vóór de begindatum (van)');
  if (i.hoogsteTrede !== null && !isTrede(i.hoogsteTrede)) {
    throw new PlanningFout(
      'hoogsteTrede',
      `onbekende trede ${beschrijf(i.hoogsteTrede)}; kies uit ${LADDER.join(', ')} of null`,
    );
  }
  if (typeof i.persoon !== 'object' || i.persoon === null) {
    throw new PlanningFout('persoon', 'ontbreekt');
  }
  const geboortedatum = controleerGeboortedatum(i.persoon.geboortedatum, 'persoon.geboortedatum');
  const dublinclaimant = controleerJaNee(i.persoon.dublinclaimant, 'persoon.dublinclaimant');
  const artikel56 = controleerJaNee(i.artikel56, 'artikel56');
  const bewaringVerlengd = controleerJaNee(i.bewaringVerlengd, 'bewaringVerlengd');
  if (i.overslaanReden !== undefined && i.overslaanReden !== null && typeof i.overslaanReden !== 'string') {
    throw new PlanningFout('overslaanReden', 'moet een tekst zijn');
  }

  const soort = i.locatieSoort;
  const bevindingen: Bevinding[] = [];
  const blokkeer = (code: string, regel: RegelId | null, tekst: string) =>
    bevindingen.push({ code, regel, tekst, blokkerend: true });
  const meld = (code: string, regel: RegelId | null, tekst: string) =>
    bevindingen.push({ code, regel, tekst, blokkerend: false });

  // Maximum stay per location kind and measure; `standaardTot` applies when no tot was given.
  let maximaleTot: string | null = null;
  let standaardTot: string | null = null;
  const vanaf = naarMoment(van, 'van');
  // The tijd rules return the instant the stay must have ended; the last whole day is the day before.
  const laatsteDag = (einde: Date) => plusKalenderdagen(datumSleutel(einde), -1);

  if (soort === 'PBL') {
    beoordeelPbl(van, geboortedatum, dublinclaimant, blokkeer, meld);
    // R3: the case is handled within 28 days; plan the stay up to that date by default.
    standaardTot = datumSleutel(pblBehandeltermijn({ plaatsing: vanaf }).vervaltOp);
  }
  if (soort === 'HTL') {
    maximaleTot = laatsteDag(htlVerblijf({ plaatsing: vanaf }).vervaltOp);
    if (gegevenTot !== null && gegevenTot > maximaleTot) {
      blokkeer(
        'HTL_MAXIMUM',
        'R6',
        `Het verblijf in de HTL duurt ten hoogste 3 maanden (R6): bij plaatsing op ${datumTekst(van)} is ` +
          `${datumTekst(maximaleTot)} de laatste dag; de geplande einddatum ${datumTekst(gegevenTot)} ligt daarna.`,
      );
    }
  }
  if (soort === 'DETENTIECENTRUM') {
    maximaleTot = laatsteDag(vreemdelingenbewaring({ aanvang: vanaf, verlengd: bewaringVerlengd }).vervaltOp);
    if (gegevenTot !== null && gegevenTot > maximaleTot) {
      blokkeer(
        'BEWARING_MAXIMUM',
        'R7',
        `Vreemdelingenbewaring duurt ten hoogste ${bewaringVerlengd ? '18 maanden (R7, verlengd)' : '6 maanden (R7; tot 18 maanden alleen na verlenging)'}: ` +
          `bij inbewaringstelling op ${datumTekst(van)} is ${datumTekst(maximaleTot)} de laatste dag; ` +
          `de geplande einddatum ${datumTekst(gegevenTot)} ligt daarna.`,
      );
    }
  }
  if (artikel56) {
    const art56Max = laatsteDag(artikel56Maatregel({ aanvang: vanaf }).vervaltOp);
    maximaleTot = maximaleTot === null ? art56Max : vroegste(maximaleTot, art56Max);
    if (gegevenTot !== null && gegevenTot > art56Max) {
      blokkeer(
        'ART56_MAXIMUM',
        'R6',
        `Een maatregel op grond van art. 56 Vw duurt ten hoogste 12 weken (R6): vanaf ${datumTekst(van)} is ` +
          `${datumTekst(art56Max)} de laatste dag; de geplande einddatum ${datumTekst(gegevenTot)} ligt daarna.`,
      );
    }
  }
  // Default end: the PBL target (never past a maximum), otherwise the maximum itself (a measure
  // with a maximum ends by law). VTL, AZC, AANMELDCENTRUM and VBL without art. 56: no default.
  if (standaardTot !== null && maximaleTot !== null) standaardTot = vroegste(standaardTot, maximaleTot);
  const tot = gegevenTot ?? standaardTot ?? maximaleTot;

  const trede = tredeVan(soort);
  if (trede !== null) beoordeelLadder(trede, i.hoogsteTrede, i.overslaanReden ?? null, soort, blokkeer, meld);

  return {
    toegestaan: !bevindingen.some((b) => b.blokkerend),
    bevindingen,
    tot,
    maximaleTot,
    trede,
  };
}

type Melder = (code: string, regel: RegelId | null, tekst: string) => void;

/** R3: no Dublin claimants, no minors (age must be established); the case is decided within 28 days. */
function beoordeelPbl(
  van: string,
  geboortedatum: string | null,
  dublinclaimant: boolean,
  blokkeer: Melder,
  meld: Melder,
): void {
  if (dublinclaimant) {
    blokkeer(
      'PBL_DUBLIN',
      'R3',
      'De PBL is niet voor Dublinclaimanten (R3): deze persoon is Dublinclaimant. Overweeg een andere trede (bijvoorbeeld HTL of Dublinbewaring).',
    );
  }
  let alleenJaar = '';
  let minderjarig = false;
  if (geboortedatum === null) {
    blokkeer(
      'PBL_LEEFTIJD_ONBEKEND',
      'R3',
      'De geboortedatum is onbekend: meerderjarigheid is niet vastgesteld, en de PBL is niet voor minderjarigen (R3). Stel eerst de leeftijd vast.',
    );
  } else {
    const leeftijd = leeftijdOp(geboortedatum, van);
    if (geboortedatum.length === 4) {
      alleenJaar =
        ` Alleen het geboortejaar ${geboortedatum} is bekend: gerekend is met 31 december ${geboortedatum}` +
        ` (de jongst mogelijke leeftijd), dus meerderjarig vanaf 31 december ${Number(geboortedatum) + MEERDERJARIG_VANAF}.`;
    }
    if (leeftijd < MEERDERJARIG_VANAF) {
      minderjarig = true;
      blokkeer(
        'PBL_MINDERJARIG',
        'R3',
        `De PBL is niet voor minderjarigen (R3): op ${datumTekst(van)} is deze persoon ${leeftijd} jaar.${alleenJaar}`,
      );
    }
  }
  if (!dublinclaimant && geboortedatum !== null && !minderjarig) {
    const termijn = pblBehandeltermijn({ plaatsing: naarMoment(van) });
    meld(
      'PBL_BEHANDELTERMIJN',
      'R3',
      `De beschikking moet binnen 28 dagen na plaatsing in de PBL genomen zijn: uiterlijk ` +
        `${datumTekst(datumSleutel(termijn.vervaltOp))} (R3; plaatsing op ${datumTekst(van)}).${alleenJaar}`,
    );
  }
}

/** R1: skipping rungs needs a reason; going down is allowed. */
function beoordeelLadder(
  doelTrede: Trede,
  hoogsteTrede: Trede | null,
  overslaanReden: string | null,
  soort: LocatieSoort,
  blokkeer: Melder,
  meld: Melder,
): void {
  const doel = LADDER.indexOf(doelTrede);
  const hoogste = hoogsteTrede === null ? -1 : LADDER.indexOf(hoogsteTrede);
  const naar = LOCATIE_SOORT_LABEL[soort];
  if (doel > hoogste + 1) {
    const overgeslagen = LADDER.slice(hoogste + 1, doel).map((t) => TREDE_LABEL[t]);
    const wat =
      (hoogsteTrede === null ? `${naar} als eerste trede` : `van ${TREDE_LABEL[hoogsteTrede]} naar ${naar}`) +
      ` slaat ${overgeslagen.length === 1 ? 'de trede' : 'de treden'} ${opsomming(overgeslagen)} over`;
    const reden = overslaanReden?.trim() ?? '';
    if (reden.length >= MIN_LENGTE_OVERSLAANREDEN) {
      meld('LADDER_OVERGESLAGEN_MET_REDEN', 'R1', `Escalatieladder (R1): ${wat}, met als reden: "${reden}".`);
    } else {
      blokkeer(
        'LADDER_OVERGESLAGEN',
        'R1',
        `Escalatieladder (R1): ${wat}. Treden overslaan mag alleen met een reden van ten minste ` +
          `${MIN_LENGTE_OVERSLAANREDEN} tekens${reden.length > 0 ? ` (de opgegeven reden "${reden}" is te kort)` : ''}.`,
      );
    }
  } else if (doel < hoogste) {
    meld(
      'LADDER_TERUG',
      'R1',
      `Escalatieladder (R1): terug van ${hoogsteTrede === null ? '' : TREDE_LABEL[hoogsteTrede]} naar ${naar}; een lagere trede is toegestaan.`,
    );
  }
}

function controleerGeboortedatum(waarde: unknown, veld: string): string | null {
  if (waarde === null || waarde === undefined) return null;
  if (typeof waarde !== 'string' || !GEBOORTEDATUM.test(waarde)) {
    throw new PlanningFout(veld, `moet 'JJJJ-MM-DD', 'JJJJ' of null zijn (gekregen: ${beschrijf(waarde)})`);
  }
  if (waarde.length > 4) controleerDatum(waarde, veld);
  return waarde;
}

/**
 * Age in whole years on `datum`. A year-only birth date ('JJJJ') is read as 31 December of that year,
 * the youngest the person can be: the safe reading for a rule that refuses minors. Someone born on
 * 29 February turns a year older on 1 March in a common year.
 */
export function leeftijdOp(geboortedatum: string, datum: string): number {
  const geboren = controleerGeboortedatum(geboortedatum, 'geboortedatum');
  const peil = controleerDatum(datum, 'datum');
  if (geboren === null) throw new PlanningFout('geboortedatum', 'ontbreekt');
  const volledig = geboren.length === 4 ? `${geboren}-12-31` : geboren;
  if (geboren.length === 4 ? geboren > peil.slice(0, 4) : volledig > peil) {
    throw new PlanningFout('geboortedatum', `ligt na de peildatum ${datumTekst(peil)}`);
  }
  const jaren = Number(peil.slice(0, 4)) - Number(volledig.slice(0, 4));
  const verjaard = peil.slice(5) >= volledig.slice(5);
  return Math.max(0, verjaard ? jaren : jaren - 1);
}
