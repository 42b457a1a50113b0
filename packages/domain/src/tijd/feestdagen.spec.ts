import { atwFeestdag, atwFeestdagenVanJaar, isAlgemeneErkendeFeestdag } from './feestdagen';
import { TermijnFout } from './termijn-fout';

const datums = (jaar: number) => atwFeestdagenVanJaar(jaar).map((dag) => dag.datum);

describe('Atw feestdagen (date-holidays NL, selected to Atw art. 3)', () => {
  it('2026: Atw art. 3 lid 1 days, Goede Vrijdag (lid 2) and the decree days (lid 3)', () => {
    expect(datums(2026)).toEqual([
      '2026-01-01', // Nieuwjaarsdag
      '2026-01-02', // gelijkgesteld (vrijdag na Nieuwjaarsdag)
      '2026-04-03', // Goede Vrijdag
      '2026-04-06', // Tweede Paasdag
      '2026-04-27', // Koningsdag (Monday)
      '2026-05-05', // 5 mei (every year, not only lustrum years)
      '2026-05-14', // Hemelvaartsdag
      '2026-05-15', // gelijkgesteld (vrijdag na Hemelvaartsdag)
      '2026-05-25', // Tweede Pinksterdag
      '2026-12-25', // Eerste Kerstdag
      '2026-12-26', // Tweede Kerstdag
    ]);
  });

  it('2025: Koningsdag on Saturday 26 April because 27 April was a Sunday', () => {
    expect(datums(2025)).toEqual([
      '2025-01-01',
      '2025-04-18',
      '2025-04-21',
      '2025-04-26',
      '2025-05-05',
      '2025-05-29',
      '2025-05-30',
      '2025-06-09',
      '2025-12-25',
      '2025-12-26',
    ]);
  });

  it('2027 and 2028 follow Easter and the 2026–2028 decree', () => {
    expect(datums(2027)).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-04-27',
      '2027-05-05',
      '2027-05-06',
      '2027-05-07',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ]);
    expect(datums(2028)).toEqual([
      '2028-01-01',
      '2028-04-14',
      '2028-04-17',
      '2028-04-27',
      '2028-04-28',
      '2028-05-05',
      '2028-05-25',
      '2028-05-26',
      '2028-06-05',
      '2028-12-25',
      '2028-12-26',
    ]);
  });

  it('names the legal basis of each day', () => {
    expect(atwFeestdag('2026-04-06')).toEqual({ naam: 'Tweede Paasdag', grondslag: 'Atw art. 3 lid 1' });
    expect(atwFeestdag('2026-04-03')).toEqual({ naam: 'Goede Vrijdag', grondslag: 'Atw art. 3 lid 2' });
    expect(atwFeestdag('2026-05-15')?.grondslag).toBe('Atw art. 3 lid 3');
    expect(atwFeestdag('2026-04-27')?.naam).toBe('Koningsdag');
  });

  it('does not count Easter/Whit Sunday, 4 May, 31 December or an ordinary day', () => {
    expect(isAlgemeneErkendeFeestdag('2026-04-05')).toBe(false); // Eerste Paasdag (a Sunday anyway)
    expect(isAlgemeneErkendeFeestdag('2026-05-04')).toBe(false); // Dodenherdenking
    expect(isAlgemeneErkendeFeestdag('2026-12-31')).toBe(false); // Oudejaarsdag
    expect(isAlgemeneErkendeFeestdag('2026-03-11')).toBe(false);
  });

  it('decides by the Amsterdam date, not the UTC date', () => {
    // 26 April 22:30 UTC = 27 April 00:30 CEST: Koningsdag in Amsterdam
    expect(isAlgemeneErkendeFeestdag(new Date('2026-04-26T22:30:00Z'))).toBe(true);
    // 27 April 22:30 UTC = 28 April 00:30 CEST: an ordinary Tuesday
    expect(isAlgemeneErkendeFeestdag(new Date('2026-04-27T22:30:00Z'))).toBe(false);
  });

  it('refuses invalid input', () => {
    expect(() => isAlgemeneErkendeFeestdag(new Date(Number.NaN))).toThrow(TermijnFout);
    expect(() => atwFeestdagenVanJaar(2026.5)).toThrow(TermijnFout);
  });
});
