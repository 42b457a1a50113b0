// @ts-check
/**
 * What both README commands do first, with Node's built-ins only (dependencies may not be there yet):
 * check Node, install the locked dependencies when missing or stale, build everything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @param {string} cmd @param {string[]} args @param {string} wat */
export function draai(cmd, args, wat, env = process.env) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0) {
    throw new Error(`${wat} mislukte (${cmd} ${args.join(' ')}, code ${r.status ?? r.signal})`);
  }
}

export function controleerNode() {
  const [maj, min] = process.versions.node.split('.').map(Number);
  if (maj < 20 || (maj === 20 && min < 19)) {
    throw new Error(
      `Ketenbeeld vraagt Node.js ≥ 20.19 (gevonden ${process.versions.node}): installeer een nieuwere Node.js.`,
    );
  }
}

export function installeerIndienNodig(log = console.log) {
  const lock = path.join(ROOT, 'package-lock.json');
  const geinstalleerd = path.join(ROOT, 'node_modules', '.package-lock.json');
  if (existsSync(geinstalleerd) && statSync(geinstalleerd).mtimeMs >= statSync(lock).mtimeMs) return;
  log('» afhankelijkheden installeren (npm ci)…');
  draai('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
}

export function bouw(log = console.log) {
  log('» bouwen (turbo run build)…');
  draai('npx', ['turbo', 'run', 'build', '--output-logs=errors-only'], 'bouwen');
}
