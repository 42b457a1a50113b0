import { PlanningFout } from './planning-fout';
import {
  controleerStapDatum,
  GEHOOR_STAPPEN,
  planProcedure,
  PROCEDURE_STAPPEN,
  TTSD,
  TTSD_NORM_DAGEN,
  type PlanInvoer,
  type ProcedurePlan,
  type ProcedureStap,
} from './procedure-plan.rule';

function vangPlanningFout(actie: () => unknown): PlanningFout {
  try {
    actie();
  } catch (fout) {
    if (fout instanceof PlanningFout) return fout;
    throw fout;
  }
  throw new Error('verwachtte een PlanningFout');
}

// Monday 2 March 2026; no feestdagen in March 2026.
const basis: PlanInvoer = {
  aanmelding: '2026-03-02',
  spoor: 4,
  rvtOnthouden: false,
  werkelijk: {},
  vastgepland: {},
  pblPlaatsing: null,
  dublinOverdrachtUiterlijk: null,
  vandaag: '2026-03-02',
};

/** stap → gepland, with 'nvt' for steps that do not apply. */
const data = (plan: ProcedurePlan) =>
  Object.fromEntries(plan.stappen.map((s) => [s.stap, s.nvt ? 'nvt' : s.gepland]));
const stap = (plan: ProcedurePlan, naam: ProcedureStap) => {
  const s = plan.stappen.find((x) => x.stap === naam);
  if (!s) throw new Error(`${naam} ontbreekt`);
  return s;
};

describe('constants', () => {
  it('keeps the TTSD name in one place', () => {
    expect(TTSD).toEqual({
      code: 'TTSD',
      label: 'TTSD',
      naam: 'Time to substantive decision',
      omschrijving: 'Tijd van aanmelding tot beschikking: gepland en werkelijk',
    });
    expect(TTSD_NORM_DAGEN).toEqual({ 1: 21, 2: 14, 4: 28 });
    expect(GEHOOR_STAPPEN).toEqual(['AANMELDGEHOOR', 'NADER_GEHOOR']);
  });

  it('lists every step in the plan, in order', () => {
    expect(planProcedure(basis).stappen.map((s) => s.stap)).toEqual([...PROCEDURE_STAPPEN]);
  });
});

