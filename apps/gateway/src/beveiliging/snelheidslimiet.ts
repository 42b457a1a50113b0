import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { decodeJwt } from 'jose';
import {
  bearerToken,
  DomeinFout,
  stuurProbleem,
  type JsonLogger,
  type VerzoekMetActor,
} from '@ketenbeeld/platform';

/**
 * Rate limits at the gateway: token buckets per user (the token's `sub`) and per client (the token's
 * `azp` or `client_id` claim; without one, the user's organisation). A request takes one token from
 * both buckets and is refused (429) when either is empty; nothing is taken when it is refused.
 *
 * Where the count lives: with REDIS_URL, in Redis (one atomic script per request, shared by every
 * gateway instance, so the limit holds for the deployment as a whole); without it, in this process
 * (the limit then holds per gateway instance: n instances allow n times the rate). When Redis does
 * not answer in time the gateway falls back to its own buckets rather than refusing the console.
 */
export interface Emmer {
  /** Tokens added per minute (the sustained rate). */
  perMinuut: number;
  /** Bucket size: the burst allowed after a quiet period. */
  burst: number;
}

export interface EmmerVraag {
  sleutel: string;
  emmer: Emmer;
}

export interface Uitslag {
  toegestaan: boolean;
  /** When refused: the index in the request of the (first) empty bucket. */
  geweigerd?: number;
  /** When refused: milliseconds until one token is available again in every empty bucket. */
  wachtMs: number;
}

export interface EmmerOpslag {
  neem(vragen: readonly EmmerVraag[], nuMs: number): Promise<Uitslag>;
  sluit(): Promise<void>;
}

interface Stand {
  tokens: number;
  laatstMs: number;
}

/** Milliseconds in which an empty bucket fills up again. */
function volNaMs(emmer: Emmer): number {
  return (emmer.burst / emmer.perMinuut) * 60_000;
}

/** Refill a bucket to `nuMs` (pure: the same arithmetic as the Redis script). */
export function bijgevuld(stand: Stand | undefined, emmer: Emmer, nuMs: number): number {
  if (!stand) return emmer.burst;
  const perMs = emmer.perMinuut / 60_000;
  return Math.min(emmer.burst, stand.tokens + Math.max(0, nuMs - stand.laatstMs) * perMs);
}

/** Buckets in this process's memory (the limit per gateway instance). */
export class GeheugenOpslag implements EmmerOpslag {
  private readonly standen = new Map<string, Stand & { volNaMs: number }>();
  private neemTeller = 0;

  constructor(private readonly maxSleutels = 100_000) {}

  neem(vragen: readonly EmmerVraag[], nuMs: number): Promise<Uitslag> {
    if (++this.neemTeller % 1000 === 0 || this.standen.size > this.maxSleutels) this.ruimOp(nuMs);
    const tokens = vragen.map((v) => bijgevuld(this.standen.get(v.sleutel), v.emmer, nuMs));
    const uitslag = beslis(vragen, tokens);
    vragen.forEach((v, i) =>
      this.standen.set(v.sleutel, {
        tokens: tokens[i] - (uitslag.toegestaan ? 1 : 0),
        laatstMs: nuMs,
        volNaMs: volNaMs(v.emmer),
      }),
    );
    return Promise.resolve(uitslag);
  }

  /** A bucket that has filled up again is the same as no bucket: forget it. */
  private ruimOp(nuMs: number) {
    for (const [sleutel, stand] of this.standen) {
      if (nuMs - stand.laatstMs >= stand.volNaMs) this.standen.delete(sleutel);
    }
    // Still over the bound (many distinct keys at once): drop the oldest.
    for (const sleutel of this.standen.keys()) {
      if (this.standen.size <= this.maxSleutels) break;
      this.standen.delete(sleutel);
    }
  }

  get aantalSleutels(): number {
    return this.standen.size;
  }

