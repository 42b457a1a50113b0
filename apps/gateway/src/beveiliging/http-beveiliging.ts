import type { NextFunction, Request, Response } from 'express';
import { DomeinFout, stuurProbleem } from '@ketenbeeld/platform';

export interface HeaderOpties {
  /** Origin of the identity provider the console signs in with (its fetches need connect-src). */
  idpOrigin?: string;
  /** Strict-Transport-Security max-age in seconds; undefined: no HSTS header. */
  hstsMaxAge?: number;
}

/**
 * The Content-Security-Policy of the console (and of every other gateway response: one policy, so
 * no response is left without one). Strict: only the gateway's own scripts and styles, no inline
 * script or style, no eval. The built console has no inline <script>/<style> and sets no style
 * attributes in markup: React's `style` prop writes through the CSSOM (element.style), which
 * style-src does not govern, so 'unsafe-inline' is not needed (checked by test/http-beveiliging.spec.ts
 * against apps/console/dist). `data:` images: the favicon in index.html is a data: URL.
 */
export function contentSecurityPolicy(idpOrigin?: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${idpOrigin ? ` ${idpOrigin}` : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Everything a browser may use, switched off: the console needs none of it. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** The security headers of every gateway response. */
export function beveiligingsHeaders(opties: HeaderOpties): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(opties.idpOrigin),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    ...(opties.hstsMaxAge !== undefined
      ? { 'Strict-Transport-Security': `max-age=${opties.hstsMaxAge}; includeSubDomains` }
      : {}),
  };
}

export function beveiligingsHeadersMiddleware(opties: HeaderOpties) {
  const headers = Object.entries(beveiligingsHeaders(opties));
  return (_req: Request, res: Response, next: NextFunction) => {
    for (const [naam, waarde] of headers) res.setHeader(naam, waarde);
    next();
  };
}

/** Responses that hold personal data are never stored by a browser or a proxy. */
export function geenOpslagMiddleware(_req: Request, res: Response, next: NextFunction) {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** Request headers a page from an allowed origin may send. */
export const CORS_TOEGESTANE_HEADERS = [
  'authorization',
  'content-type',
  'traceparent',
  'ketenbeeld-doel',
  'apollo-require-preflight',
  'x-apollo-operation-name',
].join(', ');

/**
 * CORS with an allow-list of origins. An allowed origin gets the CORS headers (and its preflight a
 * 204); any other origin gets none, and its preflight a 403 problem+json. Tokens travel in the
 * Authorization header, never in cookies, so credentials are not allowed.
 */
export function corsMiddleware(toegestaan: readonly string[]) {
  const origins = new Set(toegestaan);
  return (req: Request, res: Response, next: NextFunction) => {
    res.vary('Origin');
    const origin = req.header('origin');
    const preflight =
      req.method === 'OPTIONS' && origin !== undefined && req.header('access-control-request-method');
    const magHet = origin !== undefined && origins.has(origin);
    if (magHet) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', 'traceparent, Retry-After');
    }
    if (!preflight) return next();
    if (!magHet) {
      return stuurProbleem(
        res,
        new DomeinFout(
          'VERBODEN',
          'CORS_ORIGIN_NIET_TOEGESTAAN',
          `Verzoeken vanaf ${origin} zijn niet toegestaan (CORS)`,
        ),
      );
    }
    res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', CORS_TOEGESTANE_HEADERS);
    res.setHeader('Access-Control-Max-Age', '600');
    res.status(204).end();
  };
}
