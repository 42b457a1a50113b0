import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Idempotency keys of partner requests: the first answer is kept and replayed. */
export class Idempotentie1763800500000 implements MigrationInterface {
  name = 'Idempotentie1763800500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotentie (
        organisatie   text NOT NULL,
        sleutel       text NOT NULL,
        verzoek_hash  text NOT NULL,
        status_code   int NOT NULL,
        antwoord      jsonb NOT NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisatie, sleutel)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE idempotentie');
  }
}
