import type { MigrationInterface, QueryRunner } from 'typeorm';
import { naamSleutels } from '@ketenbeeld/domain';

/** Provisional identities, aliases, name keys for matching, and reversible merges. */
export class Personenregister1763800600000 implements MigrationInterface {
  name = 'Personenregister1763800600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE persoon DROP CONSTRAINT persoon_check`);
    await q.query(`
      ALTER TABLE persoon
        ADD COLUMN geboortejaar smallint CHECK (geboortejaar BETWEEN 1900 AND 2100),
        ADD COLUMN coa_nummer text,
        ADD COLUMN omschrijving text,
        ADD COLUMN status text NOT NULL DEFAULT 'ACTIEF' CHECK (status IN ('ACTIEF', 'SAMENGEVOEGD')),
        ADD COLUMN samengevoegd_in uuid REFERENCES persoon (id),
        ADD COLUMN naam_sleutels text[] NOT NULL DEFAULT '{}',
        ADD CONSTRAINT persoon_identificeerbaar
          CHECK (v_nummer IS NOT NULL OR naam IS NOT NULL OR coa_nummer IS NOT NULL OR omschrijving IS NOT NULL)`);
    await q.query(`CREATE INDEX persoon_naam_sleutels ON persoon USING gin (naam_sleutels)`);
    await q.query(`CREATE INDEX persoon_coa_nummer ON persoon (coa_nummer) WHERE coa_nummer IS NOT NULL`);
    const bestaand = (await q.query(`SELECT id, naam FROM persoon WHERE naam IS NOT NULL`)) as {
      id: string;
      naam: string;
    }[];
    for (const p of bestaand) {
      await q.query(`UPDATE persoon SET naam_sleutels = $2 WHERE id = $1`, [p.id, naamSleutels(p.naam)]);
    }
    await q.query(`
      CREATE TABLE persoon_alias (
        id            uuid PRIMARY KEY,
        persoon_id    uuid NOT NULL REFERENCES persoon (id),
        naam          text NOT NULL,
        bron          text NOT NULL,
        toegevoegd_op timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX persoon_alias_persoon ON persoon_alias (persoon_id)`);
    await q.query(`
      CREATE TABLE persoon_samenvoeging (
        id               uuid PRIMARY KEY,
        behouden_id      uuid NOT NULL REFERENCES persoon (id),
        opgaand_id       uuid NOT NULL REFERENCES persoon (id),
        reden            text NOT NULL,
        door             text NOT NULL,
        door_organisatie text NOT NULL,
        op               timestamptz NOT NULL DEFAULT now(),
        verplaatst       uuid[] NOT NULL,
        samengevallen    uuid[] NOT NULL,
        gesplitst_op     timestamptz,
        gesplitst_reden  text,
        gesplitst_door   text,
        CHECK (behouden_id <> opgaand_id)
      )`);
    await q.query(`CREATE INDEX persoon_samenvoeging_behouden ON persoon_samenvoeging (behouden_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query('DROP TABLE persoon_samenvoeging');
    await q.query('DROP TABLE persoon_alias');
    await q.query(`ALTER TABLE persoon DROP CONSTRAINT persoon_identificeerbaar`);
    await q.query(`ALTER TABLE persoon DROP COLUMN geboortejaar, DROP COLUMN coa_nummer, DROP COLUMN omschrijving,
                   DROP COLUMN status, DROP COLUMN samengevoegd_in, DROP COLUMN naam_sleutels`);
    await q.query(
      `ALTER TABLE persoon ADD CONSTRAINT persoon_check CHECK (v_nummer IS NOT NULL OR naam IS NOT NULL)`,
    );
  }
}
