import { z } from 'zod';
import { EventName } from './events';

/**
 * Live notices: when an event has been relayed (after its commit), a small notice goes to a Redis
 * channel that the gateway streams to open console pages (server-sent events). A notice names the
 * event and the ids it concerns — never personal data: a page that shows one of those ids fetches
 * it again through GraphQL, where need-to-know applies as always.
 */
export const liveMeldingSchema = z.object({
  event: z.string(),
  casusIds: z.array(z.string()),
  persoonIds: z.array(z.string()),
  signaalIds: z.array(z.string()),
});
export type LiveMelding = z.infer<typeof liveMeldingSchema>;

/** The Redis channel of a deployment (the queue prefix keeps test stacks apart). */
export const liveKanaal = (queuePrefix: string) => `${queuePrefix}:live`;

const tekst = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);

/** The notice for an event, or null for events no page shows (deadline alarms are internal). */
export function liveMeldingVan(naam: string, payload: unknown): LiveMelding | null {
  const p = (payload ?? {}) as Record<string, unknown>;
  const personen = Array.isArray(p.personen)
    ? (p.personen as Record<string, unknown>[]).flatMap((x) => tekst(x?.persoonId))
    : [];
  switch (naam) {
    case EventName.TermijnGewaarschuwd:
    case EventName.TermijnVerstreken:
      return null;
    case EventName.PersoonSamengevoegd:
    case EventName.PersoonGesplitst:
      return {
        event: naam,
        casusIds: [],
        persoonIds: [...tekst(p.behoudenId), ...tekst(p.opgaandId)],
        signaalIds: [],
      };
    default:
      return {
        event: naam,
        casusIds: tekst(p.casusId),
        persoonIds: [...new Set([...tekst(p.persoonId), ...personen])],
        signaalIds: tekst(p.signaalId),
      };
  }
}
