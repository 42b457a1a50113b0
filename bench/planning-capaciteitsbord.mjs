#!/usr/bin/env node
// @ts-check
/**
 * Benchmark: the planning capacity board at volume (issue 7). GraphQL
 * `capaciteitsbord(vanaf, weken: 12, locaties)` for 20 locations with 10,000 placements, against the
 * statements LocatieService.bord() runs for it, sent straight to the same PostgreSQL with
 * node-postgres, in the same run.
 *
 * The data: the migration's 9 locations plus 11 of our own (VTL/PBL/HTL/AZC) = 20, each with a
 * capacity history (a start value, and changes before and inside the period for some); then
 * --plaatsingen 10,000 placements in one INSERT … SELECT over generate_series, spread over the
 * locations (weighted by capacity) and the 12 weeks: mostly ACTIEF (started before the board's first
 * day) and GOEDGEKEURD/AANGEBODEN (starting within it), some BEEINDIGD, WACHTLIJST, VOORGESTELD and
 * AFGEWEZEN. Deterministic: setseed, ids from md5, a fixed first day (--vanaf, a Monday).
 *
 * The baseline is the service's own statements: LocatieService (the built
 * apps/planning/dist/locaties/locatie.service.js) is run once over a recording DataSource, which
 * hands over exactly what bord() sends (the location list, bordQuery() and the waiting-list count);
 * the baseline sends those, in parallel as bord() does, over a pg.Pool of the service's own size
 * (dataSourceOpties().extra.max from @ketenbeeld/platform). One definition: a change to the SQL in
 * the service changes the baseline with it.
 *
 *   a) throughput and latency under load: autocannon, --verbindingen 8 connections for --seconden 8 s,
 *      against 8 concurrent boards over the pool for the same time; req/s, p50, p99 (float ms per
 *      request, client side). Targets (reported, never asserted): service latency ≤ 3× the baseline
 *      (p50 and p99); the throughput ratio is reported alongside.
 *   b) one at a time (--sequentieel 60 requests, one connection): p50 and p99 of both.
 *   c) where the service's time goes: each statement alone; LocatieService.bord() run in this process
 *      over the pool (the service's code without HTTP, Nest, GraphQL and TypeORM); the CPU the service
 *      process and PostgreSQL spend per board during a); EXPLAIN ANALYZE of the board statement.
 *
 * First a cross-check per run: the service's answer and the baseline's rows must both equal a board
 * computed independently in JavaScript from the raw tables (placements, capacity history, locations).
 * A difference is printed and the benchmark exits with code 1 (as the other benchmarks do).
 *
 * Three runs (--runs), each on a fresh database, order of service and baseline alternating; medians.
 *
 *   npm run build -w @ketenbeeld/planning && node bench/planning-capaciteitsbord.mjs [--runs 3]
 *     [--seconden 8] [--verbindingen 8] [--plaatsingen 10000] [--weken 12] [--sequentieel 60]
 *     [--vanaf 2026-11-23]
 *
 * Writes bench/results/planning-capaciteitsbord-<timestamp>.{json,md}. Not a test: no thresholds here.
 */
import { availableParallelism } from 'node:os';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const {
  dienstTestEnv,
  maakTestDatabase,
  persona,
  startDienstProces,
  testToken,
} = require('@ketenbeeld/testing');
const LOCATIE_SOORT_LABEL = /** @type {Record<string, string>} */ (
  require('@ketenbeeld/domain').LOCATIE_SOORT_LABEL
);
const { dataSourceOpties } = require('@ketenbeeld/platform');
const { LocatieService, bordQuery, BEZETTENDE_STATUSSEN } = require(
  path.join(ROOT, 'apps', 'planning', 'dist', 'locaties', 'locatie.service.js'),
);
const { resolvePostgres, resolveRedis } = await import('../infra/local/stack.mjs');

const arg = (/** @type {string} */ naam, /** @type {number} */ standaard) => {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? Number(process.argv[i + 1]) : standaard;
};
const argTekst = (/** @type {string} */ naam, /** @type {string} */ standaard) => {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? String(process.argv[i + 1]) : standaard;
};
const RUNS = arg('runs', 3);
const SECONDEN = arg('seconden', 8);
const VERBINDINGEN = arg('verbindingen', 8);
const PLAATSINGEN = arg('plaatsingen', 10_000);
const WEKEN = arg('weken', 12);
const SEQUENTIEEL = arg('sequentieel', 60);
/** The board's first day: a fixed Monday, so that the seeded data is the same on every day it runs. */
const VANAF = argTekst('vanaf', '2026-11-23');
const OPWARMEN_SECONDEN = 2;
const OPWARMEN_SEQUENTIEEL = 10;
const N_STAPPEN = 30;
const PERSONA = 'dgm-analist';
/** The service's pool size (TypeORM `extra.max`), from the platform's one definition. */
const POOL = /** @type {any} */ (dataSourceOpties({ url: 'postgres://x/x', entities: [], migrations: [] }))
  .extra.max;