describe('planProcedure per spoor', () => {
  it('spoor 4 (AA): RVT of 6 days, appeal 7 days, vertrektermijn 28 days', () => {
    const plan = planProcedure(basis);
    expect(data(plan)).toEqual({
      AANMELDING: '2026-03-02',
      IDENTIFICATIE_REGISTRATIE: '2026-03-03',
      AANMELDGEHOOR: '2026-03-05',
      RVT: '2026-03-11',
      NADER_GEHOOR: '2026-03-12',
      VOORNEMEN: '2026-03-16', // Thursday + 2 working days over the weekend
      ZIENSWIJZE: '2026-03-17',
      BESCHIKKING: '2026-03-18',
      BEROEPSTERMIJN: '2026-03-25',
      VERTREKGESPREK: '2026-03-20',
      VERTREK_OF_OVERDRACHT: '2026-04-22',
    });
    expect(stap(plan, 'AANMELDING').werkelijk).toBe('2026-03-02');
    expect(stap(plan, 'RVT').regel).toBe('R8');
    expect(stap(plan, 'RVT').uitleg).toBe(
      'Ten minste 6 dagen rust- en voorbereidingstijd na het aanmeldgehoor (5 maart 2026): de algemene ' +
        'asielprocedure begint niet vóór 11 maart 2026 (R8).',
    );
    expect(stap(plan, 'VOORNEMEN').uitleg).toBe(
      '2 werkdagen na nader gehoor (12 maart 2026) → 16 maart 2026.',
    );
    expect(stap(plan, 'BEROEPSTERMIJN')).toMatchObject({ uiterlijk: '2026-03-25', regel: 'R10' });
    expect(stap(plan, 'VERTREK_OF_OVERDRACHT')).toMatchObject({ uiterlijk: '2026-04-22', regel: 'R11' });
    expect(plan.stappen.some((s) => s.vertraagd)).toBe(false);
    expect(plan.ttsd).toEqual({
      doelDatum: '2026-03-30',
      geplandeDatum: '2026-03-18',
      werkelijkeDatum: null,
      dagenGepland: 16,
      dagenWerkelijk: null,
      speling: 12,
      risico: 'OP_SCHEMA',
      uitleg:
        'TTSD: beschikking gepland op 18 maart 2026, 16 dagen na aanmelding op 2 maart 2026. ' +
        'Doel 30 maart 2026 (norm 28 dagen voor spoor 4): op schema: 12 dagen speling.',
    });
  });

  it('spoor 4 with RVT withheld for nuisance: the AA follows the aanmeldgehoor directly', () => {
    const plan = planProcedure({ ...basis, rvtOnthouden: true });
    expect(stap(plan, 'RVT')).toMatchObject({ nvt: true, gepland: null, regel: 'R8' });
    expect(stap(plan, 'RVT').uitleg).toContain('door de IND onthouden wegens overlast');
    expect(data(plan)).toMatchObject({
      RVT: 'nvt',
      NADER_GEHOOR: '2026-03-06',
      VOORNEMEN: '2026-03-10',
      ZIENSWIJZE: '2026-03-11',
      BESCHIKKING: '2026-03-12',
    });
  });

  it('spoor 2 (safe country): no RVT, appeal 7 days, vertrektermijn 0 days', () => {
    const plan = planProcedure({ ...basis, spoor: 2 });
    expect(data(plan)).toEqual({
      AANMELDING: '2026-03-02',
      IDENTIFICATIE_REGISTRATIE: '2026-03-03',
      AANMELDGEHOOR: '2026-03-05',
      RVT: 'nvt',
      NADER_GEHOOR: '2026-03-06',
      VOORNEMEN: '2026-03-10',
      ZIENSWIJZE: '2026-03-11',
      BESCHIKKING: '2026-03-12',
      BEROEPSTERMIJN: '2026-03-19',
      VERTREKGESPREK: '2026-03-16',
      VERTREK_OF_OVERDRACHT: '2026-03-20',
    });
    expect(stap(plan, 'BEROEPSTERMIJN').uitleg).toContain('afwijzing als kennelijk ongegrond');
    expect(stap(plan, 'VERTREK_OF_OVERDRACHT')).toMatchObject({ uiterlijk: '2026-03-20', regel: 'R11' });
    expect(plan.ttsd).toMatchObject({ doelDatum: '2026-03-16', speling: 4, risico: 'OP_SCHEMA' });
  });

  it('spoor 1 (Dublin): no RVT, no nader gehoor; transfer after the appeal term, with the R12 deadline', () => {
    const plan = planProcedure({ ...basis, spoor: 1, dublinOverdrachtUiterlijk: '2026-09-30' });
    expect(data(plan)).toEqual({
      AANMELDING: '2026-03-02',
      IDENTIFICATIE_REGISTRATIE: '2026-03-03',
      AANMELDGEHOOR: '2026-03-05',
      RVT: 'nvt',
      NADER_GEHOOR: 'nvt',
      VOORNEMEN: '2026-03-09',
      ZIENSWIJZE: '2026-03-10',
      BESCHIKKING: '2026-03-11',
      BEROEPSTERMIJN: '2026-03-18',
      VERTREKGESPREK: '2026-03-13',
      VERTREK_OF_OVERDRACHT: '2026-03-19',
    });
    expect(stap(plan, 'NADER_GEHOOR').uitleg).toBe('Geen nader gehoor in een Dublinzaak (spoor 1).');
    expect(stap(plan, 'BEROEPSTERMIJN').uitleg).toContain('niet-ontvankelijkverklaring');
    const overdracht = stap(plan, 'VERTREK_OF_OVERDRACHT');
    expect(overdracht).toMatchObject({ uiterlijk: '2026-09-30', regel: 'R12', vertraagd: false });
    expect(overdracht.uitleg).toContain('Uiterlijk 30 september 2026 (overdrachtstermijn Dublin, R12).');
    expect(plan.ttsd).toMatchObject({ doelDatum: '2026-03-23', dagenGepland: 9, speling: 12 });
  });

  it('spoor 1 without an accepted claim says so', () => {
    const overdracht = stap(planProcedure({ ...basis, spoor: 1 }), 'VERTREK_OF_OVERDRACHT');
    expect(overdracht.uiterlijk).toBeNull();
    expect(overdracht.uitleg).toContain('De Dublinclaim is nog niet geaccepteerd');
  });

  it('spoor 1: a planned transfer after the Dublin deadline is late', () => {
    const overdracht = stap(
      planProcedure({ ...basis, spoor: 1, dublinOverdrachtUiterlijk: '2026-03-18' }),
      'VERTREK_OF_OVERDRACHT',
    );
    expect(overdracht).toMatchObject({ gepland: '2026-03-19', uiterlijk: '2026-03-18', vertraagd: true });
    expect(overdracht.uitleg).toContain(
      'Te laat: de geplande datum ligt na de uiterste datum 18 maart 2026.',
    );
  });

  it('ignores a recorded date for a step that does not apply, and says so', () => {
    const plan = planProcedure({ ...basis, spoor: 1, werkelijk: { NADER_GEHOOR: '2026-03-06' } });
    expect(stap(plan, 'NADER_GEHOOR')).toMatchObject({ nvt: true, werkelijk: null });
    expect(stap(plan, 'NADER_GEHOOR').uitleg).toContain('(6 maart 2026); die telt niet mee');
    expect(stap(plan, 'VOORNEMEN').gepland).toBe('2026-03-09');
  });
});

