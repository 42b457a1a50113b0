import { DOEL_LABELS, DOELEN, Doel, doelToegestaan, isDoel, leesDoel } from './doel';

describe('doelbinding', () => {
  it('elk doel heeft een Nederlands label', () => {
    for (const d of DOELEN) expect(DOEL_LABELS[d]).toMatch(/^[A-Z]/);
  });

  it('leest een geldig doel uit de header, ook met witruimte', () => {
    expect(leesDoel(' CASUSREGIE ')).toEqual({ soort: 'doel', doel: Doel.CASUSREGIE });
  });

  it('geen of een lege header is geen doel', () => {
    expect(leesDoel(undefined)).toEqual({ soort: 'geen' });
    expect(leesDoel('  ')).toEqual({ soort: 'geen' });
  });

  it('weigert een onbekend doel en noemt de geldige', () => {
    const r = leesDoel('NIEUWSGIERIG');
    expect(r.soort).toBe('ongeldig');
    expect(r.soort === 'ongeldig' && r.reden).toContain('LANDELIJKE_REGIE');
  });

  it('weigert een dubbele header', () => {
    expect(leesDoel(['CASUSREGIE', 'VERTREK']).soort).toBe('ongeldig');
  });

  it('isDoel is hoofdlettergevoelig', () => {
    expect(isDoel('casusregie')).toBe(false);
    expect(isDoel('CASUSREGIE')).toBe(true);
  });
});

describe('doelToegestaan', () => {
  it('privacytoezicht en verzoeken van betrokkenen alleen voor de privacy officer', () => {
    for (const d of [Doel.PRIVACYTOEZICHT, Doel.RECHTEN_BETROKKENE]) {
      expect(doelToegestaan(['PRIVACY_OFFICER'], d)).toBe(true);
      expect(doelToegestaan(['PROCESREGISSEUR', 'KERNTEAMLID'], d)).toBe(false);
    }
  });
  it('landelijke regie alleen voor landelijke rollen', () => {
    expect(doelToegestaan(['ANALIST_NATIONAAL'], Doel.LANDELIJKE_REGIE)).toBe(true);
    expect(doelToegestaan(['KETENMARINIER'], Doel.LANDELIJKE_REGIE)).toBe(true);
    expect(doelToegestaan(['MELDER'], Doel.LANDELIJKE_REGIE)).toBe(false);
  });
  it('operationele doelen voor iedereen', () => {
    expect(doelToegestaan(['MELDER'], Doel.SIGNAALVERWERKING)).toBe(true);
  });
});

describe('de console kent dezelfde doelen', () => {
  it('apps/console/src/app/doel.ts heeft precies deze codes en labels', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { readFileSync } = require('node:fs') as typeof import('node:fs');
    const bron = readFileSync(`${__dirname}/../../../../apps/console/src/app/doel.ts`, 'utf8');
    const blok = /export const DOEL_LABELS = \{([\s\S]*?)\} as const;/.exec(bron)?.[1] ?? '';
    const paren = [...blok.matchAll(/^\s*([A-Z_]+): '([^']+)',$/gm)].map((m) => [m[1], m[2]]);
    expect(paren).toEqual(Object.entries(DOEL_LABELS));
  });
});
