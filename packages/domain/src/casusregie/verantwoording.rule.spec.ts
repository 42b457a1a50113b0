import { DateTime } from 'luxon';
import { controleerMoment, controleerPeriode, rondAf1, vergelijkTekst } from './invoer-controle';
import type { Spoor } from './geschiktheid.rule';
import {
  amsterdamOffsetMs,
  berekenVerantwoording,
  isoWeek,
  LAND_ONBEKEND,
  type CasusFeit,
  type Doorlooptijd,
  type UitkomstSoort,
  type Verantwoording,
  type VerantwoordingVraag,
  type WeekCijfers,
} from './verantwoording.rule';

const DAG = 86_400_000;
const d = (iso: string) => new Date(iso);
const plusDagen = (moment: Date, dagen: number) => new Date(moment.getTime() + dagen * DAG);

function feit(id: string, over: Partial<CasusFeit> = {}): CasusFeit {
  return {
    id,
    spoor: 2,
    land: 'MAR',
    locatieCode: 'TER_APEL',
    aangemeldOp: d('2026-03-02T10:00:00Z'),
    status: 'IN_REGIE',
    afgerondOp: null,
    uitkomsten: [],
    ...over,
  };
}
const uitkomst = (soort: UitkomstSoort, datum: Date) => ({ soort, datum });

// The pilot period of the evaluation: September 2022 up to the reference date 15 June 2023.
const PILOT: VerantwoordingVraag = {
  van: d('2022-09-01T00:00:00Z'),
  tot: d('2023-06-15T00:00:00Z'),
  normDagen: { 1: 45, 2: 60, 4: 96 },
};

/**
 * 260 kernteam cases shaped like the evaluation's table (seed evaluation §3.1), one aanmelding a day
 * from 1 September 2022, plus four cases that must not count.
 */
function pilotSet(): CasusFeit[] {
  const casussen = Array.from({ length: 260 }, (_, i): CasusFeit => {
    const aangemeldOp = plusDagen(PILOT.van, i);
    const uitkomsten: CasusFeit['uitkomsten'] = [];
    const spoor = i < 90 ? 1 : i < 210 ? 2 : i < 250 ? 4 : null;
    // Beschikking after 5 days in spoor 1, after 8 days otherwise.
    uitkomsten.push(uitkomst('BESCHIKKING', plusDagen(aangemeldOp, spoor === 1 ? 5 : 8)));
    if (i < 10) uitkomsten.push(uitkomst('OVERDRACHT', plusDagen(aangemeldOp, 30)));
    if (i >= 100 && i < 200) {
      const j = i - 100;
      uitkomsten.push(uitkomst('BEROEP_INGESTELD', plusDagen(aangemeldOp, 9)));
      const uitspraak: UitkomstSoort | null =
        j < 50 ? null : j < 80 ? 'BEROEP_ONGEGROND' : j < 88 ? 'BEROEP_GEGROND' : 'BEROEP_INGETROKKEN';
      if (uitspraak) uitkomsten.push(uitkomst(uitspraak, plusDagen(aangemeldOp, 20)));
    }
    if (i >= 200 && i < 220) uitkomsten.push(uitkomst('MOB', plusDagen(aangemeldOp, 3)));
    if (i >= 220 && i < 225) uitkomsten.push(uitkomst('VERTREK_ZELFSTANDIG', plusDagen(aangemeldOp, 12)));
    if (i >= 225 && i < 228) uitkomsten.push(uitkomst('VERTREK_GEDWONGEN', plusDagen(aangemeldOp, 12)));
    const afgerond = i % 13 < 9; // 9 of every 13: 180 of 260
    return feit(`pilot-${i}`, {
      spoor,
      land: i < 100 ? 'MAR' : i < 180 ? 'DZA' : i < 230 ? 'TUN' : i < 240 ? 'LBY' : null,
      aangemeldOp,
      status: afgerond ? 'AFGEROND' : 'IN_REGIE',
      afgerondOp: afgerond ? plusDagen(aangemeldOp, 10) : null,
      uitkomsten,
    });
  });
  return [
    ...casussen,
    feit('niet-geschikt', { aangemeldOp: d('2022-10-01T00:00:00Z'), status: 'NIET_GESCHIKT' }),
    feit('doorverwezen', { aangemeldOp: d('2022-10-01T00:00:00Z'), status: 'DOORVERWEZEN' }),
    feit('afgerond-voor-periode', {
      aangemeldOp: d('2022-08-01T00:00:00Z'),
      status: 'AFGEROND',
      afgerondOp: d('2022-08-31T23:59:59.999Z'),
    }),
    feit('aangemeld-op-peildatum', { aangemeldOp: PILOT.tot, spoor: 1 }),
  ];
}

