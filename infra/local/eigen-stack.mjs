#!/usr/bin/env node
// @ts-check
/**
 * A private Ketenbeeld on free ports (its own databases and queue prefix) with demo data, for a
 * developer or a helper who must not collide with `npm start` on :4000. Prints the URLs and keeps
 * running until Ctrl-C / SIGTERM, then stops its processes and drops its databases.
 *
 *   npm run build && node infra/local/eigen-stack.mjs [--geen-demo]
 */
import path from 'node:path';
import { randomBytes } from 'node:crypto';

const { resolvePostgres, resolveRedis, ensureKeys, freePort, dropDatabase, LOCAL_DIR } =
  await import('./stack.mjs');
const { startKetenbeeld } = await import('./ketenbeeld.mjs');
const { laadDemoData, laadCasusregieDemo, laadPlanningDemo } = await import('./demo-data.mjs');

const pg = await resolvePostgres({ log: () => {} });
const redis = await resolveRedis({ log: () => {} });
const keys = await ensureKeys();
/** @type {Record<string, number>} */
const poorten = {};
for (const k of ['gateway', 'signalen', 'casusregie', 'zsm', 'planning', 'idp'])
  poorten[k] = await freePort();
const dbPrefix = `kbeigen_${randomBytes(4).toString('hex')}`;
const kb = await startKetenbeeld({
  pgUrl: pg.url,
  redisUrl: redis.url,
  keys,
  poorten: /** @type {any} */ (poorten),
  dbPrefix,
  queuePrefix: dbPrefix,
  logDir: path.join(LOCAL_DIR, 'logs', dbPrefix),
  // Automated browsers act as one user at machine speed: the per-user rate limit is for people.
  gatewayEnv: { RATE_LIMIT_USER_PER_MINUTE: '60000', RATE_LIMIT_USER_BURST: '5000' },
  log: () => {},
});
let gestopt = false;
const stop = async () => {
  if (gestopt) return;
  gestopt = true;
  await kb.stop();
  for (const d of ['signalen', 'casusregie', 'zsm', 'planning'])
    await dropDatabase(pg.url, `${dbPrefix}_${d}`).catch(() => undefined);
  await redis.stop();
  await pg.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
if (!process.argv.includes('--geen-demo')) {
  await laadDemoData({ signalenUrl: kb.urls.signalen, keys, log: () => {} });
  await laadCasusregieDemo({ casusregieUrl: kb.urls.casusregie, keys, log: () => {} });
  await laadPlanningDemo({
    planningUrl: kb.urls.planning,
    casusregieUrl: kb.urls.casusregie,
    keys,
    log: () => {},
  });
}
console.log(JSON.stringify({ ...kb.urls, dbPrefix }));
