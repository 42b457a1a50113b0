import { createServer, type IncomingMessage, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  DEV_ISSUER,
  persona,
  tekenToken,
  TEST_REDIS_URL,
  testSleutels,
  testToken,
} from '@ketenbeeld/testing';
import { ConfigFout, laadConfig } from '@ketenbeeld/platform';
import type { Actor } from '@ketenbeeld/domain';
import { gatewayConfigSchema } from '../src/gateway.config';
import { startGateway, type GestarteGateway } from '../src/gateway';

/**
 * The gateway's hardening, end to end over HTTP, without the four services: one fake subgraph
 * (signalen) that answers what a test tells it, the other three at an address where nothing listens.
 */

/** Nothing listens on port 1: connections are refused at once. */
const DOOD = 'http://127.0.0.1:1/graphql';

interface NepSubgraaf {
  url: string;
  verzoeken: number;
  /** The purpose header of the last request the gateway sent. */
  laatsteDoel: string | string[] | undefined;
  antwoord: (query: string) => unknown;
  sluit(): Promise<void>;
}

async function startNepSubgraaf(): Promise<NepSubgraaf> {
  const nep: NepSubgraaf = {
    url: '',
    verzoeken: 0,
    laatsteDoel: undefined,
    antwoord: () => ({ data: { organisaties: [{ code: 'COA', naam: 'COA' }] } }),
    sluit: () => new Promise<void>((r) => server.close(() => r())),
  };
  const lees = (req: IncomingMessage) =>
    new Promise<string>((r) => {
      let b = '';
      req.on('data', (c: Buffer) => (b += c.toString()));
      req.on('end', () => r(b));
    });
  const server: Server = createServer((req, res) => {
    void lees(req).then((body) => {
      res.setHeader('content-type', 'application/json');
      if (req.method !== 'POST') return res.end('{"status":"up"}');
      nep.verzoeken++;
      nep.laatsteDoel = req.headers['ketenbeeld-doel'];
      const { query } = JSON.parse(body) as { query: string };
      res.end(JSON.stringify(nep.antwoord(query)));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const adres = server.address();
  nep.url = `http://127.0.0.1:${typeof adres === 'object' && adres ? adres.port : 0}/graphql`;
  return nep;
}

async function start(nep: NepSubgraaf, extra: Record<string, string> = {}): Promise<GestarteGateway> {
  const k = await testSleutels();
  return startGateway(
    laadConfig('gateway', gatewayConfigSchema, {
      PORT: '0',
      AUTH_ISSUER: DEV_ISSUER,
      AUTH_PUBLIC_KEY: k.publicKeyPem,
      LOG_LEVEL: 'silent',
      SUBGRAAF_SIGNALEN_URL: nep.url,
      SUBGRAAF_CASUSREGIE_URL: DOOD,
      SUBGRAAF_ZSM_URL: DOOD,
      SUBGRAAF_PLANNING_URL: DOOD,
      ...extra,
    }),
  );
}

interface Antwoord {
  status: number;
  headers: Headers;
  body: any;
}

async function post(
  gw: GestarteGateway,
  token: string | undefined,
  query: string,
  extraHeaders: Record<string, string> = {},
): Promise<Antwoord> {
  const r = await fetch(`${gw.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...extraHeaders,
    },
    body: JSON.stringify({ query }),
  });
  return { status: r.status, headers: r.headers, body: await r.json().catch(() => null) };
}

/** persoon → plaatsingen → persoon → …: `niveaus` times, then id. */
function diepeQuery(niveaus: number): string {
  let binnen = 'id';
  for (let i = 0; i < niveaus; i++) binnen = `plaatsingen { persoon { ${binnen} } }`;
  return `{ persoon(id: "p1") { ${binnen} } }`;
}

let nep: NepSubgraaf;
let token: string;
beforeAll(async () => {
  nep = await startNepSubgraaf();
  token = await testToken('dgm-analist');
});
afterAll(async () => {
  await nep.sluit();
});

describe('doelbinding aan de gateway', () => {
  let gw: GestarteGateway;
  beforeAll(async () => (gw = await start(nep)));
  afterAll(() => gw.close());
  const q = '{ organisaties { code } }';

  it('een onbekend doel: 400, een doel dat niet bij de rol past: 403, beide met de header als veld; geen subgraaf gevraagd', async () => {
    const voor = nep.verzoeken;
    const onbekend = await post(gw, token, q, { 'ketenbeeld-doel': 'NIEUWSGIERIG' });
    expect(onbekend.status).toBe(400);
    expect(onbekend.body).toMatchObject({ code: 'DOEL_ONGELDIG', fouten: [{ veld: 'Ketenbeeld-Doel' }] });
    const ind = await testToken('ind-procesregisseur');
    const nietVoorRol = await post(gw, ind, q, { 'ketenbeeld-doel': 'PRIVACYTOEZICHT' });
    expect(nietVoorRol.status).toBe(403);
    expect(nietVoorRol.body).toMatchObject({
      code: 'DOEL_NIET_TOEGESTAAN',
      fouten: [{ veld: 'Ketenbeeld-Doel' }],
    });
    expect(nep.verzoeken).toBe(voor);
  });

  it('een geldig doel gaat mee naar de subgraaf', async () => {
    const r = await post(gw, token, q, { 'ketenbeeld-doel': 'LANDELIJKE_REGIE' });
    expect(r.status).toBe(200);
    expect(nep.laatsteDoel).toBe('LANDELIJKE_REGIE');
  });
});

describe('diepte- en kostenlimieten', () => {
  let gw: GestarteGateway;
  beforeAll(async () => (gw = await start(nep)));
  afterAll(() => gw.close());

  it('een te diepe operatie: 400, TE_DIEP, met limiet en gemeten diepte; geen subgraaf gevraagd', async () => {
    const voor = nep.verzoeken;
    const r = await post(gw, token, diepeQuery(5));
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'TE_DIEP', diepte: 12, limiet: 10 });
    expect(r.body.errors[0].message).toContain('diepte 12');
    expect(r.body.errors[0].message).toContain('limiet is 10');
    expect(nep.verzoeken).toBe(voor);
  });

  it('een te dure operatie: 400, TE_COMPLEX, met limiet en gemeten kosten', async () => {
    const r = await post(gw, token, '{ signalen(eerste: 100000) { items { id personen { id } } } }');
    expect(r.status).toBe(400);
    const kosten = 1 + 1 + 100_000 * (1 + 1 + 10 * 1);
    expect(r.body.errors[0].extensions).toMatchObject({ code: 'TE_COMPLEX', kosten, limiet: 500_000 });
    expect(r.body.errors[0].message).toContain(`kosten ${kosten}`);
  });

  it('alias-vermenigvuldiging loopt tegen de kostenlimiet', async () => {
    const velden = Array.from(
      { length: 60 },
      (_, i) => `a${i}: signalen(eerste: 1000) { items { id personen { id } } }`,
    );
    const r = await post(gw, token, `{ ${velden.join(' ')} }`);
    expect(r.body.errors[0].extensions.code).toBe('TE_COMPLEX');
  });

  it('een toegestane operatie meldt diepte en kosten in extensions.kosten', async () => {
    const r = await post(gw, token, '{ organisaties { code naam } }');
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.organisaties).toEqual([{ code: 'COA', naam: 'COA' }]);
    expect(r.body.extensions.kosten).toEqual({
      diepte: 2,
      kosten: 1 + 10 * 2,
      limiet: { diepte: 10, kosten: 500_000 },
    });
  });

  it('een document met meer tokens dan GRAPHQL_MAX_TOKENS wordt niet eens geparst', async () => {
    const r = await post(gw, token, `{ ${Array.from({ length: 12_000 }, () => '__typename').join(' ')} }`);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(r.body.errors[0].message).toMatch(/10000 tokens/);
  });

  it('introspectie werkt buiten productie', async () => {
    const r = await post(gw, token, '{ __schema { queryType { name } } }');
    expect(r.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('configureerbare limieten en productie', () => {
  let gw: GestarteGateway;
  beforeAll(
    async () =>
      (gw = await start(nep, {
        NODE_ENV: 'production',
        GRAPHQL_MAX_DEPTH: '3',
        GRAPHQL_MAX_COST: '30',
        GRAPHQL_LIST_SIZE: '5',
      })),
  );
  afterAll(() => gw.close());

  it('limieten uit de configuratie', async () => {
    expect((await post(gw, token, diepeQuery(1))).body.errors[0].extensions).toMatchObject({
      code: 'TE_DIEP',
      diepte: 4,
      limiet: 3,
    });
    expect((await post(gw, token, '{ organisaties { code naam } }')).body.extensions.kosten).toEqual({
      diepte: 2,
      kosten: 1 + 5 * 2,
      limiet: { diepte: 3, kosten: 30 },
    });
    const duur = await post(
      gw,
      token,
      '{ a: organisaties { code naam } b: organisaties { code naam } c: organisaties { code naam } }',
    );
    expect(duur.body.errors[0].extensions).toMatchObject({ code: 'TE_COMPLEX', kosten: 3 * 11, limiet: 30 });
  });

  it('geen introspectie en geen schema-hints in productie', async () => {
    const r = await post(gw, token, '{ __schema { queryType { name } } }');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors[0].message).toMatch(/introspection/i);
    const type = await post(gw, token, '{ __type(name: "Persoon") { name } }');
    expect(type.body.errors[0].message).toMatch(/introspection/i);
    const fout = await post(gw, token, '{ organisatie { code } }');
    expect(fout.body.errors[0].message).not.toMatch(/did you mean/i);
  });

  it('HSTS standaard aan in productie', async () => {
    const r = await fetch(`${gw.url}/health/live`);
    expect(r.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('beveiligingsheaders', () => {
  let gw: GestarteGateway;
  let dist: string;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'kb-console-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Ketenbeeld</title><div id="root"></div>');
    gw = await start(nep, { CONSOLE_DIST: dist, CONSOLE_IDP_URL: 'https://idp.example.nl/realms/keten/' });
  });
  afterAll(async () => {
    await gw.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const VERWACHT = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'x-frame-options': 'DENY',
  };

  it.each([
    ['de console (HTML)', '/', 'GET'],
    ['een diepe link van de console', '/casussen/123', 'GET'],
    ['/health/live', '/health/live', 'GET'],
    ['/config.json', '/config.json', 'GET'],
    ['/graphql zonder token (401)', '/graphql', 'POST'],
    ['/live zonder token (401)', '/live', 'GET'],
    ['een onbekend pad (404)', '/bestaat-niet', 'POST'],
  ])('%s', async (_naam, pad, methode) => {
    const r = await fetch(`${gw.url}${pad}`, { method: methode });
    for (const [h, w] of Object.entries(VERWACHT)) expect([h, r.headers.get(h)]).toEqual([h, w]);
    const csp = r.headers.get('content-security-policy') ?? '';
    for (const d of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "connect-src 'self' https://idp.example.nl",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "object-src 'none'",
    ])
      expect(csp.split('; ')).toContain(d);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    const pp = r.headers.get('permissions-policy') ?? '';
    for (const f of ['camera=()', 'microphone=()', 'geolocation=()', 'payment=()', 'usb=()'])
      expect(pp).toContain(f);
    expect(r.headers.get('x-powered-by')).toBeNull();
    // HSTS only in production (default) or when HSTS=true.
    expect(r.headers.get('strict-transport-security')).toBeNull();
  });

  it('de console-HTML wordt geserveerd (met de CSP)', async () => {
    const r = await fetch(`${gw.url}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/text\/html/);
    expect(await r.text()).toContain('<div id="root">');
  });

  it('Cache-Control: no-store op /graphql (antwoord, 401 en limietfout) en /live', async () => {
    expect((await post(gw, token, '{ organisaties { code } }')).headers.get('cache-control')).toBe(
      'no-store',
    );
    expect((await post(gw, token, diepeQuery(6))).headers.get('cache-control')).toBe('no-store');
    expect((await post(gw, undefined, '{ organisaties { code } }')).headers.get('cache-control')).toBe(
      'no-store',
    );
    expect((await fetch(`${gw.url}/live`)).headers.get('cache-control')).toBe('no-store');
    const zonderRedis = await fetch(`${gw.url}/live`, { headers: { authorization: `Bearer ${token}` } });
    expect(zonderRedis.status).toBe(503);
    expect(zonderRedis.headers.get('cache-control')).toBe('no-store');
  });

  it('HSTS aan te zetten buiten productie, met eigen max-age', async () => {
    const g = await start(nep, { HSTS: 'true', HSTS_MAX_AGE: '600' });
    try {
      const r = await fetch(`${g.url}/health/live`);
      expect(r.headers.get('strict-transport-security')).toBe('max-age=600; includeSubDomains');
    } finally {
      await g.close();
    }
  });
});

describe('de CSP past bij de gebouwde console (apps/console/dist)', () => {
  const dist = join(__dirname, '..', '..', 'console', 'dist');
  const aanwezig = existsSync(join(dist, 'index.html'));
  (aanwezig ? it : it.skip)('geen inline script, geen inline style, geen style-attribuut, geen eval', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(m[1]).toMatch(/\bsrc=/);
      expect(m[2].trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    // Any image other than our own must be a data: URL (img-src 'self' data:).
    for (const m of html.matchAll(/\b(?:src|href)="([^"]+)"/g)) expect(m[1]).toMatch(/^(\/|data:)/);
    const js = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) {
      const bron = readFileSync(join(dist, 'assets', f), 'utf8');
      expect([f, /\beval\(|new Function\(/.test(bron)]).toEqual([f, false]);
      // Styles set through markup (blocked by style-src 'self') rather than through the CSSOM.
      expect([f, /setAttribute\(\s*["']style["']|<style/.test(bron)]).toEqual([f, false]);
    }
  });
});

describe('CORS', () => {
  let gw: GestarteGateway;
  const PARTNER = 'https://partner.example.nl';
  beforeAll(
    async () => (gw = await start(nep, { CORS_ORIGINS: `${PARTNER}, https://andere.example.nl:8443` })),
  );
  afterAll(() => gw.close());

  const preflight = (origin: string) =>
    fetch(`${gw.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('preflight van een toegestane origin: 204 met de CORS-headers', async () => {
    const r = await preflight(PARTNER);
    expect(r.status).toBe(204);
    expect(r.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(r.headers.get('access-control-allow-methods')).toContain('POST');
    expect(r.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(r.headers.get('access-control-allow-credentials')).toBeNull();
    expect(r.headers.get('vary')).toMatch(/origin/i);
    expect((await preflight('https://andere.example.nl:8443')).status).toBe(204);
  });

  it('preflight van een andere origin: 403 problem+json zonder CORS-headers', async () => {
    for (const origin of [
      'https://kwaad.example.com',
      'https://partner.example.nl.kwaad.example.com',
      'null',
    ]) {
      const r = await preflight(origin);
      expect(r.status).toBe(403);
      expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
      expect(await r.json()).toMatchObject({
        status: 403,
        code: 'CORS_ORIGIN_NIET_TOEGESTAAN',
        title: 'Geen toegang',
      });
    }
  });

  it('een verzoek van een toegestane origin krijgt Access-Control-Allow-Origin, een andere niet', async () => {
    const ok = await post(gw, token, '{ organisaties { code } }', { origin: PARTNER });
    expect(ok.headers.get('access-control-allow-origin')).toBe(PARTNER);
    expect(ok.headers.get('access-control-expose-headers')).toContain('traceparent');
    const ander = await post(gw, token, '{ organisaties { code } }', { origin: 'https://kwaad.example.com' });
    expect(ander.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('zonder CORS_ORIGINS: alleen same-origin (geen CORS-headers, elke preflight 403)', async () => {
    const g = await start(nep);
    try {
      const r = await fetch(`${g.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin: PARTNER, 'access-control-request-method': 'POST' },
      });
      expect(r.status).toBe(403);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await g.close();
    }
  });

  it('CORS_ORIGINS accepteert alleen origins (geen pad, geen *, geen null)', () => {
    for (const fout of [
      '*',
      'null',
      'https://partner.example.nl/',
      'https://partner.example.nl/pad',
      'partner.example.nl',
      'ftp://x.nl',
    ]) {
      expect(() =>
        laadConfig('gateway', gatewayConfigSchema, {
          AUTH_ISSUER: 'x',
          AUTH_PUBLIC_KEY: 'x',
          SUBGRAAF_SIGNALEN_URL: DOOD,
          SUBGRAAF_CASUSREGIE_URL: DOOD,
          SUBGRAAF_ZSM_URL: DOOD,
          SUBGRAAF_PLANNING_URL: DOOD,
          CORS_ORIGINS: fout,
        }),
      ).toThrow(ConfigFout);
    }
  });
});

describe('snelheidslimieten per gebruiker en per client', () => {
  let gw: GestarteGateway;
  beforeAll(
    async () =>
      (gw = await start(nep, {
        RATE_LIMIT_USER_PER_MINUTE: '1',
        RATE_LIMIT_USER_BURST: '3',
        RATE_LIMIT_CLIENT_PER_MINUTE: '1',
        RATE_LIMIT_CLIENT_BURST: '5',
      })),
  );
  afterAll(() => gw.close());

  async function tokenVoor(actor: Actor, claims: Record<string, unknown> = {}): Promise<string> {
    const k = await testSleutels();
    if (!Object.keys(claims).length) return tekenToken(actor, k);
    const { SignJWT, importPKCS8 } = await import('jose');
    return new SignJWT({ name: actor.naam, org: actor.organisatie, roles: [...actor.rollen], ...claims })
      .setProtectedHeader({ alg: 'ES256', kid: k.kid })
      .setSubject(actor.sub)
      .setIssuer(DEV_ISSUER)
      .setAudience('ketenbeeld')
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(await importPKCS8(k.privateKeyPem, 'ES256'));
  }

  it('per gebruiker: na de piek 429 problem+json met Retry-After; een andere gebruiker gaat door', async () => {
    const ind = persona('ind-procesregisseur');
    const t = await tokenVoor({ ...ind, sub: 'u-snelheid-1' });
    for (let i = 0; i < 3; i++) expect((await post(gw, t, '{ __typename }')).status).toBe(200);
    const r = await post(gw, t, '{ __typename }');
    expect(r.status).toBe(429);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(r.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body).toMatchObject({
      type: expect.stringContaining('te-veel-verzoeken-gebruiker'),
      title: 'Te veel verzoeken',
      status: 429,
      code: 'TE_VEEL_VERZOEKEN_GEBRUIKER',
    });
    expect(r.body.detail).toContain('limiet 1 per minuut');
    // Another user of another organisation: its own buckets.
    const ander = await tokenVoor({ ...persona('dtv-regievoerder'), sub: 'u-snelheid-2' });
    expect((await post(gw, ander, '{ __typename }')).status).toBe(200);
    // /live counts too.
    expect((await fetch(`${gw.url}/live`, { headers: { authorization: `Bearer ${t}` } })).status).toBe(429);
  });

  it('per client (azp): gebruikers van dezelfde client delen een emmer', async () => {
    const coa = persona('coa-locatiemanager');
    const tokens = await Promise.all(
      [1, 2, 3].map((i) => tokenVoor({ ...coa, sub: `u-client-${i}` }, { azp: 'partner-dashboard' })),
    );
    const statussen: number[] = [];
    for (const t of [...tokens, ...tokens]) statussen.push((await post(gw, t, '{ __typename }')).status);
    expect(statussen).toEqual([200, 200, 200, 200, 200, 429]);
    const r = await post(gw, tokens[0], '{ __typename }');
    expect(r.body.code).toBe('TE_VEEL_VERZOEKEN_CLIENT');
    // The same organisation through another client (no azp: keyed by organisation) is not affected.
    expect((await post(gw, await tokenVoor({ ...coa, sub: 'u-client-4' }), '{ __typename }')).status).toBe(
      200,
    );
  });

  it('zonder azp telt de organisatie als client', async () => {
    const pol = persona('politie-melder');
    const tokens = await Promise.all([1, 2, 3].map((i) => tokenVoor({ ...pol, sub: `u-org-${i}` })));
    const statussen: number[] = [];
    for (const t of [...tokens, ...tokens]) statussen.push((await post(gw, t, '{ __typename }')).status);
    expect(statussen).toEqual([200, 200, 200, 200, 200, 429]);
    const r = await post(gw, tokens[2], '{ __typename }');
    expect(r.body.code).toBe('TE_VEEL_VERZOEKEN_CLIENT');
  });
});

describe('snelheidslimieten met REDIS_URL: gedeeld door alle gateway-instanties', () => {
  it('twee gateways met dezelfde Redis tellen samen', async () => {
    const env = {
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: `kbtestgw${randomUUID().slice(0, 8)}`,
      RATE_LIMIT_USER_PER_MINUTE: '1',
      RATE_LIMIT_USER_BURST: '2',
    };
    const [a, b] = [await start(nep, env), await start(nep, env)];
    try {
      // The rate limiter's Redis connection is made at start; give it a moment (before it is
      // ready, a gateway counts in its own memory).
      await new Promise((r) => setTimeout(r, 300));
      const t = await testToken('om-zsm');
      expect((await post(a, t, '{ __typename }')).status).toBe(200);
      expect((await post(b, t, '{ __typename }')).status).toBe(200);
      expect((await post(a, t, '{ __typename }')).status).toBe(429);
      expect((await post(b, t, '{ __typename }')).status).toBe(429);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('fouten zonder interne details', () => {
  let gw: GestarteGateway;
  let uitvoer: string[];
  let schrijf: jest.SpyInstance;
  beforeAll(async () => {
    gw = await start(nep, { LOG_LEVEL: 'warn' });
  });
  beforeEach(() => {
    uitvoer = [];
    schrijf = jest.spyOn(process.stdout, 'write').mockImplementation((r: string | Uint8Array) => {
      uitvoer.push(String(r));
      return true;
    });
  });
  afterEach(() => schrijf.mockRestore());
  afterAll(() => gw.close());

  const traceIdVan = (h: Headers) => (h.get('traceparent') ?? '').split('-')[1];

  it('een onbereikbare subgraaf: Nederlandse melding met trace-id, geen URL; het origineel in het log', async () => {
    const r = await post(gw, token, '{ locaties { code naam } }');
    expect(r.status).toBe(200);
    const tekst = JSON.stringify(r.body);
    expect(tekst).not.toMatch(/127\.0\.0\.1|:1\/|https?:\/\/|ECONNREFUSED|planning|stack/i);
    const traceId = traceIdVan(r.headers);
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(r.body.data).toBeNull();
    expect(r.body.errors[0]).toEqual({
      message: expect.stringContaining(`trace-id ${traceId}`),
      extensions: { code: 'INTERNAL_SERVER_ERROR', traceId },
    });
    expect(r.body.errors[0].message).toMatch(/^Er ging iets mis/);
    const log = uitvoer.join('');
    expect(log).toContain(traceId);
    expect(log).toContain('127.0.0.1:1');
  });

  it('stacktrace, exception, serviceName en andere extensies van een subgraaf gaan eruit', async () => {
    nep.antwoord = () => ({
      data: { organisaties: null },
      errors: [
        {
          message: 'Ongeldige invoer: code onbekend',
          path: ['organisaties'],
          extensions: {
            code: 'BAD_USER_INPUT',
            foutcode: 'CODE_ONBEKEND',
            fouten: [{ veld: 'code', reden: 'onbekend' }],
            stacktrace: ['Error: x', '    at Object.<anonymous> (/app/dist/main.js:1:1)'],
            exception: { stacktrace: ['at /app/node_modules/x.js:1:1'], sql: 'SELECT 1' },
            intern: 'geheim',
          },
        },
      ],
    });
    const r = await post(gw, token, '{ organisaties { code } }');
    expect(r.body.errors).toHaveLength(1);
    const fout = r.body.errors[0];
    expect(fout.message).toBe('Ongeldige invoer: code onbekend');
    expect(fout.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      foutcode: 'CODE_ONBEKEND',
      fouten: [{ veld: 'code', reden: 'onbekend' }],
      traceId: traceIdVan(r.headers),
    });
    expect(JSON.stringify(r.body)).not.toMatch(/stacktrace|exception|main\.js|SELECT|geheim|serviceName/);
  });

  it.each([
    ['SQL in een interne fout', 'INTERNAL_SERVER_ERROR', 'select * from persoon where id = $1 failed'],
    ['een databasefout achter een bekende code', 'FORBIDDEN', 'relation "persoon" does not exist'],
    [
      'een interne URL achter een bekende code',
      'NOT_FOUND',
      'niet gevonden op http://casusregie.ketenbeeld.internal/graphql',
    ],
    ['een fout zonder code', undefined, 'Cannot read properties of undefined'],
  ])('%s wordt de algemene melding', async (_naam, code, message) => {
    nep.antwoord = () => ({
      data: { organisaties: null },
      errors: [{ message, path: ['organisaties'], extensions: code ? { code } : {} }],
    });
    const r = await post(gw, token, '{ organisaties { code } }');
    expect(r.body.errors[0].message).toMatch(/^Er ging iets mis/);
    expect(r.body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(r.body)).not.toContain(message);
  });

  it('een domeinfout van een subgraaf blijft zoals hij is (met trace-id)', async () => {
    nep.antwoord = () => ({
      data: { organisaties: null },
      errors: [
        {
          message: 'Geen toegang: uw organisatie neemt niet deel aan deze casus',
          path: ['organisaties'],
          extensions: { code: 'FORBIDDEN', foutcode: 'GEEN_DEELNEMER' },
        },
      ],
    });
    const r = await post(gw, token, '{ organisaties { code } }');
    expect(r.body.errors[0]).toMatchObject({
      message: 'Geen toegang: uw organisatie neemt niet deel aan deze casus',
      extensions: { code: 'FORBIDDEN', foutcode: 'GEEN_DEELNEMER' },
    });
  });

  it('fouten in het verzoek zelf houden hun melding (validatie)', async () => {
    const r = await post(gw, token, '{ bestaatNiet }');
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(r.body.errors[0].message).toContain('bestaatNiet');
  });

  // Apollo Server leaves resolving the operation to the gateway's executor, whose error
  // (INVALID_GRAPHQL, thrown) became a 500 INTERNAL_SERVER_ERROR: the caller's mistake, not ours.
  it.each([
    ['een onbekende operationName', { operationName: 'Onbekend' }, /'Onbekend'/],
    ['een operationName die geen GraphQL-naam is', { operationName: 'http://x/y z' }, /geen operatie/],
    [
      'meerdere operaties zonder operationName',
      { query: 'query A { __typename } query B { __typename }' },
      /operationName/,
    ],
  ])(
    '%s: 400 OPERATION_RESOLUTION_FAILURE met operationName als veld; geen subgraaf gevraagd',
    async (_naam, body, melding) => {
      const voor = nep.verzoeken;
      const r = await fetch(`${gw.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: 'query Echt { organisaties { code } }', ...body }),
      });
      const json = (await r.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(r.status).toBe(400);
      expect(json.errors).toHaveLength(1);
      expect(json.errors[0].message).toMatch(melding);
      expect(json.errors[0].message).not.toMatch(/http:\/\/x/);
      expect(json.errors[0].extensions).toMatchObject({
        code: 'OPERATION_RESOLUTION_FAILURE',
        fouten: [{ veld: 'operationName' }],
      });
      expect(nep.verzoeken).toBe(voor);
    },
  );

  it('health/ready noemt geen adressen van subgrafen', async () => {
    const r = await fetch(`${gw.url}/health/ready`);
    expect(r.status).toBe(503);
    const tekst = await r.text();
    expect(tekst).not.toMatch(/127\.0\.0\.1|https?:|ECONNREFUSED/);
    expect(JSON.parse(tekst).controles.planning).toBe('down: onbereikbaar');
  });
});

describe('body-limiet en onbekende paden', () => {
  let gw: GestarteGateway;
  beforeAll(async () => (gw = await start(nep, { BODY_LIMIT: '1kb' })));
  afterAll(() => gw.close());

  it('een body boven BODY_LIMIT: 413 problem+json', async () => {
    const r = await post(gw, token, `{ organisaties { code } } # ${'x'.repeat(2000)}`);
    expect(r.status).toBe(413);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(r.body).toMatchObject({ status: 413, code: 'BODY_TE_GROOT' });
  });

  it('ongeldige JSON: 400 problem+json zonder parserdetails over de server', async () => {
    const r = await fetch(`${gw.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query": ',
    });
    expect(r.status).toBe(400);
    expect(await r.text()).not.toMatch(/node_modules|\sat\s/);
  });

  it('een onbekend pad: 404 problem+json (geen HTML met stack)', async () => {
    const r = await fetch(`${gw.url}/bestaat/niet`, { method: 'DELETE' });
    expect(r.status).toBe(404);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect(await r.json()).toMatchObject({ status: 404, code: 'PAD_ONBEKEND' });
  });

  it('een ongeldig gecodeerd pad: geen stacktrace', async () => {
    const r = await fetch(`${gw.url}/%E0%A4%A`);
    expect(await r.text()).not.toMatch(/URIError|\sat\s|node_modules/);
  });
});
