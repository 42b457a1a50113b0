import {
  beroepstermijn,
  rustEnVoorbereidingstijd,
  vertrektermijn,
  type SoortBesluit,
} from './asielprocedure.rule';
import { TermijnFout } from './termijn-fout';

describe('rustEnVoorbereidingstijd (R8)', () => {
  it('spoor 4: at least 6 days; the procedure starts no earlier', () => {
    // 3 March 10:00 CET + 6 days = 9 March 10:00 CET = 09:00 UTC
    const termijn = rustEnVoorbereidingstijd({ aanvang: '2026-03-03T10:00', spoor: 4 });
    expect(termijn.regel).toBe('R8');
    expect(termijn.vervaltOp?.toISOString()).toBe('2026-03-09T09:00:00.000Z');
    expect(termijn.uitleg).toBe(
      'Rust- en voorbereidingstijd: ten minste 6 dagen vanaf 3 maart 2026 10:00 → algemene asielprocedure niet vóór 9 maart 2026 10:00',
    );
  });

  it('keeps the clock time across DST', () => {
    // 25 March 10:00 CET → 31 March 10:00 CEST = 08:00 UTC
    expect(rustEnVoorbereidingstijd({ aanvang: '2026-03-25T10:00', spoor: 4 }).vervaltOp?.toISOString()).toBe(
      '2026-03-31T08:00:00.000Z',
    );
  });

  it('none in spoor 1 (Dublin) and spoor 2 (safe country), with the reason', () => {
    const dublin = rustEnVoorbereidingstijd({ aanvang: '2026-03-03T10:00', spoor: 1 });
    expect(dublin.vervaltOp).toBeNull();
    expect(dublin.uitleg).toBe('Geen rust- en voorbereidingstijd: Dublinzaak (spoor 1)');
    const veiligLand = rustEnVoorbereidingstijd({ aanvang: '2026-03-03T10:00', spoor: 2 });
    expect(veiligLand.vervaltOp).toBeNull();
    expect(veiligLand.uitleg).toContain('spoor 2');
  });

  it('none when the IND withholds it for nuisance', () => {
    const termijn = rustEnVoorbereidingstijd({ aanvang: '2026-03-03T10:00', spoor: 4, onthouden: true });
    expect(termijn.vervaltOp).toBeNull();
    expect(termijn.uitleg).toBe('Geen rust- en voorbereidingstijd: door de IND onthouden wegens overlast');
  });

  it('refuses an unused spoor', () => {
    expect(() => rustEnVoorbereidingstijd({ aanvang: '2026-03-03T10:00', spoor: 3 as 4 })).toThrow(
      TermijnFout,
    );
  });
});

