import { inverzekeringstelling, voorgeleiding } from './inverzekeringstelling.rule';
import { TermijnFout } from './termijn-fout';

describe('inverzekeringstelling (R15, Sv art. 57–58)', () => {
  it('3 days from the order', () => {
    // 3 March 18:00 CET → 6 March 18:00 CET = 17:00 UTC
    const termijn = inverzekeringstelling({ aanvang: '2026-03-03T18:00' });
    expect(termijn.regel).toBe('R15');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-06T17:00:00.000Z');
    expect(termijn.uitleg).toBe(
      'Inverzekeringstelling: 3 dagen vanaf 3 maart 2026 18:00 → 6 maart 2026 18:00',
    );
    expect(termijn.grondslag).toBe('Sv art. 57');
  });

  it('extended once by 3 days: 6 days in total', () => {
    // 9 March 18:00 CET = 17:00 UTC
    const termijn = inverzekeringstelling({ aanvang: '2026-03-03T18:00', verlengd: true });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-09T17:00:00.000Z');
    expect(termijn.grondslag).toBe('Sv art. 57 en 58 lid 2');
  });

  it('over the spring DST weekend: calendar days (71 real hours) are the earlier reading', () => {
    // Fri 27 March 10:00 CET (09:00 UTC) → Mon 30 March 10:00 CEST = 08:00 UTC; 72 h would be 09:00 UTC
    const termijn = inverzekeringstelling({ aanvang: '2026-03-27T10:00' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-30T08:00:00.000Z');
    expect(termijn.uitleg).toContain('de klok verspringt binnen de termijn');
  });

  it('over the autumn DST weekend: 72 real hours are the earlier reading (09:00 CET, not 10:00)', () => {
    // Fri 23 Oct 10:00 CEST (08:00 UTC); calendar → Mon 26 Oct 10:00 CET = 09:00 UTC; 72 h → 08:00 UTC
    const termijn = inverzekeringstelling({ aanvang: '2026-10-23T10:00' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(termijn.uitleg).toContain('→ 26 oktober 2026 09:00');
  });

  it('is not moved by the Atw: ending on a Saturday stays on Saturday', () => {
    // Wed 4 March 12:00 → Sat 7 March 12:00 CET = 11:00 UTC
    expect(inverzekeringstelling({ aanvang: '2026-03-04T12:00' }).vervaltOp.toISOString()).toBe(
      '2026-03-07T11:00:00.000Z',
    );
  });

  it('refuses a non-boolean verlengd', () => {
    expect(() =>
      inverzekeringstelling({ aanvang: '2026-03-04T12:00', verlengd: 'ja' as unknown as boolean }),
    ).toThrow(TermijnFout);
  });
});

describe('voorgeleiding (R15, Sv art. 59a)', () => {
  it('at the latest 3 days and 18 hours after the arrest', () => {
    // Tue 3 March 22:00 + 3 days = Fri 6 March 22:00 + 18 h = Sat 7 March 16:00 CET = 15:00 UTC (not moved)
    const termijn = voorgeleiding({ aanhouding: '2026-03-03T22:00' });
    expect(termijn.regel).toBe('R15');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-07T15:00:00.000Z');
    expect(termijn.grondslag).toBe('Sv art. 59a lid 1');
    expect(termijn.uitleg).toBe(
      'Voorgeleiding rechter-commissaris: uiterlijk 3 dagen en 18 uur na aanhouding op 3 maart 2026 22:00 → 7 maart 2026 16:00',
    );
  });

  it('over the spring DST change', () => {
    // Thu 26 March 20:00 CET (19:00 UTC) + 3 calendar days = Sun 29 March 20:00 CEST (18:00 UTC)
    // + 18 h = Mon 30 March 12:00 UTC = 14:00 CEST; 90 real hours would be 13:00 UTC
    expect(voorgeleiding({ aanhouding: '2026-03-26T20:00' }).vervaltOp.toISOString()).toBe(
      '2026-03-30T12:00:00.000Z',
    );
  });

  it('refuses a missing arrest time', () => {
    expect(() => voorgeleiding({ aanhouding: undefined as unknown as string })).toThrow(TermijnFout);
  });
});
