import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention (DOMAIN.md §7, R21): a ZSM registration is anonymised after 5 years (no person, name,
 * V-nummer, free text or reference; delict, place and times stay for figures) and removed after 10.
 * zsm's own register of lookups (`verwerkingslog`) stays append-only, except that the retention job
 * may remove lines older than a year inside a transaction that set `ketenbeeld.opschonen =
 * 'bewaartermijn'` (SET LOCAL), as for the platform's logboek.
 */
export class ZsmBewaren1763801600000 implements MigrationInterface {
  name = 'ZsmBewaren1763801600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE zsm_registratie ADD COLUMN geanonimiseerd_op timestamptz`);
    await q.query(`CREATE INDEX zsm_registratie_aanhouding ON zsm_registratie (aanhouding_op)`);
    await q.query(`CREATE INDEX detentie_eind ON detentie (eind) WHERE eind IS NOT NULL`);
    await q.query(`CREATE INDEX verwerkingslog_tijdstip ON verwerkingslog (tijdstip)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION verwerkingslog_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE'
           AND current_setting('ketenbeeld.opschonen', true) = 'bewaartermijn'
           AND OLD.tijdstip < now() - interval '1 year' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'verwerkingslog is append-only';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION verwerkingslog_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'verwerkingslog is append-only'; END $$`);
    await q.query(`DROP INDEX verwerkingslog_tijdstip`);
    await q.query(`DROP INDEX detentie_eind`);
    await q.query(`DROP INDEX zsm_registratie_aanhouding`);
    await q.query(`ALTER TABLE zsm_registratie DROP COLUMN geanonimiseerd_op`);
  }
}
