#!/usr/bin/env node
// @ts-check
/**
 * Benchmark: sustained `POST /v1/signalen` (with Idempotency-Key) against a pgbench baseline running
 * the equivalent transaction (person, signal, link, history, outbox and idempotency rows) on the
 * same PostgreSQL, in the same run. Then p50/p99 latency at half the measured service throughput
 * (fixed rate, so coordinated omission does not hide queueing). Three runs, medians.
 *
 *   npm run build && node bench/signaal-intake.mjs [--runs 3] [--seconden 10] [--verbindingen 16]
 *   (BENCH_ZONDER_RELAY=1 runs the service without its outbox relay, to see the relay's share)
 *
 * Needs pgbench (Debian: apt-get install postgresql-contrib, or the postgresql server package).
 * Writes bench/results/signaal-intake-<timestamp>.{json,md}. Not a test: no thresholds here.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { dienstTestEnv, maakTestDatabase, startDienstProces, testToken } = require('@ketenbeeld/testing');
const { resolvePostgres, resolveRedis } = await import('../infra/local/stack.mjs');

const arg = (naam, standaard) => {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? Number(process.argv[i + 1]) : standaard;
};
const RUNS = arg('runs', 3);
const SECONDEN = arg('seconden', 10);
const VERBINDINGEN = arg('verbindingen', 16);
const WORKERS = arg('workers', 1);
const mediaan = (/** @type {number[]} */ xs) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

const PGBENCH_SCRIPT = `
\\set n random(1, 1000000000)
BEGIN;
INSERT INTO persoon (id, naam, nationaliteit, naam_sleutels) VALUES (gen_random_uuid(), 'Bench Persoon', 'MAR', '{bnsh,prsn}') RETURNING id \\gset p_
INSERT INTO signaal (id, bron_organisatie, bron_referentie, categorie, ernst, omschrijving, tijdstip_incident, tijdstip_melding, locatie_code, geregistreerd_door, geregistreerd_door_organisatie)
  VALUES (gen_random_uuid(), 'POLITIE', 'PGB-' || :n || '-' || pg_backend_pid() || '-' || clock_timestamp(), 'WINKELDIEFSTAL', 2, 'bench', now(), now(), 'TER_APEL', 'u-pol-0001', 'POLITIE') RETURNING id \\gset s_
INSERT INTO signaal_persoon (signaal_id, persoon_id) VALUES (:s_id, :p_id);
INSERT INTO signaal_historie (signaal_id, versie, actie, door, door_organisatie) VALUES (:s_id, 1, 'GEREGISTREERD', 'u-pol-0001', 'POLITIE');
INSERT INTO outbox (id, naam, producent, payload, opgetreden_op) VALUES (gen_random_uuid(), 'signalen.signaal-geregistreerd.v1', 'signalen', '{"signaalId":"x"}', now());
INSERT INTO idempotentie (organisatie, sleutel, verzoek_hash, status_code, antwoord) VALUES ('POLITIE', gen_random_uuid()::text, 'h', 201, '{}');
COMMIT;
`;

/** @param {string} dbUrl */
function pgbench(dbUrl) {
  const bestand = path.join(tmpdir(), `kb-pgbench-${process.pid}.sql`);
  writeFileSync(bestand, PGBENCH_SCRIPT);
  const u = new URL(dbUrl);
  const r = spawnSync(
    'pgbench',
    [
      '-n',
      '-f',
      bestand,
      '-c',
      String(VERBINDINGEN),
      '-j',
      '2',
      '-T',
      String(SECONDEN),
      '-M',
      'prepared',
      '-h',
      u.hostname,
      '-p',
      u.port || '5432',
      '-U',
      decodeURIComponent(u.username || 'postgres'),
      u.pathname.slice(1),
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) },
    },
  );
  const tps = /tps = ([\d.]+)/.exec(r.stdout ?? '')?.[1];
  if (r.status !== 0 || !tps)
    throw new Error(`pgbench mislukte: ${r.stderr || r.stdout || r.error?.message}`);
  return Number(tps);
}

