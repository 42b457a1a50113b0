// @ts-nocheck
// Shared helpers for the console's browser scenarios: tokens from the development IdP and GraphQL
// through the gateway, the way a partner's system or the console itself talks to Ketenbeeld.

export const tid = (id) => `[data-testid="${id}"]`;

/** A token for a synthetic persona from the development IdP named in the gateway's /config.json. */
export async function haalToken(basis, persona) {
  const config = await (await fetch(new URL('config.json', basis))).json();
  const idpUrl = new URL(config.idpUrl, basis).href.replace(/\/$/, '');
  const res = await fetch(`${idpUrl}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona }),
  });
  const body = await res.json().catch(() => null);
  if (!res.ok || typeof body?.token !== 'string')
    throw new Error(`Geen token van de IdP voor ${persona} (HTTP ${res.status})`);
  return body.token;
}

/**
 * One GraphQL operation through the gateway; resolves with `{ data, errors }`. `doel` is the purpose
 * stated in Ketenbeeld-Doel (default CASUSREGIE, which every operational role may state).
 */
export async function gql(basis, token, query, variables = {}, doel = 'CASUSREGIE') {
  const res = await fetch(new URL('graphql', basis), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'ketenbeeld-doel': doel,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json().catch(() => null);
  if (!body) throw new Error(`gateway /graphql: HTTP ${res.status} zonder JSON-antwoord`);
  return body;
}

/** Like gql, but throws on errors and resolves with the data. */
export async function gqlData(basis, token, query, variables = {}, doel = 'CASUSREGIE') {
  const body = await gql(basis, token, query, variables, doel);
  if (body.errors?.length) throw new Error(`gateway: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

/** Poll `fn` until it returns something truthy; throws `melding` after `ms`. */
export async function wachtTot(fn, ms, melding) {
  const tot = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > tot) throw new Error(melding);
    await new Promise((r) => setTimeout(r, 250));
  }
}
