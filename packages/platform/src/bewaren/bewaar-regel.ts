import { applyDecorators, Injectable, SetMetadata } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { BewaarActie, BewaarSoort } from '@ketenbeeld/domain';

export const BEWAAR_REGELS = 'ketenbeeld:bewaar-regels';

/** What a rule's action is told besides the keys of the batch. */
export interface BewaarContext {
  readonly soort: BewaarSoort;
  readonly actie: BewaarActie;
  /** The cut-off the records fell before. */
  readonly grens: Date;
  readonly nu: Date;
}

/**
 * One retention rule of a service: which records of a kind are due, and what to do with them. The
 * period comes from configuration (the kind and action name it); the service only says how to find
 * and how to act, in its own SQL.
 */
export interface BewaarRegel {
  /** Unique within the service and stable: it is stored in `opschoning` (e.g. 'signaal-politie-anonimiseren'). */
  readonly naam: string;
  readonly soort: BewaarSoort;
  readonly actie: BewaarActie;
  /** What goes, in the privacy officer's words. */
  readonly omschrijving: string;
  /**
   * A SELECT of the due records' keys as a column `id` (castable to text). `$1` is the cut-off
   * (timestamptz): records whose reference moment lies before it are due. For an ANONIMISEREN rule `$2`
   * is the cut-off of the kind's VERWIJDEREN period: records before it are removed in the same run
   * (removal runs first), so leave them out — a dry run then counts every record once.
   * Must be idempotent: a record handled (removed, or anonymised) no longer matches.
   */
  readonly verlopen: string;
  /**
   * Remove or anonymise these records and what hangs off them, inside the batch's transaction (which
   * has `ketenbeeld.opschonen = 'bewaartermijn'` set, so append-only tables let the retention job
   * through). Publishes its events through the outbox in the same transaction. Returns how many of
   * the records it handled.
   */
  voerUit(m: EntityManager, ids: readonly string[], context: BewaarContext): Promise<number>;
}

/** A provider that contributes retention rules (found by the BewaarService through discovery). */
export interface BewaarRegelSet {
  regels(): readonly BewaarRegel[];
}

/** Marks a provider as a set of retention rules of this service. */
export const BewaarRegels = () => applyDecorators(Injectable(), SetMetadata(BEWAAR_REGELS, true));