describe('berekenVerantwoording — de tabel van de evaluatie', () => {
  const v = berekenVerantwoording(pilotSet(), PILOT);

  it('260 behandeld, 90 in spoor 1', () => {
    expect(v.behandeld).toBe(260);
    expect(v.perSpoor).toEqual({ spoor1: 90, spoor2: 120, spoor4: 40, onbekend: 10 });
  });

  it('180 definitief afgehandeld = 69,2%', () => {
    expect(v.definitiefAfgehandeld).toEqual({ aantal: 180, percentage: 69.2 });
  });

  it('10 overdrachten; vertrek en MOB; niemand opnieuw aangemeld', () => {
    expect(v.overdrachten).toBe(10);
    expect(v.vertrek).toEqual({ zelfstandig: 5, gedwongen: 3, mob: 20 });
    expect(v.opnieuwAangemeld).toBe(0);
  });

  it('100 beroepen: 50 open, 30 ongegrond, 8 gegrond, 12 ingetrokken', () => {
    expect(v.beroepen).toEqual({ ingesteld: 100, open: 50, ongegrond: 30, gegrond: 8, ingetrokken: 12 });
  });

  it('per land: meeste eerst, onbekend als land', () => {
    expect(v.perLand).toEqual([
      { land: 'MAR', aantal: 100 },
      { land: 'DZA', aantal: 80 },
      { land: 'TUN', aantal: 50 },
      { land: 'onbekend', aantal: 20 },
      { land: 'LBY', aantal: 10 },
    ]);
  });

  it('doorlooptijd per spoor en totaal, met factor sneller dan de norm', () => {
    expect(v.doorlooptijd).toEqual([
      { spoor: 1, aantal: 90, mediaanDagen: 5, gemiddeldeDagen: 5, normDagen: 45, factorSnellerDanNorm: 9 },
      {
        spoor: 2,
        aantal: 120,
        mediaanDagen: 8,
        gemiddeldeDagen: 8,
        normDagen: 60,
        factorSnellerDanNorm: 7.5,
      },
      { spoor: 4, aantal: 40, mediaanDagen: 8, gemiddeldeDagen: 8, normDagen: 96, factorSnellerDanNorm: 12 },
      // (90 × 5 + 170 × 8) / 260 = 1810 / 260 = 6.96…
      {
        spoor: null,
        aantal: 260,
        mediaanDagen: 8,
        gemiddeldeDagen: 7,
        normDagen: null,
        factorSnellerDanNorm: null,
      },
    ]);
  });

  it('per week: elke ISO-week van 2022-W35 tot en met 2023-W24', () => {
    expect(v.perWeek).toHaveLength(42);
    expect(v.perWeek[0]).toEqual({ week: '2022-W35', aangemeld: 4, afgerond: 0 }); // do 1 – zo 4 sep
    expect(v.perWeek[1]).toEqual({ week: '2022-W36', aangemeld: 7, afgerond: 1 }); // 1 sep + 10 dagen = zo 11 sep
    expect(v.perWeek.at(-1)).toEqual({ week: '2023-W24', aangemeld: 0, afgerond: 0 });
    expect(v.perWeek.reduce((s, w) => s + w.aangemeld, 0)).toBe(260);
    expect(v.perWeek.reduce((s, w) => s + w.afgerond, 0)).toBe(180);
  });

  it('geeft de periode en het locatiefilter terug', () => {
    expect(v.van).toEqual(PILOT.van);
    expect(v.tot).toEqual(PILOT.tot);
    expect(v.locatieCode).toBeNull();
  });
});

