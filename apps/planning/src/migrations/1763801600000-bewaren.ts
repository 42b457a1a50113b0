import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Retention (DOMAIN.md §7): indexes for finding ended placements and old inhuisregistratie days. */
export class PlanningBewaren1763801600000 implements MigrationInterface {
  name = 'PlanningBewaren1763801600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX plaatsing_afgesloten ON plaatsing (status) WHERE status IN ('BEEINDIGD','AFGEWEZEN')`,
    );
    await q.query(`CREATE INDEX plaatsing_vervangt ON plaatsing (vervangt_id) WHERE vervangt_id IS NOT NULL`);
    await q.query(`CREATE INDEX inhuisregistratie_datum ON inhuisregistratie (datum)`);
    await q.query(`CREATE INDEX gemiste_registratie_datum ON gemiste_registratie (datum)`);
    await q.query(
      `CREATE INDEX inhuisregistratie_plicht_tot ON inhuisregistratie_plicht (tot) WHERE tot IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const i of [
      'inhuisregistratie_plicht_tot',
      'gemiste_registratie_datum',
      'inhuisregistratie_datum',
      'plaatsing_vervangt',
      'plaatsing_afgesloten',
    ]) {
      await q.query(`DROP INDEX ${i}`);
    }
  }
}