/** @param {number[]} xs @param {number} p */
function percentiel(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const mediaan = (/** @type {number[]} */ xs) => percentiel(xs, 50);

// ------------------------------------------------------------------------------------------ seed

/**
 * 11 locations on top of the migration's 9 (20 in all; the codes satisfy the table's check
 * ^[A-Z][A-Z0-9_]{1,29}$), with their start capacity. Fictitious for the benchmark.
 * @type {[code: string, naam: string, soort: string, regio: string, gemeente: string, capaciteit: number][]}
 */
const EXTRA_LOCATIES = [
  ['AZC_ZEVENAAR', 'Azc Zevenaar (bench)', 'AZC', 'Oost', 'Zevenaar', 500],
  ['AZC_GILZE_RIJEN', 'Azc Gilze en Rijen (bench)', 'AZC', 'Zuid', 'Gilze en Rijen', 350],
  ['AZC_MUSSELKANAAL', 'Azc Musselkanaal (bench)', 'AZC', 'Noord', 'Stadskanaal', 300],
  ['AZC_OOSTERHOUT', 'Azc Oosterhout (bench)', 'AZC', 'Zuid', 'Oosterhout', 450],
  ['AZC_WINTERSWIJK', 'Azc Winterswijk (bench)', 'AZC', 'Oost', 'Winterswijk', 250],
  ['AZC_AMSTERDAM', 'Azc Amsterdam (bench)', 'AZC', 'West', 'Amsterdam', 600],
  ['VTL_HOOGEVEEN', 'VTL Hoogeveen (bench)', 'VTL', 'Noord', 'Hoogeveen', 30],
  ['VTL_ZWOLLE', 'VTL Zwolle (bench)', 'VTL', 'Oost', 'Zwolle', 30],
  ['PBL_BUDEL', 'PBL Budel (bench)', 'PBL', 'Zuid', 'Cranendonck', 10],
  ['PBL_ZWOLLE', 'PBL Zwolle (bench)', 'PBL', 'Oost', 'Zwolle', 8],
  ['HTL_DEN_HELDER', 'HTL Den Helder (bench)', 'HTL', 'West', 'Den Helder', 40],
];

/**
 * Locations, capacity history and placements in a few set-based statements, each with its
 * parameters; the placements in one INSERT … SELECT over generate_series. $-parameters: the first
 * day of the board, the number of days, the number of placements.
 * @type {[string, unknown[]][]}
 */
const SEED = [
  [
    `INSERT INTO locatie (code, naam, soort, regio, gemeente)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
    [0, 1, 2, 3, 4].map((k) => EXTRA_LOCATIES.map((l) => l[k])),
  ],
  [
    `INSERT INTO locatie_capaciteit (locatie, geldig_vanaf, capaciteit, reden, gewijzigd_door)
     SELECT code, date '2025-01-01', capaciteit, 'Startwaarde (bench)', 'bench'
     FROM unnest($1::text[], $2::int[]) AS x (code, capaciteit)`,
    [EXTRA_LOCATIES.map((l) => l[0]), EXTRA_LOCATIES.map((l) => l[5])],
  ],
  // A capacity history: a change before the board's period for every third location, two inside it
  // (day 17 and day 52) for every second one; so the board's "latest row on or before the day" has
  // something to choose.
  [
    `WITH huidig AS (
       SELECT DISTINCT ON (locatie) locatie, capaciteit FROM locatie_capaciteit ORDER BY locatie, geldig_vanaf DESC
     ), genummerd AS (SELECT huidig.*, row_number() OVER (ORDER BY locatie) AS n FROM huidig)
     INSERT INTO locatie_capaciteit (locatie, geldig_vanaf, capaciteit, reden, gewijzigd_door)
     SELECT locatie, $1::date + w.dag, greatest(1, round(capaciteit * w.factor))::int, w.reden, 'bench'
     FROM genummerd
     CROSS JOIN (VALUES (-40, 0.9, 3, 'Tijdelijke sluiting vleugel (bench)'),
                        (17, 1.1, 2, 'Uitbreiding (bench)'),
                        (52, 0.95, 2, 'Renovatie (bench)')) AS w (dag, factor, elke, reden)
     WHERE n % w.elke = 0`,
    [VANAF],
  ],
  [`SELECT setseed(0.0707)`, []],
  [
    `WITH loc AS MATERIALIZED (
       SELECT locatie,
              sum(capaciteit) OVER (ORDER BY locatie) - capaciteit AS onder,
              sum(capaciteit) OVER (ORDER BY locatie) AS boven,
              sum(capaciteit) OVER () AS totaal
       FROM (SELECT DISTINCT ON (locatie) locatie, capaciteit FROM locatie_capaciteit
             WHERE geldig_vanaf <= $1::date ORDER BY locatie, geldig_vanaf DESC) c
     ), r AS MATERIALIZED (
       SELECT g, random() AS r_loc, random() AS r_status, random() AS r_van, random() AS r_duur,
              random() AS r_open, random() AS r_prio, random() AS r_door
       FROM generate_series(1, $3::int) g
     ), s AS MATERIALIZED (
       SELECT r.*, CASE
           WHEN r_status < 0.45 THEN 'ACTIEF'
           WHEN r_status < 0.68 THEN 'GOEDGEKEURD'
           WHEN r_status < 0.73 THEN 'AANGEBODEN'
           WHEN r_status < 0.85 THEN 'BEEINDIGD'
           WHEN r_status < 0.94 THEN 'WACHTLIJST'
           WHEN r_status < 0.97 THEN 'VOORGESTELD'
           ELSE 'AFGEWEZEN' END AS status
       FROM r
     ), d AS MATERIALIZED (
       SELECT s.*,
              $1::date + CASE
                WHEN status = 'ACTIEF' THEN -1 - floor(r_van * 90)::int
                WHEN status = 'BEEINDIGD' THEN -20 - floor(r_van * 120)::int
                ELSE floor(r_van * $2::int)::int END AS van,
              7 + floor(power(r_duur, 1.5) * 150)::int AS duur
       FROM s
     )
     INSERT INTO plaatsing (id, persoon_id, casus_id, locatie, status, van, tot, prioriteit, voorgesteld_door,
                            voorgesteld_op, wachtlijst_sinds, aangeboden_op, werkelijk_eind, eind_reden, toelichting)
     SELECT md5('bench-plaatsing-' || g)::uuid, md5('bench-persoon-' || (g % 9000))::uuid,
            md5('bench-casus-' || (g % 9000))::uuid, loc.locatie, status, van,
            CASE WHEN status IN ('ACTIEF', 'GOEDGEKEURD') AND r_open < 0.1 THEN NULL ELSE van + duur END,
            CASE WHEN r_prio < 0.15 THEN 1 WHEN r_prio < 0.80 THEN 2 ELSE 3 END,
            (ARRAY['u-ind-0001','u-coa-0001','u-dtv-0001'])[1 + floor(r_door * 3)::int],
            (van - 10)::timestamp AT TIME ZONE 'UTC',
            CASE WHEN status = 'WACHTLIJST'
                 THEN ($1::date - floor(r_door * 60)::int)::timestamp AT TIME ZONE 'UTC' + r_open * interval '1 day' END,
            CASE WHEN status = 'AANGEBODEN' THEN ($1::date - 1)::timestamp AT TIME ZONE 'UTC' END,
            CASE WHEN status = 'BEEINDIGD' THEN van + floor(duur * (0.3 + 0.7 * r_open))::int END,
            CASE WHEN status = 'BEEINDIGD' THEN 'Vertrokken (bench)' END,
            'bench'
     FROM d JOIN loc ON d.r_loc * loc.totaal >= loc.onder AND d.r_loc * loc.totaal < loc.boven`,
    [VANAF, WEKEN * 7, PLAATSINGEN],
  ],
  [`VACUUM (ANALYZE)`, []],
];

// ------------------------------------------------------------------------------------ the board

const BORD_GQL = `query Capaciteitsbord($vanaf: String, $weken: Int, $locaties: [String!]) {
  capaciteitsbord(vanaf: $vanaf, weken: $weken, locaties: $locaties) {
    locatie { code naam soort soortLabel regio gemeente capaciteit }
    dagen { datum capaciteit bezet vrij }
    wachtlijst
  }
}`;

/**
 * The statements LocatieService.bord() sends for `invoer`: the built service's own code, run over a
 * DataSource that records them (and returns no rows). In the order bord() starts them.
 * @param {any} actor @param {any} invoer @returns {Promise<{ sql: string, params: unknown[] | undefined }[]>}
 */
async function statementsVanBord(actor, invoer) {
  /** @type {{ sql: string, params: unknown[] | undefined }[]} */
  const vangst = [];
  const query = async (/** @type {string} */ sql, /** @type {unknown[] | undefined} */ params) => {
    vangst.push({ sql, params });
    return [];
  };
  await new LocatieService({ query, manager: { query } }).bord(actor, invoer);
  return vangst;
}

/** A DataSource over a pg.Pool for LocatieService (query → rows), as TypeORM's does for a SELECT. */
const dataSourceOver = (/** @type {pg.Pool} */ pool) => {
  const query = async (/** @type {string} */ sql, /** @type {unknown[] | undefined} */ params) =>
    (await pool.query(sql, params)).rows;
  return { query, manager: { query } };
};

/** The baseline: bord()'s statements, in parallel as bord() sends them, over the pool; the row sets. */
const basisBord = (
  /** @type {pg.Pool} */ pool,
  /** @type {{ sql: string, params: unknown[] | undefined }[]} */ st,
) => Promise.all(st.map((s) => pool.query(s.sql, s.params).then((r) => r.rows)));

/**
 * Which of bord()'s statements is which (the list, the board, the waiting list), to build an answer
 * from the baseline's rows for the cross-check. The board is the one equal to bordQuery().
 * @param {{ sql: string }[]} st
 */
function rollen(st) {
  const bord = st.findIndex((s) => s.sql === bordQuery());
  const wachtlijst = st.findIndex((s) => /'WACHTLIJST'/.test(s.sql));
  const lijst = st.findIndex((_, i) => i !== bord && i !== wachtlijst);
  if (st.length !== 3 || bord < 0 || wachtlijst < 0 || lijst < 0) {
    throw new Error(
      `LocatieService.bord() stuurt nu ${st.length} statements (verwacht: lijst, bordQuery(), wachtlijst); ` +
        `pas de basislijn van deze benchmark aan:\n${st.map((s) => s.sql.replace(/\s+/g, ' ').slice(0, 160)).join('\n')}`,
    );
  }
  return { lijst, bord, wachtlijst };
}

/** The GraphQL answer built from the baseline's rows (the mapping of bord() and the resolver). */
function antwoordUitBasis(/** @type {any[][]} */ sets, /** @type {ReturnType<typeof rollen>} */ r) {
  /** @type {Map<string, any[]>} */
  const perLocatie = new Map();
  for (const x of sets[r.bord]) {
    const l = perLocatie.get(x.code) ?? [];
    l.push({ datum: x.datum, capaciteit: x.capaciteit, bezet: x.bezet, vrij: x.capaciteit - x.bezet });
    perLocatie.set(x.code, l);
  }
  const wacht = new Map(sets[r.wachtlijst].map((w) => [w.locatie, w.aantal]));
  return sets[r.lijst]
    .filter((l) => perLocatie.has(l.code))
    .map((l) => ({
      locatie: { ...l, soortLabel: LOCATIE_SOORT_LABEL[l.soort] },
      dagen: perLocatie.get(l.code),
      wachtlijst: wacht.get(l.code) ?? 0,
    }));
}

const plusDagen = (/** @type {string} */ d, /** @type {number} */ n) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * The board computed independently in JavaScript from the raw tables: per location and day the
 * capacity row with the latest geldig_vanaf on or before the day (else 0), the placements holding
 * a place (BEZETTENDE_STATUSSEN) whose [van, tot] covers the day, the waiting list per location.
 * Locations in the service's order (soort, code), capacity "today" on `vandaag`.
 * @param {pg.Client} db @param {string[]} codes @param {string} vandaag
 */
async function referentieBord(db, codes, vandaag) {
  const locaties = (
    await db.query(`SELECT code, naam, soort, regio, gemeente FROM locatie ORDER BY soort, code`)
  ).rows.filter((l) => codes.includes(l.code));
  const cap = (
    await db.query(`SELECT locatie, geldig_vanaf::text AS vanaf, capaciteit FROM locatie_capaciteit`)
  ).rows;
  const pl = (await db.query(`SELECT locatie, status, van::text AS van, tot::text AS tot FROM plaatsing`))
    .rows;
  const capOp = (/** @type {string} */ code, /** @type {string} */ dag) => {
    let beste = null;
    for (const c of cap)
      if (c.locatie === code && c.vanaf <= dag && (!beste || c.vanaf > beste.vanaf)) beste = c;
    return beste ? beste.capaciteit : 0;
  };
  const bezettend = new Set(BEZETTENDE_STATUSSEN);
  const dagen = Array.from({ length: WEKEN * 7 }, (_, i) => plusDagen(VANAF, i));
  return locaties.map((l) => ({
    locatie: { ...l, capaciteit: capOp(l.code, vandaag), soortLabel: LOCATIE_SOORT_LABEL[l.soort] },
    dagen: dagen.map((dag) => {
      const capaciteit = capOp(l.code, dag);
      let bezet = 0;
      for (const p of pl)
        if (
          p.locatie === l.code &&
          bezettend.has(p.status) &&
          p.van <= dag &&
          (p.tot === null || p.tot >= dag)
        )
          bezet++;
      return { datum: dag, capaciteit, bezet, vrij: capaciteit - bezet };
    }),
    wachtlijst: pl.filter((p) => p.locatie === l.code && p.status === 'WACHTLIJST').length,
  }));
}

/** Paths where `a` and `b` differ (numbers compared exactly). @returns {string[]} */
function verschillen(/** @type {any} */ a, /** @type {any} */ b, pad = '') {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b))
      return [`${pad}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
    const uit = a.length !== b.length ? [`${pad}.length: ${a.length} ≠ ${b.length}`] : [];
    for (let i = 0; i < Math.min(a.length, b.length); i++)
      uit.push(...verschillen(a[i], b[i], `${pad}[${i}]`));
    return uit;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const sleutels = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...sleutels].flatMap((k) => verschillen(a[k], b[k], pad ? `${pad}.${k}` : k));
  }
  return Object.is(a, b) ? [] : [`${pad}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}

/** @param {string} wat @param {unknown} gekregen @param {unknown} referentie */
function controleer(wat, gekregen, referentie) {
  const v = verschillen(gekregen, referentie);
  if (v.length) {
    console.error(`\nVERSCHIL (${wat} ≠ referentie) op ${v.length} plaatsen:`);
    for (const regel of v.slice(0, 25)) console.error(`  ${regel}`);
    if (v.length > 25) console.error(`  … en nog ${v.length - 25}`);
    return false;
  }
  return true;
}

/** @param {string} url @param {string} token @param {Record<string, unknown>} variables */
async function gql(url, token, variables) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'ketenbeeld-doel': 'CASUSREGIE',
    },
    body: JSON.stringify({ query: BORD_GQL, variables }),
  });
  const tekst = await r.text();
  const body = /** @type {any} */ (JSON.parse(tekst));
  if (r.status !== 200 || body.errors?.length) {
    throw new Error(`GraphQL ${r.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return { data: body.data, bytes: Buffer.byteLength(tekst) };
}

// ------------------------------------------------------------------------------------ measuring

/**
 * autocannon against the service: the same board request on every connection. Latencies from every
 * response (float ms); status codes and response sizes counted (a GraphQL error would be a 200 of
 * another size).
 * @param {string} url @param {string} token @param {Record<string, unknown>} variables
 * @param {{ duur?: number, aantal?: number, verbindingen: number }} o
 */
function belast(url, token, variables, o) {
  /** @type {number[]} */ const latenties = [];
  /** @type {Record<string, number>} */ const statussen = {};
  /** @type {Map<number, number>} */ const groottes = new Map();
  return new Promise((resolve, reject) => {
    const instantie = autocannon(
      {
        url: `${url}/graphql`,
        method: 'POST',
        connections: o.verbindingen,
        ...(o.aantal ? { amount: o.aantal } : { duration: o.duur }),
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'ketenbeeld-doel': 'CASUSREGIE',
        },
        body: JSON.stringify({ query: BORD_GQL, variables }),
      },
      (/** @type {any} */ err, /** @type {any} */ res) => {
        if (err) return reject(err);
        const ok = latenties.length;
        const meest = [...groottes.entries()].sort((a, b) => b[1] - a[1])[0];
        resolve({
          duurSeconden: res.duration,
          ok: res['2xx'],
          statussen,
          fouten: res.errors + res.timeouts,
          andereGrootte: meest ? ok - meest[1] : 0,
          rps: res['2xx'] / (o.duur ?? res.duration),
          p50: ok ? percentiel(latenties, 50) : NaN,
          p99: ok ? percentiel(latenties, 99) : NaN,
        });
      },
    );
    instantie.on(
      'response',
      (
        /** @type {any} */ _c,
        /** @type {number} */ status,
        /** @type {number} */ bytes,
        /** @type {number} */ ms,
      ) => {
        statussen[status] = (statussen[status] ?? 0) + 1;
        if (status >= 200 && status < 300) {
          latenties.push(ms);
          groottes.set(bytes, (groottes.get(bytes) ?? 0) + 1);
        }
      },
    );
  });
}

/**
 * The baseline: `gelijktijdig` loops, each sending bord()'s statements (in parallel) back to back
 * over the pool, for `duur` s (or `aantal` boards in all).
 * @param {pg.Pool} pool @param {{ sql: string, params: unknown[] | undefined }[]} st
 * @param {{ duur?: number, aantal?: number, gelijktijdig: number }} o
 */
async function basislijn(pool, st, o) {
  /** @type {number[]} */ const latenties = [];
  const start = performance.now();
  const eind = o.duur ? start + o.duur * 1000 : Infinity;
  let gestart = 0;
  await Promise.all(
    Array.from({ length: o.gelijktijdig }, async () => {
      while (performance.now() < eind && (!o.aantal || gestart < o.aantal)) {
        gestart++;
        const t = performance.now();
        await basisBord(pool, st);
        latenties.push(performance.now() - t);
      }
    }),
  );
  const duurSeconden = (performance.now() - start) / 1000;
  return {
    duurSeconden,
    ok: latenties.length,
    rps: latenties.length / duurSeconden,
    p50: percentiel(latenties, 50),
    p99: percentiel(latenties, 99),
  };
}

/**
 * @param {() => Promise<unknown>} fn @param {number} n @param {number} opwarmen
 */
async function meetSequentieel(fn, n, opwarmen) {
  for (let i = 0; i < opwarmen; i++) await fn();
  /** @type {number[]} */ const tijden = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    tijden.push(performance.now() - t);
  }
  return mediaan(tijden);
}

