import { z } from 'zod';
import { ORGANISATIES, type Organisatie } from '../organisaties/organisatie';
import { Dienst, type Envelop } from './envelop';
import { termijnEventSchema } from './termijnen';
import { BEWAAR_SOORTEN, BewaarActie, type BewaarSoort } from '../bewaren/bewaar-soorten';

const organisatie = z.enum(ORGANISATIES as [Organisatie, ...Organisatie[]]);

/**
 * Event names. A value is a wire name stored in outbox rows and queues: never rename one without a
 * migration; add a new version (`.v2`) instead.
 */
export const EventName = {
  SignaalGeregistreerd: 'signalen.signaal-geregistreerd.v1',
  SignaalGecorrigeerd: 'signalen.signaal-gecorrigeerd.v1',
  SignaalIngetrokken: 'signalen.signaal-ingetrokken.v1',
  PersoonSamengevoegd: 'signalen.persoon-samengevoegd.v1',
  PersoonGesplitst: 'signalen.persoon-gesplitst.v1',
  TermijnGewaarschuwd: 'termijnen.termijn-gewaarschuwd.v1',
  TermijnVerstreken: 'termijnen.termijn-verstreken.v1',
  CasusBijgewerkt: 'casusregie.casus-bijgewerkt.v1',
  ZsmRegistratieGemeld: 'zsm.zsm-registratie-gemeld.v1',
  ZsmAfdoeningGeregistreerd: 'zsm.afdoening-geregistreerd.v1',
  DetentieGemeld: 'zsm.detentie-gemeld.v1',
  DublinClaimBijgewerkt: 'zsm.dublin-claim-bijgewerkt.v1',
  InhuisregistratieGemist: 'planning.inhuisregistratie-gemist.v1',
  SignaalOpgeschoond: 'signalen.signaal-opgeschoond.v1',
  CasusOpgeschoond: 'casusregie.casus-opgeschoond.v1',
} as const;
export type EventName = (typeof EventName)[keyof typeof EventName];

export const signaalGeregistreerdSchema = z.object({
  signaalId: z.uuid(),
  bronOrganisatie: organisatie,
  bronReferentie: z.string(),
  categorie: z.string(),
  tijdstipIncident: z.iso.datetime({ offset: true }),
  personen: z
    .array(
      z.object({
        persoonId: z.uuid(),
        vNummer: z.string().nullable(),
        // Added within v1 (optional): identity as registered, for zsm's lookup by name.
        naam: z.string().nullable().optional(),
        geboortedatum: z.string().nullable().optional(),
        nationaliteit: z.string().nullable().optional(),
      }),
    )
    .min(1),
  // Added within v1 (optional, so older events still parse): what casusregie needs to propose a
  // case (R17, R20) and to rank Top-X candidates without reading signalen's tables.
  categorieLabel: z.string().optional(),
  ernst: z.number().int().min(1).max(4).optional(),
  vpt: z.boolean().optional(),
  locatieCode: z.string().nullable().optional(),
  gemeente: z.string().nullable().optional(),
  omschrijving: z.string().optional(),
});

/** A signal's facts changed (a new version); followers update their copies. */
export const signaalGecorrigeerdSchema = z.object({
  signaalId: z.uuid(),
  versie: z.number().int().min(2),
  categorie: z.string(),
  tijdstipIncident: z.iso.datetime({ offset: true }),
  reden: z.string().min(1),
});

/** A signal was withdrawn; followers drop it from what they show and count. */
export const signaalIngetrokkenSchema = z.object({
  signaalId: z.uuid(),
  versie: z.number().int().min(2),
  reden: z.string().min(1),
});

/**
 * Two person records became one (`opgaand` into `behouden`), or a merge was undone. `verplaatst`:
 * signals whose link moved from opgaand to behouden; `samengevallen`: signals that named both, whose
 * opgaand link was dropped. Followers move their own copies accordingly, and back on a split.
 */
export const persoonSamenvoegingSchema = z.object({
  samenvoegingId: z.uuid(),
  behoudenId: z.uuid(),
  opgaandId: z.uuid(),
  verplaatst: z.array(z.uuid()),
  samengevallen: z.array(z.uuid()),
  reden: z.string().min(1),
});

/**
 * A snapshot of a case after every change, for zsm's read model: a ZSM desk must get its answer
 * from zsm alone, also when casusregie is down.
 */
