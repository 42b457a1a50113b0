#!/usr/bin/env node
// @ts-check
/**
 * Benchmark: casusregie reads at volume. 100,000 synthetic cases (three years of aanmeldingen, with
 * outcomes, appeals, actions and signals) seeded straight into a fresh database with a handful of
 * INSERT … SELECT statements; the built casusregie service runs on it as its own process. Measured
 * for a persona who sees every case through need-to-know (ind-procesregisseur: IND takes part in all):
 *
 *   a) the case list, GraphQL `casussen(eerste: 50)` over HTTP, against the very SQL the service runs
 *      for it (the list with its two counter sub-selects, then the count), sent with node-postgres;
 *   b) the same with `filter: { achterstallig: true }`;
 *   c) the figures, GraphQL `verantwoording` over the last three years, against the same figures
 *      computed in SQL (aggregates only). The baseline's numbers must equal the service's: a
 *      mismatch is printed and the benchmark exits with code 1 (so this also cross-checks the
 *      service's pure rule against an independent SQL definition; the query asks for every figure,
 *      not only those a dashboard shows, so all are compared). The split of the service's time
 *      (its SQL through node-postgres; the pure rule on those rows) is reported alongside.
 *
 * Per measurement: warm-up, then N sequential requests (--lijst 30, --cijfers 10); median and p95.
 * Three runs (--runs), each on a fresh database; medians across runs.
 *
 *   npm run build && node bench/casusregie.mjs [--runs 3] [--casussen 100000] [--lijst 30] [--cijfers 10]
 *
 * Writes bench/results/casusregie-<timestamp>.{json,md}. Not a test: no thresholds here (the target,
 * service ≤ 3× the SQL baseline, is reported, never asserted).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { dienstTestEnv, maakTestDatabase, startDienstProces, testToken } = require('@ketenbeeld/testing');
const { berekenVerantwoording } = require('@ketenbeeld/domain');
const { resolvePostgres, resolveRedis } = await import('../infra/local/stack.mjs');

const arg = (/** @type {string} */ naam, /** @type {number} */ standaard) => {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? Number(process.argv[i + 1]) : standaard;
};
const RUNS = arg('runs', 3);
const CASUSSEN = arg('casussen', 100_000);
const N_LIJST = arg('lijst', 30);
const N_CIJFERS = arg('cijfers', 10);
const OPWARMEN = { lijst: 5, cijfers: 2 };
const PERSONA = 'ind-procesregisseur';
const ORGANISATIE = 'IND';

