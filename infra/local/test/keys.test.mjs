// @ts-check
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

import { importSPKI, jwtVerify } from 'jose';
import { AUDIENCE, DEV_ISSUER, TOKEN_ALG } from '@ketenbeeld/testing';

import { chromiumArgs, ensureKeys } from '../stack.mjs';
import { tempDir } from '../test-support/helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

test('ensureKeys creates the key pair once, private key 0600, same answer when racing', async (t) => {
  const dir = path.join(await tempDir(t), 'keys');
  const racing = await Promise.all([ensureKeys(dir), ensureKeys(dir), ensureKeys(dir)]);
  assert.equal(new Set(racing.map((k) => k.kid)).size, 1);
  assert.equal(new Set(racing.map((k) => k.privateKeyPem)).size, 1);
  const again = await ensureKeys(dir);
  assert.deepEqual(again, racing[0]);
  assert.match(again.privateKeyPem, /BEGIN PRIVATE KEY/);
  assert.match(again.publicKeyPem, /BEGIN PUBLIC KEY/);

  const files = (await fs.readdir(dir)).sort();
  assert.deepEqual(files, ['dev-signing-key.pem', 'dev-signing-key.pub.pem', 'kid']);
  assert.equal((await fs.stat(path.join(dir, 'dev-signing-key.pem'))).mode & 0o777, 0o600);
  assert.equal((await fs.stat(dir)).mode & 0o777, 0o700);
});

test('token.mjs prints a verifiable token, lists personas, exits 2 on an unknown persona', async () => {
  const tokenCli = path.join(here, '..', 'token.mjs');
  const keys = await ensureKeys(); // the same key the command uses
  const ok = spawnSync(process.execPath, [tokenCli, 'om-zsm'], { encoding: 'utf8' });
  assert.equal(ok.status, 0, ok.stderr);
  const { payload } = await jwtVerify(ok.stdout.trim(), await importSPKI(keys.publicKeyPem, TOKEN_ALG), {
    issuer: DEV_ISSUER,
    audience: AUDIENCE,
  });
  assert.equal(payload.sub, 'u-om-0001');

  const list = spawnSync(process.execPath, [tokenCli, '--list'], { encoding: 'utf8' });
  assert.equal(list.status, 0);
  assert.match(list.stdout, /dgm-analist/);

  const unknown = spawnSync(process.execPath, [tokenCli, 'niemand'], { encoding: 'utf8' });
  assert.equal(unknown.status, 2);
  assert.equal(unknown.stdout, '');
  assert.match(unknown.stderr, /Unknown persona 'niemand'/);
  assert.match(unknown.stderr, /dgm-analist/);
});

test('chromiumArgs', () => {
  assert.deepEqual(chromiumArgs(), [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ]);
});
