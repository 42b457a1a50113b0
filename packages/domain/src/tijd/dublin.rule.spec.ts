import { dublinBewaringOverdracht, dublinOverdrachttermijn } from './dublin.rule';
import { TermijnFout } from './termijn-fout';

describe('dublinOverdrachttermijn (R12)', () => {
  it('6 months after acceptance, to the end of the day', () => {
    // 3 Sept 2026 23:59:59.999 CEST = 21:59:59.999 UTC
    const termijn = dublinOverdrachttermijn({ akkoord: '2026-03-03' });
    expect(termijn.regel).toBe('R12');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-09-03T21:59:59.999Z');
    expect(termijn.uitleg).toBe(
      'Overdrachtstermijn Dublin: 6 maanden na akkoord op 3 maart 2026 → 3 september 2026',
    );
    expect(termijn.grondslag).toBe('Verordening (EU) 604/2013 art. 29 lid 1');
  });

  it('12 months when imprisonment is reported', () => {
    // 3 March 2027 23:59:59.999 CET = 22:59:59.999 UTC
    const termijn = dublinOverdrachttermijn({ akkoord: '2026-03-03', gedetineerd: true });
    expect(termijn.vervaltOp.toISOString()).toBe('2027-03-03T22:59:59.999Z');
    expect(termijn.uitleg).toBe(
      'Overdrachtstermijn Dublin: 12 maanden na akkoord op 3 maart 2026 (verlengd: betrokkene is gedetineerd) → 3 maart 2027',
    );
    expect(termijn.grondslag).toBe('Verordening (EU) 604/2013 art. 29 lid 2');
  });

  it('18 months when absconded, also when imprisonment was reported too', () => {
    // 3 Sept 2027 23:59:59.999 CEST
    expect(
      dublinOverdrachttermijn({ akkoord: '2026-03-03', ondergedoken: true }).vervaltOp.toISOString(),
    ).toBe('2027-09-03T21:59:59.999Z');
    expect(
      dublinOverdrachttermijn({
        akkoord: '2026-03-03',
        gedetineerd: true,
        ondergedoken: true,
      }).vervaltOp.toISOString(),
    ).toBe('2027-09-03T21:59:59.999Z');
  });

  it('month end: 31 August + 6 months = 28 February (2027) / 29 February (2028)', () => {
    expect(dublinOverdrachttermijn({ akkoord: '2026-08-31' }).vervaltOp.toISOString()).toBe(
      '2027-02-28T22:59:59.999Z',
    );
    expect(dublinOverdrachttermijn({ akkoord: '2027-08-31' }).vervaltOp.toISOString()).toBe(
      '2028-02-29T22:59:59.999Z',
    );
  });

  it('is not extended by the Atw: an end on Saturday 5 September stays there', () => {
    expect(dublinOverdrachttermijn({ akkoord: '2026-03-05T16:00' }).vervaltOp.toISOString()).toBe(
      '2026-09-05T21:59:59.999Z',
    );
  });

  it('runs from the final decision on an appeal with suspensive effect', () => {
    // 20 May 2026 + 6 months = 20 Nov 2026 23:59:59.999 CET
    const termijn = dublinOverdrachttermijn({ akkoord: '2026-03-03', einduitspraakBeroep: '2026-05-20' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-11-20T22:59:59.999Z');
    expect(termijn.uitleg).toContain('na einduitspraak op het beroep op 20 mei 2026');
  });

  it('refuses a non-boolean flag', () => {
    expect(() =>
      dublinOverdrachttermijn({ akkoord: '2026-03-03', gedetineerd: 1 as unknown as boolean }),
    ).toThrow(TermijnFout);
  });
});

describe('dublinBewaringOverdracht (R12, art. 28)', () => {
  it('within 6 weeks of acceptance', () => {
    // Tue 3 March + 6 weeks = Tue 14 April 23:59:59.999 CEST = 21:59:59.999 UTC
    const termijn = dublinBewaringOverdracht({ akkoord: '2026-03-03' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-04-14T21:59:59.999Z');
    expect(termijn.uitleg).toBe(
      'Overdracht vanuit Dublinbewaring: 6 weken na akkoord op 3 maart 2026 → 14 april 2026',
    );
    expect(termijn.grondslag).toBe('Verordening (EU) 604/2013 art. 28 lid 3');
  });
});
