import {
  isLocatieSoort,
  LADDER,
  LOCATIE_SOORT_LABEL,
  LOCATIE_SOORTEN,
  TREDE_LABEL,
  tredeVan,
  volgendeTrede,
} from './locaties';

describe('locaties en escalatieladder (R1)', () => {
  it('has the ladder in R1 order', () => {
    expect(LADDER).toEqual(['INHUISREGISTRATIE', 'VTL', 'PBL', 'HTL', 'DETENTIECENTRUM']);
  });

  it('maps ladder locations to their rung and the others to null', () => {
    expect(LOCATIE_SOORTEN.map((s) => [s, tredeVan(s)])).toEqual([
      ['AANMELDCENTRUM', null],
      ['AZC', null],
      ['VTL', 'VTL'],
      ['PBL', 'PBL'],
      ['HTL', 'HTL'],
      ['VBL', null],
      ['DETENTIECENTRUM', 'DETENTIECENTRUM'],
    ]);
  });

  it('gives the next rung, starting at inhuisregistratie and ending above bewaring', () => {
    expect(volgendeTrede(null)).toBe('INHUISREGISTRATIE');
    expect(volgendeTrede('INHUISREGISTRATIE')).toBe('VTL');
    expect(volgendeTrede('PBL')).toBe('HTL');
    expect(volgendeTrede('DETENTIECENTRUM')).toBeNull();
  });

  it('recognises location kinds', () => {
    expect(isLocatieSoort('PBL')).toBe(true);
    expect(isLocatieSoort('pbl')).toBe(false);
    expect(isLocatieSoort('INHUISREGISTRATIE')).toBe(false);
    expect(isLocatieSoort(3)).toBe(false);
  });

  it('has Dutch labels', () => {
    expect(LOCATIE_SOORT_LABEL.AZC).toBe('Asielzoekerscentrum');
    expect(LOCATIE_SOORT_LABEL.HTL).toBe('Handhaving- en toezichtlocatie (HTL)');
    expect(LOCATIE_SOORT_LABEL.DETENTIECENTRUM).toBe('Detentiecentrum (vreemdelingenbewaring)');
    expect(TREDE_LABEL.VTL).toBe('Versterkt toezichtlocatie (VTL)');
  });
});