  sluit(): Promise<void> {
    this.standen.clear();
    return Promise.resolve();
  }
}

function beslis(vragen: readonly EmmerVraag[], tokens: readonly number[]): Uitslag {
  let geweigerd: number | undefined;
  let wachtMs = 0;
  tokens.forEach((t, i) => {
    if (t >= 1) return;
    geweigerd ??= i;
    wachtMs = Math.max(wachtMs, Math.ceil(((1 - t) * 60_000) / vragen[i].emmer.perMinuut));
  });
  return geweigerd === undefined
    ? { toegestaan: true, wachtMs: 0 }
    : { toegestaan: false, geweigerd, wachtMs };
}

/**
 * All buckets of one request in one atomic step: refill each, take one token from each only when
 * every bucket has one. KEYS: the buckets; ARGV: now (ms), then per bucket tokens-per-ms and burst.
 * Returns {index of the first empty bucket (0: none), ms to wait}. Keys expire once full again.
 */
const SCRIPT = `
local nu = tonumber(ARGV[1])
local tokens = {}
local geweigerd = 0
local wacht = 0
for i, sleutel in ipairs(KEYS) do
  local perMs = tonumber(ARGV[2 * i])
  local burst = tonumber(ARGV[2 * i + 1])
  local stand = redis.call('HMGET', sleutel, 't', 'l')
  local t = tonumber(stand[1])
  local l = tonumber(stand[2])
  if t == nil or l == nil then
    t = burst
  else
    t = math.min(burst, t + math.max(0, nu - l) * perMs)
  end
  tokens[i] = t
  if t < 1 then
    if geweigerd == 0 then geweigerd = i end
    wacht = math.max(wacht, math.ceil((1 - t) / perMs))
  end
end
for i, sleutel in ipairs(KEYS) do
  local t = tokens[i]
  if geweigerd == 0 then t = t - 1 end
  redis.call('HSET', sleutel, 't', tostring(t), 'l', tostring(nu))
  redis.call('PEXPIRE', sleutel, math.ceil(tonumber(ARGV[2 * i + 1]) / tonumber(ARGV[2 * i])) + 1000)
end
return {geweigerd, wacht}
`;

const SCRIPT_SHA = createHash('sha1').update(SCRIPT).digest('hex');

/** Buckets in Redis, shared by all gateway instances; falls back to `reserve` when Redis fails. */
export class RedisOpslag implements EmmerOpslag {
  private laatsteWaarschuwingMs = 0;

  constructor(
    private readonly redis: Redis,
    private readonly reserve: EmmerOpslag,
    private readonly logger: JsonLogger,
    private readonly timeoutMs = 250,
  ) {}

  async neem(vragen: readonly EmmerVraag[], nuMs: number): Promise<Uitslag> {
    const args = [
      ...vragen.map((v) => v.sleutel),
      String(nuMs),
      ...vragen.flatMap((v) => [String(v.emmer.perMinuut / 60_000), String(v.emmer.burst)]),
    ];
    let timer: NodeJS.Timeout | undefined;
    try {
      // Not connected: do not queue the command (the connection's offline queue would grow).
      if (this.redis.status !== 'ready') throw new Error(`verbinding ${this.redis.status}`);
      const antwoord = await Promise.race([
        this.voerUit(vragen.length, args),
        new Promise<never>((_, weiger) => {
          timer = setTimeout(
            () => weiger(new Error(`geen antwoord binnen ${this.timeoutMs} ms`)),
            this.timeoutMs,
          );
        }),
      ]);
      const [geweigerd, wachtMs] = (Array.isArray(antwoord) ? antwoord : []).map(Number);
      if (!Number.isInteger(geweigerd) || !Number.isFinite(wachtMs)) throw new Error('onverwacht antwoord');
      return geweigerd === 0
        ? { toegestaan: true, wachtMs: 0 }
        : { toegestaan: false, geweigerd: geweigerd - 1, wachtMs };
    } catch (e) {
      if (nuMs - this.laatsteWaarschuwingMs > 10_000) {
        this.laatsteWaarschuwingMs = nuMs;
        this.logger.warn(
          `snelheidslimiet: Redis faalt (${(e as Error).message}); tellen per gateway-instantie`,
          'snelheidslimiet',
        );
      }
      return this.reserve.neem(vragen, nuMs);
    } finally {
      clearTimeout(timer);
    }
  }

