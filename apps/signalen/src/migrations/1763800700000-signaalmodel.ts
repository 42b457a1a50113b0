import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SIGNAAL_TAXONOMIE } from '@ketenbeeld/domain';

/** Managed taxonomy, severity, place, aangifte, status and an append-only history per signal. */
export class Signaalmodel1763800700000 implements MigrationInterface {
  name = 'Signaalmodel1763800700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE signaal_categorie (
        code           text PRIMARY KEY,
        label          text NOT NULL,
        hoofdcategorie text REFERENCES signaal_categorie (code),
        vpt            boolean NOT NULL DEFAULT false,
        actief         boolean NOT NULL DEFAULT true,
        volgorde       int NOT NULL
      )`);
    let volgorde = 0;
    for (const c of SIGNAAL_TAXONOMIE) {
      await q.query(`INSERT INTO signaal_categorie (code, label, vpt, volgorde) VALUES ($1, $2, $3, $4)`, [
        c.code,
        c.label,
        c.vpt ?? false,
        ++volgorde,
      ]);
      for (const s of c.subcategorieen ?? []) {
        await q.query(
          `INSERT INTO signaal_categorie (code, label, hoofdcategorie, volgorde) VALUES ($1, $2, $3, $4)`,
          [s.code, s.label, c.code, ++volgorde],
        );
      }
    }
    await q.query(`
      ALTER TABLE signaal
        ADD COLUMN subcategorie text REFERENCES signaal_categorie (code),
        ADD COLUMN ernst smallint CHECK (ernst BETWEEN 1 AND 4),
        ADD COLUMN tijdstip_melding timestamptz,
        ADD COLUMN gemeente text,
        ADD COLUMN locatie_code text,
        ADD COLUMN breedtegraad double precision CHECK (breedtegraad BETWEEN -90 AND 90),
        ADD COLUMN lengtegraad double precision CHECK (lengtegraad BETWEEN -180 AND 180),
        ADD COLUMN aangifte boolean NOT NULL DEFAULT false,
        ADD COLUMN pv_nummer text,
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIEF' CHECK (status IN ('ACTIEF', 'INGETROKKEN')),
        ADD COLUMN versie int NOT NULL DEFAULT 1`);
    // Signals from before this migration (development data) get explicit placeholders.
    await q.query(
      `UPDATE signaal SET ernst = 2, tijdstip_melding = geregistreerd_op, locatie_code = 'ONBEKEND' WHERE ernst IS NULL`,
    );
    await q.query(
      `ALTER TABLE signaal ALTER COLUMN ernst SET NOT NULL, ALTER COLUMN tijdstip_melding SET NOT NULL`,
    );
    await q.query(
      `ALTER TABLE signaal ADD CONSTRAINT signaal_categorie_fk FOREIGN KEY (categorie) REFERENCES signaal_categorie (code)`,
    );
    await q.query(
      `ALTER TABLE signaal ADD CONSTRAINT signaal_plaats CHECK (gemeente IS NOT NULL OR locatie_code IS NOT NULL)`,
    );
    await q.query(
      `ALTER TABLE signaal ADD CONSTRAINT signaal_pv CHECK (NOT aangifte OR pv_nummer IS NOT NULL)`,
    );
    await q.query(`CREATE INDEX signaal_categorie_tijd ON signaal (categorie, geregistreerd_op DESC)`);
    await q.query(`CREATE INDEX signaal_bron_tijd ON signaal (bron_organisatie, geregistreerd_op DESC)`);
    await q.query(`
      CREATE TABLE signaal_historie (
        volgnummer       bigserial PRIMARY KEY,
        signaal_id       uuid NOT NULL REFERENCES signaal (id),
        versie           int NOT NULL,
        actie            text NOT NULL CHECK (actie IN ('GEREGISTREERD', 'GECORRIGEERD', 'PERSONEN_TOEGEVOEGD', 'INGETROKKEN')),
        tijdstip         timestamptz NOT NULL DEFAULT clock_timestamp(),
        door             text NOT NULL,
        door_organisatie text NOT NULL,
        reden            text,
        gegevens         jsonb NOT NULL DEFAULT '{}'
      )`);
    await q.query(`CREATE INDEX signaal_historie_signaal ON signaal_historie (signaal_id, volgnummer)`);
    await q.query(`
      CREATE FUNCTION signaal_historie_alleen_toevoegen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'signaal_historie is alleen-toevoegen'; END $$`);
    await q.query(`
      CREATE TRIGGER signaal_historie_onveranderlijk BEFORE UPDATE OR DELETE ON signaal_historie
      FOR EACH ROW EXECUTE FUNCTION signaal_historie_alleen_toevoegen()`);
    await q.query(`
      INSERT INTO signaal_historie (signaal_id, versie, actie, tijdstip, door, door_organisatie)
      SELECT id, 1, 'GEREGISTREERD', geregistreerd_op, geregistreerd_door, geregistreerd_door_organisatie FROM signaal`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE signaal_historie');
    await q.query('DROP FUNCTION signaal_historie_alleen_toevoegen');
    await q.query(
      `ALTER TABLE signaal DROP CONSTRAINT signaal_categorie_fk, DROP CONSTRAINT signaal_plaats, DROP CONSTRAINT signaal_pv`,
    );
    await q.query(`ALTER TABLE signaal DROP COLUMN subcategorie, DROP COLUMN ernst, DROP COLUMN tijdstip_melding, DROP COLUMN gemeente,
                   DROP COLUMN locatie_code, DROP COLUMN breedtegraad, DROP COLUMN lengtegraad, DROP COLUMN aangifte,
                   DROP COLUMN pv_nummer, DROP COLUMN status, DROP COLUMN versie`);
    await q.query('DROP TABLE signaal_categorie');
  }
}