describe('berekenVerantwoording — definities', () => {
  const vraag: VerantwoordingVraag = {
    van: d('2026-03-01T00:00:00Z'),
    tot: d('2026-04-01T00:00:00Z'),
    normDagen: { 1: 45, 2: 24 },
  };
  const aantalBehandeld = (feiten: CasusFeit[]) => berekenVerantwoording(feiten, vraag).behandeld;

  it('periodegrenzen: afgerond vóór van telt niet, afgerond op van wel; aangemeld op tot telt niet', () => {
    const feiten = [
      feit('a', {
        aangemeldOp: d('2026-02-01T00:00:00Z'),
        status: 'AFGEROND',
        afgerondOp: d('2026-02-28T23:59:59.999Z'),
      }),
      feit('b', { aangemeldOp: d('2026-02-01T00:00:00Z'), status: 'AFGEROND', afgerondOp: vraag.van }),
      feit('c', { aangemeldOp: vraag.tot }),
      feit('d', { aangemeldOp: d('2026-03-31T23:59:59.999Z') }),
      feit('e', { aangemeldOp: d('2025-12-01T00:00:00Z') }), // still running
    ];
    expect(aantalBehandeld(feiten)).toBe(3);
    expect(aantalBehandeld([feiten[0]])).toBe(0);
    expect(aantalBehandeld([feiten[1]])).toBe(1);
    expect(aantalBehandeld([feiten[2]])).toBe(0);
    expect(aantalBehandeld([feiten[3]])).toBe(1);
    expect(aantalBehandeld([feiten[4]])).toBe(1);
  });

  it('een heropende casus loopt weer: behandeld, niet definitief afgehandeld', () => {
    const v = berekenVerantwoording(
      [
        feit('h', { status: 'HEROPEND', afgerondOp: null }),
        feit('a', { status: 'AFGEROND', afgerondOp: d('2026-03-10T00:00:00Z') }),
      ],
      vraag,
    );
    expect(v.behandeld).toBe(2);
    expect(v.definitiefAfgehandeld).toEqual({ aantal: 1, percentage: 50 });
  });

  it('NIET_GESCHIKT en DOORVERWEZEN waren nooit kernteamcasussen', () => {
    expect(
      aantalBehandeld([feit('x', { status: 'NIET_GESCHIKT' }), feit('y', { status: 'DOORVERWEZEN' })]),
    ).toBe(0);
    expect(
      aantalBehandeld([feit('x', { status: 'AANGEMELD' }), feit('y', { status: 'IN_BEOORDELING' })]),
    ).toBe(2);
  });

  it('locatiefilter: alleen casussen op die locatie; null betekent alle locaties', () => {
    const feiten = [
      feit('ta1', { locatieCode: 'TER_APEL', spoor: 1 }),
      feit('ta2', { locatieCode: 'TER_APEL', spoor: 2 }),
      feit('bu', { locatieCode: 'BUDEL', spoor: 4 }),
      feit('onb', { locatieCode: null, spoor: null }),
    ];
    const budel = berekenVerantwoording(feiten, { ...vraag, locatieCode: 'BUDEL' });
    expect(budel.behandeld).toBe(1);
    expect(budel.locatieCode).toBe('BUDEL');
    expect(budel.perSpoor).toEqual({ spoor1: 0, spoor2: 0, spoor4: 1, onbekend: 0 });
    expect(berekenVerantwoording(feiten, { ...vraag, locatieCode: 'TER_APEL' }).behandeld).toBe(2);
    expect(berekenVerantwoording(feiten, { ...vraag, locatieCode: null }).behandeld).toBe(4);
    expect(berekenVerantwoording(feiten, { ...vraag, locatieCode: 'HOOGEVEEN' }).behandeld).toBe(0);
  });

  it('niets behandeld: percentage 0, geen doorlooptijden', () => {
    const v = berekenVerantwoording([], vraag);
    expect(v.behandeld).toBe(0);
    expect(v.definitiefAfgehandeld).toEqual({ aantal: 0, percentage: 0 });
    expect(v.perLand).toEqual([]);
    expect(v.doorlooptijd).toEqual([
      {
        spoor: 1,
        aantal: 0,
        mediaanDagen: null,
        gemiddeldeDagen: null,
        normDagen: 45,
        factorSnellerDanNorm: null,
      },
      {
        spoor: 2,
        aantal: 0,
        mediaanDagen: null,
        gemiddeldeDagen: null,
        normDagen: 24,
        factorSnellerDanNorm: null,
      },
      {
        spoor: 4,
        aantal: 0,
        mediaanDagen: null,
        gemiddeldeDagen: null,
        normDagen: null,
        factorSnellerDanNorm: null,
      },
      {
        spoor: null,
        aantal: 0,
        mediaanDagen: null,
        gemiddeldeDagen: null,
        normDagen: null,
        factorSnellerDanNorm: null,
      },
    ]);
  });

  it('percentage op 1 decimaal: 2 van 3 = 66,7%, 1 van 8 = 12,5%', () => {
    const afgerond = (id: string) => feit(id, { status: 'AFGEROND', afgerondOp: d('2026-03-20T00:00:00Z') });
    expect(
      berekenVerantwoording([afgerond('a'), afgerond('b'), feit('c')], vraag).definitiefAfgehandeld,
    ).toEqual({
      aantal: 2,
      percentage: 66.7,
    });
    const acht = [afgerond('a'), ...Array.from({ length: 7 }, (_, i) => feit(`o${i}`))];
    expect(berekenVerantwoording(acht, vraag).definitiefAfgehandeld.percentage).toBe(12.5);
  });

  it('doorlooptijd in kalenderdagen: een beschikking op de dag van aanmelding is dag 0, nooit negatief', () => {
    const v = berekenVerantwoording(
      [
        feit('zelfde', {
          spoor: 2,
          aangemeldOp: d('2026-03-02T15:00:00Z'),
          uitkomsten: [uitkomst('BESCHIKKING', d('2026-03-02T00:00:00Z'))],
        }),
      ],
      vraag,
    );
    expect(v.doorlooptijd.find((r) => r.spoor === 2)).toMatchObject({
      aantal: 1,
      mediaanDagen: 0,
      gemiddeldeDagen: 0,
    });
  });

  it('doorlooptijd: mediaan bij oneven en even aantal, eerste beschikking, totaal met onbekend spoor', () => {
    const start = d('2026-03-02T08:00:00Z');
    const metBeschikking = (id: string, spoor: 1 | 2 | 4 | null, dagen: number[]) =>
      feit(id, {
        spoor,
        aangemeldOp: start,
        uitkomsten: dagen.map((n) => uitkomst('BESCHIKKING', plusDagen(start, n))),
      });
    const feiten = [
      // spoor 1: 3, 5, 10 days → median 5, mean 6; norm 45 → 9× faster
      metBeschikking('s1a', 1, [10]),
      metBeschikking('s1b', 1, [3]),
      metBeschikking('s1c', 1, [5, 2 + 30]), // second decision (after a founded appeal) is ignored
      // spoor 2: 2, 4, 7, 20 days → median (4 + 7) / 2 = 5.5, mean 33 / 4 = 8.25 → 8.3; norm 24 / 5.5 = 4.36 → 4.4
      metBeschikking('s2a', 2, [20]),
      metBeschikking('s2b', 2, [2]),
      metBeschikking('s2c', 2, [7]),
      metBeschikking('s2d', 2, [4]),
      // no spoor, decided the next calendar day (36 hours later): 1 day, only in the overall row
      metBeschikking('onb', null, [1.5]),
      // no decision yet: not in the lead times
      metBeschikking('geen', 4, []),
      // decision after the reference date: not yet a decision
      metBeschikking('later', 4, [40]),
    ];
    const v = berekenVerantwoording(feiten, vraag);
    expect(v.doorlooptijd).toEqual([
      { spoor: 1, aantal: 3, mediaanDagen: 5, gemiddeldeDagen: 6, normDagen: 45, factorSnellerDanNorm: 9 },
      {
        spoor: 2,
        aantal: 4,
        mediaanDagen: 5.5,
        gemiddeldeDagen: 8.3,
        normDagen: 24,
        factorSnellerDanNorm: 4.4,
      },
      {
        spoor: 4,
        aantal: 0,
        mediaanDagen: null,
        gemiddeldeDagen: null,
        normDagen: null,
        factorSnellerDanNorm: null,
      },
      // overall: 1, 2, 3, 4, 5, 7, 10, 20 → median (4 + 5) / 2 = 4.5, mean 52 / 8 = 6.5
      {
        spoor: null,
        aantal: 8,
        mediaanDagen: 4.5,
        gemiddeldeDagen: 6.5,
        normDagen: null,
        factorSnellerDanNorm: null,
      },
    ]);
  });

  it('factor: mediaan 0 (beschikking op het moment van aanmelding) geeft geen factor', () => {
    const start = d('2026-03-02T08:00:00Z');
    const v = berekenVerantwoording(
      [feit('nul', { spoor: 1, aangemeldOp: start, uitkomsten: [uitkomst('BESCHIKKING', start)] })],
      vraag,
    );
    expect(v.doorlooptijd[0]).toEqual({
      spoor: 1,
      aantal: 1,
      mediaanDagen: 0,
      gemiddeldeDagen: 0,
      normDagen: 45,
      factorSnellerDanNorm: null,
    });
  });

  it('beroepen: het laatste beroepsmoment telt; een nieuw beroep na een uitspraak is weer open', () => {
    const t = (dag: number) => d(`2026-03-${String(dag).padStart(2, '0')}T12:00:00Z`);
    const feiten = [
      feit('open', { uitkomsten: [uitkomst('BEROEP_INGESTELD', t(5))] }),
      feit('ongegrond', {
        uitkomsten: [uitkomst('BEROEP_ONGEGROND', t(9)), uitkomst('BEROEP_INGESTELD', t(5))],
      }),
      feit('opnieuw', {
        uitkomsten: [
          uitkomst('BEROEP_INGESTELD', t(3)),
          uitkomst('BEROEP_GEGROND', t(6)),
          uitkomst('BEROEP_INGESTELD', t(10)),
        ],
      }),
      feit('gegrond-daarna', {
        uitkomsten: [
          uitkomst('BEROEP_INGESTELD', t(3)),
          uitkomst('BEROEP_ONGEGROND', t(6)),
          uitkomst('BEROEP_INGESTELD', t(10)),
          uitkomst('BEROEP_GEGROND', t(20)),
        ],
      }),
      feit('zelfde-dag', {
        uitkomsten: [uitkomst('BEROEP_INGETROKKEN', t(4)), uitkomst('BEROEP_INGESTELD', t(4))],
      }),
      feit('uitspraak-zonder-beroep', { uitkomsten: [uitkomst('BEROEP_ONGEGROND', t(4))] }),
      feit('uitspraak-na-peildatum', {
        uitkomsten: [
          uitkomst('BEROEP_INGESTELD', t(4)),
          uitkomst('BEROEP_ONGEGROND', d('2026-04-01T00:00:00Z')),
        ],
      }),
    ];
    expect(berekenVerantwoording(feiten, vraag).beroepen).toEqual({
      ingesteld: 6,
      open: 3,
      ongegrond: 1,
      gegrond: 1,
      ingetrokken: 1,
    });
  });

  it('peildatum tot: uitkomsten en afronding vanaf tot tellen (nog) niet mee', () => {
    const v = berekenVerantwoording(
      [
        feit('na-tot', {
          status: 'AFGEROND',
          afgerondOp: d('2026-04-03T00:00:00Z'),
          uitkomsten: [uitkomst('OVERDRACHT', d('2026-04-02T00:00:00Z'))],
        }),
        feit('ervoor', {
          status: 'AFGEROND',
          afgerondOp: d('2026-03-31T00:00:00Z'),
          uitkomsten: [
            uitkomst('OVERDRACHT', d('2026-03-30T00:00:00Z')),
            uitkomst('OPNIEUW_AANGEMELD', vraag.tot),
          ],
        }),
      ],
      vraag,
    );
    expect(v.behandeld).toBe(2);
    expect(v.definitiefAfgehandeld).toEqual({ aantal: 1, percentage: 50 });
    expect(v.overdrachten).toBe(1);
    expect(v.opnieuwAangemeld).toBe(0);
  });

  it('een casus met meerdere uitkomsten van dezelfde soort telt één keer', () => {
    const v = berekenVerantwoording(
      [
        feit('a', {
          uitkomsten: [
            uitkomst('MOB', d('2026-03-05T00:00:00Z')),
            uitkomst('MOB', d('2026-03-06T00:00:00Z')),
          ],
        }),
      ],
      vraag,
    );
    expect(v.vertrek).toEqual({ zelfstandig: 0, gedwongen: 0, mob: 1 });
  });

  it('per land: gelijke aantallen op landcode', () => {
    const feiten = [
      feit('1', { land: 'TUN' }),
      feit('2', { land: 'DZA' }),
      feit('3', { land: null }),
      feit('4', { land: 'SYR' }),
      feit('5', { land: 'SYR' }),
    ];
    expect(berekenVerantwoording(feiten, vraag).perLand).toEqual([
      { land: 'SYR', aantal: 2 },
      { land: 'DZA', aantal: 1 },
      { land: 'TUN', aantal: 1 },
      { land: 'onbekend', aantal: 1 },
    ]);
  });

  it.each([
    [{ van: d('2026-04-01T00:00:00Z') }, 'tot: moet na van liggen'],
    [{ van: new Date(Number.NaN) }, 'van: moet een geldige datum'],
    [{ tot: 'morgen' as unknown as Date }, 'tot: moet een geldige datum'],
    [{ normDagen: { 1: 0 } }, 'normDagen.1: moet een positief getal zijn'],
    [{ normDagen: { 4: Number.NaN } }, 'normDagen.4: moet een positief getal zijn'],
  ])('ongeldige vraag %# → fout met het veld', (wijziging, melding) => {
    expect(() => berekenVerantwoording([], { ...vraag, ...wijziging })).toThrow(melding);
  });

  it('ongeldige datum in een feit → fout met het veld', () => {
    expect(() =>
      berekenVerantwoording([feit('a'), feit('b', { aangemeldOp: new Date('x') })], vraag),
    ).toThrow('feiten[1].aangemeldOp');
    expect(() =>
      berekenVerantwoording([feit('a', { uitkomsten: [uitkomst('MOB', new Date('x'))] })], vraag),
    ).toThrow('feiten[0].uitkomsten[0].datum');
  });
});

