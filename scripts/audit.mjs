#!/usr/bin/env node
// Security gate: known vulnerabilities in the production dependencies (docs/security.md).
//
//   node scripts/audit.mjs                 runs `npm audit --omit=dev --json` in the repository root
//   node scripts/audit.mjs --rapport f.json reads a report made elsewhere with that command
//
// Prints every finding of severity high or critical with the advisory, the vulnerable range, the
// first version outside that range and what `npm audit fix` would install. Exit codes:
//   0  no high or critical finding in the production dependencies (lower ones are listed)
//   1  one or more high or critical findings
//   2  the audit could not run (registry's advisory endpoint unreachable, no report): nothing is
//      known, so this is never reported as a pass
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const ERNSTIG = new Set(['high', 'critical']);

function leesRapport() {
  const i = process.argv.indexOf('--rapport');
  if (i > 0) {
    const bestand = process.argv[i + 1];
    if (!bestand) stop(2, 'gebruik: node scripts/audit.mjs [--rapport <npm-audit.json>]');
    return { tekst: readFileSync(bestand, 'utf8'), bron: bestand };
  }
  const r = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 300_000,
  });
  if (r.error) stop(2, `npm audit kon niet starten: ${r.error.message}`);
  // npm audit exits 1 when it finds anything; the JSON on stdout is what counts.
  return { tekst: r.stdout, bron: 'npm audit --omit=dev --json', stderr: r.stderr };
}

function stop(code, melding) {
  (code === 0 ? console.log : console.error)(melding);
  process.exit(code);
}

/** The first version outside a vulnerable range such as "<4.17.21" or ">=2.0.0 <2.3.1" (if it has one). */
function eersteVeilige(range) {
  const m = [...String(range ?? '').matchAll(/<\s*(\d[\w.+-]*)/g)].pop();
  return m ? m[1] : undefined;
}

const { tekst, bron, stderr } = leesRapport();
let rapport;
try {
  rapport = JSON.parse(tekst);
} catch {
  stop(2, `audit kon niet draaien: geen JSON van ${bron}\n${(stderr ?? '').trim()}`);
}
if (!rapport || typeof rapport.vulnerabilities !== 'object' || rapport.vulnerabilities === null) {
  const reden = rapport?.message ?? rapport?.error?.summary ?? 'onbekend antwoord';
  stop(
    2,
    `audit kon niet draaien (${bron}): ${reden}\n` +
      'Zonder advies-database is er niets bekend; dit is geen geslaagde audit. Draai het opnieuw waar ' +
      'het advisory-endpoint van de npm-registry bereikbaar is, of geef een rapport met --rapport.',
  );
}

const bevindingen = Object.values(rapport.vulnerabilities);
const perErnst = {};
for (const b of bevindingen) perErnst[b.severity] = (perErnst[b.severity] ?? 0) + 1;
const prod = rapport.metadata?.dependencies?.prod;
console.log(
  `npm audit (productie-afhankelijkheden${prod ? `: ${prod}` : ''}): ` +
    (bevindingen.length
      ? Object.entries(perErnst)
          .map(([e, n]) => `${n} ${e}`)
          .join(', ')
      : 'geen bevindingen'),
);

const ernstig = bevindingen.filter((b) => ERNSTIG.has(b.severity));
for (const b of bevindingen) {
  const adviezen = b.via.filter((v) => typeof v === 'object');
  const via = b.via.filter((v) => typeof v === 'string');
  const fix =
    b.fixAvailable === true
      ? 'npm audit fix'
      : b.fixAvailable
        ? `npm audit fix${b.fixAvailable.isSemVerMajor ? ' --force' : ''} → ${b.fixAvailable.name}@${b.fixAvailable.version}${b.fixAvailable.isSemVerMajor ? ' (major)' : ''}`
        : 'geen automatische fix';
  console.log(
    `\n${ERNSTIG.has(b.severity) ? '✗' : '·'} ${b.name} (${b.severity}${b.isDirect ? ', direct' : ''}) ` +
      `kwetsbaar: ${b.range}; fix: ${fix}`,
  );
  for (const a of adviezen) {
    const veilig = eersteVeilige(a.range);
    console.log(
      `    ${a.severity}: ${a.title} — ${a.url}\n      ${a.name} ${a.range}${veilig ? ` → opgelost in ${veilig}` : ''}`,
    );
  }
  if (via.length) console.log(`    via ${via.join(', ')}`);
  if (b.nodes?.length)
    console.log(`    in ${b.nodes.slice(0, 5).join(', ')}${b.nodes.length > 5 ? ', …' : ''}`);
}

if (ernstig.length) {
  stop(
    1,
    `\n${ernstig.length} bevinding(en) high/critical in productie-afhankelijkheden: ${ernstig.map((b) => b.name).join(', ')}`,
  );
}
stop(0, '\ngeen bevindingen high/critical in productie-afhankelijkheden');
