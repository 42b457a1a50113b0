import { beoordeelPlaatsing, leeftijdOp, type PlaatsingsInvoer } from './plaatsing-geschiktheid.rule';
import { PlanningFout } from './planning-fout';

function vangPlanningFout(actie: () => unknown): PlanningFout {
  try {
    actie();
  } catch (fout) {
    if (fout instanceof PlanningFout) return fout;
    throw fout;
  }
  throw new Error('verwachtte een PlanningFout');
}

const volwassene = { geboortedatum: '1990-05-01', dublinclaimant: false };

const pbl: PlaatsingsInvoer = {
  locatieSoort: 'PBL',
  van: '2026-03-02',
  tot: null,
  persoon: volwassene,
  hoogsteTrede: 'VTL',
};

const codes = (i: PlaatsingsInvoer) => beoordeelPlaatsing(i).bevindingen.map((b) => b.code);

describe('PBL (R3)', () => {
  it('accepts an adult safe-country applicant, default end 28 days later, and names the decision date', () => {
    const b = beoordeelPlaatsing(pbl);
    expect(b.toegestaan).toBe(true);
    expect(b.trede).toBe('PBL');
    expect(b.tot).toBe('2026-03-30');
    expect(b.maximaleTot).toBeNull();
    expect(b.bevindingen).toEqual([
      {
        code: 'PBL_BEHANDELTERMIJN',
        regel: 'R3',
        blokkerend: false,
        tekst:
          'De beschikking moet binnen 28 dagen na plaatsing in de PBL genomen zijn: uiterlijk 30 maart 2026 (R3; plaatsing op 2 maart 2026).',
      },
    ]);
  });

  it('keeps a given end date', () => {
    expect(beoordeelPlaatsing({ ...pbl, tot: '2026-03-20' }).tot).toBe('2026-03-20');
  });

  it('refuses a minor', () => {
    const b = beoordeelPlaatsing({ ...pbl, persoon: { geboortedatum: '2010-06-01', dublinclaimant: false } });
    expect(b.toegestaan).toBe(false);
    expect(b.bevindingen.map((x) => [x.code, x.blokkerend])).toEqual([['PBL_MINDERJARIG', true]]);
    expect(b.bevindingen[0].tekst).toBe(
      'De PBL is niet voor minderjarigen (R3): op 2 maart 2026 is deze persoon 15 jaar.',
    );
  });

  it('counts the 18th birthday itself as adult', () => {
    expect(codes({ ...pbl, persoon: { geboortedatum: '2008-03-02', dublinclaimant: false } })).toEqual([
      'PBL_BEHANDELTERMIJN',
    ]);
    expect(codes({ ...pbl, persoon: { geboortedatum: '2008-03-03', dublinclaimant: false } })).toEqual([
      'PBL_MINDERJARIG',
    ]);
  });

  it('refuses a Dublin claimant', () => {
    const b = beoordeelPlaatsing({ ...pbl, persoon: { ...volwassene, dublinclaimant: true } });
    expect(b.toegestaan).toBe(false);
    expect(b.bevindingen.map((x) => x.code)).toEqual(['PBL_DUBLIN']);
    expect(b.bevindingen[0].tekst).toMatch(/^De PBL is niet voor Dublinclaimanten \(R3\)/);
  });

  it('refuses when the age is unknown', () => {
    const b = beoordeelPlaatsing({ ...pbl, persoon: { geboortedatum: null, dublinclaimant: false } });
    expect(b.toegestaan).toBe(false);
    expect(b.bevindingen.map((x) => [x.code, x.blokkerend])).toEqual([['PBL_LEEFTIJD_ONBEKEND', true]]);
    expect(b.bevindingen[0].tekst).toContain('meerderjarigheid is niet vastgesteld');
  });

  it('a Dublin claimant of unknown age gets both blocking findings', () => {
    expect(codes({ ...pbl, persoon: { geboortedatum: null, dublinclaimant: true } })).toEqual([
      'PBL_DUBLIN',
      'PBL_LEEFTIJD_ONBEKEND',
    ]);
  });

  it('year-only birth date: assumes 31 December (youngest possible) and says so', () => {
    const persoon = { geboortedatum: '2008', dublinclaimant: false };
    const dagErvoor = beoordeelPlaatsing({ ...pbl, van: '2026-12-30', persoon });
    expect(dagErvoor.toegestaan).toBe(false);
    expect(dagErvoor.bevindingen[0].code).toBe('PBL_MINDERJARIG');
    expect(dagErvoor.bevindingen[0].tekst).toContain('17 jaar');
    expect(dagErvoor.bevindingen[0].tekst).toContain('gerekend is met 31 december 2008');

    const grensdag = beoordeelPlaatsing({ ...pbl, van: '2026-12-31', persoon });
    expect(grensdag.toegestaan).toBe(true);
    expect(grensdag.bevindingen.map((x) => x.code)).toEqual(['PBL_BEHANDELTERMIJN']);
    expect(grensdag.bevindingen[0].tekst).toContain('Alleen het geboortejaar 2008 is bekend');
    expect(grensdag.tot).toBe('2027-01-28');
  });
});

