import * as domein from '../index';
import * as casusregie from './index';

describe('public entry: casusregie', () => {
  it.each([
    'beoordeelGeschiktheid',
    'MAATREGEL_CATALOGUS',
    'vindMaatregel',
    'berekenVerantwoording',
    'isoWeek',
    'LAND_ONBEKEND',
    'stelAgendaSamen',
    'volgendeVergadering',
    'AGENDA_REDENEN',
    'stelDagoverzichtSamen',
    'vorigDagoverzichtMoment',
    'stelTopXVoor',
    'TOPX_GEWICHTEN',
  ])('%s via @ketenbeeld/domain en via casusregie, dezelfde waarde', (naam) => {
    expect(naam in domein).toBe(true);
    expect((domein as Record<string, unknown>)[naam]).toBe((casusregie as Record<string, unknown>)[naam]);
  });

  it('interne hulpfuncties zijn niet publiek', () => {
    expect('controleerMoment' in domein).toBe(false);
    expect('rondAf1' in domein).toBe(false);
  });
});
