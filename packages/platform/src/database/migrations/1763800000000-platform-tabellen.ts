import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbox and processed-event tables that every service has. */
export class PlatformTabellen1763800000000 implements MigrationInterface {
  name = 'PlatformTabellen1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox (
        volgnummer    bigserial PRIMARY KEY,
        id            uuid NOT NULL UNIQUE,
        naam          text NOT NULL,
        producent     text NOT NULL,
        payload       jsonb NOT NULL,
        opgetreden_op timestamptz NOT NULL,
        traceparent   text,
        verzonden_op  timestamptz
      )`);
    await q.query(`CREATE INDEX outbox_onverzonden ON outbox (volgnummer) WHERE verzonden_op IS NULL`);
    await q.query(`
      CREATE TABLE verwerkt_event (
        event_id    uuid PRIMARY KEY,
        naam        text NOT NULL,
        verwerkt_op timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE verwerkt_event');
    await q.query('DROP TABLE outbox');
  }
}