/** @param {number[]} xs @param {number} p */
function percentiel(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const mediaan = (/** @type {number[]} */ xs) => percentiel(xs, 50);

// ------------------------------------------------------------------------------------------ seed

/**
 * 100,000 cases and what hangs off them, in a few set-based statements. Every case has its own
 * persoon_id (the unique partial index allows one open case per person); `open` is generated.
 * Timestamps are whole milliseconds, as a JavaScript Date holds them, so the lead times the service
 * computes from Dates and those PostgreSQL computes are the same numbers.
 */
const SEED = [
  `SELECT setseed(0.4242)`,
  `WITH r AS MATERIALIZED (
     SELECT g, random() AS r_status, random() AS r_spoor, random() AS r_land, random() AS r_loc,
            random() AS r_tijd, random() AS r_lead, random() AS r_pr, random() AS r_deel, random() AS r_x
     FROM generate_series(1, $1::int) g
   ),
   s AS MATERIALIZED (
     SELECT r.*, CASE
         WHEN r_status < 0.65 THEN 'AFGEROND'
         WHEN r_status < 0.70 THEN 'AANGEMELD'
         WHEN r_status < 0.76 THEN 'IN_BEOORDELING'
         WHEN r_status < 0.88 THEN 'IN_REGIE'
         WHEN r_status < 0.90 THEN 'HEROPEND'
         WHEN r_status < 0.96 THEN 'NIET_GESCHIKT'
         ELSE 'DOORVERWEZEN' END AS status
     FROM r
   ),
   t AS MATERIALIZED (
     SELECT s.*, date_trunc('milliseconds', now() - CASE
         WHEN status IN ('AANGEMELD', 'IN_BEOORDELING', 'IN_REGIE', 'HEROPEND')
           THEN power(r_tijd, 2) * interval '540 days'
         ELSE r_tijd * interval '1125 days' END) AS aangemeld_op
     FROM s
   ),
   a AS MATERIALIZED (
     SELECT t.*, CASE
         WHEN status = 'AFGEROND'
           THEN date_trunc('milliseconds', aangemeld_op
                  + least((7 + power(r_lead, 1.5) * 240) * interval '1 day', (now() - aangemeld_op) * 0.95))
         WHEN status IN ('NIET_GESCHIKT', 'DOORVERWEZEN')
           THEN date_trunc('milliseconds', aangemeld_op
                  + least((1 + r_lead * 14) * interval '1 day', (now() - aangemeld_op) * 0.95))
         END AS afgerond_op
     FROM t
   )
   INSERT INTO casus (id, persoon_id, status, spoor, kansarm, land, locatie_code, procedurefase,
                      procesregisseur_sub, procesregisseur_naam, procesregisseur_organisatie, deelnemers,
                      doorverwezen_naar, aangemeld_op, afgerond_op, bijgewerkt_op, versie)
   SELECT gen_random_uuid(), gen_random_uuid(), status,
          CASE WHEN r_spoor < 0.15 THEN 1 WHEN r_spoor < 0.60 THEN 2 WHEN r_spoor < 0.90 THEN 4 END,
          CASE WHEN r_x < 0.1 THEN NULL ELSE r_x < 0.4 END,
          CASE WHEN r_land < 0.05 THEN NULL
               ELSE (ARRAY['MAR','DZA','TUN','LBY','SYR','AFG','ERI','TUR','NGA','GEO','IRQ','YEM','SOM','EGY','SDN','ALB'])
                      [1 + floor(power((r_land - 0.05) / 0.95, 1.7) * 16)::int] END,
          CASE WHEN r_loc < 0.45 THEN 'TER_APEL' WHEN r_loc < 0.65 THEN 'BUDEL'
               WHEN r_loc < 0.98 THEN (ARRAY['ZEVENAAR','GILZE_RIJEN','MUSSELKANAAL','OOSTERHOUT','WINTERSWIJK','AMSTERDAM'])
                                        [1 + floor((r_loc - 0.65) / 0.33 * 6)::int] END,
          CASE WHEN status = 'AFGEROND' THEN (ARRAY['BESCHIKT','BEROEP','VERTREK'])[1 + g % 3]
               ELSE (ARRAY['AANMELDING','RUST_EN_VOORBEREIDINGSTIJD','ALGEMENE_ASIELPROCEDURE','VERLENGDE_ASIELPROCEDURE'])[1 + g % 4] END,
          CASE WHEN r_pr < 0.95 THEN 'u-' || CASE WHEN r_pr < 0.7 THEN 'ind' WHEN r_pr < 0.85 THEN 'coa' ELSE 'dtv' END
                                      || '-' || lpad((1 + g % 25)::text, 4, '0') END,
          CASE WHEN r_pr < 0.95
               THEN (ARRAY['Mira Veldkamp','Joost Ameling','Sanne Oordt','Lotte Brakel','Daan Wissink','Noor Haverkamp','Bram Tijssen'])[1 + g % 7]
                    || ' (fictief)'
               ELSE 'Nog toe te wijzen' END,
          CASE WHEN r_pr < 0.7 OR r_pr >= 0.95 THEN 'IND' WHEN r_pr < 0.85 THEN 'COA' ELSE 'DTV' END,
          CASE WHEN r_deel < 0.20 THEN '{IND,COA,DTV,GEMEENTE}'::text[]
               WHEN r_deel < 0.25 THEN '{IND,COA,DTV,POLITIE}'::text[]
               ELSE '{IND,COA,DTV}'::text[] END,
          CASE WHEN status = 'DOORVERWEZEN' THEN CASE WHEN g % 2 = 0 THEN 'LKO' ELSE 'TOPX' END END,
          aangemeld_op, afgerond_op, coalesce(afgerond_op, aangemeld_op), 1 + g % 5
   FROM a`,
  // First BESCHIKKING: most closed cases, a third of the running ones in regie, a few of the others.
  `INSERT INTO uitkomst (id, casus_id, soort, datum, door, door_organisatie, geregistreerd_op)
   SELECT gen_random_uuid(), id, 'BESCHIKKING', (moment AT TIME ZONE 'UTC')::date, 'u-ind-0001', 'IND', moment
   FROM (
     SELECT c.id, c.status, random() AS r,
            date_trunc('milliseconds', CASE WHEN c.afgerond_op IS NOT NULL
              THEN c.aangemeld_op + (c.afgerond_op - c.aangemeld_op) * (0.4 + 0.5 * random())
              ELSE c.aangemeld_op + (now() - c.aangemeld_op) * 0.6 * random() END) AS moment
     FROM casus c OFFSET 0
   ) x
   WHERE (status = 'AFGEROND' AND r < 0.88) OR (status IN ('IN_REGIE', 'HEROPEND') AND r < 0.35)
      OR (status IN ('NIET_GESCHIKT', 'DOORVERWEZEN') AND r < 0.10)`,
  // Appeals against a quarter of the beschikkingen; a ruling (ongegrond/gegrond/ingetrokken) on half.
  `INSERT INTO uitkomst (id, casus_id, soort, datum, door, door_organisatie)
   SELECT gen_random_uuid(), casus_id, 'BEROEP_INGESTELD', datum, 'u-ind-0001', 'IND'
   FROM (SELECT casus_id, datum + (5 + floor(random() * 24))::int AS datum, random() AS r
         FROM uitkomst WHERE soort = 'BESCHIKKING' OFFSET 0) x
   WHERE r < 0.25 AND datum <= (now() AT TIME ZONE 'UTC')::date`,
  `INSERT INTO uitkomst (id, casus_id, soort, datum, door, door_organisatie)
   SELECT gen_random_uuid(), casus_id,
          CASE WHEN r2 < 0.6 THEN 'BEROEP_ONGEGROND' WHEN r2 < 0.8 THEN 'BEROEP_GEGROND' ELSE 'BEROEP_INGETROKKEN' END,
          datum, 'u-ind-0001', 'IND'
   FROM (SELECT casus_id, datum + floor(random() * 180)::int AS datum, random() AS r, random() AS r2
         FROM uitkomst WHERE soort = 'BEROEP_INGESTELD' OFFSET 0) x
   WHERE r < 0.55 AND datum <= (now() AT TIME ZONE 'UTC')::date`,
  // A few rulings without a recorded filing (not counted), and a few second beschikkingen (later).
  `INSERT INTO uitkomst (id, casus_id, soort, datum, door, door_organisatie)
   SELECT gen_random_uuid(), u.casus_id, 'BEROEP_GEGROND', u.datum + 40, 'u-ind-0001', 'IND'
   FROM uitkomst u
   WHERE u.soort = 'BESCHIKKING' AND random() < 0.004 AND u.datum + 40 <= (now() AT TIME ZONE 'UTC')::date
     AND NOT EXISTS (SELECT 1 FROM uitkomst b WHERE b.casus_id = u.casus_id AND b.soort = 'BEROEP_INGESTELD')`,
  `INSERT INTO uitkomst (id, casus_id, soort, datum, door, door_organisatie)
   SELECT gen_random_uuid(), casus_id, 'BESCHIKKING', datum, 'u-ind-0001', 'IND'
   FROM (SELECT casus_id, datum + (20 + floor(random() * 40))::int AS datum, random() AS r
         FROM uitkomst WHERE soort = 'BESCHIKKING' OFFSET 0) x
   WHERE r < 0.03 AND datum <= (now() AT TIME ZONE 'UTC')::date`,
  // Transfers, departures, MOB and re-registrations on about a fifth of the closed cases.
  `INSERT INTO uitkomst (id, casus_id, soort, datum, door, door_organisatie)
   SELECT gen_random_uuid(), id,
          CASE WHEN r < 0.06 THEN 'OVERDRACHT' WHEN r < 0.14 THEN 'VERTREK_ZELFSTANDIG'
               WHEN r < 0.18 THEN 'VERTREK_GEDWONGEN' WHEN r < 0.21 THEN 'MOB' ELSE 'OPNIEUW_AANGEMELD' END,
          (afgerond_op AT TIME ZONE 'UTC')::date, 'u-dtv-0001', 'DTV'
   FROM (SELECT c.id, c.afgerond_op, random() AS r FROM casus c WHERE c.status = 'AFGEROND' OFFSET 0) x
   WHERE r < 0.22`,
  // Actions: a third of the running cases has an open one (half of those past the deadline); some
  // closed cases have a finished one.
  `INSERT INTO actie (id, casus_id, omschrijving, eigenaar_organisatie, eigenaar_persoon, deadline, status,
                      aangemaakt_door, aangemaakt_op, afgerond_op)
   SELECT gen_random_uuid(), id, 'Gesprek over de huisregels plannen (bench)',
          (ARRAY['IND','COA','DTV'])[1 + floor(r3 * 3)::int], NULL,
          CASE WHEN NOT open THEN aangemeld_op + interval '14 days'
               WHEN r2 < 0.5 THEN greatest(aangemeld_op + interval '1 hour', now() - interval '2 hours' - r2 * interval '60 days')
               ELSE now() + interval '1 day' + r2 * interval '30 days' END,
          CASE WHEN open THEN 'OPEN' ELSE 'GEDAAN' END,
          'u-ind-0001', aangemeld_op,
          CASE WHEN open THEN NULL ELSE aangemeld_op + interval '10 days' END
   FROM (SELECT c.id, c.open, c.aangemeld_op, random() AS r, random() AS r2, random() AS r3 FROM casus c OFFSET 0) x
   WHERE (open AND r < 0.35) OR (NOT open AND r < 0.10)`,
  // Linked signals: one per case, a second and third for some; unseen ones only on running cases.
  `INSERT INTO casus_signaal (casus_id, signaal_id, gekoppeld_op, gezien_op)
   SELECT id, gen_random_uuid(), gekoppeld,
          CASE WHEN open AND r < 0.4 THEN NULL ELSE gekoppeld + interval '2 hours' END
   FROM (SELECT c.id, c.open, least(now(), c.aangemeld_op + (k - 1) * interval '9 days') AS gekoppeld,
                k, random() AS r, random() AS r2
         FROM casus c CROSS JOIN generate_series(1, 3) k OFFSET 0) x
   WHERE k = 1 OR r2 < 0.3`,
  `ANALYZE`,
];

// ------------------------------------------------------------------------------------ case list

const LIJST_GQL = `query Casussen($eerste: Int!, $filter: CasusFilter) {
  casussen(eerste: $eerste, filter: $filter) {
    totaal
    items { id status spoor locatieCode nieuweSignalen actiesTeLaat procesregisseur { naam } }
  }
}`;

/** The columns and counters of casus.service.ts (CASUS_KOLOMMEN), verbatim. */
const CASUS_KOLOMMEN = `c.*,
  (SELECT count(*) FROM casus_signaal cs WHERE cs.casus_id = c.id AND cs.gezien_op IS NULL)::int AS nieuwe_signalen,
  (SELECT count(*) FROM actie a WHERE a.casus_id = c.id AND a.status = 'OPEN' AND a.deadline < now())::int AS acties_te_laat`;

/**
 * The SQL that CasusService.lijst() runs for a non-national actor of `organisatie` (the deelnemers
 * filter), first page of `eerste`: the list (one extra row to see whether there is more), then the count.
 * @param {boolean} achterstallig
 */
function lijstSql(achterstallig) {
  const waar = [`c.deelnemers @> ARRAY[$1]::text[]`];
  if (achterstallig) {
    waar.push(
      `EXISTS (SELECT 1 FROM actie a WHERE a.casus_id = c.id AND a.status = 'OPEN' AND a.deadline < now())`,
    );
  }
  return {
    lijst: `SELECT ${CASUS_KOLOMMEN} FROM casus c WHERE ${waar.join(' AND ')}
       ORDER BY c.aangemeld_op DESC, c.id DESC LIMIT $2`,
    telling: `SELECT count(*)::int AS n FROM casus c WHERE ${waar.join(' AND ')}`,
  };
}

/** @param {pg.Client} db @param {boolean} achterstallig @param {number} eerste */
async function lijstBasis(db, achterstallig, eerste) {
  const q = lijstSql(achterstallig);
  const items = (await db.query(q.lijst, [ORGANISATIE, eerste + 1])).rows;
  const [{ n }] = (await db.query(q.telling, [ORGANISATIE])).rows;
  return {
    totaal: n,
    items: items.slice(0, eerste).map((c) => ({
      id: c.id,
      status: c.status,
      spoor: c.spoor,
      locatieCode: c.locatie_code,
      nieuweSignalen: c.nieuwe_signalen,
      actiesTeLaat: c.acties_te_laat,
      procesregisseur: { naam: c.procesregisseur_naam },
    })),
  };
}

// -------------------------------------------------------------------------------------- figures

const CIJFERS_GQL = `query Verantwoording($van: String!, $tot: String!) {
  verantwoording(van: $van, tot: $tot) {
    behandeld
    perSpoor { spoor1 spoor2 spoor4 onbekend }
    definitiefAfgehandeld { aantal percentage }
    perLand { land aantal }
    overdrachten
    vertrek { zelfstandig gedwongen mob }
    opnieuwAangemeld
    beroepen { ingesteld open ongegrond gegrond ingetrokken }
    doorlooptijd { spoor aantal mediaanDagen gemiddeldeDagen }
    perWeek { week aangemeld afgerond }
  }
}`;

/**
 * The figures of berekenVerantwoording (packages/domain/src/casusregie/verantwoording.rule.ts),
 * written as aggregates in PostgreSQL: $1 = van, $2 = tot (exclusive; also the peildatum).
 */
const CIJFERS_SQL = `
WITH f AS MATERIALIZED (
  SELECT c.spoor, coalesce(c.land, 'onbekend') AS land, c.aangemeld_op, c.afgerond_op,
         c.status = 'AFGEROND' AND (c.afgerond_op IS NULL OR c.afgerond_op < $2::timestamptz) AS afgerond,
         (u.beschikking - (c.aangemeld_op AT TIME ZONE 'UTC')::date)::float8 AS dagen,
         coalesce(u.overdracht, false) AS overdracht, coalesce(u.zelfstandig, false) AS zelfstandig,
         coalesce(u.gedwongen, false) AS gedwongen, coalesce(u.mob, false) AS mob,
         coalesce(u.opnieuw, false) AS opnieuw, coalesce(u.ingesteld, false) AS ingesteld, u.laatste_beroep
  FROM casus c
  LEFT JOIN (
    SELECT casus_id,
           min(datum) FILTER (WHERE soort = 'BESCHIKKING') AS beschikking,
           bool_or(soort = 'OVERDRACHT') AS overdracht,
           bool_or(soort = 'VERTREK_ZELFSTANDIG') AS zelfstandig,
           bool_or(soort = 'VERTREK_GEDWONGEN') AS gedwongen,
           bool_or(soort = 'MOB') AS mob,
           bool_or(soort = 'OPNIEUW_AANGEMELD') AS opnieuw,
           bool_or(soort = 'BEROEP_INGESTELD') AS ingesteld,
           -- the last appeal outcome by date; on the same date a ruling comes after the filing
           (array_agg(soort ORDER BY datum DESC, soort <> 'BEROEP_INGESTELD' DESC)
              FILTER (WHERE soort IN ('BEROEP_INGESTELD', 'BEROEP_ONGEGROND', 'BEROEP_GEGROND', 'BEROEP_INGETROKKEN')))[1]
             AS laatste_beroep
    FROM uitkomst
    WHERE datum < ($2::timestamptz AT TIME ZONE 'UTC')
    GROUP BY casus_id
  ) u ON u.casus_id = c.id
  WHERE c.aangemeld_op < $2::timestamptz AND (c.afgerond_op IS NULL OR c.afgerond_op >= $1::timestamptz)
    AND c.status NOT IN ('NIET_GESCHIKT', 'DOORVERWEZEN')
)
SELECT
  (SELECT json_build_object(
     'behandeld', count(*), 'spoor1', count(*) FILTER (WHERE spoor = 1), 'spoor2', count(*) FILTER (WHERE spoor = 2),
     'spoor4', count(*) FILTER (WHERE spoor = 4), 'onbekend', count(*) FILTER (WHERE spoor IS NULL),
     'afgerond', count(*) FILTER (WHERE afgerond),
     'percentage', CASE WHEN count(*) = 0 THEN 0
                        ELSE round(100.0 * count(*) FILTER (WHERE afgerond) / count(*), 1) END,
     'overdrachten', count(*) FILTER (WHERE overdracht), 'zelfstandig', count(*) FILTER (WHERE zelfstandig),
     'gedwongen', count(*) FILTER (WHERE gedwongen), 'mob', count(*) FILTER (WHERE mob),
     'opnieuw', count(*) FILTER (WHERE opnieuw), 'ingesteld', count(*) FILTER (WHERE ingesteld),
     'open', count(*) FILTER (WHERE ingesteld AND laatste_beroep = 'BEROEP_INGESTELD'),
     'ongegrond', count(*) FILTER (WHERE ingesteld AND laatste_beroep = 'BEROEP_ONGEGROND'),
     'gegrond', count(*) FILTER (WHERE ingesteld AND laatste_beroep = 'BEROEP_GEGROND'),
     'ingetrokken', count(*) FILTER (WHERE ingesteld AND laatste_beroep = 'BEROEP_INGETROKKEN'))
   FROM f) AS tellingen,
  (SELECT json_agg(json_build_object('land', land, 'aantal', n) ORDER BY n DESC, land COLLATE "C")
   FROM (SELECT land, count(*)::int AS n FROM f GROUP BY land) l) AS per_land,
  (SELECT json_agg(json_build_object('spoor', spoor, 'alle', alle, 'aantal', aantal, 'mediaan', mediaan,
                                     'gemiddelde', gemiddelde))
   FROM (SELECT spoor, GROUPING(spoor) = 1 AS alle, count(*)::int AS aantal,
                round((percentile_cont(0.5) WITHIN GROUP (ORDER BY dagen))::numeric, 1) AS mediaan,
                round(avg(dagen)::numeric, 1) AS gemiddelde
         FROM f WHERE dagen IS NOT NULL
         GROUP BY GROUPING SETS ((spoor), ())) d) AS doorlooptijd,
  (SELECT json_agg(json_build_object('week', to_char(w.m, 'IYYY-"W"IW'), 'aangemeld', coalesce(t.aangemeld, 0),
                                     'afgerond', coalesce(t.afgerond, 0)) ORDER BY w.m)
   FROM generate_series(date_trunc('week', $1::timestamptz AT TIME ZONE 'UTC'),
                        $2::timestamptz AT TIME ZONE 'UTC', interval '7 days') w (m)
   LEFT JOIN (SELECT date_trunc('week', moment AT TIME ZONE 'UTC') AS m,
                     count(*) FILTER (WHERE wat = 'a')::int AS aangemeld,
                     count(*) FILTER (WHERE wat = 'f')::int AS afgerond
              FROM (SELECT aangemeld_op AS moment, 'a' AS wat FROM f WHERE aangemeld_op >= $1::timestamptz
                    UNION ALL
                    SELECT afgerond_op, 'f' FROM f
                    WHERE afgerond AND afgerond_op >= $1::timestamptz AND afgerond_op < $2::timestamptz) x
              GROUP BY 1) t ON t.m = w.m
   WHERE w.m < $2::timestamptz AT TIME ZONE 'UTC') AS per_week`;

/** @param {pg.Client} db @param {string} van @param {string} tot */
async function cijfersBasis(db, van, tot) {
  const [r] = (await db.query(CIJFERS_SQL, [van, tot])).rows;
  const t = r.tellingen;
  const getal = (/** @type {unknown} */ x) => (x === null || x === undefined ? null : Number(x));
  /** @type {any[]} */ const dl = r.doorlooptijd ?? [];
  const doorlooptijd = [1, 2, 4, null].map((spoor) => {
    const d = dl.find((x) => (spoor === null ? x.alle : !x.alle && x.spoor === spoor));
    return {
      spoor,
      aantal: d?.aantal ?? 0,
      mediaanDagen: getal(d?.mediaan),
      gemiddeldeDagen: getal(d?.gemiddelde),
    };
  });
  return {
    behandeld: t.behandeld,
    perSpoor: { spoor1: t.spoor1, spoor2: t.spoor2, spoor4: t.spoor4, onbekend: t.onbekend },
    definitiefAfgehandeld: { aantal: t.afgerond, percentage: Number(t.percentage) },
    perLand: r.per_land ?? [],
    overdrachten: t.overdrachten,
    vertrek: { zelfstandig: t.zelfstandig, gedwongen: t.gedwongen, mob: t.mob },
    opnieuwAangemeld: t.opnieuw,
    beroepen: {
      ingesteld: t.ingesteld,
      open: t.open,
      ongegrond: t.ongegrond,
      gegrond: t.gegrond,
      ingetrokken: t.ingetrokken,
    },
    doorlooptijd,
    perWeek: r.per_week ?? [],
  };
}

/** The narrowing query of VerantwoordingService.bereken() (no location), verbatim. */
const DIENST_CIJFERS_SQL = `SELECT c.id, c.spoor, c.land, c.locatie_code, c.aangemeld_op, c.status, c.afgerond_op,
              (SELECT json_agg(json_build_array(u.soort, u.datum)) FROM uitkomst u WHERE u.casus_id = c.id) AS u
       FROM casus c
       WHERE c.aangemeld_op < $2 AND (c.afgerond_op IS NULL OR c.afgerond_op >= $1)
         AND c.status NOT IN ('NIET_GESCHIKT', 'DOORVERWEZEN') `;

/** The service's own steps, without HTTP/GraphQL: its SQL, then the mapping and the pure rule. */
async function dienstStappen(/** @type {pg.Client} */ db, /** @type {Date} */ van, /** @type {Date} */ tot) {
  const t0 = performance.now();
  const rijen = (await db.query(DIENST_CIJFERS_SQL, [van, tot])).rows;
  const normen = (await db.query(`SELECT spoor, dagen, gewijzigd_op FROM doorlooptijd_norm ORDER BY spoor`))
    .rows;
  const t1 = performance.now();
  const feiten = rijen.map((r) => ({
    id: r.id,
    spoor: r.spoor,
    land: r.land,
    locatieCode: r.locatie_code,
    aangemeldOp: new Date(r.aangemeld_op),
    status: r.status,
    afgerondOp: r.afgerond_op ? new Date(r.afgerond_op) : null,
    uitkomsten: (r.u ?? []).map((/** @type {[string, string]} */ [soort, datum]) => ({
      soort,
      datum: new Date(`${datum}T00:00:00Z`),
    })),
  }));
  const t2 = performance.now();
  berekenVerantwoording(feiten, {
    van,
    tot,
    locatieCode: null,
    normDagen: Object.fromEntries(normen.map((n) => [n.spoor, n.dagen])),
  });
  const t3 = performance.now();
  return { sql: t1 - t0, omzetten: t2 - t1, regel: t3 - t2, rijen: rijen.length };
}

// ------------------------------------------------------------------------------------ measuring

/**
 * @template T
 * @param {() => Promise<T>} fn @param {number} n @param {number} opwarmen
 */
async function meet(fn, n, opwarmen) {
  for (let i = 0; i < opwarmen; i++) await fn();
  const tijden = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    tijden.push(performance.now() - t);
  }
  return { mediaan: mediaan(tijden), p95: percentiel(tijden, 95) };
}