/** @param {string} url @param {string} token @param {{ rate?: number, duur: number }} o */
function belast(url, token, o) {
  let teller = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/v1/signalen`,
        method: 'POST',
        connections: VERBINDINGEN,
        duration: o.duur,
        ...(o.rate ? { overallRate: o.rate } : {}),
        requests: [
          {
            setupRequest: (req) => ({
              ...req,
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${token}`,
                'idempotency-key': randomUUID(),
              },
              body: JSON.stringify({
                bronOrganisatie: 'POLITIE',
                bronReferentie: `AC-${process.pid}-${Date.now()}-${++teller}`,
                categorie: 'WINKELDIEFSTAL',
                ernst: 2,
                omschrijving: 'bench',
                tijdstipIncident: new Date(Date.now() - 60_000).toISOString(),
                plaats: { locatieCode: 'TER_APEL' },
                personen: [{ naam: 'Bench Persoon', nationaliteit: 'MAR' }],
              }),
            }),
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
  });
}

const pgServer = await resolvePostgres({ log: () => {} });
const redisServer = await resolveRedis({ log: () => {} });
process.env.KETENBEELD_TEST_DATABASE_URL = pgServer.url;
const runs = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const db = await maakTestDatabase('benchintake', pgServer.url);
    const dienst = await startDienstProces(
      'signalen',
      await dienstTestEnv(db.url, {
        REDIS_URL: redisServer.url,
        LOG_LEVEL: 'error',
        WORKERS: String(WORKERS),
        ...(process.env.BENCH_ZONDER_RELAY ? { OUTBOX_RELAY: 'false' } : {}),
      }),
    );
    try {
      const token = await testToken('politie-melder', { geldigheidSeconden: 3600 });
      await belast(dienst.url, token, { duur: 3 }); // warm-up
      /** @type {any} */ const vol = await belast(dienst.url, token, { duur: SECONDEN });
      const dienstRps = vol['2xx'] / SECONDEN;
      const basis = pgbench(db.url);
      /** @type {any} */ const half = await belast(dienst.url, token, {
        duur: SECONDEN,
        rate: Math.max(1, Math.floor(dienstRps / 2)),
      });
      runs.push({
        dienstRps,
        pgbenchTps: basis,
        verhouding: dienstRps / basis,
        fouten: vol.non2xx + vol.errors,
        halveRate: Math.floor(dienstRps / 2),
        p50: half.latency.p50,
        p99: half.latency.p99,
      });
      console.error(
        `run ${run}: dienst ${dienstRps.toFixed(0)}/s, pgbench ${basis.toFixed(0)} tps, p99 bij halve rate ${half.latency.p99} ms`,
      );
    } finally {
      await dienst.stop();
      await db.verwijder();
    }
  }
} finally {
  await redisServer.stop();
  await pgServer.stop();
}
const m = (/** @type {string} */ k) => mediaan(runs.map((r) => r[k]));
const rapport = {
  benchmark: 'signaal-intake',
  datum: new Date().toISOString(),
  runs: RUNS,
  seconden: SECONDEN,
  verbindingen: VERBINDINGEN,
  dienstRps: m('dienstRps'),
  pgbenchTps: m('pgbenchTps'),
  verhouding: m('verhouding'),
  p50: m('p50'),
  p99: m('p99'),
  ruwe: runs,
  doel: 'doorvoer ≥ 0,4× pgbench; p99 bij de halve rate gerapporteerd',
};
const md = `# Signaalintake: POST /v1/signalen tegen pgbench

${RUNS} runs van ${SECONDEN} s, ${VERBINDINGEN} verbindingen; medianen. ${rapport.datum}

| | per seconde |
|---|---|
| POST /v1/signalen (met Idempotency-Key) | ${rapport.dienstRps.toFixed(0)} |
| pgbench, gelijkwaardige transactie | ${rapport.pgbenchTps.toFixed(0)} |
| verhouding | **${rapport.verhouding.toFixed(2)}×** (doel ≥ 0,4×) |

Latentie bij de halve rate (vaste rate): p50 ${rapport.p50} ms, p99 ${rapport.p99} ms.
`;
const dir = path.join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const stempel = rapport.datum.replace(/[:.]/g, '-');
writeFileSync(path.join(dir, `signaal-intake-${stempel}.json`), JSON.stringify(rapport, null, 2));
writeFileSync(path.join(dir, `signaal-intake-${stempel}.md`), md);
console.log(md);
process.exit(0);
