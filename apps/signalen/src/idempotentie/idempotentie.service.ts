import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { onbruikbareJson, type Actor } from '@ketenbeeld/domain';
import { DomeinFout, ValidatieFout } from '@ketenbeeld/platform';

export const IdempotentieFoutCode = {
  ANDERE_BODY: 'IDEMPOTENTIE_ANDERE_BODY',
} as const;

/** Visible ASCII, 1–255 characters (a UUID is the usual choice). */
const SLEUTEL = /^[\x21-\x7e]{1,255}$/;

/** What the effect stores in `idempotentie` together with its answer, in its own statement. */
export interface IdempotentieClaim {
  organisatie: string;
  sleutel: string;
  /** SHA-256 of the body as stable JSON. */
  hash: string;
  status: number;
}

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

  /**
   * Run an effect under an Idempotency-Key. The effect itself stores the key with its answer
   * (`IdempotentieClaim`) atomically with its rows, so a crash leaves both or neither. When the
   * effect fails and the key turns out to be taken (an earlier or concurrent request with this key
   * committed first), the stored answer decides: a replay, or 422 for a different body.
   */
  async voerUit<T>(
    actor: Actor,
    sleutel: string,
    body: unknown,
    uitvoeren: (claim: IdempotentieClaim) => Promise<T>,
    status = 201,
  ): Promise<Antwoord<T>> {
    this.controleerSleutel(sleutel);
    // Before hashing: stabieleJson recurses, and a body nested thousands deep would overflow the stack.
    const onbruikbaar = onbruikbareJson(body);
    if (onbruikbaar) throw new ValidatieFout([onbruikbaar]);
    const hash = createHash('sha256').update(stabieleJson(body)).digest('hex');
    try {
      const antwoord = await uitvoeren({ organisatie: actor.organisatie, sleutel, hash, status });
      return { status, body: antwoord, herhaald: false };
    } catch (e) {
      const eerder = await this.zoek<T>(actor, sleutel, hash);
      if (eerder) return eerder;
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
