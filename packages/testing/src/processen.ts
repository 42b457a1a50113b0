import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The repository root (packages/testing/{src,dist}/ → ../../..). */
export const REPO_ROOT = join(__dirname, '..', '..', '..');

export async function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const adres = s.address();
      s.close(() => resolve(typeof adres === 'object' && adres ? adres.port : 0));
    });
  });
}

export interface DienstProces {
  url: string;
  proces: ChildProcess;
  uitvoer(): string;
  /** Kill hard (SIGKILL), as a crash would. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** Start a built app (apps/<naam>/dist/main.js) as its own process, as in production; wait until ready. */
export async function startDienstProces(
  naam: string,
  env: Record<string, string>,
  wachtMs = 30_000,
): Promise<DienstProces> {
  const poort = env.PORT && env.PORT !== '0' ? Number(env.PORT) : await vrijePoort();
  const proces = spawn(process.execPath, [join(REPO_ROOT, 'apps', naam, 'dist', 'main.js')], {
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(poort), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proces.stdout.on('data', (d: Buffer) => (log += d.toString()));
  proces.stderr.on('data', (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${poort}`;
  const einde = new Promise<void>((r) => proces.once('exit', () => r()));
  const tot = Date.now() + wachtMs;
  for (;;) {
    if (proces.exitCode !== null)
      throw new Error(`${naam} stopte bij het starten (code ${proces.exitCode}):\n${log}`);
    try {
      const r = await fetch(`${url}/health/live`);
      if (r.ok) break;
    } catch {
      /* not yet listening */
    }
    if (Date.now() > tot) {
      proces.kill('SIGKILL');
      throw new Error(`${naam} niet gereed binnen ${wachtMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    proces,
    uitvoer: () => log,
    crash: async () => {
      proces.kill('SIGKILL');
      await einde;
    },
    stop: async () => {
      if (proces.exitCode === null) proces.kill('SIGTERM');
      const t = setTimeout(() => proces.kill('SIGKILL'), 10_000);
      await einde;
      clearTimeout(t);
    },
  };
}
