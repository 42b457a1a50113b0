import { z } from 'zod';
import { ORGANISATIES, type Organisatie } from '../organisaties/organisatie';
import { Dienst, type Envelop } from './envelop';

const organisatie = z.enum(ORGANISATIES as [Organisatie, ...Organisatie[]]);

/**
 * Event names. A value is a wire name stored in outbox rows and queues: never rename one without a
 * migration; add a new version (`.v2`) instead.
 */
export const EventName = {
  SignaalGeregistreerd: 'signalen.signaal-geregistreerd.v1',
} as const;
export type EventName = (typeof EventName)[keyof typeof EventName];

export const signaalGeregistreerdSchema = z.object({
  signaalId: z.uuid(),
  bronOrganisatie: organisatie,
  bronReferentie: z.string(),
  categorie: z.string(),
  tijdstipIncident: z.iso.datetime({ offset: true }),
  personen: z.array(z.object({ persoonId: z.uuid(), vNummer: z.string().nullable() })).min(1),
});

/** One schema per event: the single source of the payload's type and its run-time check. */
export const eventSchemas = {
  [EventName.SignaalGeregistreerd]: signaalGeregistreerdSchema,
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;

/** Which services consume which events: the relay fans an event out to each consumer's queue. */
export const eventAbonnementen: Record<EventName, readonly Dienst[]> = {
  [EventName.SignaalGeregistreerd]: [Dienst.CASUSREGIE, Dienst.ZSM, Dienst.PLANNING],
};

/** Queue names: one inbound event queue per consuming service. Never rename. */
export const QueueName = {
  eventsVoor: (dienst: Dienst) => `ketenbeeld.events.${dienst}` as const,
} as const;

export class ContractSchending extends Error {
  readonly code = 'CONTRACT_SCHENDING';
  constructor(
    readonly naam: string,
    readonly fouten: readonly { veld: string; reden: string }[],
  ) {
    super(
      `Payload voor '${naam}' voldoet niet aan het contract: ` +
        fouten.map((f) => `${f.veld}: ${f.reden}`).join('; '),
    );
  }
}

export function isEventName(naam: string): naam is EventName {
  return Object.prototype.hasOwnProperty.call(eventSchemas, naam);
}

/** Validate a payload against its event's schema; throws ContractSchending naming the fields at fault. */
export function parseEventPayload<N extends EventName>(naam: N, payload: unknown): EventPayload<N> {
  if (!isEventName(naam))
    throw new ContractSchending(String(naam), [{ veld: 'naam', reden: 'onbekend event' }]);
  const result = eventSchemas[naam].safeParse(payload);
  if (!result.success) {
    throw new ContractSchending(
      naam,
      result.error.issues.map((i) => ({
        veld: i.path.map(String).join('.') || '(payload)',
        reden: i.message,
      })),
    );
  }
  return result.data;
}

export type EventEnvelop<N extends EventName> = Envelop<EventPayload<N>> & { naam: N };
