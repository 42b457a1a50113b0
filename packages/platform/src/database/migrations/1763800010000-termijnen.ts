import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Durable deadlines: the row is the truth, BullMQ only the alarm clock. History is append-only. */
export class Termijnen1763800010000 implements MigrationInterface {
  name = 'Termijnen1763800010000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE termijn (
        id                  uuid PRIMARY KEY,
        soort               text NOT NULL,
        onderwerp_type      text NOT NULL,
        onderwerp_id        text NOT NULL,
        organisatie         text NOT NULL,
        vervalt_op          timestamptz NOT NULL,
        oorspronkelijk_op   timestamptz NOT NULL,
        regel               text,
        uitleg              text NOT NULL,
        payload             jsonb NOT NULL,
        waarschuwingen_ms   bigint[] NOT NULL DEFAULT '{}',
        gewaarschuwd        int NOT NULL DEFAULT 0,
        status              text NOT NULL CHECK (status IN ('GEPLAND','GEWAARSCHUWD','VERSTREKEN','GEANNULEERD','OPGESCHORT')),
        opgeschort_sinds    timestamptz,
        volgende_alarm_op   timestamptz,
        versie              int NOT NULL DEFAULT 1,
        afgevuurd_op        timestamptz,
        aangemaakt_op       timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX termijn_alarm ON termijn (volgende_alarm_op) WHERE status IN ('GEPLAND','GEWAARSCHUWD')`,
    );
    await q.query(`CREATE INDEX termijn_onderwerp ON termijn (onderwerp_type, onderwerp_id)`);
    await q.query(
      `CREATE INDEX termijn_vervalt ON termijn (vervalt_op) WHERE status IN ('GEPLAND','GEWAARSCHUWD','OPGESCHORT')`,
    );
    await q.query(`
      CREATE TABLE termijn_historie (
        volgnummer  bigserial PRIMARY KEY,
        termijn_id  uuid NOT NULL REFERENCES termijn (id),
        tijdstip    timestamptz NOT NULL DEFAULT clock_timestamp(),
        gebeurtenis text NOT NULL,
        vervalt_op  timestamptz NOT NULL,
        reden       text,
        door        text
      )`);
    await q.query(`CREATE INDEX termijn_historie_termijn ON termijn_historie (termijn_id, volgnummer)`);
    await q.query(`
      CREATE FUNCTION termijn_historie_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'termijn_historie is alleen-toevoegen'; END $$`);
    await q.query(`
      CREATE TRIGGER termijn_historie_onveranderlijk BEFORE UPDATE OR DELETE ON termijn_historie
      FOR EACH ROW EXECUTE FUNCTION termijn_historie_alleen_toevoegen()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE termijn_historie');
    await q.query('DROP FUNCTION termijn_historie_alleen_toevoegen');
    await q.query('DROP TABLE termijn');
  }
}