  /** EVALSHA (the script is sent once per Redis), EVAL when Redis does not know it (yet). */
  private async voerUit(aantalSleutels: number, args: string[]): Promise<unknown> {
    try {
      return await this.redis.evalsha(SCRIPT_SHA, aantalSleutels, ...args);
    } catch (e) {
      if (!String((e as Error).message).includes('NOSCRIPT')) throw e;
      return this.redis.eval(SCRIPT, aantalSleutels, ...args);
    }
  }

  async sluit(): Promise<void> {
    await this.reserve.sluit();
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => this.redis.disconnect());
    else this.redis.disconnect();
  }
}

export interface SnelheidsLimieten {
  gebruiker: Emmer;
  client: Emmer;
  /** Key prefix in Redis. */
  prefix: string;
}

/** The client a token was issued to: `azp` or `client_id`; undefined when the token names none. */
export function clientVanToken(token: string | undefined): string | undefined {
  if (!token) return undefined;
  try {
    const { azp, client_id: clientId } = decodeJwt(token);
    if (typeof azp === 'string' && azp) return azp;
    if (typeof clientId === 'string' && clientId) return clientId;
  } catch {
    // The auth middleware verified the token before this runs; an undecodable one names no client.
  }
  return undefined;
}

/**
 * Express middleware after the auth middleware (it needs the verified actor): 429 problem+json with
 * Retry-After when the user's or the client's bucket is empty.
 */
export function snelheidslimietMiddleware(
  opslag: EmmerOpslag,
  limieten: SnelheidsLimieten,
  klok: () => number = Date.now,
) {
  return (req: Request, res: Response, next: NextFunction) => {
    const actor = (req as unknown as VerzoekMetActor).actor;
    if (!actor) return next();
    let client: string | undefined;
    try {
      client = clientVanToken(bearerToken(req.header('authorization')));
    } catch {
      client = undefined;
    }
    const vragen: EmmerVraag[] = [
      { sleutel: `${limieten.prefix}:snelheid:gebruiker:${actor.sub}`, emmer: limieten.gebruiker },
      {
        sleutel: `${limieten.prefix}:snelheid:client:${client ? `azp:${client}` : `org:${actor.organisatie}`}`,
        emmer: limieten.client,
      },
    ];
    opslag.neem(vragen, klok()).then(
      (uitslag) => {
        if (uitslag.toegestaan) return next();
        const seconden = Math.max(1, Math.ceil(uitslag.wachtMs / 1000));
        const wie = uitslag.geweigerd === 0 ? 'gebruiker' : 'client';
        const emmer = uitslag.geweigerd === 0 ? limieten.gebruiker : limieten.client;
        res.setHeader('Retry-After', String(seconden));
        stuurProbleem(
          res,
          new DomeinFout(
            'TE_VEEL_VERZOEKEN',
            wie === 'gebruiker' ? 'TE_VEEL_VERZOEKEN_GEBRUIKER' : 'TE_VEEL_VERZOEKEN_CLIENT',
            wie === 'gebruiker'
              ? `Te veel verzoeken van deze gebruiker (limiet ${emmer.perMinuut} per minuut, piek ${emmer.burst}); probeer het over ${seconden} s opnieuw`
              : `Te veel verzoeken van deze client of organisatie (limiet ${emmer.perMinuut} per minuut, piek ${emmer.burst}); probeer het over ${seconden} s opnieuw`,
          ),
        );
      },
      (e: unknown) => next(e),
    );
  };
}
