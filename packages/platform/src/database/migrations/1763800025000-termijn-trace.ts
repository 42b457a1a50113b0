import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A deadline keeps the trace context it was planned in; its alarms continue that trace. */
export class TermijnTrace1763800025000 implements MigrationInterface {
  name = 'TermijnTrace1763800025000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE termijn ADD COLUMN traceparent text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE termijn DROP COLUMN traceparent`);
  }
}
