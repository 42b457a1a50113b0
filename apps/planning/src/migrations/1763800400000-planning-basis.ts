import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PlanningBasis1763800400000 implements MigrationInterface {
  name = 'PlanningBasis1763800400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plaatsing (
        id          uuid PRIMARY KEY,
        persoon_id  uuid NOT NULL,
        locatie     text NOT NULL,
        status      text NOT NULL CHECK (status IN ('VOORGESTELD', 'GOEDGEKEURD', 'ACTIEF', 'BEEINDIGD')),
        van         date NOT NULL,
        tot         date,
        CHECK (tot IS NULL OR tot >= van)
      )`);
    await q.query(`CREATE INDEX plaatsing_persoon ON plaatsing (persoon_id, van DESC)`);
    await q.query(`
      CREATE TABLE plaatsing_aanleiding (
        signaal_id        uuid NOT NULL,
        persoon_id        uuid NOT NULL,
        categorie         text NOT NULL,
        bron_organisatie  text NOT NULL,
        tijdstip_incident timestamptz NOT NULL,
        PRIMARY KEY (signaal_id, persoon_id)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE plaatsing_aanleiding');
    await q.query('DROP TABLE plaatsing');
  }
}
