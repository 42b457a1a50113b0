import { SetMetadata, applyDecorators, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelop, EventName } from '@ketenbeeld/domain';

export const EVENT_VERWERKER = 'ketenbeeld:event-verwerker';

/** A consumer of one event. Runs inside the transaction that also records the event as handled. */
export interface EventVerwerker<N extends EventName> {
  verwerk(envelop: EventEnvelop<N>, manager: EntityManager): Promise<void>;
}

/** Marks a provider as the handler of an event; the consumer finds it through discovery. */
export const VerwerktEvent = (naam: EventName) =>
  applyDecorators(Injectable(), SetMetadata(EVENT_VERWERKER, naam));
