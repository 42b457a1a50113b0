// @ts-check
// This machine runs PostgreSQL on 5432 (trust) and Redis on 6379: the stack must use them, and
// must refuse a URL in the environment that does not answer.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { test } from 'node:test';

import pg from 'pg';

import { dropDatabase, ensureDatabase, freePort, resolvePostgres, resolveRedis } from '../stack.mjs';
import { collectLog, query, tempDir } from '../test-support/helpers.mjs';

test('uses the PostgreSQL and Redis already running on this machine', async (t) => {
  const dir = await tempDir(t);
  const { log } = collectLog();
  const postgres = await resolvePostgres({ env: {}, probePort: 5432, dataDir: path.join(dir, 'pg'), log });
  const redisServer = await resolveRedis({ env: {}, probePort: 6379, dataDir: path.join(dir, 'redis'), log });
  t.after(() => Promise.all([postgres.stop(), redisServer.stop()]));
  assert.equal(postgres.source, 'local');
  assert.equal(redisServer.source, 'local');
  assert.match(postgres.url, /^postgres:\/\/[^@]+@127\.0\.0\.1:5432\/postgres$/);
  assert.equal(redisServer.url, 'redis://127.0.0.1:6379');
  assert.deepEqual(await query(postgres.url, 'SELECT 1 AS een'), [{ een: 1 }]);
});

test('a DATABASE_URL or REDIS_URL that answers wins', async () => {
  const env = {
    DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
    REDIS_URL: 'redis://127.0.0.1:6379/3',
  };
  const postgres = await resolvePostgres({ env, log: () => {} });
  const redisServer = await resolveRedis({ env, log: () => {} });
  assert.deepEqual([postgres.source, postgres.url], ['env', env.DATABASE_URL]);
  assert.deepEqual([redisServer.source, redisServer.url], ['env', env.REDIS_URL]);
  await postgres.stop(); // stops nothing
  assert.deepEqual(await query(env.DATABASE_URL, 'SELECT 1 AS een'), [{ een: 1 }]);
});

test('a DATABASE_URL that does not answer is an error naming DATABASE_URL', async () => {
  const port = await freePort();
  await assert.rejects(
    resolvePostgres({
      env: { DATABASE_URL: `postgres://postgres:geheim@127.0.0.1:${port}/postgres` },
      log: () => {},
    }),
    (err) => {
      assert.ok(err instanceof Error);
      assert.match(err.message, /DATABASE_URL/);
      assert.match(err.message, new RegExp(`127\\.0\\.0\\.1:${port}`));
      assert.match(err.message, /ECONNREFUSED/);
      assert.doesNotMatch(err.message, /geheim/, 'the password must not appear in the message');
      return true;
    },
  );
});

test('a REDIS_URL that does not answer is an error naming REDIS_URL', async () => {
  const port = await freePort();
  await assert.rejects(
    resolveRedis({ env: { REDIS_URL: `redis://127.0.0.1:${port}` }, log: () => {} }),
    /REDIS_URL .*does not answer PING: .*ECONNREFUSED/s,
  );
});

test('ensureDatabase is safe when processes race, dropDatabase forces sessions out', async () => {
  const server = 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `stack_race_${randomBytes(4).toString('hex')}`;
  try {
    const urls = await Promise.all(Array.from({ length: 6 }, () => ensureDatabase(server, name)));
    assert.equal(new Set(urls).size, 1);
    assert.equal(urls[0], `postgres://postgres@127.0.0.1:5432/${name}`);

    // An open session does not stop the drop.
    const session = new pg.Client({ connectionString: urls[0] });
    session.on('error', () => {});
    await session.connect();
    await dropDatabase(server, name);
    await session.end().catch(() => {});
    assert.deepEqual(await query(server, 'SELECT 1 FROM pg_database WHERE datname = $1', [name]), []);
    await dropDatabase(server, name); // dropping what is not there is fine
  } finally {
    await dropDatabase(server, name);
  }
  await assert.rejects(ensureDatabase(server, 'x"; DROP DATABASE postgres; --'), /Invalid database name/);
});
