import { artikel56Maatregel, htlVerblijf, pblBehandeltermijn } from './opvang-maatregelen.rule';
import { TermijnFout } from './termijn-fout';

describe('pblBehandeltermijn (R3)', () => {
  it('28 days after placement, up to and including the last day', () => {
    // placement Tue 3 March → Tue 31 March 23:59:59.999 CEST = 21:59:59.999 UTC
    const termijn = pblBehandeltermijn({ plaatsing: '2026-03-03T15:00' });
    expect(termijn.regel).toBe('R3');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-31T21:59:59.999Z');
    expect(termijn.uitleg).toBe(
      'PBL-behandeltermijn: 28 dagen na plaatsing op 3 maart 2026 → uiterlijk 31 maart 2026',
    );
  });

  it('is not extended by the Atw: a placement on Saturday ends on a Saturday', () => {
    // Sat 7 March + 28 = Sat 4 April 23:59:59.999 CEST
    expect(pblBehandeltermijn({ plaatsing: '2026-03-07T10:00' }).vervaltOp.toISOString()).toBe(
      '2026-04-04T21:59:59.999Z',
    );
  });

  it('refuses an invalid placement', () => {
    expect(() => pblBehandeltermijn({ plaatsing: 'morgen' })).toThrow(TermijnFout);
  });
});

describe('htlVerblijf (R6)', () => {
  it('at most 3 months, clamped to the month end', () => {
    // 30 Nov 2025 14:00 CET → 28 Feb 2026 14:00 CET = 13:00 UTC
    const termijn = htlVerblijf({ plaatsing: '2025-11-30T14:00' });
    expect(termijn.regel).toBe('R6');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-02-28T13:00:00.000Z');
    expect(termijn.uitleg).toBe(
      'HTL-verblijf: ten hoogste 3 maanden vanaf 30 november 2025 14:00 → 28 februari 2026 14:00',
    );
  });

  it('keeps the clock time across DST', () => {
    // 15 Jan 09:00 CET (08:00 UTC) → 15 April 09:00 CEST = 07:00 UTC
    expect(htlVerblijf({ plaatsing: '2026-01-15T09:00' }).vervaltOp.toISOString()).toBe(
      '2026-04-15T07:00:00.000Z',
    );
  });
});

describe('artikel56Maatregel (R6)', () => {
  it('at most 12 weeks (84 days)', () => {
    // 3 March 10:00 CET + 84 days = 26 May 10:00 CEST = 08:00 UTC
    const termijn = artikel56Maatregel({ aanvang: '2026-03-03T10:00' });
    expect(termijn.regel).toBe('R6');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-05-26T08:00:00.000Z');
    expect(termijn.grondslag).toBe('Vw art. 56; DT&V leidraad (HTL)');
  });
});
