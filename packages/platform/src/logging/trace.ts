import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/** W3C trace context of the request or job being handled. */
export interface TraceContext {
  traceId: string;
  spanId: string;
  /** The caller's span (from its traceparent), when this continues a trace. */
  ouderSpanId?: string;
  traceparent: string;
}

const opslag = new AsyncLocalStorage<TraceContext>();
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** Continue an incoming traceparent (new span) or start a new trace. */
export function traceUit(traceparent?: string | null): TraceContext {
  const m = traceparent ? TRACEPARENT.exec(traceparent.trim()) : null;
  const traceId = m && !/^0+$/.test(m[1]) ? m[1] : randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  const ouderSpanId = m && m[1] === traceId && !/^0+$/.test(m[2]) ? m[2] : undefined;
  return {
    traceId,
    spanId,
    ...(ouderSpanId ? { ouderSpanId } : {}),
    traceparent: `00-${traceId}-${spanId}-01`,
  };
}

export function metTrace<T>(ctx: TraceContext, fn: () => T): T {
  return opslag.run(ctx, fn);
}

export function huidigeTrace(): TraceContext | undefined {
  return opslag.getStore();
}
