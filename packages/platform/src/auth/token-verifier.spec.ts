import { maakSleutelpaar, persona, tekenToken, DEV_ISSUER, AUDIENCE } from '@ketenbeeld/testing';
import { DomeinFout } from '../errors/domein-fout';
import { bearerToken, TokenVerifier } from './token-verifier';
import { SignJWT, importPKCS8 } from 'jose';

describe('TokenVerifier', () => {
  let sleutel: Awaited<ReturnType<typeof maakSleutelpaar>>;
  let verifier: TokenVerifier;
  beforeAll(async () => {
    sleutel = await maakSleutelpaar('k1');
    verifier = new TokenVerifier({
      issuer: DEV_ISSUER,
      audience: AUDIENCE,
      publicKeyPem: sleutel.publicKeyPem,
    });
  });

  it('geeft de actor uit een geldig token', async () => {
    const actor = await verifier.verifieer(await tekenToken(persona('om-zsm'), sleutel));
    expect(actor).toEqual({
      sub: 'u-om-0001',
      naam: 'Fleur Dijkhof (fictief)',
      organisatie: 'OM',
      rollen: ['ZSM_OFFICIER'],
    });
  });

  it.each([
    [
      'een andere sleutel',
      async () => tekenToken(persona('om-zsm'), await maakSleutelpaar('ander')),
      /handtekening/,
    ],
    [
      'verlopen',
      async () => tekenToken(persona('om-zsm'), { ...sleutel, geldigheidSeconden: -120 }),
      /verlopen/,
    ],
    [
      'een andere audience',
      async () => tekenToken(persona('om-zsm'), { ...sleutel, audience: 'iets-anders' }),
      /claim ongeldig \(aud\)/,
    ],
    [
      'een andere issuer',
      async () => tekenToken(persona('om-zsm'), { ...sleutel, issuer: 'https://elders' }),
      /claim ongeldig \(iss\)/,
    ],
  ])('weigert een token met %s', async (_naam, maak, reden) => {
    await expect(verifier.verifieer(await maak())).rejects.toThrow(reden);
  });

  it('weigert onbekende organisaties en rollen in de claims', async () => {
    const key = await importPKCS8(sleutel.privateKeyPem, 'ES256');
    const teken = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('x')
        .setIssuer(DEV_ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(key);
    await expect(verifier.verifieer(await teken({ org: 'CIA', roles: [] }))).rejects.toThrow(/org 'CIA'/);
    await expect(verifier.verifieer(await teken({ org: 'COA', roles: ['GOD'] }))).rejects.toThrow(
      /onbekende rol/,
    );
  });

  it('alleen kortlevende tokens: zonder exp of iat, of langer dan 8 uur geldig, geweigerd', async () => {
    const key = await importPKCS8(sleutel.privateKeyPem, 'ES256');
    const basis = () =>
      new SignJWT({ org: 'COA', roles: ['KERNTEAMLID'] })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject('x')
        .setIssuer(DEV_ISSUER)
        .setAudience(AUDIENCE);
    await expect(verifier.verifieer(await basis().setIssuedAt().sign(key))).rejects.toThrow(
      /exp en iat zijn verplicht/,
    );
    await expect(verifier.verifieer(await basis().setExpirationTime('1h').sign(key))).rejects.toThrow(
      /exp en iat zijn verplicht/,
    );
    await expect(
      verifier.verifieer(await basis().setIssuedAt().setExpirationTime('3650d').sign(key)),
    ).rejects.toThrow(/hoogstens 28800 s/);
    await expect(
      verifier.verifieer(await basis().setIssuedAt().setExpirationTime('8h').sign(key)),
    ).resolves.toMatchObject({ sub: 'x' });
  });

  it('onthoudt een geverifieerd token tot het verloopt, en nooit langer', async () => {
    const strikt = new TokenVerifier({
      issuer: DEV_ISSUER,
      audience: AUDIENCE,
      publicKeyPem: sleutel.publicKeyPem,
      klokToleratieSeconden: 0,
    });
    const token = await tekenToken(persona('om-zsm'), { ...sleutel, geldigheidSeconden: 2 });
    const eerste = await strikt.verifieer(token);
    expect(await strikt.verifieer(token)).toBe(eerste);
    // One byte different in the signature: not the cached token, and not valid.
    const vervalst = token.slice(0, -2) + (token.endsWith('A') ? 'BB' : 'AA');
    await expect(strikt.verifieer(vervalst)).rejects.toThrow(/Token ongeldig/);
    await new Promise((r) => setTimeout(r, 2100));
    await expect(strikt.verifieer(token)).rejects.toThrow(/verlopen/);
  });

  it('leest alleen "Bearer <token>"', () => {
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(() => bearerToken('Basic abc')).toThrow(DomeinFout);
  });
});