export const casusBijgewerktSchema = z.object({
  casusId: z.uuid(),
  persoonId: z.uuid(),
  versie: z.number().int().min(1),
  bijgewerktOp: z.iso.datetime({ offset: true }),
  status: z.string(),
  open: z.boolean(),
  spoor: z.union([z.literal(1), z.literal(2), z.literal(4)]).nullable(),
  kansarm: z.boolean().nullable(),
  procedurefase: z.string().nullable(),
  locatieCode: z.string().nullable(),
  procesregisseur: z.object({ naam: z.string(), organisatie }),
  deelnemers: z.array(organisatie),
  maatregelen: z.array(
    z.object({ code: z.string(), naam: z.string(), eind: z.iso.datetime({ offset: true }).nullable() }),
  ),
  topx: z.array(z.object({ regio: z.string(), maand: z.string() })),
});

/** A suspect entered ZSM. signalen makes it a signal (with this id), which reaches the kernteam. */
export const zsmRegistratieGemeldSchema = z.object({
  registratieId: z.uuid(),
  signaalId: z.uuid(),
  zsmReferentie: z.string().min(1),
  persoon: z.object({
    vNummer: z.string().nullable(),
    naam: z.string().nullable(),
    geboortedatum: z.string().nullable(),
    nationaliteit: z.string().nullable(),
  }),
  aanhoudingOp: z.iso.datetime({ offset: true }),
  delict: z.string().min(1),
  omschrijving: z.string().min(1),
  vpt: z.boolean(),
  zsmLocatie: z.string().min(1),
  gemeente: z.string().nullable(),
  door: z.string(),
});

/** The OM decided; the kernteam sees it on the case, and a heenzending may raise an action. */
export const zsmAfdoeningSchema = z.object({
  afdoeningId: z.uuid(),
  registratieId: z.uuid(),
  signaalId: z.uuid(),
  zsmReferentie: z.string(),
  soort: z.string(),
  besluitOp: z.iso.datetime({ offset: true }),
  vrijlatingOp: z.iso.datetime({ offset: true }).nullable(),
  toelichting: z.string().nullable(),
});

/** DJI reported a person into or out of detention. */
export const detentieGemeldSchema = z.object({
  detentieId: z.uuid(),
  persoonId: z.uuid(),
  melding: z.enum(['IN', 'UIT']),
  soort: z.string(),
  begin: z.iso.datetime({ offset: true }),
  eind: z.iso.datetime({ offset: true }).nullable(),
  inrichting: z.string(),
});

/** One schema per event: the single source of the payload's type and its run-time check. */
/**
 * A Dublin claim was accepted or its transfer deadline moved (R12: 6 months, 12 when imprisoned).
 * zsm keeps the claim; planning shows the deadline as the last step of the procedure plan.
 */
export const dublinClaimBijgewerktSchema = z.object({
  persoonId: z.uuid(),
  lidstaat: z.string().regex(/^[A-Z]{2}$/),
  akkoordOp: z.iso.datetime({ offset: true }),
  overdrachtUiterlijk: z.iso.datetime({ offset: true }),
  gedetineerd: z.boolean(),
});

/**
 * A person under the inhuisregistratie did not register in a window (R2). signalen makes it a COA
 * signal 'niet verschenen bij de inhuisregistratie' with this id, on the person with this V-nummer.
 */
export const inhuisregistratieGemistSchema = z.object({
  signaalId: z.uuid(),
  persoonId: z.uuid(),
  /** Only registered persons (after I&R) are under the inhuisregistratie. */
  vNummer: z.string().min(1),
  locatieCode: z.string().min(1),
  gemeente: z.string().nullable(),
  datum: z.iso.date(),
  venster: z.string().min(1),
  vensterBegin: z.iso.datetime({ offset: true }),
  vensterEind: z.iso.datetime({ offset: true }),
});

const bewaarSoort = z.enum(BEWAAR_SOORTEN as [BewaarSoort, ...BewaarSoort[]]);

/**
 * A signal's retention period passed (DOMAIN.md §7): signalen removed it, or anonymised it (police
 * data after 5 years, R21: it no longer names anyone but still counts in figures). Either way the
 * followers drop their copies and links, in the same way: a copy keyed by person has nothing left
 * to say once the signal names no one.
 */
export const signaalOpgeschoondSchema = z.object({
  signaalId: z.uuid(),
  actie: z.enum([BewaarActie.ANONIMISEREN, BewaarActie.VERWIJDEREN]),
  soort: bewaarSoort,
  /** The cut-off the signal fell before (ISO-8601). */
  grens: z.iso.datetime({ offset: true }),
});

/** A closed case's retention period passed and casusregie removed it; followers drop their copies. */
export const casusOpgeschoondSchema = z.object({
  casusId: z.uuid(),
  persoonId: z.uuid(),
  actie: z.literal(BewaarActie.VERWIJDEREN),
  soort: bewaarSoort,
  grens: z.iso.datetime({ offset: true }),
});

