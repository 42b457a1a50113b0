import { DomeinFout } from '@ketenbeeld/platform';
import { Snelheidsbegrenzer } from './snelheidsbegrenzer';

describe('snelheidsbegrenzer', () => {
  it('laat de piek toe, weigert daarna met 429-soort, en vult per seconde aan; per client apart', () => {
    const b = new Snelheidsbegrenzer({ perSeconde: 2, burst: 3 });
    for (let i = 0; i < 3; i++) b.controleer('a', 1000);
    expect(() => b.controleer('a', 1000)).toThrow(DomeinFout);
    try {
      b.controleer('a', 1000);
    } catch (e) {
      expect((e as DomeinFout).soort).toBe('TE_VEEL_VERZOEKEN');
    }
    expect(() => b.controleer('b', 1000)).not.toThrow();
    expect(() => b.controleer('a', 1500)).not.toThrow(); // half a second: one token back
    expect(() => b.controleer('a', 1500)).toThrow(DomeinFout);
  });
});