describe('leeftijdOp', () => {
  it.each([
    ['2008', '2026-12-30', 17],
    ['2008', '2026-12-31', 18],
    ['2008-03-02', '2026-03-01', 17],
    ['2008-03-02', '2026-03-02', 18],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['2026', '2026-06-01', 0],
  ])('born %s, on %s → %i', (geboren, op, leeftijd) => {
    expect(leeftijdOp(geboren, op)).toBe(leeftijd);
  });

  it('refuses a birth date after the reference date and a bad format', () => {
    expect(vangPlanningFout(() => leeftijdOp('2026-06-02', '2026-06-01')).veld).toBe('geboortedatum');
    expect(vangPlanningFout(() => leeftijdOp('01-05-1990', '2026-06-01')).veld).toBe('geboortedatum');
    expect(vangPlanningFout(() => leeftijdOp('1990-02-30', '2026-06-01')).veld).toBe('geboortedatum');
  });
});

describe('HTL (R6)', () => {
  const htl: PlaatsingsInvoer = { ...pbl, locatieSoort: 'HTL', van: '2026-01-15', hoogsteTrede: 'PBL' };

  it('at most 3 months: van + 3 months − 1 day is allowed and the default', () => {
    const b = beoordeelPlaatsing(htl);
    expect(b.maximaleTot).toBe('2026-04-14');
    expect(b.tot).toBe('2026-04-14');
    expect(b.toegestaan).toBe(true);
    expect(b.bevindingen).toEqual([]);
    expect(beoordeelPlaatsing({ ...htl, tot: '2026-04-14' }).toegestaan).toBe(true);
  });

  it('one day more is refused', () => {
    const b = beoordeelPlaatsing({ ...htl, tot: '2026-04-15' });
    expect(b.toegestaan).toBe(false);
    expect(b.bevindingen).toEqual([
      {
        code: 'HTL_MAXIMUM',
        regel: 'R6',
        blokkerend: true,
        tekst:
          'Het verblijf in de HTL duurt ten hoogste 3 maanden (R6): bij plaatsing op 15 januari 2026 is 14 april 2026 ' +
          'de laatste dag; de geplande einddatum 15 april 2026 ligt daarna.',
      },
    ]);
  });

  it('clamps to the month end: 30 November + 3 months = 28 February, last day 27 February', () => {
    const b = beoordeelPlaatsing({ ...htl, van: '2026-11-30' });
    expect(b.maximaleTot).toBe('2027-02-27');
    expect(beoordeelPlaatsing({ ...htl, van: '2026-11-30', tot: '2027-02-27' }).toegestaan).toBe(true);
    expect(codes({ ...htl, van: '2026-11-30', tot: '2027-02-28' })).toEqual(['HTL_MAXIMUM']);
    expect(beoordeelPlaatsing({ ...htl, van: '2026-08-31' }).maximaleTot).toBe('2026-11-29');
  });

  it('with an art. 56 measure the shorter 12 weeks apply', () => {
    const b = beoordeelPlaatsing({ ...htl, artikel56: true });
    expect(b.maximaleTot).toBe('2026-04-08');
    expect(b.tot).toBe('2026-04-08');
    expect(codes({ ...htl, artikel56: true, tot: '2026-04-09' })).toEqual(['ART56_MAXIMUM']);
    expect(codes({ ...htl, artikel56: true, tot: '2026-04-15' })).toEqual(['HTL_MAXIMUM', 'ART56_MAXIMUM']);
  });
});

