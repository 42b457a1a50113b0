import { TermijnFout } from './termijn-fout';
import { isWerkdag, plusWerkdagen, volgendeWerkdag } from './werkdagen';

function vangFout(actie: () => unknown): TermijnFout {
  try {
    actie();
  } catch (fout) {
    if (fout instanceof TermijnFout) return fout;
    throw fout;
  }
  throw new Error('verwachtte een TermijnFout');
}

describe('isWerkdag', () => {
  it('is false on weekends and Atw feestdagen, true on other weekdays', () => {
    expect(isWerkdag('2026-03-07')).toBe(false); // Saturday
    expect(isWerkdag('2026-03-08')).toBe(false); // Sunday
    expect(isWerkdag('2026-03-09')).toBe(true); // Monday
    expect(isWerkdag('2026-04-27')).toBe(false); // Koningsdag (Monday)
    expect(isWerkdag('2026-04-03')).toBe(false); // Goede Vrijdag (Atw art. 3 lid 2)
    expect(isWerkdag('2026-04-28')).toBe(true);
  });
});

describe('volgendeWerkdag', () => {
  it('skips the weekend and Koningsdag, keeping the clock time', () => {
    // Fri 24 April 10:00 → Mon 27 April is Koningsdag → Tue 28 April 10:00 CEST = 08:00 UTC
    expect(volgendeWerkdag('2026-04-24T10:00').toISOString()).toBe('2026-04-28T08:00:00.000Z');
  });
});

describe('plusWerkdagen', () => {
  it('skips Hemelvaartsdag and the Friday after it (decree day) in a count of 3', () => {
    // Tue 12 May: Wed 13 (1), Thu 14 Hemelvaart, Fri 15 gelijkgesteld, weekend, Mon 18 (2), Tue 19 (3)
    // 19 May 09:00 CEST = 07:00 UTC
    expect(plusWerkdagen('2026-05-12T09:00', 3).toISOString()).toBe('2026-05-19T07:00:00.000Z');
  });

  it('skips Christmas', () => {
    // Wed 23 Dec: Thu 24 (1), Fri 25 Eerste Kerstdag, Sat 26, Sun 27, Mon 28 (2); 12:00 CET = 11:00 UTC
    expect(plusWerkdagen('2026-12-23T12:00', 2).toISOString()).toBe('2026-12-28T11:00:00.000Z');
  });

  it('skips Goede Vrijdag, the Easter weekend and Tweede Paasdag', () => {
    // Thu 2 April + 1 → Tue 7 April 10:00 CEST = 08:00 UTC
    expect(plusWerkdagen('2026-04-02T10:00', 1).toISOString()).toBe('2026-04-07T08:00:00.000Z');
  });

  it('keeps the clock time over the DST weekend', () => {
    // Fri 27 March 10:00 CET (09:00 UTC) + 1 → Mon 30 March 10:00 CEST = 08:00 UTC
    expect(plusWerkdagen('2026-03-27T10:00', 1).toISOString()).toBe('2026-03-30T08:00:00.000Z');
  });

  it('from a Saturday, 1 working day is the Monday', () => {
    // Sat 7 March 11:00 CET → Mon 9 March 11:00 CET = 10:00 UTC
    expect(plusWerkdagen('2026-03-07T11:00', 1).toISOString()).toBe('2026-03-09T10:00:00.000Z');
  });

  it('0 working days is the start itself; negative or fractional counts are refused', () => {
    expect(plusWerkdagen('2026-03-07T11:00', 0).toISOString()).toBe('2026-03-07T10:00:00.000Z');
    expect(vangFout(() => plusWerkdagen('2026-03-07T11:00', -1)).veld).toBe('werkdagen');
    expect(vangFout(() => plusWerkdagen('2026-03-07T11:00', 2.5)).code).toBe('ONGELDIGE_INVOER');
  });
});
