import { execFileSync } from 'node:child_process';
import {
  dienstTestEnv,
  maakTestDatabase,
  startDienstProces,
  testToken,
  wachtOp,
  type DienstProces,
  type TestDatabase,
} from '@ketenbeeld/testing';

/** WORKERS=n: one port served by n processes of the built service, as production runs it. */
let db: TestDatabase;
let dienst: DienstProces | undefined;

const kinderen = (pid: number): number[] => {
  try {
    return execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(Number);
  } catch {
    return []; // pgrep exits 1 when there are none
  }
};
const leeft = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

beforeAll(async () => {
  db = await maakTestDatabase('signalenworkers');
});
afterAll(async () => {
  await dienst?.stop();
  await db?.verwijder();
});

it('twee workers bedienen één poort; een gecrashte worker wordt vervangen; stoppen stopt ze allemaal', async () => {
  dienst = await startDienstProces('signalen', await dienstTestEnv(db.url, { WORKERS: '2' }));
  const primair = dienst.proces.pid!;
  await wachtOp(() => Promise.resolve(kinderen(primair).length === 2), 20_000);
  const token = await testToken('politie-melder');
  const meld = async (ref: string) =>
    (
      await fetch(`${dienst!.url}/v1/signalen`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'ketenbeeld-doel': 'CASUSREGIE',
        },
        body: JSON.stringify({
          bronOrganisatie: 'POLITIE',
          bronReferentie: ref,
          categorie: 'VERNIELING',
          ernst: 2,
          omschrijving: 'Ruit ingegooid',
          tijdstipIncident: new Date(Date.now() - 60_000).toISOString(),
          plaats: { locatieCode: 'TER_APEL' },
          personen: [{ naam: 'Proef Worker' }],
        }),
      })
    ).status;
  const statussen = await Promise.all(Array.from({ length: 20 }, (_, i) => meld(`WRK-${Date.now()}-${i}`)));
  expect(new Set(statussen)).toEqual(new Set([201]));

  const [eerste] = kinderen(primair);
  process.kill(eerste, 'SIGKILL');
  await wachtOp(() => {
    const nu = kinderen(primair);
    return Promise.resolve(nu.length === 2 && !nu.includes(eerste));
  }, 20_000);
  await wachtOp(async () => (await meld(`WRK-NA-${Date.now()}`)) === 201, 20_000);

  const workers = kinderen(primair);
  await dienst.stop();
  dienst = undefined;
  expect(leeft(primair)).toBe(false);
  await wachtOp(() => Promise.resolve(workers.every((w) => !leeft(w))), 10_000);
});
