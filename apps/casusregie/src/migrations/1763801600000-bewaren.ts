import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention (DOMAIN.md §7): closed cases go a period after closing, with everything recorded on
 * them. The case timeline stays append-only for everyone except the retention job and the handler of
 * a signal's retention: inside a transaction that set `ketenbeeld.opschonen = 'bewaartermijn'`
 * (SET LOCAL) a timeline line may be removed with its case, or lose its link to a signal that went.
 */
export class CasusregieBewaren1763801600000 implements MigrationInterface {
  name = 'CasusregieBewaren1763801600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION casus_gebeurtenis_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('ketenbeeld.opschonen', true) = 'bewaartermijn' THEN
          RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
        END IF;
        RAISE EXCEPTION 'casus_gebeurtenis is append-only';
      END $$`);
    await q.query(`CREATE INDEX casus_gesloten ON casus (afgerond_op) WHERE NOT open`);
    await q.query(`CREATE INDEX casus_signaal_signaal ON casus_signaal (signaal_id)`);
    await q.query(
      `CREATE INDEX casus_gebeurtenis_ref ON casus_gebeurtenis (ref_id) WHERE ref_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX casus_voorstel_signaal ON casus_voorstel (signaal_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of [
      'casus_voorstel_signaal',
      'casus_gebeurtenis_ref',
      'casus_signaal_signaal',
      'casus_gesloten',
    ]) {
      await q.query(`DROP INDEX ${i}`);
    }
    await q.query(`
      CREATE OR REPLACE FUNCTION casus_gebeurtenis_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'casus_gebeurtenis is append-only'; END $$`);
  }
}
