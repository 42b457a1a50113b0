import express, { type NextFunction, type Request, type Response } from 'express';
import { DomeinFout } from '../errors/domein-fout';
import { probleemVoor } from '../errors/domein-fout.filter';
import {
  DOEL_HEADER,
  doelToegestaan,
  leesDoel,
  onbruikbareJson,
  type Actor,
  type Doel,
} from '@ketenbeeld/domain';
import { huidigeTrace, metTrace, traceUit } from '../logging/trace';
import { metVerwerking } from '../verwerkingslog/verwerking';
import type { JsonLogger } from '../logging/json-logger';
import { bearerToken, type TokenVerifier } from './token-verifier';
import type { VerzoekMetActor } from './auth.decorators';

export function stuurProbleem(res: Response, fout: DomeinFout) {
  const p = probleemVoor(fout);
  res.status(p.status).type('application/problem+json').send(JSON.stringify(p));
}

/** Trace context per request: continue the caller's traceparent or start one; echo it back. */
export function traceMiddleware(logger?: JsonLogger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const ctx = traceUit(req.header('traceparent'));
    res.setHeader('traceparent', ctx.traceparent);
    const start = process.hrtime.bigint();
    res.on('finish', () => {
      if (!logger || req.path.startsWith('/health')) return;
      metTrace(ctx, () =>
        logger.info('verzoek', {
          methode: req.method,
          pad: req.path,
          status: res.statusCode,
          duurMs: Number(process.hrtime.bigint() - start) / 1e6,
        }),
      );
    });
    metTrace(ctx, next);
  };
}

/** JSON bodies with a size limit (a larger one for /batch); parse failures become problem+json. */
export function jsonBodyMiddleware(standaardLimit: string, batchLimit = standaardLimit) {
  const type = ['application/json', 'application/*+json'];
  const standaard = express.json({ limit: standaardLimit, type });
  const batch = express.json({ limit: batchLimit, type });
  return (req: Request, res: Response, next: NextFunction) => {
    const isBatch = req.path.endsWith('/batch');
    const limit = isBatch ? batchLimit : standaardLimit;
    const parser = isBatch ? batch : standaard;
    parser(req, res, (err?: unknown) => {
      if (!err) {
        // Text PostgreSQL cannot store (NUL, lone surrogates) or absurd nesting: refused here, once.
        const f = req.body === undefined ? undefined : onbruikbareJson(req.body);
        if (f)
          return stuurProbleem(
            res,
            new DomeinFout('VALIDATIE', 'TEKST_ONGELDIG', `Ongeldige invoer: ${f.veld}: ${f.reden}`, [f]),
          );
        return next();
      }
      const e = err as { type?: string; message?: string };
      if (e.type === 'entity.too.large') {
        return stuurProbleem(
          res,
          new DomeinFout('TE_GROOT', 'BODY_TE_GROOT', `Body is groter dan ${limit}`, [
            { veld: '(body)', reden: `groter dan ${limit}` },
          ]),
        );
      }
      return stuurProbleem(
        res,
        new DomeinFout('VALIDATIE', 'JSON_ONGELDIG', 'Body is geen geldige JSON', [
          { veld: '(body)', reden: e.message ?? 'ongeldige JSON' },
        ]),
      );
    });
  };
}

/**
 * Authentication at the edge of every service: a request with an invalid token, or without one on
 * anything but the health endpoints, gets 401 before it reaches a controller or resolver.
 */
/** The REST API's version on every /v1 response, errors included (NL GOV API design rules). */
export function apiVersieMiddleware(versie: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.path.startsWith('/v1')) res.setHeader('API-Version', versie);
    next();
  };
}

/** Paths anyone may call: health, and the published API description. */
export const PUBLIEKE_PADEN: readonly string[] = ['/health/', '/v1/openapi.json'];

export function authMiddleware(
  verifier: TokenVerifier,
  publiekePrefixen: readonly string[] = PUBLIEKE_PADEN,
) {
  return (req: Request, res: Response, next: NextFunction) => {
    const publiek = publiekePrefixen.some((p) => req.path.startsWith(p));
    let token: string | undefined;
    try {
      token = bearerToken(req.header('authorization'));
    } catch (e) {
      return stuurProbleem(res, e as DomeinFout);
    }
    if (!token) {
      if (publiek) return next();
      res.setHeader('WWW-Authenticate', 'Bearer');
      return stuurProbleem(
        res,
        new DomeinFout(
          'NIET_GEAUTHENTICEERD',
          'TOKEN_ONTBREEKT',
          'Aanmelden vereist: Authorization: Bearer <token>',
        ),
      );
    }
    verifier.verifieer(token).then(
      (actor) => {
        (req as unknown as VerzoekMetActor).actor = actor;
        next();
      },
      (e: unknown) => {
        res.setHeader('WWW-Authenticate', 'Bearer error="invalid_token"');
        stuurProbleem(
          res,
          e instanceof DomeinFout
            ? e
            : new DomeinFout('NIET_GEAUTHENTICEERD', 'TOKEN_ONGELDIG', 'Token ongeldig'),
        );
      },
    );
  };
}

/**
 * After authentication: the processing of this request (for the processing log) with the caller's
 * purpose from the `Ketenbeeld-Doel` header. An unknown purpose gets 400, a purpose the caller's
 * roles do not allow 403, both naming the header; no purpose is allowed here (a read that discloses
 * persons is refused later, when it is known that it does).
 */
/**
 * The caller's purpose from the `Ketenbeeld-Doel` header, or the refusal to send: unknown → 400,
 * not allowed for the caller's roles → 403, both naming the header. No header: no purpose.
 */
export function doelVanVerzoek(
  req: Request,
  actor: Actor,
): { doel: Doel | undefined; fout?: undefined } | { doel?: undefined; fout: DomeinFout } {
  const gelezen = leesDoel(req.headers[DOEL_HEADER]);
  if (gelezen.soort === 'ongeldig') {
    return {
      fout: new DomeinFout('VALIDATIE', 'DOEL_ONGELDIG', `Ketenbeeld-Doel: ${gelezen.reden}`, [
        { veld: 'Ketenbeeld-Doel', reden: gelezen.reden },
      ]),
    };
  }
  const doel = gelezen.soort === 'doel' ? gelezen.doel : undefined;
  if (doel && !doelToegestaan(actor.rollen, doel)) {
    return {
      fout: new DomeinFout('VERBODEN', 'DOEL_NIET_TOEGESTAAN', `Het doel ${doel} past niet bij uw rol`, [
        { veld: 'Ketenbeeld-Doel', reden: 'past niet bij uw rol' },
      ]),
    };
  }
  return { doel };
}

/** At the gateway: refuse a wrong purpose before planning (the services check it again). */
export function doelMiddleware() {
  return (req: Request, res: Response, next: NextFunction) => {
    const actor = (req as unknown as VerzoekMetActor).actor;
    if (!actor) return next();
    const { fout } = doelVanVerzoek(req, actor);
    if (fout) return stuurProbleem(res, fout);
    next();
  };
}

export function verwerkingMiddleware() {
  return (req: Request, res: Response, next: NextFunction) => {
    const actor = (req as unknown as VerzoekMetActor).actor;
    const trace = huidigeTrace();
    if (!actor || !trace) return next();
    const { doel, fout } = doelVanVerzoek(req, actor);
    if (fout) return stuurProbleem(res, fout);
    metVerwerking(
      {
        trace,
        actor,
        doel,
        start: new Date(),
        operatie: '',
        soort: 'LEZEN',
        personen: new Set(),
        attributen: {},
      },
      next,
    );
  };
}
