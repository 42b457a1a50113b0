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