describe('recorded and scheduled dates', () => {
  it('a late actual aanmeldgehoor shifts every later step', () => {
    const plan = planProcedure({
      ...basis,
      werkelijk: { AANMELDGEHOOR: '2026-03-09' },
      vandaag: '2026-03-09',
    });
    expect(stap(plan, 'AANMELDGEHOOR')).toMatchObject({ gepland: '2026-03-09', werkelijk: '2026-03-09' });
    expect(data(plan)).toMatchObject({
      RVT: '2026-03-15', // calendar days: a Sunday is fine
      NADER_GEHOOR: '2026-03-16',
      VOORNEMEN: '2026-03-18',
      ZIENSWIJZE: '2026-03-19',
      BESCHIKKING: '2026-03-20',
    });
    expect(plan.ttsd).toMatchObject({ dagenGepland: 18, speling: 10, risico: 'OP_SCHEMA' });
  });

  it('a scheduled IND slot fixes the nader gehoor and the steps after it follow', () => {
    const plan = planProcedure({ ...basis, vastgepland: { NADER_GEHOOR: '2026-03-13' } });
    expect(stap(plan, 'NADER_GEHOOR').uitleg).toBe('Vastgepland op 13 maart 2026.');
    expect(data(plan)).toMatchObject({
      NADER_GEHOOR: '2026-03-13',
      VOORNEMEN: '2026-03-17',
      ZIENSWIJZE: '2026-03-18',
      BESCHIKKING: '2026-03-19',
    });
  });

  it('warns when a scheduled slot lies before the end of the RVT (R8)', () => {
    const plan = planProcedure({ ...basis, vastgepland: { NADER_GEHOOR: '2026-03-10' } });
    expect(stap(plan, 'NADER_GEHOOR').uitleg).toBe(
      'Vastgepland op 10 maart 2026. Let op: dat is vóór rust- en voorbereidingstijd (11 maart 2026).',
    );
  });

  it('an actual date wins over a scheduled one', () => {
    const plan = planProcedure({
      ...basis,
      werkelijk: { NADER_GEHOOR: '2026-03-12' },
      vastgepland: { NADER_GEHOOR: '2026-03-20' },
      vandaag: '2026-03-12',
    });
    expect(stap(plan, 'NADER_GEHOOR')).toMatchObject({ gepland: '2026-03-12', werkelijk: '2026-03-12' });
  });
});