/** @param {string} url @param {string} token @param {string} query @param {Record<string, unknown>} variables */
async function gql(url, token, query, variables) {
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'ketenbeeld-doel': 'CASUSREGIE',
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = /** @type {any} */ (await r.json());
  if (r.status !== 200 || body.errors?.length) {
    throw new Error(`GraphQL ${r.status}: ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
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

/** @param {string} wat @param {unknown} dienst @param {unknown} basis */
function controleer(wat, dienst, basis) {
  const v = verschillen(dienst, basis);
  if (v.length) {
    console.error(
      `\nVERSCHIL (${wat}): dienst ≠ SQL-basislijn op ${v.length} plaatsen (dienst ≠ basislijn):`,
    );
    for (const regel of v.slice(0, 25)) console.error(`  ${regel}`);
    if (v.length > 25) console.error(`  … en nog ${v.length - 25}`);
    return false;
  }
  return true;
}

// ------------------------------------------------------------------------------------------ main

const pgServer = await resolvePostgres({ log: () => {} });
const redisServer = await resolveRedis({ log: () => {} });
process.env.KETENBEELD_TEST_DATABASE_URL = pgServer.url;
/** @type {any[]} */
const runs = [];
let gelijk = true;
try {
  for (let run = 1; run <= RUNS && gelijk; run++) {
    const db = await maakTestDatabase('benchcasusregie', pgServer.url);
    const dienst = await startDienstProces(
      'casusregie',
      await dienstTestEnv(db.url, { REDIS_URL: redisServer.url, LOG_LEVEL: 'error' }),
      60_000,
    );
    const client = new pg.Client({ connectionString: db.url, application_name: 'bench-basislijn' });
    await client.connect();
    try {
      const tZaai = performance.now();
      for (const sql of SEED) await client.query(sql, sql.includes('$1') ? [CASUSSEN] : []);
      const zaaiSeconden = (performance.now() - tZaai) / 1000;
      const { rows: tel } = await client.query(
        `SELECT (SELECT count(*)::int FROM casus) AS casussen, (SELECT count(*)::int FROM uitkomst) AS uitkomsten,
                (SELECT count(*)::int FROM actie) AS acties, (SELECT count(*)::int FROM casus_signaal) AS signalen`,
      );
      console.error(
        `run ${run}: ${tel[0].casussen} casussen, ${tel[0].uitkomsten} uitkomsten, ${tel[0].acties} acties, ` +
          `${tel[0].signalen} gekoppelde signalen gezaaid in ${zaaiSeconden.toFixed(1)} s`,
      );
      const token = await testToken(PERSONA, { geldigheidSeconden: 3600 });
      const tot = new Date();
      const van = new Date(tot);
      van.setUTCFullYear(van.getUTCFullYear() - 3);
      const periode = { van: van.toISOString(), tot: tot.toISOString() };

      const lijsten = /** @type {const} */ ([
        ['lijst', false],
        ['lijstAchterstallig', true],
      ]);
      const lijstDienst = (/** @type {boolean} */ achterstallig) =>
        gql(dienst.url, token, LIJST_GQL, {
          eerste: 50,
          filter: achterstallig ? { achterstallig: true } : null,
        });
      const cijfersDienst = () => gql(dienst.url, token, CIJFERS_GQL, periode);
      const cijfersSql = () => cijfersBasis(client, periode.van, periode.tot);

      // First the cross-check: the service and the SQL baseline must give the same answers.
      for (const [naam, achterstallig] of lijsten) {
        const dienstLijst = (await lijstDienst(achterstallig)).casussen;
        gelijk = controleer(naam, dienstLijst, await lijstBasis(client, achterstallig, 50)) && gelijk;
      }
      const uitBasis = await cijfersSql();
      gelijk = controleer('verantwoording', (await cijfersDienst()).verantwoording, uitBasis) && gelijk;
      if (!gelijk) continue; // (after the cleanup below; no further runs)

      /** @type {Record<string, any>} */
      const metingen = {};
      for (const [naam, achterstallig] of lijsten) {
        const d = await meet(() => lijstDienst(achterstallig), N_LIJST, OPWARMEN.lijst);
        const b = await meet(() => lijstBasis(client, achterstallig, 50), N_LIJST, OPWARMEN.lijst);
        metingen[naam] = { dienst: d, basis: b, verhouding: d.mediaan / b.mediaan };
      }
      const d = await meet(cijfersDienst, N_CIJFERS, OPWARMEN.cijfers);
      const b = await meet(cijfersSql, N_CIJFERS, OPWARMEN.cijfers);
      metingen.cijfers = { dienst: d, basis: b, verhouding: d.mediaan / b.mediaan };

      // Where the service's time goes, redone in this process: its SQL (with node-postgres row
      // parsing), the mapping to CasusFeit, the pure rule. The rest of a request is HTTP, Nest, GraphQL.
      /** @type {Awaited<ReturnType<typeof dienstStappen>>[]} */
      const stappen = [];
      await dienstStappen(client, van, tot);
      for (let i = 0; i < N_CIJFERS; i++) stappen.push(await dienstStappen(client, van, tot));
      const stap = (/** @type {'sql' | 'omzetten' | 'regel'} */ k) => mediaan(stappen.map((s) => s[k]));
      metingen.cijfersStappen = {
        sql: stap('sql'),
        omzetten: stap('omzetten'),
        regel: stap('regel'),
        rijen: stappen[0].rijen,
      };

      runs.push({
        run,
        zaaiSeconden,
        aantallen: { ...tel[0], behandeld: uitBasis.behandeld },
        ...metingen,
      });
      for (const k of ['lijst', 'lijstAchterstallig', 'cijfers']) {
        console.error(
          `  ${k}: dienst ${metingen[k].dienst.mediaan.toFixed(1)} ms, basislijn ${metingen[k].basis.mediaan.toFixed(1)} ms` +
            ` → ${metingen[k].verhouding.toFixed(2)}×`,
        );
      }
    } finally {
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
  console.error('\nDe SQL-basislijn en de dienst geven verschillende antwoorden: geen rapport geschreven.');
  process.exit(1);
}

const m = (/** @type {(r: any) => number} */ f) => mediaan(runs.map(f));
/** @param {string} k */
const samenvatting = (k) => ({
  dienst: { mediaan: m((r) => r[k].dienst.mediaan), p95: m((r) => r[k].dienst.p95) },
  basis: { mediaan: m((r) => r[k].basis.mediaan), p95: m((r) => r[k].basis.p95) },
  verhouding: m((r) => r[k].verhouding),
});
const rapport = {
  benchmark: 'casusregie',
  datum: new Date().toISOString(),
  runs: RUNS,
  casussen: CASUSSEN,
  persona: PERSONA,
  verzoeken: { lijst: N_LIJST, cijfers: N_CIJFERS },
  lijst: samenvatting('lijst'),
  lijstAchterstallig: samenvatting('lijstAchterstallig'),
  cijfers: samenvatting('cijfers'),
  cijfersStappen: {
    sql: m((r) => r.cijfersStappen.sql),
    omzetten: m((r) => r.cijfersStappen.omzetten),
    regel: m((r) => r.cijfersStappen.regel),
    rijen: runs[0].cijfersStappen.rijen,
  },
  kruiscontrole: 'gelijk: de cijfers en lijsten van de dienst zijn gelijk aan die van de SQL-basislijn',
  ruwe: runs,
  doel: 'dienst ≤ 3× de SQL-basislijn voor de casuslijst en de cijfers (gerapporteerd, niet geëist)',
};
const ms = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
const regel = (/** @type {string} */ label, /** @type {any} */ s) =>
  `| ${label} | ${ms(s.dienst.mediaan)} | ${ms(s.dienst.p95)} | ${ms(s.basis.mediaan)} | ${ms(s.basis.p95)} | **${s.verhouding.toFixed(2)}×** |`;
const st = rapport.cijfersStappen;
const a0 = runs[0].aantallen;
const md = `# Casusregie: casuslijst en cijfers tegen SQL

${CASUSSEN.toLocaleString('en')} casussen (${a0.uitkomsten.toLocaleString('en')} uitkomsten, ${a0.acties.toLocaleString('en')} acties, ${a0.signalen.toLocaleString('en')} gekoppelde signalen), persona ${PERSONA} (IND neemt aan alle casussen deel). ${RUNS} runs op een verse database, elk ${N_LIJST} (lijsten) en ${N_CIJFERS} (cijfers) opeenvolgende verzoeken na opwarmen; medianen over de runs. ${rapport.datum}

| | dienst mediaan | dienst p95 | SQL mediaan | SQL p95 | dienst / SQL |
|---|---|---|---|---|---|
${regel('casussen(eerste: 50)', rapport.lijst)}
${regel('casussen(eerste: 50, filter: {achterstallig: true})', rapport.lijstAchterstallig)}
${regel(`verantwoording (3 jaar, ${a0.behandeld.toLocaleString('en')} behandeld)`, rapport.cijfers)}

Doel: dienst ≤ 3× de SQL-basislijn (gerapporteerd, niet geëist). Basislijn casuslijst: dezelfde SQL
als CasusService.lijst() (lijst met tellers + telling) via node-postgres; basislijn cijfers: dezelfde
cijfers als aggregaten in PostgreSQL.

Kruiscontrole: de antwoorden van de dienst en de SQL-basislijn zijn gelijk (lijsten en alle cijfers).

Uitsplitsing verantwoording: de stappen van de dienst in het benchmarkproces nagedaan (mediaan; dezelfde
node-postgres en dezelfde regel, dus een schatting van waar de tijd van de dienst heen gaat): SQL van de dienst
met het inlezen van ${st.rijen.toLocaleString('en')} rijen ${ms(st.sql)}, omzetten naar CasusFeit ${ms(st.omzetten)},
berekenVerantwoording ${ms(st.regel)}; de dienst zelf: ${ms(rapport.cijfers.dienst.mediaan)} per verzoek.
`;
const dir = path.join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const stempel = rapport.datum.replace(/[:.]/g, '-');
writeFileSync(path.join(dir, `casusregie-${stempel}.json`), JSON.stringify(rapport, null, 2));
writeFileSync(path.join(dir, `casusregie-${stempel}.md`), md);
console.log(md);
process.exit(0);
