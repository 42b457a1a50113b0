import { TermijnSoort } from '../contracten/termijnen';
import { Organisatie } from '../organisaties/organisatie';

/** Kind of measure (DOMAIN.md §6): preventive, repressive, or a measure of the migration chain. */
export type MaatregelSoort = 'PREVENTIEF' | 'REPRESSIEF' | 'KETEN';

/** What a measure is imposed on: one person, a place (an area, an azc) or a group. */
export type MaatregelToepassing = 'PERSOON' | 'PLAATS' | 'GROEP';

/**
 * One measure of the catalogue (seed data; DOMAIN.md §6, toolbox 2023).
 *
 * - `code`: UPPER_SNAKE, stored with every recorded measure: never rename without a migration.
 * - `wettelijkeGrondslag`: only a basis named in DOMAIN.md, the seed toolbox or already used by the
 *   deadline rules in `tijd/`; `null` where the sources name none (policy measures, house rules,
 *   private law). Never guessed.
 * - `standaardDuurDagen`: the default (maximum) duration in calendar days when the sources give one,
 *   else `null` (the duration is set per decision, or the measure has none).
 * - `termijnSoort`: the deadline kind the engine schedules for the measure's end (or the term that
 *   the measure runs against, e.g. the Dublin transfer term). The exact end is always computed by the
 *   rule in `tijd/` (calendar months, Amsterdam clock); `standaardDuurDagen` is only a default for
 *   forms and overviews. `null` when no kind fits.
 */
export interface MaatregelDefinitie {
  code: string;
  naam: string;
  soort: MaatregelSoort;
  eigenaar: Organisatie;
  wettelijkeGrondslag: string | null;
  standaardDuurDagen: number | null;
  termijnSoort: TermijnSoort | null;
  toepassing: MaatregelToepassing[];
}

function maatregel(
  code: string,
  naam: string,
  soort: MaatregelSoort,
  eigenaar: Organisatie,
  toepassing: MaatregelToepassing[],
  extra: Partial<
    Pick<MaatregelDefinitie, 'wettelijkeGrondslag' | 'standaardDuurDagen' | 'termijnSoort'>
  > = {},
): Readonly<MaatregelDefinitie> {
  return Object.freeze({
    code,
    naam,
    soort,
    eigenaar,
    wettelijkeGrondslag: extra.wettelijkeGrondslag ?? null,
    standaardDuurDagen: extra.standaardDuurDagen ?? null,
    termijnSoort: extra.termijnSoort ?? null,
    toepassing: Object.freeze([...toepassing]) as MaatregelToepassing[],
  });
}

const { IND, COA, DTV, AVIM, POLITIE, GEMEENTE } = Organisatie;

/**
 * The measures catalogue (DOMAIN.md §6, from the toolbox of October 2023), in the order of §6.
 *
 * Durations and deadline kinds:
 * - Gebiedsverbod APV: 24 hours = 1 day (R18, toolbox §3.2); art. 172a Gemeentewet: at most 3 months
 *   = 91 days (R18); art. 172 lid 3 (acute danger): no default duration in the sources.
 * - PBL: case handled within 28 days (R3) → PBL_BEHANDELTERMIJN.
 * - HTL: stay at most 3 months ≈ 91 days (R6) → HTL_VERBLIJF.
 * - Art. 56 Vw: at most 12 weeks = 84 days (R6) → ARTIKEL_56_MAATREGEL.
 * - Vreemdelingenbewaring: at most 6 months ≈ 183 days, extendable to 18 (R7) → VREEMDELINGENBEWARING.
 * - Dublin overdracht and vertrek run against a term counted from another event (acceptance, R12;
 *   the decision, R11), so they carry the deadline kind but no default duration.
 *
 * Owners follow DOMAIN.md §2: the municipality for the toolbox's local measures (the mayor decides;
 * joint police/municipality/COA measures and the shops' (collective) ban, which reaches the chain
 * "via the municipality" (§3), are registered by the municipality), the police for an aangifte, IND
 * for the asylum procedure, COA for reception measures and placements, DT&V for return and the
 * art. 54/56 Vw measures of the HTL regime (*inferred* from "DT&V leidraad", R6), AVIM for immigration
 * detention (§2). Owners marked inferred are configurable, not law.
 *
 * §6 names both the COA "HTL-maatregel" (the reception measure that sends someone to the HTL) and the
 * HTL placement; both are kept, and only the placement carries the HTL_VERBLIJF deadline so a stay is
 * never scheduled twice.
 */
