import { randomUUID } from 'node:crypto';
import { SignJWT, generateKeyPair } from 'jose';
import { JsonLogger, redisVerbinding } from '@ketenbeeld/platform';
import { TEST_REDIS_URL } from '@ketenbeeld/testing';
import type { Redis } from 'ioredis';
import {
  bijgevuld,
  clientVanToken,
  GeheugenOpslag,
  RedisOpslag,
  type EmmerOpslag,
  type EmmerVraag,
} from '../src/beveiliging/snelheidslimiet';

const stil = new JsonLogger('test', 'silent');

/** A connection that is ready (before that, RedisOpslag uses its fallback: not what these tests test). */
async function verbonden(naam: string): Promise<Redis> {
  const r = redisVerbinding(TEST_REDIS_URL, naam);
  if (r.status !== 'ready') await new Promise((klaar) => r.once('ready', klaar));
  return r;
}
const GEBRUIKER = { perMinuut: 60, burst: 3 }; // 1 per second
const CLIENT = { perMinuut: 600, burst: 5 }; // 10 per second

function vragen(prefix: string, gebruiker = 'u1', client = 'c1'): EmmerVraag[] {
  return [
    { sleutel: `${prefix}:g:${gebruiker}`, emmer: GEBRUIKER },
    { sleutel: `${prefix}:c:${client}`, emmer: CLIENT },
  ];
}

/** The same behaviour from the in-memory and the Redis buckets. */
function gedrag(naam: string, maak: () => Promise<{ opslag: EmmerOpslag; reserve?: GeheugenOpslag }>) {
  describe(naam, () => {
    let opslag: EmmerOpslag;
    let reserve: GeheugenOpslag | undefined;
    let prefix: string;
    beforeEach(async () => {
      ({ opslag, reserve } = await maak());
      prefix = `kbtest-snelheid-${randomUUID()}`;
    });
    afterEach(async () => {
      // Redis answered every time: its fallback was never used.
      if (reserve) expect(reserve.aantalSleutels).toBe(0);
      await opslag.sluit();
    });

    it('laat de piek door, weigert daarna met de wachttijd tot het volgende token', async () => {
      const t0 = 1_000_000;
      for (let i = 0; i < 3; i++) expect((await opslag.neem(vragen(prefix), t0)).toegestaan).toBe(true);
      expect(await opslag.neem(vragen(prefix), t0)).toEqual({
        toegestaan: false,
        geweigerd: 0,
        wachtMs: 1000,
      });
      const na400 = await opslag.neem(vragen(prefix), t0 + 400);
      expect(na400).toMatchObject({ toegestaan: false, geweigerd: 0 });
      expect(Math.abs(na400.wachtMs - 600)).toBeLessThanOrEqual(1);
      // Refills at the sustained rate: one token per second.
      expect((await opslag.neem(vragen(prefix), t0 + 1000)).toegestaan).toBe(true);
      expect((await opslag.neem(vragen(prefix), t0 + 1000)).toegestaan).toBe(false);
      expect((await opslag.neem(vragen(prefix), t0 + 2000)).toegestaan).toBe(true);
      // Never more than the burst, however long the pause.
      const later = t0 + 3_600_000;
      for (let i = 0; i < 3; i++) expect((await opslag.neem(vragen(prefix), later)).toegestaan).toBe(true);
      expect((await opslag.neem(vragen(prefix), later)).toegestaan).toBe(false);
    });

    it('de client-emmer geldt voor alle gebruikers samen; een weigering kost geen token', async () => {
      const t0 = 5_000_000;
      const uitslagen = [];
      for (const u of ['a', 'b', 'c', 'd', 'e', 'f'])
        uitslagen.push(await opslag.neem(vragen(prefix, u), t0));
      expect(uitslagen.map((u) => u.toegestaan)).toEqual([true, true, true, true, true, false]);
      expect(uitslagen[5]).toEqual({ toegestaan: false, geweigerd: 1, wachtMs: 100 });
      // User f was refused by the client bucket: its own bucket is untouched (3 left).
      for (let i = 0; i < 3; i++) {
        expect((await opslag.neem(vragen(prefix, 'f'), t0 + 100 * (i + 1))).toegestaan).toBe(true);
      }
      expect((await opslag.neem(vragen(prefix, 'f'), t0 + 350)).geweigerd).toBe(0);
      // Another client: its own bucket.
      expect((await opslag.neem(vragen(prefix, 'g', 'c2'), t0)).toegestaan).toBe(true);
    });
  });
}

gedrag('GeheugenOpslag', () => Promise.resolve({ opslag: new GeheugenOpslag() }));
gedrag('RedisOpslag', async () => {
  const reserve = new GeheugenOpslag();
  return { opslag: new RedisOpslag(await verbonden('test-snelheid'), reserve, stil), reserve };
});

