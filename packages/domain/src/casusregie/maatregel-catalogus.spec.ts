import { TERMIJN_SOORTEN } from '../contracten/termijnen';
import { ORGANISATIES } from '../organisaties/organisatie';
import { MAATREGEL_CATALOGUS, vindMaatregel, type MaatregelDefinitie } from './maatregel-catalogus';

const codes = MAATREGEL_CATALOGUS.map((m) => m.code);
const metCode = (code: string): MaatregelDefinitie => {
  const m = vindMaatregel(code);
  if (!m) throw new Error(`maatregel ${code} ontbreekt`);
  return m;
};

describe('maatregelencatalogus (DOMAIN.md §6)', () => {
  it('codes zijn uniek en UPPER_SNAKE', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
  });

  it('bevat elke maatregel uit §6, per soort, in de volgorde van §6', () => {
    const perSoort = (soort: MaatregelDefinitie['soort']) =>
      MAATREGEL_CATALOGUS.filter((m) => m.soort === soort).map((m) => m.code);
    expect(perSoort('PREVENTIEF')).toEqual([
      'GEMEENSCHAPPELIJKE_ACTIVITEITEN',
      'LOKALE_PROJECTGROEP',
      'CONTACTFUNCTIONARIS',
      'OMWONENDENOVERLEG',
      'MELDKAART',
      'EXTRA_TOEZICHT',
      'INTEGRAAL_VEILIGHEIDSPLAN',
      'HANDHAVINGSARRANGEMENT',
      'REGIEMODEL',
      'POLITIECAPACITEIT',
    ]);
    expect(perSoort('REPRESSIEF')).toEqual([
      'AANGIFTE_VPT',
      'GEBIEDSVERBOD_ART_172_LID_3',
      'GEBIEDSVERBOD_APV_24U',
      'GEBIEDSVERBOD_ART_172A',
      'PREVENTIEF_FOUILLEREN',
      'SAMENSCHOLINGSVERBOD',
      'MELDPLICHT_172A',
      'ALCOHOLVERBOD',
      'CAMERATOEZICHT',
      'WINKELVERBOD',
    ]);
    expect(perSoort('KETEN')).toEqual([
      'VERSNELDE_BEHANDELING_IND',
      'ONTHOUDEN_RVT',
      'VERSNELD_BEROEP',
      'COA_CORRECTIEGESPREK',
      'COA_WAARSCHUWINGSBRIEF',
      'COA_LEERMAATREGEL',
      'COA_INHOUDING_LEEFGELD',
      'COA_TIME_OUT',
      'COA_HTL_MAATREGEL',
      'PLAATSING_VTL',
      'PLAATSING_PBL',
      'PLAATSING_HTL',
      'ARTIKEL_54_MELDPLICHT',
      'ARTIKEL_56_VRIJHEIDSBEPERKING',
      'VREEMDELINGENBEWARING',
      'DUBLIN_OVERDRACHT',
      'VERTREK',
    ]);
    expect(MAATREGEL_CATALOGUS).toHaveLength(37);
  });

  it('elke regel heeft een Nederlandse naam, een bekende eigenaar en ten minste één toepassing', () => {
    for (const m of MAATREGEL_CATALOGUS) {
      expect(m.naam.trim()).not.toBe('');
      expect(ORGANISATIES).toContain(m.eigenaar);
      expect(m.toepassing.length).toBeGreaterThan(0);
      expect(new Set(m.toepassing).size).toBe(m.toepassing.length);
      for (const t of m.toepassing) expect(['PERSOON', 'PLAATS', 'GROEP']).toContain(t);
    }
  });

  it('termijnsoorten bestaan in TermijnSoort; duur zonder termijnsoort komt niet voor', () => {
    for (const m of MAATREGEL_CATALOGUS) {
      if (m.termijnSoort !== null) expect(TERMIJN_SOORTEN).toContain(m.termijnSoort);
      if (m.standaardDuurDagen !== null) {
        expect(Number.isInteger(m.standaardDuurDagen)).toBe(true);
        expect(m.standaardDuurDagen).toBeGreaterThan(0);
        expect(m.termijnSoort).not.toBeNull();
      }
    }
    // Deliberately a deadline kind without a default duration: the term is counted from another event
    // or set per decision.
    expect(
      MAATREGEL_CATALOGUS.filter((m) => m.termijnSoort !== null && m.standaardDuurDagen === null).map(
        (m) => m.code,
      ),
    ).toEqual(['GEBIEDSVERBOD_ART_172_LID_3', 'DUBLIN_OVERDRACHT', 'VERTREK']);
  });

  it.each([
    ['GEBIEDSVERBOD_APV_24U', 1, 'GEBIEDSVERBOD', 'APV'],
    ['GEBIEDSVERBOD_ART_172A', 91, 'GEBIEDSVERBOD', 'Gemeentewet art. 172a'],
    ['PLAATSING_PBL', 28, 'PBL_BEHANDELTERMIJN', null],
    ['PLAATSING_HTL', 91, 'HTL_VERBLIJF', null],
    ['ARTIKEL_56_VRIJHEIDSBEPERKING', 84, 'ARTIKEL_56_MAATREGEL', 'Vw art. 56'],
    ['VREEMDELINGENBEWARING', 183, 'VREEMDELINGENBEWARING', 'Vw art. 59'],
  ] as const)('%s: %i dagen, termijnsoort %s, grondslag %s', (code, dagen, termijnSoort, grondslag) => {
    const m = metCode(code);
    expect(m.standaardDuurDagen).toBe(dagen);
    expect(m.termijnSoort).toBe(termijnSoort);
    expect(m.wettelijkeGrondslag).toBe(grondslag);
  });

  it('alle maatregelen met een duur staan hierboven: geen stille standaardduur', () => {
    expect(
      MAATREGEL_CATALOGUS.filter((m) => m.standaardDuurDagen !== null)
        .map((m) => `${m.code}=${m.standaardDuurDagen}`)
        .sort(),
    ).toEqual([
      'ARTIKEL_56_VRIJHEIDSBEPERKING=84',
      'GEBIEDSVERBOD_APV_24U=1',
      'GEBIEDSVERBOD_ART_172A=91',
      'PLAATSING_HTL=91',
      'PLAATSING_PBL=28',
      'VREEMDELINGENBEWARING=183',
    ]);
  });

  it('onthouden RVT: IND, grondslag volgens R8, persoon en groep, geen duur (R8)', () => {
    expect(metCode('ONTHOUDEN_RVT')).toEqual({
      code: 'ONTHOUDEN_RVT',
      naam: 'Onthouden rust- en voorbereidingstijd',
      soort: 'KETEN',
      eigenaar: 'IND',
      wettelijkeGrondslag: 'Vb 2000 art. 3.109 (R8)',
      standaardDuurDagen: null,
      termijnSoort: null,
      toepassing: ['PERSOON', 'GROEP'],
    });
  });

  it.each([
    ['GEBIEDSVERBOD_ART_172_LID_3', 'GEMEENTE', 'Gemeentewet art. 172 lid 3'],
    ['MELDPLICHT_172A', 'GEMEENTE', 'Gemeentewet art. 172a'],
    ['SAMENSCHOLINGSVERBOD', 'GEMEENTE', 'APV'],
    ['ALCOHOLVERBOD', 'GEMEENTE', 'APV'],
    ['ARTIKEL_54_MELDPLICHT', 'DTV', 'Vw art. 54'],
    ['DUBLIN_OVERDRACHT', 'DTV', 'Verordening (EU) 604/2013 art. 29'],
    ['VERSNELDE_BEHANDELING_IND', 'IND', null],
    ['COA_INHOUDING_LEEFGELD', 'COA', null],
    ['AANGIFTE_VPT', 'POLITIE', null],
  ] as const)('%s: eigenaar %s, grondslag %s', (code, eigenaar, grondslag) => {
    const m = metCode(code);
    expect(m.eigenaar).toBe(eigenaar);
    expect(m.wettelijkeGrondslag).toBe(grondslag);
  });

  it('plaatsgebonden en groepsmaatregelen', () => {
    expect(metCode('SAMENSCHOLINGSVERBOD').toepassing).toEqual(['GROEP', 'PLAATS']);
    expect(metCode('CAMERATOEZICHT').toepassing).toEqual(['PLAATS']);
    expect(metCode('VERSNELD_BEROEP').toepassing).toEqual(['PERSOON', 'GROEP']);
    expect(metCode('GEBIEDSVERBOD_APV_24U').toepassing).toEqual(['PERSOON']);
  });

  it('de catalogus is onveranderlijk', () => {
    expect(Object.isFrozen(MAATREGEL_CATALOGUS)).toBe(true);
    const m = metCode('PLAATSING_PBL');
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.toepassing)).toBe(true);
    expect(() => {
      (m as { standaardDuurDagen: number | null }).standaardDuurDagen = 99;
    }).toThrow(TypeError);
    expect(metCode('PLAATSING_PBL').standaardDuurDagen).toBe(28);
  });

  it('vindMaatregel: onbekende code → undefined', () => {
    expect(vindMaatregel('BESTAAT_NIET')).toBeUndefined();
    expect(vindMaatregel('vertrek')).toBeUndefined();
    expect(vindMaatregel('VERTREK')?.naam).toBe('Vertrek (terugkeer)');
  });
});
