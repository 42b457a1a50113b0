import type { EntityManager } from 'typeorm';
import { EventName, type EventEnvelop, type EventPayload } from '@ketenbeeld/domain';
import { VerwerktEvent, type EventVerwerker } from './event-verwerker';

type Samenvoeging = EventPayload<typeof EventName.PersoonSamengevoegd>;

/** Tables that keep (signaal_id, persoon_id) copies; the name is never user input. */
const TABEL = /^[a-z_]+$/;

/**
 * Follow a merge in a service's event-fed copy keyed by (signaal_id, persoon_id): links of the
 * merged-away person move to the kept one; where both were named, the merged-away copy goes.
 */
export async function volgSamenvoeging(m: EntityManager, tabel: string, e: Samenvoeging): Promise<void> {
  if (!TABEL.test(tabel)) throw new Error(`ongeldige tabelnaam ${tabel}`);
  await m.query(
    `UPDATE ${tabel} SET persoon_id = $2 WHERE persoon_id = $1 AND signaal_id = ANY($3::uuid[])`,
    [e.opgaandId, e.behoudenId, e.verplaatst],
  );
  await m.query(`DELETE FROM ${tabel} WHERE persoon_id = $1 AND signaal_id = ANY($2::uuid[])`, [
    e.opgaandId,
    e.samengevallen,
  ]);
}

/** Undo a merge in the copy: moved links move back; dropped copies return as copies of the kept row. */
export async function volgSplitsing(m: EntityManager, tabel: string, e: Samenvoeging): Promise<void> {
  if (!TABEL.test(tabel)) throw new Error(`ongeldige tabelnaam ${tabel}`);
  await m.query(
    `UPDATE ${tabel} SET persoon_id = $2 WHERE persoon_id = $1 AND signaal_id = ANY($3::uuid[])`,
    [e.behoudenId, e.opgaandId, e.verplaatst],
  );
  if (!e.samengevallen.length) return;
  const kolommen = (
    await m.query<{ column_name: string }[]>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      [tabel],
    )
  ).map((k) => k.column_name);
  const lijst = kolommen.map((k) => `"${k}"`).join(', ');
  const selectie = kolommen.map((k) => (k === 'persoon_id' ? '$2::uuid' : `"${k}"`)).join(', ');
  await m.query(
    `INSERT INTO ${tabel} (${lijst}) SELECT ${selectie} FROM ${tabel} WHERE persoon_id = $1 AND signaal_id = ANY($3::uuid[]) ON CONFLICT DO NOTHING`,
    [e.behoudenId, e.opgaandId, e.samengevallen],
  );
}

/**
 * The event handlers a service needs to keep one of its signal copy tables (keyed by signaal_id,
 * persoon_id, with categorie and tijdstip_incident) in step with signalen: merges and splits of
 * persons, corrections and withdrawals of signals, and the end of a signal's retention period.
 * Register them as providers of the feature module that owns the table.
 */
export function signaalKopieVolgers(tabel: string, extra: PersoonVolgHaken & SignaalVolgHaken = {}) {
  if (!TABEL.test(tabel)) throw new Error(`ongeldige tabelnaam ${tabel}`);
  @VerwerktEvent(EventName.SignaalGecorrigeerd)
  class SignaalGecorrigeerdVerwerker implements EventVerwerker<typeof EventName.SignaalGecorrigeerd> {
    async verwerk(e: EventEnvelop<typeof EventName.SignaalGecorrigeerd>, m: EntityManager): Promise<void> {
      await m.query(`UPDATE ${tabel} SET categorie = $2, tijdstip_incident = $3 WHERE signaal_id = $1`, [
        e.payload.signaalId,
        e.payload.categorie,
        e.payload.tijdstipIncident,
      ]);
    }
  }
  @VerwerktEvent(EventName.SignaalIngetrokken)
  class SignaalIngetrokkenVerwerker implements EventVerwerker<typeof EventName.SignaalIngetrokken> {
    async verwerk(e: EventEnvelop<typeof EventName.SignaalIngetrokken>, m: EntityManager): Promise<void> {
      await m.query(`DELETE FROM ${tabel} WHERE signaal_id = $1`, [e.payload.signaalId]);
    }
  }
  /**
   * Retention (DOMAIN.md §7): signalen removed the signal, or anonymised it (R21). Either way the copy
   * goes: it is keyed by person, and an anonymised signal names no one. Idempotent (a second delivery
   * finds nothing to delete).
   */
  @VerwerktEvent(EventName.SignaalOpgeschoond)
  class SignaalOpgeschoondVerwerker implements EventVerwerker<typeof EventName.SignaalOpgeschoond> {
    async verwerk(e: EventEnvelop<typeof EventName.SignaalOpgeschoond>, m: EntityManager): Promise<void> {
      await m.query(`DELETE FROM ${tabel} WHERE signaal_id = $1`, [e.payload.signaalId]);
      await extra.signaalOpgeschoond?.(m, e.payload);
    }
  }
  return [
    ...persoonVolgers(tabel, extra),
    SignaalGecorrigeerdVerwerker,
    SignaalIngetrokkenVerwerker,
    SignaalOpgeschoondVerwerker,
  ] as const;
}

/** What else a service keeps of a signal and must drop when its retention period has passed. */
export interface SignaalVolgHaken {
  signaalOpgeschoond?: (
    m: EntityManager,
    e: EventPayload<typeof EventName.SignaalOpgeschoond>,
  ) => Promise<void>;
}

/**
 * What else a service keeps per person and must follow on a merge or split (e.g. casusregie's
 * cases), run in the same transaction as the copy table's update. One handler per event exists per
 * service, so these hooks are the way to add to it.
 */
export interface PersoonVolgHaken {
  samengevoegd?: (m: EntityManager, e: Samenvoeging) => Promise<void>;
  gesplitst?: (m: EntityManager, e: Samenvoeging) => Promise<void>;
}

function persoonVolgers(tabel: string, extra: PersoonVolgHaken) {
  @VerwerktEvent(EventName.PersoonSamengevoegd)
  class PersoonSamengevoegdVerwerker implements EventVerwerker<typeof EventName.PersoonSamengevoegd> {
    async verwerk(e: EventEnvelop<typeof EventName.PersoonSamengevoegd>, m: EntityManager): Promise<void> {
      await volgSamenvoeging(m, tabel, e.payload);
      await extra.samengevoegd?.(m, e.payload);
    }
  }
  @VerwerktEvent(EventName.PersoonGesplitst)
  class PersoonGesplitstVerwerker implements EventVerwerker<typeof EventName.PersoonGesplitst> {
    async verwerk(e: EventEnvelop<typeof EventName.PersoonGesplitst>, m: EntityManager): Promise<void> {
      await volgSplitsing(m, tabel, e.payload);
      await extra.gesplitst?.(m, e.payload);
    }
  }
  return [PersoonSamengevoegdVerwerker, PersoonGesplitstVerwerker] as const;
}
