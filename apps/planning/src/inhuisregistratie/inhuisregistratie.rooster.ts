import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { Dienst, QueueName } from '@ketenbeeld/domain';
import { CONFIG, redisVerbinding, type BasisConfig } from '@ketenbeeld/platform';
import { InhuisregistratieService } from './inhuisregistratie.service';

/** Every five minutes (one BullMQ job scheduler per deployment, however many replicas run). */
export const VENSTERS_SLUITEN = { id: 'inhuisregistratie-vensters', patroon: '*/5 * * * *' } as const;

/**
 * Closes the inhuisregistratie windows that ended: the missed registrations become signals and
 * proposals (R2). Closing is idempotent, so a late, repeated or parallel run changes nothing; after
 * downtime the first run makes up the windows missed (up to two days back).
 */
@Injectable()
export class InhuisregistratieRooster implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('InhuisregistratieRooster');
  private redis?: Redis;
  private workerRedis?: Redis;
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    private readonly service: InhuisregistratieService,
    @Inject(CONFIG) private readonly config: BasisConfig,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.TERMIJN_WORKER || !this.config.ROOSTER) return;
    const naam = QueueName.roosterVoor(Dienst.PLANNING);
    this.redis = redisVerbinding(this.config.REDIS_URL, 'rooster-planning');
    this.queue = new Queue(naam, { connection: this.redis, prefix: this.config.QUEUE_PREFIX });
    await this.queue.upsertJobScheduler(
      VENSTERS_SLUITEN.id,
      { pattern: VENSTERS_SLUITEN.patroon, tz: 'Europe/Amsterdam' },
      { name: 'vensters-sluiten', opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    this.worker = new Worker(naam, async () => this.service.sluitVensters(new Date()), {
      connection: (this.workerRedis = redisVerbinding(this.config.REDIS_URL, 'rooster-worker-planning')),
      prefix: this.config.QUEUE_PREFIX,
    });
    this.worker.on('failed', (_job, e) => this.logger.warn(`vensters sluiten mislukt: ${e.message}`));
  }

  async beforeApplicationShutdown() {
    await this.worker?.close();
    await this.queue?.close();
    this.redis?.disconnect();
    this.workerRedis?.disconnect();
  }
}
