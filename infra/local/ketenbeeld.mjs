// @ts-check
/**
 * Starts the whole of Ketenbeeld on this machine: the four services (each its own process, from its
 * built output, migrations at start-up), the development identity provider, and the gateway that
 * serves the console. Used by `npm start` and by the browser test of `npm test`.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

import { startDevIdp } from './dev-idp.mjs';
import { DEV_ISSUER, AUDIENCE } from '@ketenbeeld/testing';
import { ensureDatabase, REPO_ROOT } from './stack.mjs';

export const DIENSTEN = /** @type {const} */ (['signalen', 'casusregie', 'zsm', 'planning']);
export const STANDAARD_POORTEN = {
  gateway: 4000,
  signalen: 4001,
  casusregie: 4002,
  zsm: 4003,
  planning: 4004,
  idp: 4010,
};

/**
 * @typedef {{ gateway: number, signalen: number, casusregie: number, zsm: number, planning: number, idp: number }} Poorten
 * @typedef {{ urls: { gateway: string, idp: string } & Record<string, string>, stop: () => Promise<void> }} GestartKetenbeeld
 */

/**
 * @param {{ pgUrl: string, redisUrl: string, keys: { privateKeyPem: string, publicKeyPem: string, kid: string },
 *   poorten?: Poorten, dbPrefix?: string, queuePrefix?: string, logDir: string, log?: (s: string) => void,
 *   gatewayEnv?: Record<string, string> }} opties
 * @returns {Promise<GestartKetenbeeld>}
 */
export async function startKetenbeeld({
  pgUrl,
  redisUrl,
  keys,
  poorten = STANDAARD_POORTEN,
  dbPrefix = 'ketenbeeld',
  queuePrefix = 'ketenbeeld',
  logDir,
  log = console.log,
  gatewayEnv = {},
}) {
  mkdirSync(logDir, { recursive: true });
  /** @type {{ naam: string, stop: () => Promise<void> }[]} */
  const gestart = [];
  const stop = async () => {
    for (const g of gestart.reverse()) await g.stop().catch(() => {});
  };
  try {
    const idp = await startDevIdp({ port: poorten.idp, keys });
    gestart.push({ naam: 'idp', stop: idp.close });
    const auth = {
      AUTH_ISSUER: DEV_ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_JWKS_URL: `${idp.url}/.well-known/jwks.json`,
    };

    const dienstUrls = /** @type {Record<string, string>} */ ({});
    await Promise.all(
      DIENSTEN.map(async (dienst) => {
        const databaseUrl = await ensureDatabase(pgUrl, `${dbPrefix}_${dienst}`);
        const proces = await startProces(
          dienst,
          path.join(REPO_ROOT, 'apps', dienst, 'dist', 'main.js'),
          {
            ...auth,
            PORT: String(poorten[dienst]),
            HOST: '127.0.0.1',
            DATABASE_URL: databaseUrl,
            REDIS_URL: redisUrl,
            QUEUE_PREFIX: queuePrefix,
          },
          logDir,
        );
        gestart.push(proces);
        dienstUrls[dienst] = `http://127.0.0.1:${poorten[dienst]}`;
      }),
    );
    const gateway = await startProces(
      'gateway',
      path.join(REPO_ROOT, 'apps', 'gateway', 'dist', 'main.js'),
      {
        ...auth,
        PORT: String(poorten.gateway),
        HOST: '127.0.0.1',
        SUBGRAAF_SIGNALEN_URL: `${dienstUrls.signalen}/graphql`,
        SUBGRAAF_CASUSREGIE_URL: `${dienstUrls.casusregie}/graphql`,
        SUBGRAAF_ZSM_URL: `${dienstUrls.zsm}/graphql`,
        SUBGRAAF_PLANNING_URL: `${dienstUrls.planning}/graphql`,
        CONSOLE_DIST: path.join(REPO_ROOT, 'apps', 'console', 'dist'),
        CONSOLE_IDP_URL: idp.url,
        REDIS_URL: redisUrl,
        QUEUE_PREFIX: queuePrefix,
        ...gatewayEnv,
      },
      logDir,
    );
    gestart.push(gateway);
    log(`  logs: ${logDir}`);
    return { urls: { ...dienstUrls, gateway: `http://127.0.0.1:${poorten.gateway}`, idp: idp.url }, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * Spawn a built app and wait until /health/ready answers 200.
 * @param {string} naam @param {string} main @param {Record<string, string>} env @param {string} logDir
 */
async function startProces(naam, main, env, logDir) {
  const logPad = path.join(logDir, `${naam}.log`);
  const logStream = createWriteStream(logPad, { flags: 'a' });
  const proces = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let staart = '';
  const schrijf = (/** @type {Buffer} */ d) => {
    logStream.write(d);
    staart = (staart + d.toString()).slice(-4000);
  };
  proces.stdout?.on('data', schrijf);
  proces.stderr?.on('data', schrijf);
  const einde = new Promise((r) => proces.once('exit', r));
  const url = `http://127.0.0.1:${env.PORT}/health/ready`;
  const tot = Date.now() + 60_000;
  for (;;) {
    if (proces.exitCode !== null)
      throw new Error(`${naam} stopte bij het starten (code ${proces.exitCode}); zie ${logPad}:\n${staart}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > tot) {
      proces.kill('SIGKILL');
      throw new Error(`${naam} werd niet gereed binnen 60 s; zie ${logPad}:\n${staart}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return {
    naam,
    stop: async () => {
      if (proces.exitCode === null) proces.kill('SIGTERM');
      const t = setTimeout(() => proces.kill('SIGKILL'), 10_000);
      await einde;
      clearTimeout(t);
      logStream.end();
    },
  };
}
