import { TermijnFout } from './termijn-fout';
import { termijnEindeMetTermijnenwet, wettelijkeTermijn } from './termijnenwet.rule';

// Dates in 2026: 7 March is a Saturday. CET = UTC+1, CEST (from 29 March) = UTC+2.

describe('termijnEindeMetTermijnenwet (R23, Atw art. 1)', () => {
  it('moves a Saturday end to Monday', () => {
    // Sat 7 March 23:59:59.999 CET → Mon 9 March 23:59:59.999 CET = 22:59:59.999 UTC
    expect(termijnEindeMetTermijnenwet('2026-03-07T23:59:59.999').toISOString()).toBe(
      '2026-03-09T22:59:59.999Z',
    );
  });

  it('moves a Sunday end to Monday, keeping the clock time', () => {
    // Sun 8 March 12:00 → Mon 9 March 12:00 CET = 11:00 UTC
    expect(termijnEindeMetTermijnenwet('2026-03-08T12:00').toISOString()).toBe('2026-03-09T11:00:00.000Z');
  });

  it('moves an end on 5 May (Bevrijdingsdag, Tuesday in 2026) to Wednesday 6 May', () => {
    expect(termijnEindeMetTermijnenwet('2026-05-05T12:00').toISOString()).toBe('2026-05-06T10:00:00.000Z');
  });

  it('moves an end on Goede Vrijdag past Easter Monday to Tuesday 7 April', () => {
    expect(termijnEindeMetTermijnenwet('2026-04-03T12:00').toISOString()).toBe('2026-04-07T10:00:00.000Z');
  });

  it('moves an end on Hemelvaartsdag past the decree Friday and the weekend to Monday 18 May', () => {
    expect(termijnEindeMetTermijnenwet('2026-05-14T12:00').toISOString()).toBe('2026-05-18T10:00:00.000Z');
  });

  it('leaves an end on a working day alone', () => {
    expect(termijnEindeMetTermijnenwet('2026-03-11T12:00').toISOString()).toBe('2026-03-11T11:00:00.000Z');
  });

  it('refuses an Invalid Date', () => {
    expect(() => termijnEindeMetTermijnenwet(new Date(Number.NaN))).toThrow(TermijnFout);
  });
});

describe('wettelijkeTermijn', () => {
  it('counts from the day after the event to the end of the last day', () => {
    // Tue 3 March + 1 week → Tue 10 March 23:59:59.999 CET
    const termijn = wettelijkeTermijn({ gebeurtenis: '2026-03-03T11:00', aantal: 1, eenheid: 'weken' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-10T22:59:59.999Z');
    expect(termijn.verlengdDoor).toBeNull();
    expect(termijn.toelichting).toBe('');
  });

  it('art. 1: a 3-day term from Wednesday ends Saturday and runs on to Monday', () => {
    // Wed 4 March: Thu 5, Fri 6 (two working days), Sat 7 → Mon 9 March
    const termijn = wettelijkeTermijn({ gebeurtenis: '2026-03-04', aantal: 3, eenheid: 'dagen' });
    expect(termijn.kalenderEinde.toISOString()).toBe('2026-03-07T22:59:59.999Z');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-09T22:59:59.999Z');
    expect(termijn.verlengdDoor).toBe('Atw art. 1');
    expect(termijn.toelichting).toBe(
      'zaterdag 7 maart 2026 valt in het weekend; verlengd tot en met maandag 9 maart 2026 (Algemene termijnenwet art. 1)',
    );
  });

  it('art. 2: a 3-day term from Friday ends Monday but has only one working day → Tuesday', () => {
    // Fri 6 March: Sat 7, Sun 8, Mon 9 (one working day) → extended to Tue 10 March
    const termijn = wettelijkeTermijn({ gebeurtenis: '2026-03-06', aantal: 3, eenheid: 'dagen' });
    expect(termijn.kalenderEinde.toISOString()).toBe('2026-03-09T22:59:59.999Z');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-10T22:59:59.999Z');
    expect(termijn.verlengdDoor).toBe('Atw art. 2');
  });

  it('art. 2 does not apply to a term shorter than three days (art. 1 still does)', () => {
    // Fri 6 March + 2 days = Sun 8 March → Mon 9 March (art. 1 only)
    const termijn = wettelijkeTermijn({ gebeurtenis: '2026-03-06', aantal: 2, eenheid: 'dagen' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-09T22:59:59.999Z');
    expect(termijn.verlengdDoor).toBe('Atw art. 1');
  });

  it('a month term from 31 January ends on 28 February (a Saturday) and runs on to Monday 2 March', () => {
    const termijn = wettelijkeTermijn({ gebeurtenis: '2026-01-31', aantal: 1, eenheid: 'maanden' });
    expect(termijn.kalenderEinde.toISOString()).toBe('2026-02-28T22:59:59.999Z');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-02T22:59:59.999Z');
  });

  it('names the feestdag in its explanation', () => {
    // Mon 30 March + 1 week = Mon 6 April (Tweede Paasdag) → Tue 7 April 23:59:59.999 CEST
    const termijn = wettelijkeTermijn({ gebeurtenis: '2026-03-30', aantal: 1, eenheid: 'weken' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-04-07T21:59:59.999Z');
    expect(termijn.toelichting).toBe(
      'maandag 6 april 2026 is Tweede Paasdag (Atw art. 3 lid 1); verlengd tot en met dinsdag 7 april 2026 (Algemene termijnenwet art. 1)',
    );
  });

  it('refuses a zero count and an unknown unit', () => {
    expect(() => wettelijkeTermijn({ gebeurtenis: '2026-03-06', aantal: 0, eenheid: 'dagen' })).toThrow(
      TermijnFout,
    );
    expect(() =>
      wettelijkeTermijn({ gebeurtenis: '2026-03-06', aantal: 1, eenheid: 'jaren' as unknown as 'dagen' }),
    ).toThrow(TermijnFout);
  });
});
