import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention (DOMAIN.md §7, R21): a police signal is anonymised after 5 years — no free text,
 * reference, PV number, coordinates or persons; it keeps its category, place and time and the number
 * of persons it named, so it still counts — and removed after 10. The signal history stays
 * append-only for everyone except the retention job: inside a transaction that set
 * `ketenbeeld.opschonen = 'bewaartermijn'` (SET LOCAL) it may strip a history line or remove it with
 * its signal.
 */
export class SignalenBewaren1763801600000 implements MigrationInterface {
  name = 'SignalenBewaren1763801600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE signaal
        ADD COLUMN geanonimiseerd_op timestamptz,
        ADD COLUMN aantal_personen integer CHECK (aantal_personen >= 0)`);
    // An anonymised aangifte no longer has its PV number.
    await q.query(`ALTER TABLE signaal DROP CONSTRAINT signaal_pv`);
    await q.query(
      `ALTER TABLE signaal ADD CONSTRAINT signaal_pv CHECK (NOT aangifte OR pv_nummer IS NOT NULL OR geanonimiseerd_op IS NOT NULL)`,
    );
    await q.query(`CREATE INDEX signaal_bewaren ON signaal (tijdstip_incident)`);
    await q.query(`CREATE INDEX idempotentie_aangemaakt ON idempotentie (aangemaakt_op)`);
    await q.query(`
      CREATE OR REPLACE FUNCTION signaal_historie_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('ketenbeeld.opschonen', true) = 'bewaartermijn' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        RAISE EXCEPTION 'signaal_historie is alleen-toevoegen';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION signaal_historie_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'signaal_historie is alleen-toevoegen'; END $$`);
    await q.query(`DROP INDEX idempotentie_aangemaakt`);
    await q.query(`DROP INDEX signaal_bewaren`);
    await q.query(`ALTER TABLE signaal DROP CONSTRAINT signaal_pv`);
    await q.query(
      `ALTER TABLE signaal ADD CONSTRAINT signaal_pv CHECK (NOT aangifte OR pv_nummer IS NOT NULL)`,
    );
    await q.query(`ALTER TABLE signaal DROP COLUMN geanonimiseerd_op, DROP COLUMN aantal_personen`);
  }
}
