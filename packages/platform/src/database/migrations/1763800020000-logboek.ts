import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The processing log (Logboek dataverwerkingen) of a service, table `logboek`: one row per read or write of personal
 * data, append-only. A trigger refuses every UPDATE and TRUNCATE, and every DELETE except the
 * retention job's removal of rows older than the floor (one year; the configured period is longer):
 * there is no path to change or remove a recent entry, also not for an administrator of the
 * application. (A database superuser can drop a trigger; docs/security.md covers that.)
 */
export class Logboek1763800020000 implements MigrationInterface {
  name = 'Logboek1763800020000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE logboek (
        volgnummer     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        trace_id       text NOT NULL CHECK (trace_id ~ '^[0-9a-f]{32}$'),
        span_id        text NOT NULL CHECK (span_id ~ '^[0-9a-f]{16}$'),
        ouder_span_id  text CHECK (ouder_span_id ~ '^[0-9a-f]{16}$'),
        dienst         text NOT NULL,
        operatie       text NOT NULL,
        soort          text NOT NULL CHECK (soort IN ('LEZEN','SCHRIJVEN')),
        start          timestamptz NOT NULL,
        eind           timestamptz NOT NULL,
        status         text NOT NULL CHECK (status IN ('OK','FOUT','GEWEIGERD')),
        foutcode       text,
        actor          text NOT NULL,
        actor_naam     text,
        organisatie    text NOT NULL,
        rollen         text[] NOT NULL DEFAULT '{}',
        doel           text,
        personen       uuid[] NOT NULL DEFAULT '{}',
        attributen     jsonb NOT NULL DEFAULT '{}',
        CHECK (eind >= start)
      )`);
    await q.query(`CREATE INDEX logboek_personen ON logboek USING gin (personen)`);
    await q.query(`CREATE INDEX logboek_start ON logboek (start)`);
    await q.query(`CREATE INDEX logboek_actor ON logboek (actor, start)`);
    await q.query(`
      CREATE FUNCTION logboek_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE'
           AND current_setting('ketenbeeld.opschonen', true) = 'bewaartermijn'
           AND OLD.start < now() - interval '1 year' THEN
          RETURN OLD;
        END IF;
        RAISE EXCEPTION 'het logboek dataverwerkingen is alleen-toevoegen: % is niet toegestaan', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER logboek_alleen_toevoegen BEFORE UPDATE OR DELETE ON logboek
        FOR EACH ROW EXECUTE FUNCTION logboek_alleen_toevoegen()`);
    await q.query(`
      CREATE TRIGGER logboek_geen_truncate BEFORE TRUNCATE ON logboek
        FOR EACH STATEMENT EXECUTE FUNCTION logboek_alleen_toevoegen()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE logboek`);
    await q.query(`DROP FUNCTION logboek_alleen_toevoegen()`);
  }
}
