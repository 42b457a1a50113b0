import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { QueueName, ZONE_AMSTERDAM, type Dienst } from '@ketenbeeld/domain';
import { CONFIG, DIENST_NAAM } from '../config/config.module';
import type { BasisConfig } from '../config/config.schema';
import { redisVerbinding } from '../events/redis';
import { BewaarService } from './bewaar.service';

/**
 * Every night at 03:30 Europe/Amsterdam: a time that exists exactly once on both daylight-saving
 * nights (02:00–03:00 is skipped in March and repeated in October).
 */
export const BEWAREN_PLANNING = {
  id: 'bewaren-nacht',
  patroon: '30 3 * * *',
  tijdzone: ZONE_AMSTERDAM,
} as const;

/**
 * The nightly retention run of this service: one BullMQ job scheduler per deployment (replicas
 * upsert the same one; each tick is one job, taken by one worker), on a queue of its own. A run that
 * overlaps a manual one is safe: batches take an advisory lock and re-select what is due. A night
 * missed (the service was down) is made up by the next one: what is due stays due.
 */
@Injectable()
export class BewaarRooster implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('BewaarRooster');
  private redis?: Redis;
  private workerRedis?: Redis;
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly service: BewaarService,
    @Inject(CONFIG) private readonly config: BasisConfig,
    @Inject(DIENST_NAAM) private readonly dienst: Dienst,
  ) {}

  // eslint-disable-next-line @typescript-eslint/require-await
  async onApplicationBootstrap() {
    // Check the rules at start, not at 03:30: a rule for a kind without a period is a programming error.
    this.service.regels();
    if (!this.config.TERMIJN_WORKER || !this.config.ROOSTER) return;
    const naam = QueueName.bewarenVoor(this.dienst);
    this.redis = redisVerbinding(this.config.REDIS_URL, `bewaren-${this.dienst}`);
    this.queue = new Queue(naam, { connection: this.redis, prefix: this.config.QUEUE_PREFIX });
    // Not awaited: with Redis unreachable the service must still start and serve (the schedule is
    // registered as soon as Redis answers; registering it again is a no-op).
    void this.queue
      .upsertJobScheduler(
        BEWAREN_PLANNING.id,
        { pattern: BEWAREN_PLANNING.patroon, tz: BEWAREN_PLANNING.tijdzone },
        { name: 'opschonen', opts: { removeOnComplete: 30, removeOnFail: 30 } },
      )
      .catch((e: Error) => this.logger.warn(`opschoningsrooster niet vastgelegd: ${e.message}`));
    this.worker = new Worker(
      naam,
      async () => {
        const rijen = await this.service.voerUit({ proef: false, aanleiding: 'ROOSTER' });
        return rijen.map((r) => ({ regel: r.regel, aantal: r.aantal, fout: r.fout }));
      },
      {
        connection: (this.workerRedis = redisVerbinding(
          this.config.REDIS_URL,
          `bewaren-worker-${this.dienst}`,
        )),
        prefix: this.config.QUEUE_PREFIX,
      },
    );
    this.worker.on('failed', (_job, e) => this.logger.warn(`opschoning mislukt: ${e.message}`));
  }

  async beforeApplicationShutdown() {
    await this.worker?.close();
    await this.queue?.close();
    this.redis?.disconnect();
    this.workerRedis?.disconnect();
  }
}