/** CPU seconds used so far by every process (Linux /proc; null elsewhere). @returns {Map<number, number> | null} */
function cpuPerProces() {
  try {
    const uit = new Map();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const st = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const na = st.slice(st.lastIndexOf(')') + 2).split(' ');
        uit.set(Number(pid), (Number(na[11]) + Number(na[12])) / 100);
      } catch {
        /* gone in the meantime */
      }
    }
    return uit;
  } catch {
    return null;
  }
}

/**
 * Run `fn` and return its result with the cores (CPU s per s) used meanwhile by: this process
 * (load generator or baseline client), the service process, the PostgreSQL backends of this
 * database, and everything else on the machine (other work: noise).
 * @template T @param {pg.Client} db @param {number | undefined} dienstPid @param {() => Promise<T>} fn
 */
async function metCpu(db, dienstPid, fn) {
  const backends = async () =>
    (await db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`)).rows.map(
      (r) => r.pid,
    );
  const voor = await backends();
  const c0 = cpuPerProces();
  const t0 = performance.now();
  const r = await fn();
  const s = (performance.now() - t0) / 1000;
  const c1 = cpuPerProces();
  const eigen = new Set([...voor, ...(await backends())]);
  if (!c0 || !c1) return { ...r, cpu: null };
  const cpu = { bench: 0, dienst: 0, postgres: 0, anders: 0 };
  for (const [pid, sec] of c1) {
    const groep =
      pid === process.pid ? 'bench' : pid === dienstPid ? 'dienst' : eigen.has(pid) ? 'postgres' : 'anders';
    cpu[groep] += (sec - (c0.get(pid) ?? 0)) / s;
  }
  return { ...r, cpu };
}

// ------------------------------------------------------------------------------------------ main

const pgServer = await resolvePostgres({ log: () => {} });
const redisServer = await resolveRedis({ log: () => {} });
process.env.KETENBEELD_TEST_DATABASE_URL = pgServer.url;
const token = await testToken(PERSONA, { geldigheidSeconden: 3600 });
const actor = persona(PERSONA);

/** @type {any[]} */
const runs = [];
let gelijk = true;
/** @type {any} */
let plan = null;
try {
  for (let run = 1; run <= RUNS && gelijk; run++) {
    const db = await maakTestDatabase('benchplanning', pgServer.url);
    const dienst = await startDienstProces(
      'planning',
      await dienstTestEnv(db.url, { REDIS_URL: redisServer.url, LOG_LEVEL: 'error' }),
      60_000,
    ).catch(async (/** @type {unknown} */ e) => {
      await db.verwijder(); // the service did not start: leave no database behind
      throw e;
    });
    const client = new pg.Client({ connectionString: db.url, application_name: 'bench-basislijn' });
    await client.connect();
    const pool = new pg.Pool({ connectionString: db.url, max: POOL, application_name: 'bench-basislijn' });
    try {
      const tZaai = performance.now();
      for (const [sql, params] of SEED) await client.query(sql, params);
      const zaaiSeconden = (performance.now() - tZaai) / 1000;
      const { rows: tel } = await client.query(
        `SELECT (SELECT count(*)::int FROM locatie) AS locaties,
                (SELECT count(*)::int FROM locatie_capaciteit) AS capaciteitsrijen,
                (SELECT count(*)::int FROM plaatsing) AS plaatsingen,
                (SELECT json_object_agg(status, n ORDER BY status) FROM
                   (SELECT status, count(*)::int AS n FROM plaatsing GROUP BY status) s) AS per_status`,
      );
      const aantallen = tel[0];
      /** @type {string[]} */
      const codes = (await client.query(`SELECT code FROM locatie ORDER BY code`)).rows.map((r) => r.code);
      console.error(
        `run ${run}: ${aantallen.locaties} locaties (${aantallen.capaciteitsrijen} capaciteitsrijen), ` +
          `${aantallen.plaatsingen} plaatsingen ${JSON.stringify(aantallen.per_status)} gezaaid in ${zaaiSeconden.toFixed(1)} s`,
      );

      const variabelen = { vanaf: VANAF, weken: WEKEN, locaties: codes };
      const st = await statementsVanBord(actor, variabelen);
      const r = rollen(st);

      // Cross-check: service and baseline against the board computed in JavaScript from the tables.
      const vandaag = /** @type {string} */ (st[r.lijst].params?.[0]);
      const referentie = await referentieBord(client, codes, vandaag);
      const { data, bytes } = await gql(dienst.url, token, variabelen);
      gelijk = controleer('dienst', data.capaciteitsbord, referentie) && gelijk;
      gelijk = controleer('basislijn', antwoordUitBasis(await basisBord(pool, st), r), referentie) && gelijk;
      if (!gelijk) continue; // (after the cleanup below; no further runs)
      const dagen = referentie.reduce((s, l) => s + l.dagen.length, 0);
      const bezetDagen = referentie.reduce((s, l) => s + l.dagen.reduce((t, d) => t + d.bezet, 0), 0);
      const overbezet = referentie.reduce((s, l) => s + l.dagen.filter((d) => d.vrij < 0).length, 0);
      const bord = { rijen: referentie.length, dagen, bezetDagen, overbezet, antwoordBytes: bytes };
      console.error(
        `  kruiscontrole: dienst en basislijn gelijk aan de referentie (${bord.rijen} locaties × ${WEKEN * 7} dagen, ` +
          `${bezetDagen} bezette plaatsdagen, ${overbezet} overbezette dagen; antwoord ${(bytes / 1024).toFixed(0)} KiB)`,
      );

      // a) under load, order alternating per run.
      /** @type {any} */ let d;
      /** @type {any} */ let b;
      const meetDienst = async () => {
        await belast(dienst.url, token, variabelen, { duur: OPWARMEN_SECONDEN, verbindingen: VERBINDINGEN });
        d = await metCpu(client, dienst.proces.pid, () =>
          belast(dienst.url, token, variabelen, { duur: SECONDEN, verbindingen: VERBINDINGEN }),
        );
      };
      const meetBasis = async () => {
        await basislijn(pool, st, { duur: OPWARMEN_SECONDEN, gelijktijdig: VERBINDINGEN });
        b = await metCpu(client, dienst.proces.pid, () =>
          basislijn(pool, st, { duur: SECONDEN, gelijktijdig: VERBINDINGEN }),
        );
      };
      if (run % 2 === 1) {
        await meetDienst();
        await meetBasis();
      } else {
        await meetBasis();
        await meetDienst();
      }
      const niet2xx = Object.entries(d.statussen)
        .filter(([s]) => !s.startsWith('2'))
        .reduce((som, [, n]) => som + Number(n), 0);

      // b) one at a time.
      await belast(dienst.url, token, variabelen, { aantal: OPWARMEN_SEQUENTIEEL, verbindingen: 1 });
      const dSeq = await belast(dienst.url, token, variabelen, { aantal: SEQUENTIEEL, verbindingen: 1 });
      await basislijn(pool, st, { aantal: OPWARMEN_SEQUENTIEEL, gelijktijdig: 1 });
      const bSeq = await basislijn(pool, st, { aantal: SEQUENTIEEL, gelijktijdig: 1 });

      // c) where the time goes: each statement alone, bord() in this process, the board's plan.
      /** @type {Record<string, number>} */
      const stappen = {};
      for (const [naam, i] of Object.entries(r)) {
        stappen[naam] = await meetSequentieel(() => pool.query(st[i].sql, st[i].params), N_STAPPEN, 3);
      }
      const inProces = new LocatieService(dataSourceOver(pool));
      stappen.bordInProces = await meetSequentieel(() => inProces.bord(actor, variabelen), N_STAPPEN, 3);
      const { rows: uitleg } = await client.query(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${st[r.bord].sql}`,
        st[r.bord].params,
      );
      const u = uitleg[0]['QUERY PLAN'][0];
      stappen.bordUitvoering = u['Execution Time'];
      stappen.bordPlanning = u['Planning Time'];
      const jit = u.JIT ? (u.JIT.Timing?.Total ?? null) : null;
      if (!plan) {
        const { rows: tekst } = await client.query(
          `EXPLAIN (ANALYZE, BUFFERS) ${st[r.bord].sql}`,
          st[r.bord].params,
        );
        plan = tekst.map((x) => x['QUERY PLAN']).join('\n');
      }

      const meting = {
        run,
        zaaiSeconden,
        aantallen,
        bord,
        dienst: { ...d, niet2xx },
        basis: b,
        doorvoerVerhouding: d.rps / b.rps,
        p50Verhouding: d.p50 / b.p50,
        p99Verhouding: d.p99 / b.p99,
        sequentieel: {
          dienst: { p50: dSeq.p50, p99: dSeq.p99 },
          basis: { p50: bSeq.p50, p99: bSeq.p99 },
          p50Verhouding: dSeq.p50 / bSeq.p50,
          p99Verhouding: dSeq.p99 / bSeq.p99,
        },
        stappen: { ...stappen, jit },
        /** CPU ms per board (service process, PostgreSQL, the load generator / baseline client). */
        cpuPerBord: d.cpu && {
          dienst: {
            dienst: (d.cpu.dienst / d.rps) * 1000,
            postgres: (d.cpu.postgres / d.rps) * 1000,
            bench: (d.cpu.bench / d.rps) * 1000,
          },
          basis: { postgres: (b.cpu.postgres / b.rps) * 1000, bench: (b.cpu.bench / b.rps) * 1000 },
        },
        /** Cores used by other processes on this machine during the two timed windows (noise). */
        andereKernen: d.cpu && Math.max(d.cpu.anders, b.cpu.anders),
      };
      runs.push(meting);
      console.error(
        `  onder last: dienst ${d.rps.toFixed(1)}/s (p50 ${d.p50.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms, ${niet2xx} niet-2xx, ` +
          `${d.andereGrootte} afwijkend), basislijn ${b.rps.toFixed(1)}/s (p50 ${b.p50.toFixed(1)} ms, p99 ${b.p99.toFixed(1)} ms) → ` +
          `doorvoer ${meting.doorvoerVerhouding.toFixed(2)}×, p50 ${meting.p50Verhouding.toFixed(2)}×, p99 ${meting.p99Verhouding.toFixed(2)}×`,
      );
      console.error(
        `  één tegelijk: dienst p50 ${dSeq.p50.toFixed(1)} ms (p99 ${dSeq.p99.toFixed(1)}), basislijn p50 ${bSeq.p50.toFixed(1)} ms ` +
          `(p99 ${bSeq.p99.toFixed(1)}) → ${meting.sequentieel.p50Verhouding.toFixed(2)}×; stappen: ` +
          `${Object.entries(meting.stappen)
            .filter(([, v]) => typeof v === 'number')
            .map(([k, v]) => `${k} ${/** @type {number} */ (v).toFixed(1)}`)
            .join(', ')} ms`,
      );
      if (meting.cpuPerBord) {
        const c = meting.cpuPerBord;
        console.error(
          `  CPU per bord: dienst ${c.dienst.dienst.toFixed(1)} ms + PostgreSQL ${c.dienst.postgres.toFixed(1)} ms ` +
            `(autocannon ${c.dienst.bench.toFixed(1)} ms); basislijn PostgreSQL ${c.basis.postgres.toFixed(1)} ms + ` +
            `node-postgres ${c.basis.bench.toFixed(1)} ms; andere processen ${meting.andereKernen.toFixed(2)} kernen`,
        );
      }
    } catch (e) {
      console.error(dienst.uitvoer().slice(-4000));
      throw e;
    } finally {
      await pool.end();
      await client.end();
      await dienst.stop();
      await db.verwijder();
    }
  }
} finally {
  await redisServer.stop();
  await pgServer.stop();
}
if (!gelijk) {
  console.error('\nDe dienst of de SQL-basislijn wijkt af van de referentie: geen rapport geschreven.');
  process.exit(1);
}