describe('ISO-8601-weken (kalender van Europe/Amsterdam)', () => {
  /**
   * Independent reference: week 1 is the week holding 4 January; weeks start on Monday. Counts
   * calendar days with Date.UTC only, no shared code with the implementation.
   */
  function referentieWeek(jaar: number, maand: number, dag: number): string {
    const datum = Date.UTC(jaar, maand - 1, dag);
    const maandagWeek1 = (j: number) => {
      const vierJan = Date.UTC(j, 0, 4);
      const weekdag = new Date(vierJan).getUTCDay() || 7; // Monday 1 … Sunday 7
      return vierJan - (weekdag - 1) * DAG;
    };
    let weekjaar = jaar + 1;
    while (maandagWeek1(weekjaar) > datum) weekjaar--;
    const nummer = Math.floor((datum - maandagWeek1(weekjaar)) / (7 * DAG)) + 1;
    return `${weekjaar}-W${String(nummer).padStart(2, '0')}`;
  }

  it.each([
    ['2026-12-31', '2026-W53'], // Thursday: 2026 starts on a Thursday, so it has 53 weeks
    ['2027-01-01', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'], // Monday
    ['2024-12-30', '2025-W01'], // Monday of the week with 2 January 2025 (Thursday)
    ['2021-01-03', '2020-W53'],
    ['2026-11-16', '2026-W47'],
  ])('%s is %s', (datum, week) => {
    const [j, m, dg] = datum.split('-').map(Number) as [number, number, number];
    // The expected values themselves, checked against two independent calendar computations.
    expect(referentieWeek(j, m, dg)).toBe(week);
    const luxon = DateTime.fromISO(datum, { zone: 'utc' });
    expect(`${luxon.weekYear}-W${String(luxon.weekNumber).padStart(2, '0')}`).toBe(week);
    // The first and last instant of that Amsterdam day (these dates are in winter time, UTC+1).
    expect(isoWeek(d(`${datum}T00:00:00+01:00`))).toBe(week);
    expect(isoWeek(d(`${datum}T23:59:59.999+01:00`))).toBe(week);
  });

  it('een moment hoort bij de week van zijn dag in Amsterdam, ook rond de zomertijd', () => {
    // Sunday 23:30 UTC in winter is Monday 00:30 in Amsterdam: the next week.
    expect(isoWeek(d('2027-01-03T23:30:00Z'))).toBe('2027-W01');
    // Sunday 22:30 UTC in summer is Monday 00:30 CEST; 21:30 UTC is still Sunday.
    expect(isoWeek(d('2026-06-07T22:30:00Z'))).toBe('2026-W24');
    expect(isoWeek(d('2026-06-07T21:30:00Z'))).toBe('2026-W23');
    // The clock changes (last Sunday of March and October, 01:00 UTC).
    expect(amsterdamOffsetMs(d('2026-03-29T00:59:59Z').getTime())).toBe(3_600_000);
    expect(amsterdamOffsetMs(d('2026-03-29T01:00:00Z').getTime())).toBe(7_200_000);
    expect(amsterdamOffsetMs(d('2026-10-25T00:59:59Z').getTime())).toBe(7_200_000);
    expect(amsterdamOffsetMs(d('2026-10-25T01:00:00Z').getTime())).toBe(3_600_000);
  });

  it('2026-12-31 is een donderdag en 2027-01-04 een maandag (kalendercontrole)', () => {
    expect(new Date(Date.UTC(2026, 11, 31)).getUTCDay()).toBe(4);
    expect(new Date(Date.UTC(2027, 0, 4)).getUTCDay()).toBe(1);
  });

  it('komt voor elk uur van 2019 t/m 2032 overeen met de onafhankelijke berekening (Amsterdamse datum via luxon)', () => {
    const afwijkingen: string[] = [];
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2033, 0, 1); t += 3_600_000) {
      const a = DateTime.fromMillis(t, { zone: 'Europe/Amsterdam' });
      const verwacht = referentieWeek(a.year, a.month, a.day);
      if (isoWeek(new Date(t)) !== verwacht) afwijkingen.push(new Date(t).toISOString());
    }
    expect(afwijkingen).toEqual([]);
  });

  it('perWeek over de jaarwisseling: 2026-W53, 2027-W01; tot is exclusief', () => {
    const feiten = [
      feit('a', { aangemeldOp: d('2026-12-29T10:00:00Z') }), // before van: not in the weekly count
      feit('b', { aangemeldOp: d('2026-12-31T10:00:00Z') }),
      feit('c', { aangemeldOp: d('2027-01-03T22:59:59.999Z') }), // Sunday 23:59:59.999 in Amsterdam
      feit('e', {
        aangemeldOp: d('2026-12-01T10:00:00Z'),
        status: 'AFGEROND',
        afgerondOp: d('2027-01-03T23:00:00Z'), // Monday 00:00 in Amsterdam
      }),
      feit('f', { aangemeldOp: d('2027-01-10T22:59:59.999Z') }),
    ];
    const v = berekenVerantwoording(feiten, {
      van: d('2026-12-29T23:00:00Z'),
      tot: d('2027-01-10T23:00:00Z'),
      normDagen: {},
    });
    expect(v.perWeek).toEqual([
      { week: '2026-W53', aangemeld: 2, afgerond: 0 },
      { week: '2027-W01', aangemeld: 1, afgerond: 1 },
    ]);
    expect(v.behandeld).toBe(5);
  });
});

