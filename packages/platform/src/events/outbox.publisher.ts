import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { parseEventPayload, type Dienst, type EventName, type EventPayload } from '@ketenbeeld/domain';
import { huidigeTrace } from '../logging/trace';
import { DIENST_NAAM } from '../config/config.module';

export const OUTBOX_KANAAL = 'ketenbeeld_outbox';

/**
 * Writes an event into the outbox inside the caller's transaction: the business row and the event
 * commit together or not at all. The payload is checked against its contract at compile time (the
 * type) and at run time (the schema).
 */
@Injectable()
export class OutboxPublisher {
  constructor(@Inject(DIENST_NAAM) private readonly dienst: Dienst) {}

  async publiceer<N extends EventName>(
    manager: EntityManager,
    naam: N,
    payload: EventPayload<N>,
  ): Promise<string> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`publiceer('${naam}') moet binnen een transactie worden aangeroepen`);
    }
    const r = this.rij(naam, payload);
    await manager.query(
      `INSERT INTO outbox (id, naam, producent, payload, opgetreden_op, traceparent) VALUES ($1, $2, $3, $4, now(), $5)`,
      [r.id, r.naam, r.producent, r.payload, r.traceparent],
    );
    // Delivered to the relay only when (and if) the transaction commits.
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_KANAAL]);
    return r.id;
  }

  /** Many events of one kind in one statement, inside the caller's transaction (a batch job). */
  async publiceerAlle<N extends EventName>(
    manager: EntityManager,
    naam: N,
    payloads: readonly EventPayload<N>[],
  ): Promise<string[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(`publiceerAlle('${naam}') moet binnen een transactie worden aangeroepen`);
    }
    if (!payloads.length) return [];
    const rijen = payloads.map((p) => this.rij(naam, p));
    await manager.query(
      `INSERT INTO outbox (id, naam, producent, payload, opgetreden_op, traceparent)
       SELECT id, $2, $3, payload, now(), $5 FROM unnest($1::uuid[], $4::jsonb[]) AS x(id, payload)`,
      [rijen.map((r) => r.id), naam, this.dienst, rijen.map((r) => r.payload), rijen[0].traceparent],
    );
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_KANAAL]);
    return rijen.map((r) => r.id);
  }

  /**
   * The checked outbox row for an event, for a caller that writes it itself as part of a larger
   * statement (one round trip on a hot path). That statement must also `pg_notify(OUTBOX_KANAAL, '')`
   * and must be atomic with the business rows (a single statement is).
   */
  rij<N extends EventName>(naam: N, payload: EventPayload<N>): OutboxRij {
    return {
      id: randomUUID(),
      naam,
      producent: this.dienst,
      payload: JSON.stringify(parseEventPayload(naam, payload)),
      traceparent: huidigeTrace()?.traceparent ?? null,
    };
  }
}

export interface OutboxRij {
  id: string;
  naam: EventName;
  producent: Dienst;
  /** JSON text of the checked payload. */
  payload: string;
  traceparent: string | null;
}