const m = (/** @type {(r: any) => number} */ f) => mediaan(runs.map(f));
const STAP_NAMEN = ['lijst', 'bord', 'wachtlijst', 'bordInProces', 'bordUitvoering', 'bordPlanning'];
const rapport = {
  benchmark: 'planning-capaciteitsbord',
  datum: new Date().toISOString(),
  runs: RUNS,
  seconden: SECONDEN,
  verbindingen: VERBINDINGEN,
  pool: POOL,
  persona: PERSONA,
  vanaf: VANAF,
  weken: WEKEN,
  aantallen: runs[0].aantallen,
  bord: runs[0].bord,
  dienst: {
    rps: m((r) => r.dienst.rps),
    p50: m((r) => r.dienst.p50),
    p99: m((r) => r.dienst.p99),
    niet2xx: runs.reduce((s, r) => s + r.dienst.niet2xx, 0),
    fouten: runs.reduce((s, r) => s + r.dienst.fouten, 0),
    andereGrootte: runs.reduce((s, r) => s + r.dienst.andereGrootte, 0),
  },
  basis: { rps: m((r) => r.basis.rps), p50: m((r) => r.basis.p50), p99: m((r) => r.basis.p99) },
  doorvoerVerhouding: m((r) => r.doorvoerVerhouding),
  p50Verhouding: m((r) => r.p50Verhouding),
  p99Verhouding: m((r) => r.p99Verhouding),
  sequentieel: {
    dienst: { p50: m((r) => r.sequentieel.dienst.p50), p99: m((r) => r.sequentieel.dienst.p99) },
    basis: { p50: m((r) => r.sequentieel.basis.p50), p99: m((r) => r.sequentieel.basis.p99) },
    p50Verhouding: m((r) => r.sequentieel.p50Verhouding),
    p99Verhouding: m((r) => r.sequentieel.p99Verhouding),
  },
  stappen: /** @type {Record<string, number> & { jit: number | null }} */ ({
    ...Object.fromEntries(STAP_NAMEN.map((s) => [s, m((r) => r.stappen[s])])),
    jit: runs[0].stappen.jit,
  }),
  kernen: availableParallelism(),
  cpuPerBord: runs[0].cpuPerBord && {
    dienst: {
      dienst: m((r) => r.cpuPerBord.dienst.dienst),
      postgres: m((r) => r.cpuPerBord.dienst.postgres),
      bench: m((r) => r.cpuPerBord.dienst.bench),
    },
    basis: {
      postgres: m((r) => r.cpuPerBord.basis.postgres),
      bench: m((r) => r.cpuPerBord.basis.bench),
    },
  },
  andereKernenMax: runs[0].cpuPerBord ? Math.max(...runs.map((r) => r.andereKernen)) : null,
  kruiscontrole:
    'gelijk: het antwoord van de dienst en de rijen van de basislijn zijn gelijk aan het bord dat in JavaScript uit de tabellen is berekend',
  plan,
  ruwe: runs,
  doel: 'latentie dienst ≤ 3× de SQL-basislijn (p50 en p99); doorvoerverhouding gerapporteerd (gerapporteerd, niet geëist)',
};
const ms = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
const x = (/** @type {number} */ v) => `**${v.toFixed(2)}×**`;
const a0 = rapport.aantallen;
const b0 = rapport.bord;
const st = rapport.stappen;
const c = rapport.cpuPerBord;
const perStatus = Object.entries(a0.per_status)
  .map(([s, n]) => `${s} ${Number(n).toLocaleString('en')}`)
  .join(', ');