/**
 * Reference: the straightforward first implementation of berekenVerantwoording (filter per figure,
 * outcomes filtered per question, a Date per ISO week), kept verbatim so the optimised rule can be
 * compared against it on random input. Only the names differ.
 */
const referentie = (() => {
  const GEEN_KERNTEAMCASUS: readonly CasusFeit['status'][] = ['NIET_GESCHIKT', 'DOORVERWEZEN'];
  const BEROEP_UITSPRAKEN = ['BEROEP_ONGEGROND', 'BEROEP_GEGROND', 'BEROEP_INGETROKKEN'] as const;
  const SPOREN: readonly Spoor[] = [1, 2, 4];

  function berekenVerantwoording(feiten: readonly CasusFeit[], vraag: VerantwoordingVraag): Verantwoording {
    const { van, tot } = controleerPeriode(vraag.van, vraag.tot);
    const locatieCode = vraag.locatieCode ?? null;
    for (const spoor of SPOREN) {
      const norm = vraag.normDagen[spoor];
      if (norm !== undefined && !(typeof norm === 'number' && Number.isFinite(norm) && norm > 0)) {
        throw new Error(`normDagen.${spoor}: moet een positief getal zijn (gekregen: ${String(norm)})`);
      }
    }
    feiten.forEach(controleerFeit);

    const t0 = van.getTime();
    const t1 = tot.getTime();
    const behandeld = feiten.filter(
      (f) =>
        f.aangemeldOp.getTime() < t1 &&
        (f.afgerondOp === null || f.afgerondOp.getTime() >= t0) &&
        !GEEN_KERNTEAMCASUS.includes(f.status) &&
        (locatieCode === null || f.locatieCode === locatieCode),
    );
    const uitkomstenVan = (f: CasusFeit) => f.uitkomsten.filter((u) => u.datum.getTime() < t1);
    const heeft = (f: CasusFeit, soort: UitkomstSoort) => uitkomstenVan(f).some((u) => u.soort === soort);
    const tel = (predikaat: (f: CasusFeit) => boolean) => behandeld.filter(predikaat).length;
    const isAfgerond = (f: CasusFeit) =>
      f.status === 'AFGEROND' && (f.afgerondOp === null || f.afgerondOp.getTime() < t1);

    const aantalAfgerond = tel(isAfgerond);
    return {
      van,
      tot,
      locatieCode,
      behandeld: behandeld.length,
      perSpoor: {
        spoor1: tel((f) => f.spoor === 1),
        spoor2: tel((f) => f.spoor === 2),
        spoor4: tel((f) => f.spoor === 4),
        onbekend: tel((f) => f.spoor === null),
      },
      perLand: perLand(behandeld),
      definitiefAfgehandeld: {
        aantal: aantalAfgerond,
        percentage: behandeld.length === 0 ? 0 : rondAf1((aantalAfgerond / behandeld.length) * 100),
      },
      overdrachten: tel((f) => heeft(f, 'OVERDRACHT')),
      vertrek: {
        zelfstandig: tel((f) => heeft(f, 'VERTREK_ZELFSTANDIG')),
        gedwongen: tel((f) => heeft(f, 'VERTREK_GEDWONGEN')),
        mob: tel((f) => heeft(f, 'MOB')),
      },
      opnieuwAangemeld: tel((f) => heeft(f, 'OPNIEUW_AANGEMELD')),
      beroepen: beroepen(behandeld.map(uitkomstenVan)),
      doorlooptijd: doorlooptijden(behandeld, uitkomstenVan, vraag.normDagen),
      perWeek: perWeek(behandeld, isAfgerond, van, tot),
    };
  }

  function controleerFeit(f: CasusFeit, index: number): void {
    controleerMoment(f.aangemeldOp, `feiten[${index}].aangemeldOp`);
    if (f.afgerondOp !== null) controleerMoment(f.afgerondOp, `feiten[${index}].afgerondOp`);
    f.uitkomsten.forEach((u, j) => controleerMoment(u.datum, `feiten[${index}].uitkomsten[${j}].datum`));
  }

  function perLand(behandeld: readonly CasusFeit[]): { land: string; aantal: number }[] {
    const aantallen = new Map<string, number>();
    for (const f of behandeld) {
      const land = f.land ?? LAND_ONBEKEND;
      aantallen.set(land, (aantallen.get(land) ?? 0) + 1);
    }
    return [...aantallen]
      .map(([land, aantal]) => ({ land, aantal }))
      .sort((a, b) => b.aantal - a.aantal || vergelijkTekst(a.land, b.land));
  }

  function beroepen(uitkomstenPerCasus: readonly { soort: UitkomstSoort; datum: Date }[][]) {
    const telling = { ingesteld: 0, open: 0, ongegrond: 0, gegrond: 0, ingetrokken: 0 };
    for (const uitkomsten of uitkomstenPerCasus) {
      const beroep = uitkomsten.filter(
        (u) => u.soort === 'BEROEP_INGESTELD' || (BEROEP_UITSPRAKEN as readonly string[]).includes(u.soort),
      );
      if (!beroep.some((u) => u.soort === 'BEROEP_INGESTELD')) continue;
      telling.ingesteld++;
      // Last by date; on the same date a ruling comes after the filing.
      const laatste = beroep.reduce((a, b) => {
        const verschil = b.datum.getTime() - a.datum.getTime();
        if (verschil !== 0) return verschil > 0 ? b : a;
        return b.soort !== 'BEROEP_INGESTELD' ? b : a;
      });
      if (laatste.soort === 'BEROEP_ONGEGROND') telling.ongegrond++;
      else if (laatste.soort === 'BEROEP_GEGROND') telling.gegrond++;
      else if (laatste.soort === 'BEROEP_INGETROKKEN') telling.ingetrokken++;
      else telling.open++;
    }
    return telling;
  }

  function mediaan(gesorteerd: readonly number[]): number {
    const midden = Math.floor(gesorteerd.length / 2);
    return gesorteerd.length % 2 === 1
      ? gesorteerd[midden]
      : (gesorteerd[midden - 1] + gesorteerd[midden]) / 2;
  }

  function doorlooptijden(
    behandeld: readonly CasusFeit[],
    uitkomstenVan: (f: CasusFeit) => { soort: UitkomstSoort; datum: Date }[],
    normen: Partial<Record<Spoor, number>>,
  ): Doorlooptijd[] {
    const metDagen = behandeld.flatMap((f) => {
      const beschikkingen = uitkomstenVan(f)
        .filter((u) => u.soort === 'BESCHIKKING')
        .map((u) => u.datum.getTime());
      if (beschikkingen.length === 0) return [];
      return [
        {
          spoor: f.spoor,
          dagen: Math.floor(Math.min(...beschikkingen) / DAG) - Math.floor(f.aangemeldOp.getTime() / DAG),
        },
      ];
    });
    const rij = (spoor: Spoor | null): Doorlooptijd => {
      const dagen = metDagen
        .filter((d) => spoor === null || d.spoor === spoor)
        .map((d) => d.dagen)
        .sort((a, b) => a - b);
      const normDagen = spoor === null ? null : (normen[spoor] ?? null);
      if (dagen.length === 0) {
        return {
          spoor,
          aantal: 0,
          mediaanDagen: null,
          gemiddeldeDagen: null,
          normDagen,
          factorSnellerDanNorm: null,
        };
      }
      const m = mediaan(dagen);
      return {
        spoor,
        aantal: dagen.length,
        mediaanDagen: rondAf1(m),
        gemiddeldeDagen: rondAf1(dagen.reduce((som, d) => som + d, 0) / dagen.length),
        normDagen,
        factorSnellerDanNorm: normDagen === null || m <= 0 ? null : rondAf1(normDagen / m),
      };
    };
    return [...SPOREN.map(rij), rij(null)];
  }

  function isoWeek(moment: Date): string {
    const a = DateTime.fromJSDate(moment, { zone: 'Europe/Amsterdam' });
    return `${a.weekYear}-W${String(a.weekNumber).padStart(2, '0')}`;
  }

  /** The instant of Monday 00:00 in Amsterdam of the ISO week of `moment`. */
  function maandagVan(moment: Date): number {
    return DateTime.fromJSDate(moment, { zone: 'Europe/Amsterdam' }).startOf('week').toMillis();
  }

  function perWeek(
    behandeld: readonly CasusFeit[],
    isAfgerond: (f: CasusFeit) => boolean,
    van: Date,
    tot: Date,
  ): WeekCijfers[] {
    const t0 = van.getTime();
    const t1 = tot.getTime();
    const weken: WeekCijfers[] = [];
    const index = new Map<string, WeekCijfers>();
    for (
      let maandag = maandagVan(van);
      maandag < t1;
      maandag = DateTime.fromMillis(maandag, { zone: 'Europe/Amsterdam' }).plus({ weeks: 1 }).toMillis()
    ) {
      const rij = { week: isoWeek(new Date(maandag)), aangemeld: 0, afgerond: 0 };
      weken.push(rij);
      index.set(rij.week, rij);
    }
    const binnen = (moment: Date) => moment.getTime() >= t0 && moment.getTime() < t1;
    for (const f of behandeld) {
      if (binnen(f.aangemeldOp)) index.get(isoWeek(f.aangemeldOp))!.aangemeld++;
      if (f.afgerondOp !== null && isAfgerond(f) && binnen(f.afgerondOp))
        index.get(isoWeek(f.afgerondOp))!.afgerond++;
    }
    return weken;
  }

  return { berekenVerantwoording, isoWeek };
})();