describe('delays', () => {
  it('a step not done whose date has passed moves to vandaag, and the later steps follow', () => {
    const plan = planProcedure({
      ...basis,
      spoor: 2,
      werkelijk: { IDENTIFICATIE_REGISTRATIE: '2026-03-03' },
      vandaag: '2026-03-10',
    });
    const gehoor = stap(plan, 'AANMELDGEHOOR');
    expect(gehoor).toMatchObject({ gepland: '2026-03-10', werkelijk: null, vertraagd: true });
    expect(gehoor.uitleg).toBe(
      '2 werkdagen na identificatie en registratie (3 maart 2026) → 5 maart 2026. ' +
        'Vertraagd: 5 maart 2026 is voorbij; nu gepland op vandaag (10 maart 2026).',
    );
    expect(stap(plan, 'IDENTIFICATIE_REGISTRATIE').vertraagd).toBe(false);
    expect(data(plan)).toMatchObject({
      NADER_GEHOOR: '2026-03-11',
      VOORNEMEN: '2026-03-13',
      ZIENSWIJZE: '2026-03-16',
      BESCHIKKING: '2026-03-17',
    });
    expect(stap(plan, 'NADER_GEHOOR').vertraagd).toBe(false);
    expect(plan.ttsd).toMatchObject({ doelDatum: '2026-03-16', speling: -1, risico: 'TE_LAAT' });
    expect(plan.ttsd.uitleg).toBe(
      'TTSD: beschikking gepland op 17 maart 2026, 15 dagen na aanmelding op 2 maart 2026. ' +
        'Doel 16 maart 2026 (norm 14 dagen voor spoor 2): 1 dag te laat.',
    );
  });

  it('a scheduled appointment that passed without an actual date moves to vandaag', () => {
    const plan = planProcedure({
      ...basis,
      werkelijk: { IDENTIFICATIE_REGISTRATIE: '2026-03-03', AANMELDGEHOOR: '2026-03-05' },
      vastgepland: { NADER_GEHOOR: '2026-03-12' },
      vandaag: '2026-03-13',
    });
    expect(stap(plan, 'NADER_GEHOOR')).toMatchObject({ gepland: '2026-03-13', vertraagd: true });
    // the RVT (a term, not a task) is not moved: it ended on 11 March
    expect(stap(plan, 'RVT')).toMatchObject({ gepland: '2026-03-11', vertraagd: false });
    expect(stap(plan, 'VOORNEMEN').gepland).toBe('2026-03-17');
  });

  it('an appeal term that ran out is not a delay; the departure interview is', () => {
    const opTijd = planProcedure(basis);
    const werkelijk = Object.fromEntries(
      opTijd.stappen
        .filter(
          (s) => !s.nvt && PROCEDURE_STAPPEN.indexOf(s.stap) <= PROCEDURE_STAPPEN.indexOf('BESCHIKKING'),
        )
        .map((s) => [s.stap, s.gepland]),
    );
    const plan = planProcedure({ ...basis, werkelijk, vandaag: '2026-04-01' });
    const beroep = stap(plan, 'BEROEPSTERMIJN');
    expect(beroep).toMatchObject({ gepland: '2026-03-25', vertraagd: false });
    expect(beroep.uitleg).toContain('Deze termijn is verstreken.');
    expect(stap(plan, 'VERTREKGESPREK')).toMatchObject({ gepland: '2026-04-01', vertraagd: true });
    expect(stap(plan, 'VERTREK_OF_OVERDRACHT')).toMatchObject({ gepland: '2026-04-22', vertraagd: false });
    expect(plan.ttsd).toEqual({
      doelDatum: '2026-03-30',
      geplandeDatum: '2026-03-18',
      werkelijkeDatum: '2026-03-18',
      dagenGepland: 16,
      dagenWerkelijk: 16,
      speling: 12,
      risico: 'AFGEROND',
      uitleg:
        'TTSD: beschikking genomen op 18 maart 2026, 16 dagen na aanmelding op 2 maart 2026. ' +
        'Doel 30 maart 2026 (norm 28 dagen voor spoor 4): 12 dagen binnen het doel.',
    });
  });
});

