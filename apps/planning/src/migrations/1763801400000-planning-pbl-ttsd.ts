import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 7: locations with capacity over time, placements on the escalation ladder with a waiting
 * list, the inhuisregistratie, procedure plans (TTSD) with IND hearing slots and transport requests,
 * and the read model of persons and cases that planning needs from signalen, casusregie and zsm.
 */
export class PlanningPblTtsd1763801400000 implements MigrationInterface {
  name = 'PlanningPblTtsd1763801400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE locatie (
        code        text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,29}$'),
        naam        text NOT NULL,
        soort       text NOT NULL CHECK (soort IN ('AANMELDCENTRUM','AZC','VTL','PBL','HTL','VBL','DETENTIECENTRUM')),
        regio       text NOT NULL,
        gemeente    text NOT NULL
      )`);
    // Capacity is a history: the row with the latest geldig_vanaf on or before a day applies.
    await q.query(`
      CREATE TABLE locatie_capaciteit (
        locatie       text NOT NULL REFERENCES locatie (code),
        geldig_vanaf  date NOT NULL,
        capaciteit    integer NOT NULL CHECK (capaciteit >= 0),
        reden         text NOT NULL,
        gewijzigd_door text NOT NULL,
        gewijzigd_op  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (locatie, geldig_vanaf)
      )`);
    await q.query(`
      CREATE TABLE registratievenster (
        locatie  text NOT NULL REFERENCES locatie (code),
        code     text NOT NULL,
        begin    time NOT NULL,
        eind     time NOT NULL CHECK (eind > begin),
        PRIMARY KEY (locatie, code)
      )`);

    // Read model: what planning needs to know of a person (signalen, casusregie, zsm).
    await q.query(`
      CREATE TABLE planning_persoon (
        persoon_id       uuid PRIMARY KEY,
        v_nummer         text,
        naam             text,
        geboortedatum    text,
        nationaliteit    text,
        casus_id         uuid,
        casus_open       boolean NOT NULL DEFAULT false,
        spoor            smallint,
        kansarm          boolean,
        locatie_code     text,
        dublin_lidstaat  text,
        dublin_uiterlijk timestamptz,
        bijgewerkt_op    timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX planning_persoon_casus ON planning_persoon (casus_id)`);
    await q.query(`CREATE INDEX planning_persoon_v_nummer ON planning_persoon (v_nummer)`);
    // What a person merge moved (so that a split moves exactly that back).
    await q.query(`
      CREATE TABLE persoon_verplaatsing (
        samenvoeging_id uuid NOT NULL,
        tabel           text NOT NULL,
        ref_id          text NOT NULL,
        PRIMARY KEY (samenvoeging_id, tabel, ref_id)
      )`);

    // Placements: the skeleton's table grows into the workflow.
    await q.query(`ALTER TABLE plaatsing DROP CONSTRAINT IF EXISTS plaatsing_status_check`);
    await q.query(`DELETE FROM plaatsing WHERE locatie NOT IN (SELECT code FROM locatie)`);
    await q.query(`
      ALTER TABLE plaatsing
        ADD CONSTRAINT plaatsing_status_check CHECK (status IN
          ('VOORGESTELD','WACHTLIJST','AANGEBODEN','GOEDGEKEURD','ACTIEF','BEEINDIGD','AFGEWEZEN')),
        ADD CONSTRAINT plaatsing_locatie_fk FOREIGN KEY (locatie) REFERENCES locatie (code),
        ADD COLUMN casus_id        uuid,
        ADD COLUMN vervangt_id     uuid REFERENCES plaatsing (id),
        ADD COLUMN prioriteit      smallint NOT NULL DEFAULT 2 CHECK (prioriteit BETWEEN 1 AND 3),
        ADD COLUMN artikel56       boolean NOT NULL DEFAULT false,
        ADD COLUMN bewaring_verlengd boolean NOT NULL DEFAULT false,
        ADD COLUMN overslaan_reden text,
        ADD COLUMN toelichting     text NOT NULL DEFAULT '',
        ADD COLUMN bevindingen     jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN werkelijk_eind  date,
        ADD COLUMN eind_reden      text,
        ADD COLUMN termijn_id      uuid,
        ADD COLUMN voorgesteld_door text NOT NULL DEFAULT 'onbekend',
        ADD COLUMN voorgesteld_op  timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN wachtlijst_sinds timestamptz,
        ADD COLUMN aangeboden_op   timestamptz,
        ADD COLUMN versie          integer NOT NULL DEFAULT 1`);
    await q.query(
      `CREATE INDEX plaatsing_bezetting ON plaatsing (locatie, van, tot) WHERE status IN ('AANGEBODEN','GOEDGEKEURD','ACTIEF')`,
    );
    await q.query(
      `CREATE INDEX plaatsing_wachtlijst ON plaatsing (locatie, prioriteit, wachtlijst_sinds) WHERE status = 'WACHTLIJST'`,
    );
    // Append-only history of every placement step (who, when, why).
    await q.query(`
      CREATE TABLE plaatsing_historie (
        id           bigserial PRIMARY KEY,
        plaatsing_id uuid NOT NULL REFERENCES plaatsing (id),
        status       text NOT NULL,
        door         text NOT NULL,
        op           timestamptz NOT NULL DEFAULT now(),
        toelichting  text NOT NULL
      )`);
    await q.query(`CREATE INDEX plaatsing_historie_plaatsing ON plaatsing_historie (plaatsing_id, id)`);

    // Inhuisregistratie (R2).
    await q.query(`
      CREATE TABLE inhuisregistratie_plicht (
        id            uuid PRIMARY KEY,
        persoon_id    uuid NOT NULL,
        locatie       text NOT NULL REFERENCES locatie (code),
        van           date NOT NULL,
        tot           date,
        reden         text NOT NULL,
        opgelegd_door text NOT NULL,
        opgelegd_op   timestamptz NOT NULL DEFAULT now(),
        eind_reden    text,
        CHECK (tot IS NULL OR tot >= van)
      )`);
    await q.query(`CREATE INDEX inhuisregistratie_plicht_locatie ON inhuisregistratie_plicht (locatie, van)`);
    await q.query(`CREATE INDEX inhuisregistratie_plicht_persoon ON inhuisregistratie_plicht (persoon_id)`);
    await q.query(`
      CREATE TABLE inhuisregistratie (
        id               uuid PRIMARY KEY,
        persoon_id       uuid NOT NULL,
        locatie          text NOT NULL REFERENCES locatie (code),
        datum            date NOT NULL,
        venster          text NOT NULL,
        tijdstip         timestamptz NOT NULL,
        geregistreerd_door text NOT NULL,
        geregistreerd_op timestamptz NOT NULL DEFAULT now(),
        UNIQUE (persoon_id, datum, venster)
      )`);
    await q.query(`CREATE INDEX inhuisregistratie_venster ON inhuisregistratie (locatie, datum, venster)`);
    await q.query(`
      CREATE TABLE venster_afsluiting (
        locatie      text NOT NULL REFERENCES locatie (code),
        datum        date NOT NULL,
        venster      text NOT NULL,
        afgesloten_op timestamptz NOT NULL DEFAULT now(),
        verwacht     integer NOT NULL,
        gemist       integer NOT NULL,
        PRIMARY KEY (locatie, datum, venster)
      )`);
    await q.query(`
      CREATE TABLE gemiste_registratie (
        persoon_id   uuid NOT NULL,
        locatie      text NOT NULL REFERENCES locatie (code),
        datum        date NOT NULL,
        venster      text NOT NULL,
        signaal_id   uuid NOT NULL UNIQUE,
        plaatsing_id uuid REFERENCES plaatsing (id),
        toelichting  text NOT NULL,
        PRIMARY KEY (persoon_id, datum, venster)
      )`);

    // Procedure plan per case (TTSD).
    await q.query(`
      CREATE TABLE procedure_plan (
        casus_id       uuid PRIMARY KEY,
        persoon_id     uuid NOT NULL,
        aanmelding     date NOT NULL,
        spoor          smallint NOT NULL CHECK (spoor IN (1, 2, 4)),
        rvt_onthouden  boolean NOT NULL DEFAULT false,
        soort_besluit  text CHECK (soort_besluit IN ('AA','KENNELIJK_ONGEGROND','NIET_ONTVANKELIJK','OVERIG')),
        norm_dagen     integer CHECK (norm_dagen BETWEEN 1 AND 365),
        verblijf_locatie text REFERENCES locatie (code),
        opgesteld_door text NOT NULL,
        opgesteld_op   timestamptz NOT NULL DEFAULT now(),
        bijgewerkt_op  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE procedure_stap (
        casus_id     uuid NOT NULL REFERENCES procedure_plan (casus_id),
        stap         text NOT NULL,
        vastgepland  date,
        werkelijk    date,
        afspraak_op  timestamptz,
        afspraak_locatie text REFERENCES locatie (code),
        slot_week    text,
        transport_termijn_id uuid,
        bijgewerkt_door text NOT NULL,
        bijgewerkt_op timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (casus_id, stap)
      )`);
    await q.query(
      `CREATE INDEX procedure_stap_slot ON procedure_stap (slot_week) WHERE slot_week IS NOT NULL`,
    );
    await q.query(`
      CREATE TABLE ind_slot_week (
        week          text PRIMARY KEY CHECK (week ~ '^[0-9]{4}-W[0-9]{2}$'),
        gereserveerd  integer NOT NULL CHECK (gereserveerd >= 0),
        gewijzigd_door text NOT NULL,
        gewijzigd_op  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE ttsd_norm (
        spoor     smallint PRIMARY KEY CHECK (spoor IN (1, 2, 4)),
        dagen     integer NOT NULL CHECK (dagen BETWEEN 1 AND 365),
        toelichting text NOT NULL
      )`);
    await q.query(`
      INSERT INTO ttsd_norm (spoor, dagen, toelichting) VALUES
        (1, 21, 'Voorbeeldnorm Dublin (spoor 1): door de ketenpartners vast te stellen'),
        (2, 14, 'Voorbeeldnorm veilig land (spoor 2): door de ketenpartners vast te stellen'),
        (4, 28, 'Voorbeeldnorm algemene asielprocedure (spoor 4): door de ketenpartners vast te stellen')`);

    // Seed (DOMAIN.md R3, R5, R6): VTL Ter Apel and Budel 75 together (the split is ours), PBL Ter
    // Apel 5, HTL Hoogeveen 50; the reception locations and a detention centre for the ladder's top.
    await q.query(`
      INSERT INTO locatie (code, naam, soort, regio, gemeente) VALUES
        ('TER_APEL', 'Aanmeldcentrum Ter Apel', 'AANMELDCENTRUM', 'Noord', 'Westerwolde'),
        ('BUDEL', 'Aanmeldcentrum Budel', 'AANMELDCENTRUM', 'Zuid', 'Cranendonck'),
        ('VTL_TER_APEL', 'VTL Ter Apel', 'VTL', 'Noord', 'Westerwolde'),
        ('VTL_BUDEL', 'VTL Budel', 'VTL', 'Zuid', 'Cranendonck'),
        ('PBL_TER_APEL', 'PBL Ter Apel', 'PBL', 'Noord', 'Westerwolde'),
        ('HTL_HOOGEVEEN', 'HTL Hoogeveen', 'HTL', 'Noord', 'Hoogeveen'),
        ('AZC_ASSEN', 'Azc Assen', 'AZC', 'Noord', 'Assen'),
        ('VBL_TER_APEL', 'VBL Ter Apel', 'VBL', 'Noord', 'Westerwolde'),
        ('DC_ROTTERDAM', 'Detentiecentrum Rotterdam', 'DETENTIECENTRUM', 'West', 'Rotterdam')`);
    await q.query(`
      INSERT INTO locatie_capaciteit (locatie, geldig_vanaf, capaciteit, reden, gewijzigd_door) VALUES
        ('TER_APEL', '2025-01-01', 2000, 'Startwaarde', 'migratie'),
        ('BUDEL', '2025-01-01', 700, 'Startwaarde', 'migratie'),
        ('VTL_TER_APEL', '2025-01-01', 50, 'R5: 75 plaatsen VTL samen met Budel', 'migratie'),
        ('VTL_BUDEL', '2025-01-01', 25, 'R5: 75 plaatsen VTL samen met Ter Apel', 'migratie'),
        ('PBL_TER_APEL', '2025-01-01', 5, 'R3: gestart met 5 plaatsen (geen plafond)', 'migratie'),
        ('HTL_HOOGEVEEN', '2025-01-01', 50, 'R6: 50 plaatsen', 'migratie'),
        ('AZC_ASSEN', '2025-01-01', 400, 'Startwaarde', 'migratie'),
        ('VBL_TER_APEL', '2025-01-01', 40, 'Startwaarde', 'migratie'),
        ('DC_ROTTERDAM', '2025-01-01', 100, 'Startwaarde', 'migratie')`);
    await q.query(`
      INSERT INTO registratievenster (locatie, code, begin, eind) VALUES
        ('TER_APEL', 'OCHTEND', '08:00', '10:00'), ('TER_APEL', 'AVOND', '20:00', '22:00'),
        ('BUDEL', 'OCHTEND', '08:00', '10:00'), ('BUDEL', 'AVOND', '20:00', '22:00'),
        ('AZC_ASSEN', 'OCHTEND', '08:00', '10:00'), ('AZC_ASSEN', 'AVOND', '20:00', '22:00')`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'ttsd_norm',
      'ind_slot_week',
      'procedure_stap',
      'procedure_plan',
      'gemiste_registratie',
      'venster_afsluiting',
      'inhuisregistratie',
      'inhuisregistratie_plicht',
      'plaatsing_historie',
      'persoon_verplaatsing',
    ])
      await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP INDEX plaatsing_bezetting`);
    await q.query(`DROP INDEX plaatsing_wachtlijst`);
    await q.query(`
      ALTER TABLE plaatsing DROP CONSTRAINT plaatsing_locatie_fk, DROP CONSTRAINT plaatsing_status_check,
        DROP COLUMN casus_id, DROP COLUMN vervangt_id, DROP COLUMN prioriteit, DROP COLUMN artikel56,
        DROP COLUMN bewaring_verlengd, DROP COLUMN overslaan_reden, DROP COLUMN toelichting, DROP COLUMN bevindingen,
        DROP COLUMN werkelijk_eind, DROP COLUMN eind_reden, DROP COLUMN termijn_id, DROP COLUMN voorgesteld_door,
        DROP COLUMN voorgesteld_op, DROP COLUMN wachtlijst_sinds, DROP COLUMN aangeboden_op, DROP COLUMN versie`);
    await q.query(
      `ALTER TABLE plaatsing ADD CONSTRAINT plaatsing_status_check CHECK (status IN ('VOORGESTELD', 'GOEDGEKEURD', 'ACTIEF', 'BEEINDIGD'))`,
    );
    await q.query(`DROP TABLE planning_persoon`);
    await q.query(`DROP TABLE registratievenster`);
    await q.query(`DROP TABLE locatie_capaciteit`);
    await q.query(`DROP TABLE locatie`);
  }
}
