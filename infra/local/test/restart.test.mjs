// @ts-check
// Our own servers survive restarts with their data, and a run that was killed (leaving servers
// running, or stale pid files) does not block the next one.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

import { ensureDatabase, freePort, resolvePostgres, resolveRedis } from '../stack.mjs';
import {
  alive,
  collectLog,
  postgresAnswers,
  query,
  redis,
  redisAnswers,
  tempDir,
} from '../test-support/helpers.mjs';

const stackUrl = new URL('../stack.mjs', import.meta.url).href;

/** A separate process that starts both servers, writes some data, reports, then waits to be killed. */
const childScript = `
import fs from 'node:fs/promises';
import { ensureDatabase, resolvePostgres, resolveRedis } from ${JSON.stringify(stackUrl)};
import pg from 'pg';
const [pgDir, redisDir, pgProbe, redisProbe] = process.argv.slice(1);
const log = () => {};
const p = await resolvePostgres({ env: {}, probePort: Number(pgProbe), dataDir: pgDir, log });
const r = await resolveRedis({ env: {}, probePort: Number(redisProbe), dataDir: redisDir, log });
const db = new pg.Client({ connectionString: await ensureDatabase(p.url, 'bewaard') });
await db.connect();
await db.query("CREATE TABLE feit (tekst text); INSERT INTO feit VALUES ('blijft')");
await db.end();
const { Redis } = await import('ioredis');
const c = new Redis(r.url);
await c.set('ketenbeeld:blijft', 'ja');
await c.quit();
const pgPid = Number((await fs.readFile(pgDir + '/pgdata/postmaster.pid', 'utf8')).split('\\n')[0]);
const redisPid = Number(await fs.readFile(redisDir + '/redis.pid', 'utf8'));
console.log(JSON.stringify({ pgUrl: p.url, redisUrl: r.url, pgPid, redisPid }));
setInterval(() => {}, 1000);
`;

/** @param {string} redisUrl */
async function redisGet(redisUrl, key = 'ketenbeeld:blijft') {
  const client = redis(redisUrl);
  await client.connect();
  try {
    return await client.get(key);
  } finally {
    client.disconnect();
  }
}

test(
  'restarts keep the data; servers and pid files left by a killed run are dealt with',
  { timeout: 180_000 },
  async (t) => {
    const dir = await tempDir(t);
    const pgDir = path.join(dir, 'postgres');
    const redisDir = path.join(dir, 'redis');
    const pgProbe = await freePort();
    const redisProbe = await freePort();
    const options = (
      /** @type {string} */ dataDir,
      /** @type {number} */ probePort,
      /** @type {(m: string) => void} */ log,
    ) => ({ env: {}, probePort, dataDir, log });

    // Whatever happens, nothing we started outlives the test.
    /** @type {number[]} */
    const pids = [];
    t.after(async () => {
      for (const pid of pids) if (alive(pid)) process.kill(pid, 'SIGKILL');
    });

    // 1. Another process starts the servers and writes data.
    const child = spawn(
      process.execPath,
      ['--input-type=module', '-e', childScript, pgDir, redisDir, String(pgProbe), String(redisProbe)],
      {
        cwd: path.dirname(fileURLToPath(import.meta.url)),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let childErr = '';
    child.stderr.on('data', (c) => (childErr += c));
    const childExit = once(child, 'exit');
    const firstLine = await Promise.race([
      once(createInterface({ input: child.stdout }), 'line').then(([line]) => line),
      childExit.then(([code]) => {
        throw new Error(`child exited (${code}): ${childErr}`);
      }),
    ]);
    const started = JSON.parse(firstLine);
    pids.push(started.pgPid, started.redisPid, /** @type {number} */ (child.pid));

    // 2. While that process lives, we share its servers and our stop() leaves them alone.
    {
      const { lines, log } = collectLog();
      const p = await resolvePostgres(options(pgDir, pgProbe, log));
      const r = await resolveRedis(options(redisDir, redisProbe, log));
      assert.equal(p.url, started.pgUrl, lines.join('\n'));
      assert.equal(r.url, started.redisUrl, lines.join('\n'));
      assert.match(lines.join('\n'), /sharing the embedded server/);
      assert.match(lines.join('\n'), /Redis: sharing/);
      await p.stop();
      await r.stop();
      assert.ok(await postgresAnswers(started.pgUrl));
      assert.ok(await redisAnswers(started.redisUrl));
    }

    // 3. The process is killed; its servers keep running as orphans.
    child.kill('SIGKILL');
    await childExit;
    assert.ok(alive(started.pgPid) && alive(started.redisPid));

    // 4. The next run stops the orphans, starts afresh, and finds the data.
    {
      const { lines, log } = collectLog();
      const p = await resolvePostgres(options(pgDir, pgProbe, log));
      t.after(() => p.stop());
      const r = await resolveRedis(options(redisDir, redisProbe, log));
      t.after(() => r.stop());
      assert.match(
        lines.join('\n'),
        /PostgreSQL: stopping an embedded server .* left running by an earlier run/,
      );
      assert.match(lines.join('\n'), /Redis: stopping a redis-server .* left running by an earlier run/);
      assert.doesNotMatch(
        lines.join('\n'),
        /initialising/,
        'an initialised data folder is not initialised again',
      );
      assert.equal(alive(started.pgPid), false);
      assert.equal(alive(started.redisPid), false);
      assert.deepEqual(await query(await ensureDatabase(p.url, 'bewaard'), 'SELECT tekst FROM feit'), [
        { tekst: 'blijft' },
      ]);
      assert.equal(await redisGet(r.url), 'ja');
      await p.stop();
      await r.stop();
    }

    // 5. Stale pid files naming a live process that is not our server (pid reuse after a crash).
    await fs.writeFile(
      path.join(pgDir, 'pgdata', 'postmaster.pid'),
      `${process.pid}\n${pgDir}/pgdata\n1700000000\n5432\n\n127.0.0.1\n  1234567  7\nready   \n`,
    );
    await fs.writeFile(path.join(redisDir, 'redis.pid'), `${process.pid}\n`);
    {
      const { lines, log } = collectLog();
      const p = await resolvePostgres(options(pgDir, pgProbe, log));
      t.after(() => p.stop());
      const r = await resolveRedis(options(redisDir, redisProbe, log));
      t.after(() => r.stop());
      assert.match(lines.join('\n'), /removing a stale postmaster\.pid/);
      assert.match(lines.join('\n'), /removing a stale redis\.pid/);
      assert.ok(alive(process.pid));
      assert.deepEqual(await query(await ensureDatabase(p.url, 'bewaard'), 'SELECT tekst FROM feit'), [
        { tekst: 'blijft' },
      ]);
      assert.equal(await redisGet(r.url), 'ja');
      await p.stop();
      await r.stop();
      assert.equal(await postgresAnswers(p.url), false);
      assert.equal(await redisAnswers(r.url), false);
    }
  },
);
