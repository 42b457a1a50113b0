import type { EntityManager } from 'typeorm';
import { BewaarActie, BewaarSoort, EventName, VERTREK_UITKOMSTEN } from '@ketenbeeld/domain';
import {
  BewaarRegels,
  OutboxPublisher,
  verwijderTermijnen,
  type BewaarContext,
  type BewaarRegel,
  type BewaarRegelSet,
} from '@ketenbeeld/platform';

/** Departure outcomes as an SQL array literal (fixed codes, never input). */
const VERTREK = `ARRAY[${VERTREK_UITKOMSTEN.map((u) => `'${u}'`).join(', ')}]::text[]`;

/** The latest outcome of case c (by date, then registration), as in casusBewaarSoort. */
const LAATSTE_UITKOMST = `(SELECT u.soort FROM uitkomst u WHERE u.casus_id = c.id ORDER BY u.datum DESC, u.geregistreerd_op DESC LIMIT 1)`;

/**
 * Retention of casusregie's records (DOMAIN.md §7): closed cases a period after closing, by how they
 * ended (casusBewaarSoort: not suitable, referred, departed/transferred, other outcomes), with all
 * that was recorded on them; stored daily overviews; Top-X lists. Every removed case is announced
 * (CasusOpgeschoond, in the same transaction) so zsm and planning drop their copies.
 */
@BewaarRegels()
export class CasusregieBewaarregels implements BewaarRegelSet {
  constructor(private readonly outbox: OutboxPublisher) {}

  regels(): readonly BewaarRegel[] {
    const casus = (
      naam: string,
      soort: BewaarSoort,
      omschrijving: string,
      voorwaarde: string,
    ): BewaarRegel => ({
      naam,
      soort,
      actie: BewaarActie.VERWIJDEREN,
      omschrijving,
      verlopen: `SELECT c.id FROM casus c WHERE NOT c.open AND c.afgerond_op < $1 AND ${voorwaarde}`,
      voerUit: (m, ids, ctx) => this.verwijderCasussen(m, ids, ctx),
    });
    return [
      casus(
        'casus-niet-geschikt',
        BewaarSoort.CASUS_NIET_GESCHIKT,
        'Casussen gesloten als niet geschikt, met alles wat erop is vastgelegd',
        `c.status = 'NIET_GESCHIKT'`,
      ),
      casus(
        'casus-doorverwezen',
        BewaarSoort.CASUS_DOORVERWEZEN,
        'Casussen doorverwezen naar LKO of Top-X, met alles wat erop is vastgelegd',
        `c.status = 'DOORVERWEZEN'`,
      ),
      casus(
        'casus-vertrokken',
        BewaarSoort.CASUS_VERTROKKEN,
        'Afgeronde casussen met als laatste uitkomst vertrek of Dublinoverdracht, met alles wat erop is vastgelegd',
        `c.status = 'AFGEROND' AND ${LAATSTE_UITKOMST} = ANY(${VERTREK})`,
      ),
      casus(
        'casus-afgerond',
        BewaarSoort.CASUS_AFGEROND,
        'Afgeronde casussen met een andere laatste uitkomst, met alles wat erop is vastgelegd',
        `c.status = 'AFGEROND' AND coalesce(${LAATSTE_UITKOMST} <> ALL(${VERTREK}), true)`,
      ),
      {
        naam: 'dagoverzicht',
        soort: BewaarSoort.DAGOVERZICHT,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'Bewaarde dagoverzichten',
        verlopen: `SELECT id FROM dagoverzicht WHERE tot < $1`,
        async voerUit(m, ids) {
          const [, n] = await m.query<[unknown[], number]>(
            `DELETE FROM dagoverzicht WHERE id = ANY($1::uuid[])`,
            [ids],
          );
          return n;
        },
      },
      {
        naam: 'topx-lijst',
        soort: BewaarSoort.TOPX_LIJST,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'Top-X-lijsten met hun leden',
        verlopen: `SELECT id FROM topx_lijst WHERE voorgesteld_op < $1`,
        async voerUit(m, ids) {
          await m.query(`DELETE FROM topx_lid WHERE lijst_id = ANY($1::uuid[])`, [ids]);
          const [, n] = await m.query<[unknown[], number]>(
            `DELETE FROM topx_lijst WHERE id = ANY($1::uuid[])`,
            [ids],
          );
          return n;
        },
      },
    ];
  }

  /** A case and everything recorded on it: timeline, transitions, measures, actions, outcomes, agenda, deadlines. */
  private async verwijderCasussen(
    m: EntityManager,
    ids: readonly string[],
    c: BewaarContext,
  ): Promise<number> {
    const p = [ids];
    await m.query(
      `DELETE FROM besluit WHERE casus_id = ANY($1::uuid[])
          OR agendapunt_id IN (SELECT id FROM agendapunt WHERE casus_id = ANY($1::uuid[]))`,
      p,
    );
    for (const tabel of [
      'agendapunt',
      'casus_gebeurtenis',
      'casus_transitie',
      'casus_signaal',
      'casus_maatregel',
      'actie',
      'uitkomst',
    ]) {
      await m.query(`DELETE FROM ${tabel} WHERE casus_id = ANY($1::uuid[])`, p);
    }
    const [voorstellen] = await m.query<[{ id: string }[], number]>(
      `DELETE FROM casus_voorstel WHERE casus_id = ANY($1::uuid[]) RETURNING id`,
      p,
    );
    await m.query(
      `DELETE FROM persoon_verplaatsing WHERE (soort = 'CASUS' AND ref_id = ANY($1::uuid[])) OR (soort = 'VOORSTEL' AND ref_id = ANY($2::uuid[]))`,
      [ids, voorstellen.map((v) => v.id)],
    );
    await verwijderTermijnen(m, 'casus', ids);
    const [weg] = await m.query<[{ id: string; persoon_id: string; groep_id: string | null }[], number]>(
      `DELETE FROM casus WHERE id = ANY($1::uuid[]) RETURNING id, persoon_id, groep_id`,
      p,
    );
    // A group case without cases left has nothing to tie together.
    await m.query(
      `DELETE FROM groepscasus g WHERE g.id = ANY($1::uuid[]) AND NOT EXISTS (SELECT 1 FROM casus WHERE groep_id = g.id)`,
      [weg.flatMap((r) => (r.groep_id ? [r.groep_id] : []))],
    );
    await this.outbox.publiceerAlle(
      m,
      EventName.CasusOpgeschoond,
      weg.map((r) => ({
        casusId: r.id,
        persoonId: r.persoon_id,
        actie: BewaarActie.VERWIJDEREN,
        soort: c.soort,
        grens: c.grens.toISOString(),
      })),
    );
    return weg.length;
  }
}
