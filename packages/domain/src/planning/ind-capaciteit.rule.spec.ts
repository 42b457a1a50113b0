import { kiesSlotWeek, maandagVan, weekSleutel, weekStatus, type WeekBezetting } from './ind-capaciteit.rule';
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

describe('weekSleutel', () => {
  it.each([
    ['2026-11-23', '2026-W48'],
    ['2026-11-29', '2026-W48'],
    ['2025-12-29', '2026-W01'],
    ['2027-01-01', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
  ])('%s → %s', (datum, week) => {
    expect(weekSleutel(datum)).toBe(week);
  });

  it('refuses a bad date', () => {
    expect(vangPlanningFout(() => weekSleutel('2026-13-01')).veld).toBe('datum');
  });
});

describe('maandagVan', () => {
  it.each([
    ['2026-W48', '2026-11-23'],
    ['2026-W01', '2025-12-29'],
    ['2026-W53', '2026-12-28'],
    ['2027-W01', '2027-01-04'],
  ])('%s → %s', (week, maandag) => {
    expect(maandagVan(week)).toBe(maandag);
  });

  it.each(['2025-W53', '2026-W00', '2026-W54', 'W48', '2026-48', '2026-W4'])('refuses %s', (week) => {
    expect(vangPlanningFout(() => maandagVan(week)).veld).toBe('week');
  });
});

describe('weekStatus', () => {
  const week = (gereserveerd: number, ingepland: number, verwacht: number): WeekBezetting => ({
    week: '2026-W48',
    gereserveerd,
    ingepland,
    verwacht,
  });

  it.each([
    [week(10, 5, 0), 5, 'RUIM'],
    [week(10, 7, 0), 3, 'RUIM'],
    [week(10, 8, 0), 2, 'BIJNA_VOL'],
    [week(10, 8, 2), 2, 'BIJNA_VOL'],
    [week(10, 10, 0), 0, 'VOL'],
    [week(0, 0, 0), 0, 'VOL'],
    [week(10, 8, 3), 2, 'OVERBOEKT'],
    [week(10, 2, 9), 8, 'OVERBOEKT'],
    [week(10, 12, 0), -2, 'OVERBOEKT'],
  ])('%j → %i vrij, %s', (w, vrij, status) => {
    const s = weekStatus(w);
    expect(s.vrij).toBe(vrij);
    expect(s.status).toBe(status);
  });

  it('explains an overbooking before it happens', () => {
    expect(weekStatus(week(10, 8, 3)).uitleg).toBe(
      'Week 2026-W48 (vanaf maandag 23 november 2026): 10 gereserveerd, 8 ingepland, 3 verwacht, 2 vrij. ' +
        'Status: overboekt: ingepland plus verwacht (11) is meer dan gereserveerd (10); vraag extra slots aan of plan later in.',
    );
  });

  it('refuses negative numbers and a bad week', () => {
    expect(vangPlanningFout(() => weekStatus(week(10, -1, 0))).veld).toBe('weekBezetting.ingepland');
    expect(vangPlanningFout(() => weekStatus({ ...week(1, 0, 0), week: '2026-W60' })).veld).toBe(
      'weekBezetting.week',
    );
  });
});

describe('kiesSlotWeek', () => {
  const weken: WeekBezetting[] = [
    { week: '2026-W49', gereserveerd: 10, ingepland: 9, verwacht: 5 },
    { week: '2026-W46', gereserveerd: 10, ingepland: 0, verwacht: 0 },
    { week: '2026-W47', gereserveerd: 10, ingepland: 10, verwacht: 0 },
    { week: '2026-W48', gereserveerd: 0, ingepland: 0, verwacht: 0 },
    { week: '2027-W01', gereserveerd: 10, ingepland: 0, verwacht: 0 },
  ];

  it('takes the first week from the wished week on with a free slot', () => {
    expect(kiesSlotWeek(weken, '2026-11-18')).toBe('2026-W49'); // W47: full, W48: nothing reserved
    expect(kiesSlotWeek(weken, '2026-11-10')).toBe('2026-W46');
    expect(kiesSlotWeek(weken, '2026-12-07')).toBe('2027-W01');
    expect(kiesSlotWeek(weken, '2027-01-11')).toBeNull();
  });

  it('refuses a bad wished date', () => {
    expect(vangPlanningFout(() => kiesSlotWeek(weken, '18-11-2026')).veld).toBe('gewenst');
  });
});
