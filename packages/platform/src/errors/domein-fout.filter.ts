import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { huidigeTrace } from '../logging/trace';
import { DomeinFout, vertaalFoutSoort } from './domein-fout';

interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  fouten?: readonly { veld: string; reden: string }[];
  traceId?: string;
}

/** Build an RFC 9457 problem document for a domain error. */
export function probleemVoor(fout: DomeinFout): ProblemDetails {
  const v = vertaalFoutSoort(fout.soort);
  return {
    type: `https://ketenbeeld.nl/problemen/${fout.code.toLowerCase().replace(/_/g, '-')}`,
    title: v.titel,
    status: v.http,
    detail: fout.message,
    code: fout.code,
    ...(fout.fouten.length ? { fouten: fout.fouten } : {}),
    ...(huidigeTrace() ? { traceId: huidigeTrace()!.traceId } : {}),
  };
}

/** Turn anything thrown into a DomeinFout (unknown errors become a 500 without internals). */
export function alsDomeinFout(e: unknown): { fout: DomeinFout; intern: boolean } {
  if (e instanceof DomeinFout) return { fout: e, intern: false };
  if (e instanceof HttpException) {
    const status = e.getStatus();
    const soort =
      status === 400
        ? 'VALIDATIE'
        : status === 401
          ? 'NIET_GEAUTHENTICEERD'
          : status === 403
            ? 'VERBODEN'
            : status === 404
              ? 'NIET_GEVONDEN'
              : status === 409
                ? 'CONFLICT'
                : status === 413
                  ? 'TE_GROOT'
                  : status === 422
                    ? 'ONVERWERKBAAR'
                    : undefined;
    if (soort) return { fout: new DomeinFout(soort, `HTTP_${status}`, e.message), intern: false };
  }
  return {
    fout: new DomeinFout(
      'NIET_BESCHIKBAAR',
      'INTERNE_FOUT',
      'Er ging iets mis; de fout is gelogd met het trace-id',
    ),
    intern: true,
  };
}

/** The one filter: domain errors to problem+json (HTTP) or GraphQL errors with a code and fields. */
@Catch()
export class DomeinFoutFilter implements ExceptionFilter {
  private readonly logger = new Logger('DomeinFoutFilter');

  catch(exception: unknown, host: ArgumentsHost) {
    const { fout, intern } = alsDomeinFout(exception);
    if (intern) this.logger.error(exception instanceof Error ? exception : String(exception));
    if (host.getType<string>() === 'graphql') {
      const v = vertaalFoutSoort(fout.soort);
      return new GraphQLError(fout.message, {
        extensions: {
          code: v.graphql,
          foutcode: fout.code,
          ...(fout.fouten.length ? { fouten: fout.fouten } : {}),
          ...(huidigeTrace() ? { traceId: huidigeTrace()!.traceId } : {}),
        },
      });
    }
    const res = host.switchToHttp().getResponse<import('express').Response>();
    const probleem = probleemVoor(fout);
    res.status(probleem.status).type('application/problem+json').send(JSON.stringify(probleem));
    return undefined;
  }
}
