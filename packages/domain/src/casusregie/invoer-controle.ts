/**
 * Small input checks and arithmetic shared by the casusregie rules (internal: not exported from the
 * package). The rules are pure; bad input is a programming or data error at an edge, so they throw a
 * plain `Error` whose message starts with the field at fault (`'van: ...'`), for the caller's own
 * validation layer to map.
 */

export const DAG_MS = 86_400_000;

/** A valid `Date`, or throws `Error('<veld>: ...')`. */
export function controleerMoment(waarde: unknown, veld: string): Date {
  if (!(waarde instanceof Date) || Number.isNaN(waarde.getTime())) {
    throw new Error(`${veld}: moet een geldige datum (Date) zijn`);
  }
  return waarde;
}

/** A whole number of at least `minimum`, or throws `Error('<veld>: ...')`. */
export function controleerGeheelGetal(waarde: unknown, veld: string, minimum: number): number {
  if (typeof waarde !== 'number' || !Number.isInteger(waarde) || waarde < minimum) {
    throw new Error(
      `${veld}: moet een geheel getal van ten minste ${minimum} zijn (gekregen: ${String(waarde)})`,
    );
  }
  return waarde;
}

/** `van` strictly before `tot`, both valid dates. */
export function controleerPeriode(van: unknown, tot: unknown): { van: Date; tot: Date } {
  const begin = controleerMoment(van, 'van');
  const einde = controleerMoment(tot, 'tot');
  if (begin.getTime() >= einde.getTime()) throw new Error('tot: moet na van liggen');
  return { van: begin, tot: einde };
}

/** Rounded to one decimal, halves away from zero for positive numbers (69.2307… → 69.2, 2.25 → 2.3). */
export function rondAf1(waarde: number): number {
  return Math.round(waarde * 10 + Number.EPSILON * 10) / 10;
}

/** Code-point comparison: deterministic, independent of the server's locale. */
export function vergelijkTekst(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Rejects a repeated casusId in a list of cases. */
export function controleerUniekeCasussen(casussen: readonly { casusId: string }[]): void {
  const gezien = new Set<string>();
  for (const [index, casus] of casussen.entries()) {
    if (gezien.has(casus.casusId)) {
      throw new Error(`casussen[${index}].casusId: casus ${casus.casusId} komt meer dan eens voor`);
    }
    gezien.add(casus.casusId);
  }
}
