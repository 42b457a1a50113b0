import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import type { Request } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DIENST_NAAM } from '../config/config.module';
import { DomeinFout } from '../errors/domein-fout';
import {
  DOEL_ONTBREEKT,
  doelOntbreekt,
  huidigeVerwerking,
  LOG_ONBESCHIKBAAR,
  meldBetrokkenen,
  personenInAntwoord,
  regelVan,
} from './verwerking';
import { VerwerkingslogSchrijver } from './verwerkingslog.schrijver';

function foutcodeVan(e: unknown): string {
  if (e instanceof DomeinFout) return e.code;
  return e instanceof Error ? e.name : 'ONBEKEND';
}

/**
 * The processing log for REST: every request of an authenticated caller to a controller is written
 * to `verwerkingslog` before the answer leaves, with the persons in the answer (and in the path).
 * A GET that discloses persons without a purpose (Ketenbeeld-Doel) gets 400 instead of the data.
 */
@Injectable()
export class VerwerkingslogInterceptor implements NestInterceptor {
  constructor(
    private readonly schrijver: VerwerkingslogSchrijver,
    @Inject(DIENST_NAAM) private readonly dienst: string,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const v = context.getType() === 'http' ? huidigeVerwerking() : undefined;
    if (!v) return next.handle();
    const req = context.switchToHttp().getRequest<Request>();
    v.soort = req.method === 'GET' || req.method === 'HEAD' ? 'LEZEN' : 'SCHRIJVEN';
    const pad = (req.route as { path?: string } | undefined)?.path ?? req.path;
    for (const [naam, waarde] of Object.entries(req.params ?? {})) {
      if (/persoon/i.test(naam) || (naam === 'id' && /personen/.test(pad))) meldBetrokkenen(waarde);
    }
    v.operatie = `${req.method} ${pad}`;
    return from(
      (async () => {
        let antwoord: unknown;
        try {
          antwoord = await lastValueFrom(next.handle(), { defaultValue: undefined });
        } catch (e) {
          const geweigerd =
            e instanceof DomeinFout && (e.soort === 'VERBODEN' || e.soort === 'NIET_GEAUTHENTICEERD');
          // Nothing is disclosed on this path: a log that cannot be written must not hide the real error.
          await this.schrijver
            .schrijf(regelVan(v, this.dienst, geweigerd ? 'GEWEIGERD' : 'FOUT', foutcodeVan(e)))
            .catch(() => undefined);
          throw e;
        }
        meldBetrokkenen(...personenInAntwoord(antwoord));
        if (doelOntbreekt(v)) {
          await this.schrijver
            .schrijf(regelVan(v, this.dienst, 'GEWEIGERD', DOEL_ONTBREEKT.code))
            .catch(() => undefined);
          throw new DomeinFout(
            'VALIDATIE',
            DOEL_ONTBREEKT.code,
            DOEL_ONTBREEKT.bericht,
            DOEL_ONTBREEKT.fouten,
          );
        }
        try {
          await this.schrijver.schrijf(regelVan(v, this.dienst, 'OK'));
        } catch {
          throw new DomeinFout('NIET_BESCHIKBAAR', LOG_ONBESCHIKBAAR.code, LOG_ONBESCHIKBAAR.bericht);
        }
        return antwoord;
      })(),
    );
  }
}