describe('TTSD', () => {
  it.each([
    [13, 3, 'OP_SCHEMA'],
    [12, 2, 'KRAP'],
    [10, 0, 'KRAP'],
    [9, -1, 'TE_LAAT'],
  ])('spoor 2 with a norm of %i days: speling %i → %s', (normDagen, speling, risico) => {
    const ttsd = planProcedure({ ...basis, spoor: 2, normDagen }).ttsd;
    expect(ttsd.speling).toBe(speling);
    expect(ttsd.risico).toBe(risico);
  });

  it('a PBL placement tightens the target to 28 days after placement (R3)', () => {
    const plan = planProcedure({ ...basis, normDagen: 40, pblPlaatsing: '2026-03-05' });
    expect(stap(plan, 'BESCHIKKING')).toMatchObject({
      uiterlijk: '2026-04-02',
      regel: 'R3',
      vertraagd: false,
    });
    expect(plan.ttsd).toMatchObject({ doelDatum: '2026-04-02', speling: 15, risico: 'OP_SCHEMA' });
    expect(plan.ttsd.uitleg).toContain(
      'Doel 2 april 2026 (28 dagen na plaatsing in de PBL op 5 maart 2026 (R3); strenger dan de norm 40 dagen voor spoor 4 (11 april 2026))',
    );
  });

  it('a PBL term later than the norm leaves the norm as target', () => {
    const ttsd = planProcedure({ ...basis, pblPlaatsing: '2026-03-10' }).ttsd;
    expect(ttsd.doelDatum).toBe('2026-03-30');
    expect(ttsd.uitleg).toContain('(norm 28 dagen voor spoor 4; de PBL-termijn (R3) loopt tot 7 april 2026)');
  });

  it('a beschikking planned after the PBL term is late', () => {
    const plan = planProcedure({
      ...basis,
      pblPlaatsing: '2026-03-02',
      vastgepland: { NADER_GEHOOR: '2026-03-26' },
    });
    expect(stap(plan, 'BESCHIKKING')).toMatchObject({
      gepland: '2026-04-01',
      uiterlijk: '2026-03-30',
      vertraagd: true,
    });
    expect(plan.ttsd).toMatchObject({ doelDatum: '2026-03-30', speling: -2, risico: 'TE_LAAT' });
  });

  it('uses TTSD.label in its explanation', () => {
    expect(planProcedure(basis).ttsd.uitleg.startsWith(`${TTSD.label}: `)).toBe(true);
  });
});

describe('appeal term (R10, R23)', () => {
  const metBeschikking = (datum: string, i: Partial<PlanInvoer> = {}) =>
    planProcedure({ ...basis, ...i, werkelijk: { BESCHIKKING: datum } });

  it('7 days ending on a Saturday run on to Monday', () => {
    const plan = metBeschikking('2026-03-14');
    expect(stap(plan, 'BEROEPSTERMIJN')).toMatchObject({ gepland: '2026-03-23', uiterlijk: '2026-03-23' });
    expect(stap(plan, 'BEROEPSTERMIJN').uitleg).toBe(
      'Beroepstermijn: 7 dagen na bekendmaking van besluit in de algemene asielprocedure op 14 maart 2026 → ' +
        'tot en met 23 maart 2026 (zaterdag 21 maart 2026 valt in het weekend; verlengd tot en met maandag ' +
        '23 maart 2026 (Algemene termijnenwet art. 1)). Regels: R10 en R23.',
    );
  });

  it('7 days ending on Koningsdag run on to the next day, and the vertrektermijn follows', () => {
    const plan = metBeschikking('2026-04-20');
    expect(stap(plan, 'BEROEPSTERMIJN').gepland).toBe('2026-04-28');
    expect(stap(plan, 'BEROEPSTERMIJN').uitleg).toContain('Koningsdag');
    expect(stap(plan, 'VERTREKGESPREK').gepland).toBe('2026-04-22');
    expect(stap(plan, 'VERTREK_OF_OVERDRACHT').gepland).toBe('2026-05-26');
  });

  it('28 days for another decision; ending on Tweede Paasdag it runs on to Tuesday', () => {
    const plan = metBeschikking('2026-03-09', { soortBesluit: 'OVERIG' });
    expect(stap(plan, 'BEROEPSTERMIJN').gepland).toBe('2026-04-07');
    expect(stap(plan, 'BEROEPSTERMIJN').uitleg).toContain('4 weken');
    const kort = metBeschikking('2026-03-09');
    expect(stap(kort, 'BEROEPSTERMIJN').gepland).toBe('2026-03-16');
    expect(stap(kort, 'BEROEPSTERMIJN').uitleg).toMatch(/Regel: R10\.$/);
  });
});

