import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '@ketenbeeld/domain';
import { DomeinFout, ValidatieFout } from '@ketenbeeld/platform';

export const IdempotentieFoutCode = {
  ANDERE_BODY: 'IDEMPOTENTIE_ANDERE_BODY',
} as const;

/** Visible ASCII, 1–255 characters (a UUID is the usual choice). */
const SLEUTEL = /^[\x21-\x7e]{1,255}$/;

export interface Antwoord<T> {
  status: number;
  body: T;
  /** True when this is the stored answer to an earlier request with the same key and body. */
  herhaald: boolean;
}

/** JSON with sorted keys, so that key order does not make the same body look different. */
export function stabieleJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stabieleJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stabieleJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * Idempotency-Key handling for partner requests. The key is scoped to the caller's organisation;
 * the stored answer is written in the same transaction as the effect, so a replay after a crash
 * either finds both or neither.
 */
@Injectable()
export class IdempotentieService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  controleerSleutel(sleutel: string): void {
    if (!SLEUTEL.test(sleutel)) {
      throw new ValidatieFout([{ veld: 'Idempotency-Key', reden: 'moet 1–255 zichtbare ASCII-tekens zijn' }]);
    }
  }

  async voerUit<T>(
    actor: Actor,
    sleutel: string,
    body: unknown,
    uitvoeren: (sleutelHaken: {
      /** Claim the key first in the effect's transaction: a concurrent request waits here. */
      claim: (m: EntityManager) => Promise<void>;
      /** Store the answer in the same transaction. */
      vastleggen: (m: EntityManager, status: number, antwoord: T) => Promise<void>;
    }) => Promise<T>,
    status = 201,
  ): Promise<Antwoord<T>> {
    this.controleerSleutel(sleutel);
    const hash = createHash('sha256').update(stabieleJson(body)).digest('hex');
    const eerder = await this.zoek<T>(actor, sleutel, hash);
    if (eerder) return eerder;
    try {
      const antwoord = await uitvoeren({
        claim: async (m) => {
          await m.query(
            `INSERT INTO idempotentie (organisatie, sleutel, verzoek_hash, status_code, antwoord) VALUES ($1, $2, $3, 0, '{}')`,
            [actor.organisatie, sleutel, hash],
          );
        },
        vastleggen: async (m, code, a) => {
          await m.query(
            `UPDATE idempotentie SET status_code = $3, antwoord = $4 WHERE organisatie = $1 AND sleutel = $2`,
            [actor.organisatie, sleutel, code, JSON.stringify(a)],
          );
        },
      });
      return { status, body: antwoord, herhaald: false };
    } catch (e) {
      // The same key raced in from another request and committed first: answer as it did.
      if ((e as { constraint?: string }).constraint === 'idempotentie_pkey') {
        const alsnog = await this.zoek<T>(actor, sleutel, hash);
        if (alsnog) return alsnog;
      }
      throw e;
    }
  }

  private async zoek<T>(actor: Actor, sleutel: string, hash: string): Promise<Antwoord<T> | undefined> {
    const [rij] = await this.ds.query<{ verzoek_hash: string; status_code: number; antwoord: T }[]>(
      `SELECT verzoek_hash, status_code, antwoord FROM idempotentie WHERE organisatie = $1 AND sleutel = $2`,
      [actor.organisatie, sleutel],
    );
    if (!rij) return undefined;
    if (rij.verzoek_hash !== hash) {
      throw new DomeinFout(
        'ONVERWERKBAAR',
        IdempotentieFoutCode.ANDERE_BODY,
        'Deze Idempotency-Key is eerder gebruikt voor een ander verzoek; er is niets gewijzigd',
        [{ veld: 'Idempotency-Key', reden: 'eerder gebruikt met een andere body' }],
      );
    }
    return { status: rij.status_code, body: rij.antwoord, herhaald: true };
  }
}
