#!/usr/bin/env node
// @ts-check
/**
 * Benchmark: sustained ZSM lookups on V-nummer, `POST /v1/zsm/bevragingen`, against a baseline that
 * sends the very statements ZsmService.bevraag() runs for such a lookup (person, processing-log
 * INSERT, read-model freshness, then case, Dublin claim, signals per category, detention and
 * afdoeningsadvies) straight to the read-model tables with node-postgres, in the same run.
 *
 * The read model is seeded directly into a fresh database with INSERT … SELECT: 100,000 persons
 * (unique V-nummer), 1,000,000 signals spread (skewed) over them across the last two years,
 * ~30,000 case snapshots (one per person for a subset, an older closed one for a few), Dublin claims,
 * detentions, afdoeningsadviezen and the read-model freshness; then VACUUM ANALYZE.
 *
 *   a) throughput: autocannon, --verbindingen 16 connections for --seconden 10 s, each request a
 *      random existing V-nummer; against 16 concurrent lookups over a pool of 16 connections for the
 *      same time. Target (reported, never asserted): service ≥ 0.5× the baseline.
 *   b) latency at that load: p50/p99 of both (client-side, per request, float ms). Target: service
 *      p99 ≤ 3× the baseline's p99.
 *   c) for the diagnosis: the CPU each side costs per lookup during a) (service process,
 *      PostgreSQL backends of this database, load generator / baseline client; Linux /proc), with
 *      the cores other processes used meanwhile (a busy machine distorts every number here); both
 *      one at a time (one connection); and the baseline's statements timed one by one.
 *
 * Rate limit: the service allows 20 lookups/s with a burst of 40 per token subject (ZSM_LIMIET in
 * apps/zsm/src/koppeling/snelheidsbegrenzer.ts, a constant: no setting changes it). The benchmark
 * signs --subjecten 500 tokens for an OM ZSM officer (role ZSM_OFFICIER, organisation OM), each
 * with its own sub, and rotates them per request, so every subject stays far below its limit (500 ×
 * 20/s = 10,000 lookups/s). Any 429 is counted and reported; the lookups still counted are 2xx only.
 *
 * First a cross-check per run: for --controle 24 V-nummers (with and without case, Dublin claim,
 * detention, advice, the most signals, and an unknown one) the service's answer must equal the
 * answer built from the baseline's rows (same case id, same signal counts per category, same
 * detention state, …), and the service must have logged each lookup. A difference is printed and
 * the benchmark exits with code 1.
 *
 * Three runs (--runs), each on a fresh database, order of service and baseline alternating; medians.
 *
 *   npx turbo run build --filter=@ketenbeeld/zsm && node bench/zsm-bevraging.mjs [--runs 3]
 *     [--seconden 10] [--verbindingen 16] [--personen 100000] [--signalen 1000000]
 *     [--casussen 30000] [--subjecten 500] [--controle 24]
 *
 * Writes bench/results/zsm-bevraging-<timestamp>.{json,md}. Not a test: no thresholds here.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
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
  tekenToken,
  testSleutels,
} = require('@ketenbeeld/testing');
const { MAATREGEL_CATALOGUS, naamSleutels, SIGNAAL_TAXONOMIE } = require('@ketenbeeld/domain');
const { resolvePostgres, resolveRedis } = await import('../infra/local/stack.mjs');

const arg = (/** @type {string} */ naam, /** @type {number} */ standaard) => {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? Number(process.argv[i + 1]) : standaard;
};
const RUNS = arg('runs', 3);
const SECONDEN = arg('seconden', 10);
const VERBINDINGEN = arg('verbindingen', 16);
const PERSONEN = arg('personen', 100_000);
const SIGNALEN = arg('signalen', 1_000_000);
const CASUSSEN = arg('casussen', 30_000);
const SUBJECTEN = arg('subjecten', 500);
const CONTROLE = arg('controle', 24);
const OPWARMEN_SECONDEN = 3;
const SEQUENTIEEL = 300;
const DOEL = 'ZSM_AFDOENING';
/** ZSM_LIMIET (a constant in the service): per token subject. */
const LIMIET = { perSeconde: 20, burst: 40 };

