import { composeServices } from '@apollo/composition';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, printSchema } from 'graphql';

export const SUBGRAFEN = ['signalen', 'casusregie', 'zsm', 'planning'] as const;
export const APPS_DIR = join(__dirname, '..', '..');
export const SUPERGRAPH_PAD = join(__dirname, '..', 'supergraph.graphql');
/** The API schema (what clients see: the supergraph without its join/link machinery); the console's types are generated from it. */
export const API_SCHEMA_PAD = join(__dirname, '..', 'api-schema.graphql');

/** Compose the committed subgraph SDLs (apps/<dienst>/schema.graphql) into a supergraph. */
export function componeerSupergraph(): string {
  return componeer().supergraphSdl;
}

/** The client-facing API schema of the same composition. */
export function componeerApiSchema(): string {
  return componeer().apiSchema;
}

function componeer(): { supergraphSdl: string; apiSchema: string } {
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
  return {
    supergraphSdl: resultaat.supergraphSdl!.trim() + '\n',
    apiSchema: printSchema(resultaat.schema!.toAPISchema().toGraphQLJSSchema()).trim() + '\n',
  };
}

export function leesApiSchema(): string {
  return readFileSync(API_SCHEMA_PAD, 'utf8');
}

export function leesSupergraph(): string {
  return readFileSync(SUPERGRAPH_PAD, 'utf8');
}
