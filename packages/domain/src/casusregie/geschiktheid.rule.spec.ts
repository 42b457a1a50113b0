import { beoordeelGeschiktheid, type GeschiktheidInvoer } from './geschiktheid.rule';

const basis: GeschiktheidInvoer = {
  heeftOpenCasus: false,
  kansarm: null,
  spoor: 2,
  procedurefase: 'ALGEMENE_ASIELPROCEDURE',
  locatieCode: 'TER_APEL',
  vpt: false,
};

describe('R20 geschiktheid', () => {
  it('kansarm (spoor 2), vroeg en in Ter Apel: casus voorstellen, alle criteria voldaan', () => {
    const g = beoordeelGeschiktheid(basis);
    expect(g.verdict).toBe('CASUS_VOORSTELLEN');
    expect(g.criteria.map((c) => c.voldaan)).toEqual([true, true, true]);
    expect(g.teControleren).toEqual([]);
  });

  it.each([
    [{ kansarm: false, spoor: 4 }, 'NIET_GESCHIKT', ['kansarm']],
    [{ locatieCode: 'HOOGEVEEN' }, 'NIET_GESCHIKT', ['in Ter Apel of Budel']],
    [{ procedurefase: 'BEROEP' }, 'DOORVERWIJZEN_LKO_TOPX', ['vroeg in de procedure']],
    [
      { procedurefase: 'VERTREK', locatieCode: 'BUDEL', spoor: 1 },
      'DOORVERWIJZEN_LKO_TOPX',
      ['vroeg in de procedure'],
    ],
    [{ spoor: 4, kansarm: true, locatieCode: 'BUDEL' }, 'CASUS_VOORSTELLEN', []],
  ] as const)('%j → %s', (wijziging, verdict, nietVoldaan) => {
    const g = beoordeelGeschiktheid({ ...basis, ...wijziging });
    expect(g.verdict).toBe(verdict);
    expect(g.criteria.filter((c) => c.voldaan === false).map((c) => c.naam)).toEqual(nietVoldaan);
  });

  it('onbekende feiten: voorstellen met wat nog te controleren is, nooit stil afwijzen', () => {
    const g = beoordeelGeschiktheid({ ...basis, spoor: null, kansarm: null, locatieCode: null });
    expect(g.verdict).toBe('CASUS_VOORSTELLEN');
    expect(g.teControleren).toEqual(['kansarmheid nog niet beoordeeld', 'verblijfplaats onbekend']);
    expect(g.uitleg).toContain('nog te controleren');
  });

  it('VPT gaat altijd naar het kernteam (R17), ook als de criteria niet kloppen', () => {
    const g = beoordeelGeschiktheid({
      ...basis,
      vpt: true,
      spoor: 4,
      kansarm: false,
      locatieCode: 'HOOGEVEEN',
      procedurefase: 'BEROEP',
    });
    expect(g.verdict).toBe('CASUS_VOORSTELLEN');
    expect(g.uitleg).toContain('R17');
  });

  it('een open casus: het signaal wordt gekoppeld, geen nieuw voorstel', () => {
    expect(beoordeelGeschiktheid({ ...basis, heeftOpenCasus: true, vpt: true }).verdict).toBe(
      'KOPPELEN_AAN_CASUS',
    );
  });
});
