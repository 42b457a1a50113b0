import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MAATREGEL_CATALOGUS } from '@ketenbeeld/domain';

/**
 * Cases (casussen) and everything worked on them: proposals from signals, transitions, participants,
 * group cases, the managed measures catalogue, applied measures, actions, outcomes, an append-only
 * event list per case (timeline, daily overview), meetings with agenda and decisions, Top-X lists
 * and stored daily overviews.
 */
export class Casussen1763801000000 implements MigrationInterface {
  name = 'Casussen1763801000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE signaal_melding
        ADD COLUMN bron_referentie text,
        ADD COLUMN categorie_label text,
        ADD COLUMN ernst smallint CHECK (ernst BETWEEN 1 AND 4),
        ADD COLUMN vpt boolean NOT NULL DEFAULT false,
        ADD COLUMN locatie_code text,
        ADD COLUMN gemeente text,
        ADD COLUMN omschrijving text`);
    await q.query(`CREATE INDEX signaal_melding_tijd ON signaal_melding (tijdstip_incident)`);

    await q.query(`
      CREATE TABLE groepscasus (
        id            uuid PRIMARY KEY,
        omschrijving  text NOT NULL,
        signaal_id    uuid,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        aangemaakt_door text NOT NULL
      )`);
    await q.query(`
      CREATE TABLE casus (
        id                  uuid PRIMARY KEY,
        persoon_id          uuid NOT NULL,
        groep_id            uuid REFERENCES groepscasus (id),
        status              text NOT NULL CHECK (status IN ('AANGEMELD','IN_BEOORDELING','IN_REGIE','AFGEROND','NIET_GESCHIKT','DOORVERWEZEN','HEROPEND')),
        open                boolean GENERATED ALWAYS AS (status IN ('AANGEMELD','IN_BEOORDELING','IN_REGIE','HEROPEND')) STORED,
        spoor               smallint CHECK (spoor IN (1, 2, 4)),
        kansarm             boolean,
        land                text,
        locatie_code        text,
        procedurefase       text,
        procesregisseur_sub text,
        procesregisseur_naam text NOT NULL,
        procesregisseur_organisatie text NOT NULL,
        deelnemers          text[] NOT NULL CHECK (cardinality(deelnemers) > 0),
        doorverwezen_naar   text CHECK (doorverwezen_naar IN ('LKO','TOPX')),
        aangemeld_op        timestamptz NOT NULL DEFAULT now(),
        afgerond_op         timestamptz,
        bijgewerkt_op       timestamptz NOT NULL DEFAULT now(),
        versie              integer NOT NULL DEFAULT 1
      )`);
    // At most one open case per person: a new signal attaches to it.
    await q.query(`CREATE UNIQUE INDEX casus_een_open_per_persoon ON casus (persoon_id) WHERE open`);
    await q.query(`CREATE INDEX casus_lijst ON casus (aangemeld_op DESC, id DESC)`);
    await q.query(`CREATE INDEX casus_status ON casus (status, aangemeld_op DESC)`);
    await q.query(`CREATE INDEX casus_deelnemers ON casus USING gin (deelnemers)`);
    await q.query(`CREATE INDEX casus_groep ON casus (groep_id) WHERE groep_id IS NOT NULL`);

    await q.query(`
      CREATE TABLE casus_transitie (
        id               uuid PRIMARY KEY,
        casus_id         uuid NOT NULL REFERENCES casus (id),
        van              text,
        naar             text NOT NULL,
        reden            text NOT NULL,
        doorverwezen_naar text,
        door             text NOT NULL,
        door_naam        text NOT NULL,
        door_organisatie text NOT NULL,
        tijdstip         timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX casus_transitie_casus ON casus_transitie (casus_id, tijdstip)`);

    await q.query(`
      CREATE TABLE casus_voorstel (
        id            uuid PRIMARY KEY,
        persoon_id    uuid NOT NULL,
        signaal_id    uuid NOT NULL,
        verdict       text NOT NULL,
        criteria      jsonb NOT NULL,
        uitleg        text NOT NULL,
        status        text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','BEVESTIGD','AFGEWEZEN','GEKOPPELD')),
        casus_id      uuid REFERENCES casus (id),
        beslist_door  text,
        beslist_op    timestamptz,
        reden         text,
        aangemaakt_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (persoon_id, signaal_id)
      )`);
    await q.query(
      `CREATE INDEX casus_voorstel_open ON casus_voorstel (aangemaakt_op DESC) WHERE status = 'OPEN'`,
    );

    await q.query(`
      CREATE TABLE casus_signaal (
        casus_id    uuid NOT NULL REFERENCES casus (id),
        signaal_id  uuid NOT NULL,
        gekoppeld_op timestamptz NOT NULL DEFAULT now(),
        gezien_op   timestamptz,
        PRIMARY KEY (casus_id, signaal_id)
      )`);

    await q.query(`
      CREATE TABLE maatregel_definitie (
        code                 text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,59}$'),
        naam                 text NOT NULL,
        soort                text NOT NULL CHECK (soort IN ('PREVENTIEF','REPRESSIEF','KETEN')),
        eigenaar             text NOT NULL,
        wettelijke_grondslag text,
        standaard_duur_dagen integer CHECK (standaard_duur_dagen > 0),
        termijn_soort        text,
        toepassing           text[] NOT NULL,
        actief               boolean NOT NULL DEFAULT true
      )`);
    for (const m of MAATREGEL_CATALOGUS) {
      await q.query(
        `INSERT INTO maatregel_definitie (code, naam, soort, eigenaar, wettelijke_grondslag, standaard_duur_dagen, termijn_soort, toepassing)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          m.code,
          m.naam,
          m.soort,
          m.eigenaar,
          m.wettelijkeGrondslag,
          m.standaardDuurDagen,
          m.termijnSoort,
          [...m.toepassing],
        ],
      );
    }

    await q.query(`
      CREATE TABLE casus_maatregel (
        id              uuid PRIMARY KEY,
        casus_id        uuid NOT NULL REFERENCES casus (id),
        code            text NOT NULL REFERENCES maatregel_definitie (code),
        start           timestamptz NOT NULL,
        eind            timestamptz,
        reden           text NOT NULL,
        status          text NOT NULL DEFAULT 'ACTIEF' CHECK (status IN ('ACTIEF','BEEINDIGD')),
        beeindigd_reden text,
        termijn_id      uuid,
        groep_actie_id  uuid,
        door            text NOT NULL,
        door_organisatie text NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        CHECK (eind IS NULL OR eind > start)
      )`);
    await q.query(`CREATE INDEX casus_maatregel_casus ON casus_maatregel (casus_id)`);

    await q.query(`
      CREATE TABLE actie (
        id                   uuid PRIMARY KEY,
        casus_id             uuid NOT NULL REFERENCES casus (id),
        omschrijving         text NOT NULL,
        eigenaar_organisatie text NOT NULL,
        eigenaar_persoon     text,
        deadline             timestamptz NOT NULL,
        status               text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','GEDAAN','VERVALLEN')),
        geescaleerd_op       timestamptz,
        termijn_id           uuid,
        besluit_id           uuid,
        aangemaakt_door      text NOT NULL,
        aangemaakt_op        timestamptz NOT NULL DEFAULT now(),
        afgerond_op          timestamptz
      )`);
    await q.query(`CREATE INDEX actie_casus ON actie (casus_id)`);
    await q.query(`CREATE INDEX actie_open_deadline ON actie (deadline, casus_id) WHERE status = 'OPEN'`);

    await q.query(`
      CREATE TABLE uitkomst (
        id           uuid PRIMARY KEY,
        casus_id     uuid NOT NULL REFERENCES casus (id),
        soort        text NOT NULL CHECK (soort IN ('BESCHIKKING','BEROEP_INGESTELD','BEROEP_ONGEGROND','BEROEP_GEGROND','BEROEP_INGETROKKEN','OVERDRACHT','VERTREK_ZELFSTANDIG','VERTREK_GEDWONGEN','MOB','OPNIEUW_AANGEMELD')),
        datum        date NOT NULL,
        toelichting  text,
        door         text NOT NULL,
        door_organisatie text NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX uitkomst_casus ON uitkomst (casus_id, datum)`);

    // Append-only: every change on a case, for the timeline and the daily overview.
    await q.query(`
      CREATE TABLE casus_gebeurtenis (
        id           bigserial PRIMARY KEY,
        casus_id     uuid NOT NULL REFERENCES casus (id),
        soort        text NOT NULL CHECK (soort IN ('SIGNAAL','TRANSITIE','MAATREGEL','ACTIE','UITKOMST','BESLUIT','ESCALATIE')),
        tijdstip     timestamptz NOT NULL DEFAULT now(),
        omschrijving text NOT NULL,
        ref_id       uuid,
        door_organisatie text
      )`);
    await q.query(`CREATE INDEX casus_gebeurtenis_casus ON casus_gebeurtenis (casus_id, tijdstip)`);
    await q.query(`CREATE INDEX casus_gebeurtenis_tijd ON casus_gebeurtenis (tijdstip)`);
    await q.query(`
      CREATE FUNCTION casus_gebeurtenis_onveranderlijk() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'casus_gebeurtenis is append-only'; END $$`);
    await q.query(`
      CREATE TRIGGER casus_gebeurtenis_onveranderlijk BEFORE UPDATE OR DELETE ON casus_gebeurtenis
      FOR EACH ROW EXECUTE FUNCTION casus_gebeurtenis_onveranderlijk()`);

    await q.query(`
      CREATE TABLE overleg (
        id            uuid PRIMARY KEY,
        soort         text NOT NULL CHECK (soort IN ('KERNTEAM','LKO','TOPX','REGIETAFEL')),
        titel         text NOT NULL,
        locatie_code  text,
        gepland_op    timestamptz NOT NULL,
        aangemaakt_door text NOT NULL,
        aangemaakt_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX overleg_soort ON overleg (soort, gepland_op)`);
    await q.query(`
      CREATE TABLE overleg_deelnemer (
        overleg_id  uuid NOT NULL REFERENCES overleg (id),
        naam        text NOT NULL,
        organisatie text NOT NULL,
        aanwezig    boolean,
        PRIMARY KEY (overleg_id, naam, organisatie)
      )`);
    await q.query(`
      CREATE TABLE agendapunt (
        id          uuid PRIMARY KEY,
        overleg_id  uuid NOT NULL REFERENCES overleg (id),
        casus_id    uuid NOT NULL REFERENCES casus (id),
        volgorde    integer NOT NULL,
        redenen     text[] NOT NULL,
        toelichting text[] NOT NULL,
        handmatig   boolean NOT NULL DEFAULT false,
        UNIQUE (overleg_id, casus_id)
      )`);
    await q.query(`
      CREATE TABLE besluit (
        id            uuid PRIMARY KEY,
        agendapunt_id uuid NOT NULL REFERENCES agendapunt (id),
        casus_id      uuid NOT NULL REFERENCES casus (id),
        tekst         text NOT NULL,
        door          text NOT NULL,
        door_organisatie text NOT NULL,
        tijdstip      timestamptz NOT NULL DEFAULT now()
      )`);

    await q.query(`
      CREATE TABLE topx_lijst (
        id            uuid PRIMARY KEY,
        regio         text NOT NULL,
        maand         text NOT NULL CHECK (maand ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        status        text NOT NULL CHECK (status IN ('VOORGESTELD','BEVESTIGD')),
        voorgesteld_op timestamptz NOT NULL DEFAULT now(),
        bevestigd_door text,
        bevestigd_op  timestamptz
      )`);
    await q.query(
      `CREATE UNIQUE INDEX topx_lijst_bevestigd ON topx_lijst (regio, maand) WHERE status = 'BEVESTIGD'`,
    );
    await q.query(`
      CREATE TABLE topx_lid (
        lijst_id   uuid NOT NULL REFERENCES topx_lijst (id),
        persoon_id uuid NOT NULL,
        rang       integer NOT NULL,
        score      integer NOT NULL,
        uitleg     text NOT NULL,
        opgenomen  boolean NOT NULL DEFAULT true,
        PRIMARY KEY (lijst_id, persoon_id)
      )`);
    await q.query(`CREATE INDEX topx_lid_persoon ON topx_lid (persoon_id)`);

    await q.query(`
      CREATE TABLE dagoverzicht (
        id          uuid PRIMARY KEY,
        van         timestamptz NOT NULL,
        tot         timestamptz NOT NULL,
        aanleiding  text NOT NULL CHECK (aanleiding IN ('ROOSTER','OP_VERZOEK')),
        gemaakt_op  timestamptz NOT NULL DEFAULT now(),
        gemaakt_door text,
        inhoud      jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX dagoverzicht_tot ON dagoverzicht (tot DESC)`);
    await q.query(
      `CREATE UNIQUE INDEX dagoverzicht_rooster ON dagoverzicht (tot) WHERE aanleiding = 'ROOSTER'`,
    );

    await q.query(`
      CREATE TABLE doorlooptijd_norm (
        spoor  smallint PRIMARY KEY CHECK (spoor IN (1, 2, 4)),
        dagen  integer NOT NULL CHECK (dagen > 0),
        gewijzigd_door text NOT NULL,
        gewijzigd_op timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'doorlooptijd_norm',
      'dagoverzicht',
      'topx_lid',
      'topx_lijst',
      'besluit',
      'agendapunt',
      'overleg_deelnemer',
      'overleg',
      'casus_gebeurtenis',
      'uitkomst',
      'actie',
      'casus_maatregel',
      'maatregel_definitie',
      'casus_signaal',
      'casus_voorstel',
      'casus_transitie',
      'casus',
      'groepscasus',
    ]) {
      await q.query(`DROP TABLE ${t}`);
    }
    await q.query(`DROP FUNCTION casus_gebeurtenis_onveranderlijk()`);
    await q.query(`DROP INDEX signaal_melding_tijd`);
    await q.query(`
      ALTER TABLE signaal_melding DROP COLUMN bron_referentie, DROP COLUMN categorie_label, DROP COLUMN ernst,
        DROP COLUMN vpt, DROP COLUMN locatie_code, DROP COLUMN gemeente, DROP COLUMN omschrijving`);
  }
}
