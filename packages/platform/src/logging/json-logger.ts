import type { LoggerService } from '@nestjs/common';
import { huidigeTrace } from './trace';

const NIVEAUS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
export type LogNiveau = keyof typeof NIVEAUS;

/** Structured JSON lines on stdout, each with the service name and the current trace id. */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly dienst: string,
    private readonly niveau: LogNiveau = 'info',
    private readonly schrijf: (regel: string) => void = (r) => process.stdout.write(r + '\n'),
  ) {}

  private regel(niveau: Exclude<LogNiveau, 'silent'>, message: unknown, context?: unknown, extra?: object) {
    if (NIVEAUS[niveau] < NIVEAUS[this.niveau]) return;
    const trace = huidigeTrace();
    const tekst =
      message instanceof Error
        ? message.message
        : typeof message === 'string'
          ? message
          : JSON.stringify(message);
    this.schrijf(
      JSON.stringify({
        tijd: new Date().toISOString(),
        niveau,
        dienst: this.dienst,
        ...(typeof context === 'string' ? { context } : {}),
        ...(trace ? { traceId: trace.traceId, spanId: trace.spanId } : {}),
        bericht: tekst,
        ...(message instanceof Error && message.stack ? { stack: message.stack } : {}),
        ...extra,
      }),
    );
  }

  log(message: unknown, context?: unknown) {
    this.regel('info', message, context);
  }
  info(message: unknown, extra?: object) {
    this.regel('info', message, undefined, extra);
  }
  error(message: unknown, ...rest: unknown[]) {
    const context = rest.length ? rest[rest.length - 1] : undefined;
    const stack = rest.length > 1 && typeof rest[0] === 'string' ? { stack: rest[0] } : {};
    this.regel('error', message, context, stack);
  }
  warn(message: unknown, context?: unknown) {
    this.regel('warn', message, context);
  }
  debug(message: unknown, context?: unknown) {
    this.regel('debug', message, context);
  }
  verbose(message: unknown, context?: unknown) {
    this.regel('debug', message, context);
  }
}
