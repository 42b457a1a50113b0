import type { EntityManager } from 'typeorm';
import { BewaarActie, BewaarSoort, EventName, POLITIE_BRONNEN } from '@ketenbeeld/domain';
import {
  BewaarRegels,
  OutboxPublisher,
  type BewaarContext,
  type BewaarRegel,
  type BewaarRegelSet,
} from '@ketenbeeld/platform';

/** The police sources as an SQL array literal (fixed codes, never input). */
const POLITIE = `ARRAY[${POLITIE_BRONNEN.map((o) => `'${o}'`).join(', ')}]::text[]`;

/** What an anonymised signal says instead of its free text. */
export const GEANONIMISEERD = '[geanonimiseerd]';

/**
 * Retention of signals (DOMAIN.md §7): signals of non-police sources are removed after their
 * period; police signals (R21) are anonymised after 5 years and removed after 10; the stored answers
 * to partner requests go after a month. Every signal removed or anonymised is announced
 * (SignaalOpgeschoond, in the same transaction) so casusregie, zsm and planning drop their copies.
 */
@BewaarRegels()
export class SignalenBewaarregels implements BewaarRegelSet {
  constructor(private readonly outbox: OutboxPublisher) {}

  regels(): readonly BewaarRegel[] {
    return [
      {
        naam: 'signaal-verwijderen',
        soort: BewaarSoort.SIGNAAL,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'Signalen van niet-politiebronnen met hun historie en koppelingen aan personen',
        verlopen: `SELECT id FROM signaal WHERE tijdstip_incident < $1 AND bron_organisatie <> ALL(${POLITIE})`,
        voerUit: (m, ids, c) => this.verwijder(m, ids, c),
      },
      {
        naam: 'signaal-politie-verwijderen',
        soort: BewaarSoort.SIGNAAL_POLITIE,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'Signalen van politie, AVIM en KMAR (R21: na 10 jaar vernietigen)',
        verlopen: `SELECT id FROM signaal WHERE tijdstip_incident < $1 AND bron_organisatie = ANY(${POLITIE})`,
        voerUit: (m, ids, c) => this.verwijder(m, ids, c),
      },
      {
        naam: 'signaal-politie-anonimiseren',
        soort: BewaarSoort.SIGNAAL_POLITIE,
        actie: BewaarActie.ANONIMISEREN,
        omschrijving:
          'Signalen van politie, AVIM en KMAR (R21: na 5 jaar): omschrijving, referentie, pv-nummer, coördinaten, melder en koppelingen aan personen gaan; categorie, plaats, tijd en aantal personen blijven voor de cijfers',
        verlopen: `SELECT id FROM signaal WHERE geanonimiseerd_op IS NULL AND bron_organisatie = ANY(${POLITIE})
                     AND tijdstip_incident < $1 AND tijdstip_incident >= $2`,
        voerUit: (m, ids, c) => this.anonimiseer(m, ids, c),
      },
      {
        naam: 'idempotentie-verwijderen',
        soort: BewaarSoort.IDEMPOTENTIE,
        actie: BewaarActie.VERWIJDEREN,
        omschrijving: 'Bewaarde antwoorden op partnerverzoeken met een Idempotency-Key',
        // The key has no spaces (visible ASCII), so "organisatie sleutel" is one unambiguous id.
        verlopen: `SELECT organisatie || ' ' || sleutel AS id FROM idempotentie WHERE aangemaakt_op < $1`,
        async voerUit(m, ids) {
          const [, n] = await m.query<[unknown[], number]>(
            `DELETE FROM idempotentie WHERE (organisatie, sleutel) IN
               (SELECT split_part(k, ' ', 1), substr(k, strpos(k, ' ') + 1) FROM unnest($1::text[]) AS k)`,
            [ids],
          );
          return n;
        },
      },
    ];
  }

  private async verwijder(m: EntityManager, ids: readonly string[], c: BewaarContext): Promise<number> {
    await m.query(`DELETE FROM signaal_historie WHERE signaal_id = ANY($1::uuid[])`, [ids]);
    await m.query(`DELETE FROM signaal_persoon WHERE signaal_id = ANY($1::uuid[])`, [ids]);
    const [weg] = await m.query<[{ id: string }[], number]>(
      `DELETE FROM signaal WHERE id = ANY($1::uuid[]) RETURNING id`,
      [ids],
    );
    await this.meld(
      m,
      weg.map((r) => r.id),
      c,
    );
    return weg.length;
  }

  private async anonimiseer(m: EntityManager, ids: readonly string[], c: BewaarContext): Promise<number> {
    const [anoniem] = await m.query<[{ id: string }[], number]>(
      `UPDATE signaal s SET omschrijving = $2, bron_referentie = 'geanonimiseerd:' || s.id, pv_nummer = NULL,
              breedtegraad = NULL, lengtegraad = NULL, geregistreerd_door = 'geanonimiseerd',
              aantal_personen = (SELECT count(*) FROM signaal_persoon sp WHERE sp.signaal_id = s.id),
              geanonimiseerd_op = now()
        WHERE s.id = ANY($1::uuid[]) AND s.geanonimiseerd_op IS NULL
        RETURNING s.id`,
      [ids, GEANONIMISEERD],
    );
    const klaar = anoniem.map((r) => r.id);
    await m.query(`DELETE FROM signaal_persoon WHERE signaal_id = ANY($1::uuid[])`, [klaar]);
    // The history keeps what happened when and by which organisation, not the old values or reasons.
    await m.query(
      `UPDATE signaal_historie SET gegevens = '{}', reden = NULL, door = 'geanonimiseerd' WHERE signaal_id = ANY($1::uuid[])`,
      [klaar],
    );
    await this.meld(m, klaar, c);
    return klaar.length;
  }

  private async meld(m: EntityManager, signaalIds: readonly string[], c: BewaarContext): Promise<void> {
    await this.outbox.publiceerAlle(
      m,
      EventName.SignaalOpgeschoond,
      signaalIds.map((signaalId) => ({
        signaalId,
        actie: c.actie,
        soort: c.soort,
        grens: c.grens.toISOString(),
      })),
    );
  }
}
