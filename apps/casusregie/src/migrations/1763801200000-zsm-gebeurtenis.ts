import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ZSM registrations, OM decisions and detentions appear on the case timeline. */
export class ZsmGebeurtenis1763801200000 implements MigrationInterface {
  name = 'ZsmGebeurtenis1763801200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE casus_gebeurtenis DROP CONSTRAINT casus_gebeurtenis_soort_check`);
    await q.query(`ALTER TABLE casus_gebeurtenis ADD CONSTRAINT casus_gebeurtenis_soort_check
      CHECK (soort IN ('SIGNAAL','TRANSITIE','MAATREGEL','ACTIE','UITKOMST','BESLUIT','ESCALATIE','ZSM','DETENTIE'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE casus_gebeurtenis DROP CONSTRAINT casus_gebeurtenis_soort_check`);
    await q.query(`ALTER TABLE casus_gebeurtenis ADD CONSTRAINT casus_gebeurtenis_soort_check
      CHECK (soort IN ('SIGNAAL','TRANSITIE','MAATREGEL','ACTIE','UITKOMST','BESLUIT','ESCALATIE'))`);
  }
}
