// Compose the committed subgraph SDLs into apps/gateway/supergraph.graphql and its client-facing
// API schema apps/gateway/api-schema.graphql (run after a schema change; the console's types are
// generated from the API schema with `npm run codegen -w @ketenbeeld/console`).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const {
  componeerSupergraph,
  componeerApiSchema,
  SUPERGRAPH_PAD,
  API_SCHEMA_PAD,
} = require('../dist/supergraph.js');
writeFileSync(SUPERGRAPH_PAD, componeerSupergraph());
writeFileSync(API_SCHEMA_PAD, componeerApiSchema());
console.log(`supergraph geschreven: ${SUPERGRAPH_PAD}`);
console.log(`API-schema geschreven: ${API_SCHEMA_PAD}`);
