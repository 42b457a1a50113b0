// @ts-check
// Nothing in the environment and nothing on the probed ports: the stack starts its own servers.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { ensureDatabase, dropDatabase, freePort, resolvePostgres, resolveRedis } from '../stack.mjs';
import { dienstTestEnv, startDienstProces, testToken } from '@ketenbeeld/testing';
import {
  collectLog,
  postgresAnswers,
  query,
  redis,
  redisAnswers,
  tempDir,
} from '../test-support/helpers.mjs';

test(
  'starts an embedded PostgreSQL and its own Redis when nothing else is there',
  { timeout: 120_000 },
  async (t) => {
    const dir = await tempDir(t);
    const { lines, log } = collectLog();
    const started = Date.now();

    const postgres = await resolvePostgres({
      env: {},
      probePort: await freePort(),
      dataDir: path.join(dir, 'postgres'),
      log,
    });
    t.after(() => postgres.stop());
    const redisServer = await resolveRedis({
      env: {},
      probePort: await freePort(),
      dataDir: path.join(dir, 'redis'),
      log,
    });
    t.after(() => redisServer.stop());
    t.diagnostic(`both servers up after ${Date.now() - started} ms`);

    assert.equal(postgres.source, 'embedded', lines.join('\n'));
    assert.equal(redisServer.source, 'own', lines.join('\n'));
    assert.match(postgres.url, /^postgres:\/\/postgres:[^@]+@127\.0\.0\.1:\d+\/postgres$/);
    assert.doesNotMatch(postgres.url, /:5432\//, 'the embedded server must not assume port 5432');

    // PostgreSQL: SELECT 1, then a round trip in a database of our own.
    assert.deepEqual(await query(postgres.url, 'SELECT 1 AS een'), [{ een: 1 }]);
    const dbUrl = await ensureDatabase(postgres.url, 'stack_proef');
    assert.match(dbUrl, /\/stack_proef$/);
    assert.equal(
      await ensureDatabase(postgres.url, 'stack_proef'),
      dbUrl,
      'a second ensureDatabase is harmless',
    );
    await query(dbUrl, 'CREATE TABLE melding (id int PRIMARY KEY, tekst text NOT NULL)');
    await query(dbUrl, 'INSERT INTO melding VALUES ($1, $2)', [1, 'overlast bij de ingang — ë']);
    assert.deepEqual(await query(dbUrl, 'SELECT id, tekst FROM melding'), [
      { id: 1, tekst: 'overlast bij de ingang — ë' },
    ]);
    const [{ server_encoding }] = await query(dbUrl, 'SHOW server_encoding');
    assert.equal(server_encoding, 'UTF8');
    await dropDatabase(postgres.url, 'stack_proef');
    assert.deepEqual(
      await query(postgres.url, "SELECT 1 FROM pg_database WHERE datname = 'stack_proef'"),
      [],
    );

    // Redis: the settings BullMQ needs, and SET/GET.
    const client = redis(redisServer.url);
    await client.connect();
    try {
      assert.deepEqual(await client.config('GET', 'appendonly'), ['appendonly', 'yes']);
      assert.deepEqual(await client.config('GET', 'maxmemory-policy'), ['maxmemory-policy', 'noeviction']);
      assert.deepEqual(await client.config('GET', 'bind'), ['bind', '127.0.0.1']);
      await client.set('ketenbeeld:proef', 'waarde');
      assert.equal(await client.get('ketenbeeld:proef'), 'waarde');
    } finally {
      client.disconnect();
    }

    // A signal stored and read back through them: the real signalen service on the fallback stack.
    const signalenDb = await ensureDatabase(postgres.url, 'stack_signalen');
    const env = await dienstTestEnv(signalenDb, { REDIS_URL: redisServer.url });
    const signalen = await startDienstProces('signalen', env);
    try {
      const token = await testToken('coa-locatiemanager');
      const headers = {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'ketenbeeld-doel': 'CASUSREGIE',
      };
      const res = await fetch(`${signalen.url}/v1/signalen`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          bronOrganisatie: 'COA',
          bronReferentie: 'FALLBACK-1',
          categorie: 'HUISREGELOVERTREDING',
          omschrijving: 'Proefsignaal op de eigen stack',
          ernst: 1,
          plaats: { locatieCode: 'BUDEL' },
          tijdstipIncident: new Date(Date.now() - 60_000).toISOString(),
          personen: [{ naam: 'Proefpersoon Fallback', nationaliteit: 'GEO' }],
        }),
      });
      assert.equal(res.status, 201, await res.clone().text());
      const { id } = /** @type {{ id: string }} */ (await res.json());
      const terug = await fetch(`${signalen.url}/v1/signalen/${id}`, { headers });
      assert.equal(terug.status, 200);
      assert.equal(
        /** @type {{ bronReferentie: string }} */ (await terug.json()).bronReferentie,
        'FALLBACK-1',
      );
      const ready = /** @type {{ controles: Record<string, string> }} */ (
        await (await fetch(`${signalen.url}/health/ready`)).json()
      );
      assert.deepEqual(ready.controles, { postgres: 'up', redis: 'up' });
    } finally {
      await signalen.stop();
    }

    const stopping = Date.now();
    await Promise.all([postgres.stop(), redisServer.stop()]);
    t.diagnostic(
      `both servers stopped in ${Date.now() - stopping} ms; whole test ${Date.now() - started} ms`,
    );
    assert.equal(await postgresAnswers(postgres.url), false, 'PostgreSQL still answers after stop()');
    assert.equal(await redisAnswers(redisServer.url), false, 'Redis still answers after stop()');
    assert.equal(existsSync(path.join(dir, 'postgres', 'pgdata', 'postmaster.pid')), false);
    assert.equal(existsSync(path.join(dir, 'redis', 'redis.pid')), false);
    await postgres.stop(); // idempotent
    await redisServer.stop();
  },
);
