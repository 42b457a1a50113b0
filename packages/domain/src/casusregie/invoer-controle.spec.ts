import {
  controleerGeheelGetal,
  controleerMoment,
  controleerPeriode,
  controleerUniekeCasussen,
  rondAf1,
  vergelijkTekst,
} from './invoer-controle';

describe('invoercontrole van de casusregieregels', () => {
  it('controleerMoment: geldige Date terug, anders fout met het veld', () => {
    const moment = new Date('2026-03-01T00:00:00Z');
    expect(controleerMoment(moment, 'van')).toBe(moment);
    expect(() => controleerMoment(new Date('x'), 'van')).toThrow('van: moet een geldige datum (Date) zijn');
    expect(() => controleerMoment('2026-03-01', 'tot')).toThrow('tot: moet een geldige datum (Date) zijn');
    expect(() => controleerMoment(null, 'nu')).toThrow('nu:');
  });

  it('controleerPeriode: van strikt vóór tot', () => {
    const van = new Date('2026-03-01T00:00:00Z');
    const tot = new Date('2026-03-01T00:00:00.001Z');
    expect(controleerPeriode(van, tot)).toEqual({ van, tot });
    expect(() => controleerPeriode(tot, tot)).toThrow('tot: moet na van liggen');
    expect(() => controleerPeriode(tot, van)).toThrow('tot: moet na van liggen');
  });

  it('controleerGeheelGetal: geheel en ten minste het minimum', () => {
    expect(controleerGeheelGetal(3, 'n', 1)).toBe(3);
    expect(controleerGeheelGetal(0, 'n', 0)).toBe(0);
    expect(() => controleerGeheelGetal(0, 'n', 1)).toThrow(
      'n: moet een geheel getal van ten minste 1 zijn (gekregen: 0)',
    );
    expect(() => controleerGeheelGetal(2.5, 'n', 1)).toThrow('n:');
    expect(() => controleerGeheelGetal('3', 'n', 1)).toThrow('n:');
    expect(() => controleerGeheelGetal(Number.NaN, 'n', 1)).toThrow('n:');
  });

  it.each([
    [69.23076923, 69.2],
    [66.66666667, 66.7],
    [2.25, 2.3],
    [0.15, 0.2], // 0.15 × 10 = 1.4999999999999998 in floating point
    [8.25, 8.3],
    [4.36363636, 4.4],
    [7, 7],
    [0, 0],
  ])('rondAf1(%f) = %f', (waarde, verwacht) => {
    expect(rondAf1(waarde)).toBe(verwacht);
  });

  it('vergelijkTekst: op codepunt, onafhankelijk van de locale', () => {
    expect(['b', 'B', 'a', 'onbekend', 'MAR'].sort(vergelijkTekst)).toEqual([
      'B',
      'MAR',
      'a',
      'b',
      'onbekend',
    ]);
    expect(vergelijkTekst('x', 'x')).toBe(0);
  });

  it('controleerUniekeCasussen: dubbele casusId → fout met de plaats', () => {
    expect(() => controleerUniekeCasussen([{ casusId: 'a' }, { casusId: 'b' }])).not.toThrow();
    expect(() => controleerUniekeCasussen([{ casusId: 'a' }, { casusId: 'b' }, { casusId: 'a' }])).toThrow(
      'casussen[2].casusId: casus a komt meer dan eens voor',
    );
  });
});
