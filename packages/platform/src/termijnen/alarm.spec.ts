import { alarmStand, sorteerWaarschuwingen } from './alarm';

const uur = 3600_000;
const nu = new Date('2026-03-01T12:00:00Z');
const op = (ms: number) => new Date(nu.getTime() + ms);

describe('alarmStand', () => {
  const w = sorteerWaarschuwingen([2 * uur, 24 * uur]);
  it('sorteert waarschuwingen van lang naar kort, zonder dubbelen', () => {
    expect(w).toEqual([24 * uur, 2 * uur]);
    expect(sorteerWaarschuwingen([5, 5, 10])).toEqual([10, 5]);
  });
  it('ver vooruit: eerst de 24-uurswaarschuwing', () => {
    expect(alarmStand(op(48 * uur), w, nu)).toEqual({ gewaarschuwd: 0, volgendeAlarmOp: op(24 * uur) });
  });
  it('binnen 24 uur: de 24-uurswaarschuwing gaat meteen', () => {
    expect(alarmStand(op(10 * uur), w, nu)).toEqual({ gewaarschuwd: 0, volgendeAlarmOp: op(-14 * uur) });
  });
  it('binnen 2 uur: de 24-uurswaarschuwing vervalt, de 2-uurswaarschuwing gaat meteen', () => {
    expect(alarmStand(op(uur), w, nu)).toEqual({ gewaarschuwd: 1, volgendeAlarmOp: op(-uur) });
  });
  it('na de laatste waarschuwing: het verstrijken zelf', () => {
    expect(alarmStand(op(uur), w, nu, 2)).toEqual({ gewaarschuwd: 2, volgendeAlarmOp: op(uur) });
  });
  it('in het verleden: meteen verstrijken, geen waarschuwingen meer', () => {
    expect(alarmStand(op(-uur), w, nu)).toEqual({ gewaarschuwd: 2, volgendeAlarmOp: op(-uur) });
  });
  it('zonder waarschuwingen: alleen het verstrijken', () => {
    expect(alarmStand(op(uur), [], nu)).toEqual({ gewaarschuwd: 0, volgendeAlarmOp: op(uur) });
  });
});