export const eventSchemas = {
  [EventName.SignaalGeregistreerd]: signaalGeregistreerdSchema,
  [EventName.SignaalGecorrigeerd]: signaalGecorrigeerdSchema,
  [EventName.SignaalIngetrokken]: signaalIngetrokkenSchema,
  [EventName.PersoonSamengevoegd]: persoonSamenvoegingSchema,
  [EventName.PersoonGesplitst]: persoonSamenvoegingSchema,
  [EventName.TermijnGewaarschuwd]: termijnEventSchema,
  [EventName.TermijnVerstreken]: termijnEventSchema,
  [EventName.CasusBijgewerkt]: casusBijgewerktSchema,
  [EventName.ZsmRegistratieGemeld]: zsmRegistratieGemeldSchema,
  [EventName.ZsmAfdoeningGeregistreerd]: zsmAfdoeningSchema,
  [EventName.DetentieGemeld]: detentieGemeldSchema,
  [EventName.DublinClaimBijgewerkt]: dublinClaimBijgewerktSchema,
  [EventName.InhuisregistratieGemist]: inhuisregistratieGemistSchema,
  [EventName.SignaalOpgeschoond]: signaalOpgeschoondSchema,
  [EventName.CasusOpgeschoond]: casusOpgeschoondSchema,
} satisfies Record<EventName, z.ZodType>;

export type EventPayload<N extends EventName> = z.infer<(typeof eventSchemas)[N]>;

/** The service that produced the event (a deadline's owner reacts to its own deadlines). */
export const PRODUCENT = 'PRODUCENT' as const;
export type Abonnee = Dienst | typeof PRODUCENT;

/** Which services consume which events: the relay fans an event out to each consumer's queue. */
export const eventAbonnementen: Record<EventName, readonly Abonnee[]> = {
  [EventName.SignaalGeregistreerd]: [Dienst.CASUSREGIE, Dienst.ZSM, Dienst.PLANNING],
  [EventName.SignaalGecorrigeerd]: [Dienst.CASUSREGIE, Dienst.ZSM, Dienst.PLANNING],
  [EventName.SignaalIngetrokken]: [Dienst.CASUSREGIE, Dienst.ZSM, Dienst.PLANNING],
  [EventName.PersoonSamengevoegd]: [Dienst.CASUSREGIE, Dienst.ZSM, Dienst.PLANNING],
  [EventName.PersoonGesplitst]: [Dienst.CASUSREGIE, Dienst.ZSM, Dienst.PLANNING],
  [EventName.TermijnGewaarschuwd]: [PRODUCENT],
  [EventName.TermijnVerstreken]: [PRODUCENT],
  [EventName.CasusBijgewerkt]: [Dienst.ZSM, Dienst.PLANNING],
  [EventName.ZsmRegistratieGemeld]: [Dienst.SIGNALEN],
  [EventName.ZsmAfdoeningGeregistreerd]: [Dienst.CASUSREGIE],
  [EventName.DetentieGemeld]: [Dienst.CASUSREGIE],
  [EventName.DublinClaimBijgewerkt]: [Dienst.PLANNING],
  [EventName.InhuisregistratieGemist]: [Dienst.SIGNALEN],
  [EventName.SignaalOpgeschoond]: [Dienst.CASUSREGIE, Dienst.ZSM, Dienst.PLANNING],
  [EventName.CasusOpgeschoond]: [Dienst.ZSM, Dienst.PLANNING],
};

/** The queues an event goes to, given who produced it. */
export function abonneesVan(naam: EventName, producent: Dienst): Dienst[] {
  return [...new Set(eventAbonnementen[naam].map((a) => (a === PRODUCENT ? producent : a)))];
}

/** Whether a service may receive events at all (and so must run a consumer to drain its queue). */
export function ontvangtEvents(dienst: Dienst): boolean {
  return Object.values(eventAbonnementen).some(
    (abonnees) => abonnees.includes(dienst) || abonnees.includes(PRODUCENT),
  );
}

/** Queue names: one inbound event queue per consuming service. Never rename. */
export const QueueName = {
  eventsVoor: (dienst: Dienst) => `ketenbeeld.events.${dienst}` as const,
  termijnenVoor: (dienst: Dienst) => `ketenbeeld.termijnen.${dienst}` as const,
  /** Scheduled work of a service (cron-like job schedulers), e.g. casusregie's 07:00 daily overview. */
  roosterVoor: (dienst: Dienst) => `ketenbeeld.rooster.${dienst}` as const,
  /**
   * The nightly retention run of a service (its own queue: a rooster worker takes every job on its
   * queue as its own kind, so retention does not share one).
   */
  bewarenVoor: (dienst: Dienst) => `ketenbeeld.bewaren.${dienst}` as const,
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
  return result.data as EventPayload<N>;
}

export type EventEnvelop<N extends EventName> = Envelop<EventPayload<N>> & { naam: N };
