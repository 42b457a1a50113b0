#!/usr/bin/env node
// @ts-check
/**
 * Benchmark: how late does a deadline fire (fire time − due time), with 100 and with 100,000 pending
 * deadlines in the same engine, measured in the same run on the same PostgreSQL and Redis.
 *
 * Per scenario: a fresh database, the zsm service (its real deadline engine) started in-process,
 * the background load inserted in bulk (due spread over the next 24 hours, so some always fall in
 * the alarm horizon), then 100 measured deadlines planned through the engine, due 3–8 s ahead.
 * Lateness is taken from the database clock on both sides. Three runs; medians of p50 and p99.
 *
 *   npm run build && node bench/termijnen-lateness.mjs [--runs 3] [--groot 100000]
 *
 * Writes bench/results/termijnen-lateness-<timestamp>.{json,md}. Not a test: no thresholds here.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
require('reflect-metadata');
const { startDienstVoorTest, TermijnMotor } = require('@ketenbeeld/platform');
const { dienstTestEnv, maakTestDatabase, eigenRedisDatabase } = require('@ketenbeeld/testing');
const { AppModule } = require(path.join(ROOT, 'apps/zsm/dist/app.module.js'));
const { resolvePostgres, resolveRedis } = await import('../infra/local/stack.mjs');

const arg = (naam, standaard) => {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? Number(process.argv[i + 1]) : standaard;
};
const RUNS = arg('runs', 3);
const GROOT = arg('groot', 100_000);
const GEMETEN = 100;

/** @param {number[]} xs @param {number} p */
function percentiel(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
const mediaan = (/** @type {number[]} */ xs) => percentiel(xs, 50);

/** @param {number} achtergrond @param {{ pgUrl: string, redisUrl: string }} stack */
async function scenario(achtergrond, stack) {
  process.env.KETENBEELD_TEST_DATABASE_URL = stack.pgUrl;
  const db = await maakTestDatabase('benchtermijn', stack.pgUrl);
  const env = await dienstTestEnv(db.url, {
    REDIS_URL: eigenRedisDatabase(stack.redisUrl).url,
    LOG_LEVEL: 'error',
  });
  const dienst = await startDienstVoorTest('zsm', (c) => AppModule.met(c), env);
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    const motor = dienst.app.get(TermijnMotor);
    if (achtergrond > 0) {
      // Bulk background load in one statement: pending deadlines due over the next 24 hours.
      await client.query(
        `INSERT INTO termijn (id, soort, onderwerp_type, onderwerp_id, organisatie, vervalt_op, oorspronkelijk_op, uitleg, payload,
                              status, volgende_alarm_op)
         SELECT gen_random_uuid(), 'GEBIEDSVERBOD', 'persoon', g::text, 'GEMEENTE', t, t, 'achtergrond', '{}'::jsonb, 'GEPLAND', t
           FROM generate_series(1, $1) g, LATERAL (SELECT now() + interval '10 minutes' + (g * interval '1 second' * 86400 / $1)) AS x(t)`,
        [achtergrond],
      );
      await client.query('ANALYZE termijn');
      await motor.stemAf();
    }
    const nu = Date.now();
    const ids = [];
    for (let i = 0; i < GEMETEN; i++) {
      const r = await motor.plan({
        soort: 'OPHOUDEN_VOOR_ONDERZOEK',
        onderwerpType: 'bench',
        onderwerpId: String(i),
        organisatie: 'OM',
        vervaltOp: new Date(nu + 3000 + i * 50),
        payload: { persoonId: '00000000-0000-4000-8000-000000000000', zsmZaak: `B-${i}` },
        regel: 'R14',
        uitleg: 'bench',
        waarschuwingenMs: [],
      });
      ids.push(r.id);
    }
    const tot = Date.now() + 60_000;
    for (;;) {
      const { rows } = await client.query(
        `SELECT count(*)::int n FROM termijn WHERE id = ANY($1) AND status = 'VERSTREKEN'`,
        [ids],
      );
      if (rows[0].n === GEMETEN) break;
      if (Date.now() > tot) throw new Error(`niet alle ${GEMETEN} termijnen verstreken binnen 60 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
    const { rows } = await client.query(
      `SELECT extract(epoch FROM (afgevuurd_op - vervalt_op)) * 1000 AS ms FROM termijn WHERE id = ANY($1)`,
      [ids],
    );
    const laat = rows.map((r) => Number(r.ms));
    const { rows: aantal } = await client.query(
      `SELECT count(*)::int n FROM termijn WHERE status IN ('GEPLAND','GEWAARSCHUWD')`,
    );
    return {
      p50: percentiel(laat, 50),
      p99: percentiel(laat, 99),
      max: Math.max(...laat),
      openstaand: aantal[0].n + GEMETEN,
    };
  } finally {
    await client.end();
    await dienst.close();
    await db.verwijder();
  }
}

const pgServer = await resolvePostgres({ log: () => {} });
const redisServer = await resolveRedis({ log: () => {} });
const stack = { pgUrl: pgServer.url, redisUrl: redisServer.url };
const resultaten = { klein: /** @type {any[]} */ ([]), groot: /** @type {any[]} */ ([]) };
try {
  for (let run = 1; run <= RUNS; run++) {
    resultaten.klein.push(await scenario(0, stack));
    resultaten.groot.push(await scenario(GROOT - GEMETEN, stack));
    console.error(
      `run ${run}: 100 → p99 ${resultaten.klein.at(-1).p99.toFixed(1)} ms; ${GROOT} → p99 ${resultaten.groot.at(-1).p99.toFixed(1)} ms`,
    );
  }
} finally {
  await redisServer.stop();
  await pgServer.stop();
}
const samenvatting = (/** @type {any[]} */ rs) => ({
  p50: mediaan(rs.map((r) => r.p50)),
  p99: mediaan(rs.map((r) => r.p99)),
  max: Math.max(...rs.map((r) => r.max)),
});
const klein = samenvatting(resultaten.klein);
const groot = samenvatting(resultaten.groot);
const rapport = {
  benchmark: 'termijnen-lateness',
  datum: new Date().toISOString(),
  runs: RUNS,
  gemeten: GEMETEN,
  openstaand: { klein: GEMETEN, groot: GROOT },
  lateMs: { klein, groot },
  verhoudingP99: groot.p99 / klein.p99,
  doel: 'p99 bij 100.000 ≤ 2× p99 bij 100, en < 1000 ms',
  ruwe: resultaten,
};
const md = `# Termijnen: lateness (afvuurmoment − vervalmoment)

${RUNS} runs, ${GEMETEN} gemeten termijnen per run; medianen over de runs. ${rapport.datum}

| openstaande termijnen | p50 (ms) | p99 (ms) | max (ms) |
|---|---|---|---|
| ${GEMETEN} | ${klein.p50.toFixed(1)} | ${klein.p99.toFixed(1)} | ${klein.max.toFixed(1)} |
| ${GROOT.toLocaleString('nl-NL')} | ${groot.p50.toFixed(1)} | ${groot.p99.toFixed(1)} | ${groot.max.toFixed(1)} |

Verhouding p99 (${GROOT.toLocaleString('nl-NL')} / ${GEMETEN}): **${rapport.verhoudingP99.toFixed(2)}×** (doel ≤ 2×, en p99 < 1 s).
`;
const dir = path.join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const stempel = rapport.datum.replace(/[:.]/g, '-');
writeFileSync(path.join(dir, `termijnen-lateness-${stempel}.json`), JSON.stringify(rapport, null, 2));
writeFileSync(path.join(dir, `termijnen-lateness-${stempel}.md`), md);
console.log(md);
process.exit(0);
