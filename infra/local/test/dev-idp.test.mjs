// @ts-check
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

import { createRemoteJWKSet, jwtVerify } from 'jose';
import { AUDIENCE, DEV_ISSUER, PERSONAS } from '@ketenbeeld/testing';

import { startDevIdp } from '../dev-idp.mjs';
import { ensureKeys, freePort } from '../stack.mjs';
import { tempDir } from '../test-support/helpers.mjs';

test('dev IdP: personas, tokens that verify against its JWKS, clear refusals', async (t) => {
  const keys = await ensureKeys(path.join(await tempDir(t), 'keys'));
  const idp = await startDevIdp({ port: await freePort(), keys });
  t.after(() => idp.close());

  assert.equal((await fetch(`${idp.url}/health/live`)).status, 200);

  const personasRes = await fetch(`${idp.url}/personas`, { headers: { Origin: 'http://localhost:5173' } });
  assert.equal(personasRes.status, 200);
  assert.equal(personasRes.headers.get('access-control-allow-origin'), '*');
  const personas = await personasRes.json();
  assert.equal(personas.length, PERSONAS.length);
  const analist = personas.find((/** @type {{ id: string }} */ p) => p.id === 'dgm-analist');
  assert.deepEqual(Object.keys(analist).sort(), ['id', 'naam', 'omschrijving', 'organisatie', 'rollen']);

  const tokenRes = await fetch(`${idp.url}/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ persona: 'dgm-analist' }),
  });
  assert.equal(tokenRes.status, 200);
  const { token, verlooptOp } = await tokenRes.json();
  assert.ok(Date.parse(verlooptOp) > Date.now());

  const jwks = createRemoteJWKSet(new URL(`${idp.url}/.well-known/jwks.json`));
  const { payload, protectedHeader } = await jwtVerify(token, jwks, {
    issuer: DEV_ISSUER,
    audience: AUDIENCE,
  });
  assert.equal(protectedHeader.kid, keys.kid);
  assert.equal(payload.sub, PERSONAS.find((p) => p.id === 'dgm-analist')?.sub);
  assert.equal(payload.org, analist.organisatie);
  assert.deepEqual(payload.roles, analist.rollen);
  assert.equal(new Date(/** @type {number} */ (payload.exp) * 1000).toISOString(), verlooptOp);

  // Another audience must not verify.
  await assert.rejects(jwtVerify(token, jwks, { issuer: DEV_ISSUER, audience: 'iets-anders' }));

  const unknown = await fetch(`${idp.url}/token`, {
    method: 'POST',
    body: JSON.stringify({ persona: 'niemand' }),
  });
  assert.equal(unknown.status, 400);
  const fout = await unknown.json();
  assert.equal(fout.fout, 'persona');
  assert.match(fout.reden, /niemand/);
  assert.match(fout.reden, /dgm-analist/);

  const badJson = await fetch(`${idp.url}/token`, { method: 'POST', body: '{persona:' });
  assert.equal(badJson.status, 400);
  assert.equal((await badJson.json()).fout, 'verzoek');

  const preflight = await fetch(`${idp.url}/token`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'http://localhost:5173',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);
  assert.match(preflight.headers.get('access-control-allow-headers') ?? '', /Content-Type/i);

  assert.equal((await fetch(`${idp.url}/nergens`)).status, 404);
  assert.equal((await fetch(`${idp.url}/token`)).status, 405);
});

test('dev IdP: a taken port is a clear error', async (t) => {
  const keys = await ensureKeys(path.join(await tempDir(t), 'keys'));
  const first = await startDevIdp({ port: await freePort(), keys });
  t.after(() => first.close());
  const port = Number(new URL(first.url).port);
  await assert.rejects(startDevIdp({ port, keys }), /already in use.*DEV_IDP_PORT/s);
});
