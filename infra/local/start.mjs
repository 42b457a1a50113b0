#!/usr/bin/env node
// @ts-check
/**
 * `npm start`: Ketenbeeld on this machine, from a fresh clone. Installs and builds when needed, finds
 * or starts PostgreSQL and Redis, migrates, starts the services, the development identity provider
 * and the gateway with the console, loads demo data, and prints where to go. Ctrl-C stops it all.
 *
 * Options: --geen-demo (no demo data).
 */
import path from 'node:path';
import { bouw, controleerNode, installeerIndienNodig, ROOT } from './voorbereiden.mjs';

async function main() {
  controleerNode();
  installeerIndienNodig();
  bouw();
  const { resolvePostgres, resolveRedis, ensureKeys, LOCAL_DIR, redactUrl } = await import('./stack.mjs');
  const { startKetenbeeld } = await import('./ketenbeeld.mjs');
  const { laadDemoData, laadCasusregieDemo, laadPlanningDemo } = await import('./demo-data.mjs');
  const { PERSONAS } = await import('@ketenbeeld/testing');

  console.log('» PostgreSQL en Redis zoeken of starten…');
  const pg = await resolvePostgres({ log: (s) => console.log(`  ${s}`) });
  const redis = await resolveRedis({ log: (s) => console.log(`  ${s}`) });
  console.log(`  PostgreSQL: ${redactUrl(pg.url)} (${pg.source})\n  Redis: ${redis.url} (${redis.source})`);
  const keys = await ensureKeys();

  console.log('» diensten starten (migraties bij het starten)…');
  const kb = await startKetenbeeld({
    pgUrl: pg.url,
    redisUrl: redis.url,
    keys,
    logDir: path.join(LOCAL_DIR, 'logs'),
  });
  let gestopt = false;
  const stop = async () => {
    if (gestopt) return;
    gestopt = true;
    console.log('\n» stoppen…');
    await kb.stop();
    await redis.stop();
    await pg.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  if (!process.argv.includes('--geen-demo')) {
    await laadDemoData({ signalenUrl: kb.urls.signalen, keys });
    await laadCasusregieDemo({ casusregieUrl: kb.urls.casusregie, keys });
    await laadPlanningDemo({ planningUrl: kb.urls.planning, casusregieUrl: kb.urls.casusregie, keys });
  }

  console.log(`
Ketenbeeld draait.

  Console:   ${kb.urls.gateway}/
  GraphQL:   ${kb.urls.gateway}/graphql
  Partner-REST (signalen): ${kb.urls.signalen}/v1/signalen  (beschrijving: /v1/openapi.json)
  ZSM-REST (OM, DJI):      ${kb.urls.zsm}/v1/zsm/bevragingen  (beschrijving: ${kb.urls.zsm}/v1/openapi.json)
  Planning-REST (COA):     ${kb.urls.planning}/v1/inhuisregistraties  (beschrijving: ${kb.urls.planning}/v1/openapi.json)
  Dev-IdP:   ${kb.urls.idp}/personas

Aanmelden in de console: kies een persona, bijvoorbeeld
${PERSONAS.map((p) => `  - ${p.id.padEnd(20)} ${p.naam}, ${p.organisatie} (${p.rollen.join(', ')})`).join('\n')}

Een token voor de API:  npm run token -- dgm-analist
Stoppen: Ctrl-C.  (map: ${path.relative(process.cwd(), ROOT) || '.'})
`);
}

main().catch((e) => {
  console.error(`\nKetenbeeld kon niet starten:\n${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
