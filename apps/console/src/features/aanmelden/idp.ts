import { isPersona, leesVerlooptOp, type Persona } from '../../app/auth';

/** The IdP could not be reached at all (network, CORS, DNS). */
export class IdpOnbereikbaar extends Error {
  constructor(readonly idpUrl: string) {
    super(
      `De aanmeldvoorziening (IdP) op ${idpUrl} is niet bereikbaar. Probeer het later opnieuw of neem contact op met de beheerder.`,
    );
    this.name = 'IdpOnbereikbaar';
  }
}

async function leesFoutTekst(response: Response): Promise<string> {
  try {
    const tekst = await response.text();
    try {
      const json = JSON.parse(tekst) as Record<string, unknown>;
      for (const sleutel of ['reden', 'melding', 'message', 'error_description', 'error']) {
        if (typeof json[sleutel] === 'string') return json[sleutel];
      }
    } catch {
      // not JSON
    }
    return tekst.slice(0, 200);
  } catch {
    return '';
  }
}

async function idpFetch(idpUrl: string, pad: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(`${idpUrl}${pad}`, {
      ...init,
      headers: { accept: 'application/json', ...init?.headers },
    });
  } catch (fout) {
    if (init?.signal?.aborted) throw fout;
    throw new IdpOnbereikbaar(idpUrl);
  }
}

export async function haalPersonas(idpUrl: string, signal?: AbortSignal): Promise<Persona[]> {
  const response = await idpFetch(idpUrl, '/personas', { signal });
  if (!response.ok) {
    const tekst = await leesFoutTekst(response);
    throw new Error(
      `De aanmeldvoorziening gaf een fout (HTTP ${response.status})${tekst ? `: ${tekst}` : ''}.`,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!Array.isArray(body) || !body.every(isPersona)) {
    throw new Error('De aanmeldvoorziening gaf een onverwacht antwoord op /personas.');
  }
  return body;
}

export interface Token {
  readonly token: string;
  readonly verlooptOp: number;
}

export async function vraagToken(idpUrl: string, personaId: string): Promise<Token> {
  const response = await idpFetch(idpUrl, '/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona: personaId }),
  });
  if (!response.ok) {
    const tekst = await leesFoutTekst(response);
    throw new Error(`Aanmelden is mislukt (HTTP ${response.status})${tekst ? `: ${tekst}` : ''}.`);
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  const verlooptOp = leesVerlooptOp(body?.verlooptOp);
  if (!body || typeof body.token !== 'string' || body.token === '' || verlooptOp === null) {
    throw new Error('De aanmeldvoorziening gaf geen geldig token terug.');
  }
  if (verlooptOp <= Date.now())
    throw new Error(
      'De aanmeldvoorziening gaf een token dat al verlopen is. Controleer de klok van dit apparaat.',
    );
  return { token: body.token, verlooptOp };
}
