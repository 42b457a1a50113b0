import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { liveMeldingSchema, type LiveMelding } from '@ketenbeeld/domain';
import { redisVerbinding, type JsonLogger } from '@ketenbeeld/platform';

/** A stream ends after this long; the console reconnects with its current (short-lived) token. */
export const MAX_STROOM_MS = 15 * 60_000;
const HARTSLAG_MS = 25_000;

/**
 * Live notices for the console as server-sent events: one Redis subscription per gateway, fanned
 * out to every open stream. A notice carries an event name and ids only; the page fetches what it
 * shows again through GraphQL with its own token, so need-to-know applies as on any read.
 */
export class LiveStroom {
  private readonly luisteraars = new Set<(m: LiveMelding) => void>();
  private readonly redis: Redis;

  constructor(
    redisUrl: string,
    kanaal: string,
    private readonly logger: JsonLogger,
  ) {
    this.redis = redisVerbinding(redisUrl, 'gateway-live');
    this.redis.on('message', (_kanaal: string, bericht: string) => {
      let melding: LiveMelding;
      try {
        melding = liveMeldingSchema.parse(JSON.parse(bericht));
      } catch {
        this.logger.warn('ongeldige live-melding genegeerd', 'live');
        return;
      }
      for (const l of this.luisteraars) l(melding);
    });
    void this.redis.subscribe(kanaal).catch((e: Error) => this.logger.warn(`live: ${e.message}`, 'live'));
  }

  /** Serve one stream (the caller was authenticated by the auth middleware). */
  bedien(req: Request, res: Response): void {
    res.status(200).set({
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    res.flushHeaders();
    res.write(`retry: 3000\nevent: verbonden\ndata: {}\n\n`);
    const luisteraar = (m: LiveMelding) => res.write(`event: wijziging\ndata: ${JSON.stringify(m)}\n\n`);
    this.luisteraars.add(luisteraar);
    const hartslag = setInterval(() => res.write(': hartslag\n\n'), HARTSLAG_MS);
    const einde = setTimeout(() => res.end(), MAX_STROOM_MS);
    req.on('close', () => {
      clearInterval(hartslag);
      clearTimeout(einde);
      this.luisteraars.delete(luisteraar);
    });
  }

  get aantalStromen(): number {
    return this.luisteraars.size;
  }

  async sluit(): Promise<void> {
    this.luisteraars.clear();
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
