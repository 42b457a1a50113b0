import {
  Inject,
  Injectable,
  Logger,
  type Type,
  type OnApplicationBootstrap,
  type BeforeApplicationShutdown,
} from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import {
  ContractSchending,
  envelopSchema,
  isEventName,
  ontvangtEvents,
  parseEventPayload,
  QueueName,
  type Dienst,
  type EventEnvelop,
  type EventName,
} from '@ketenbeeld/domain';
import { CONFIG, DIENST_NAAM } from '../config/config.module';
import type { BasisConfig } from '../config/config.schema';
import { metTrace, traceUit } from '../logging/trace';
import { EVENT_VERWERKER, type EventVerwerker } from './event-verwerker';
import { redisVerbinding } from './redis';

export type VerwerkUitkomst = 'verwerkt' | 'dubbel' | 'geen-verwerker';

/**
 * Consumes this service's event queue. Each event is handled in one transaction together with the
 * row that records it as handled, so a redelivered event (relay crash, job retry) is ignored.
 */
@Injectable()
export class EventConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('EventConsumer');
  private readonly verwerkers = new Map<EventName, EventVerwerker<EventName>>();
  private worker?: Worker;
  private redis?: Redis;

  constructor(
    private readonly ds: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    @Inject(CONFIG) private readonly config: BasisConfig,
    @Inject(DIENST_NAAM) private readonly dienst: Dienst,
  ) {}

  onApplicationBootstrap() {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      const metatype = wrapper.metatype as Type | null;
      if (!instance || !metatype) continue;
      const naam = this.reflector.get<EventName | undefined>(EVENT_VERWERKER, metatype);
      if (!naam) continue;
      if (this.verwerkers.has(naam)) throw new Error(`Twee verwerkers voor ${naam} in ${this.dienst}`);
      this.verwerkers.set(naam, instance as EventVerwerker<EventName>);
    }
    // A service that may receive events drains its queue even without handlers (nothing piles up).
    if (!ontvangtEvents(this.dienst) || !this.config.EVENT_CONSUMER) return;
    this.redis = redisVerbinding(this.config.REDIS_URL, `events-${this.dienst}`);
    this.worker = new Worker(QueueName.eventsVoor(this.dienst), (job) => this.verwerkJob(job), {
      connection: this.redis,
      prefix: this.config.QUEUE_PREFIX,
      concurrency: 4,
    });
    this.worker.on('failed', (job, err) =>
      this.logger.warn(
        `event ${job?.id} (${job?.name}) mislukt, poging ${job?.attemptsMade}: ${err.message}`,
      ),
    );
  }

  async beforeApplicationShutdown() {
    await this.worker?.close();
    this.redis?.disconnect();
  }

  private async verwerkJob(job: Job): Promise<VerwerkUitkomst> {
    const envelop = envelopSchema.safeParse(job.data);
    if (!envelop.success) throw new UnrecoverableError(`envelop ongeldig: ${envelop.error.message}`);
    return metTrace(traceUit(envelop.data.traceparent), () =>
      this.verwerk(envelop.data as EventEnvelop<EventName>),
    );
  }

  /** Handle one event exactly once (public for tests of redelivery). */
  async verwerk(envelop: EventEnvelop<EventName>): Promise<VerwerkUitkomst> {
    if (!isEventName(envelop.naam)) return 'geen-verwerker';
    const verwerker = this.verwerkers.get(envelop.naam);
    if (!verwerker) return 'geen-verwerker';
    let payload;
    try {
      payload = parseEventPayload(envelop.naam, envelop.payload);
    } catch (e) {
      if (e instanceof ContractSchending) throw new UnrecoverableError(e.message);
      throw e;
    }
    return this.ds.transaction(async (m) => {
      const nieuw: unknown[] = await m.query(
        `INSERT INTO verwerkt_event (event_id, naam) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING RETURNING event_id`,
        [envelop.id, envelop.naam],
      );
      if (!nieuw.length) return 'dubbel' as const;
      await verwerker.verwerk({ ...envelop, payload }, m);
      return 'verwerkt' as const;
    });
  }
}
