// @ts-check
/** Shared bits for the local-stack tests (kept outside test/, where node --test would run it as a test file). */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import pg from 'pg';
import { Redis } from 'ioredis';

/**
 * A fresh temporary folder, enterable by other users (as root the embedded PostgreSQL runs as
 * the `postgres` user), removed after the test.
 * @param {import('node:test').TestContext} t
 */
export async function tempDir(t, prefix = 'ketenbeeld-stack-') {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), prefix));
  await fs.chmod(dir, 0o755);
  t.after(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Collects log lines instead of printing them. */
export function collectLog() {
  /** @type {string[]} */
  const lines = [];
  const log = (/** @type {string} */ m) => lines.push(m);
  return { lines, log };
}

/** @param {string} url @param {string} sql @param {unknown[]} [params] */
export async function query(url, sql, params = []) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return (await client.query(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A Redis client that fails fast instead of retrying. @param {string} url */
export function redis(url) {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
    disconnectTimeout: 50,
  });
  client.on('error', () => {});
  return client;
}

/** Does a Redis answer PING at url? @param {string} url */
export async function redisAnswers(url) {
  const client = redis(url);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** Does a PostgreSQL answer at url? @param {string} url */
export async function postgresAnswers(url) {
  try {
    await query(url, 'SELECT 1');
    return true;
  } catch {
    return false;
  }
}

/** Is a process with this pid alive? @param {number} pid */
export function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return /** @type {{ code?: string }} */ (err).code === 'EPERM';
  }
}
