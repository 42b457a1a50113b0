import {
  formatteerDagEnDatum,
  formatteerDatum,
  formatteerMoment,
  naarMoment,
  plusDagen,
  plusMaanden,
  plusUren,
  plusWeken,
} from './amsterdam-tijd';
import { TermijnFout } from './termijn-fout';

// Europe/Amsterdam 2026: CET (+01:00) until Sunday 29 March 01:00 UTC, CEST (+02:00) until Sunday
// 25 October 01:00 UTC. All expected instants below are worked out by hand in UTC.

function vangFout(actie: () => unknown): TermijnFout {
  try {
    actie();
  } catch (fout) {
    if (fout instanceof TermijnFout) return fout;
    throw fout;
  }
  throw new Error('verwachtte een TermijnFout');
}

describe('naarMoment', () => {
  it('reads a string without offset as Amsterdam wall-clock time', () => {
    // 14:00 CET = 13:00 UTC
    expect(naarMoment('2026-03-03T14:00').toISOString()).toBe('2026-03-03T13:00:00.000Z');
    // 14:00 CEST = 12:00 UTC
    expect(naarMoment('2026-07-01T14:00').toISOString()).toBe('2026-07-01T12:00:00.000Z');
  });

  it('reads a date-only string as the start of that Amsterdam day', () => {
    // 00:00 CET on 3 March = 23:00 UTC on 2 March
    expect(naarMoment('2026-03-03').toISOString()).toBe('2026-03-02T23:00:00.000Z');
  });

  it('respects an explicit offset or Z', () => {
    expect(naarMoment('2026-03-03T14:00Z').toISOString()).toBe('2026-03-03T14:00:00.000Z');
    expect(naarMoment('2026-07-01T14:00+02:00').toISOString()).toBe('2026-07-01T12:00:00.000Z');
  });

  it('moves a non-existent spring-forward time to the first valid instant (03:00 CEST)', () => {
    // 02:30 on 29 March 2026 does not exist; 03:00 CEST = 01:00 UTC
    expect(naarMoment('2026-03-29T02:30').toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the earlier instant for an ambiguous autumn time (02:30 CEST, not CET)', () => {
    // 02:30 on 25 October 2026 happens twice: 00:30 UTC (CEST) and 01:30 UTC (CET)
    expect(naarMoment('2026-10-25T02:30').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('returns a copy of a Date', () => {
    const origineel = new Date('2026-03-03T13:00:00Z');
    const kopie = naarMoment(origineel);
    expect(kopie).not.toBe(origineel);
    expect(kopie.toISOString()).toBe('2026-03-03T13:00:00.000Z');
  });

  it('refuses an Invalid Date, an unreadable string and other types, naming the field', () => {
    const ongeldig = vangFout(() => naarMoment(new Date('geen datum'), 'aanvang'));
    expect(ongeldig.code).toBe('ONGELDIGE_INVOER');
    expect(ongeldig.veld).toBe('aanvang');
    expect(vangFout(() => naarMoment('gisteren', 'akkoord')).veld).toBe('akkoord');
    expect(vangFout(() => naarMoment('2026-02-30', 'akkoord')).code).toBe('ONGELDIGE_INVOER');
    expect(vangFout(() => naarMoment(42 as unknown as Date, 'x')).veld).toBe('x');
  });
});

describe('plusUren', () => {
  it('adds elapsed hours: 01:30 CET + 1 hour on the spring-forward night is 03:30 CEST', () => {
    // 01:30 CET = 00:30 UTC; + 1 h = 01:30 UTC = 03:30 CEST
    expect(plusUren('2026-03-29T01:30', 1).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('adds elapsed hours across the autumn change: 01:30 CEST + 2 h = 02:30 CET (second pass)', () => {
    // 01:30 CEST = 23:30 UTC on 24 Oct; + 2 h = 01:30 UTC = 02:30 CET
    expect(plusUren('2026-10-25T01:30', 2).toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('refuses a negative or fractional count', () => {
    expect(vangFout(() => plusUren('2026-03-03T10:00', -1)).veld).toBe('uren');
    expect(vangFout(() => plusUren('2026-03-03T10:00', 1.5)).code).toBe('ONGELDIGE_INVOER');
  });
});

describe('plusDagen', () => {
  it('keeps the wall-clock time over the 23-hour day of 29 March 2026', () => {
    // Sat 28 March 12:00 CET = 11:00 UTC → Sun 29 March 12:00 CEST = 10:00 UTC (23 h later)
    expect(plusDagen('2026-03-28T12:00', 1).toISOString()).toBe('2026-03-29T10:00:00.000Z');
  });

  it('keeps the wall-clock time over the 25-hour day of 25 October 2026', () => {
    // Sat 24 Oct 12:00 CEST = 10:00 UTC → Sun 25 Oct 12:00 CET = 11:00 UTC (25 h later)
    expect(plusDagen('2026-10-24T12:00', 1).toISOString()).toBe('2026-10-25T11:00:00.000Z');
  });

  it('moves a landing on the missing hour forward to 03:00 CEST', () => {
    // 28 March 02:30 CET + 1 day = 29 March 02:30, which does not exist → 03:00 CEST = 01:00 UTC
    expect(plusDagen('2026-03-28T02:30', 1).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the earlier of two 02:30s on 25 October', () => {
    // 24 Oct 02:30 CEST (00:30 UTC) + 1 day = 25 Oct 02:30 CEST = 00:30 UTC
    expect(plusDagen('2026-10-24T02:30', 1).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('returns the same instant for 0 days and refuses negative counts', () => {
    expect(plusDagen('2026-03-03T14:00', 0).toISOString()).toBe('2026-03-03T13:00:00.000Z');
    expect(vangFout(() => plusDagen('2026-03-03T14:00', -2)).veld).toBe('dagen');
  });
});

describe('plusWeken', () => {
  it('adds 7 calendar days per week, across the DST change', () => {
    // Wed 25 March 09:00 CET (08:00 UTC) → Wed 1 April 09:00 CEST = 07:00 UTC
    expect(plusWeken('2026-03-25T09:00', 1).toISOString()).toBe('2026-04-01T07:00:00.000Z');
  });

  it('refuses a fractional count', () => {
    expect(vangFout(() => plusWeken('2026-03-25T09:00', 0.5)).veld).toBe('weken');
  });
});

describe('plusMaanden', () => {
  it('clamps 31 January + 1 month to 28 February (2026)', () => {
    // 28 Feb 2026 10:00 CET = 09:00 UTC
    expect(plusMaanden('2026-01-31T10:00', 1).toISOString()).toBe('2026-02-28T09:00:00.000Z');
  });

  it('clamps 31 January + 1 month to 29 February in the leap year 2028', () => {
    expect(plusMaanden('2028-01-31T10:00', 1).toISOString()).toBe('2028-02-29T09:00:00.000Z');
  });

  it('clamps 31 March + 1 month to 30 April', () => {
    // 30 April 10:00 CEST = 08:00 UTC
    expect(plusMaanden('2026-03-31T10:00', 1).toISOString()).toBe('2026-04-30T08:00:00.000Z');
  });

  it('keeps the clock time when a DST change lies in between', () => {
    // 15 Jan 10:00 CET (09:00 UTC) → 15 April 10:00 CEST = 08:00 UTC
    expect(plusMaanden('2026-01-15T10:00', 3).toISOString()).toBe('2026-04-15T08:00:00.000Z');
  });

  it('refuses a negative count', () => {
    expect(vangFout(() => plusMaanden('2026-01-15T10:00', -1)).veld).toBe('maanden');
  });
});

describe('formatteren', () => {
  it('formats instants on the Amsterdam clock in Dutch', () => {
    expect(formatteerMoment(new Date('2026-03-03T13:00:00Z'))).toBe('3 maart 2026 14:00');
    expect(formatteerMoment(new Date('2026-06-30T22:05:00Z'))).toBe('1 juli 2026 00:05');
    expect(formatteerDatum('2026-09-03T23:59')).toBe('3 september 2026');
    expect(formatteerDagEnDatum('2026-03-07T12:00')).toBe('zaterdag 7 maart 2026');
  });
});