describe('RedisOpslag: gedeeld en robuust', () => {
  it('twee gateway-instanties delen de emmers (de limiet geldt voor de hele uitrol)', async () => {
    const a = new RedisOpslag(await verbonden('test-snelheid-a'), new GeheugenOpslag(), stil);
    const b = new RedisOpslag(await verbonden('test-snelheid-b'), new GeheugenOpslag(), stil);
    const prefix = `kbtest-snelheid-${randomUUID()}`;
    try {
      const t0 = 7_000_000;
      expect((await a.neem(vragen(prefix), t0)).toegestaan).toBe(true);
      expect((await b.neem(vragen(prefix), t0)).toegestaan).toBe(true);
      expect((await a.neem(vragen(prefix), t0)).toegestaan).toBe(true);
      expect((await b.neem(vragen(prefix), t0)).toegestaan).toBe(false);
    } finally {
      await a.sluit();
      await b.sluit();
    }
  });

  it('de sleutels verlopen zodra de emmer weer vol zou zijn', async () => {
    const redis = await verbonden('test-snelheid-ttl');
    const opslag = new RedisOpslag(await verbonden('test-snelheid'), new GeheugenOpslag(), stil);
    const prefix = `kbtest-snelheid-${randomUUID()}`;
    try {
      await opslag.neem(vragen(prefix), Date.now());
      const ttl = await redis.pttl(`${prefix}:g:u1`);
      // Full again after burst / rate = 3 s (+1 s slack).
      expect(ttl).toBeGreaterThan(3000);
      expect(ttl).toBeLessThanOrEqual(4000);
    } finally {
      await opslag.sluit();
      await redis.quit();
    }
  });

  it('valt terug op de eigen emmers als Redis niet antwoordt (de console blijft werken)', async () => {
    const reserve = new GeheugenOpslag();
    const opslag = new RedisOpslag(
      redisVerbinding('redis://127.0.0.1:1', 'test-snelheid-dood'),
      reserve,
      stil,
      100,
    );
    try {
      const start = Date.now();
      const uitslag = await opslag.neem(vragen('x'), 1_000);
      expect(uitslag.toegestaan).toBe(true);
      expect(Date.now() - start).toBeLessThan(1000);
      expect(reserve.aantalSleutels).toBe(2);
      for (let i = 0; i < 2; i++) await opslag.neem(vragen('x'), 1_000);
      expect((await opslag.neem(vragen('x'), 1_000)).toegestaan).toBe(false);
    } finally {
      await opslag.sluit();
    }
  });
});

describe('GeheugenOpslag: begrensd geheugen', () => {
  it('vergeet emmers die weer vol zijn', async () => {
    const opslag = new GeheugenOpslag();
    for (let i = 0; i < 999; i++) await opslag.neem(vragen('p', `u${i}`), 0);
    expect(opslag.aantalSleutels).toBe(1000);
    // The 1000th call, 10 s later (every bucket full again): the sweep runs.
    await opslag.neem(vragen('p', 'laatste'), 10_000);
    expect(opslag.aantalSleutels).toBeLessThanOrEqual(2);
  });

  it('nooit meer sleutels dan het maximum', async () => {
    const opslag = new GeheugenOpslag(50);
    for (let i = 0; i < 200; i++) await opslag.neem(vragen('p', `u${i}`), 0);
    expect(opslag.aantalSleutels).toBeLessThanOrEqual(52);
  });
});

describe('bijgevuld', () => {
  it('vult lineair bij tot de piek', () => {
    expect(bijgevuld(undefined, GEBRUIKER, 0)).toBe(3);
    expect(bijgevuld({ tokens: 0, laatstMs: 0 }, GEBRUIKER, 500)).toBeCloseTo(0.5);
    expect(bijgevuld({ tokens: 0, laatstMs: 0 }, GEBRUIKER, 60_000)).toBe(3);
    // A clock that goes back refills nothing.
    expect(bijgevuld({ tokens: 1, laatstMs: 1000 }, GEBRUIKER, 0)).toBe(1);
  });
});

describe('clientVanToken', () => {
  async function token(claims: Record<string, unknown>) {
    const { privateKey } = await generateKeyPair('ES256');
    return new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(privateKey);
  }
  it('azp, anders client_id, anders niets', async () => {
    expect(clientVanToken(await token({ azp: 'console', client_id: 'x' }))).toBe('console');
    expect(clientVanToken(await token({ client_id: 'partner' }))).toBe('partner');
    expect(clientVanToken(await token({ sub: 'u' }))).toBeUndefined();
    expect(clientVanToken('geen.jwt')).toBeUndefined();
    expect(clientVanToken(undefined)).toBeUndefined();
  });
});
