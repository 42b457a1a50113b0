import { TermijnFout } from './termijn-fout';
import { vreemdelingenbewaring } from './vreemdelingenbewaring.rule';

describe('vreemdelingenbewaring (R7)', () => {
  it('at most 6 months, clamped to the month end', () => {
    // 31 Aug 2026 10:00 CEST → 28 Feb 2027 10:00 CET = 09:00 UTC
    const termijn = vreemdelingenbewaring({ aanvang: '2026-08-31T10:00' });
    expect(termijn.regel).toBe('R7');
    expect(termijn.vervaltOp.toISOString()).toBe('2027-02-28T09:00:00.000Z');
    expect(termijn.uitleg).toBe(
      'Vreemdelingenbewaring: ten hoogste 6 maanden vanaf 31 augustus 2026 10:00 → 28 februari 2027 10:00',
    );
  });

  it('extended: 6 + 12 months counted one after the other (28 Feb 2028, not 29 Feb)', () => {
    // 28 Feb 2027 + 12 months = 28 Feb 2028 10:00 CET = 09:00 UTC
    const termijn = vreemdelingenbewaring({ aanvang: '2026-08-31T10:00', verlengd: true });
    expect(termijn.vervaltOp.toISOString()).toBe('2028-02-28T09:00:00.000Z');
    expect(termijn.uitleg).toContain('verlengd met ten hoogste 12 maanden');
  });

  it('refuses an Invalid Date', () => {
    expect(() => vreemdelingenbewaring({ aanvang: new Date(Number.NaN) })).toThrow(TermijnFout);
  });
});