describe('art. 56 Vw (R6)', () => {
  const vbl: PlaatsingsInvoer = { ...pbl, locatieSoort: 'VBL', hoogsteTrede: null, artikel56: true };

  it('at most 12 weeks: van + 84 days − 1', () => {
    const b = beoordeelPlaatsing({ ...vbl, tot: '2026-05-24' });
    expect(b.maximaleTot).toBe('2026-05-24');
    expect(b.toegestaan).toBe(true);
    expect(b.trede).toBeNull();
  });

  it('one day more is refused', () => {
    const b = beoordeelPlaatsing({ ...vbl, tot: '2026-05-25' });
    expect(b.toegestaan).toBe(false);
    expect(b.bevindingen.map((x) => [x.code, x.regel, x.blokkerend])).toEqual([
      ['ART56_MAXIMUM', 'R6', true],
    ]);
    expect(b.bevindingen[0].tekst).toContain('ten hoogste 12 weken');
  });

  it('defaults the end to the maximum of the measure', () => {
    expect(beoordeelPlaatsing(vbl).tot).toBe('2026-05-24');
  });

  it('without art. 56 a VBL has no maximum and no default', () => {
    const b = beoordeelPlaatsing({ ...vbl, artikel56: false });
    expect(b).toEqual({ toegestaan: true, bevindingen: [], tot: null, maximaleTot: null, trede: null });
  });
});

describe('vreemdelingenbewaring (R7)', () => {
  const bewaring: PlaatsingsInvoer = { ...pbl, locatieSoort: 'DETENTIECENTRUM', hoogsteTrede: 'HTL' };

  it('at most 6 months', () => {
    const b = beoordeelPlaatsing(bewaring);
    expect(b.maximaleTot).toBe('2026-09-01');
    expect(b.tot).toBe('2026-09-01');
    expect(b.toegestaan).toBe(true);
    const teLang = beoordeelPlaatsing({ ...bewaring, tot: '2026-09-02' });
    expect(teLang.bevindingen.map((x) => [x.code, x.regel])).toEqual([['BEWARING_MAXIMUM', 'R7']]);
    expect(teLang.toegestaan).toBe(false);
  });

  it('at most 18 months when extended', () => {
    const b = beoordeelPlaatsing({ ...bewaring, bewaringVerlengd: true, tot: '2027-09-01' });
    expect(b.maximaleTot).toBe('2027-09-01');
    expect(b.toegestaan).toBe(true);
    expect(codes({ ...bewaring, bewaringVerlengd: true, tot: '2027-09-02' })).toEqual(['BEWARING_MAXIMUM']);
  });
});

