import { huidigeTrace, metTrace, traceUit } from './trace';

describe('trace context', () => {
  it('zet een binnenkomende traceparent voort met een nieuwe span', () => {
    const t = traceUit('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    expect(t.ouderSpanId).toBe('00f067aa0ba902b7');
    expect(t.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(t.spanId).not.toBe('00f067aa0ba902b7');
    expect(t.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
  });
  it('begint een nieuwe trace bij een ongeldige of lege traceparent', () => {
    for (const v of [undefined, 'rommel', '00-00000000000000000000000000000000-00f067aa0ba902b7-01']) {
      expect(traceUit(v).traceId).toMatch(/^(?!0+$)[0-9a-f]{32}$/);
    }
  });
  it('is beschikbaar binnen metTrace, ook na await', async () => {
    const t = traceUit();
    await metTrace(t, async () => {
      await new Promise((r) => setTimeout(r, 1));
      expect(huidigeTrace()).toBe(t);
    });
    expect(huidigeTrace()).toBeUndefined();
  });
});
