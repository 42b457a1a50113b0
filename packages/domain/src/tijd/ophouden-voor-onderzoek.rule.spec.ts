import { ophoudenVoorOnderzoek } from './ophouden-voor-onderzoek.rule';
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

describe('ophoudenVoorOnderzoek (R14, Sv art. 56a)', () => {
  it('arrest at 22:00, 9 hours: 2 h to midnight, pause until 09:00, 7 h more → 16:00 next day', () => {
    // 4 March 16:00 CET = 15:00 UTC
    const termijn = ophoudenVoorOnderzoek({ aanvang: '2026-03-03T22:00', duurUren: 9 });
    expect(termijn.regel).toBe('R14');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-04T15:00:00.000Z');
    expect(termijn.grondslag).toBe('Sv art. 56a');
    expect(termijn.uitleg).toBe(
      'Ophouden voor onderzoek: 9 uur vanaf 3 maart 2026 22:00, de uren tussen 00:00 en 09:00 tellen niet mee → 4 maart 2026 16:00',
    );
  });

  it('arrest at 03:00: counting starts at 09:00 → 6 hours end at 15:00', () => {
    // 4 March 15:00 CET = 14:00 UTC
    const termijn = ophoudenVoorOnderzoek({ aanvang: '2026-03-04T03:00', duurUren: 6 });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-04T14:00:00.000Z');
  });

  it('daytime arrest: 10:00 + 6 h = 16:00, no night in between', () => {
    const termijn = ophoudenVoorOnderzoek({ aanvang: '2026-03-04T10:00', duurUren: 6 });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-04T15:00:00.000Z');
    expect(termijn.uitleg).toBe(
      'Ophouden voor onderzoek: 6 uur vanaf 4 maart 2026 10:00 → 4 maart 2026 16:00',
    );
  });

  it('18:00 + 6 h ends exactly at midnight', () => {
    // 5 March 00:00 CET = 4 March 23:00 UTC
    const termijn = ophoudenVoorOnderzoek({ aanvang: '2026-03-04T18:00', duurUren: 6 });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-04T23:00:00.000Z');
  });

  it('20:00 + 6 h: 4 h to midnight, 2 h after 09:00 → 11:00 next day', () => {
    const termijn = ophoudenVoorOnderzoek({ aanvang: '2026-03-04T20:00', duurUren: 6 });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-05T10:00:00.000Z');
  });

  it('spring-forward night (29 March 2026): 22:00 CET + 9 h → 16:00 CEST', () => {
    // 2 h until 00:00 CET, the jump 02:00→03:00 is inside the pause, 7 h from 09:00 CEST → 16:00 CEST = 14:00 UTC
    const termijn = ophoudenVoorOnderzoek({ aanvang: '2026-03-28T22:00', duurUren: 9 });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-29T14:00:00.000Z');
  });

  it('fall-back night (25 October 2026): 22:00 CEST + 9 h → 16:00 CET', () => {
    // 22:00 CEST = 20:00 UTC; midnight CEST = 22:00 UTC; 09:00 CET = 08:00 UTC; + 7 h = 15:00 UTC = 16:00 CET
    const termijn = ophoudenVoorOnderzoek({ aanvang: '2026-10-24T22:00', duurUren: 9 });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-10-25T15:00:00.000Z');
  });

  it('arrest during the repeated hour 02:30 CET on 25 October counts from 09:00', () => {
    // 01:30 UTC = 02:30 CET (second pass); 09:00 CET + 6 h = 15:00 CET = 14:00 UTC
    const termijn = ophoudenVoorOnderzoek({ aanvang: new Date('2026-10-25T01:30:00Z'), duurUren: 6 });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-10-25T14:00:00.000Z');
  });

  it('is not moved by the Atw: ends on a Sunday stay on Sunday', () => {
    // Sun 8 March 10:00 + 6 h = 16:00 CET = 15:00 UTC, Sunday
    const termijn = ophoudenVoorOnderzoek({ aanvang: '2026-03-08T10:00', duurUren: 6 });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-08T15:00:00.000Z');
  });

  it('refuses a duration other than 6 or 9 hours and an invalid start', () => {
    const fout = vangFout(() => ophoudenVoorOnderzoek({ aanvang: '2026-03-04T10:00', duurUren: 7 as 6 }));
    expect(fout.code).toBe('ONGELDIGE_INVOER');
    expect(fout.veld).toBe('duurUren');
    expect(vangFout(() => ophoudenVoorOnderzoek({ aanvang: new Date('x'), duurUren: 6 })).veld).toBe(
      'aanvang',
    );
  });
});
