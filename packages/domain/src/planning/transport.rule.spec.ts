import { naarMoment } from '../tijd';
import { PlanningFout } from './planning-fout';
import { beoordeelTransport, transportNodig } from './transport.rule';

function vangPlanningFout(actie: () => unknown): PlanningFout {
  try {
    actie();
  } catch (fout) {
    if (fout instanceof PlanningFout) return fout;
    throw fout;
  }
  throw new Error('verwachtte een PlanningFout');
}

describe('transportNodig (R13)', () => {
  it.each([
    ['TER_APEL', 'AZC_ZWOLLE', true],
    ['TER_APEL_AC', 'HTL_HOOGEVEEN', true],
    ['TER_APEL', 'TER_APEL_VTL', false],
    ['TER_APEL', null, false],
    ['IND_ZEVENAAR', 'AZC_ZWOLLE', false],
    ['ter_apel', 'azc_budel', true],
  ])('afspraak %s, verblijf %s → %s', (afspraakLocatie, verblijfLocatie, nodig) => {
    expect(transportNodig({ afspraakLocatie, verblijfLocatie })).toBe(nodig);
  });

  it('refuses an empty appointment location', () => {
    expect(vangPlanningFout(() => transportNodig({ afspraakLocatie: ' ', verblijfLocatie: null })).veld).toBe(
      'afspraakLocatie',
    );
  });
});

describe('beoordeelTransport (R13)', () => {
  // Monday 30 March 2026 10:00 CEST; two weeks earlier is Monday 16 March 10:00 CET = 09:00 UTC
  const afspraak = naarMoment('2026-03-30T10:00');

  it('on time up to and including the latest request instant (two weeks before, same clock time)', () => {
    const b = beoordeelTransport({ afspraak, nu: new Date('2026-03-16T09:00:00Z') });
    expect(b.uiterlijkAanvragen.toISOString()).toBe('2026-03-16T09:00:00.000Z');
    expect(b.teLaat).toBe(false);
    expect(b.uitleg).toBe(
      'Transportaanvraag: ten minste 2 weken vóór de afspraak op 30 maart 2026 10:00 → uiterlijk 16 maart 2026 10:00 (R13).',
    );
  });

  it('too late one millisecond after', () => {
    const b = beoordeelTransport({ afspraak, nu: new Date('2026-03-16T09:00:00.001Z') });
    expect(b.teLaat).toBe(true);
    expect(b.uitleg).toMatch(
      /^Afspraak te kort dag: transport had uiterlijk 16 maart 2026 10:00 aangevraagd moeten worden, 2 weken vóór de afspraak op 30 maart 2026 10:00 \(R13\)/,
    );
  });

  it('refuses an invalid instant', () => {
    expect(vangPlanningFout(() => beoordeelTransport({ afspraak: new Date('x'), nu: new Date() })).veld).toBe(
      'afspraak',
    );
  });
});