/** @param {number[]} xs @param {number} p */
function percentiel(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const mediaan = (/** @type {number[]} */ xs) => percentiel(xs, 50);

// ------------------------------------------------------------------------------------------ seed

const VOORNAMEN = ['Ahmed', 'Mohamed', 'Youssef', 'Omar', 'Ali', 'Hassan', 'Bilal', 'Karim', 'Samir'];
VOORNAMEN.push('Tarek', 'Walid', 'Amine', 'Rachid', 'Nabil', 'Hamza', 'Ibrahim', 'Mustafa', 'Khalid');
VOORNAMEN.push('Yassin', 'Anas', 'Fatima', 'Amina', 'Sara', 'Layla', 'Nour', 'Mariam', 'Giorgi', 'Levan');
const ACHTERNAMEN = ['El Amrani', 'Benali', 'Haddad', 'Mansour', 'Karimi', 'Aziz', 'Rahimi', 'Osman'];
ACHTERNAMEN.push('Yilmaz', 'Demir', 'Kaya', 'Bekele', 'Tesfaye', 'Abdi', 'Warsame', 'Nasser', 'Saleh');
ACHTERNAMEN.push('Jaber', 'Hamdi', 'Toumi', 'Bouzid', 'Cherif', 'Gharbi', 'Trabelsi', 'Beridze', 'Okafor');
ACHTERNAMEN.push('Adeyemi', 'Haidari', 'Popal', 'Van der Berg');

/** Name combinations with the service's own name keys (naamSleutels), as the event handler stores them. */
const NAMEN = VOORNAMEN.flatMap((v) => ACHTERNAMEN.map((a) => `${v} ${a}`));
const NAAM_SLEUTELS = NAMEN.map((n) => naamSleutels(n).join(' '));
/** @type {readonly { code: string, label: string, vpt?: boolean }[]} */
const CATEGORIEEN = SIGNAAL_TAXONOMIE;
/** @type {{ code: string, naam: string, toepassing: string[] }[]} */
const MAATREGELEN = MAATREGEL_CATALOGUS.filter((/** @type {any} */ m) => m.toepassing.includes('PERSOON'));

const LANDEN = `ARRAY['MAR','DZA','TUN','LBY','SYR','AFG','ERI','TUR','NGA','GEO','IRQ','YEM','SOM','EGY','SDN','ALB']`;
const LOCATIES = `ARRAY['ZEVENAAR','GILZE_RIJEN','MUSSELKANAAL','OOSTERHOUT','WINTERSWIJK','AMSTERDAM']`;
const REGISSEURS = `ARRAY['Mira Veldkamp','Joost Ameling','Sanne Oordt','Lotte Brakel','Daan Wissink','Noor Haverkamp','Bram Tijssen']`;

/**
 * The read model in a few set-based statements, each with its parameters. Timestamps are whole
 * milliseconds, as a JavaScript Date holds them.
 * @type {[string, unknown[]][]}
 */
const SEED = [
  [`SELECT setseed(0.2711)`, []],
  // Persons: unique 10-digit V-nummer, name with its keys, date of birth (5 % unknown), nationality.
  [
    `WITH r AS MATERIALIZED (
       SELECT g, 1 + floor(random() * array_length($2::text[], 1))::int AS i,
              random() AS r_d, random() AS r_n, random() AS r_b
       FROM generate_series(1, $1::int) g
     )
     INSERT INTO zsm_persoon (persoon_id, v_nummer, naam, naam_sleutels, geboortedatum, nationaliteit, bijgewerkt_op)
     SELECT gen_random_uuid(), (1000000000 + g::bigint * 7919)::text, ($2::text[])[i],
            string_to_array(($3::text[])[i], ' '),
            CASE WHEN r_d >= 0.05 THEN date '1968-01-01' + floor(r_d * 14000)::int END,
            (${LANDEN})[1 + floor(power(r_n, 1.7) * 16)::int],
            date_trunc('milliseconds', now() - r_b * interval '730 days')
     FROM r`,
    [PERSONEN, NAMEN, NAAM_SLEUTELS],
  ],
  // Signals, skewed over the persons (the busiest has some hundreds, the median a handful) and over
  // the categories; incidents over the last two years; a few without a label (older events).
  [
    `WITH p AS MATERIALIZED (
       SELECT row_number() OVER (ORDER BY v_nummer)::int AS rn, persoon_id FROM zsm_persoon
     ),
     s AS MATERIALIZED (
       SELECT 1 + floor(power(random(), 1.3) * $2::int)::int AS rn,
              1 + floor(power(random(), 1.6) * array_length($3::text[], 1))::int AS ci,
              random() AS r_b, random() AS r_t, random() AS r_e, random() AS r_l
       FROM generate_series(1, $1::int)
     )
     INSERT INTO zsm_persoon_signaal (signaal_id, persoon_id, categorie, bron_organisatie, tijdstip_incident,
                                      bijgewerkt_op, ernst, vpt, categorie_label)
     SELECT gen_random_uuid(), p.persoon_id, ($3::text[])[ci],
            CASE WHEN r_b < 0.45 THEN 'POLITIE' WHEN r_b < 0.75 THEN 'COA' WHEN r_b < 0.85 THEN 'GEMEENTE'
                 WHEN r_b < 0.93 THEN 'OM' ELSE 'KMAR' END,
            date_trunc('milliseconds', now() - r_t * interval '730 days'),
            date_trunc('milliseconds', least(now(), now() - r_t * interval '730 days' + interval '3 minutes')),
            1 + floor(r_e * 5)::int, ($5::boolean[])[ci],
            CASE WHEN r_l >= 0.03 THEN ($4::text[])[ci] END
     FROM s JOIN p USING (rn)`,
    [
      SIGNALEN,
      PERSONEN,
      CATEGORIEEN.map((c) => c.code),
      CATEGORIEEN.map((c) => c.label),
      CATEGORIEEN.map((c) => !!c.vpt),
    ],
  ],
  // Case snapshots: one for a random subset of persons, 60 % open, with measures and TOPX for some.
  [
    `WITH k AS MATERIALIZED (
       SELECT persoon_id, random() AS r_o, random() AS r_s, random() AS r_k, random() AS r_l, random() AS r_p,
              random() AS r_m, random() AS r_m2, random() AS r_t, random() AS r_b
       FROM zsm_persoon ORDER BY random() LIMIT $1::int
     )
     INSERT INTO zsm_casus (casus_id, persoon_id, versie, open, status, spoor, kansarm, procedurefase, locatie_code,
                            procesregisseur_naam, procesregisseur_organisatie, maatregelen, topx, bijgewerkt_op)
     SELECT gen_random_uuid(), persoon_id, 1 + floor(r_b * 12)::int, r_o < 0.6,
            CASE WHEN r_o < 0.6
                 THEN (ARRAY['AANGEMELD','IN_BEOORDELING','IN_REGIE','HEROPEND'])[1 + floor(r_o / 0.6 * 4)::int]
                 ELSE (ARRAY['AFGEROND','NIET_GESCHIKT','DOORVERWEZEN'])[1 + floor((r_o - 0.6) / 0.4 * 3)::int] END,
            CASE WHEN r_s < 0.15 THEN 1 WHEN r_s < 0.60 THEN 2 WHEN r_s < 0.90 THEN 4 END,
            CASE WHEN r_k < 0.1 THEN NULL ELSE r_k < 0.4 END,
            (ARRAY['AANMELDING','RUST_EN_VOORBEREIDINGSTIJD','ALGEMENE_ASIELPROCEDURE','VERLENGDE_ASIELPROCEDURE',
                   'BESCHIKT','BEROEP','VERTREK'])[1 + floor(r_p * 7)::int],
            CASE WHEN r_l < 0.45 THEN 'TER_APEL' WHEN r_l < 0.65 THEN 'BUDEL'
                 WHEN r_l < 0.98 THEN (${LOCATIES})[1 + floor((r_l - 0.65) / 0.33 * 6)::int] END,
            (${REGISSEURS})[1 + floor(r_b * 7)::int] || ' (fictief)',
            (ARRAY['IND','COA','DTV'])[1 + floor(r_p * 3)::int],
            (SELECT coalesce(jsonb_agg(jsonb_build_object(
                      'code', ($2::text[])[j], 'naam', ($3::text[])[j],
                      'eind', CASE WHEN x % 2 = 1 THEN to_char((now() + (x * 17 + floor(r_m2 * 90)::int) * interval '1 day')
                                                                AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END)
                      ORDER BY x), '[]'::jsonb)
             FROM generate_series(1, CASE WHEN r_m < 0.5 THEN 0 ELSE 1 + floor(r_m2 * 3)::int END) x,
                  LATERAL (SELECT 1 + (floor(r_m * 1000)::int + x * 7) % array_length($2::text[], 1) AS j) jj),
            CASE WHEN r_t < 0.08
                 THEN jsonb_build_array(jsonb_build_object(
                        'regio', (ARRAY['NOORD','OOST','ZUID','WEST'])[1 + floor(r_t / 0.08 * 4)::int],
                        'maand', to_char(now() - floor(r_t * 100)::int * interval '1 month', 'YYYY-MM')))
                 ELSE '[]'::jsonb END,
            date_trunc('milliseconds', now() - r_b * interval '400 days')
     FROM k`,
    [CASUSSEN, MAATREGELEN.map((m) => m.code), MAATREGELEN.map((m) => m.naam)],
  ],
  // An older, closed case next to the current one for a few persons (the lookup takes the open/latest).
  [
    `INSERT INTO zsm_casus (casus_id, persoon_id, versie, open, status, spoor, kansarm, procedurefase, locatie_code,
                            procesregisseur_naam, procesregisseur_organisatie, maatregelen, topx, bijgewerkt_op)
     SELECT gen_random_uuid(), persoon_id, 3, false, 'AFGEROND', spoor, kansarm, 'VERTREK', locatie_code,
            procesregisseur_naam, procesregisseur_organisatie, '[]', '[]', bijgewerkt_op - interval '200 days'
     FROM (SELECT c.*, random() AS r FROM zsm_casus c OFFSET 0) x WHERE r < 0.03`,
    [],
  ],
  // Dublin claims: most open spoor-1 cases, and 2 % of all persons.
  [
    `INSERT INTO dublin_claim (persoon_id, lidstaat, akkoord_op, gedetineerd, termijn_id, vervalt_op,
                               geregistreerd_door, bijgewerkt_op)
     SELECT persoon_id, (ARRAY['DE','BE','FR','IT','ES','AT','SE','PL','CH','GR'])[1 + floor(r * 10)::int],
            akkoord, r < 0.1, gen_random_uuid(),
            akkoord + CASE WHEN r < 0.1 THEN interval '12 months' ELSE interval '6 months' END, 'u-ind-0001', akkoord
     FROM (SELECT p.persoon_id, random() AS r, random() AS r2,
                  date_trunc('milliseconds', now() - random() * interval '300 days') AS akkoord,
                  EXISTS (SELECT 1 FROM zsm_casus c WHERE c.persoon_id = p.persoon_id AND c.spoor = 1 AND c.open) AS spoor1
           FROM zsm_persoon p OFFSET 0) x
     WHERE (spoor1 AND r2 < 0.6) OR r2 < 0.02`,
    [],
  ],
  // Detentions for 6 % of the persons (a third with an earlier one): some running, some ended,
  // some with an end in the future.
  [
    `INSERT INTO detentie (id, persoon_id, soort, begin, eind, inrichting, gemeld_door, gemeld_op)
     SELECT gen_random_uuid(), persoon_id, soort, begin, eind, inrichting, 'u-dji-0001', begin
     FROM (
       SELECT persoon_id,
              (ARRAY['POLITIECEL','HUIS_VAN_BEWARING','GEVANGENIS','VREEMDELINGENBEWARING'])[1 + floor(r3 * 4)::int] AS soort,
              (ARRAY['PI Veenhuizen','HvB Zwolle','DC Rotterdam','PI Ter Apel','Politiebureau Emmen','JC Schiphol'])
                [1 + floor(r2 * 6)::int] AS inrichting,
              b AS begin,
              CASE WHEN k = 1 AND r2 < 0.35 THEN NULL
                   WHEN k = 1 THEN b + (1 + floor(r2 * 200)::int) * interval '1 day'
                   ELSE b + (1 + floor(r2 * 150)::int) * interval '1 day' END AS eind
       FROM (SELECT persoon_id, k, r2, r3,
                    date_trunc('milliseconds', CASE WHEN k = 1 THEN now() - r3 * interval '180 days'
                                                    ELSE now() - interval '200 days' - r3 * interval '500 days' END) AS b
             FROM (SELECT persoon_id, random() AS r, random() AS r2, random() AS r3 FROM zsm_persoon OFFSET 0) p
             CROSS JOIN generate_series(1, 2) k
             WHERE r < 0.06 AND (k = 1 OR r2 < 0.33)) x
     ) d`,
    [],
  ],
  // The kernteam's afdoeningsadvies for most persons with an open case, and a few others.
  [
    `INSERT INTO afdoeningsadvies (persoon_id, tekst, door_naam, door_organisatie, bijgewerkt_op)
     SELECT persoon_id,
            (ARRAY['Kernteam adviseert snelrecht; betrokkene is Dublinclaimant (bench).',
                   'Geen bezwaar tegen heenzending; casus loopt in het kernteam (bench).',
                   'Advies: voorgeleiden, meerdere incidenten in de opvang (bench).'])[1 + floor(r * 3)::int],
            (${REGISSEURS})[1 + floor(r * 7)::int] || ' (fictief)',
            (ARRAY['IND','COA','DTV'])[1 + floor(r * 3)::int],
            date_trunc('milliseconds', now() - r * interval '90 days')
     FROM (SELECT p.persoon_id, random() AS r, random() AS r2,
                  EXISTS (SELECT 1 FROM zsm_casus c WHERE c.persoon_id = p.persoon_id AND c.open) AS open
           FROM zsm_persoon p OFFSET 0) x
     WHERE (open AND r2 < 0.7) OR r2 < 0.01`,
    [],
  ],
  [
    `INSERT INTO leesmodel_stand (bron, bijgewerkt_op) VALUES
       ('signalen', date_trunc('milliseconds', now() - interval '20 seconds')),
       ('casusregie', date_trunc('milliseconds', now() - interval '95 seconds'))`,
    [],
  ],
  [`VACUUM (ANALYZE)`, []],
];

// -------------------------------------------------------------------------------------- lookup

/** The statements ZsmService.bevraag() and .ketenbeeld() run for a lookup on V-nummer, verbatim. */
const SQL = {
  persoon: `SELECT persoon_id, v_nummer, naam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, nationaliteit FROM zsm_persoon WHERE v_nummer = $1`,
  log: `INSERT INTO verwerkingslog (actor, organisatie, rollen, doel, zsm_referentie, persoon_id, wat, traceparent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
  stand: `SELECT bron, bijgewerkt_op FROM leesmodel_stand`,
  casus: `SELECT * FROM zsm_casus WHERE persoon_id = $1 ORDER BY open DESC, bijgewerkt_op DESC LIMIT 1`,
  dublin: `SELECT lidstaat, akkoord_op, vervalt_op, gedetineerd FROM dublin_claim WHERE persoon_id = $1`,
  signalen: `SELECT categorie, max(categorie_label) AS label, count(*)::int AS aantal, max(tijdstip_incident) AS laatste, bool_or(vpt) AS vpt
       FROM zsm_persoon_signaal WHERE persoon_id = $1 AND tijdstip_incident > now() - interval '12 months'
       GROUP BY categorie ORDER BY max(tijdstip_incident) DESC`,
  detentie: `SELECT soort, inrichting, begin, eind FROM detentie WHERE persoon_id = $1 ORDER BY begin DESC LIMIT 1`,
  advies: `SELECT tekst, door_naam, door_organisatie, bijgewerkt_op FROM afdoeningsadvies WHERE persoon_id = $1`,
};
const STAPPEN = /** @type {(keyof typeof SQL)[]} */ (Object.keys(SQL));

const traceparent = () => `00-${randomBytes(16).toString('hex')}-${randomBytes(8).toString('hex')}-01`;

/**
 * One lookup on V-nummer the way the service does it: each statement on its own through the pool
 * (as DataSource.query does), in the service's order; the rows as node-postgres parses them.
 * @param {pg.Pool | pg.Client} db @param {{ sub: string, organisatie: string, rollen: string[] }} actor
 * @param {string} vNummer @param {string} zsmReferentie @param {Record<string, number[]>} [tijden]
 */
async function basisBevraging(db, actor, vNummer, zsmReferentie, tijden) {
  /** @param {keyof typeof SQL} stap @param {unknown[]} params */
  const q = async (stap, params) => {
    if (!tijden) return (await db.query(SQL[stap], params)).rows;
    const t = performance.now();
    const rijen = (await db.query(SQL[stap], params)).rows;
    tijden[stap].push(performance.now() - t);
    return rijen;
  };
  const [persoon] = await q('persoon', [vNummer]);
  await q('log', [
    actor.sub,
    actor.organisatie,
    actor.rollen,
    DOEL,
    zsmReferentie,
    persoon?.persoon_id ?? null,
    'bevraging op V-nummer',
    traceparent(),
  ]);
  const stand = await q('stand', []);
  if (!persoon) return { persoon, stand };
  const id = persoon.persoon_id;
  const [casus] = await q('casus', [id]);
  const [dublin] = await q('dublin', [id]);
  const signalen = await q('signalen', [id]);
  const [detentie] = await q('detentie', [id]);
  const [advies] = await q('advies', [id]);
  return { persoon, stand, casus, dublin, signalen, detentie, advies };
}

const iso = (/** @type {Date | string | null} */ d) => (d === null ? null : new Date(d).toISOString());

/**
 * The answer the service should give, built from the baseline's rows (the mapping of
 * ZsmService.bevraag()/ketenbeeld() for a V-nummer, without beantwoordOp).
 * @param {any} r
 */
function antwoordUit(r) {
  const stand = Object.fromEntries(r.stand.map((/** @type {any} */ s) => [s.bron, iso(s.bijgewerkt_op)]));
  const leesmodel = { signalen: stand.signalen ?? null, casusregie: stand.casusregie ?? null };
  const p = r.persoon;
  if (!p)
    return {
      gevonden: false,
      persoon: null,
      kandidaten: [],
      leesmodel,
      inAsielketen: false,
      ketenbeeld: null,
    };
  const { casus, dublin, detentie, advies } = r;
  return {
    gevonden: true,
    persoon: {
      persoonId: p.persoon_id,
      vNummer: p.v_nummer,
      naam: p.naam,
      geboortedatum: p.geboortedatum,
      nationaliteit: p.nationaliteit,
    },
    kandidaten: [],
    leesmodel,
    inAsielketen: !!p.v_nummer,
    ketenbeeld: {
      spoor: casus?.spoor ?? null,
      procedurefase: casus?.procedurefase ?? null,
      kansarm: casus?.kansarm ?? null,
      dublinclaimant: casus?.spoor === 1 || !!dublin,
      dublin: dublin
        ? {
            lidstaat: dublin.lidstaat,
            akkoordOp: iso(dublin.akkoord_op),
            overdrachtUiterlijk: iso(dublin.vervalt_op),
            verlengdWegensDetentie: dublin.gedetineerd,
          }
        : null,
      kernteamCasus: casus
        ? {
            casusId: casus.casus_id,
            status: casus.status,
            locatieCode: casus.locatie_code,
            procesregisseur: {
              naam: casus.procesregisseur_naam,
              organisatie: casus.procesregisseur_organisatie,
            },
            bijgewerktOp: iso(casus.bijgewerkt_op),
          }
        : null,
      maatregelen: casus?.maatregelen ?? [],
      topx: casus?.topx ?? [],
      recenteSignalen: r.signalen.map((/** @type {any} */ s) => ({
        categorie: s.categorie,
        label: s.label ?? s.categorie,
        aantal: s.aantal,
        laatste: iso(s.laatste),
        vpt: s.vpt,
      })),
      detentie: detentie
        ? {
            gedetineerd: detentie.eind === null || new Date(detentie.eind) > new Date(),
            soort: detentie.soort,
            inrichting: detentie.inrichting,
            begin: iso(detentie.begin),
            eind: iso(detentie.eind),
          }
        : { gedetineerd: false },
      afdoeningsadvies: advies
        ? {
            tekst: advies.tekst,
            door: `${advies.door_naam} (${advies.door_organisatie})`,
            bijgewerktOp: iso(advies.bijgewerkt_op),
          }
        : null,
    },
  };
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

/** @param {string} url @param {string} token @param {Record<string, unknown>} body */
async function bevraagDienst(url, token, body) {
  const r = await fetch(`${url}/v1/zsm/bevragingen`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'ketenbeeld-doel': 'CASUSREGIE',
    },
    body: JSON.stringify(body),
  });
  const antwoord = /** @type {any} */ (await r.json());
  if (r.status !== 200) throw new Error(`POST /v1/zsm/bevragingen ${r.status}: ${JSON.stringify(antwoord)}`);
  return antwoord;
}

/**
 * V-nummers for the cross-check: persons with a running detention, an ended one, a Dublin claim,
 * an older closed case next to the current one, advice, the most signals, nothing at all; and one
 * V-nummer nobody has.
 * @param {pg.Client} db @param {number} n
 */
async function controleVNummers(db, n) {
  const k = Math.max(1, Math.floor((n - 1) / 8));
  const soorten = [
    `EXISTS (SELECT 1 FROM detentie d WHERE d.persoon_id = p.persoon_id AND d.eind IS NULL)`,
    `EXISTS (SELECT 1 FROM detentie d WHERE d.persoon_id = p.persoon_id AND d.eind < now())`,
    `EXISTS (SELECT 1 FROM dublin_claim d WHERE d.persoon_id = p.persoon_id)`,
    `(SELECT count(*) FROM zsm_casus c WHERE c.persoon_id = p.persoon_id) > 1`,
    `EXISTS (SELECT 1 FROM afdoeningsadvies a WHERE a.persoon_id = p.persoon_id)
       AND EXISTS (SELECT 1 FROM zsm_casus c WHERE c.persoon_id = p.persoon_id AND jsonb_array_length(c.maatregelen) > 0)`,
    `NOT EXISTS (SELECT 1 FROM zsm_casus c WHERE c.persoon_id = p.persoon_id)
       AND NOT EXISTS (SELECT 1 FROM detentie d WHERE d.persoon_id = p.persoon_id)`,
    `EXISTS (SELECT 1 FROM zsm_casus c WHERE c.persoon_id = p.persoon_id AND jsonb_array_length(c.topx) > 0)`,
  ];
  const uit = new Set();
  for (const waar of soorten) {
    const { rows } = await db.query(
      `SELECT v_nummer FROM zsm_persoon p WHERE ${waar} ORDER BY md5(v_nummer) LIMIT $1`,
      [k],
    );
    for (const r of rows) uit.add(r.v_nummer);
  }
  const { rows: veel } = await db.query(
    `SELECT p.v_nummer FROM zsm_persoon p
     JOIN (SELECT persoon_id FROM zsm_persoon_signaal GROUP BY persoon_id ORDER BY count(*) DESC LIMIT $1) s USING (persoon_id)`,
    [Math.max(1, n - 1 - uit.size)],
  );
  for (const r of veel) uit.add(r.v_nummer);
  uit.add('0000000001');
  return [...uit].slice(0, Math.max(n, 2));
}

// ------------------------------------------------------------------------------------ measuring

/**
 * autocannon against the service: each request a random existing V-nummer and the next token of the
 * pool. Latencies from every response (float ms); status codes counted.
 * @param {string} url @param {string[]} tokens @param {string[]} vNummers
 * @param {{ duur?: number, aantal?: number, verbindingen: number }} o
 */
function belast(url, tokens, vNummers, o) {
  let n = 0;
  /** @type {number[]} */ const latenties = [];
  /** @type {Record<string, number>} */ const statussen = {};
  return new Promise((resolve, reject) => {
    const instantie = autocannon(
      {
        url: `${url}/v1/zsm/bevragingen`,
        method: 'POST',
        connections: o.verbindingen,
        ...(o.aantal ? { amount: o.aantal } : { duration: o.duur }),
        requests: [
          {
            setupRequest: (/** @type {any} */ req) => {
              const i = n++;
              return {
                ...req,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${tokens[i % tokens.length]}`,
                },
                body: JSON.stringify({
                  doel: DOEL,
                  zsmReferentie: `ZSM-BENCH-${process.pid}-${i}`,
                  vNummer: vNummers[Math.floor(Math.random() * vNummers.length)],
                }),
              };
            },
          },
        ],
      },
      (/** @type {any} */ err, /** @type {any} */ res) => {
        if (err) return reject(err);
        const ok = latenties.length;
        resolve({
          duurSeconden: res.duration,
          verzoeken: n,
          ok: res['2xx'],
          statussen,
          fouten: res.errors + res.timeouts,
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
        /** @type {number} */ _b,
        /** @type {number} */ ms,
      ) => {
        statussen[status] = (statussen[status] ?? 0) + 1;
        if (status >= 200 && status < 300) latenties.push(ms);
      },
    );
  });
}

