/**
 * Error codes of the legal-time arithmetic:
 * - ONGELDIGE_INVOER: an argument is not usable (Invalid Date, unparsable string, negative or
 *   non-integer count, unknown option);
 * - NIET_TOEGESTAAN: the input is well-formed but the law does not allow it (e.g. a fourth
 *   extension of a gebiedsverbod under art. 172a Gemeentewet).
 */
export type TermijnFoutCode = 'ONGELDIGE_INVOER' | 'NIET_TOEGESTAAN';

/** Refusal by the time arithmetic; `veld` names the argument at fault (e.g. `aanvang`). */
export class TermijnFout extends Error {
  constructor(
    readonly code: TermijnFoutCode,
    readonly veld: string,
    message: string,
  ) {
    super(message);
    this.name = 'TermijnFout';
  }
}

/** Throws ONGELDIGE_INVOER unless `waarde` is an integer ≥ `minimum` (default 0). */
export function controleerAantal(waarde: unknown, veld: string, minimum = 0): number {
  if (typeof waarde !== 'number' || !Number.isInteger(waarde)) {
    throw new TermijnFout(
      'ONGELDIGE_INVOER',
      veld,
      `${veld} moet een geheel getal zijn (gekregen: ${JSON.stringify(waarde) ?? typeof waarde})`,
    );
  }
  if (waarde < minimum) {
    throw new TermijnFout(
      'ONGELDIGE_INVOER',
      veld,
      `${veld} mag niet kleiner zijn dan ${minimum} (gekregen: ${waarde})`,
    );
  }
  return waarde;
}

/** Throws ONGELDIGE_INVOER unless `waarde` is a boolean or absent (absent reads as false). */
export function controleerJaNee(waarde: unknown, veld: string): boolean {
  if (waarde === undefined) return false;
  if (typeof waarde !== 'boolean') {
    throw new TermijnFout(
      'ONGELDIGE_INVOER',
      veld,
      `${veld} moet true of false zijn (gekregen: ${JSON.stringify(waarde) ?? typeof waarde})`,
    );
  }
  return waarde;
}