describe('controleerStapDatum', () => {
  const plan = planProcedure({
    ...basis,
    werkelijk: { IDENTIFICATIE_REGISTRATIE: '2026-03-04' },
    vandaag: '2026-03-04',
  });

  it('accepts a date on or after the earlier actual dates', () => {
    expect(() => controleerStapDatum('AANMELDGEHOOR', '2026-03-04', plan)).not.toThrow();
    expect(() => controleerStapDatum('NADER_GEHOOR', '2026-03-20', plan)).not.toThrow();
  });

  it('refuses a date before the actual date of an earlier step', () => {
    const fout = vangPlanningFout(() => controleerStapDatum('AANMELDGEHOOR', '2026-03-03', plan));
    expect(fout.veld).toBe('datum');
    expect(fout.reden).toBe(
      '3 maart 2026 ligt vóór de werkelijke datum van identificatie en registratie (4 maart 2026)',
    );
  });

  it('refuses a date before the aanmelding', () => {
    const fout = vangPlanningFout(() => controleerStapDatum('IDENTIFICATIE_REGISTRATIE', '2026-03-01', plan));
    expect(fout.message).toBe('datum: 1 maart 2026 ligt vóór de aanmelding (2 maart 2026)');
  });

  it('refuses a step that does not apply', () => {
    const dublin = planProcedure({ ...basis, spoor: 1 });
    const fout = vangPlanningFout(() => controleerStapDatum('NADER_GEHOOR', '2026-03-06', dublin));
    expect(fout.veld).toBe('stap');
    expect(fout.reden).toMatch(/^Nader gehoor is niet van toepassing in spoor 1/);
    expect(vangPlanningFout(() => controleerStapDatum('RVT', '2026-03-06', dublin)).veld).toBe('stap');
  });

  it('refuses a bad date and an unknown step', () => {
    expect(vangPlanningFout(() => controleerStapDatum('VOORNEMEN', '2026-02-31', plan)).veld).toBe('datum');
    expect(
      vangPlanningFout(() => controleerStapDatum('BEROEP' as ProcedureStap, '2026-03-10', plan)).veld,
    ).toBe('stap');
  });
});

describe('invoer', () => {
  it.each([
    [{ aanmelding: '2026-3-2' }, 'aanmelding'],
    [{ vandaag: null }, 'vandaag'],
    [{ spoor: 3 }, 'spoor'],
    [{ soortBesluit: 'AFGEWEZEN' }, 'soortBesluit'],
    [{ werkelijk: { GEHOOR: '2026-03-05' } }, 'werkelijk.GEHOOR'],
    [{ vastgepland: { NADER_GEHOOR: '12-03-2026' } }, 'vastgepland.NADER_GEHOOR'],
    [{ werkelijk: { AANMELDING: '2026-03-01' } }, 'werkelijk.AANMELDING'],
    [{ pblPlaatsing: '2026-02-30' }, 'pblPlaatsing'],
    [{ dublinOverdrachtUiterlijk: 'later' }, 'dublinOverdrachtUiterlijk'],
    [{ normDagen: 0 }, 'normDagen'],
    [{ rvtOnthouden: 'nee' }, 'rvtOnthouden'],
  ])('%j throws naming %s', (wijziging, veld) => {
    expect(
      vangPlanningFout(() => planProcedure({ ...basis, ...(wijziging as Partial<PlanInvoer>) })).veld,
    ).toBe(veld);
  });
});
