import { gebiedsverbod } from './gebiedsverbod.rule';
import { TermijnFout } from './termijn-fout';

function vangFout(actie: () => unknown): TermijnFout {
  try {
    actie();
  } catch (fout) {
    if (fout instanceof TermijnFout) return fout;
    throw fout;
  }
  throw new Error('verwachtte een TermijnFout');
}

describe('gebiedsverbod (R18)', () => {
  it('APV: 24 elapsed hours, also over the spring DST night', () => {
    // Sat 28 March 15:00 CET (14:00 UTC) + 24 h = 29 March 14:00 UTC = 16:00 CEST
    const termijn = gebiedsverbod({ aanvang: '2026-03-28T15:00', soort: 'APV_24U' });
    expect(termijn.regel).toBe('R18');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-29T14:00:00.000Z');
    expect(termijn.uitleg).toBe(
      'Gebiedsverbod (APV): 24 uur vanaf 28 maart 2026 15:00 → 29 maart 2026 16:00',
    );
  });

  it('APV: cannot be extended', () => {
    const fout = vangFout(() =>
      gebiedsverbod({ aanvang: '2026-03-28T15:00', soort: 'APV_24U', verlengingen: 1 }),
    );
    expect(fout.code).toBe('NIET_TOEGESTAAN');
    expect(fout.veld).toBe('verlengingen');
  });

  it('art. 172a: 3 months, clamped to the month end', () => {
    // 30 Nov 2025 12:00 CET → 28 Feb 2026 12:00 CET = 11:00 UTC
    const termijn = gebiedsverbod({ aanvang: '2025-11-30T12:00', soort: 'ART_172A' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-02-28T11:00:00.000Z');
    expect(termijn.grondslag).toBe('Gemeentewet art. 172a');
  });

  it('art. 172a: each extension adds 3 months from the previous end', () => {
    // 28 Feb 2026 → 28 May 2026 12:00 CEST = 10:00 UTC
    expect(
      gebiedsverbod({
        aanvang: '2025-11-30T12:00',
        soort: 'ART_172A',
        verlengingen: 1,
      }).vervaltOp.toISOString(),
    ).toBe('2026-05-28T10:00:00.000Z');
    // 28 Feb → 28 May → 28 Aug → 28 Nov 2026 12:00 CET = 11:00 UTC
    const drieKeer = gebiedsverbod({ aanvang: '2025-11-30T12:00', soort: 'ART_172A', verlengingen: 3 });
    expect(drieKeer.vervaltOp.toISOString()).toBe('2026-11-28T11:00:00.000Z');
    expect(drieKeer.uitleg).toBe(
      'Gebiedsverbod (art. 172a Gemeentewet): ten hoogste 3 maanden, 3× verlengd met 3 maanden (12 maanden) vanaf 30 november 2025 12:00 → 28 november 2026 12:00',
    );
  });

  it('art. 172a: a fourth extension is refused', () => {
    const fout = vangFout(() =>
      gebiedsverbod({ aanvang: '2025-11-30T12:00', soort: 'ART_172A', verlengingen: 4 }),
    );
    expect(fout).toBeInstanceOf(TermijnFout);
    expect(fout.code).toBe('NIET_TOEGESTAAN');
    expect(fout.veld).toBe('verlengingen');
  });

  it('refuses negative or fractional extensions and an unknown kind', () => {
    expect(
      vangFout(() => gebiedsverbod({ aanvang: '2026-03-01', soort: 'ART_172A', verlengingen: -1 })).code,
    ).toBe('ONGELDIGE_INVOER');
    expect(
      vangFout(() => gebiedsverbod({ aanvang: '2026-03-01', soort: 'ART_172A', verlengingen: 1.5 })).veld,
    ).toBe('verlengingen');
    expect(vangFout(() => gebiedsverbod({ aanvang: '2026-03-01', soort: 'X' as 'APV_24U' })).veld).toBe(
      'soort',
    );
  });
});
