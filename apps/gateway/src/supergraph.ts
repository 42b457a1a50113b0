import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';

export const SUBGRAFEN = ['signalen', 'casusregie', 'zsm', 'planning'] as const;
export const APPS_DIR = join(__dirname, '..', '..');
export const SUPERGRAPH_PAD = join(__dirname, '..', 'supergraph.graphql');

/** Compose the committed subgraph SDLs (apps/<dienst>/schema.graphql) into a supergraph. */
export function componeerSupergraph(): string {
  const resultaat = composeServices(
    SUBGRAFEN.map((naam) => ({
      name: naam,
      // Routing URLs are placeholders: the gateway routes by its own configuration.
      url: `http://${naam}.ketenbeeld.internal/graphql`,
      typeDefs: parse(readFileSync(join(APPS_DIR, naam, 'schema.graphql'), 'utf8')),
    })),
  );
  if (resultaat.errors?.length) {
    throw new Error(`Compositie mislukt:\n${resultaat.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return resultaat.supergraphSdl!.trim() + '\n';
}

export function leesSupergraph(): string {
  return readFileSync(SUPERGRAPH_PAD, 'utf8');
}
