import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  abonneesVan,
  isEventName,
  liveKanaal,
  liveMeldingVan,
  QueueName,
  type Dienst,
  type Envelop,
  type LiveMelding,
} from '@ketenbeeld/domain';
import { CONFIG } from '../config/config.module';
import type { BasisConfig } from '../config/config.schema';
import { OUTBOX_KANAAL } from './outbox.publisher';
import { redisVerbinding } from './redis';

export const BATCH_GROOTTE = 200;

/** Every event job: retried with backoff, kept a week when done, kept when failed (for beheer). */
const JOB_OPTIES: JobsOptions = {
  attempts: 12,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: false,
};

interface OutboxRij {
  id: string;
  naam: string;
  producent: Dienst;
  payload: unknown;
  opgetreden_op: Date;
  traceparent: string | null;
}

/**
 * Moves committed outbox rows to the consumers' BullMQ queues (job id = event id), then marks them
 * sent. Woken by NOTIFY on commit, and polls as a safety net. Several relays may run: rows are
 * claimed with FOR UPDATE SKIP LOCKED. A crash after enqueueing but before marking re-sends the
 * event; consumers deduplicate on the event id, so delivery is at least once, handling once.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelay');
  private readonly queues = new Map<Dienst, Queue>();
  private redis?: Redis;
  private luisteraar?: Client;
  private timer?: NodeJS.Timeout;
  private bezig?: Promise<void>;
  private opnieuw = false;
  private gestopt = false;

  constructor(
    private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: BasisConfig,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.OUTBOX_RELAY) {
      this.gestopt = true;
      return;
    }
    this.redis = redisVerbinding(this.config.REDIS_URL, 'outbox-relay');
    this.luisteraar = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'ketenbeeld-outbox-relay',
    });
    this.luisteraar.on('notification', () => this.wek());
    this.luisteraar.on('error', (e) => this.logger.warn(`LISTEN-verbinding: ${e.message}; pollen gaat door`));
    await this.luisteraar.connect();
    await this.luisteraar.query(`LISTEN ${OUTBOX_KANAAL}`);
    this.plan();
    this.wek();
  }

  async beforeApplicationShutdown() {
    this.gestopt = true;
    if (this.timer) clearTimeout(this.timer);
    await this.bezig?.catch(() => undefined);
    await this.luisteraar?.end().catch(() => undefined);
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    this.redis?.disconnect();
  }

  private plan() {
    if (this.gestopt) return;
    this.timer = setTimeout(() => {
      this.wek();
      this.plan();
    }, this.config.OUTBOX_POLL_MS);
    this.timer.unref();
  }

  /** Run a relay pass now (or right after the current one). */
  wek(): void {
    if (this.gestopt) return;
    if (this.bezig) {
      this.opnieuw = true;
      return;
    }
    this.bezig = (async () => {
      try {
        do {
          this.opnieuw = false;
          while ((await this.verwerkBatch()) === BATCH_GROOTTE && !this.gestopt);
        } while (this.opnieuw && !this.gestopt);
      } catch (e) {
        this.logger.error(`relay-ronde mislukt: ${(e as Error).message}`);
      } finally {
        this.bezig = undefined;
      }
    })();
  }

  /**
   * One batch: claim unsent rows, enqueue them, mark them sent. Returns how many were moved. After
   * the commit a live notice per event (ids only) goes to the deployment's live channel, for open
   * console pages; best effort: a page that missed one catches up on its next fetch.
   */
  async verwerkBatch(): Promise<number> {
    const meldingen: LiveMelding[] = [];
    const aantal = await this.ds.transaction(async (m) => {
      const rijen: OutboxRij[] = await m.query(
        `SELECT id, naam, producent, payload, opgetreden_op, traceparent FROM outbox
          WHERE verzonden_op IS NULL ORDER BY volgnummer LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_GROOTTE],
      );
      if (!rijen.length) return 0;
      // One addBulk per subscriber queue (a single Redis round trip each), in outbox order.
      const perDienst = new Map<Dienst, { name: string; data: Envelop; opts: JobsOptions }[]>();
      for (const rij of rijen) {
        const envelop: Envelop = {
          id: rij.id,
          naam: rij.naam,
          producent: rij.producent,
          opgetredenOp: new Date(rij.opgetreden_op).toISOString(),
          ...(rij.traceparent ? { traceparent: rij.traceparent } : {}),
          payload: rij.payload,
        };
        const abonnees = isEventName(rij.naam) ? abonneesVan(rij.naam, rij.producent) : [];
        for (const dienst of abonnees) {
          let jobs = perDienst.get(dienst);
          if (!jobs) perDienst.set(dienst, (jobs = []));
          jobs.push({ name: rij.naam, data: envelop, opts: { ...JOB_OPTIES, jobId: rij.id } });
        }
      }
      await Promise.all([...perDienst].map(([dienst, jobs]) => this.queue(dienst).addBulk(jobs)));
      await m.query(`UPDATE outbox SET verzonden_op = now() WHERE id = ANY($1::uuid[])`, [
        rijen.map((r) => r.id),
      ]);
      for (const rij of rijen) {
        const melding = liveMeldingVan(rij.naam, rij.payload);
        if (melding) meldingen.push(melding);
      }
      return rijen.length;
    });
    if (meldingen.length && this.redis) {
      const kanaal = liveKanaal(this.config.QUEUE_PREFIX);
      const pijp = this.redis.pipeline();
      for (const x of meldingen) pijp.publish(kanaal, JSON.stringify(x));
      await pijp.exec().catch((e: Error) => this.logger.warn(`live-melding niet verstuurd: ${e.message}`));
    }
    return aantal;
  }

  private queue(dienst: Dienst): Queue {
    let q = this.queues.get(dienst);
    if (!q) {
      q = new Queue(QueueName.eventsVoor(dienst), {
        connection: this.redis!,
        prefix: this.config.QUEUE_PREFIX,
      });
      this.queues.set(dienst, q);
    }
    return q;
  }
}
