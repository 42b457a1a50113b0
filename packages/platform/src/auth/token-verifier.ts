import { createRemoteJWKSet, importSPKI, jwtVerify, type JWTVerifyGetKey, type CryptoKey } from 'jose';
import { isOrganisatie, isRol, type Actor } from '@ketenbeeld/domain';
import { DomeinFout } from '../errors/domein-fout';

export interface TokenVerifierOpties {
  issuer: string;
  audience: string;
  jwksUrl?: string;
  publicKeyPem?: string;
  /** Allowed clock difference with the issuer for exp/nbf/iat (default 30 s). */
  klokToleratieSeconden?: number;
  /** Longest lifetime (exp − iat) a token may have (default 8 hours: one working day). */
  maxLevensduurSeconden?: number;
}

const ALGORITMES = ['ES256', 'RS256', 'PS256', 'EdDSA'];

/**
 * Verifies bearer tokens the same way whoever issued them: signature (JWKS in production, the
 * local public key in development), issuer, audience, expiry, and the Ketenbeeld claims.
 */
export class TokenVerifier {
  private sleutel: Promise<CryptoKey> | JWTVerifyGetKey;

  constructor(private readonly opties: TokenVerifierOpties) {
    if (opties.jwksUrl) {
      this.sleutel = createRemoteJWKSet(new URL(opties.jwksUrl), { cooldownDuration: 30_000 });
    } else if (opties.publicKeyPem) {
      this.sleutel = importSPKI(opties.publicKeyPem, 'ES256');
    } else {
      throw new Error('TokenVerifier: jwksUrl of publicKeyPem is verplicht');
    }
  }

  /**
   * Verified tokens by their exact text, until they expire: a partner's system sends the same token
   * for many requests, and a signature check costs more than the rest of a small request. A token
   * with any other byte is a different key, and an entry is never used past the token's `exp`.
   */
  private readonly geverifieerd = new Map<string, { actor: Actor; verlooptOpMs: number }>();
  private static readonly MAX_IN_CACHE = 5000;

  async verifieer(token: string): Promise<Actor> {
    const bekend = this.geverifieerd.get(token);
    if (bekend) {
      if (Date.now() < bekend.verlooptOpMs) return bekend.actor;
      this.geverifieerd.delete(token);
    }
    return this.verifieerHandtekening(token);
  }

  private async verifieerHandtekening(token: string): Promise<Actor> {
    let payload;
    try {
      const sleutel = this.sleutel;
      const resultaat =
        typeof sleutel === 'function'
          ? await jwtVerify(token, sleutel, this.verifyOpties())
          : await jwtVerify(token, await sleutel, this.verifyOpties());
      payload = resultaat.payload;
    } catch (e) {
      throw new DomeinFout('NIET_GEAUTHENTICEERD', 'TOKEN_ONGELDIG', `Token ongeldig: ${redenVan(e)}`);
    }
    // Short-lived tokens only: exp and iat are required, and a token valid for longer is refused.
    const max = this.opties.maxLevensduurSeconden ?? 8 * 3600;
    if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number')
      throw claimFout('exp en iat zijn verplicht');
    if (payload.exp - payload.iat > max)
      throw claimFout(`geldig voor ${payload.exp - payload.iat} s; hoogstens ${max} s toegestaan`);
    const { sub, org, roles, name } = payload as Record<string, unknown>;
    if (typeof sub !== 'string' || !sub) throw claimFout('sub ontbreekt');
    if (!isOrganisatie(org)) throw claimFout(`org '${String(org)}' is geen bekende organisatie`);
    if (!Array.isArray(roles) || !roles.every(isRol)) throw claimFout('roles bevat een onbekende rol');
    const actor: Actor = {
      sub,
      organisatie: org,
      rollen: roles,
      naam: typeof name === 'string' ? name : sub,
    };
    if (this.geverifieerd.size >= TokenVerifier.MAX_IN_CACHE) {
      const oudste = this.geverifieerd.keys().next().value;
      if (oudste !== undefined) this.geverifieerd.delete(oudste);
    }
    this.geverifieerd.set(token, { actor, verlooptOpMs: payload.exp * 1000 });
    return actor;
  }

  private verifyOpties() {
    return {
      issuer: this.opties.issuer,
      audience: this.opties.audience,
      algorithms: ALGORITMES,
      clockTolerance: this.opties.klokToleratieSeconden ?? 30,
    };
  }
}

function claimFout(reden: string) {
  return new DomeinFout('NIET_GEAUTHENTICEERD', 'TOKEN_CLAIMS', `Token ongeldig: ${reden}`);
}

const REDENEN: Record<string, string> = {
  ERR_JWT_EXPIRED: 'verlopen',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'handtekening niet geldig voor een bekende sleutel',
  ERR_JWKS_NO_MATCHING_KEY: 'handtekening niet geldig voor een bekende sleutel',
  ERR_JWS_INVALID: 'geen geldig JWT',
  ERR_JWT_INVALID: 'geen geldig JWT',
};

function redenVan(e: unknown): string {
  const { code, claim, message } = e as { code?: string; claim?: string; message?: string };
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') return `claim ongeldig (${claim ?? '?'})`;
  return (code && REDENEN[code]) ?? message ?? 'onbekend';
}

/** Extract the bearer token from an Authorization header; undefined when absent. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m)
    throw new DomeinFout(
      'NIET_GEAUTHENTICEERD',
      'TOKEN_VORM',
      'Authorization-header moet "Bearer <token>" zijn',
    );
  return m[1];
}
