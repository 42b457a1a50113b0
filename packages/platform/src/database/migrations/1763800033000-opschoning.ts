import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Retention (DOMAIN.md §7): table `opschoning` records every run of the retention job per rule —
 * what it removed or anonymised (or, in a dry run, would have), the period and cut-off it used, how
 * many and a sample of the ids. Append-only like the processing log: a trigger refuses UPDATE,
 * DELETE and TRUNCATE.
 *
 * The deadline history (termijn_historie) is append-only too; the retention job must be able to
 * remove the deadlines of a removed case, placement or registration with their history. Its trigger
 * now lets a DELETE through inside a transaction that set `ketenbeeld.opschonen = 'bewaartermijn'`
 * (SET LOCAL, as the logboek trigger does); UPDATE stays refused. Delivered outbox events get an
 * index for their retention rule.
 */
export class Opschoning1763800033000 implements MigrationInterface {
  name = 'Opschoning1763800033000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE opschoning (
        volgnummer    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        run_id        uuid NOT NULL,
        dienst        text NOT NULL,
        proef         boolean NOT NULL,
        aanleiding    text NOT NULL CHECK (aanleiding IN ('ROOSTER','OP_VERZOEK')),
        door          text,
        regel         text NOT NULL,
        soort         text NOT NULL,
        actie         text NOT NULL CHECK (actie IN ('ANONIMISEREN','VERWIJDEREN')),
        termijn       text NOT NULL,
        grens         timestamptz NOT NULL,
        aantal        integer NOT NULL CHECK (aantal >= 0),
        voorbeeld     text[] NOT NULL DEFAULT '{}',
        fout          text,
        gestart_op    timestamptz NOT NULL,
        geeindigd_op  timestamptz NOT NULL,
        CHECK (geeindigd_op >= gestart_op)
      )`);
    await q.query(`CREATE INDEX opschoning_run ON opschoning (run_id)`);
    await q.query(`CREATE INDEX opschoning_gestart ON opschoning (gestart_op DESC, volgnummer DESC)`);
    await q.query(`
      CREATE FUNCTION opschoning_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'opschoning is alleen-toevoegen: % is niet toegestaan', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER opschoning_alleen_toevoegen BEFORE UPDATE OR DELETE ON opschoning
        FOR EACH ROW EXECUTE FUNCTION opschoning_alleen_toevoegen()`);
    await q.query(`
      CREATE TRIGGER opschoning_geen_truncate BEFORE TRUNCATE ON opschoning
        FOR EACH STATEMENT EXECUTE FUNCTION opschoning_alleen_toevoegen()`);
    // Delivered outbox events go after their period (their payloads carry personal data).
    await q.query(`CREATE INDEX outbox_verzonden ON outbox (verzonden_op) WHERE verzonden_op IS NOT NULL`);
    await q.query(`
      CREATE OR REPLACE FUNCTION termijn_historie_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' AND current_setting('ketenbeeld.opschonen', true) = 'bewaartermijn' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'termijn_historie is alleen-toevoegen';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION termijn_historie_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'termijn_historie is alleen-toevoegen'; END $$`);
    await q.query(`DROP INDEX outbox_verzonden`);
    await q.query(`DROP TABLE opschoning`);
    await q.query(`DROP FUNCTION opschoning_alleen_toevoegen()`);
  }
}
