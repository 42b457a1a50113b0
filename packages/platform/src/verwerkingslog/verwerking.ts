import { AsyncLocalStorage } from 'node:async_hooks';
import { isUuid, type Actor, type Doel } from '@ketenbeeld/domain';
import type { TraceContext } from '../logging/trace';

export type VerwerkingSoort = 'LEZEN' | 'SCHRIJVEN';
export type VerwerkingStatus = 'OK' | 'FOUT' | 'GEWEIGERD';

/**
 * One processing of personal data as the service handles it (one GraphQL operation or one REST
 * request): what the processing log records. Collected while the request runs; the persons concerned
 * are added by the GraphQL plugin (every Persoon and every persoonId the answer touches), by the REST
 * interceptor (the answer's persons) and by services that know more (`meldBetrokkenen`).
 */
export interface Verwerking {
  readonly trace: TraceContext;
  readonly actor: Actor;
  /** From the Ketenbeeld-Doel header, or set by a service whose API carries it in the body (zsm). */
  doel: Doel | undefined;
  readonly start: Date;
  operatie: string;
  soort: VerwerkingSoort;
  readonly personen: Set<string>;
  /** Service-specific attributes (e.g. the ZSM reference), kept with the log line. */
  readonly attributen: Record<string, string>;
}

/** A finished processing, as written to `verwerkingslog`. */
export interface VerwerkingRegel {
  traceId: string;
  spanId: string;
  ouderSpanId: string | null;
  dienst: string;
  operatie: string;
  soort: VerwerkingSoort;
  start: Date;
  eind: Date;
  status: VerwerkingStatus;
  foutcode: string | null;
  actor: string;
  actorNaam: string;
  organisatie: string;
  rollen: readonly string[];
  doel: string | null;
  personen: string[];
  attributen: Record<string, string>;
}

const opslag = new AsyncLocalStorage<Verwerking>();

export function metVerwerking<T>(v: Verwerking, fn: () => T): T {
  return opslag.run(v, fn);
}

export function huidigeVerwerking(): Verwerking | undefined {
  return opslag.getStore();
}

/** Record persons concerned by the current processing (ids that are not UUIDs are ignored). */
export function meldBetrokkenen(...ids: readonly unknown[]): void {
  const v = opslag.getStore();
  if (!v) return;
  for (const id of ids) if (isUuid(id)) v.personen.add(id.toLowerCase());
}

/** A service that receives the purpose in its body (the ZSM API) records it for the log line. */
export function zetDoel(doel: Doel): void {
  const v = opslag.getStore();
  if (v) v.doel = doel;
}

/** A service-specific attribute of the current processing (short text; e.g. zsmReferentie). */
export function zetAttribuut(naam: string, waarde: string): void {
  const v = opslag.getStore();
  if (v) v.attributen[naam] = waarde.slice(0, 200);
}

/** The log line of a processing that ended now. */
export function regelVan(
  v: Verwerking,
  dienst: string,
  status: VerwerkingStatus,
  foutcode: string | null = null,
): VerwerkingRegel {
  return {
    traceId: v.trace.traceId,
    spanId: v.trace.spanId,
    ouderSpanId: v.trace.ouderSpanId ?? null,
    dienst,
    operatie: v.operatie || '(onbekend)',
    soort: v.soort,
    start: v.start,
    eind: new Date(),
    status,
    foutcode,
    actor: v.actor.sub,
    actorNaam: v.actor.naam,
    organisatie: v.actor.organisatie,
    rollen: v.actor.rollen,
    doel: v.doel ?? null,
    personen: [...v.personen],
    attributen: v.attributen,
  };
}

const PERSOON_SLEUTELS = new Set(['persoonId', 'persoonIds', 'behoudenPersoonId', 'opgehevenPersoonId']);

/**
 * The persons an answer concerns: every `persoonId`/`persoonIds` value and every `id` of an object in
 * a `personen` list or under a `persoon` key, to a bounded depth (REST answers are small documents).
 */
export function personenInAntwoord(waarde: unknown, diepte = 8): string[] {
  const gevonden: string[] = [];
  const loop = (w: unknown, d: number, persoonObject: boolean) => {
    if (d < 0 || w === null || typeof w !== 'object') return;
    if (Array.isArray(w)) {
      for (const x of w) loop(x, d - 1, persoonObject);
      return;
    }
    for (const [k, x] of Object.entries(w as Record<string, unknown>)) {
      if (persoonObject && k === 'id' && typeof x === 'string') gevonden.push(x);
      else if (PERSOON_SLEUTELS.has(k)) {
        if (typeof x === 'string') gevonden.push(x);
        else if (Array.isArray(x)) for (const y of x) if (typeof y === 'string') gevonden.push(y);
      } else loop(x, d - 1, k === 'personen' || k === 'persoon');
    }
  };
  loop(waarde, diepte, false);
  return gevonden.filter((id) => isUuid(id));
}

/** A read (query, GET) that discloses persons needs a purpose: without one the answer is withheld. */
export function doelOntbreekt(v: Verwerking): boolean {
  return v.soort === 'LEZEN' && v.personen.size > 0 && !v.doel;
}

/** The refusals both the GraphQL plugin and the REST interceptor give (same code, field and text). */
export const DOEL_ONTBREEKT = {
  code: 'DOEL_ONTBREEKT',
  bericht:
    'Voor het inzien van persoonsgegevens is een doel verplicht: zet de header Ketenbeeld-Doel (doelbinding)',
  fouten: [{ veld: 'Ketenbeeld-Doel', reden: 'verplicht bij het inzien van persoonsgegevens' }],
} as const;
export const LOG_ONBESCHIKBAAR = {
  code: 'VERWERKINGSLOG_ONBESCHIKBAAR',
  bericht:
    'Het verwerkingslog is niet beschikbaar; uit voorzorg worden geen gegevens getoond. Probeer het opnieuw.',
} as const;
