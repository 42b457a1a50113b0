import { z } from 'zod';
import { datumSleutel, PlanningFout, validatiefouten, type Actor } from '@ketenbeeld/domain';
import { DomeinFout, ValidatieFout } from '@ketenbeeld/platform';

export const PlanningFoutCode = {
  GEEN_RECHT: 'PLANNING_GEEN_RECHT',
  NIET_GEVONDEN: 'PLANNING_NIET_GEVONDEN',
  PERSOON_ONBEKEND: 'PLANNING_PERSOON_ONBEKEND',
  NIET_TOEGESTAAN: 'PLAATSING_NIET_TOEGESTAAN',
  OVERLAP: 'PLAATSING_OVERLAP',
  STATUS: 'PLAATSING_STATUS',
  LOCATIE_VOL: 'LOCATIE_VOL',
  CAPACITEIT_TE_LAAG: 'CAPACITEIT_ONDER_BEZETTING',
  BUITEN_VENSTER: 'INHUISREGISTRATIE_BUITEN_VENSTER',
  GEEN_PLICHT: 'INHUISREGISTRATIE_GEEN_PLICHT',
  SLOTS_VOL: 'IND_SLOTS_VOL',
} as const;

/** Refuse unless the rule allows the actor; names what the action asks for. */
export function eis(toegestaan: (a: Actor) => boolean, actor: Actor, wat: string, vraagt: string): void {
  if (!toegestaan(actor)) {
    throw new DomeinFout('VERBODEN', PlanningFoutCode.GEEN_RECHT, `${actor.organisatie} mag niet: ${wat}`, [
      { veld: 'actor', reden: vraagt },
    ]);
  }
}

/** Parse input with a schema; refuse with every field and reason, nothing stored. */
export function lees<T extends z.ZodType>(schema: T, ruw: unknown): z.infer<T> {
  const r = schema.safeParse(ruw);
  if (!r.success) throw new ValidatieFout(validatiefouten(r.error));
  return r.data;
}

/** Run a pure planning rule; its input errors become field/reason validation errors. */
export function regel<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof PlanningFout) throw new ValidatieFout([{ veld: e.veld, reden: e.reden }]);
    throw e;
  }
}

export const datum = z.iso.date({ error: 'moet een datum zijn (JJJJ-MM-DD)' });
export const uuid = z.uuid({ error: 'moet een UUID zijn' });
export const locatieCode = z
  .string({ error: 'moet tekst zijn' })
  .regex(/^[A-Z][A-Z0-9_]{1,29}$/, 'locatiecode in hoofdletters, bijvoorbeeld PBL_TER_APEL');
export const reden = (min = 3) =>
  z
    .string({ error: 'moet tekst zijn' })
    .trim()
    .min(min, `minstens ${min} tekens`)
    .max(2000, 'hoogstens 2000 tekens');

/** Calendar arithmetic on 'JJJJ-MM-DD' (a date has no time zone; UTC midnight is exact). */
export function plusDagen(d: string, n: number): string {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

/** Today on the Amsterdam calendar. */
export function vandaag(nu = new Date()): string {
  return datumSleutel(nu);
}

/** node-postgres returns `date` columns as a Date at local midnight: back to 'JJJJ-MM-DD'. */
export function alsDatum(d: Date | string | null): string | null {
  if (d === null) return null;
  if (typeof d === 'string') return d.slice(0, 10);
  const j = d.getFullYear();
  const m = String(d.getMonth() + 1).padStart(2, '0');
  const dag = String(d.getDate()).padStart(2, '0');
  return `${j}-${m}-${dag}`;
}

export const iso = (d: Date | string | null): string | null =>
  d === null ? null : new Date(d).toISOString();