describe('escalatieladder (R1)', () => {
  const htl: PlaatsingsInvoer = { ...pbl, locatieSoort: 'HTL', hoogsteTrede: 'VTL' };

  it('skipping a rung without a reason is blocked and names the skipped rung', () => {
    const b = beoordeelPlaatsing(htl);
    expect(b.toegestaan).toBe(false);
    expect(b.bevindingen).toEqual([
      {
        code: 'LADDER_OVERGESLAGEN',
        regel: 'R1',
        blokkerend: true,
        tekst:
          'Escalatieladder (R1): van Versterkt toezichtlocatie (VTL) naar Handhaving- en toezichtlocatie (HTL) ' +
          'slaat de trede Procesbeschikbaarheidslocatie (PBL) over. Treden overslaan mag alleen met een reden ' +
          'van ten minste 10 tekens.',
      },
    ]);
  });

  it('a reason shorter than 10 characters (after trimming) does not count', () => {
    const b = beoordeelPlaatsing({ ...htl, overslaanReden: '   geweld   ' });
    expect(b.toegestaan).toBe(false);
    expect(b.bevindingen[0].tekst).toContain('(de opgegeven reden "geweld" is te kort)');
  });

  it('skipping with a reason is allowed and quotes the reason', () => {
    const b = beoordeelPlaatsing({ ...htl, overslaanReden: ' Ernstig geweld tegen medewerkers ' });
    expect(b.toegestaan).toBe(true);
    expect(b.bevindingen).toEqual([
      {
        code: 'LADDER_OVERGESLAGEN_MET_REDEN',
        regel: 'R1',
        blokkerend: false,
        tekst:
          'Escalatieladder (R1): van Versterkt toezichtlocatie (VTL) naar Handhaving- en toezichtlocatie (HTL) ' +
          'slaat de trede Procesbeschikbaarheidslocatie (PBL) over, met als reden: "Ernstig geweld tegen medewerkers".',
      },
    ]);
  });

  it('names every skipped rung, also from the bottom', () => {
    const b = beoordeelPlaatsing({ ...pbl, locatieSoort: 'DETENTIECENTRUM', hoogsteTrede: null });
    expect(b.bevindingen.map((x) => x.code)).toEqual(['LADDER_OVERGESLAGEN']);
    expect(b.bevindingen[0].tekst).toContain(
      'Detentiecentrum (vreemdelingenbewaring) als eerste trede slaat de treden Inhuisregistratie (twee keer per dag bij het COA), ' +
        'Versterkt toezichtlocatie (VTL), Procesbeschikbaarheidslocatie (PBL) en Handhaving- en toezichtlocatie (HTL) over',
    );
  });

  it('a first VTL placement without inhuisregistratie skips that rung', () => {
    expect(codes({ ...pbl, locatieSoort: 'VTL', hoogsteTrede: null })).toEqual(['LADDER_OVERGESLAGEN']);
    expect(codes({ ...pbl, locatieSoort: 'VTL', hoogsteTrede: 'INHUISREGISTRATIE' })).toEqual([]);
  });

  it('the next rung and the same rung are fine', () => {
    expect(codes({ ...pbl, locatieSoort: 'HTL', hoogsteTrede: 'PBL' })).toEqual([]);
    expect(codes({ ...pbl, locatieSoort: 'HTL', hoogsteTrede: 'HTL' })).toEqual([]);
  });

  it('going down is allowed with an informative finding', () => {
    const b = beoordeelPlaatsing({ ...pbl, locatieSoort: 'VTL', hoogsteTrede: 'HTL' });
    expect(b.toegestaan).toBe(true);
    expect(b.bevindingen.map((x) => [x.code, x.blokkerend])).toEqual([['LADDER_TERUG', false]]);
    expect(b.bevindingen[0].tekst).toBe(
      'Escalatieladder (R1): terug van Handhaving- en toezichtlocatie (HTL) naar Versterkt toezichtlocatie (VTL); een lagere trede is toegestaan.',
    );
  });

  it('locations off the ladder are not checked against it', () => {
    expect(beoordeelPlaatsing({ ...pbl, locatieSoort: 'AZC', hoogsteTrede: 'DETENTIECENTRUM' })).toEqual({
      toegestaan: true,
      bevindingen: [],
      tot: null,
      maximaleTot: null,
      trede: null,
    });
  });
});

describe('invoer', () => {
  it('tot before van throws naming tot', () => {
    const fout = vangPlanningFout(() => beoordeelPlaatsing({ ...pbl, tot: '2026-03-01' }));
    expect(fout).toBeInstanceOf(PlanningFout);
    expect(fout.veld).toBe('tot');
    expect(fout.reden).toBe('ligt vóór de begindatum (van)');
    expect(fout.message).toBe('tot: ligt vóór de begindatum (van)');
  });

  it('tot equal to van is a one-day stay', () => {
    expect(beoordeelPlaatsing({ ...pbl, tot: '2026-03-02' }).tot).toBe('2026-03-02');
  });

  it.each([
    [{ van: '2026-02-30' }, 'van'],
    [{ van: '2026-3-2' }, 'van'],
    [{ tot: 'morgen' }, 'tot'],
    [{ locatieSoort: 'GEVANGENIS' }, 'locatieSoort'],
    [{ hoogsteTrede: 'ZSM' }, 'hoogsteTrede'],
    [{ persoon: { geboortedatum: '1-1-1990', dublinclaimant: false } }, 'persoon.geboortedatum'],
    [{ persoon: { geboortedatum: '1990-01-01', dublinclaimant: 'ja' } }, 'persoon.dublinclaimant'],
  ])('%j throws naming %s', (wijziging, veld) => {
    const fout = vangPlanningFout(() =>
      beoordeelPlaatsing({ ...pbl, ...(wijziging as Partial<PlaatsingsInvoer>) }),
    );
    expect(fout.veld).toBe(veld);
  });
});
