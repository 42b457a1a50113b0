import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read model the ZSM lookup answers from: signals per person, fed by events. */
export class ZsmBasis1763800300000 implements MigrationInterface {
  name = 'ZsmBasis1763800300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE zsm_persoon_signaal (
        signaal_id        uuid NOT NULL,
        persoon_id        uuid NOT NULL,
        categorie         text NOT NULL,
        bron_organisatie  text NOT NULL,
        tijdstip_incident timestamptz NOT NULL,
        bijgewerkt_op     timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (signaal_id, persoon_id)
      )`);
    await q.query(`CREATE INDEX zsm_persoon_signaal_persoon ON zsm_persoon_signaal (persoon_id, categorie)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE zsm_persoon_signaal');
  }
}