describe('beroepstermijn (R10, R23 applies)', () => {
  it('7 days after an AA decision', () => {
    // bekendmaking Tue 3 March → Tue 10 March 23:59:59.999 CET = 22:59:59.999 UTC
    const termijn = beroepstermijn({ bekendmaking: '2026-03-03T11:00', soortBesluit: 'AA' });
    expect(termijn.regel).toBe('R10');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-10T22:59:59.999Z');
    expect(termijn.uitleg).toBe(
      'Beroepstermijn: 7 dagen na bekendmaking van besluit in de algemene asielprocedure op 3 maart 2026 → tot en met 10 maart 2026',
    );
    expect(termijn.grondslag).toBe('Vw art. 69 lid 2; Awb art. 6:8');
  });

  it('ending on a Saturday runs on to Monday', () => {
    // bekendmaking Sat 7 March → Sat 14 March → Mon 16 March 23:59:59.999 CET
    const termijn = beroepstermijn({ bekendmaking: '2026-03-07T10:00', soortBesluit: 'NIET_ONTVANKELIJK' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-16T22:59:59.999Z');
    expect(termijn.uitleg).toContain(
      'zaterdag 14 maart 2026 valt in het weekend; verlengd tot en met maandag 16 maart 2026',
    );
    expect(termijn.grondslag).toBe('Vw art. 69 lid 2; Awb art. 6:8; Atw art. 1');
  });

  it('ending on a Sunday runs on to Monday', () => {
    // bekendmaking Sun 8 March → Sun 15 March → Mon 16 March
    expect(
      beroepstermijn({ bekendmaking: '2026-03-08T10:00', soortBesluit: 'AA' }).vervaltOp.toISOString(),
    ).toBe('2026-03-16T22:59:59.999Z');
  });

  it('ending on Koningsdag runs on to Tuesday 28 April', () => {
    // bekendmaking Mon 20 April → Mon 27 April (Koningsdag) → Tue 28 April 23:59:59.999 CEST = 21:59:59.999 UTC
    const termijn = beroepstermijn({ bekendmaking: '2026-04-20T09:00', soortBesluit: 'KENNELIJK_ONGEGROND' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-04-28T21:59:59.999Z');
    expect(termijn.uitleg).toContain('maandag 27 april 2026 is Koningsdag');
  });

  it('4 weeks otherwise; ending on Hemelvaartsdag runs past the decree Friday and the weekend', () => {
    // bekendmaking Thu 16 April + 28 = Thu 14 May (Hemelvaart), Fri 15 gelijkgesteld, weekend → Mon 18 May
    const termijn = beroepstermijn({ bekendmaking: '2026-04-16T09:00', soortBesluit: 'OVERIG' });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-05-18T21:59:59.999Z');
    expect(termijn.uitleg).toContain('Beroepstermijn: 4 weken na bekendmaking van besluit op 16 april 2026');
    expect(termijn.uitleg).toContain('donderdag 14 mei 2026 is Hemelvaartsdag');
    expect(termijn.grondslag).toBe('Vw art. 69 lid 1; Awb art. 6:8; Atw art. 1');
  });

  it('ending on Eerste Kerstdag runs on to Monday 28 December', () => {
    // bekendmaking Fri 18 Dec → Fri 25 Dec (Kerst), Sat 26 (Tweede Kerstdag), Sun 27 → Mon 28 Dec
    expect(
      beroepstermijn({
        bekendmaking: '2026-12-18T09:00',
        soortBesluit: 'NIET_ONTVANKELIJK',
      }).vervaltOp.toISOString(),
    ).toBe('2026-12-28T22:59:59.999Z');
  });

  it('refuses an unknown kind of decision', () => {
    const fout = (() => {
      try {
        beroepstermijn({ bekendmaking: '2026-03-03', soortBesluit: 'ONBEKEND' as SoortBesluit });
      } catch (e) {
        return e as TermijnFout;
      }
      throw new Error('verwachtte een TermijnFout');
    })();
    expect(fout).toBeInstanceOf(TermijnFout);
    expect(fout.veld).toBe('soortBesluit');
  });
});

describe('vertrektermijn (R11, R23 applies to the 28 days)', () => {
  it('28 days', () => {
    // 3 March + 28 = Tue 31 March 23:59:59.999 CEST = 21:59:59.999 UTC
    const termijn = vertrektermijn({ aanvang: '2026-03-03T12:00' });
    expect(termijn.regel).toBe('R11');
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-31T21:59:59.999Z');
    expect(termijn.uitleg).toBe(
      'Vertrektermijn: 28 dagen vanaf 3 maart 2026 → vertrek uiterlijk 31 maart 2026',
    );
  });

  it('ending on Easter Sunday runs past Tweede Paasdag to Tuesday 7 April', () => {
    // Sun 8 March + 28 = Sun 5 April, Mon 6 April Tweede Paasdag → Tue 7 April
    expect(vertrektermijn({ aanvang: '2026-03-08T10:00' }).vervaltOp.toISOString()).toBe(
      '2026-04-07T21:59:59.999Z',
    );
  });

  it('0 days after a safe-country rejection: due at once', () => {
    const termijn = vertrektermijn({ aanvang: '2026-03-07T14:00', veiligLandVanHerkomst: true });
    expect(termijn.vervaltOp.toISOString()).toBe('2026-03-07T13:00:00.000Z'); // a Saturday: not moved
    expect(termijn.uitleg).toBe(
      'Vertrektermijn: 0 dagen (afwijzing als veilig land van herkomst) → direct vertrekken, vanaf 7 maart 2026 14:00',
    );
  });

  it('0 days when the term is withheld', () => {
    expect(
      vertrektermijn({ aanvang: '2026-03-03T12:00', termijnOnthouden: true }).vervaltOp.toISOString(),
    ).toBe('2026-03-03T11:00:00.000Z');
  });
});
