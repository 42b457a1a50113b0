import { TermijnFout } from './termijn-fout';
import { transportAanvraag } from './transport-aanvraag.rule';

describe('transportAanvraag (R13)', () => {
  it('request at the latest 14 calendar days before the appointment', () => {
    // appointment Tue 17 March 10:00 → Tue 3 March 10:00 CET = 09:00 UTC
    const termijn = transportAanvraag({ afspraak: '2026-03-17T10:00' });
    expect(termijn.regel).toBe('R13');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-03T09:00:00.000Z');
    expect(termijn.uitleg).toBe(
      'Transportaanvraag: ten minste 2 weken vóór de afspraak op 17 maart 2026 10:00 → uiterlijk 3 maart 2026 10:00',
    );
  });

  it('counts back over the DST change on the wall clock', () => {
    // appointment Tue 7 April 10:00 CEST → Tue 24 March 10:00 CET = 09:00 UTC
    expect(transportAanvraag({ afspraak: '2026-04-07T10:00' }).vervaltOp.toISOString()).toBe(
      '2026-03-24T09:00:00.000Z',
    );
  });

  it('flags a latest request day that is not a working day', () => {
    // appointment Sat 21 March 10:00 → Sat 7 March 10:00 CET = 09:00 UTC
    const termijn = transportAanvraag({ afspraak: '2026-03-21T10:00' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-07T09:00:00.000Z');
    expect(termijn.uitleg).toContain('(zaterdag 7 maart 2026 is geen werkdag: vraag eerder aan)');
  });

  it('refuses an invalid appointment', () => {
    expect(() => transportAanvraag({ afspraak: '' })).toThrow(TermijnFout);
  });
});
