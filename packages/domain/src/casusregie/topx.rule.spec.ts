import { stelTopXVoor, TOPX_GEWICHTEN, type TopXSignaal, type TopXVraag } from './topx.rule';

const d = (iso: string) => new Date(iso);
const s = (
  persoonId: string,
  ernst: 1 | 2 | 3 | 4,
  tijdstip: string,
  vpt = false,
  regio = 'NOORD',
): TopXSignaal => ({
  persoonId,
  ernst,
  vpt,
  tijdstip: d(tijdstip),
  regio,
});

// March 2026 with three months back: [1 January 2026, 1 April 2026) UTC.
const VRAAG: TopXVraag = {
  regio: 'NOORD',
  maand: '2026-03',
  maxAantal: 10,
  minSignalen: 3,
  terugkijkMaanden: 3,
};

describe('stelTopXVoor', () => {
  it('gewichten: ernst 1→1, 2→2, 3→4, 4→8; VPT +4', () => {
    expect(TOPX_GEWICHTEN).toEqual({ ernst: { 1: 1, 2: 2, 3: 4, 4: 8 }, vpt: 4 });
  });

  it('scores met de hand nagerekend, gesorteerd op score', () => {
    const signalen = [
      // P-ZEVEN: 7 signals, ernst 4+3+2+1+1+2+4 → 8+4+2+1+1+2+4 = 22, one VPT +4 → 26
      s('P-ZEVEN', 4, '2026-01-05T10:00:00Z', true),
      s('P-ZEVEN', 3, '2026-01-20T10:00:00Z'),
      s('P-ZEVEN', 2, '2026-02-01T10:00:00Z'),
      s('P-ZEVEN', 1, '2026-02-10T10:00:00Z'),
      s('P-ZEVEN', 1, '2026-02-11T10:00:00Z'),
      s('P-ZEVEN', 2, '2026-03-01T10:00:00Z'),
      s('P-ZEVEN', 3, '2026-03-15T10:00:00Z'),
      // P-ZWAAR: 3 × ernst 4 = 24, two VPT +8 → 32
      s('P-ZWAAR', 4, '2026-02-02T10:00:00Z', true),
      s('P-ZWAAR', 4, '2026-02-03T10:00:00Z', true),
      s('P-ZWAAR', 4, '2026-03-03T10:00:00Z'),
      // P-LICHT: 4 × ernst 1 = 4
      s('P-LICHT', 1, '2026-01-02T10:00:00Z'),
      s('P-LICHT', 1, '2026-01-03T10:00:00Z'),
      s('P-LICHT', 1, '2026-01-04T10:00:00Z'),
      s('P-LICHT', 1, '2026-01-05T10:00:00Z'),
      // P-TWEE: 2 signals (ernst 4, VPT) = 12, but below minSignalen 3
      s('P-TWEE', 4, '2026-03-10T10:00:00Z', true),
      s('P-TWEE', 4, '2026-03-11T10:00:00Z'),
    ];
    expect(stelTopXVoor(signalen, VRAAG)).toEqual([
      {
        persoonId: 'P-ZWAAR',
        score: 32,
        aantalSignalen: 3,
        zwaarsteErnst: 4,
        vpt: 2,
        uitleg: '3 signalen, zwaarste ernst 4, 2 VPT',
        rang: 1,
      },
      {
        persoonId: 'P-ZEVEN',
        score: 26,
        aantalSignalen: 7,
        zwaarsteErnst: 4,
        vpt: 1,
        uitleg: '7 signalen, zwaarste ernst 4, 1 VPT',
        rang: 2,
      },
      {
        persoonId: 'P-LICHT',
        score: 4,
        aantalSignalen: 4,
        zwaarsteErnst: 1,
        vpt: 0,
        uitleg: '4 signalen, zwaarste ernst 1, geen VPT',
        rang: 3,
      },
    ]);
  });

  it('vensterranden: eerste dag 00:00Z erin, de dag na de maand eruit; andere regio eruit', () => {
    const signalen = [
      s('P', 1, '2025-12-31T23:59:59.999Z'), // before the window
      s('P', 2, '2026-01-01T00:00:00Z'), // first instant
      s('P', 3, '2026-03-31T23:59:59.999Z'), // last instant
      s('P', 4, '2026-04-01T00:00:00Z'), // after the window
      s('P', 4, '2026-02-15T00:00:00Z', true, 'ZUID'), // another region
    ];
    expect(stelTopXVoor(signalen, { ...VRAAG, minSignalen: 1 })).toEqual([
      {
        persoonId: 'P',
        score: 6,
        aantalSignalen: 2,
        zwaarsteErnst: 3,
        vpt: 0,
        uitleg: '2 signalen, zwaarste ernst 3, geen VPT',
        rang: 1,
      },
    ]);
  });

  it('terugkijken over de jaarwisseling: februari met 3 maanden is december t/m februari', () => {
    const signalen = [
      s('P', 1, '2025-11-30T23:59:59.999Z'),
      s('P', 2, '2025-12-01T00:00:00Z'),
      s('P', 4, '2026-02-28T23:59:59.999Z'),
      s('P', 1, '2026-03-01T00:00:00Z'),
    ];
    const [p] = stelTopXVoor(signalen, { ...VRAAG, maand: '2026-02', minSignalen: 1 });
    expect(p).toMatchObject({ score: 10, aantalSignalen: 2, zwaarsteErnst: 4 });
  });

  it('één maand terug: alleen de maand zelf; 1 signaal in enkelvoud', () => {
    const signalen = [s('P', 2, '2026-02-28T23:00:00Z'), s('P', 3, '2026-03-02T10:00:00Z')];
    expect(stelTopXVoor(signalen, { ...VRAAG, terugkijkMaanden: 1, minSignalen: 1 })).toEqual([
      {
        persoonId: 'P',
        score: 4,
        aantalSignalen: 1,
        zwaarsteErnst: 3,
        vpt: 0,
        uitleg: '1 signaal, zwaarste ernst 3, geen VPT',
        rang: 1,
      },
    ]);
  });

  it('gelijke score: meer signalen eerst, dan persoonId', () => {
    const signalen = [
      // B and A: score 8 with 1 signal each; C: score 8 with 4 signals (2+2+2+2); D: 8 with 2 (4+4)
      s('B', 4, '2026-03-01T10:00:00Z'),
      s('A', 4, '2026-03-01T10:00:00Z'),
      ...[1, 2, 3, 4].map((n) => s('C', 2, `2026-03-0${n}T12:00:00Z`)),
      s('D', 3, '2026-03-05T10:00:00Z'),
      s('D', 3, '2026-03-06T10:00:00Z'),
    ];
    const voorstel = stelTopXVoor(signalen, { ...VRAAG, minSignalen: 1 });
    expect(voorstel.map((v) => [v.rang, v.persoonId, v.score, v.aantalSignalen])).toEqual([
      [1, 'C', 8, 4],
      [2, 'D', 8, 2],
      [3, 'A', 8, 1],
      [4, 'B', 8, 1],
    ]);
  });

  it('afgekapt op maxAantal; minSignalen is inclusief', () => {
    const signalen = ['P1', 'P2', 'P3', 'P4'].flatMap((p, i) =>
      Array.from({ length: 3 + i }, (_, n) => s(p, 1, `2026-03-${String(n + 1).padStart(2, '0')}T10:00:00Z`)),
    );
    // P4: 6, P3: 5, P2: 4, P1: 3 signals.
    expect(stelTopXVoor(signalen, { ...VRAAG, maxAantal: 2 }).map((v) => [v.rang, v.persoonId])).toEqual([
      [1, 'P4'],
      [2, 'P3'],
    ]);
    expect(stelTopXVoor(signalen, { ...VRAAG, minSignalen: 5 }).map((v) => v.persoonId)).toEqual([
      'P4',
      'P3',
    ]);
    expect(stelTopXVoor(signalen, { ...VRAAG, minSignalen: 7 })).toEqual([]);
  });

  it('geen signalen: lege lijst', () => {
    expect(stelTopXVoor([], VRAAG)).toEqual([]);
  });

  it.each(['2026-3', '2026-13', '2026-00', '26-03', '2026/03', '', ' 2026-03', '2026-03-01'])(
    "maand '%s' → fout met het veld maand",
    (maand) => {
      expect(() => stelTopXVoor([], { ...VRAAG, maand })).toThrow(/^maand: moet de vorm JJJJ-MM hebben/);
    },
  );

  it.each([
    [{ maand: undefined as unknown as string }, /^maand:/],
    [{ terugkijkMaanden: 0 }, /^terugkijkMaanden:/],
    [{ terugkijkMaanden: 1.5 }, /^terugkijkMaanden:/],
    [{ maxAantal: 0 }, /^maxAantal:/],
    [{ minSignalen: -1 }, /^minSignalen:/],
    [{ regio: ' ' }, /^regio:/],
  ])('ongeldige vraag %# → fout met het veld', (wijziging, melding) => {
    expect(() => stelTopXVoor([], { ...VRAAG, ...wijziging })).toThrow(melding);
  });

  it('ongeldig signaal → fout met het veld', () => {
    expect(() => stelTopXVoor([s('P', 5 as 4, '2026-03-01T00:00:00Z')], VRAAG)).toThrow('signalen[0].ernst');
    expect(() => stelTopXVoor([s('P', 1, '2026-03-01T00:00:00Z'), s('P', 1, 'x')], VRAAG)).toThrow(
      'signalen[1].tijdstip',
    );
  });

  it('de invoer wordt niet veranderd', () => {
    const signalen = Object.freeze([s('P', 1, '2026-03-01T00:00:00Z'), s('P', 1, '2026-03-02T00:00:00Z')]);
    expect(() => stelTopXVoor(signalen, { ...VRAAG, minSignalen: 1 })).not.toThrow();
  });
});
