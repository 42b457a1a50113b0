import { naarMoment } from '../tijd';
import {
  controleerVensters,
  STANDAARD_VENSTERS,
  vensterMomenten,
  vensterVan,
  verstrekenVensters,
  type Registratievenster,
} from './inhuisregistratie.rule';
import { PlanningFout } from './planning-fout';

function vangPlanningFout(actie: () => unknown): PlanningFout {
  try {
    actie();
  } catch (fout) {
    if (fout instanceof PlanningFout) return fout;
    throw fout;
  }
  throw new Error('verwachtte een PlanningFout');
}

const [OCHTEND, AVOND] = STANDAARD_VENSTERS as [Registratievenster, Registratievenster];
const iso = (d: Date) => d.toISOString();

describe('controleerVensters (R2)', () => {
  it('accepts the standard windows and windows that touch', () => {
    expect(STANDAARD_VENSTERS).toEqual([
      { code: 'OCHTEND', begin: '08:00', eind: '10:00' },
      { code: 'AVOND', begin: '20:00', eind: '22:00' },
    ]);
    expect(() => controleerVensters(STANDAARD_VENSTERS)).not.toThrow();
    expect(() =>
      controleerVensters([
        { code: 'A', begin: '08:00', eind: '09:00' },
        { code: 'B', begin: '09:00', eind: '10:00' },
      ]),
    ).not.toThrow();
  });

  it.each([
    [[], 'vensters'],
    [['A', 'B', 'C', 'D', 'E'].map((code, n) => ({ code, begin: `0${n}:00`, eind: `0${n}:30` })), 'vensters'],
    [[{ code: 'A', begin: '8:00', eind: '10:00' }], 'vensters.0.begin'],
    [[{ code: 'A', begin: '08:00', eind: '24:00' }], 'vensters.0.eind'],
    [
      [
        { code: 'A', begin: '08:00', eind: '10:00' },
        { code: 'B', begin: '12:00', eind: '12:00' },
      ],
      'vensters.1.eind',
    ],
    [
      [
        { code: 'A', begin: '08:00', eind: '10:00' },
        { code: 'B', begin: '09:59', eind: '11:00' },
      ],
      'vensters',
    ],
    [
      [
        { code: 'A', begin: '08:00', eind: '10:00' },
        { code: 'A', begin: '20:00', eind: '22:00' },
      ],
      'vensters',
    ],
  ])('%j throws naming %s', (vensters, veld) => {
    expect(vangPlanningFout(() => controleerVensters(vensters)).veld).toBe(veld);
  });

  it('explains an overlap in Dutch', () => {
    const fout = vangPlanningFout(() =>
      controleerVensters([
        { code: 'AVOND', begin: '20:00', eind: '22:00' },
        { code: 'OCHTEND', begin: '08:00', eind: '20:30' },
      ]),
    );
    expect(fout.message).toBe('vensters: OCHTEND (08:00–20:30) en AVOND (20:00–22:00) overlappen');
  });
});

describe('vensterMomenten', () => {
  it('converts the Amsterdam wall clock, in winter and in summer time', () => {
    expect(vensterMomenten('2026-03-28', OCHTEND)).toEqual({
      begin: new Date('2026-03-28T07:00:00Z'),
      eind: new Date('2026-03-28T09:00:00Z'),
    });
    // 29 March 2026: clocks go forward at 02:00 → 08:00 CEST = 06:00 UTC
    expect(vensterMomenten('2026-03-29', OCHTEND)).toEqual({
      begin: new Date('2026-03-29T06:00:00Z'),
      eind: new Date('2026-03-29T08:00:00Z'),
    });
    // 25 October 2026: clocks go back at 03:00 → 08:00 CET = 07:00 UTC, 20:00 CET = 19:00 UTC
    expect(iso(vensterMomenten('2026-10-24', AVOND).begin)).toBe('2026-10-24T18:00:00.000Z');
    expect(iso(vensterMomenten('2026-10-25', OCHTEND).begin)).toBe('2026-10-25T07:00:00.000Z');
    expect(iso(vensterMomenten('2026-10-25', AVOND).eind)).toBe('2026-10-25T21:00:00.000Z');
  });

  it('a window in the spring gap starts at 03:00; in the autumn overlap it takes the earlier instant', () => {
    const nacht = { code: 'NACHT', begin: '02:00', eind: '03:30' };
    expect(vensterMomenten('2026-03-29', nacht)).toEqual({
      begin: new Date('2026-03-29T01:00:00Z'),
      eind: new Date('2026-03-29T01:30:00Z'),
    });
    expect(iso(vensterMomenten('2026-10-25', { code: 'NACHT', begin: '02:00', eind: '02:30' }).begin)).toBe(
      '2026-10-25T00:00:00.000Z',
    );
  });

  it('refuses a bad date', () => {
    expect(vangPlanningFout(() => vensterMomenten('2026-02-29', OCHTEND)).veld).toBe('datum');
  });
});

