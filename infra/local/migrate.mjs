#!/usr/bin/env node
// @ts-check
/** `npm run migrate`: create each service's database when missing and run its pending migrations. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { bouw, controleerNode, installeerIndienNodig, ROOT } from './voorbereiden.mjs';

async function main() {
  controleerNode();
  installeerIndienNodig();
  bouw();
  const { resolvePostgres, ensureDatabase, redactUrl } = await import('./stack.mjs');
  const { DIENSTEN } = await import('./ketenbeeld.mjs');
  const pg = await resolvePostgres({ log: (s) => console.log(`  ${s}`) });
  try {
    for (const dienst of DIENSTEN) {
      const url = await ensureDatabase(pg.url, `ketenbeeld_${dienst}`);
      console.log(`» ${dienst} (${redactUrl(url)})`);
      // The migrate command parses the same config as the service; these values satisfy it.
      const r = spawnSync(process.execPath, [path.join(ROOT, 'apps', dienst, 'dist', 'migrate.js')], {
        stdio: 'inherit',
        env: {
          PATH: process.env.PATH,
          PORT: '0',
          DATABASE_URL: url,
          REDIS_URL: 'redis://127.0.0.1:6379',
          AUTH_ISSUER: 'migratie',
          AUTH_PUBLIC_KEY: 'niet-gebruikt',
        },
      });
      if (r.status !== 0) throw new Error(`migraties van ${dienst} mislukt`);
    }
  } finally {
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
