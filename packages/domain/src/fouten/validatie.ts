import type { z } from 'zod';

/** One reason why input was refused: the field at fault (dotted path) and why, in plain words. */
export interface Validatiefout {
  readonly veld: string;
  readonly reden: string;
}

/** Turn a zod error into field/reason pairs. The path is written `personen.0.vNummer`. */
export function validatiefouten(error: z.ZodError): Validatiefout[] {
  return error.issues.map((issue) => ({
    veld: issue.path.length ? issue.path.map(String).join('.') : '(body)',
    reden: issue.message,
  }));
}

/** NUL (PostgreSQL text refuses it) or a UTF-16 surrogate without its partner (no UTF-8 form). */
const ONOPSLAGBAAR_TEKEN = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The first place in a parsed JSON body (keys included) that no service can store as sent: a NUL
 * character, a lone surrogate, or nesting deeper than `maxDiepte`. Undefined when the body is fine.
 * Walks iteratively, so a hostile body cannot overflow the stack. Meant for the one JSON body
 * middleware every service and the gateway run: refused there with the field, nothing reaches SQL.
 */
export function onbruikbareJson(waarde: unknown, maxDiepte = 64): Validatiefout | undefined {
  const pad = (p: readonly (string | number)[]) => (p.length ? p.map(String).join('.') : '(body)');
  const stapel: { v: unknown; p: (string | number)[] }[] = [{ v: waarde, p: [] }];
  while (stapel.length) {
    const { v, p } = stapel.pop()!;
    if (typeof v === 'string') {
      if (ONOPSLAGBAAR_TEKEN.test(v)) {
        return { veld: pad(p), reden: 'bevat een NUL-teken of ongeldige Unicode (losse surrogaat)' };
      }
    } else if (v !== null && typeof v === 'object') {
      if (p.length >= maxDiepte)
        return { veld: pad(p), reden: `te diep genest (meer dan ${maxDiepte} niveaus)` };
      if (Array.isArray(v)) v.forEach((x, i) => stapel.push({ v: x, p: [...p, i] }));
      else {
        for (const [k, x] of Object.entries(v)) {
          if (ONOPSLAGBAAR_TEKEN.test(k)) {
            return { veld: pad(p), reden: 'een veldnaam bevat een NUL-teken of ongeldige Unicode' };
          }
          stapel.push({ v: x, p: [...p, k] });
        }
      }
    }
  }
  return undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID in its text form (any case). */
export function isUuid(v: unknown): v is string {
  return typeof v === 'string' && UUID.test(v);
}

/**
 * "<Ding> <id> niet gevonden", with the id only when it is a UUID: what a client sent reaches an
 * error message only after it was checked (a message is shown, logged and screened for internals).
 */
export function nietGevonden(ding: string, id: unknown): string {
  return typeof id === 'string' && UUID.test(id) ? `${ding} ${id} niet gevonden` : `${ding} niet gevonden`;
}

/**
 * A required free text (a reason, a decision): the problems with it, for a ValidatieFout. Empty or
 * only spaces, or longer than `max` characters, is refused and named.
 */
export function verplichteTekstFouten(
  waarde: unknown,
  veld: string,
  opties: { max?: number; leeg?: string } = {},
): Validatiefout[] {
  const max = opties.max ?? 2000;
  const tekst = typeof waarde === 'string' ? waarde.trim() : '';
  if (!tekst) return [{ veld, reden: opties.leeg ?? 'is verplicht' }];
  if (tekst.length > max) return [{ veld, reden: `hoogstens ${max} tekens` }];
  return [];
}

const ISO_MOMENT =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Whether a text is an ISO 8601 date or date-time of a day and time that exist. `new Date()` alone
 * is too lenient for input: it reads '2026-02-30' as 2 March.
 */
export function isBestaandIsoMoment(tekst: unknown): tekst is string {
  if (typeof tekst !== 'string') return false;
  const m = ISO_MOMENT.exec(tekst);
  if (!m) return false;
  const [jaar, maand, dag] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(0);
  d.setUTCFullYear(jaar, maand - 1, dag);
  if (d.getUTCFullYear() !== jaar || d.getUTCMonth() !== maand - 1 || d.getUTCDate() !== dag) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  return !Number.isNaN(new Date(tekst).getTime());
}