/**
 * The baseline: `gelijktijdig` loops, each doing lookups back to back over the pool, for `duur` s
 * (or `aantal` lookups in all).
 * @param {pg.Pool} pool @param {string[]} vNummers @param {{ duur?: number, aantal?: number, gelijktijdig: number }} o
 */
async function basislijn(pool, vNummers, o) {
  /** @type {number[]} */ const latenties = [];
  const actor = { sub: 'u-om-bench-basislijn', organisatie: 'OM', rollen: ['ZSM_OFFICIER'] };
  const start = performance.now();
  const eind = o.duur ? start + o.duur * 1000 : Infinity;
  let gestart = 0;
  await Promise.all(
    Array.from({ length: o.gelijktijdig }, async () => {
      while (performance.now() < eind && (!o.aantal || gestart < o.aantal)) {
        const i = gestart++;
        const t = performance.now();
        await basisBevraging(
          pool,
          actor,
          vNummers[Math.floor(Math.random() * vNummers.length)],
          `ZSM-BENCH-${process.pid}-B${i}`,
        );
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

// Token pool: an OM ZSM officer (the om-zsm persona's organisation and role), one sub per token.
const sleutels = await testSleutels();
const officier = persona('om-zsm');
/** @param {string} sub */
const tokenVoor = (sub) =>
  tekenToken(
    { ...officier, sub, naam: `ZSM-balie ${sub} (fictief)` },
    { ...sleutels, geldigheidSeconden: 4 * 3600 },
  );
const tokens = await Promise.all(
  Array.from({ length: SUBJECTEN }, (_, i) => tokenVoor(`u-om-bench-${String(i + 1).padStart(4, '0')}`)),
);
const controleSub = 'u-om-bench-controle';
const controleToken = await tokenVoor(controleSub);

/** @type {any[]} */
const runs = [];
let gelijk = true;
/** @type {any} */
let controleVerslag = null;
try {
  for (let run = 1; run <= RUNS && gelijk; run++) {
    const db = await maakTestDatabase('benchzsm', pgServer.url);
    const dienst = await startDienstProces(
      'zsm',
      await dienstTestEnv(db.url, { REDIS_URL: redisServer.url, LOG_LEVEL: 'error' }),
      60_000,
    ).catch(async (/** @type {unknown} */ e) => {
      await db.verwijder(); // the service did not start: leave no database behind
      throw e;
    });
    const client = new pg.Client({ connectionString: db.url, application_name: 'bench-basislijn' });
    await client.connect();
    const pool = new pg.Pool({
      connectionString: db.url,
      max: VERBINDINGEN,
      application_name: 'bench-basislijn',
    });
    try {
      const tZaai = performance.now();
      for (const [sql, params] of SEED) await client.query(sql, params);
      const zaaiSeconden = (performance.now() - tZaai) / 1000;
      const { rows: tel } = await client.query(
        `SELECT (SELECT count(*)::int FROM zsm_persoon) AS personen,
                (SELECT count(*)::int FROM zsm_persoon_signaal) AS signalen,
                (SELECT count(*)::int FROM zsm_persoon_signaal WHERE tijdstip_incident > now() - interval '12 months') AS signalen12m,
                (SELECT max(n)::int FROM (SELECT count(*) AS n FROM zsm_persoon_signaal GROUP BY persoon_id) x) AS signalenMax,
                (SELECT count(*)::int FROM zsm_casus) AS casussen,
                (SELECT count(*)::int FROM dublin_claim) AS dublinclaims,
                (SELECT count(*)::int FROM detentie) AS detenties,
                (SELECT count(*)::int FROM afdoeningsadvies) AS adviezen`,
      );
      const aantallen = tel[0];
      console.error(
        `run ${run}: ${aantallen.personen} personen, ${aantallen.signalen} signalen (max ${aantallen.signalenmax} per persoon), ` +
          `${aantallen.casussen} casussen, ${aantallen.dublinclaims} Dublinclaims, ${aantallen.detenties} detenties, ` +
          `${aantallen.adviezen} adviezen gezaaid in ${zaaiSeconden.toFixed(1)} s`,
      );
      /** @type {string[]} */
      const vNummers = (await client.query(`SELECT v_nummer FROM zsm_persoon`)).rows.map((r) => r.v_nummer);

      // Cross-check: the service's answer equals the one built from the baseline's rows.
      const controle = await controleVNummers(client, CONTROLE);
      const controleActor = { sub: `${controleSub}-basislijn`, organisatie: 'OM', rollen: ['ZSM_OFFICIER'] };
      let signaalGroepen = 0;
      let metCasus = 0;
      let gedetineerd = 0;
      for (const [i, vNummer] of controle.entries()) {
        const ref = `ZSM-CONTROLE-${run}-${i}`;
        const dienstAntwoord = await bevraagDienst(dienst.url, controleToken, {
          doel: DOEL,
          zsmReferentie: ref,
          vNummer,
        });
        const basis = antwoordUit(await basisBevraging(client, controleActor, vNummer, `${ref}-B`));
        delete dienstAntwoord.leesmodel?.beantwoordOp;
        const v = verschillen(dienstAntwoord, basis);
        if (v.length) {
          gelijk = false;
          console.error(`\nVERSCHIL voor V-nummer ${vNummer} (dienst ≠ basislijn), ${v.length} plaatsen:`);
          for (const regel of v.slice(0, 25)) console.error(`  ${regel}`);
        }
        signaalGroepen += basis.ketenbeeld?.recenteSignalen.length ?? 0;
        if (basis.ketenbeeld?.kernteamCasus) metCasus++;
        if (basis.ketenbeeld?.detentie.gedetineerd) gedetineerd++;
      }
      // The service logged each lookup (AVG art. 5), with the person it found.
      const { rows: log } = await client.query(
        `SELECT count(*)::int AS n, count(persoon_id)::int AS met_persoon FROM verwerkingslog WHERE actor = $1`,
        [controleSub],
      );
      const gevonden = controle.length - 1;
      if (log[0].n !== controle.length || log[0].met_persoon !== gevonden) {
        gelijk = false;
        console.error(
          `\nVERSCHIL verwerkingslog: ${log[0].n} regels (${log[0].met_persoon} met persoon) voor ${controle.length} bevragingen (${gevonden} gevonden)`,
        );
      }
      if (!gelijk) continue; // (after the cleanup below; no further runs)
      controleVerslag ??= {
        vNummers: controle.length,
        gevonden,
        metCasus,
        gedetineerd,
        signaalGroepen,
        verwerkingslog: log[0].n,
      };
      console.error(
        `  kruiscontrole: ${controle.length} V-nummers gelijk (${metCasus} met casus, ${gedetineerd} gedetineerd, ` +
          `${signaalGroepen} signaalcategorieën), ${log[0].n} regels in het verwerkingslog`,
      );

      // a) + b) sustained load, order alternating per run.
      /** @type {any} */ let d;
      /** @type {any} */ let b;
      const meetDienst = async () => {
        await belast(dienst.url, tokens, vNummers, { duur: OPWARMEN_SECONDEN, verbindingen: VERBINDINGEN });
        d = await metCpu(client, dienst.proces.pid, () =>
          belast(dienst.url, tokens, vNummers, { duur: SECONDEN, verbindingen: VERBINDINGEN }),
        );
      };
      const meetBasis = async () => {
        await basislijn(pool, vNummers, { duur: OPWARMEN_SECONDEN, gelijktijdig: VERBINDINGEN });
        b = await metCpu(client, dienst.proces.pid, () =>
          basislijn(pool, vNummers, { duur: SECONDEN, gelijktijdig: VERBINDINGEN }),
        );
      };
      if (run % 2 === 1) {
        await meetDienst();
        await meetBasis();
      } else {
        await meetBasis();
        await meetDienst();
      }
      const geweigerd = d.statussen[429] ?? 0;
      const niet2xx = Object.entries(d.statussen)
        .filter(([s]) => !s.startsWith('2'))
        .reduce((som, [, n]) => som + Number(n), 0);

      // c) one at a time, and the baseline's statements one by one.
      const dSeq = await belast(dienst.url, tokens, vNummers, { aantal: SEQUENTIEEL, verbindingen: 1 });
      const bSeq = await basislijn(pool, vNummers, { aantal: SEQUENTIEEL, gelijktijdig: 1 });
      /** @type {Record<string, number[]>} */
      const tijden = Object.fromEntries(STAPPEN.map((s) => [s, []]));
      const stapActor = { sub: 'u-om-bench-stappen', organisatie: 'OM', rollen: ['ZSM_OFFICIER'] };
      for (let i = 0; i < SEQUENTIEEL; i++) {
        const vNummer = vNummers[Math.floor(Math.random() * vNummers.length)];
        await basisBevraging(client, stapActor, vNummer, `ZSM-BENCH-S${i}`, tijden);
      }
      const stappen = Object.fromEntries(STAPPEN.map((s) => [s, mediaan(tijden[s])]));

      const meting = {
        run,
        zaaiSeconden,
        aantallen,
        dienst: { ...d, geweigerd429: geweigerd, niet2xx },
        basis: b,
        doorvoerVerhouding: d.rps / b.rps,
        p99Verhouding: d.p99 / b.p99,
        perSubjectPerSeconde: d.verzoeken / SUBJECTEN / SECONDEN,
        /** CPU ms per lookup (service process, PostgreSQL, the load generator / baseline client). */
        cpuPerBevraging: d.cpu && {
          dienst: {
            dienst: (d.cpu.dienst / d.rps) * 1000,
            postgres: (d.cpu.postgres / d.rps) * 1000,
            bench: (d.cpu.bench / d.rps) * 1000,
          },
          basis: { postgres: (b.cpu.postgres / b.rps) * 1000, bench: (b.cpu.bench / b.rps) * 1000 },
        },
        /** Cores used by other processes on this machine during the two timed windows (noise). */
        andereKernen: d.cpu && Math.max(d.cpu.anders, b.cpu.anders),
        sequentieel: { dienst: { p50: dSeq.p50, p99: dSeq.p99 }, basis: { p50: bSeq.p50, p99: bSeq.p99 } },
        stappen,
      };
      runs.push(meting);
      console.error(
        `  dienst ${d.rps.toFixed(0)}/s (p50 ${d.p50.toFixed(1)} ms, p99 ${d.p99.toFixed(1)} ms, ${niet2xx} niet-2xx, ${geweigerd} × 429), ` +
          `basislijn ${b.rps.toFixed(0)}/s (p50 ${b.p50.toFixed(1)} ms, p99 ${b.p99.toFixed(1)} ms) → ` +
          `doorvoer ${meting.doorvoerVerhouding.toFixed(2)}×, p99 ${meting.p99Verhouding.toFixed(2)}×`,
      );
      if (meting.cpuPerBevraging) {
        const c = meting.cpuPerBevraging;
        console.error(
          `  CPU per bevraging: dienst ${c.dienst.dienst.toFixed(2)} ms + PostgreSQL ${c.dienst.postgres.toFixed(2)} ms ` +
            `(autocannon ${c.dienst.bench.toFixed(2)} ms); basislijn PostgreSQL ${c.basis.postgres.toFixed(2)} ms + ` +
            `node-postgres ${c.basis.bench.toFixed(2)} ms; andere processen ${meting.andereKernen.toFixed(2)} kernen`,
        );
      }
      console.error(
        `  één tegelijk: dienst p50 ${dSeq.p50.toFixed(2)} ms, basislijn p50 ${bSeq.p50.toFixed(2)} ms; ` +
          `stappen ${STAPPEN.map((s) => `${s} ${stappen[s].toFixed(2)}`).join(', ')} ms`,
      );
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
  console.error('\nDe SQL-basislijn en de dienst geven verschillende antwoorden: geen rapport geschreven.');
  process.exit(1);
}

const m = (/** @type {(r: any) => number} */ f) => mediaan(runs.map(f));
const rapport = {
  benchmark: 'zsm-bevraging',
  datum: new Date().toISOString(),
  runs: RUNS,
  seconden: SECONDEN,
  verbindingen: VERBINDINGEN,
  subjecten: SUBJECTEN,
  limietPerSubject: LIMIET,
  aantallen: runs[0].aantallen,
  dienst: {
    rps: m((r) => r.dienst.rps),
    p50: m((r) => r.dienst.p50),
    p99: m((r) => r.dienst.p99),
    geweigerd429: runs.reduce((s, r) => s + r.dienst.geweigerd429, 0),
    niet2xx: runs.reduce((s, r) => s + r.dienst.niet2xx, 0),
    fouten: runs.reduce((s, r) => s + r.dienst.fouten, 0),
  },
  basis: { rps: m((r) => r.basis.rps), p50: m((r) => r.basis.p50), p99: m((r) => r.basis.p99) },
  doorvoerVerhouding: m((r) => r.doorvoerVerhouding),
  p99Verhouding: m((r) => r.p99Verhouding),
  perSubjectPerSeconde: m((r) => r.perSubjectPerSeconde),
  sequentieel: {
    dienst: { p50: m((r) => r.sequentieel.dienst.p50), p99: m((r) => r.sequentieel.dienst.p99) },
    basis: { p50: m((r) => r.sequentieel.basis.p50), p99: m((r) => r.sequentieel.basis.p99) },
  },
  stappen: Object.fromEntries(STAPPEN.map((s) => [s, m((r) => r.stappen[s])])),
  kernen: availableParallelism(),
  cpuPerBevraging: runs[0].cpuPerBevraging && {
    dienst: {
      dienst: m((r) => r.cpuPerBevraging.dienst.dienst),
      postgres: m((r) => r.cpuPerBevraging.dienst.postgres),
      bench: m((r) => r.cpuPerBevraging.dienst.bench),
    },
    basis: {
      postgres: m((r) => r.cpuPerBevraging.basis.postgres),
      bench: m((r) => r.cpuPerBevraging.basis.bench),
    },
  },
  andereKernenMax: runs[0].cpuPerBevraging ? Math.max(...runs.map((r) => r.andereKernen)) : null,
  kruiscontrole: controleVerslag,
  ruwe: runs,
  doel: 'doorvoer dienst ≥ 0,5× de SQL-basislijn; p99 dienst ≤ 3× p99 basislijn (gerapporteerd, niet geëist)',
};
const ms = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
const a0 = rapport.aantallen;
const k = rapport.kruiscontrole;
const st = rapport.stappen;
const c = rapport.cpuPerBevraging;
const cpuRegel = c
  ? `CPU per bevraging (mediaan; ${rapport.kernen} kernen voor dienst, PostgreSQL en lastgenerator samen): dienst ${c.dienst.dienst.toFixed(2)} ms in het dienstproces + ${c.dienst.postgres.toFixed(2)} ms PostgreSQL (autocannon ${c.dienst.bench.toFixed(2)} ms); basislijn ${c.basis.postgres.toFixed(2)} ms PostgreSQL + ${c.basis.bench.toFixed(2)} ms node-postgres. Andere processen op de machine tijdens de metingen: hoogstens ${(rapport.andereKernenMax ?? 0).toFixed(2)} kernen${(rapport.andereKernenMax ?? 0) > 0.2 ? ' — **de machine was niet stil; de getallen zijn verstoord**' : ''}.\n\n`
  : '';
const md = `# ZSM-bevraging op V-nummer tegen SQL

${a0.personen.toLocaleString('en')} personen, ${a0.signalen.toLocaleString('en')} signalen (${a0.signalen12m.toLocaleString('en')} in de laatste 12 maanden; hoogstens ${a0.signalenmax} per persoon), ${a0.casussen.toLocaleString('en')} casussen, ${a0.dublinclaims.toLocaleString('en')} Dublinclaims, ${a0.detenties.toLocaleString('en')} detenties, ${a0.adviezen.toLocaleString('en')} adviezen. ${RUNS} runs van ${SECONDEN} s met ${VERBINDINGEN} verbindingen (dienst: autocannon; basislijn: ${VERBINDINGEN} gelijktijdig over een pool van ${VERBINDINGEN}), elk op een verse database; medianen over de runs. ${rapport.datum}

| | per seconde | p50 | p99 |
|---|---|---|---|
| POST /v1/zsm/bevragingen (V-nummer) | ${rapport.dienst.rps.toFixed(0)} | ${ms(rapport.dienst.p50)} | ${ms(rapport.dienst.p99)} |
| SQL-basislijn, dezelfde 8 statements | ${rapport.basis.rps.toFixed(0)} | ${ms(rapport.basis.p50)} | ${ms(rapport.basis.p99)} |
| dienst / basislijn | **${rapport.doorvoerVerhouding.toFixed(2)}×** (doel ≥ 0,5×) | | **${rapport.p99Verhouding.toFixed(2)}×** (doel ≤ 3×) |

Eén tegelijk (${SEQUENTIEEL} bevragingen, één verbinding): dienst p50 ${ms(rapport.sequentieel.dienst.p50)} (p99 ${ms(rapport.sequentieel.dienst.p99)}), basislijn p50 ${ms(rapport.sequentieel.basis.p50)} (p99 ${ms(rapport.sequentieel.basis.p99)}). De statements van de basislijn los (mediaan, inclusief rondreis): ${STAPPEN.map((s) => `${s} ${st[s].toFixed(2)}`).join(', ')} ms.

${cpuRegel}Snelheidsbegrenzing: de dienst staat ${LIMIET.perSeconde} bevragingen/s (piek ${LIMIET.burst}) per token-subject toe (ZSM_LIMIET, een constante). De benchmark tekent ${SUBJECTEN} tokens voor een ZSM-officier van het OM, elk met een eigen sub, en wisselt per verzoek van token: ${rapport.perSubjectPerSeconde.toFixed(1)} verzoeken/s per subject (mediaan). Geweigerd met 429: ${rapport.dienst.geweigerd429}; niet-2xx in totaal: ${rapport.dienst.niet2xx}; verbindingsfouten: ${rapport.dienst.fouten}.

Kruiscontrole (per run, vóór het meten): voor ${k.vNummers} V-nummers (${k.gevonden} bekend, ${k.metCasus} met casus, ${k.gedetineerd} gedetineerd, ${k.signaalGroepen} signaalcategorieën; één onbekend) is het antwoord van de dienst gelijk aan het antwoord uit de rijen van de basislijn (casus-id, aantallen per categorie, detentiestatus, Dublinclaim, advies, maatregelen); het verwerkingslog van de dienst heeft één regel per bevraging.

Doel: doorvoer dienst ≥ 0,5× de basislijn en p99 ≤ 3× (gerapporteerd, niet geëist). De basislijn stuurt dezelfde statements als ZsmService.bevraag() (persoon, verwerkingslog-INSERT, leesmodelstand, casus, Dublinclaim, signalen per categorie, detentie, advies) elk los via de pool, zoals DataSource.query dat doet.
`;
const dir = path.join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const stempel = rapport.datum.replace(/[:.]/g, '-');
writeFileSync(path.join(dir, `zsm-bevraging-${stempel}.json`), JSON.stringify(rapport, null, 2));
writeFileSync(path.join(dir, `zsm-bevraging-${stempel}.md`), md);
console.log(md);
process.exit(0);