describe('berekenVerantwoording — gelijk aan de eenvoudige referentie op willekeurige invoer', () => {
  /** mulberry32: a small seeded PRNG, so every run sees the same "random" cases. */
  function prng(zaad: number): () => number {
    let a = zaad >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const SOORTEN: UitkomstSoort[] = [
    'BESCHIKKING',
    'BEROEP_INGESTELD',
    'BEROEP_ONGEGROND',
    'BEROEP_GEGROND',
    'BEROEP_INGETROKKEN',
    'OVERDRACHT',
    'VERTREK_ZELFSTANDIG',
    'VERTREK_GEDWONGEN',
    'MOB',
    'OPNIEUW_AANGEMELD',
  ];
  const STATUSSEN: CasusFeit['status'][] = [
    'AANGEMELD',
    'IN_BEOORDELING',
    'IN_REGIE',
    'AFGEROND',
    'AFGEROND',
    'NIET_GESCHIKT',
    'DOORVERWEZEN',
    'HEROPEND',
  ];
  const LOCATIES = ['TER_APEL', 'BUDEL', 'HOOGEVEEN', null];

  /**
   * One random scenario: a period of 1 day up to 3 years somewhere in 2020–2029 (often across New
   * Year), cases around it, moments on whole days, hours or milliseconds (so ties, midnight and the
   * exact period bounds all occur), outcomes before and after the reference date.
   */
  function scenario(zaad: number, aantal: number): { feiten: CasusFeit[]; vraag: VerantwoordingVraag } {
    const r = prng(zaad);
    const kies = <T>(lijst: readonly T[]): T => lijst[Math.floor(r() * lijst.length)];
    const geheel = (n: number) => Math.floor(r() * n);
    const korrel = () => kies([DAG, DAG, 3_600_000, 1]);
    const van = Date.UTC(2020, 0, 1) + geheel(3300) * DAG + kies([0, 0, geheel(DAG)]);
    const tot = van + kies([1, 1, 7, 30, 100, 400, 1100].map((n) => n * DAG)) * (0.1 + r()) + 1;
    const span = tot - van;
    const moment = (rond: number, breedte: number) => {
      const keuze = r();
      if (keuze < 0.05) return van;
      if (keuze < 0.1) return Math.floor(tot);
      const k = korrel();
      return Math.floor((rond - breedte / 2 + r() * breedte * 1.5) / k) * k;
    };
    const feiten = Array.from({ length: aantal }, (_, i): CasusFeit => {
      const aangemeld = moment(van, span * 2);
      const status = kies(STATUSSEN);
      const afgerond =
        r() < (status === 'AFGEROND' ? 0.9 : 0.2) ? moment(aangemeld + span / 2, span * 1.5) : null;
      const uitkomstOp = () => {
        const keuze = r();
        if (keuze < 0.3) return aangemeld + geheel(5) * kies([DAG, 0]); // soon after, or at the same moment
        const k = korrel();
        if (keuze < 0.85) return aangemeld + Math.floor((r() * span * 1.2) / k) * k;
        return moment(aangemeld, span * 2); // also before aanmelding: negative lead times
      };
      const uitkomsten = Array.from({ length: kies([0, 0, 1, 2, 3, 5, 8]) }, () => ({
        soort: kies(SOORTEN),
        datum: new Date(uitkomstOp()),
      }));
      return {
        id: `r${zaad}-${i}`,
        spoor: kies<Spoor | null>([1, 2, 4, null]),
        land: kies(['MAR', 'DZA', 'TUN', 'LBY', 'SYR', 'onbekend', null]),
        locatieCode: kies(LOCATIES),
        aangemeldOp: new Date(aangemeld),
        status,
        afgerondOp: afgerond === null ? null : new Date(afgerond),
        uitkomsten,
      };
    });
    const normDagen: Partial<Record<Spoor, number>> = {};
    for (const spoor of [1, 2, 4] as const) {
      if (r() < 0.7) normDagen[spoor] = kies([45, 60, 96, 0.5 + r() * 100]);
    }
    const vraag: VerantwoordingVraag = { van: new Date(van), tot: new Date(Math.floor(tot)), normDagen };
    if (r() < 0.5) vraag.locatieCode = kies(LOCATIES);
    return { feiten, vraag };
  }

  it('200 scenario’s met samen ruim 16 000 casussen geven precies dezelfde cijfers', () => {
    let casussen = 0;
    for (let zaad = 1; zaad <= 200; zaad++) {
      const { feiten, vraag } = scenario(zaad, zaad % 50 === 0 ? 3000 : zaad % 10 === 0 ? 300 : zaad % 7);
      casussen += feiten.length;
      expect(berekenVerantwoording(feiten, vraag)).toStrictEqual(
        referentie.berekenVerantwoording(feiten, vraag),
      );
      // The same cases once more for all locations and for one location.
      for (const locatieCode of [null, 'BUDEL']) {
        const anders = { ...vraag, locatieCode };
        expect(berekenVerantwoording(feiten, anders)).toStrictEqual(
          referentie.berekenVerantwoording(feiten, anders),
        );
      }
    }
    expect(casussen).toBeGreaterThan(16_000);
  });

  it('de invoer wordt niet gewijzigd', () => {
    const { feiten, vraag } = scenario(4242, 500);
    const voor = JSON.stringify([feiten, vraag]);
    berekenVerantwoording(feiten, vraag);
    expect(JSON.stringify([feiten, vraag])).toBe(voor);
  });

  it('een ongeldige datum ergens in de invoer geeft dezelfde fout als de referentie', () => {
    const fout = (bereken: () => unknown) => {
      try {
        bereken();
      } catch (e) {
        return e instanceof Error ? e.message : String(e);
      }
      return 'geen fout';
    };
    for (let zaad = 1; zaad <= 50; zaad++) {
      const r = prng(1000 + zaad);
      const { feiten, vraag } = scenario(1000 + zaad, 40);
      // Up to three bad moments in random places, so the first one in input order must win.
      for (let k = Math.floor(r() * 3) + 1; k > 0; k--) {
        const f = feiten[Math.floor(r() * feiten.length)];
        const waar = r();
        if (waar < 0.3) f.aangemeldOp = new Date(Number.NaN);
        else if (waar < 0.6) f.afgerondOp = new Date('x');
        else f.uitkomsten.push({ soort: 'MOB', datum: 'gisteren' as unknown as Date });
      }
      const verwacht = fout(() => referentie.berekenVerantwoording(feiten, vraag));
      expect(verwacht).toMatch(/^feiten\[\d+\]\./);
      expect(fout(() => berekenVerantwoording(feiten, vraag))).toBe(verwacht);
    }
  });

  // From 1996: the rule applies the EU summer-time rule, which Amsterdam has followed since then
  // (case data starts in the 2020s; earlier years had other rules in the tz database).
  it('isoWeek: dezelfde week als de referentie voor willekeurige momenten 1996–2200', () => {
    const r = prng(7);
    const afwijkingen: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const moment = new Date(Date.UTC(1996, 0, 1) + Math.floor(r() * 204 * 365.25 * DAG));
      if (isoWeek(moment) !== referentie.isoWeek(moment)) afwijkingen.push(moment.toISOString());
    }
    expect(afwijkingen).toEqual([]);
  });
});