export const MAATREGEL_CATALOGUS: readonly MaatregelDefinitie[] = Object.freeze([
  // Preventief (toolbox hoofdstuk 2)
  maatregel(
    'GEMEENSCHAPPELIJKE_ACTIVITEITEN',
    'Organiseren van (gemeenschappelijke) activiteiten',
    'PREVENTIEF',
    GEMEENTE,
    ['GROEP', 'PLAATS'],
  ),
  maatregel('LOKALE_PROJECTGROEP', 'Lokale projectgroep aanpak overlast', 'PREVENTIEF', GEMEENTE, ['PLAATS']),
  maatregel(
    'CONTACTFUNCTIONARIS',
    'Contactfunctionaris signalering en aanpak overlast',
    'PREVENTIEF',
    GEMEENTE,
    ['PLAATS'],
  ),
  maatregel('OMWONENDENOVERLEG', 'Omwonendenoverleg of -bijeenkomst', 'PREVENTIEF', GEMEENTE, ['PLAATS']),
  maatregel('MELDKAART', 'Meldkaart', 'PREVENTIEF', GEMEENTE, ['PLAATS']),
  maatregel('EXTRA_TOEZICHT', "(Extra) toezicht en surveillance (boa's)", 'PREVENTIEF', GEMEENTE, ['PLAATS']),
  maatregel('INTEGRAAL_VEILIGHEIDSPLAN', 'Integraal veiligheidsplan (IVP)', 'PREVENTIEF', GEMEENTE, [
    'PLAATS',
  ]),
  maatregel('HANDHAVINGSARRANGEMENT', 'Azc opnemen in handhavingsarrangement', 'PREVENTIEF', GEMEENTE, [
    'PLAATS',
  ]),
  maatregel('REGIEMODEL', 'Regiemodel', 'PREVENTIEF', GEMEENTE, ['PLAATS']),
  maatregel('POLITIECAPACITEIT', 'Verzoek om (extra) politiecapaciteit', 'PREVENTIEF', GEMEENTE, ['PLAATS']),

  // Repressief (toolbox hoofdstuk 3)
  maatregel('AANGIFTE_VPT', 'Aangifte (Veilige Publieke Taak)', 'REPRESSIEF', POLITIE, ['PERSOON']),
  maatregel(
    'GEBIEDSVERBOD_ART_172_LID_3',
    'Gebiedsverbod bij acuut gevaar (art. 172 lid 3 Gemeentewet)',
    'REPRESSIEF',
    GEMEENTE,
    ['PERSOON'],
    {
      wettelijkeGrondslag: 'Gemeentewet art. 172 lid 3',
      termijnSoort: TermijnSoort.GEBIEDSVERBOD,
    },
  ),
  maatregel('GEBIEDSVERBOD_APV_24U', 'Gebiedsverbod 24 uur (APV)', 'REPRESSIEF', GEMEENTE, ['PERSOON'], {
    wettelijkeGrondslag: 'APV',
    standaardDuurDagen: 1,
    termijnSoort: TermijnSoort.GEBIEDSVERBOD,
  }),
  maatregel(
    'GEBIEDSVERBOD_ART_172A',
    'Gebiedsverbod (art. 172a Gemeentewet)',
    'REPRESSIEF',
    GEMEENTE,
    ['PERSOON'],
    {
      wettelijkeGrondslag: 'Gemeentewet art. 172a',
      standaardDuurDagen: 91,
      termijnSoort: TermijnSoort.GEBIEDSVERBOD,
    },
  ),
  maatregel(
    'PREVENTIEF_FOUILLEREN',
    'Preventief fouilleren in een veiligheidsrisicogebied',
    'REPRESSIEF',
    GEMEENTE,
    ['PLAATS'],
    {
      wettelijkeGrondslag: 'Gemeentewet art. 151b (spoed: art. 174b)',
    },
  ),
  maatregel('SAMENSCHOLINGSVERBOD', 'Samenscholingsverbod', 'REPRESSIEF', GEMEENTE, ['GROEP', 'PLAATS'], {
    wettelijkeGrondslag: 'APV',
  }),
  maatregel('MELDPLICHT_172A', 'Meldplicht (art. 172a Gemeentewet)', 'REPRESSIEF', GEMEENTE, ['PERSOON'], {
    wettelijkeGrondslag: 'Gemeentewet art. 172a',
  }),
  maatregel('ALCOHOLVERBOD', 'Alcoholverbod', 'REPRESSIEF', GEMEENTE, ['PLAATS'], {
    wettelijkeGrondslag: 'APV',
  }),
  maatregel('CAMERATOEZICHT', 'Cameratoezicht', 'REPRESSIEF', GEMEENTE, ['PLAATS'], {
    wettelijkeGrondslag: 'APV',
  }),
  maatregel('WINKELVERBOD', '(Collectief) winkelverbod', 'REPRESSIEF', GEMEENTE, ['PERSOON']),

  // Ketenmaatregelen
  maatregel('VERSNELDE_BEHANDELING_IND', 'Versnelde behandeling door de IND', 'KETEN', IND, [
    'PERSOON',
    'GROEP',
  ]),
  maatregel('ONTHOUDEN_RVT', 'Onthouden rust- en voorbereidingstijd', 'KETEN', IND, ['PERSOON', 'GROEP'], {
    wettelijkeGrondslag: 'Vb 2000 art. 3.109 (R8)',
  }),
  maatregel('VERSNELD_BEROEP', 'Versneld beroep (rechtbank gevraagd snel uitspraak te doen)', 'KETEN', IND, [
    'PERSOON',
    'GROEP',
  ]),
  maatregel('COA_CORRECTIEGESPREK', 'Correctiegesprek (COA)', 'KETEN', COA, ['PERSOON']),
  maatregel('COA_WAARSCHUWINGSBRIEF', 'Waarschuwingsbrief (COA)', 'KETEN', COA, ['PERSOON']),
  maatregel('COA_LEERMAATREGEL', 'Leermaatregel (COA)', 'KETEN', COA, ['PERSOON']),
  maatregel('COA_INHOUDING_LEEFGELD', 'Inhouding leefgeld (COA)', 'KETEN', COA, ['PERSOON']),
  maatregel('COA_TIME_OUT', 'Time-out (COA)', 'KETEN', COA, ['PERSOON']),
  maatregel('COA_HTL_MAATREGEL', 'HTL-maatregel (COA)', 'KETEN', COA, ['PERSOON']),
  maatregel('PLAATSING_VTL', 'Plaatsing in de VTL', 'KETEN', COA, ['PERSOON']),
  maatregel('PLAATSING_PBL', 'Plaatsing in de PBL', 'KETEN', COA, ['PERSOON'], {
    standaardDuurDagen: 28,
    termijnSoort: TermijnSoort.PBL_BEHANDELTERMIJN,
  }),
  maatregel('PLAATSING_HTL', 'Plaatsing in de HTL (Hoogeveen)', 'KETEN', COA, ['PERSOON'], {
    standaardDuurDagen: 91,
    termijnSoort: TermijnSoort.HTL_VERBLIJF,
  }),
  maatregel('ARTIKEL_54_MELDPLICHT', 'Meldplicht (art. 54 Vw)', 'KETEN', DTV, ['PERSOON'], {
    wettelijkeGrondslag: 'Vw art. 54',
  }),
  maatregel(
    'ARTIKEL_56_VRIJHEIDSBEPERKING',
    'Vrijheidsbeperkende maatregel (art. 56 Vw)',
    'KETEN',
    DTV,
    ['PERSOON'],
    {
      wettelijkeGrondslag: 'Vw art. 56',
      standaardDuurDagen: 84,
      termijnSoort: TermijnSoort.ARTIKEL_56_MAATREGEL,
    },
  ),
  maatregel('VREEMDELINGENBEWARING', 'Vreemdelingenbewaring', 'KETEN', AVIM, ['PERSOON'], {
    wettelijkeGrondslag: 'Vw art. 59',
    standaardDuurDagen: 183,
    termijnSoort: TermijnSoort.VREEMDELINGENBEWARING,
  }),
  maatregel('DUBLIN_OVERDRACHT', 'Dublinoverdracht', 'KETEN', DTV, ['PERSOON'], {
    wettelijkeGrondslag: 'Verordening (EU) 604/2013 art. 29',
    termijnSoort: TermijnSoort.DUBLIN_OVERDRACHT,
  }),
  maatregel('VERTREK', 'Vertrek (terugkeer)', 'KETEN', DTV, ['PERSOON'], {
    termijnSoort: TermijnSoort.VERTREKTERMIJN,
  }),
]);

const PER_CODE: ReadonlyMap<string, MaatregelDefinitie> = new Map(
  MAATREGEL_CATALOGUS.map((m) => [m.code, m]),
);

/** The catalogue entry with this code, or `undefined`. */
export function vindMaatregel(code: string): MaatregelDefinitie | undefined {
  return PER_CODE.get(code);
}
