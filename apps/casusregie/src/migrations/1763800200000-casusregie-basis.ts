import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CasusregieBasis1763800200000 implements MigrationInterface {
  name = 'CasusregieBasis1763800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signaal_melding (
        signaal_id        uuid NOT NULL,
        persoon_id        uuid NOT NULL,
        categorie         text NOT NULL,
        bron_organisatie  text NOT NULL,
        tijdstip_incident timestamptz NOT NULL,
        ontvangen_op      timestamptz NOT NULL DEFAULT now(),
        status            text NOT NULL DEFAULT 'NIEUW' CHECK (status IN ('NIEUW')),
        PRIMARY KEY (signaal_id, persoon_id)
      )`);
    await q.query(
      `CREATE INDEX signaal_melding_persoon ON signaal_melding (persoon_id, tijdstip_incident DESC)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE signaal_melding');
  }
}
