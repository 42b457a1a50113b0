import * as domein from '../index';

describe('public entry of @ketenbeeld/domain', () => {
  it('exposes the legal-time arithmetic', () => {
    const termijn = domein.dublinOverdrachttermijn({ akkoord: '2026-03-03', gedetineerd: true });
    expect(termijn.vervaltOp.toISOString()).toBe('2027-03-03T22:59:59.999Z');
    expect(domein.formatteerMoment(domein.plusWerkdagen('2026-04-24T10:00', 1))).toBe('28 april 2026 10:00');
    expect(new domein.TermijnFout('ONGELDIGE_INVOER', 'aanvang', 'x')).toBeInstanceOf(Error);
  });
});
