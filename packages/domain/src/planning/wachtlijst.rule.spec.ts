import { PlanningFout } from './planning-fout';
import { bezettingPerDag, ordenWachtlijst, type Wachtende } from './wachtlijst.rule';

function vangPlanningFout(actie: () => unknown): PlanningFout {
  try {
    actie();
  } catch (fout) {
    if (fout instanceof PlanningFout) return fout;
    throw fout;
  }
  throw new Error('verwachtte een PlanningFout');
}

interface Kandidaat extends Wachtende {
  volwassen: boolean;
}

const lijst: Kandidaat[] = [
  { id: 'a', prioriteit: 2, aangemeldOp: '2026-03-02T07:00:00Z', volwassen: true },
  { id: 'b', prioriteit: 1, aangemeldOp: '2026-03-02T09:00:00Z', volwassen: true },
  // 08:30 Amsterdam (CET) = 07:30 UTC: earlier than c
  { id: 'd', prioriteit: 1, aangemeldOp: '2026-03-02T08:30:00+01:00', volwassen: false },
  { id: 'c', prioriteit: 1, aangemeldOp: '2026-03-02T07:45:00Z', volwassen: true },
  { id: 'e', prioriteit: 3, aangemeldOp: '2026-03-01T07:00:00Z', volwassen: true },
  { id: 'b0', prioriteit: 1, aangemeldOp: '2026-03-02T09:00:00Z', volwassen: true },
];

describe('ordenWachtlijst', () => {
  it('orders by priority, then earliest registration (as an instant), then id', () => {
    expect(ordenWachtlijst(lijst).map((x) => x.id)).toEqual(['d', 'c', 'b', 'b0', 'a', 'e']);
  });

  it('does not change its input', () => {
    const kopie = [...lijst];
    ordenWachtlijst(lijst);
    expect(lijst).toEqual(kopie);
  });

  it('refuses an unknown priority and a bad instant, naming the entry', () => {
    const fout = vangPlanningFout(() =>
      ordenWachtlijst([{ id: 'x', prioriteit: 4 as 1, aangemeldOp: '2026-03-02T07:00:00Z' }]),
    );
    expect(fout.veld).toBe('wachtlijst.0.prioriteit');
    expect(
      vangPlanningFout(() => ordenWachtlijst([{ id: 'x', prioriteit: 1, aangemeldOp: 'gisteren' }])).veld,
    ).toBe('wachtlijst.0.aangemeldOp');
  });
});

const plaatsingen = [
  { van: '2026-03-01', tot: '2026-03-03' },
  { van: '2026-03-02', tot: null },
  { van: '2026-03-05', tot: '2026-03-05' },
];

describe('bezettingPerDag', () => {
  it('counts placements per day, both ends included, open end runs on', () => {
    expect(bezettingPerDag(plaatsingen, '2026-03-01', 6)).toEqual([1, 2, 2, 1, 2, 1]);
    expect(bezettingPerDag(plaatsingen, '2026-02-27', 3)).toEqual([0, 0, 1]);
    expect(bezettingPerDag(plaatsingen, '2026-03-01', 0)).toEqual([]);
  });

  it('counts calendar days across a clock change', () => {
    expect(bezettingPerDag([{ van: '2026-03-29', tot: '2026-03-29' }], '2026-03-28', 3)).toEqual([0, 1, 0]);
  });

  it('refuses a placement that ends before it starts', () => {
    const fout = vangPlanningFout(() =>
      bezettingPerDag([{ van: '2026-03-02', tot: '2026-03-01' }], '2026-03-01', 2),
    );
    expect(fout.veld).toBe('plaatsingen.0.tot');
  });

  it('refuses a negative number of days', () => {
    expect(vangPlanningFout(() => bezettingPerDag([], '2026-03-01', -1)).veld).toBe('dagen');
  });
});
