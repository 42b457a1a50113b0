#!/usr/bin/env node
// @ts-check
/**
 * Benchmark: the ketenbeeld of one person through the gateway (issue 8). One federated query,
 * the console's person page query `Ketenbeeld` for this persona: the shareable root field
 * `persoon(id)` asked once per subgraph under its own alias (`persoon` signalen's part: identity,
 * aliases, match candidates, merges, every signal; `kernteam` casusregie's: the kernteam's signal
 * copies, the case with its measures, actions and timeline, Top-X; `strafrecht` zsm's: ZSM contacts
 * with the OM's decisions, detentions, Dublin claim, advice; `planning` planning's: placements,
 * inhuisregistratie, procedure plans with TTSD) and planning's root field `locaties`, for a person
 * with 200 signals, against each subgraph's own part of that query sent straight to that subgraph,
 * in the same run. Each part is what the gateway sends that subgraph:
 *
 *   `persoon(id) { id <its fields> }` (a root fetch; planning's request carries `locaties` alongside),
 *
 * so the gateway's plan is four root fetches in parallel (signalen returns the person or null; the
 * others return the key and resolve their own fields on it: see persoon-uitbreiding.ts in
 * packages/platform), and the console joins the aliases into one person.
 *
 * The baseline is the slowest single part (per statistic: the highest p50 of the four parts for the
 * p50 ratio, the highest p99 for the p99 ratio). Target (issue 8, reported, never asserted): the
 * gateway ≤ 2× that baseline. Reported alongside: the sum of the parts (what a plan that fetched
 * them one after another would cost) and the critical path of the gateway's plan: with the four
 * fetches in parallel, the slowest part (so, measured alone, the baseline itself; what the gateway
 * costs above it is its own work, its HTTP hops and the parts competing for the cores).
 *
 *   a) one at a time: --sequentieel 200 rounds (after 10 warm-up rounds), each round one request
 *      to every target in turn, the order rotating (interleaved: other work on this shared 2-core
 *      machine then hits gateway and parts alike, and the ratio compares the same minutes); fetch
 *      with keep-alive, the whole body read; p50/p99 (float ms per request, client side).
 *   b) under load: autocannon, --verbindingen 8 connections for --seconden 3 s per target (after 1 s
 *      warm-up), the order alternating per run; req/s,
 *      p50, p99; the CPU every process spends per request (gateway, each service, PostgreSQL,
 *      autocannon) and what other processes on the machine used meanwhile (noise).
 *   c) for the diagnosis: the gateway's query plan (@apollo/query-planner on the committed
 *      supergraph, the same planner the gateway runs) with its fetches, the time to build it, the
 *      gateway's first (plan-building) request, the response sizes; then, interleaved, --ontleding
 *      50 rounds of: the gateway over HTTP, each part alone, the gateway's code (@apollo/gateway on
 *      the same supergraph, a data source per subgraph as apps/gateway has it) in this process with
 *      every subgraph fetch timed (with its default fetcher make-fetch-happen, and with Node's
 *      fetch: the time before the fetches, the four side by side, the time after them), and the same
 *      plan run by hand without a gateway (the four parts at once); each top-level field of each
 *      part alone (--per-veld 30 rounds). With --profiel the gateway process also runs a V8 CPU
 *      profiler during the measuring windows (a --require hook started and stopped with SIGUSR2),
 *      summarised per package and function in the report.
 *
 * The stack: the four services as their own processes (built apps/<dienst>/dist/main.js), each on
 * a fresh database, one queue prefix, and the gateway as its own process (apps/gateway/dist/main.js),
 * as in apps/gateway/test/keten.e2e.spec.ts. PostgreSQL: a private server started for the run from
 * the machine's own binaries (initdb/pg_ctl; same version and settings as the local server but
 * max_connections, see eigenPostgres) because the four pools need ≈90 connections under load;
 * --gedeelde-postgres uses the local server instead (infra/local/stack.mjs), as do the other
 * benchmarks. Redis: the local one (infra/local/stack.mjs), under a queue prefix of its own. The data goes in through the services' own APIs, so
 * every copy in casusregie, zsm and planning is made by the real event consumers:
 *   - background: --achtergrond 2,000 other persons with --per-persoon 3 signals each, through
 *     `POST /v1/signalen/batch` (1,000 per batch; a V-nummer at most once per batch);
 *   - the person (V-nummer, name shared with part of the background, so match candidates exist):
 *     198 signals through `POST /v1/signalen` in mixed categories of the taxonomy from COA and the
 *     police; one more about a provisional identity (no V-nummer, another spelling) which is merged
 *     into the person (an alias and a merge on the page, the signal moves with it); the case:
 *     casusregie's proposal confirmed (spoor 1, all proposals attach: the case carries every
 *     signal); a procedure plan and a placement proposal in planning; in zsm a ZSM registration (which
 *     becomes the 200th signal through signalen), the OM's decision, a detention, a Dublin acceptance
 *     and an afdoeningsadvies;
 *   - then it waits until every outbox is relayed and every consumer queue is empty, and checks the
 *     copies: 200 signals in signalen, casusregie, zsm and on the case.
 *
 * Cross-check, before measuring: the gateway's answer, its aliases joined (persoon ∪ kernteam ∪
 * strafrecht ∪ planning; the root field `locaties` apart), must equal the merge of the four direct
 * parts, each alias its own part, and hold the data above (200 signals, the case, the plan, …). A
 * difference is printed and the benchmark exits with code 1 (as the other benchmarks do). The
 * in-process gateway's answers are checked the same way. Persona: ind-procesregisseur (IND kernteam
 * procesregisseur: sees every signal, the case, the ZSM section and planning). Every request, the
 * in-process gateway's subgraph fetches too, states the purpose CASUSREGIE in the Ketenbeeld-Doel
 * header (the services refuse reads that disclose persons without one), as the console does; the
 * gateway process gets rate limits far above what the benchmark asks.
 *
 * Three runs (--runs) on the same stack and data (seeding goes through the event pipeline and takes
 * much of the ~4 minute budget on 2 cores), the order of gateway and parts alternating per run;
 * medians.
 *
 *   npm run build && npm run bench:ketenbeeld -- [--runs 3] [--sequentieel 200] [--seconden 3]
 *     [--verbindingen 8] [--achtergrond 2000] [--per-persoon 3] [--ontleding 50] [--per-veld 30]
 *     [--profiel] [--gedeelde-postgres] [--max-connections 200]
 *   (when the console does not build: npx turbo run build --filter='!@ketenbeeld/console')
 *
 * Writes bench/results/ketenbeeld-<timestamp>.{json,md}. Not a test: no thresholds here.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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
  startDienstProces,
  testSleutels,
  testToken,
} = require('@ketenbeeld/testing');
const { SIGNAAL_TAXONOMIE, QueueName } = require('@ketenbeeld/domain');
const { Queue } = require('bullmq');
const { Redis } = require('ioredis');
const { parse, print } = require('graphql');
const { Supergraph, operationFromDocument } = require('@apollo/federation-internals');
const { QueryPlanner, prettyFormatQueryPlan } = require('@apollo/query-planner');
const { ApolloGateway, RemoteGraphQLDataSource } = require('@apollo/gateway');
const { ApolloServer } = require('@apollo/server');
const { ApolloServerPluginInlineTraceDisabled } = require('@apollo/server/plugin/disabled');
const { freePort, resolvePostgres, resolveRedis } = await import('../infra/local/stack.mjs');

const vlag = (/** @type {string} */ naam) => process.argv.includes(`--${naam}`);
const arg = (/** @type {string} */ naam, /** @type {number} */ standaard) => {
  const i = process.argv.indexOf(`--${naam}`);
  return i >= 0 ? Number(process.argv[i + 1]) : standaard;
};
const RUNS = arg('runs', 3);
const SEQUENTIEEL = arg('sequentieel', 200);
const SECONDEN = arg('seconden', 3);
const VERBINDINGEN = arg('verbindingen', 8);
const ACHTERGROND = arg('achtergrond', 2000);
const PER_PERSOON = arg('per-persoon', 3);
/** PostgreSQL connections the private server allows (four service pools of 20 at full load, and more). */
const MAX_CONNECTIONS = arg('max-connections', 200);
const GEDEELDE_POSTGRES = vlag('gedeelde-postgres');
/** CPU profile of the gateway process (--cpu-prof), summarised in the report; off by default. */
const PROFIEL = vlag('profiel');
/** Requests per field when each field of a part is timed on its own. */
const PER_VELD = arg('per-veld', 30);
const OPWARMEN_SEQUENTIEEL = 10;
const OPWARMEN_SECONDEN = 1;
/** Requests per variant in the diagnosis (the in-process gateway, the plan without a gateway). */
const ONTLEDING = arg('ontleding', 50);
const SIGNALEN_PERSOON = 200;
const PERSONA = 'ind-procesregisseur';
const DIENSTEN = /** @type {const} */ (['signalen', 'casusregie', 'zsm', 'planning']);
const DELEN = DIENSTEN;
const V_NUMMER = '5512345678';
const NAAM = 'Ahmed El Amrani';
/** Provisional identities (no V-nummer) with names like the person's: the page's match candidates. */
const VOORLOPIGE_NAMEN = [
  'Ahmed Elamrani',
  'Ahmad El Amrani',
  'Ahmed El Amrany',
  'Achmed Amrani',
  'A. El Amrani',
];

