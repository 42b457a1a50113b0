#!/usr/bin/env node
// @ts-check
/**
 * Print a development token for a persona, signed with the local key (the same key the dev IdP
 * publishes), e.g.
 *
 *   node infra/local/token.mjs dgm-analist
 *   curl -H "Authorization: Bearer $(node infra/local/token.mjs dgm-analist)" …
 *   node infra/local/token.mjs --list
 */
import { AUDIENCE, DEV_ISSUER, PERSONAS, persona, tekenToken } from '@ketenbeeld/testing';

import { ensureKeys } from './stack.mjs';

function personaList() {
  const width = Math.max(...PERSONAS.map((p) => p.id.length));
  return PERSONAS.map(
    (p) =>
      `  ${p.id.padEnd(width)}  ${p.organisatie.padEnd(10)} ${[...p.rollen].join(',')} — ${p.omschrijving}`,
  ).join('\n');
}

const usage = 'Usage: node infra/local/token.mjs <persona-id>   (or --list)';
const args = process.argv.slice(2);
const arg = args[0];

if (arg === '--list' || arg === '-l') {
  process.stdout.write(`${personaList()}\n`);
} else if (arg === '--help' || arg === '-h') {
  process.stdout.write(`${usage}\n\nPersonas:\n${personaList()}\n`);
} else if (!arg || args.length > 1 || !PERSONAS.some((p) => p.id === arg)) {
  process.stderr.write(
    `${arg ? `Unknown persona '${args.join(' ')}'.` : 'Which persona?'}\n${usage}\n\nPersonas:\n${personaList()}\n`,
  );
  process.exitCode = 2;
} else {
  try {
    const keys = await ensureKeys();
    const token = await tekenToken(persona(arg), {
      privateKeyPem: keys.privateKeyPem,
      kid: keys.kid,
      issuer: DEV_ISSUER,
      audience: AUDIENCE,
    });
    process.stdout.write(`${token}\n`);
  } catch (err) {
    process.stderr.write(`Could not sign a token: ${err instanceof Error ? err.message : err}\n`);
    process.exitCode = 1;
  }
}
