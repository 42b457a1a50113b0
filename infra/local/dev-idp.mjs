#!/usr/bin/env node
// @ts-check
/**
 * Development identity provider: hands out signed tokens for the synthetic personas, and
 * publishes the public key so that the gateway and subgraphs verify them exactly as they verify
 * production tokens. Development only — it signs whatever persona one asks for.
 *
 *   GET  /.well-known/jwks.json  → { keys: [jwk] }
 *   GET  /personas               → [{ id, naam, organisatie, rollen, omschrijving }]
 *   POST /token {"persona": id}  → { token, verlooptOp }
 *   GET  /health/live            → 200
 *
 * Run: `node infra/local/dev-idp.mjs` (port from DEV_IDP_PORT, default 4010).
 */
import http from 'node:http';

import { decodeJwt } from 'jose';
import { AUDIENCE, DEV_ISSUER, PERSONAS, persona, publiekeJwk, tekenToken } from '@ketenbeeld/testing';

import { ensureKeys, isMain } from './stack.mjs';

const MAX_BODY_BYTES = 16 * 1024;

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type',
  'Access-Control-Max-Age': '600',
};

/**
 * @param {http.ServerResponse} res @param {number} status @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** @param {http.IncomingMessage} req @returns {Promise<string>} */
function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(Object.assign(new Error('body too large'), { status: 413 }));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Start the development identity provider.
 * @param {{ port?: number, host?: string, keys: { privateKeyPem: string, publicKeyPem: string, kid: string } }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startDevIdp({ port = 4010, host = '127.0.0.1', keys }) {
  if (!keys?.privateKeyPem || !keys.publicKeyPem || !keys.kid) {
    throw new Error(
      'startDevIdp needs keys { privateKeyPem, publicKeyPem, kid } — get them with ensureKeys() from stack.mjs.',
    );
  }
  const jwks = { keys: [await publiekeJwk(keys.publicKeyPem, keys.kid)] };
  const personas = PERSONAS.map(({ id, naam, organisatie, rollen, omschrijving }) => ({
    id,
    naam,
    organisatie,
    rollen: [...rollen],
    omschrijving,
  }));

  /** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
  async function handle(req, res) {
    const { pathname } = new URL(req.url ?? '/', 'http://idp.invalid');
    const method = req.method ?? 'GET';

    if (method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS);
      res.end();
      return;
    }

    /** @type {Record<string, string[]>} */
    const allowed = {
      '/.well-known/jwks.json': ['GET', 'HEAD'],
      '/personas': ['GET', 'HEAD'],
      '/token': ['POST'],
      '/health/live': ['GET', 'HEAD'],
    };
    if (!allowed[pathname]) {
      sendJson(res, 404, {
        fout: 'niet-gevonden',
        reden: `Onbekend pad ${pathname}; bekend: ${Object.keys(allowed).join(', ')}`,
      });
      return;
    }
    if (!allowed[pathname].includes(method)) {
      sendJson(
        res,
        405,
        { fout: 'methode', reden: `${method} is niet toegestaan op ${pathname}` },
        { Allow: allowed[pathname].join(', ') },
      );
      return;
    }

    switch (pathname) {
      case '/.well-known/jwks.json':
        sendJson(res, 200, jwks, { 'Cache-Control': 'public, max-age=60' });
        return;
      case '/personas':
        sendJson(res, 200, personas);
        return;
      case '/health/live':
        sendJson(res, 200, { status: 'ok' });
        return;
      case '/token': {
        /** @type {unknown} */
        let body;
        try {
          body = JSON.parse(await readBody(req));
        } catch (err) {
          const status = /** @type {{ status?: number }} */ (err).status ?? 400;
          sendJson(res, status, {
            fout: 'verzoek',
            reden:
              status === 413 ? 'Verzoek te groot' : 'Verwacht een JSON-body zoals {"persona": "dgm-analist"}',
          });
          return;
        }
        const id =
          body && typeof body === 'object' ? /** @type {{ persona?: unknown }} */ (body).persona : undefined;
        const known = PERSONAS.some((p) => p.id === id);
        if (typeof id !== 'string' || !known) {
          sendJson(res, 400, {
            fout: 'persona',
            reden: `${typeof id === 'string' ? `Onbekende persona '${id}'` : 'Veld "persona" ontbreekt'}; bekend: ${PERSONAS.map((p) => p.id).join(', ')}`,
          });
          return;
        }
        const token = await tekenToken(persona(id), {
          privateKeyPem: keys.privateKeyPem,
          kid: keys.kid,
          issuer: DEV_ISSUER,
          audience: AUDIENCE,
        });
        const exp = decodeJwt(token).exp ?? 0;
        sendJson(res, 200, { token, verlooptOp: new Date(exp * 1000).toISOString() });
        return;
      }
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('[dev-idp]', err);
      if (!res.headersSent)
        sendJson(res, 500, { fout: 'intern', reden: 'Interne fout in de ontwikkel-IdP; zie de console' });
      else res.destroy();
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', (err) => {
      if (/** @type {{ code?: string }} */ (err).code === 'EADDRINUSE') {
        reject(
          new Error(
            `Port ${port} on ${host} is already in use — is a dev IdP already running? Stop it, or choose another port (DEV_IDP_PORT).`,
          ),
        );
      } else reject(err);
    });
    server.listen(port, host, () => resolve(undefined));
  });

  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  let closing;
  const close = () => {
    closing ??= new Promise((resolve) => {
      server.close(() => resolve(undefined));
      server.closeAllConnections();
    });
    return closing;
  };
  return { url, close };
}

async function main() {
  const port = Number(process.env.DEV_IDP_PORT ?? 4010);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`DEV_IDP_PORT must be a port number, got ${JSON.stringify(process.env.DEV_IDP_PORT)}`);
  }
  const keys = await ensureKeys();
  const idp = await startDevIdp({ port, keys });
  console.error(
    `[dev-idp] listening on ${idp.url} (issuer ${DEV_ISSUER}, audience ${AUDIENCE}, kid ${keys.kid})`,
  );
  console.error(
    `[dev-idp] JWKS: ${idp.url}/.well-known/jwks.json — token: curl -s -X POST ${idp.url}/token -H 'Content-Type: application/json' -d '{"persona":"dgm-analist"}'`,
  );
  const shutdown = async () => {
    await idp.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (isMain(import.meta.url)) {
  main().catch((err) => {
    console.error(`[dev-idp] ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
