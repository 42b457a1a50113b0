import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SignalenBasis1763800100000 implements MigrationInterface {
  name = 'SignalenBasis1763800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE persoon (
        id             uuid PRIMARY KEY,
        v_nummer       text UNIQUE CHECK (v_nummer ~ '^[0-9]{10}$'),
        naam           text,
        geboortedatum  date,
        nationaliteit  text CHECK (nationaliteit ~ '^[A-Z]{3}$'),
        aangemaakt_op  timestamptz NOT NULL DEFAULT now(),
        CHECK (v_nummer IS NOT NULL OR naam IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE signaal (
        id                              uuid PRIMARY KEY,
        bron_organisatie                text NOT NULL,
        bron_referentie                 text NOT NULL,
        categorie                       text NOT NULL,
        omschrijving                    text NOT NULL,
        tijdstip_incident               timestamptz NOT NULL,
        geregistreerd_op                timestamptz NOT NULL DEFAULT now(),
        geregistreerd_door              text NOT NULL,
        geregistreerd_door_organisatie  text NOT NULL,
        CONSTRAINT signaal_bron_uniek UNIQUE (bron_organisatie, bron_referentie)
      )`);
    await q.query(`CREATE INDEX signaal_geregistreerd_op ON signaal (geregistreerd_op DESC, id DESC)`);
    await q.query(`
      CREATE TABLE signaal_persoon (
        signaal_id uuid NOT NULL REFERENCES signaal (id),
        persoon_id uuid NOT NULL REFERENCES persoon (id),
        PRIMARY KEY (signaal_id, persoon_id)
      )`);
    await q.query(`CREATE INDEX signaal_persoon_persoon ON signaal_persoon (persoon_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE signaal_persoon');
    await q.query('DROP TABLE signaal');
    await q.query('DROP TABLE persoon');
  }
}
