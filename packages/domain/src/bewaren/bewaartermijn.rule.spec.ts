import { bewaarGrens, bewaartermijnFout, isMinstens, parseBewaartermijn } from './bewaartermijn.rule';

describe('bewaartermijnen lezen', () => {
  it('leest jaren, maanden, weken en dagen als ISO-8601-duur', () => {
    expect(parseBewaartermijn('P5Y')).toEqual({ jaren: 5, maanden: 0, weken: 0, dagen: 0, iso: 'P5Y' });
    expect(parseBewaartermijn(' p1y6m ')).toEqual({ jaren: 1, maanden: 6, weken: 0, dagen: 0, iso: 'P1Y6M' });
    expect(parseBewaartermijn('P30D')).toMatchObject({ dagen: 30 });
    expect(parseBewaartermijn('P2W')).toMatchObject({ weken: 2 });
  });

  it('weigert wat geen bruikbare termijn is, met een reden in gewone woorden', () => {
    expect(bewaartermijnFout('5 jaar')).toMatch(/ISO-8601-duur zijn, bijvoorbeeld P5Y/);
    expect(bewaartermijnFout('P')).toMatch(/ISO-8601/);
    expect(bewaartermijnFout('60')).toMatch(/ISO-8601/);
    expect(bewaartermijnFout('P0Y')).toBe('moet langer zijn dan nul');
    expect(bewaartermijnFout('PT12H')).toMatch(/geen uren of minuten/);
    expect(bewaartermijnFout('P1YT1H')).toMatch(/geen uren of minuten/);
    expect(bewaartermijnFout('P1.5Y')).toMatch(/ISO-8601/);
    expect(bewaartermijnFout('P-1Y')).toMatch(/ISO-8601/);
    expect(bewaartermijnFout('P101Y')).toBe('hoogstens 100 jaar');
    expect(() => parseBewaartermijn('vijf jaar')).toThrow(/Ongeldige bewaartermijn 'vijf jaar'/);
  });
});

describe('de grens van een termijn', () => {
  it('telt terug op de Amsterdamse kalender', () => {
    // 2026-03-31 12:00 Amsterdam (summer time) minus one month: 28 February 12:00 (winter time).
    expect(bewaarGrens(parseBewaartermijn('P1M'), new Date('2026-03-31T10:00:00Z')).toISOString()).toBe(
      '2026-02-28T11:00:00.000Z',
    );
    // Five years back from a leap day lands on 28 February.
    expect(bewaarGrens(parseBewaartermijn('P5Y'), new Date('2028-02-29T11:00:00Z')).toISOString()).toBe(
      '2023-02-28T11:00:00.000Z',
    );
    expect(bewaarGrens(parseBewaartermijn('P30D'), new Date('2026-11-20T09:00:00Z')).toISOString()).toBe(
      '2026-10-21T08:00:00.000Z',
    );
  });

  it('hangt niet af van de tijdzone van de server', () => {
    const nu = new Date('2026-01-15T23:30:00Z'); // already the 16th in Amsterdam
    expect(bewaarGrens(parseBewaartermijn('P1Y'), nu).toISOString()).toBe('2025-01-15T23:30:00.000Z');
  });
});

describe('vergelijken', () => {
  const t = parseBewaartermijn;
  it('is zeker op elke datum, anders nee', () => {
    expect(isMinstens(t('P1Y'), t('P12M'))).toBe(true);
    expect(isMinstens(t('P2Y'), t('P1Y'))).toBe(true);
    expect(isMinstens(t('P1Y1D'), t('P1Y'))).toBe(true);
    expect(isMinstens(t('P11M'), t('P1Y'))).toBe(false);
    // 365 days is less than a year in a leap year.
    expect(isMinstens(t('P365D'), t('P1Y'))).toBe(false);
    expect(isMinstens(t('P11M40D'), t('P1Y'))).toBe(false);
    expect(isMinstens(t('P5Y'), t('P10Y'))).toBe(false);
  });
});
