import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Which cases and proposals a person merge moved, so that its split can move exactly those back. */
export class CasusPersoonVerplaatsing1763801100000 implements MigrationInterface {
  name = 'CasusPersoonVerplaatsing1763801100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE persoon_verplaatsing (
        samenvoeging_id uuid NOT NULL,
        soort           text NOT NULL CHECK (soort IN ('CASUS','VOORSTEL')),
        ref_id          uuid NOT NULL,
        PRIMARY KEY (samenvoeging_id, soort, ref_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE persoon_verplaatsing');
  }
}
