#!/usr/bin/env node
// @ts-check
/**
 * Size budget of the console's first load (issue 8): the JavaScript the entry route (#/signalen)
 * needs — the entry chunk, everything it imports statically, and the signals page chunk — gzip-
 * compressed, must stay under 300 KB. Reads Vite's manifest of the build in dist/. Exits 1 when over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DIST = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist');
export const BUDGET_BYTES = 300 * 1024;

/** @typedef {{ file: string, imports?: string[], dynamicImports?: string[], isEntry?: boolean, src?: string }} Chunk */

/**
 * The chunks the entry route loads: the entry and its static imports, plus the page chunk whose
 * source is `pagina` with its static imports.
 * @param {Record<string, Chunk>} manifest @param {string} pagina
 */
export function eersteLading(manifest, pagina) {
  const gezien = new Set();
  /** @param {string} sleutel */
  const bezoek = (sleutel) => {
    if (gezien.has(sleutel)) return;
    const c = manifest[sleutel];
    if (!c) throw new Error(`manifest mist ${sleutel}`);
    gezien.add(sleutel);
    for (const i of c.imports ?? []) bezoek(i);
  };
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) throw new Error('manifest zonder entry');
  bezoek(entry[0]);
  const paginaSleutel = Object.keys(manifest).find((k) => k.endsWith(pagina));
  if (!paginaSleutel) throw new Error(`manifest zonder ${pagina}`);
  bezoek(paginaSleutel);
  return [...gezien].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8'));
  const bestanden = eersteLading(manifest, 'features/signalen/SignalenOverzicht.tsx');
  const groottes = bestanden.map((f) => ({
    f,
    gz: gzipSync(readFileSync(path.join(DIST, f)), { level: 9 }).length,
  }));
  const totaal = groottes.reduce((a, b) => a + b.gz, 0);
  for (const g of groottes) console.log(`  ${g.f}: ${(g.gz / 1024).toFixed(1)} KB gzip`);
  console.log(
    `eerste lading (#/signalen): ${(totaal / 1024).toFixed(1)} KB gzip JavaScript; budget ${BUDGET_BYTES / 1024} KB`,
  );
  if (totaal > BUDGET_BYTES) {
    console.error('✗ boven het budget: laad meer pagina’s lui of verklein de gedeelde code');
    process.exit(1);
  }
  console.log('✓ binnen het budget');
}
