import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * kenVNummerToe asks for a reason ("leg vast waarom") but kept it only when the V-nummer led to a
 * merge (persoon_samenvoeging): every other assignment dropped it. Each assignment is now recorded
 * with its reason, who and when.
 */
export class VNummerToekenning1763801700000 implements MigrationInterface {
  name = 'VNummerToekenning1763801700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE v_nummer_toekenning (
        id               uuid PRIMARY KEY,
        persoon_id       uuid NOT NULL REFERENCES persoon (id),
        v_nummer         text NOT NULL,
        reden            text NOT NULL,
        door             text NOT NULL,
        door_organisatie text NOT NULL,
        op               timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX v_nummer_toekenning_persoon ON v_nummer_toekenning (persoon_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE v_nummer_toekenning');
  }
}
