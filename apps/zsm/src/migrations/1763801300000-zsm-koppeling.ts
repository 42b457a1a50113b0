import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ZSM link: the local read model a lookup answers from (persons, cases, freshness), ZSM
 * registrations with their OM decisions, detentions, Dublin claims, the kernteam's afdoeningsadvies
 * and the append-only processing log of every lookup (AVG art. 5, R22).
 */
export class ZsmKoppeling1763801300000 implements MigrationInterface {
  name = 'ZsmKoppeling1763801300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE zsm_persoon_signaal
        ADD COLUMN ernst smallint,
        ADD COLUMN vpt boolean NOT NULL DEFAULT false,
        ADD COLUMN categorie_label text`);
    await q.query(`
      CREATE TABLE zsm_persoon (
        persoon_id    uuid PRIMARY KEY,
        v_nummer      text UNIQUE,
        naam          text,
        naam_sleutels text[] NOT NULL DEFAULT '{}',
        geboortedatum date,
        nationaliteit text,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX zsm_persoon_naam ON zsm_persoon USING gin (naam_sleutels)`);
    await q.query(`
      CREATE TABLE zsm_casus (
        casus_id      uuid PRIMARY KEY,
        persoon_id    uuid NOT NULL,
        versie        integer NOT NULL,
        open          boolean NOT NULL,
        status        text NOT NULL,
        spoor         smallint,
        kansarm       boolean,
        procedurefase text,
        locatie_code  text,
        procesregisseur_naam text NOT NULL,
        procesregisseur_organisatie text NOT NULL,
        maatregelen   jsonb NOT NULL,
        topx          jsonb NOT NULL,
        bijgewerkt_op timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX zsm_casus_persoon ON zsm_casus (persoon_id, open)`);
    await q.query(`
      CREATE TABLE leesmodel_stand (
        bron          text PRIMARY KEY,
        bijgewerkt_op timestamptz NOT NULL
      )`);
    await q.query(`
      CREATE TABLE dublin_claim (
        persoon_id   uuid PRIMARY KEY,
        lidstaat     text NOT NULL CHECK (lidstaat ~ '^[A-Z]{2}$'),
        akkoord_op   timestamptz NOT NULL,
        gedetineerd  boolean NOT NULL DEFAULT false,
        termijn_id   uuid,
        vervalt_op   timestamptz NOT NULL,
        geregistreerd_door text NOT NULL,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE zsm_registratie (
        id             uuid PRIMARY KEY,
        signaal_id     uuid NOT NULL UNIQUE,
        zsm_referentie text NOT NULL,
        persoon_id     uuid,
        v_nummer       text,
        naam           text,
        aanhouding_op  timestamptz NOT NULL,
        delict         text NOT NULL,
        omschrijving   text NOT NULL,
        vpt            boolean NOT NULL,
        voorlopige_hechtenis boolean NOT NULL,
        zsm_locatie    text NOT NULL,
        klokken_gepland boolean NOT NULL DEFAULT false,
        geregistreerd_door text NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (zsm_referentie, signaal_id)
      )`);
    await q.query(`CREATE INDEX zsm_registratie_persoon ON zsm_registratie (persoon_id, aanhouding_op DESC)`);
    await q.query(
      `CREATE INDEX zsm_registratie_v_nummer ON zsm_registratie (v_nummer) WHERE persoon_id IS NULL`,
    );
    await q.query(`
      CREATE TABLE afdoening (
        id             uuid PRIMARY KEY,
        registratie_id uuid NOT NULL REFERENCES zsm_registratie (id),
        soort          text NOT NULL,
        besluit_op     timestamptz NOT NULL,
        vrijlating_op  timestamptz,
        toelichting    text,
        door           text NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX afdoening_registratie ON afdoening (registratie_id)`);
    await q.query(`
      CREATE TABLE detentie (
        id          uuid PRIMARY KEY,
        persoon_id  uuid NOT NULL,
        soort       text NOT NULL,
        begin       timestamptz NOT NULL,
        eind        timestamptz,
        inrichting  text NOT NULL,
        gemeld_door text NOT NULL,
        gemeld_op   timestamptz NOT NULL DEFAULT now(),
        CHECK (eind IS NULL OR eind > begin)
      )`);
    await q.query(`CREATE INDEX detentie_persoon ON detentie (persoon_id, begin DESC)`);
    await q.query(`
      CREATE TABLE afdoeningsadvies (
        persoon_id  uuid PRIMARY KEY,
        tekst       text NOT NULL,
        door_naam   text NOT NULL,
        door_organisatie text NOT NULL,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE verwerkingslog (
        id            bigserial PRIMARY KEY,
        tijdstip      timestamptz NOT NULL DEFAULT now(),
        actor         text NOT NULL,
        organisatie   text NOT NULL,
        rollen        text[] NOT NULL,
        doel          text NOT NULL,
        zsm_referentie text,
        persoon_id    uuid,
        wat           text NOT NULL,
        traceparent   text
      )`);
    await q.query(`
      CREATE FUNCTION verwerkingslog_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'verwerkingslog is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER verwerkingslog_onveranderlijk BEFORE UPDATE OR DELETE ON verwerkingslog
      FOR EACH ROW EXECUTE FUNCTION verwerkingslog_onveranderlijk()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'verwerkingslog',
      'afdoeningsadvies',
      'detentie',
      'afdoening',
      'zsm_registratie',
      'dublin_claim',
      'leesmodel_stand',
      'zsm_casus',
      'zsm_persoon',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP FUNCTION verwerkingslog_onveranderlijk()`);
    await q.query(
      `ALTER TABLE zsm_persoon_signaal DROP COLUMN ernst, DROP COLUMN vpt, DROP COLUMN categorie_label`,
    );
  }
}
