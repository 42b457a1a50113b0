#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every test of Ketenbeeld, from a fresh clone. Installs and builds when needed, makes
 * sure Debian's Chromium is there (installs it with apt when it can), finds or starts PostgreSQL and
 * Redis, then runs lint, type checks, unit, integration and end-to-end tests (turbo), and finally the
 * console in headless Chromium against the whole system started on free ports. Prints a total.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bouw, controleerNode, draai, installeerIndienNodig, ROOT } from './voorbereiden.mjs';

const RESULTATEN = path.join(ROOT, '.local', 'test-results');

async function main() {
  controleerNode();
  installeerIndienNodig();
  rmSync(RESULTATEN, { recursive: true, force: true });
  mkdirSync(RESULTATEN, { recursive: true });
  bouw();

  const stack = await import('./stack.mjs');
  console.log('» Chromium (Debian-pakket) controleren…');
  const chromium = await stack.ensureChromium({ log: (s) => console.log(`  ${s}`) });

  console.log('» PostgreSQL en Redis zoeken of starten…');
  const pg = await stack.resolvePostgres({ log: (s) => console.log(`  ${s}`) });
  const redis = await stack.resolveRedis({ log: (s) => console.log(`  ${s}`) });
  console.log(
    `  PostgreSQL: ${stack.redactUrl(pg.url)} (${pg.source}); Redis: ${redis.url} (${redis.source})`,
  );

  let fout;
  try {
    const env = {
      ...process.env,
      KETENBEELD_TEST_DATABASE_URL: pg.url,
      KETENBEELD_TEST_REDIS_URL: redis.url,
    };
    console.log('» opmaak (prettier --check)…');
    try {
      draai('npx', ['prettier', '--check', '--log-level=warn', '.'], 'de opmaakcontrole', env);
    } catch (e) {
      fout = e;
    }
    console.log('» lint, typecheck, unit-, integratie- en end-to-end-tests (turbo)…');
    try {
      draai(
        'npx',
        ['turbo', 'run', 'lint', 'typecheck', 'test', '--concurrency=2', '--continue', '--output-logs=full'],
        'de tests',
        env,
      );
    } catch (e) {
      fout = e;
    }
    console.log('» console in headless Chromium tegen het hele systeem…');
    try {
      await browserTest({ stack, pgUrl: pg.url, redisUrl: redis.url, chromium });
    } catch (e) {
      fout ??= e;
      console.error(e instanceof Error ? e.message : e);
      telBrowser(false);
    }
  } finally {
    await redis.stop();
    await pg.stop();
  }
  const totaal = tel();
  console.log(`\nResultaten per onderdeel: ${RESULTATEN}`);
  console.log(
    `totaal: ${totaal.passed} passed, ${totaal.failed} failed${totaal.skipped ? `, ${totaal.skipped} skipped` : ''}`,
  );
  if (fout || totaal.failed > 0 || totaal.passed === 0) process.exit(1);
}

/** @param {{ stack: any, pgUrl: string, redisUrl: string, chromium: string }} o */
async function browserTest({ stack, pgUrl, redisUrl, chromium }) {
  const { startKetenbeeld } = await import('./ketenbeeld.mjs');
  const { laadDemoData, laadCasusregieDemo, laadPlanningDemo } = await import('./demo-data.mjs');
  const { runConsoleE2E } = await import('../../apps/console/e2e/console.e2e.mjs');
  const keys = await stack.ensureKeys(path.join(ROOT, '.local', 'test-keys'));
  const poorten = {
    gateway: await stack.freePort(),
    signalen: await stack.freePort(),
    casusregie: await stack.freePort(),
    zsm: await stack.freePort(),
    planning: await stack.freePort(),
    idp: await stack.freePort(),
  };
  const dbPrefix = `kbtest_browser_${randomBytes(4).toString('hex')}`;
  const kb = await startKetenbeeld({
    pgUrl,
    redisUrl,
    keys,
    poorten,
    dbPrefix,
    queuePrefix: dbPrefix,
    logDir: path.join(RESULTATEN, 'browser-logs'),
    // Automated browsers act as one user at machine speed: the per-user rate limit is for people.
    gatewayEnv: { RATE_LIMIT_USER_PER_MINUTE: '60000', RATE_LIMIT_USER_BURST: '5000' },
    log: (s) => console.log(s),
  });
  try {
    await laadDemoData({ signalenUrl: kb.urls.signalen, keys, aantalSignalen: 12 });
    await laadCasusregieDemo({ casusregieUrl: kb.urls.casusregie, keys, log: () => {} });
    await laadPlanningDemo({
      planningUrl: kb.urls.planning,
      casusregieUrl: kb.urls.casusregie,
      keys,
      log: () => {},
    });
    const screenshotDir = path.join(RESULTATEN, 'screenshots');
    await runConsoleE2E({
      baseUrl: kb.urls.gateway,
      screenshotDir,
      chromiumPath: chromium,
      zsmUrl: kb.urls.zsm,
      signalenUrl: kb.urls.signalen,
    });
    console.log(`  ✓ console-scenario geslaagd; schermafdrukken in ${screenshotDir}`);
    telBrowser(true);
  } finally {
    await kb.stop();
    for (const d of ['signalen', 'casusregie', 'zsm', 'planning'])
      await stack.dropDatabase(pgUrl, `${dbPrefix}_${d}`).catch(() => {});
  }
}

let browser = { passed: 0, failed: 0 };
/** @param {boolean} ok */
function telBrowser(ok) {
  browser = ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

function tel() {
  const t = { passed: browser.passed, failed: browser.failed, skipped: 0 };
  if (!existsSync(RESULTATEN)) return t;
  for (const f of readdirSync(RESULTATEN).filter((n) => n.endsWith('.json') || n.endsWith('.tap'))) {
    const inhoud = readFileSync(path.join(RESULTATEN, f), 'utf8');
    if (f.endsWith('.json')) {
      const r = JSON.parse(inhoud);
      t.passed += r.passed;
      t.failed += r.failed;
      t.skipped += r.skipped ?? 0;
    } else if (f.endsWith('.tap')) {
      t.passed += Number(/^# pass (\d+)/m.exec(inhoud)?.[1] ?? 0);
      t.failed += Number(/^# fail (\d+)/m.exec(inhoud)?.[1] ?? 0);
      t.skipped += Number(/^# skipped (\d+)/m.exec(inhoud)?.[1] ?? 0);
    }
  }
  return t;
}

main().catch((e) => {
  console.error(`\nDe tests konden niet draaien:\n${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
