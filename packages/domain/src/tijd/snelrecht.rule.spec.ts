import { snelrecht, supersnelrecht } from './snelrecht.rule';

describe('snelrecht (R16)', () => {
  it('hearing within 17 days of the arrest', () => {
    // 3 March 22:00 CET + 17 days = 20 March 22:00 CET = 21:00 UTC
    const termijn = snelrecht({ aanhouding: '2026-03-03T22:00' });
    expect(termijn.regel).toBe('R16');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-20T21:00:00.000Z');
    expect(termijn.uitleg).toBe(
      'Snelrecht: zitting uiterlijk 17 dagen na aanhouding op 3 maart 2026 22:00 → 20 maart 2026 22:00',
    );
  });

  it('across the spring DST change keeps the clock time (the earlier reading)', () => {
    // 20 March 10:00 CET (09:00 UTC) → 6 April 10:00 CEST = 08:00 UTC
    expect(snelrecht({ aanhouding: '2026-03-20T10:00' }).vervaltOp.toISOString()).toBe(
      '2026-04-06T08:00:00.000Z',
    );
  });
});

describe('supersnelrecht (R16)', () => {
  it('within the inverzekeringstelling: 3 days', () => {
    const termijn = supersnelrecht({ aanvangInverzekeringstelling: '2026-03-03T18:00' });
    expect(termijn.regel).toBe('R16');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-06T17:00:00.000Z');
    expect(termijn.uitleg).toBe(
      'Supersnelrecht: zitting binnen de inverzekeringstelling (3 dagen vanaf 3 maart 2026 18:00) → 6 maart 2026 18:00',
    );
  });

  it('within an extended inverzekeringstelling: 6 days', () => {
    expect(
      supersnelrecht({
        aanvangInverzekeringstelling: '2026-03-03T18:00',
        verlengd: true,
      }).vervaltOp.toISOString(),
    ).toBe('2026-03-09T17:00:00.000Z');
  });
});