describe('vensterVan', () => {
  it('begin is inside, eind is outside (on the DST change day)', () => {
    expect(vensterVan(new Date('2026-03-29T06:00:00Z'), STANDAARD_VENSTERS)).toEqual({
      datum: '2026-03-29',
      venster: OCHTEND,
    });
    expect(vensterVan(new Date('2026-03-29T07:59:59.999Z'), STANDAARD_VENSTERS)?.venster.code).toBe(
      'OCHTEND',
    );
    expect(vensterVan(new Date('2026-03-29T08:00:00Z'), STANDAARD_VENSTERS)).toBeNull();
    expect(vensterVan(new Date('2026-03-29T05:59:59.999Z'), STANDAARD_VENSTERS)).toBeNull();
  });

  it('uses winter time after 25 October', () => {
    // 07:30 UTC = 08:30 CET on 25 October; the day before it was 09:30 CEST (still inside as well)
    expect(vensterVan(new Date('2026-10-25T07:30:00Z'), STANDAARD_VENSTERS)?.venster.code).toBe('OCHTEND');
    expect(vensterVan(new Date('2026-10-25T06:30:00Z'), STANDAARD_VENSTERS)).toBeNull(); // 07:30 CET
    expect(vensterVan(new Date('2026-10-25T20:59:59Z'), STANDAARD_VENSTERS)).toEqual({
      datum: '2026-10-25',
      venster: AVOND,
    });
    expect(vensterVan(new Date('2026-10-25T21:00:00Z'), STANDAARD_VENSTERS)).toBeNull();
  });

  it('refuses an invalid instant', () => {
    expect(vangPlanningFout(() => vensterVan(new Date(Number.NaN), STANDAARD_VENSTERS)).veld).toBe(
      'tijdstip',
    );
  });
});

describe('verstrekenVensters', () => {
  it('lists the windows that ended in (na, totEnMet], chronologically, across the spring change', () => {
    const uitkomst = verstrekenVensters(
      naarMoment('2026-03-28T12:00'),
      naarMoment('2026-03-29T10:00'), // exactly the end of the morning window (08:00 UTC)
      [AVOND, OCHTEND],
    );
    expect(uitkomst).toEqual([
      { datum: '2026-03-28', venster: AVOND, eind: new Date('2026-03-28T21:00:00Z') },
      { datum: '2026-03-29', venster: OCHTEND, eind: new Date('2026-03-29T08:00:00Z') },
    ]);
  });

  it('excludes a window ending exactly at na', () => {
    const uitkomst = verstrekenVensters(
      naarMoment('2026-10-24T22:00'),
      naarMoment('2026-10-25T23:00'),
      STANDAARD_VENSTERS,
    );
    expect(uitkomst.map((v) => `${v.datum} ${v.venster.code} ${iso(v.eind)}`)).toEqual([
      '2026-10-25 OCHTEND 2026-10-25T09:00:00.000Z',
      '2026-10-25 AVOND 2026-10-25T21:00:00.000Z',
    ]);
  });

  it('counts two windows a day over a week', () => {
    expect(
      verstrekenVensters(naarMoment('2026-10-19'), naarMoment('2026-10-26'), STANDAARD_VENSTERS),
    ).toHaveLength(14);
  });

  it('accepts 62 days and refuses more', () => {
    expect(
      verstrekenVensters(naarMoment('2026-01-01'), naarMoment('2026-03-04'), STANDAARD_VENSTERS),
    ).toHaveLength(124);
    const fout = vangPlanningFout(() =>
      verstrekenVensters(naarMoment('2026-01-01'), naarMoment('2026-03-04T00:01'), STANDAARD_VENSTERS),
    );
    expect(fout.veld).toBe('periode');
    expect(fout.reden).toBe('beslaat meer dan 62 dagen');
  });

  it('refuses an end before the start', () => {
    expect(
      vangPlanningFout(() =>
        verstrekenVensters(naarMoment('2026-01-02'), naarMoment('2026-01-01'), STANDAARD_VENSTERS),
      ).veld,
    ).toBe('periode');
  });
});