/** @param {number[]} xs @param {number} p */
function percentiel(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
const mediaan = (/** @type {number[]} */ xs) => percentiel(xs, 50);
const slaap = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
const log = (/** @type {string} */ s) => console.error(s);

// ------------------------------------------------------------------------------- the query

/**
 * Each subgraph's fields on Persoon, as the console's person page asks them: the query `Ketenbeeld`
 * in apps/console/src/features/persoon/persoon.graphql.ts with its fragments written out, for this
 * persona ($metKoppelen: kandidaten; $metPlanning: the planning root field `locaties`). Names checked
 * against apps/gateway/supergraph.graphql; at start the benchmark compares the top-level fields with
 * the console's query and reports any drift.
 * @type {Record<typeof DIENSTEN[number], string>}
 */
const VELDEN = {
  signalen: `
    vNummer naam geboortedatum nationaliteit geboortejaar coaNummer omschrijving status samengevoegdIn
    aliassen { naam bron toegevoegdOp }
    kandidaten {
      persoon { id vNummer naam geboortedatum nationaliteit geboortejaar coaNummer omschrijving status }
      score redenen
    }
    samenvoegingen { id behoudenId opgaandId reden op doorOrganisatie aantalSignalen gesplitstOp gesplitstReden }
    signalen {
      id bronOrganisatie bronReferentie categorie categorieLabel subcategorieLabel tijdstipIncident
      tijdstipMelding geregistreerdOp geregistreerdDoor ernst vpt status versie plaats { gemeente locatieCode }
    }`,
  casusregie: `
    signaalMeldingen { signaalId categorie tijdstipIncident ontvangenOp status }
    casussen {
      id groepId status statusLabel spoor kansarm land locatieCode procedurefase
      procesregisseur { sub naam organisatie }
      deelnemers doorverwezenNaar aangemeldOp afgerondOp bijgewerktOp nieuweSignalen actiesTeLaat
      signalen { signaalId gekoppeldOp nieuw }
      maatregelen {
        id code naam soort eigenaar wettelijkeGrondslag start eind reden status beeindigdReden termijnId groepActieId
      }
      acties {
        id casusId omschrijving eigenaarOrganisatie eigenaarPersoon deadline status teLaat geescaleerdOp besluitId afgerondOp
      }
      tijdlijn { tijdstip soort omschrijving refId organisatie }
    }
    topx { regio maand rang score uitleg }`,
  zsm: `
    zsmSignaalOverzicht { categorie aantal laatste }
    zsmRegistraties {
      id zsmReferentie aanhoudingOp delict omschrijving vpt zsmLocatie custodyKlokkenGestart
      afdoeningen { soort soortLabel besluitOp vrijlatingOp toelichting }
    }
    detenties { id soort begin eind inrichting }
    dublinClaim { lidstaat akkoordOp overdrachtUiterlijk verlengdWegensDetentie }
    afdoeningsadvies { tekst door bijgewerktOp }`,
  planning: `
    plaatsingen {
      id persoon { id } casusId locatie locatieNaam locatieSoort status statusLabel van tot werkelijkEind
      eindReden prioriteit artikel56 bewaringVerlengd overslaanReden toelichting
      bevindingen { code regel tekst blokkerend }
      vervangtPlaatsingId termijnId voorgesteldDoor voorgesteldOp wachtlijstSinds aangebodenOp
    }
    inhuisregistratiePlichten { id locatie van tot reden }
    inhuisregistraties { datum venster locatie tijdstip gemist signaalId }
    procedurePlannen {
      casus { id } persoon { id } aanmelding spoor rvtOnthouden verblijfLocatie
      stappen {
        stap label nvt gepland werkelijk uiterlijk regel uitleg vertraagd afspraakOp afspraakLocatie slotWeek
        transportAangevraagd
      }
      ttsd { kengetal doelDatum geplandeDatum werkelijkeDatum dagenGepland dagenWerkelijk speling risico uitleg }
    }`,
};
/** Root fields next to the `persoon` aliases in the console's query, per subgraph (planning: the locations). */
const WORTEL = { planning: 'locaties { code naam }' };
/**
 * The alias under which the console asks each subgraph's part of the shareable root field
 * `persoon(id)` (signalen's part unaliased): one root fetch per subgraph, all four in parallel.
 * @type {Record<typeof DIENSTEN[number], string>}
 */
const ALIAS = { signalen: 'persoon', casusregie: 'kernteam', zsm: 'strafrecht', planning: 'planning' };

const KETENBEELD = `query Ketenbeeld($id: ID!) {
${DIENSTEN.map(
  (d) => `  ${ALIAS[d] === 'persoon' ? '' : `${ALIAS[d]}: `}persoon(id: $id) {
    id${VELDEN[d]}
  }`,
).join('\n')}
  ${WORTEL.planning}
}`;

/**
 * The part of one subgraph, as the gateway sends it (or only `selectie` of it): the root field
 * `persoon(id)` with the key and that subgraph's fields, planning's root field alongside.
 * @param {typeof DIENSTEN[number]} dienst @param {string} [selectie] @param {boolean} [metWortel]
 */
const deelQuery = (dienst, selectie = VELDEN[dienst], metWortel = true) =>
  `query Ketenbeeld${dienst[0].toUpperCase()}${dienst.slice(1)}($id: ID!) {
  persoon(id: $id) { id ${selectie} }
  ${metWortel ? (/** @type {Record<string, string>} */ (WORTEL)[dienst] ?? '') : ''}
}`;
/** @param {typeof DIENSTEN[number]} _dienst @param {string} id */
const deelVariabelen = (_dienst, id) => ({ id });
/** A part's answer as the gateway would merge it: Persoon's fields, and root fields apart. @param {string} _dienst @param {any} data */
const deelUit = (_dienst, data) => {
  const { persoon, ...wortel } = data;
  return { persoon, wortel };
};
/**
 * The gateway's answer split as the parts: each alias as its subgraph's part, the root fields apart.
 * @param {any} data @returns {{ delen: Record<string, any>, wortel: Record<string, any> }}
 */
const gatewayDelen = (data) => {
  const aliassen = new Set(Object.values(ALIAS));
  return {
    delen: Object.fromEntries(DIENSTEN.map((d) => [d, data[ALIAS[d]]])),
    wortel: Object.fromEntries(Object.entries(data).filter(([k]) => !aliassen.has(k))),
  };
};
/**
 * The person as the console shows it (voegKetenbeeldSamen): the aliases joined, signalen's id kept.
 * @param {any} data
 */
const voegSamen = (data) =>
  data.persoon && Object.assign({}, ...DIENSTEN.map((d) => data[ALIAS[d]]), { id: data.persoon.id });

/**
 * Top-level fields of every `persoon(id: $id)` selection (aliased or not, all together) and the
 * other root fields of a Ketenbeeld query; fragment spreads expanded with `fragmenten` (by name),
 * unknown ones kept as `...Naam`.
 * @param {any} operatie an OperationDefinition @param {Map<string, any>} fragmenten
 * @returns {{ persoon: string[], wortels: string[] }}
 */
function bovensteVelden(operatie, fragmenten) {
  /** @param {any} sel @returns {string[]} */
  const velden = (sel) =>
    sel.selections.flatMap((/** @type {any} */ x) =>
      x.kind === 'Field'
        ? [x.name.value]
        : x.kind === 'FragmentSpread'
          ? fragmenten.has(x.name.value)
            ? velden(fragmenten.get(x.name.value).selectionSet)
            : [`...${x.name.value}`]
          : velden(x.selectionSet),
    );
  const isPersoon = (/** @type {any} */ x) =>
    x.kind === 'Field' &&
    x.name.value === 'persoon' &&
    x.arguments?.length === 1 &&
    x.arguments[0].name.value === 'id' &&
    x.arguments[0].value.kind === 'Variable' &&
    x.arguments[0].value.name.value === 'id';
  const wortel = operatie.selectionSet.selections;
  return {
    persoon: [...new Set(wortel.filter(isPersoon).flatMap((/** @type {any} */ x) => velden(x.selectionSet)))],
    wortels: [
      ...new Set(
        wortel
          .filter((/** @type {any} */ x) => !isPersoon(x))
          .flatMap((/** @type {any} */ x) => velden({ selections: [x] })),
      ),
    ],
  };
}

/**
 * The top-level fields of the console's Ketenbeeld query (bovensteVelden), fragments on Persoon
 * from the same file written out; null when the file or the query is not found (or holds no
 * `persoon(id: $id)`). For a drift warning only: the benchmark's own field list is the definition
 * measured.
 * @returns {{ persoon: string[], wortels: string[] } | null}
 */
function veldenVanConsole() {
  try {
    const bron = readFileSync(
      path.join(ROOT, 'apps', 'console', 'src', 'features', 'persoon', 'persoon.graphql.ts'),
      'utf8',
    );
    /** The GraphQL text from `i` to the brace that closes its first `{`. @param {number} i */
    const blok = (i) => {
      let diepte = 0;
      for (let j = bron.indexOf('{', i); j >= 0 && j < bron.length; j++) {
        if (bron[j] === '{') diepte++;
        else if (bron[j] === '}' && --diepte === 0) return bron.slice(i, j + 1);
      }
      return null;
    };
    /** @type {Map<string, any>} */
    const fragmenten = new Map();
    for (const f of bron.matchAll(/fragment\s+(\w+)\s+on\s+Persoon\s*{/g)) {
      const tekst = blok(/** @type {number} */ (f.index));
      if (tekst) fragmenten.set(f[1], parse(tekst).definitions[0]);
    }
    const q = /query\s+Ketenbeeld\s*\(/.exec(bron);
    const tekst = q && blok(q.index);
    if (!tekst) return null;
    const velden = bovensteVelden(parse(tekst).definitions[0], fragmenten);
    return velden.persoon.length ? velden : null;
  } catch {
    return null;
  }
}

// ------------------------------------------------------------------------------------ HTTP

/**
 * The purpose every read states (Ketenbeeld-Doel; the services refuse reads that disclose persons
 * without one): the persona's, as the console sends it for the person page.
 */
const DOEL = 'CASUSREGIE';
/** The headers of every request to the gateway or a service. @param {string} token */
const koppen = (token) => ({
  'content-type': 'application/json',
  authorization: `Bearer ${token}`,
  'ketenbeeld-doel': DOEL,
});

/**
 * @param {string} url @param {string} token @param {string} query @param {Record<string, unknown>} variables
 * @returns {Promise<{ data: any, bytes: number, ms: number }>}
 */
async function gql(url, token, query, variables = {}) {
  const t = performance.now();
  const r = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: koppen(token),
    body: JSON.stringify({ query, variables }),
  });
  const tekst = await r.text();
  const ms = performance.now() - t;
  const body = /** @type {any} */ (JSON.parse(tekst));
  if (r.status !== 200 || body.errors?.length) {
    throw new Error(`GraphQL ${r.status}: ${JSON.stringify(body.errors ?? body).slice(0, 2000)}`);
  }
  return { data: body.data, bytes: Buffer.byteLength(tekst), ms };
}

/** @param {string} url @param {string} token @param {unknown} body @returns {Promise<any>} */
async function post(url, token, body) {
  const r = await fetch(url, {
    method: 'POST',
    headers: koppen(token),
    body: JSON.stringify(body),
  });
  const antwoord = await r.json().catch(() => ({}));
  if (r.status >= 300) throw new Error(`POST ${url} ${r.status}: ${JSON.stringify(antwoord).slice(0, 2000)}`);
  return antwoord;
}

/** Poll until `fn` gives a truthy value. @template T @param {() => Promise<T>} fn @param {string} wat */
async function wachtOp(fn, wat, ms = 120_000, stap = 100) {
  const tot = Date.now() + ms;
  for (;;) {
    const v = await fn().catch(() => undefined);
    if (v) return v;
    if (Date.now() > tot) throw new Error(`geen ${wat} binnen ${ms / 1000} s`);
    await slaap(stap);
  }
}

// ------------------------------------------------------------------------------------ data

const VOORNAMEN = ['Ahmed', 'Mohamed', 'Youssef', 'Omar', 'Ali', 'Hassan', 'Bilal', 'Karim', 'Samir'];
VOORNAMEN.push('Tarek', 'Walid', 'Amine', 'Rachid', 'Nabil', 'Hamza', 'Ibrahim', 'Mustafa', 'Khalid');
VOORNAMEN.push('Yassin', 'Anas', 'Fatima', 'Amina', 'Sara', 'Layla', 'Nour', 'Mariam', 'Giorgi', 'Levan');
const ACHTERNAMEN = ['El Amrani', 'Benali', 'Haddad', 'Mansour', 'Karimi', 'Aziz', 'Rahimi', 'Osman'];
ACHTERNAMEN.push('Yilmaz', 'Demir', 'Kaya', 'Bekele', 'Tesfaye', 'Abdi', 'Warsame', 'Nasser', 'Saleh');
ACHTERNAMEN.push('Jaber', 'Hamdi', 'Toumi', 'Bouzid', 'Cherif', 'Gharbi', 'Trabelsi', 'Beridze', 'Okafor');
const LANDEN = ['MAR', 'DZA', 'TUN', 'LBY', 'SYR', 'AFG', 'ERI', 'TUR', 'NGA', 'GEO', 'IRQ', 'YEM'];
const LOCATIES = ['TER_APEL', 'BUDEL', 'AZC_ASSEN', 'VTL_TER_APEL'];
/** @type {readonly { code: string, label: string }[]} */
const CATEGORIEEN = SIGNAAL_TAXONOMIE;
const DAG = 86_400_000;

/** A deterministic pseudo-random stream (mulberry32), so every run seeds the same data. */
function willekeur(zaad = 0x4b454e) {
  let a = zaad;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One signal as a partner submits it (REST; the same schema as GraphQL's SignaalInvoer).
 * @param {{ ref: string, org: 'COA' | 'POLITIE', categorie: string, ernst: number, dagenGeleden: number,
 *           persoon: Record<string, unknown>, locatie?: string }} s
 */
function signaal(s) {
  return {
    bronOrganisatie: s.org,
    bronReferentie: s.ref,
    categorie: s.categorie,
    ernst: s.ernst,
    omschrijving: `Benchmark ketenbeeld: ${s.categorie.toLowerCase().replace(/_/g, ' ')} (fictief)`,
    tijdstipIncident: new Date(Date.now() - s.dagenGeleden * DAG - 60_000).toISOString(),
    plaats: s.org === 'COA' ? { locatieCode: s.locatie ?? 'TER_APEL' } : { gemeente: 'Westerwolde' },
    personen: [s.persoon],
  };
}

// ------------------------------------------------------------------------------ measuring

/**
 * autocannon against one target (the gateway's /graphql or a service's): the same request on every
 * connection. Latencies from every response (float ms); status codes and response sizes counted (a
 * GraphQL error would be a 200 of another size).
 * @param {{ url: string, body: string }} doel @param {string} token
 * @param {{ duur?: number, aantal?: number, verbindingen: number }} o
 */
function belast(doel, token, o) {
  /** @type {number[]} */ const latenties = [];
  /** @type {Record<string, number>} */ const statussen = {};
  /** @type {Map<number, number>} */ const groottes = new Map();
  return new Promise((resolve, reject) => {
    const instantie = autocannon(
      {
        url: `${doel.url}/graphql`,
        method: 'POST',
        connections: o.verbindingen,
        ...(o.aantal ? { amount: o.aantal } : { duration: o.duur }),
        headers: koppen(token),
        body: doel.body,
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
 * One request over HTTP (fetch, keep-alive per origin), the whole body read: its time (float ms)
 * and whether it is a 200 of the expected size (`bytes`; a GraphQL error has another size).
 * @param {{ url: string, body: string, bytes?: number }} doel @param {string} token
 */
async function verzoek(doel, token) {
  const t0 = performance.now();
  const r = await fetch(`${doel.url}/graphql`, {
    method: 'POST',
    headers: koppen(token),
    body: doel.body,
  });
  const tekst = await r.text();
  const ms = performance.now() - t0;
  const bytes = Buffer.byteLength(tekst);
  if (doel.bytes === undefined && r.status === 200 && !tekst.includes('"errors"')) doel.bytes = bytes;
  const ok = r.status === 200 && bytes === doel.bytes;
  // A failure keeps what came back (status and the start of the body), for the log.
  return ok ? { ms, ok } : { ms, ok, fout: `${r.status} ${tekst.slice(0, 300)}` };
}

/**
 * One at a time, interleaved: `opwarmen` + `n` rounds, each round one call of every variant in turn
 * (the order rotating per round), so that a busy moment on the machine (other work on the same two
 * cores) hits every variant alike and the ratios compare the same minutes. Each variant returns
 * `{ ms, ok? }` (and whatever else it measured).
 * @param {Record<string, () => Promise<any>>} varianten
 * @param {number} n @param {number} opwarmen
 */
async function afwisselend(varianten, n, opwarmen) {
  const namen = Object.keys(varianten);
  /** @type {Record<string, any[]>} */
  const uit = Object.fromEntries(namen.map((k) => [k, []]));
  for (let i = 0; i < opwarmen + n; i++) {
    for (let j = 0; j < namen.length; j++) {
      const naam = namen[(i + j) % namen.length];
      const r = await varianten[naam]();
      if (i >= opwarmen) uit[naam].push(r);
    }
  }
  return uit;
}

/** p50/p99 and failures of interleaved measurements. @param {{ ms: number, ok?: boolean }[]} xs */
const statistiek = (xs) => {
  const goed = xs.filter((x) => x.ok !== false).map((x) => x.ms);
  const fout = /** @type {{ fout?: string }[]} */ (xs).find((x) => x.fout)?.fout;
  return {
    p50: percentiel(goed, 50),
    p99: percentiel(goed, 99),
    fouten: xs.length - goed.length,
    ...(fout ? { eersteFout: fout } : {}),
  };
};

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
 * Run `fn` and return its result with the cores (CPU s per s) used meanwhile by: this process (the
 * load generator), the gateway, each service, the PostgreSQL backends of the four databases, and
 * everything else on the machine (other work: noise).
 * @template T @param {pg.Client} admin @param {string[]} databases @param {Record<string, number | undefined>} pids
 * @param {() => Promise<T>} fn
 */
async function metCpu(admin, databases, pids, fn) {
  const backends = async () =>
    (
      await admin.query(`SELECT pid FROM pg_stat_activity WHERE datname = ANY($1::text[])`, [databases])
    ).rows.map((r) => r.pid);
  const voor = await backends();
  const c0 = cpuPerProces();
  const t0 = performance.now();
  const r = await fn();
  const s = (performance.now() - t0) / 1000;
  const c1 = cpuPerProces();
  const eigen = new Set([...voor, ...(await backends())]);
  if (!c0 || !c1) return { ...r, cpu: null };
  const perPid = new Map(Object.entries(pids).map(([naam, pid]) => [pid, naam]));
  /** @type {Record<string, number>} */
  const cpu = {
    bench: 0,
    ...Object.fromEntries(Object.keys(pids).map((k) => [k, 0])),
    postgres: 0,
    anders: 0,
  };
  for (const [pid, sec] of c1) {
    const groep =
      pid === process.pid ? 'bench' : (perPid.get(pid) ?? (eigen.has(pid) ? 'postgres' : 'anders'));
    cpu[groep] += (sec - (c0.get(pid) ?? 0)) / s;
  }
  return { ...r, cpu };
}

/** Paths where `a` and `b` differ (numbers compared exactly). @returns {string[]} */
function verschillen(/** @type {any} */ a, /** @type {any} */ b, pad = '') {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b))
      return [`${pad}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`];
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

// ------------------------------------------------------------------------------- diagnosis

/**
 * The gateway's own code (@apollo/gateway with the committed supergraph, as apps/gateway builds it:
 * a RemoteGraphQLDataSource per subgraph that forwards the token and the purpose) run in this process against the
 * same four services, with every subgraph fetch timed; without HTTP, JWT check and express in front.
 * `fetcher` replaces the data source's default (make-fetch-happen) for the comparison.
 * @param {string} supergraphSdl @param {Record<string, string>} urls @param {any} [fetcher]
 */
async function gatewayInProces(supergraphSdl, urls, fetcher) {
  /** @type {{ dienst: string, t0: number, t1: number }[]} */
  let spoor = [];
  class GetimedeBron extends RemoteGraphQLDataSource {
    /** @param {any} o */
    willSendRequest({ request, context }) {
      if (context.authorization) request.http?.headers.set('authorization', context.authorization);
      if (context.doel) request.http?.headers.set('ketenbeeld-doel', context.doel);
    }
    /** @param {any} o */
    async process(o) {
      const t0 = performance.now();
      try {
        return await super.process(o);
      } finally {
        spoor.push({ dienst: /** @type {any} */ (this).naam, t0, t1: performance.now() });
      }
    }
  }
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      Object.assign(new GetimedeBron({ url: urls[name], ...(fetcher ? { fetcher } : {}) }), { naam: name }),
  });
  const server = new ApolloServer({ gateway, plugins: [ApolloServerPluginInlineTraceDisabled()] });
  await server.start();
  return {
    /** One query; the timeline of its fetches (ms from the start). @param {string} query @param {any} variables @param {string} token */
    async vraag(query, variables, token) {
      spoor = [];
      const t0 = performance.now();
      const r = await server.executeOperation(
        { query, variables },
        { contextValue: { authorization: `Bearer ${token}`, doel: DOEL } },
      );
      const t1 = performance.now();
      const resultaat = /** @type {any} */ (r.body).singleResult;
      if (resultaat.errors?.length)
        throw new Error(`gateway in proces: ${JSON.stringify(resultaat.errors).slice(0, 500)}`);
      const t2 = performance.now();
      JSON.stringify(resultaat);
      const t3 = performance.now();
      return { t0, t1, json: t3 - t2, spoor: [...spoor], data: resultaat.data };
    },
    stop: () => server.stop(),
  };
}

/**
 * Where the time of one ketenbeeld goes, from the timelines of `n` queries (medians): before the
 * first fetch (parse, validate, plan from the cache, building the requests), the four root fetches
 * side by side (from the first start to the last end; how far apart they start; each one's own
 * duration and the longest of them), after the last one (merging the answers into the response),
 * and serialising it. Throws when the plan is not one fetch per subgraph, all running at once
 * (every fetch starts before the first one ends).
 * @param {{ t0: number, t1: number, json: number, spoor: { dienst: string, t0: number, t1: number }[] }[]} metingen
 */
function tijdlijn(metingen) {
  const rijen = metingen.map((x) => {
    const fetches = DIENSTEN.map((d) => x.spoor.filter((f) => f.dienst === d));
    const start = Math.min(...x.spoor.map((f) => f.t0));
    const laatsteStart = Math.max(...x.spoor.map((f) => f.t0));
    const eersteEind = Math.min(...x.spoor.map((f) => f.t1));
    const eind = Math.max(...x.spoor.map((f) => f.t1));
    if (
      x.spoor.length !== DIENSTEN.length ||
      fetches.some((f) => f.length !== 1) ||
      laatsteStart > eersteEind
    )
      throw new Error(
        `onverwacht plan (verwacht: één fetch per subgraaf, alle tegelijk): ${x.spoor
          .map((f) => `${f.dienst} ${(f.t0 - x.t0).toFixed(1)}–${(f.t1 - x.t0).toFixed(1)} ms`)
          .join(', ')}`,
      );
    const duur = Object.fromEntries(DIENSTEN.map((d, i) => [d, fetches[i][0].t1 - fetches[i][0].t0]));
    return {
      totaal: x.t1 - x.t0,
      voor: start - x.t0,
      spreiding: laatsteStart - start,
      parallel: eind - start,
      ...duur,
      langste: Math.max(...Object.values(duur)),
      na: x.t1 - eind,
      json: x.json,
    };
  });
  return Object.fromEntries(
    Object.keys(rijen[0]).map((k) => [k, mediaan(rijen.map((r) => /** @type {any} */ (r)[k]))]),
  );
}

/**
 * The gateway's own work in an in-process timeline (tijdlijn): before the fetches, after them, and
 * serialising the answer; and its share of the whole (`totaal` ends when the result is built, so
 * the JSON is added to both).
 * @param {Record<string, number>} t
 */
const eigenWerk = (t) => t.voor + t.na + t.json;
const eigenAandeel = (/** @type {Record<string, number>} */ t) => eigenWerk(t) / (t.totaal + t.json);

/**
 * Self time per package in a V8 CPU profile (the gateway's, from --profiel): from each script's path
 * under node_modules; Node's own code, GC and the app apart; and the functions with the most self
 * time. Idle time is left out of the shares. Samples are wall-clock while the thread runs: on a busy
 * machine, time the process waits for a core inside a system call (a socket write) counts too.
 * @param {any} profile
 */
function vatProfielSamen(profile) {
  /** @type {Map<number, number>} */
  const zelf = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    zelf.set(id, (zelf.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  /** @type {Map<string, number>} */ const perPakket = new Map();
  /** @type {Map<string, number>} */ const perFunctie = new Map();
  let totaal = 0;
  for (const node of profile.nodes) {
    const ms = zelf.get(node.id) ?? 0;
    if (!ms) continue;
    const { url, functionName } = node.callFrame;
    if (functionName === '(idle)') continue;
    totaal += ms;
    const pakket =
      /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (functionName === '(garbage collector)'
        ? 'GC'
        : functionName === '(program)'
          ? 'V8 (program)'
          : url.startsWith('node:') || !url
            ? 'node (intern, native)'
            : url
                .replace(/^file:\/\//, '')
                .replace(ROOT, '')
                .split('/')
                .slice(0, 4)
                .join('/'));
    perPakket.set(pakket, (perPakket.get(pakket) ?? 0) + ms);
    const f = `${functionName || '(anoniem)'} (${pakket}${url ? `: ${path.basename(url)}:${node.callFrame.lineNumber + 1}` : ''})`;
    perFunctie.set(f, (perFunctie.get(f) ?? 0) + ms);
  }
  const top = (/** @type {Map<string, number>} */ m, /** @type {number} */ n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([naam, ms]) => ({ naam, ms, aandeel: ms / totaal }));
  return { totaalMs: totaal, pakketten: top(perPakket, 14), functies: top(perFunctie, 20) };
}

/**
 * A preload script for the gateway process (NODE_OPTIONS --require; --cpu-prof is not allowed
 * there): the first SIGUSR2 starts the V8 profiler (0.5 ms samples), the second stops it and writes
 * gateway.cpuprofile into `dir`. So only the measuring windows are profiled.
 * @param {string} dir @returns {string} the script's path
 */
function maakProfielHaak(dir) {
  const bestand = path.join(dir, 'haak.cjs');
  writeFileSync(
    bestand,
    `const inspector = require('node:inspector');
const fs = require('node:fs');
const sessie = new inspector.Session();
sessie.connect();
let bezig = false;
process.on('SIGUSR2', () => {
  if (!bezig) {
    bezig = true;
    sessie.post('Profiler.enable', () =>
      sessie.post('Profiler.setSamplingInterval', { interval: 500 }, () => sessie.post('Profiler.start')),
    );
    return;
  }
  sessie.post('Profiler.stop', (e, r) => {
    fs.writeFileSync(${JSON.stringify(path.join(dir, 'gateway.cpuprofile.tmp'))}, JSON.stringify(e ? {} : r.profile));
    fs.renameSync(${JSON.stringify(path.join(dir, 'gateway.cpuprofile.tmp'))}, ${JSON.stringify(path.join(dir, 'gateway.cpuprofile'))});
  });
});
`,
  );
  return bestand;
}

/**
 * The top-level selections of a selection set, each as text (the scalars of a part together as one
 * entry), to time each field of a part on its own.
 * @param {string} selectie @returns {[string, string][]}
 */
function veldenVan(selectie) {
  const sel = /** @type {any} */ (parse(`{ ${selectie} }`).definitions[0]).selectionSet.selections;
  const scalairen = sel
    .filter((/** @type {any} */ x) => !x.selectionSet)
    .map((/** @type {any} */ x) => x.name.value);
  return [
    ...(scalairen.length
      ? [[`${scalairen.slice(0, 3).join(' ')}${scalairen.length > 3 ? ' …' : ''}`, scalairen.join(' ')]]
      : []),
    ...sel
      .filter((/** @type {any} */ x) => x.selectionSet)
      .map((/** @type {any} */ x) => [x.name.value, print(x)]),
  ];
}

// ------------------------------------------------------------------------------- PostgreSQL

/**
 * A private PostgreSQL server for this run: the machine's own binaries (initdb/pg_ctl, the same
 * version as the local server), a fresh data folder under the temp directory, a free port, and the
 * local server's settings (shared_buffers 128MB, autovacuum off, fsync on) except max_connections.
 * Why: the four services keep a pool of up to 20 connections each (dataSourceOpties in
 * @ketenbeeld/platform, not configurable) plus relay, deadline and consumer connections; under the
 * gateway's load all four pools fill at once (≈90 connections). The shared server allows 100, and
 * other stacks on the machine hold part of them: requests then fail with "sorry, too many clients
 * already" (the benchmark counts those as errors). Null when initdb is not on the PATH.
 * @returns {Promise<{ url: string, source: string, stop: () => Promise<void> } | null>}
 */
async function eigenPostgres() {
  /** @param {string} cmd */
  const heeft = (cmd) => {
    try {
      execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  };
  if (!heeft('initdb') || !heeft('pg_ctl')) return null;
  const root = process.getuid?.() === 0;
  // PostgreSQL refuses to run as root: then as the postgres user, which must own the folder.
  const als = root ? ['runuser', '-u', 'postgres', '--'] : [];
  const dir = mkdtempSync(path.join(tmpdir(), 'kbbench-pg-'));
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = path.join(dir, 'data');
  const poort = await freePort();
  /** @param {string[]} args */
  const voerUit = (args) =>
    execFileSync(als.length ? als[0] : args[0], als.length ? [...als.slice(1), ...args] : args.slice(1), {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: dir,
    });
  voerUit([
    'initdb',
    '-D',
    data,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '-N',
  ]);
  const opties = [
    `-c port=${poort}`,
    '-c listen_addresses=127.0.0.1',
    "-c unix_socket_directories=''",
    `-c max_connections=${MAX_CONNECTIONS}`,
    '-c shared_buffers=128MB',
    '-c autovacuum=off',
    '-c fsync=on',
  ].join(' ');
  voerUit([
    'pg_ctl',
    '-D',
    data,
    '-l',
    path.join(dir, 'postgres.log'),
    '-w',
    '-t',
    '60',
    '-o',
    opties,
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${poort}/postgres`,
    source: `eigen server (PostgreSQL ${/\d+\.\d+/.exec(execFileSync('pg_ctl', ['--version']).toString())?.[0]}, max_connections ${MAX_CONNECTIONS}, verder als de lokale)`,
    stop: async () => {
      try {
        voerUit(['pg_ctl', '-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// ------------------------------------------------------------------------------------ main

const tStart = performance.now();
const pgServer =
  (!GEDEELDE_POSTGRES && (await eigenPostgres())) || (await resolvePostgres({ log: () => {} }));
const postgresBron = pgServer.source;
const redisServer = await resolveRedis({ log: () => {} });
process.env.KETENBEELD_TEST_DATABASE_URL = pgServer.url;
const geldig = { geldigheidSeconden: 4 * 3600 };
const tokens = {
  ind: await testToken(PERSONA, geldig),
  coa: await testToken('coa-locatiemanager', geldig),
  politie: await testToken('politie-melder', geldig),
  om: await testToken('om-zsm', geldig),
  dji: await testToken('dji-detentiemelder', geldig),
  dtv: await testToken('dtv-regievoerder', geldig),
};
const queuePrefix = `kbbench${randomBytes(4).toString('hex')}`;
const profielDir = PROFIEL ? mkdtempSync(path.join(tmpdir(), 'kbbench-profiel-')) : null;
// The profile folder goes when the process ends, also after a failure.
process.on('exit', () => profielDir && rmSync(profielDir, { recursive: true, force: true }));

/** @type {Record<string, any>} */ const dbs = {};
/** @type {Record<string, any>} */ const processen = {};
/** @type {Record<string, pg.Client>} */ const clients = {};
/** @type {any} */ let gateway;
/** @type {pg.Client | undefined} */ let admin;
/** @type {any[]} */ const queues = [];
/** @type {Redis | undefined} */ let redis;
/** @type {any[]} */
const runs = [];
let gelijk = true;
/** @type {any} */ let verslag = {};

try {
  // ---------------------------------------------------------------- the stack
  const tStack = performance.now();
  for (const d of DIENSTEN) dbs[d] = await maakTestDatabase(`benchketen${d}`, pgServer.url);
  const envs = Object.fromEntries(
    await Promise.all(
      DIENSTEN.map(async (d) => [
        d,
        await dienstTestEnv(dbs[d].url, {
          REDIS_URL: redisServer.url,
          QUEUE_PREFIX: queuePrefix,
          LOG_LEVEL: 'error',
        }),
      ]),
    ),
  );
  await Promise.all(DIENSTEN.map(async (d) => (processen[d] = await startDienstProces(d, envs[d], 90_000))));
  const k = await testSleutels();
  gateway = await startDienstProces(
    'gateway',
    {
      NODE_ENV: 'test',
      PORT: '0',
      HOST: '127.0.0.1',
      AUTH_ISSUER: envs.signalen.AUTH_ISSUER,
      AUTH_AUDIENCE: envs.signalen.AUTH_AUDIENCE,
      AUTH_PUBLIC_KEY: k.publicKeyPem,
      LOG_LEVEL: 'error',
      // Tests and benchmarks call as one user at machine speed: the per-user limit is for people.
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_USER_BURST: '100000',
      RATE_LIMIT_CLIENT_PER_MINUTE: '1000000',
      RATE_LIMIT_CLIENT_BURST: '100000',
      SUBGRAAF_SIGNALEN_URL: `${processen.signalen.url}/graphql`,
      SUBGRAAF_CASUSREGIE_URL: `${processen.casusregie.url}/graphql`,
      SUBGRAAF_ZSM_URL: `${processen.zsm.url}/graphql`,
      SUBGRAAF_PLANNING_URL: `${processen.planning.url}/graphql`,
      REDIS_URL: redisServer.url,
      QUEUE_PREFIX: queuePrefix,
      ...(profielDir ? { NODE_OPTIONS: `--require ${maakProfielHaak(profielDir)}` } : {}),
    },
    60_000,
  );
  for (const d of DIENSTEN) {
    clients[d] = new pg.Client({ connectionString: dbs[d].url, application_name: 'bench-ketenbeeld' });
    await clients[d].connect();
  }
  admin = new pg.Client({ connectionString: pgServer.url, application_name: 'bench-ketenbeeld' });
  await admin.connect();
  redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  for (const d of /** @type {const} */ (['casusregie', 'zsm', 'planning', 'signalen']))
    queues.push(new Queue(QueueName.eventsVoor(d), { connection: redis, prefix: queuePrefix }));
  const stackSeconden = (performance.now() - tStack) / 1000;
  log(`stack: vier diensten en de gateway als eigen processen in ${stackSeconden.toFixed(1)} s`);

  /** Every outbox relayed and every consumer queue empty (twice in a row, 300 ms apart). */
  const ketenStil = async () => {
    const eenmaal = async () => {
      for (const d of DIENSTEN) {
        const { rows } = await clients[d].query(
          `SELECT count(*)::int AS n FROM outbox WHERE verzonden_op IS NULL`,
        );
        if (rows[0].n) return false;
      }
      for (const q of queues) {
        const c = await q.getJobCounts(
          'wait',
          'active',
          'delayed',
          'prioritized',
          'paused',
          'waiting-children',
        );
        if (Object.values(c).some((n) => n > 0)) return false;
      }
      return true;
    };
    await wachtOp(
      async () => (await eenmaal()) && (await slaap(300), await eenmaal()),
      'stille keten',
      180_000,
      200,
    );
  };
  const gw = gateway.url;

  // ---------------------------------------------------------------- seed
  const tZaai = performance.now();
  const rnd = willekeur();
  const kies = (/** @type {readonly any[]} */ xs) => xs[Math.floor(rnd() * xs.length)];
  // Background: persons 1..N, signal j of every person in its own round (a V-nummer once per batch).
  const tAchtergrond = performance.now();
  /** @type {any[]} */
  const achtergrond = [];
  for (let j = 0; j < PER_PERSOON; j++) {
    for (let i = 0; i < ACHTERGROND; i++) {
      const org = rnd() < 0.6 ? 'COA' : 'POLITIE';
      achtergrond.push({
        org,
        s: signaal({
          ref: `BENCH-KB-A${i}-${j}`,
          org,
          categorie: kies(CATEGORIEEN).code,
          ernst: 1 + Math.floor(rnd() * 4),
          dagenGeleden: rnd() * 700,
          locatie: kies(LOCATIES),
          persoon: {
            vNummer: String(2_000_000_000 + i * 7919),
            naam: `${VOORNAMEN[i % VOORNAMEN.length]} ${ACHTERNAMEN[Math.floor(i / VOORNAMEN.length) % ACHTERNAMEN.length]}`,
            nationaliteit: LANDEN[i % LANDEN.length],
            geboortedatum: new Date(Date.UTC(1970 + (i % 35), i % 12, 1 + (i % 28)))
              .toISOString()
              .slice(0, 10),
          },
        }),
      });
    }
  }
  // Round j holds signal j of every person (a V-nummer at most once per batch, so no two
  // registrations race to create the same person); the batches of one round run side by side.
  let geweigerd = 0;
  for (let j = 0; j < PER_PERSOON; j++) {
    const ronde = achtergrond.slice(j * ACHTERGROND, (j + 1) * ACHTERGROND);
    /** @type {Promise<void>[]} */
    const lopend = [];
    for (const org of /** @type {const} */ (['COA', 'POLITIE'])) {
      const lijst = ronde.filter((x) => x.org === org).map((x) => x.s);
      for (let b = 0; b < lijst.length; b += 1000) {
        lopend.push(
          post(`${processen.signalen.url}/v1/signalen/batch`, org === 'COA' ? tokens.coa : tokens.politie, {
            signalen: lijst.slice(b, b + 1000),
          }).then((r) => {
            geweigerd += r.geweigerd;
            if (r.geweigerd)
              log(
                `  batch: ${r.geweigerd} geweigerd, bv. ${JSON.stringify(r.resultaten.find((/** @type {any} */ x) => x.status !== 201))}`,
              );
          }),
        );
      }
    }
    await Promise.all(lopend);
  }
  // Provisional identities (no V-nummer) with names and birth dates like the person's: the page's
  // match candidates (a V-nummer on both sides never matches another V-nummer).
  await post(`${processen.signalen.url}/v1/signalen/batch`, tokens.coa, {
    signalen: VOORLOPIGE_NAMEN.map((naam, i) =>
      signaal({
        ref: `BENCH-KB-K${i}`,
        org: 'COA',
        categorie: 'HUISREGELOVERTREDING',
        ernst: 1,
        dagenGeleden: 10 + i,
        persoon: { naam, nationaliteit: 'MAR', ...(i % 2 ? {} : { geboortedatum: '1994-03-17' }) },
      }),
    ),
  });
  const achtergrondIntake = (performance.now() - tAchtergrond) / 1000;
  log(
    `  achtergrond: ${achtergrond.length} signalen over ${ACHTERGROND} personen (+ ${VOORLOPIGE_NAMEN.length} voorlopige identiteiten) via /v1/signalen/batch in ${achtergrondIntake.toFixed(1)} s (${geweigerd} geweigerd)`,
  );

  // The person: 198 signals with the V-nummer (REST, one by one, 4 at a time after the first).
  const tPersoon = performance.now();
  const persoonInvoer = { vNummer: V_NUMMER, naam: NAAM, nationaliteit: 'MAR', geboortedatum: '1994-03-17' };
  const eigen = Array.from({ length: SIGNALEN_PERSOON - 2 }, (_, i) => {
    const org = i % 3 === 2 ? 'POLITIE' : 'COA';
    return {
      org,
      s: signaal({
        ref: `BENCH-KB-P-${i}`,
        org,
        categorie: CATEGORIEEN[i % CATEGORIEEN.length].code,
        ernst: 1 + (i % 4),
        dagenGeleden: (i * 3.7) % 600,
        locatie: LOCATIES[i % 2],
        persoon: persoonInvoer,
      }),
    };
  });
  const meld = (/** @type {any} */ x) =>
    post(`${processen.signalen.url}/v1/signalen`, x.org === 'COA' ? tokens.coa : tokens.politie, x.s);
  const eerste = await meld(eigen[0]);
  const persoonId = eerste.personen[0].id;
  let volgende = 1;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let i = volgende++; i < eigen.length; i = volgende++) await meld(eigen[i]);
    }),
  );
  // A provisional identity (no V-nummer, another spelling) with one signal, merged into the person.
  const voorlopig = await meld({
    org: 'COA',
    s: signaal({
      ref: 'BENCH-KB-P-VOORLOPIG',
      org: 'COA',
      categorie: 'OVERLAST_OPVANGLOCATIE',
      ernst: 2,
      dagenGeleden: 40,
      persoon: { naam: 'Achmed El Amrani', nationaliteit: 'MAR', geboortedatum: '1994-03-17' },
    }),
  });
  const persoonIntake = (performance.now() - tPersoon) / 1000;
  await ketenStil();
  const samen = await gql(
    gw,
    tokens.ind,
    `mutation($i: VoegPersonenSamenInvoer!) { voegPersonenSamen(invoer: $i) { id } }`,
    {
      i: {
        behoudenId: persoonId,
        opgaandId: voorlopig.personen[0].id,
        reden: 'Zelfde persoon: V-nummer bevestigd (bench)',
      },
    },
  );
  await ketenStil();
  // The case: casusregie's proposal for the first signal, confirmed; every open proposal attaches.
  const voorstel = await wachtOp(async () => {
    const v = await gql(gw, tokens.ind, `query($s: ID!) { casusVoorstellen(signaalId: $s) { id } }`, {
      s: eerste.id,
    });
    return v.data.casusVoorstellen?.[0];
  }, 'casusvoorstel');
  const casus = await gql(
    gw,
    tokens.ind,
    `mutation($id: ID!) { bevestigVoorstel(id: $id, gegevens: { spoor: 1, kansarm: true, locatieCode: "TER_APEL" }) { id } }`,
    { id: voorstel.id },
  );
  const casusId = casus.data.bevestigVoorstel.id;
  await gql(
    gw,
    tokens.ind,
    `mutation($c: ID!, $a: ActieInvoer!) { maakActie(casusId: $c, actie: $a) { id } }`,
    {
      c: casusId,
      a: {
        omschrijving: 'Gehoor inplannen (bench)',
        eigenaarOrganisatie: 'IND',
        deadline: new Date(Date.now() + 5 * DAG).toISOString(),
      },
    },
  ).catch((e) => log(`  (actie niet gemaakt: ${e.message.slice(0, 200)})`));
  // zsm: a Dublin acceptance (IND), a ZSM registration (OM) with the decision, a detention (DJI), advice.
  await gql(
    gw,
    tokens.ind,
    `mutation($p: ID!) { registreerDublinAkkoord(persoonId: $p, lidstaat: "DE", akkoordOp: "${new Date(Date.now() - 20 * DAG).toISOString()}") { overdrachtUiterlijk } }`,
    { p: persoonId },
  );
  const reg = await post(`${processen.zsm.url}/v1/zsm/registraties`, tokens.om, {
    zsmReferentie: 'ZSM-BENCH-KB-1',
    vNummer: V_NUMMER,
    aanhoudingOp: new Date(Date.now() - 3 * 3600_000).toISOString(),
    delict: 'WINKELDIEFSTAL',
    omschrijving: 'Diefstal van telefoonopladers (bench)',
    vpt: false,
    voorlopigeHechtenisToegestaan: false,
    zsmLocatie: 'ZSM Groningen',
    gemeente: 'Groningen',
  });
  await post(`${processen.zsm.url}/v1/zsm/registraties/${reg.id}/afdoeningen`, tokens.om, {
    soort: 'HEENZENDING',
    besluitOp: new Date(Date.now() - 3600_000).toISOString(),
    vrijlatingOp: new Date(Date.now() + 2 * 3600_000).toISOString(),
  });
  await post(`${processen.zsm.url}/v1/detenties`, tokens.dji, {
    vNummer: V_NUMMER,
    soort: 'HUIS_VAN_BEWARING',
    begin: new Date(Date.now() - 2 * DAG).toISOString(),
    inrichting: 'PI Proefstad',
  });
  await gql(
    gw,
    tokens.ind,
    `mutation($p: ID!, $t: String!) { schrijfAfdoeningsadvies(persoonId: $p, tekst: $t) { tekst } }`,
    {
      p: persoonId,
      t: 'Kernteam adviseert snelrecht; betrokkene is Dublinclaimant (bench).',
    },
  ).catch((e) => log(`  (advies niet geschreven: ${e.message.slice(0, 200)})`));
  // planning: the procedure plan (once planning knows the case) and a placement proposal.
  await wachtOp(async () => {
    const r = await gql(
      gw,
      tokens.ind,
      `mutation($i: ProcedurePlanInvoer!) { stelProcedurePlanOp(invoer: $i) { spoor } }`,
      {
        i: {
          casusId,
          aanmelding: new Date(Date.now() - 30 * DAG).toISOString().slice(0, 10),
          verblijfLocatie: 'TER_APEL',
        },
      },
    );
    return r.data.stelProcedurePlanOp.spoor === 1;
  }, 'procedureplan (planning kent de casus)');
  await gql(
    gw,
    tokens.ind,
    `mutation($i: PlaatsingVoorstelInvoer!) { stelPlaatsingVoor(invoer: $i) { id status } }`,
    {
      i: {
        persoonId,
        casusId,
        locatie: 'VTL_TER_APEL',
        van: new Date(Date.now() + 2 * DAG).toISOString().slice(0, 10),
        overslaanReden: 'Zware overlast: direct naar de VTL (bench)',
        toelichting: 'Benchmark ketenbeeld',
      },
    },
  );
  await gql(
    gw,
    tokens.ind,
    `mutation($i: InhuisregistratiePlichtInvoer!) { legInhuisregistratieOp(invoer: $i) { id } }`,
    {
      i: {
        persoonId,
        locatie: 'TER_APEL',
        van: new Date(Date.now() - 7 * DAG).toISOString().slice(0, 10),
        reden: 'Overlast in de opvang (bench)',
      },
    },
  ).catch((e) => log(`  (inhuisregistratie niet opgelegd: ${e.message.slice(0, 200)})`));
  await ketenStil();
  // The copies: 200 signals of the person everywhere, and on the case.
  const tel = async (/** @type {string} */ d, /** @type {string} */ sql, /** @type {unknown[]} */ params) =>
    (await clients[d].query(sql, params)).rows[0].n;
  const aantallen = await wachtOp(
    async () => {
      const a = {
        signalenPersoon: await tel(
          'signalen',
          `SELECT count(*)::int AS n FROM signaal_persoon WHERE persoon_id = $1`,
          [persoonId],
        ),
        casusregiePersoon: await tel(
          'casusregie',
          `SELECT count(*)::int AS n FROM signaal_melding WHERE persoon_id = $1`,
          [persoonId],
        ),
        casusSignalen: await tel(
          'casusregie',
          `SELECT count(*)::int AS n FROM casus_signaal WHERE casus_id = $1`,
          [casusId],
        ),
        zsmPersoon: await tel(
          'zsm',
          `SELECT count(*)::int AS n FROM zsm_persoon_signaal WHERE persoon_id = $1`,
          [persoonId],
        ),
        signalen: await tel('signalen', `SELECT count(*)::int AS n FROM signaal`, []),
        personen: await tel('signalen', `SELECT count(*)::int AS n FROM persoon`, []),
        casusregieMeldingen: await tel('casusregie', `SELECT count(*)::int AS n FROM signaal_melding`, []),
        voorstellen: await tel('casusregie', `SELECT count(*)::int AS n FROM casus_voorstel`, []),
        zsmSignalen: await tel('zsm', `SELECT count(*)::int AS n FROM zsm_persoon_signaal`, []),
        zsmPersonen: await tel('zsm', `SELECT count(*)::int AS n FROM zsm_persoon`, []),
        aanleidingen: await tel('planning', `SELECT count(*)::int AS n FROM plaatsing_aanleiding`, []),
      };
      const n = SIGNALEN_PERSOON;
      return a.signalenPersoon === n &&
        a.casusregiePersoon === n &&
        a.casusSignalen === n &&
        a.zsmPersoon === n &&
        a.casusregieMeldingen === a.signalen &&
        a.zsmSignalen === a.signalen
        ? a
        : undefined;
    },
    `${SIGNALEN_PERSOON} signalen van de persoon in elke dienst en op de casus`,
    60_000,
    250,
  );
  const mislukt = await Promise.all(queues.map((q) => q.getJobCounts('failed')));
  const mislukteJobs = mislukt.reduce((s, c) => s + c.failed, 0);
  for (const d of DIENSTEN) await clients[d].query(`VACUUM (ANALYZE)`);
  const zaaiSeconden = (performance.now() - tZaai) / 1000;
  log(
    `  persoon ${persoonId}: ${aantallen.signalenPersoon} signalen (intake ${persoonIntake.toFixed(1)} s), casus ${casusId}; ` +
      `totaal ${aantallen.signalen} signalen over ${aantallen.personen} personen; keten stil, ${mislukteJobs} mislukte jobs; ` +
      `zaaien ${zaaiSeconden.toFixed(1)} s`,
  );

  // ---------------------------------------------------------------- the query plan (diagnosis)
  const supergraphSdl = readFileSync(path.join(ROOT, 'apps', 'gateway', 'supergraph.graphql'), 'utf8');
  const sg = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(sg);
  const tPlan = performance.now();
  const apiSchema = sg.apiSchema();
  const plan = planner.buildQueryPlan(
    operationFromDocument(apiSchema, parse(KETENBEELD), { operationName: 'Ketenbeeld' }),
  );
  const planMs = performance.now() - tPlan;
  const tPlan2 = performance.now();
  planner.buildQueryPlan(
    operationFromDocument(apiSchema, parse(KETENBEELD), { operationName: 'Ketenbeeld' }),
  );
  const planMsWarm = performance.now() - tPlan2;
  const planTekst = prettyFormatQueryPlan(plan);
  const fetches = [...planTekst.matchAll(/Fetch\(service: "(\w+)"\)/g)].map((m) => m[1]);
  /** The plan's shape in one line, e.g. Parallel(signalen, casusregie, zsm, planning). @param {any} n @returns {string} */
  const vorm = (n) =>
    !n
      ? '-'
      : n.kind === 'Fetch'
        ? `${n.serviceName}${n.requires ? ' (_entities)' : ''}`
        : n.kind === 'Flatten'
          ? `Flatten(${vorm(n.node)})`
          : n.nodes
            ? `${n.kind}(${n.nodes.map(vorm).join(', ')})`
            : n.kind;
  const planVorm = vorm(plan.node);
  /** The plan this query is written for: one root fetch per subgraph, all at once, no entity fetches. */
  const planParallel =
    plan.node?.kind === 'Parallel' &&
    plan.node.nodes.every((/** @type {any} */ n) => n.kind === 'Fetch' && !n.requires) &&
    DIENSTEN.every((d) => fetches.filter((f) => f === d).length === 1) &&
    fetches.length === DIENSTEN.length;

  // ---------------------------------------------------------------- cross-check
  const gwVariabelen = { id: persoonId };
  const eersteGw = await gql(gw, tokens.ind, KETENBEELD, gwVariabelen); // the gateway builds its plan here
  const gwAntwoord = await gql(gw, tokens.ind, KETENBEELD, gwVariabelen);
  /** @type {Record<string, any>} */ const delen = {};
  /** @type {Record<string, number>} */ const bytes = { gateway: gwAntwoord.bytes };
  for (const d of DELEN) {
    const r = await gql(processen[d].url, tokens.ind, deelQuery(d), deelVariabelen(d, persoonId));
    delen[d] = deelUit(d, r.data);
    bytes[d] = r.bytes;
  }
  const samengevoegd = Object.assign({}, ...DELEN.map((d) => delen[d].persoon), {
    id: delen.signalen.persoon?.id,
  });
  const wortels = Object.assign({}, ...DELEN.map((d) => delen[d].wortel));
  /**
   * Where a gateway answer differs from the parts: its aliases joined against the parts merged, and
   * the root fields; when those agree, each alias against its own part (a field under another alias).
   * @param {any} data
   */
  const kruisVerschillen = (data) => {
    const g = gatewayDelen(data);
    const v = [...verschillen(voegSamen(data), samengevoegd), ...verschillen(g.wortel, wortels)];
    return v.length
      ? v
      : DELEN.flatMap((d) =>
          verschillen(g.delen[d], delen[d].persoon).map((r) => `${ALIAS[d]} (deel ${d}) ${r}`),
        );
  };
  const p = voegSamen(gwAntwoord.data) ?? {};
  const v = kruisVerschillen(gwAntwoord.data);
  if (v.length) {
    gelijk = false;
    log(`\nVERSCHIL (gateway ≠ samenvoeging van de delen) op ${v.length} plaatsen:`);
    for (const regel of v.slice(0, 25)) log(`  ${regel}`);
  }
  // … and the answer holds what was seeded.
  const c0 = p.casussen?.[0];
  const inhoud = {
    signalen: p.signalen?.length,
    aliassen: p.aliassen?.length,
    kandidaten: p.kandidaten?.length,
    samenvoegingen: p.samenvoegingen?.length,
    signaalMeldingen: p.signaalMeldingen?.length,
    casussen: p.casussen?.length,
    casusTijdlijn: c0?.tijdlijn?.length,
    casusTijdlijnSignalen: c0?.tijdlijn?.filter((/** @type {any} */ t) => t.soort === 'SIGNAAL').length,
    acties: c0?.acties?.length,
    zsmCategorieen: p.zsmSignaalOverzicht?.length,
    zsmSignalen: p.zsmSignaalOverzicht?.reduce(
      (/** @type {number} */ s, /** @type {any} */ x) => s + x.aantal,
      0,
    ),
    zsmRegistraties: p.zsmRegistraties?.length,
    afdoeningen: p.zsmRegistraties?.[0]?.afdoeningen?.length,
    detenties: p.detenties?.length,
    dublinClaim: !!p.dublinClaim,
    afdoeningsadvies: !!p.afdoeningsadvies,
    plaatsingen: p.plaatsingen?.length,
    inhuisregistratiePlichten: p.inhuisregistratiePlichten?.length,
    procedurePlannen: p.procedurePlannen?.length,
  };
  const eisen = /** @type {[string, boolean][]} */ ([
    [`${SIGNALEN_PERSOON} signalen`, inhoud.signalen === SIGNALEN_PERSOON],
    [`${SIGNALEN_PERSOON} signaalMeldingen`, inhoud.signaalMeldingen === SIGNALEN_PERSOON],
    [`${SIGNALEN_PERSOON} signalen in het ZSM-overzicht`, inhoud.zsmSignalen === SIGNALEN_PERSOON],
    ['één casus', inhoud.casussen === 1],
    [
      `${SIGNALEN_PERSOON} signalen op de tijdlijn van de casus`,
      inhoud.casusTijdlijnSignalen === SIGNALEN_PERSOON,
    ],
    ['een alias en een samenvoeging', inhoud.aliassen >= 1 && inhoud.samenvoegingen === 1],
    ['kandidaten (voorlopige identiteiten met een gelijkende naam)', inhoud.kandidaten >= 1],
    ['een ZSM-registratie met afdoening', inhoud.zsmRegistraties === 1 && inhoud.afdoeningen === 1],
    ['een detentie en een Dublinclaim', inhoud.detenties === 1 && inhoud.dublinClaim],
    ['een plaatsing en een procedureplan', inhoud.plaatsingen === 1 && inhoud.procedurePlannen === 1],
  ]);
  for (const [wat, ok] of eisen) {
    if (!ok) {
      gelijk = false;
      log(`ONVOLLEDIG: het ketenbeeld heeft niet ${wat}: ${JSON.stringify(inhoud)}`);
    }
  }
  if (!gelijk) throw new Error('kruiscontrole mislukt');
  log(
    `  kruiscontrole: gateway (${DELEN.map((d) => ALIAS[d]).join(' ∪ ')}) = signalen ∪ casusregie ∪ zsm ∪ planning, elk alias gelijk aan zijn deel (${Object.entries(
      inhoud,
    )
      .map(([k, x]) => `${k} ${x}`)
      .join(', ')}); antwoord ${(bytes.gateway / 1024).toFixed(0)} KiB`,
  );
  // Drift: does the console's Ketenbeeld query still ask what this benchmark measures?
  // Top-level fields of all `persoon(id: $id)` blocks together (aliased or not); root fields apart.
  const console_ = veldenVanConsole();
  const { persoon: eigenPersoon, wortels: eigenWortels } = bovensteVelden(
    parse(KETENBEELD).definitions[0],
    new Map(),
  );
  const drift = console_
    ? {
        alleenConsole: [
          ...console_.persoon.filter((x) => !eigenPersoon.includes(x)),
          ...console_.wortels.filter((x) => !eigenWortels.includes(x)),
        ],
        alleenBenchmark: [
          ...eigenPersoon.filter((/** @type {string} */ x) => !console_.persoon.includes(x)),
          ...eigenWortels.filter((/** @type {string} */ x) => !console_.wortels.includes(x)),
        ],
      }
    : null;
  if (!drift) log('  (de query Ketenbeeld van de console niet gevonden: geen driftcontrole)');
  else if (drift.alleenConsole.length || drift.alleenBenchmark.length)
    log(
      `  LET OP: velden wijken af van de console: alleen console ${drift.alleenConsole.join(', ') || '-'}; alleen benchmark ${drift.alleenBenchmark.join(', ') || '-'}`,
    );
  log(
    `  queryplan: ${planVorm}; ${fetches.length} fetches, gebouwd in ${planMs.toFixed(1)} ms (warm ${planMsWarm.toFixed(1)} ms)`,
  );
  if (!planParallel)
    log(`  LET OP: het plan is niet één parallelle stap met één wortelfetch per subgraaf:\n${planTekst}`);

  // ---------------------------------------------------------------- measuring
  /** @type {Record<string, { url: string, body: string, bytes?: number }>} */
  const doelen = {
    gateway: { url: gw, body: JSON.stringify({ query: KETENBEELD, variables: gwVariabelen }) },
    ...Object.fromEntries(
      DELEN.map((d) => [
        d,
        {
          url: processen[d].url,
          body: JSON.stringify({ query: deelQuery(d), variables: deelVariabelen(d, persoonId) }),
        },
      ]),
    ),
  };
  for (const [naam, doel] of Object.entries(doelen)) doel.bytes = bytes[naam];
  const pids = {
    gateway: gateway.proces.pid,
    ...Object.fromEntries(DIENSTEN.map((d) => [d, processen[d].proces.pid])),
  };
  const databases = DIENSTEN.map((d) => dbs[d].naam);
  const volgorde = ['gateway', ...DELEN];
  if (profielDir) gateway.proces.kill('SIGUSR2'); // start the gateway's profiler
  for (let run = 1; run <= RUNS; run++) {
    const orde = run % 2 === 1 ? volgorde : [...DELEN, 'gateway'];
    /** @type {Record<string, any>} */ const seq = {};
    /** @type {Record<string, any>} */ const last = {};
    const afgewisseld = await afwisselend(
      Object.fromEntries(orde.map((naam) => [naam, () => verzoek(doelen[naam], tokens.ind)])),
      SEQUENTIEEL,
      OPWARMEN_SEQUENTIEEL,
    );
    for (const naam of orde) seq[naam] = statistiek(afgewisseld[naam]);
    for (const naam of orde) {
      await belast(doelen[naam], tokens.ind, { duur: OPWARMEN_SECONDEN, verbindingen: VERBINDINGEN });
      last[naam] = await metCpu(admin, databases, pids, () =>
        belast(doelen[naam], tokens.ind, { duur: SECONDEN, verbindingen: VERBINDINGEN }),
      );
    }
    const vergelijk = (/** @type {Record<string, any>} */ m) => {
      const traagsteP50 = DELEN.reduce((a, b) => (m[b].p50 > m[a].p50 ? b : a));
      const traagsteP99 = DELEN.reduce((a, b) => (m[b].p99 > m[a].p99 ? b : a));
      const somP50 = DELEN.reduce((s, d) => s + m[d].p50, 0);
      // The plan runs the four parts at once: its critical path is the slowest of them (each
      // measured alone, so this is the p50 baseline itself; contention comes on top).
      const kritiekP50 = Math.max(...DELEN.map((d) => m[d].p50));
      return {
        traagsteP50,
        traagsteP99,
        p50Verhouding: m.gateway.p50 / m[traagsteP50].p50,
        p99Verhouding: m.gateway.p99 / m[traagsteP99].p99,
        somP50,
        somVerhouding: m.gateway.p50 / somP50,
        kritiekP50,
        overheadP50: m.gateway.p50 - kritiekP50,
      };
    };
    /** CPU ms per request under load, per process. */
    const cpuPerVerzoek = Object.fromEntries(
      Object.entries(last).map(([naam, r]) => [
        naam,
        r.cpu &&
          Object.fromEntries(
            Object.entries(r.cpu).map(([g, kernen]) => [g, /** @type {number} */ (kernen / r.rps) * 1000]),
          ),
      ]),
    );
    const andereKernen = Math.max(...Object.values(last).map((r) => r.cpu?.anders ?? 0));
    /** Per measurement: connection errors, non-2xx answers and 2xx of another size (a GraphQL error). */
    const foutenPer = Object.fromEntries(
      [
        ...Object.entries(seq).map(([n, r]) => [`${n} één tegelijk`, r.fouten]),
        ...Object.entries(last).map(([n, r]) => [
          `${n} onder last`,
          r.fouten +
            r.andereGrootte +
            Object.entries(r.statussen)
              .filter(([st]) => !st.startsWith('2'))
              .reduce((t, [, k]) => t + Number(k), 0),
        ]),
      ].filter(([, k]) => k > 0),
    );
    const fouten = Object.values(foutenPer).reduce((s, k) => s + k, 0);
    if (fouten) {
      log(
        `  FOUTEN: ${JSON.stringify(foutenPer)}; statussen ${JSON.stringify(Object.fromEntries(Object.entries(last).map(([n, r]) => [n, { ...r.statussen, andereGrootte: r.andereGrootte, fouten: r.fouten }])))}`,
      );
      for (const [n, r] of Object.entries(seq))
        if (r.eersteFout) log(`    eerste fout van ${n} één tegelijk: ${r.eersteFout}`);
    }
    const meting = {
      run,
      volgorde: orde,
      sequentieel: Object.fromEntries(Object.entries(seq).map(([n, r]) => [n, { p50: r.p50, p99: r.p99 }])),
      last: Object.fromEntries(
        Object.entries(last).map(([n, r]) => [n, { rps: r.rps, p50: r.p50, p99: r.p99 }]),
      ),
      seqVergelijking: vergelijk(seq),
      lastVergelijking: vergelijk(last),
      cpuPerVerzoek,
      andereKernen,
      fouten,
      foutenPer,
    };
    runs.push(meting);
    const s = meting.seqVergelijking;
    const l = meting.lastVergelijking;
    log(
      `run ${run}: één tegelijk p50 gateway ${seq.gateway.p50.toFixed(1)} ms, delen ${DELEN.map((d) => `${d} ${seq[d].p50.toFixed(1)}`).join(', ')} ms → ` +
        `${s.p50Verhouding.toFixed(2)}× de traagste (${s.traagsteP50}), p99 ${s.p99Verhouding.toFixed(2)}×; som ${s.somP50.toFixed(1)} ms, kritiek pad (traagste deel) ${s.kritiekP50.toFixed(1)} ms`,
    );
    log(
      `  onder last (${VERBINDINGEN}): gateway ${last.gateway.rps.toFixed(0)}/s p50 ${last.gateway.p50.toFixed(1)} p99 ${last.gateway.p99.toFixed(1)} ms; ` +
        `${DELEN.map((d) => `${d} ${last[d].rps.toFixed(0)}/s p50 ${last[d].p50.toFixed(1)} p99 ${last[d].p99.toFixed(1)}`).join('; ')} → ` +
        `p50 ${l.p50Verhouding.toFixed(2)}×, p99 ${l.p99Verhouding.toFixed(2)}×; fouten ${fouten}; andere processen ${andereKernen.toFixed(2)} kernen`,
    );
    if (cpuPerVerzoek.gateway) {
      log(
        `  CPU per ketenbeeld onder last: ${Object.entries(cpuPerVerzoek.gateway)
          .filter(([g]) => g !== 'anders')
          .map(([g, ms]) => `${g} ${/** @type {number} */ (ms).toFixed(1)}`)
          .join(', ')} ms`,
      );
    }
  }
  if (profielDir) {
    gateway.proces.kill('SIGUSR2'); // stop it: the profile covers the measuring windows only
    await wachtOp(
      async () => readdirSync(profielDir).includes('gateway.cpuprofile'),
      'CPU-profiel van de gateway',
      30_000,
    );
  }

  // ---------------------------------------------------------------- diagnosis
  // c) the gateway's code in this process, every fetch timed; with its default fetcher and with
  // Node's fetch; the same plan run by hand without a gateway (the four parts at once).
  const tOntleding = performance.now();
  const urls = Object.fromEntries(DIENSTEN.map((d) => [d, `${processen[d].url}/graphql`]));
  const standaard = await gatewayInProces(supergraphSdl, urls);
  const nodeFetch = await gatewayInProces(supergraphSdl, urls, globalThis.fetch);
  /** One part straight to its subgraph, the whole body parsed (as the gateway does); its time. */
  const direct = async (/** @type {string} */ d) => {
    const t0 = performance.now();
    const r = await fetch(`${processen[d].url}/graphql`, {
      method: 'POST',
      headers: koppen(tokens.ind),
      body: doelen[d].body,
    });
    const b = /** @type {any} */ (await r.json());
    if (b.errors?.length) throw new Error(`${d}: ${JSON.stringify(b.errors).slice(0, 300)}`);
    return performance.now() - t0;
  };
  /** @param {Awaited<ReturnType<typeof gatewayInProces>>} g */
  const inProcesVraag = async (g) => {
    const r = await g.vraag(KETENBEELD, gwVariabelen, tokens.ind);
    return { ...r, ms: r.t1 - r.t0 };
  };
  // The four variants interleaved (as the runs): the gateway over HTTP, its code in this process
  // (default fetcher, then Node's fetch), and the same plan run by hand without a gateway.
  const ontleed = await afwisselend(
    {
      http: () => verzoek(doelen.gateway, tokens.ind),
      ...Object.fromEntries(DELEN.map((d) => [`deel_${d}`, () => verzoek(doelen[d], tokens.ind)])),
      standaard: () => inProcesVraag(standaard),
      nodeFetch: () => inProcesVraag(nodeFetch),
      zonder: async () => {
        const t0 = performance.now();
        const duur = await Promise.all(DELEN.map(direct));
        return { ms: performance.now() - t0, ...Object.fromEntries(DELEN.map((d, i) => [d, duur[i]])) };
      },
    },
    ONTLEDING,
    10,
  );
  await standaard.stop();
  await nodeFetch.stop();
  // Every in-process answer checked as the gateway's over HTTP (aliases joined against the parts).
  for (const variant of /** @type {const} */ (['standaard', 'nodeFetch'])) {
    for (const antwoord of ontleed[variant]) {
      const v = kruisVerschillen(/** @type {any} */ (antwoord).data);
      if (v.length) throw new Error(`gateway in proces (${variant}) ≠ delen: ${v.slice(0, 5).join('; ')}`);
    }
  }
  const inProces = tijdlijn(/** @type {any} */ (ontleed.standaard));
  const inProcesNodeFetch = tijdlijn(/** @type {any} */ (ontleed.nodeFetch));
  /** The four parts at once without a gateway: the whole, and each part's own time (medians). */
  const zonderGateway = {
    totaal: mediaan(ontleed.zonder.map((h) => h.ms)),
    ...Object.fromEntries(
      DELEN.map((d) => [d, mediaan(ontleed.zonder.map((h) => /** @type {any} */ (h)[d]))]),
    ),
  };
  const httpGateway = statistiek(ontleed.http);
  /** The parts alone in the same minutes (p50). */
  const delenAlleen = Object.fromEntries(DELEN.map((d) => [d, statistiek(ontleed[`deel_${d}`]).p50]));
  // Each field of each part on its own, straight to its subgraph (interleaved, p50).
  /** @type {Record<string, { url: string, body: string, bytes?: number }>} */
  const veldDoelen = {};
  for (const d of DELEN) {
    for (const [naam, selectie] of veldenVan(VELDEN[d])) {
      veldDoelen[`${d}|${naam}`] = {
        url: processen[d].url,
        body: JSON.stringify({
          query: deelQuery(d, selectie, false),
          variables: deelVariabelen(d, persoonId),
        }),
      };
    }
  }
  veldDoelen['planning|locaties (wortelveld)'] = {
    url: processen.planning.url,
    body: JSON.stringify({ query: `query { ${WORTEL.planning} }` }),
  };
  const veldMetingen = await afwisselend(
    Object.fromEntries(Object.entries(veldDoelen).map(([k, doel]) => [k, () => verzoek(doel, tokens.ind)])),
    PER_VELD,
    5,
  );
  /** @type {Record<string, Record<string, number>>} */
  const perVeld = Object.fromEntries(DELEN.map((d) => [d, {}]));
  for (const [k, xs] of Object.entries(veldMetingen)) {
    const st = statistiek(xs);
    if (st.fouten) throw new Error(`${k}: ${st.fouten} mislukte verzoeken`);
    const [d, naam] = k.split('|');
    perVeld[d][naam] = st.p50;
  }
  const ontledingSeconden = (performance.now() - tOntleding) / 1000;
  const r2 = (/** @type {Record<string, number>} */ o) =>
    Object.entries(o)
      .map(([k2, v2]) => `${k2} ${v2.toFixed(1)}`)
      .join(', ');
  log(`ontleding (${ONTLEDING} per variant, ${ontledingSeconden.toFixed(1)} s):`);
  log(
    `  gateway over HTTP p50 ${httpGateway.p50.toFixed(1)} ms; delen alleen ${r2(delenAlleen)} ms (afgewisseld met de varianten hieronder)`,
  );
  log(`  gateway in proces (make-fetch-happen, zoals de gateway): ${r2(inProces)} ms`);
  log(`  gateway in proces met Node-fetch: ${r2(inProcesNodeFetch)} ms`);
  for (const [naam, t] of /** @type {const} */ ([
    ['make-fetch-happen', inProces],
    ['Node-fetch', inProcesNodeFetch],
  ]))
    log(
      `  eigen werk van de gateway in proces (${naam}; vóór ${t.voor.toFixed(1)} + na ${t.na.toFixed(1)} + JSON ${t.json.toFixed(1)} ms): ${eigenWerk(t).toFixed(1)} ms = ${(eigenAandeel(t) * 100).toFixed(0)}% van ${(t.totaal + t.json).toFixed(1)} ms; de vier fetches samen ${t.parallel.toFixed(1)} ms`,
    );
  log(`  hetzelfde plan zonder gateway (de vier delen tegelijk): ${r2(zonderGateway)} ms`);
  for (const d of DELEN) log(`  ${d} per veld (p50, alleen dat veld): ${r2(perVeld[d])} ms`);

  verslag = {
    ontleding: {
      httpGateway,
      delenAlleen,
      inProces,
      inProcesNodeFetch,
      zonderGateway,
      perVeld,
      seconden: ontledingSeconden,
    },
    stackSeconden,
    drift,
    zaaiSeconden,
    achtergrondIntake,
    persoonIntake,
    mislukteJobs,
    aantallen,
    inhoud,
    bytes,
    eersteGatewayMs: eersteGw.ms,
    plan: {
      tekst: planTekst,
      vorm: planVorm,
      parallel: planParallel,
      fetches,
      bouwMs: planMs,
      bouwMsWarm: planMsWarm,
    },
    persoonId,
    casusId,
  };
} catch (e) {
  if (gelijk) {
    for (const [naam, pr] of Object.entries({ ...processen, gateway })) {
      if (pr) log(`--- ${naam} (laatste uitvoer)\n${pr.uitvoer().slice(-2000)}`);
    }
    throw e;
  }
} finally {
  await Promise.all(queues.map((q) => q.close().catch(() => undefined)));
  redis?.disconnect();
  await Promise.all(Object.values(clients).map((c) => c.end().catch(() => undefined)));
  await admin?.end().catch(() => undefined);
  await gateway?.stop();
  await Promise.all(Object.values(processen).map((pr) => pr.stop()));
  await Promise.all(Object.values(dbs).map((db) => db.verwijder()));
  await redisServer.stop();
  await pgServer.stop();
}

if (!gelijk) {
  log(
    '\nDe gateway en de delen geven verschillende antwoorden (of het ketenbeeld mist gezaaide gegevens): geen rapport geschreven.',
  );
  process.exit(1);
}

// ------------------------------------------------------------------------------------ report

/** @type {any} */
let gatewayProfiel = null;
if (profielDir) {
  const f = readdirSync(profielDir).find((n) => n === 'gateway.cpuprofile');
  if (f) gatewayProfiel = vatProfielSamen(JSON.parse(readFileSync(path.join(profielDir, f), 'utf8')));
  else log(`geen CPU-profiel van de gateway gevonden in ${profielDir}`);
  rmSync(profielDir, { recursive: true, force: true });
}
/**
 * Median over the runs of a figure; a run without it (NaN: e.g. no answer of the gateway within the
 * load window; Infinity: CPU per request at 0 requests) does not count (NaN when no run has it).
 */
const m = (/** @type {(r: any) => number} */ f) => {
  const xs = runs.map(f).filter(Number.isFinite);
  return xs.length ? mediaan(xs) : NaN;
};
/** Runs in which a target gave no answer under load within the window (left out of the medians). */
const zonderAntwoord = runs
  .map((r) => ({ run: r.run, doelen: Object.keys(r.last).filter((n) => !Number.isFinite(r.last[n].p50)) }))
  .filter((r) => r.doelen.length);
const doelNamen = ['gateway', ...DELEN];
const samenvatting = (/** @type {'sequentieel' | 'last'} */ soort) =>
  Object.fromEntries(
    doelNamen.map((n) => [
      n,
      {
        ...(soort === 'last' ? { rps: m((r) => r.last[n].rps) } : {}),
        p50: m((r) => r[soort][n].p50),
        p99: m((r) => r[soort][n].p99),
      },
    ]),
  );
const vergelijking = (/** @type {'seqVergelijking' | 'lastVergelijking'} */ soort) => ({
  p50Verhouding: m((r) => r[soort].p50Verhouding),
  p99Verhouding: m((r) => r[soort].p99Verhouding),
  traagsteP50: runs.map((r) => r[soort].traagsteP50),
  traagsteP99: runs.map((r) => r[soort].traagsteP99),
  somP50: m((r) => r[soort].somP50),
  somVerhouding: m((r) => r[soort].somVerhouding),
  kritiekP50: m((r) => r[soort].kritiekP50),
  overheadP50: m((r) => r[soort].overheadP50),
});
const cpuGroepen = runs[0].cpuPerVerzoek.gateway ? Object.keys(runs[0].cpuPerVerzoek.gateway) : [];
const rapport = {
  benchmark: 'ketenbeeld',
  datum: new Date().toISOString(),
  runs: RUNS,
  sequentieelAantal: SEQUENTIEEL,
  seconden: SECONDEN,
  verbindingen: VERBINDINGEN,
  persona: PERSONA,
  postgres: postgresBron,
  achtergrond: { personen: ACHTERGROND, signalenPerPersoon: PER_PERSOON },
  ...verslag,
  sequentieel: samenvatting('sequentieel'),
  last: samenvatting('last'),
  seqVergelijking: vergelijking('seqVergelijking'),
  lastVergelijking: vergelijking('lastVergelijking'),
  cpuPerVerzoek: cpuGroepen.length
    ? Object.fromEntries(
        doelNamen.map((n) => [
          n,
          Object.fromEntries(cpuGroepen.map((g) => [g, m((r) => r.cpuPerVerzoek[n][g])])),
        ]),
      )
    : null,
  andereKernenMax: Math.max(...runs.map((r) => r.andereKernen)),
  zonderAntwoord,
  fouten: runs.reduce((s, r) => s + r.fouten, 0),
  gatewayProfiel,
  kernen: availableParallelism(),
  totaalSeconden: (performance.now() - tStart) / 1000,
  query: KETENBEELD,
  ruwe: runs,
  doel: 'ketenbeeld via de gateway ≤ 2× het traagste deel (één subgraaf direct), p50 en p99 (gerapporteerd, niet geëist)',
};
const ms = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
const x = (/** @type {number} */ v) => `**${v.toFixed(2)}×**`;
const S = rapport.sequentieel;
const L = rapport.last;
const sv = rapport.seqVergelijking;
const lv = rapport.lastVergelijking;
const vaakst = (/** @type {string[]} */ xs) =>
  [...new Set(xs)].sort((a, b) => xs.filter((y) => y === b).length - xs.filter((y) => y === a).length)[0];
const a0 = rapport.aantallen;
const inh = rapport.inhoud;
const cpu = rapport.cpuPerVerzoek;
const cpuRegel = cpu
  ? `CPU per verzoek onder last (mediaan, ms; ${rapport.kernen} kernen voor alles samen):\n\n| | ${cpuGroepen.filter((g) => g !== 'anders').join(' | ')} |\n|---|${cpuGroepen
      .filter((g) => g !== 'anders')
      .map(() => '---')
      .join('|')}|\n${doelNamen
      .map(
        (n) =>
          `| ${n === 'gateway' ? 'ketenbeeld via gateway' : `deel ${n}`} | ${cpuGroepen
            .filter((g) => g !== 'anders')
            .map((g) => cpu[n][g].toFixed(1))
            .join(' | ')} |`,
      )
      .join(
        '\n',
      )}\n\nAndere processen op de machine tijdens de metingen onder last: hoogstens ${rapport.andereKernenMax.toFixed(2)} kernen${rapport.andereKernenMax > 0.2 ? ' — **de machine was niet stil; de getallen zijn verstoord**' : ''}.\n\n`
  : '';
const o = rapport.ontleding;
const ip = o.inProces;
const ipf = o.inProcesNodeFetch;
const zg = o.zonderGateway;
const da = o.delenAlleen;
const traagsteDeel = DELEN.reduce((a, b) => (da[b] > da[a] ? b : a));
const elk = (/** @type {Record<string, number>} */ t) => DELEN.map((d) => ms(t[d])).join(' ∥ ');
const ontledingTekst = `## Waar de tijd heen gaat (één tegelijk, afgewisseld, mediaan van ${ONTLEDING} verzoeken per variant)

In dezelfde minuten: de gateway over HTTP ${ms(o.httpGateway.p50)}; de delen alleen ${DELEN.map((d) => `${d} ${ms(da[d])}`).join(', ')}.

| | totaal | vóór de eerste fetch | de vier fetches (eerste start tot laatste eind) | ${DELEN.join(' ∥ ')} (elk) | na de laatste fetch | JSON van het antwoord | eigen werk van de gateway (vóór + na + JSON) |
|---|---|---|---|---|---|---|---|
| gatewaycode in het benchmarkproces (make-fetch-happen, zoals apps/gateway) | ${ms(ip.totaal)} | ${ms(ip.voor)} | ${ms(ip.parallel)} (starten binnen ${ms(ip.spreiding)}) | ${elk(ip)} | ${ms(ip.na)} | ${ms(ip.json)} | ${ms(eigenWerk(ip))} (${(eigenAandeel(ip) * 100).toFixed(0)}%) |
| idem met de fetch van Node (undici) | ${ms(ipf.totaal)} | ${ms(ipf.voor)} | ${ms(ipf.parallel)} (starten binnen ${ms(ipf.spreiding)}) | ${elk(ipf)} | ${ms(ipf.na)} | ${ms(ipf.json)} | ${ms(eigenWerk(ipf))} (${(eigenAandeel(ipf) * 100).toFixed(0)}%) |
| hetzelfde plan zonder gateway (de benchmark haalt de vier delen tegelijk) | ${ms(zg.totaal)} | | ${ms(zg.totaal)} | ${elk(zg)} | | | |

De vier wortelfetches starten samen (het plan is één parallelle stap); die naar planning draagt ook het wortelveld \`locaties\`. Het aandeel van het eigen werk is dat van totaal + JSON.

Ondergrenzen voor de verhouding tot het traagste deel (${traagsteDeel}, ${ms(da[traagsteDeel])}): het plan zelf, zonder gateway, kost ${ms(zg.totaal)} = **${(zg.totaal / da[traagsteDeel]).toFixed(2)}×**; als de vier delen niet om de kernen zouden concurreren, zou het het traagste deel alleen kosten (1.00×: het kritieke pad van het plan is de basislijn). Tegelijk duurt elk deel langer dan alleen (${DELEN.map((d) => `${d} ${ms(zg[d])} tegen ${ms(da[d])}`).join(', ')}), omdat vier diensten en PostgreSQL ${rapport.kernen} kernen delen. De gateway (HTTP) kost ${ms(o.httpGateway.p50 - zg.totaal)} bovenop het plan zonder gateway; in het benchmarkproces is zijn eigen werk (vóór de eerste fetch, na de laatste, JSON) ${ms(eigenWerk(ip))} van ${ms(ip.totaal + ip.json)}.

Elk veld van elk deel alleen, rechtstreeks naar zijn subgraaf (p50 van ${PER_VELD}, inclusief rondreis; een leeg deel kost ongeveer de rondreis):

${DELEN.map(
  (d) =>
    `- ${d}: ${Object.entries(o.perVeld[d])
      .map(([k, v]) => `${k} ${ms(/** @type {number} */ (v))}`)
      .join(', ')}`,
).join('\n')}

`;
const gp = rapport.gatewayProfiel;
const profielTekst = gp
  ? `CPU-profiel van het gatewayproces tijdens de metingen (--profiel; ${(gp.totaalMs / 1000).toFixed(1)} s niet-idle), zelftijd per pakket: ${gp.pakketten.map((/** @type {any} */ p) => `${p.naam} ${(p.aandeel * 100).toFixed(0)}%`).join(', ')}. Functies: ${gp.functies
      .slice(0, 12)
      .map((/** @type {any} */ f) => `${f.naam} ${(f.aandeel * 100).toFixed(1)}%`)
      .join('; ')}.\n\n`
  : '';
const dr = rapport.drift;
const driftTekst = !dr
  ? ' (de query van de console is niet gevonden: niet vergeleken)'
  : dr.alleenConsole.length || dr.alleenBenchmark.length
    ? `; **afwijking** van de console op het bovenste niveau: alleen in de console ${dr.alleenConsole.join(', ') || '-'}, alleen in de benchmark ${dr.alleenBenchmark.join(', ') || '-'}`
    : '; bij de start vergeleken: op het bovenste niveau dezelfde velden als de console';
const md = `# Ketenbeeld van een persoon via de gateway tegen het traagste deel

Eén gatewayquery met de velden van alle vier subgrafen die de persoonspagina van de console toont, elk deel onder een eigen alias van het gedeelde wortelveld \`persoon(id)\` (${DELEN.map((d) => `\`${ALIAS[d]}\` ${d}`).join(', ')}; samen één persoon) en het wortelveld \`locaties\` van planning, voor een persoon met ${inh.signalen} signalen (${inh.signaalMeldingen} kopieën in casusregie, ${inh.zsmSignalen} in het ZSM-overzicht in ${inh.zsmCategorieen} categorieën, ${inh.casusTijdlijn} regels op de tijdlijn van de casus, ${inh.kandidaten} kandidaten, ${inh.aliassen} alias, ${inh.plaatsingen} plaatsing, ${inh.procedurePlannen} procedureplan, ${inh.zsmRegistraties} ZSM-registratie, ${inh.detenties} detentie, Dublinclaim); antwoord ${(rapport.bytes.gateway / 1024).toFixed(0)} KiB. In totaal ${a0.signalen.toLocaleString('en')} signalen over ${a0.personen.toLocaleString('en')} personen (achtergrond: ${ACHTERGROND.toLocaleString('en')} personen met elk ${PER_PERSOON} signalen, en ${VOORLOPIGE_NAMEN.length} voorlopige identiteiten met een gelijkende naam), ${a0.voorstellen.toLocaleString('en')} casusvoorstellen, alles via de API's van de diensten en hun eventconsumenten. Persona ${PERSONA}. Vier diensten en de gateway als eigen processen, PostgreSQL: ${rapport.postgres}, Redis lokaal; ${RUNS} runs op dezelfde stack, volgorde wisselend; medianen over de runs. ${rapport.datum}

De velden zijn die van de query \`Ketenbeeld\` van de console (apps/console/src/features/persoon/persoon.graphql.ts, voor deze persona met kandidaten en het wortelveld \`locaties\` van planning; de velden van alle \`persoon(id: $id)\`-blokken samen)${driftTekst}.

Basislijn: elk deel van de query rechtstreeks naar zijn subgraaf, zoals de gateway het stuurt (\`persoon(id) { id … }\` met de velden van die subgraaf; planning met \`locaties\` in hetzelfde verzoek), elk alleen gemeten; het traagste deel (per statistiek: hoogste p50, hoogste p99) is de basislijn. De gateway haalt de vier delen tegelijk: het kritieke pad van zijn plan is het traagste deel, dus de basislijn zelf; wat de gateway daarboven kost is zijn eigen werk, de extra HTTP-stap en de concurrentie van de vier delen om ${availableParallelism()} kernen.

| één tegelijk, afgewisseld (${SEQUENTIEEL} rondes) | p50 | p99 |
|---|---|---|
| ketenbeeld via de gateway | ${ms(S.gateway.p50)} | ${ms(S.gateway.p99)} |
${DELEN.map((d) => `| deel ${d} direct | ${ms(S[d].p50)} | ${ms(S[d].p99)} |`).join('\n')}
| gateway / traagste deel (doel ≤ 2×) | ${x(sv.p50Verhouding)} (${vaakst(sv.traagsteP50)}) | ${x(sv.p99Verhouding)} (${vaakst(sv.traagsteP99)}) |
| som van de delen (wat een plan kost dat ze na elkaar haalt) | ${ms(sv.somP50)} | |
| kritiek pad van het plan: het traagste van de vier parallelle delen | ${ms(sv.kritiekP50)} | |

| onder last (${VERBINDINGEN} verbindingen, ${SECONDEN} s) | per seconde | p50 | p99 |
|---|---|---|---|
| ketenbeeld via de gateway | ${L.gateway.rps.toFixed(1)} | ${ms(L.gateway.p50)} | ${ms(L.gateway.p99)} |
${DELEN.map((d) => `| deel ${d} direct | ${L[d].rps.toFixed(1)} | ${ms(L[d].p50)} | ${ms(L[d].p99)} |`).join('\n')}
| gateway / traagste deel | | ${x(lv.p50Verhouding)} (${vaakst(lv.traagsteP50)}) | ${x(lv.p99Verhouding)} (${vaakst(lv.traagsteP99)}) |
| som van de delen | | ${ms(lv.somP50)} | |

Per run (één tegelijk p50-verhouding; onder last p50- en p99-verhouding; kernen die andere processen op de machine gebruikten terwijl onder last gemeten werd): ${runs
  .map(
    (r) =>
      `run ${r.run} ${r.seqVergelijking.p50Verhouding.toFixed(2)}×; ${r.lastVergelijking.p50Verhouding.toFixed(2)}× / ${r.lastVergelijking.p99Verhouding.toFixed(2)}×; ${r.andereKernen.toFixed(2)} kernen`,
  )
  .join(' — ')}.${
  zonderAntwoord.length
    ? ` **Geen antwoord binnen het meetvenster van ${SECONDEN} s onder last** (die run telt voor dat doel niet mee in de medianen): ${zonderAntwoord.map((r) => `run ${r.run} ${r.doelen.join(', ')}`).join('; ')}.`
    : ''
}

Het queryplan van de gateway (${rapport.plan.vorm}${rapport.plan.parallel ? ': één parallelle stap, één wortelfetch per subgraaf' : ' — **niet de verwachte ene parallelle stap met één wortelfetch per subgraaf**'}; gebouwd in ${ms(rapport.plan.bouwMs)}, daarna ${ms(rapport.plan.bouwMsWarm)}; de gateway bewaart het per query, het eerste verzoek duurde ${ms(rapport.eersteGatewayMs)}):

\`\`\`
${rapport.plan.tekst}
\`\`\`

Antwoordgroottes: gateway ${(rapport.bytes.gateway / 1024).toFixed(1)} KiB; ${DELEN.map((d) => `${d} ${(rapport.bytes[d] / 1024).toFixed(1)} KiB`).join(', ')}. Eén tegelijk kost de gateway ${ms(sv.overheadP50)} (p50) bovenop het kritieke pad van zijn plan (het traagste van de vier delen, ${ms(sv.kritiekP50)}).

${ontledingTekst}${cpuRegel}${profielTekst}Verzoeken die geen 2xx gaven, een andere antwoordgrootte hadden (bijv. een GraphQL-fout) of mislukten: ${rapport.fouten}. Mislukte eventjobs tijdens het zaaien: ${rapport.mislukteJobs}.

Kruiscontrole (vóór het meten): het antwoord van de gateway, zijn aliassen samengevoegd (${DELEN.map((d) => ALIAS[d]).join(' ∪ ')}; \`locaties\` apart), is gelijk aan de samenvoeging van de vier delen die rechtstreeks aan de subgrafen zijn gevraagd, elk alias aan zijn eigen deel (zo ook elk antwoord van de gatewaycode in het benchmarkproces), en bevat wat gezaaid is (${inh.signalen} signalen in elk van signalen, casusregie, zsm en op de casus; de samenvoeging, de casus, de plaatsing, het procedureplan, de ZSM-registratie met afdoening, de detentie, de Dublinclaim).

Doel: ketenbeeld via de gateway ≤ 2× het traagste deel, in dezelfde run (gerapporteerd, niet geëist). Zaaien ${rapport.zaaiSeconden.toFixed(0)} s (achtergrondintake ${rapport.achtergrondIntake.toFixed(0)} s; daarna wachten tot alle outboxen en eventqueues leeg zijn), de hele benchmark ${rapport.totaalSeconden.toFixed(0)} s.
`;
const dir = path.join(ROOT, 'bench', 'results');
mkdirSync(dir, { recursive: true });
const stempel = rapport.datum.replace(/[:.]/g, '-');
writeFileSync(path.join(dir, `ketenbeeld-${stempel}.json`), JSON.stringify(rapport, null, 2));
writeFileSync(path.join(dir, `ketenbeeld-${stempel}.md`), md);
console.log(md);
process.exit(0);
