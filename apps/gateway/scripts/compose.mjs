// Compose the committed subgraph SDLs into apps/gateway/supergraph.graphql (run after a schema change).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
const require = createRequire(import.meta.url);
const { componeerSupergraph, SUPERGRAPH_PAD } = require('../dist/supergraph.js');
writeFileSync(SUPERGRAPH_PAD, componeerSupergraph());
console.log(`supergraph geschreven: ${SUPERGRAPH_PAD}`);
