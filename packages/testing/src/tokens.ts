import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, SignJWT, type JWK } from 'jose';
import type { Actor } from '@ketenbeeld/domain';

export const TOKEN_ALG = 'ES256';
export const DEV_ISSUER = 'https://idp.ketenbeeld.local';
export const AUDIENCE = 'ketenbeeld';

export interface KeyPairPem {
  privateKeyPem: string;
  publicKeyPem: string;
  kid: string;
}

/** A fresh ES256 key pair as PEM (for the dev identity provider and tests). */
export async function maakSleutelpaar(kid = `k-${Date.now().toString(36)}`): Promise<KeyPairPem> {
  const { privateKey, publicKey } = await generateKeyPair(TOKEN_ALG, { extractable: true });
  return { privateKeyPem: await exportPKCS8(privateKey), publicKeyPem: await exportSPKI(publicKey), kid };
}

export async function publiekeJwk(publicKeyPem: string, kid: string): Promise<JWK> {
  const { importSPKI } = await import('jose');
  const key = await importSPKI(publicKeyPem, TOKEN_ALG, { extractable: true });
  return { ...(await exportJWK(key)), kid, alg: TOKEN_ALG, use: 'sig' };
}

export interface TekenOpties {
  privateKeyPem: string;
  kid: string;
  issuer?: string;
  audience?: string;
  /** Lifetime in seconds (default 8 hours); negative gives an already expired token. */
  geldigheidSeconden?: number;
}

/** Sign a token carrying the actor's claims: sub, name, org, roles. */
export async function tekenToken(actor: Actor, opties: TekenOpties): Promise<string> {
  const key = await importPKCS8(opties.privateKeyPem, TOKEN_ALG);
  const nu = Math.floor(Date.now() / 1000);
  const geldig = opties.geldigheidSeconden ?? 8 * 3600;
  return new SignJWT({ name: actor.naam, org: actor.organisatie, roles: [...actor.rollen] })
    .setProtectedHeader({ alg: TOKEN_ALG, kid: opties.kid, typ: 'JWT' })
    .setSubject(actor.sub)
    .setIssuer(opties.issuer ?? DEV_ISSUER)
    .setAudience(opties.audience ?? AUDIENCE)
    .setIssuedAt(geldig < 0 ? nu + geldig - 60 : nu)
    .setExpirationTime(nu + geldig)
    .sign(key);
}
