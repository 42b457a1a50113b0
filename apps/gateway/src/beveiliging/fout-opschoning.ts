import type { NextFunction, Request, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { DomeinFout, huidigeTrace, stuurProbleem, type JsonLogger } from '@ketenbeeld/platform';

/**
 * What a client may see of an error. Errors with a code a client can act on (invalid input, no
 * access, not found, over a limit, …) keep their message and the extensions in EXTENSIES_TOEGESTAAN;
 * everything else — errors without a code, INTERNAL_SERVER_ERROR, the gateway's own errors about a
 * subgraph it could not reach, and any message that looks like it carries internals (a URL, a host
 * and port, a stack frame, SQL or a database error, a file path) — becomes one Dutch message with the
 * trace id, and the original goes to the log under that trace id.
 */
export const CODES_VOOR_CLIENT: ReadonlySet<string> = new Set([
  // Apollo Server: the request itself
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // The services' domain errors (packages/platform/src/errors/domein-fout.ts, vertaalFoutSoort)
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNPROCESSABLE',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  // The gateway's limits (operatie-kosten.ts)
  'TE_DIEP',
  'TE_COMPLEX',
]);

/** Extensions a client may see; anything else (stacktrace, exception, serviceName, response, …) goes. */
export const EXTENSIES_TOEGESTAAN: readonly string[] = [
  'code',
  'foutcode',
  'fouten',
  'diepte',
  'kosten',
  'limiet',
];

const INTERNE_DETAILS: readonly RegExp[] = [
  /\b[a-z][a-z0-9+.-]*:\/\/[^\s"']+/i, // any URL (http://127.0.0.1:4101/graphql, postgres://…)
  /\b(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:]+\]):\d{2,5}\b/i, // host:port
  /\b[\w-]+\.(?:internal|local|svc|cluster\.local)\b/i, // internal host names
  /\n\s*at\s|\bat\s+[^\s(]+\s+\([^)]*:\d+:\d+\)/, // stack frames
  /\b(?:select|insert|update|delete)\b[\s\S]{0,200}\b(?:from|into|set|where)\b/i, // SQL
  /\b(?:relation|column|table) "[^"]+"|violates [\w -]*constraint|duplicate key value|syntax error at or near/i,
  /\b(?:QueryFailedError|EntityNotFound|TypeORM|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE)\b/,
  /(?:^|[\s(])(?:\/[\w.@-]+){2,}\.(?:[cm]?js|ts)\b|node_modules/, // file paths
];

/** Does this text carry something a client must not see? */
export function bevatInterneDetails(tekst: string): boolean {
  return INTERNE_DETAILS.some((r) => r.test(tekst));
}

/** Every string in a JSON value (the per-field reasons of `fouten`). */
function tekstenIn(waarde: unknown): string[] {
  if (typeof waarde === 'string') return [waarde];
  if (Array.isArray(waarde)) return waarde.flatMap(tekstenIn);
  if (waarde && typeof waarde === 'object') return Object.values(waarde).flatMap(tekstenIn);
  return [];
}

export function interneFoutMelding(traceId: string): string {
  return `Er ging iets mis bij het verwerken van uw verzoek. De fout is vastgelegd onder trace-id ${traceId}; noem dit id als u contact opneemt met de servicedesk.`;
}

/** The error as the client gets it, and whether it was an internal one (to be logged). */
export function schoonFoutOp(
  fout: GraphQLFormattedError,
  traceId: string,
): { fout: GraphQLFormattedError; intern: boolean } {
  const ext = fout.extensions ?? {};
  const code = typeof ext.code === 'string' ? ext.code : undefined;
  const voorClient =
    code !== undefined &&
    CODES_VOOR_CLIENT.has(code) &&
    !bevatInterneDetails(fout.message) &&
    !tekstenIn(ext.fouten).some(bevatInterneDetails);
  if (!voorClient) {
    return {
      fout: {
        message: interneFoutMelding(traceId),
        ...(fout.path ? { path: fout.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR', traceId },
      },
      intern: true,
    };
  }
  const extensions: Record<string, unknown> = {};
  for (const k of EXTENSIES_TOEGESTAAN) if (ext[k] !== undefined) extensions[k] = ext[k];
  extensions.traceId = traceId;
  return {
    fout: {
      message: fout.message,
      ...(fout.locations ? { locations: fout.locations } : {}),
      ...(fout.path ? { path: fout.path } : {}),
      extensions,
    },
    intern: false,
  };
}

/** Apollo Server's formatError: clean every error, log the internal ones with their original. */
export function maakFormatError(logger: JsonLogger) {
  return (formatted: GraphQLFormattedError, origineel: unknown): GraphQLFormattedError => {
    const traceId = huidigeTrace()?.traceId ?? 'onbekend';
    const { fout, intern } = schoonFoutOp(formatted, traceId);
    if (intern) {
      const oorzaak = origineel instanceof Error ? origineel : new Error(String(origineel));
      // The log line carries the trace id (JsonLogger) and the original message and stack.
      logger.error(oorzaak, 'graphql-fout');
    }
    return fout;
  };
}

/** Express's last error handler: problem+json without internals instead of the default HTML page. */
export function foutAfhandelaar(logger: JsonLogger) {
  return (fout: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(fout);
    const status = (fout as { status?: unknown }).status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      return stuurProbleem(res, new DomeinFout('VALIDATIE', 'VERZOEK_ONGELDIG', 'Het verzoek is ongeldig'));
    }
    logger.error(fout instanceof Error ? fout : String(fout), 'http');
    stuurProbleem(
      res,
      new DomeinFout(
        'NIET_BESCHIKBAAR',
        'INTERNE_FOUT',
        interneFoutMelding(huidigeTrace()?.traceId ?? 'onbekend'),
      ),
    );
  };
}

/** Unknown paths: problem+json 404 (instead of express's HTML page). */
export function nietGevonden(_req: Request, res: Response) {
  stuurProbleem(res, new DomeinFout('NIET_GEVONDEN', 'PAD_ONBEKEND', 'Deze URL bestaat niet'));
}