const cpuRegel = c
  ? `CPU per bord onder last (mediaan; ${rapport.kernen} kernen voor dienst, PostgreSQL en lastgenerator samen): dienst ${c.dienst.dienst.toFixed(1)} ms in het dienstproces + ${c.dienst.postgres.toFixed(1)} ms PostgreSQL (autocannon ${c.dienst.bench.toFixed(1)} ms); basislijn ${c.basis.postgres.toFixed(1)} ms PostgreSQL + ${c.basis.bench.toFixed(1)} ms node-postgres. Andere processen op de machine tijdens de metingen: hoogstens ${(rapport.andereKernenMax ?? 0).toFixed(2)} kernen${(rapport.andereKernenMax ?? 0) > 0.2 ? ' — **de machine was niet stil; de getallen zijn verstoord**' : ''}.\n\n`
  : '';
const md = `# Planning: capaciteitsbord tegen SQL

\`capaciteitsbord(vanaf: "${VANAF}", weken: ${WEKEN}, locaties: [${b0.rijen} codes])\`: ${a0.locaties} locaties (${a0.capaciteitsrijen} capaciteitsrijen), ${a0.plaatsingen.toLocaleString('en')} plaatsingen (${perStatus}); het bord: ${b0.rijen} × ${WEKEN * 7} dagen, ${b0.bezetDagen.toLocaleString('en')} bezette plaatsdagen, ${b0.overbezet} overbezette dagen, antwoord ${(b0.antwoordBytes / 1024).toFixed(0)} KiB. Persona ${PERSONA}. ${RUNS} runs van ${SECONDEN} s met ${VERBINDINGEN} verbindingen (dienst: autocannon; basislijn: ${VERBINDINGEN} gelijktijdig over een pool van ${POOL}, de poolgrootte van de dienst), elk op een verse database, volgorde wisselend; medianen over de runs. ${rapport.datum}

| onder last (${VERBINDINGEN} verbindingen) | per seconde | p50 | p99 |
|---|---|---|---|
| GraphQL \`capaciteitsbord\` | ${rapport.dienst.rps.toFixed(1)} | ${ms(rapport.dienst.p50)} | ${ms(rapport.dienst.p99)} |
| SQL-basislijn, dezelfde 3 statements parallel | ${rapport.basis.rps.toFixed(1)} | ${ms(rapport.basis.p50)} | ${ms(rapport.basis.p99)} |
| dienst / basislijn | ${x(rapport.doorvoerVerhouding)} | ${x(rapport.p50Verhouding)} (doel ≤ 3×) | ${x(rapport.p99Verhouding)} (doel ≤ 3×) |

| één tegelijk (${SEQUENTIEEL} verzoeken) | p50 | p99 |
|---|---|---|
| GraphQL \`capaciteitsbord\` | ${ms(rapport.sequentieel.dienst.p50)} | ${ms(rapport.sequentieel.dienst.p99)} |
| SQL-basislijn | ${ms(rapport.sequentieel.basis.p50)} | ${ms(rapport.sequentieel.basis.p99)} |
| dienst / basislijn | ${x(rapport.sequentieel.p50Verhouding)} | ${x(rapport.sequentieel.p99Verhouding)} |

Waar de tijd heen gaat (één tegelijk, mediaan, inclusief rondreis): de statements los — locatielijst ${ms(st.lijst)}, bordQuery() ${ms(st.bord)} (EXPLAIN ANALYZE: uitvoering ${ms(st.bordUitvoering)}, planning ${ms(st.bordPlanning)}${st.jit !== null ? `, JIT ${ms(st.jit)}` : ', geen JIT'}), wachtlijst ${ms(st.wachtlijst)}; LocatieService.bord() in het benchmarkproces over de pool (de code van de dienst zonder HTTP, Nest, GraphQL en TypeORM) ${ms(st.bordInProces)}; de dienst over HTTP ${ms(rapport.sequentieel.dienst.p50)}.

${cpuRegel}Verzoeken van de dienst die geen 2xx gaven: ${rapport.dienst.niet2xx}; met een andere antwoordgrootte dan gewoonlijk (bijv. een GraphQL-fout): ${rapport.dienst.andereGrootte}; verbindingsfouten: ${rapport.dienst.fouten}.

Kruiscontrole (per run, vóór het meten): het antwoord van de dienst en het antwoord uit de rijen van de basislijn zijn gelijk aan het bord dat de benchmark in JavaScript uit de tabellen berekent (capaciteit per dag uit de historie, bezetting uit de plaatsingen die een plaats houden, wachtlijst per locatie).

Doel: latentie dienst ≤ 3× de basislijn, p50 en p99 (gerapporteerd, niet geëist). De basislijn stuurt precies de statements die LocatieService.bord() stuurt (de ingebouwde dienstcode op een DataSource die ze opneemt: locatielijst, bordQuery(), wachtlijsttelling), parallel zoals bord() dat doet, via node-postgres.
`;
const dir = path.join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const stempel = rapport.datum.replace(/[:.]/g, '-');
writeFileSync(path.join(dir, `planning-capaciteitsbord-${stempel}.json`), JSON.stringify(rapport, null, 2));
writeFileSync(path.join(dir, `planning-capaciteitsbord-${stempel}.md`), md);
console.log(md);
process.exit(0);
