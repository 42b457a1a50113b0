import type { Persona } from '../../app/auth';
import { LOCATIECODE_PATROON } from '../../app/opmaak';
import {
  heeftNationaleRol,
  heeftOperationeleRechten,
  magKernteamwerkZien,
  magPlanningZien,
} from '../../app/rechten';
import { OPEN_STATUSSEN, ORGANISATIES } from '../casusregie/labels';

/**
 * The work queues (werkvoorraden) and who gets which. The services decide what anyone may read;
 * these only keep a queue out of sight for personas whose query would be refused or is meaningless
 * (mirroring app/rechten.ts and the domain rules the services apply). A queue whose query is
 * refused anyway (FORBIDDEN) is hidden as well, without an error.
 */
export const LIJSTEN = ['mijn', 'te-laat', 'termijnen', 'signalen', 'wachtlijst'] as const;
export type LijstCode = (typeof LIJSTEN)[number];

export interface LijstInfo {
  readonly titel: string;
  readonly uitleg: string;
  /** The filter fields this queue keeps in the address, besides `lijst`. */
  readonly velden: readonly FilterVeld[];
}

export type FilterVeld = 'status' | 'spoor' | 'locatie' | 'organisatie' | 'dienst' | 'tekst';

export const LIJST_INFO: Readonly<Record<LijstCode, LijstInfo>> = {
  mijn: {
    titel: 'Mijn casussen',
    uitleg: 'Lopende casussen waarvan u de procesregisseur bent, laatst aangemeld eerst.',
    velden: ['status', 'spoor', 'locatie', 'tekst'],
  },
  'te-laat': {
    titel: 'Te laat',
    uitleg: 'Casussen met een actie waarvan de deadline is verstreken terwijl die nog openstaat.',
    velden: ['spoor', 'locatie', 'tekst'],
  },
  termijnen: {
    titel: 'Termijnen deze week',
    uitleg: 'Termijnen die de komende 7 dagen vervallen, eerst vervallend bovenaan.',
    velden: ['organisatie', 'dienst', 'tekst'],
  },
  signalen: {
    titel: 'Nieuwe signalen zonder casus',
    uitleg: 'Open casusvoorstellen: personen uit nieuwe signalen die nog geen casus hebben.',
    velden: ['organisatie', 'locatie', 'tekst'],
  },
  wachtlijst: {
    titel: 'Wachtlijst plaatsing',
    uitleg: 'Plaatsingen op de wachtlijst en aangeboden plaatsen, op prioriteit.',
    velden: ['status', 'locatie', 'tekst'],
  },
};

export function isLijstCode(waarde: string | null | undefined): waarde is LijstCode {
  return (LIJSTEN as readonly string[]).includes(waarde ?? '');
}

/** Roles that work on cases and can be a case's procesregisseur (domain: CASUSWERK_ROLLEN). */
const CASUSWERK_ROLLEN = ['PROCESREGISSEUR', 'KERNTEAMLID', 'REGIEVOERDER', 'LOCATIEMANAGER'];

function werktAanCasussen(persona: Persona): boolean {
  return persona.rollen.some((r) => CASUSWERK_ROLLEN.includes(r));
}

/**
 * Which queues a persona gets:
 * - mijn casussen: case workers (a national role reads cases but is never their procesregisseur);
 * - te laat: case workers and national roles (casussen: participating organisations, nationally all);
 * - termijnen deze week: everyone (each service returns the deadlines of one's own organisation;
 *   national roles and kernteam members see all);
 * - nieuwe signalen zonder casus: the kernteam and national roles (casusVoorstellen; others get []);
 * - wachtlijst plaatsing: planning (kernteam and national roles; others get FORBIDDEN).
 */
export function magLijstZien(persona: Persona, lijst: LijstCode): boolean {
  // The privacy officer has no work queues (and the navigation asks nothing for them).
  if (!heeftOperationeleRechten(persona)) return false;
  switch (lijst) {
    case 'mijn':
      return werktAanCasussen(persona) && !heeftNationaleRol(persona);
    case 'te-laat':
      return werktAanCasussen(persona) || heeftNationaleRol(persona);
    case 'termijnen':
      return true;
    case 'signalen':
      return magKernteamwerkZien(persona);
    case 'wachtlijst':
      return magPlanningZien(persona);
  }
}

/** The `sub` claim of the session's token: who "mijn" is (casussen filter `procesregisseur`). */
export function subUitToken(token: string): string | null {
  const deel = token.split('.')[1];
  if (!deel) return null;
  try {
    const base64 = deel
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(deel.length / 4) * 4, '=');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims = JSON.parse(json) as Record<string, unknown>;
    return typeof claims.sub === 'string' && claims.sub !== '' ? claims.sub : null;
  } catch {
    return null;
  }
}

/** "Termijnen deze week": from now until 7 × 24 hours ahead. */
export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The bound the services filter on (`vervaltVoor`): a week ahead, rounded up to the next full hour
 * so the query's variables stay the same within the hour (a new value each render would refetch
 * endlessly); `valtDezeWeek` then keeps exactly the coming 7 × 24 hours.
 */
export function eindeVanDezeWeek(nu = Date.now()): string {
  const uur = 60 * 60 * 1000;
  return new Date(Math.ceil((nu + WEEK_MS) / uur) * uur).toISOString();
}

/** A running deadline (not suspended) that falls due before `tot` (also one just past, not yet fired). */
export function valtDezeWeek(
  t: { readonly vervaltOp: string; readonly status: string },
  nu: number,
): boolean {
  if (t.status !== 'GEPLAND' && t.status !== 'GEWAARSCHUWD') return false;
  const ms = Date.parse(t.vervaltOp);
  return !Number.isNaN(ms) && ms < nu + WEEK_MS;
}

// ---------------------------------------------------------------- filters in the address

export type Filter = Readonly<Partial<Record<FilterVeld, string>>>;

export interface Weergave {
  /** null: no (known) queue in the address; the page picks the first one the viewer has. */
  readonly lijst: LijstCode | null;
  readonly filter: Filter;
}

const DIENSTEN = ['signalen', 'casusregie', 'zsm', 'planning'];
const WACHTLIJST = ['WACHTLIJST', 'AANGEBODEN'];

/**
 * Whether a value from the address fits the field (a hand-made or stale link must not produce a
 * refused query, nor widen a queue, e.g. closed cases under "Mijn casussen").
 */
function isGeldig(lijst: LijstCode, veld: FilterVeld, waarde: string): boolean {
  switch (veld) {
    case 'status':
      return (lijst === 'mijn' ? (OPEN_STATUSSEN as readonly string[]) : WACHTLIJST).includes(waarde);
    case 'spoor':
      return ['1', '2', '4'].includes(waarde);
    case 'locatie':
      return LOCATIECODE_PATROON.test(waarde);
    case 'organisatie':
      return (ORGANISATIES as readonly string[]).includes(waarde);
    case 'dienst':
      return DIENSTEN.includes(waarde);
    case 'tekst':
      return waarde.length <= 200;
  }
}

/** `#/werkvoorraad?lijst=mijn&spoor=1&tekst=…` → the queue and its filter (unknown or invalid values ignored). */
export function leesWeergave(zoek: string): Weergave {
  const q = new URLSearchParams(zoek);
  const ruw = q.get('lijst');
  const lijst = isLijstCode(ruw) ? ruw : null;
  if (!lijst) return { lijst: null, filter: {} };
  const filter: Partial<Record<FilterVeld, string>> = {};
  for (const veld of LIJST_INFO[lijst].velden) {
    const waarde = q.get(veld)?.trim();
    if (waarde && isGeldig(lijst, veld, waarde)) filter[veld] = waarde;
  }
  return { lijst, filter };
}

export function weergaveAlsZoek(lijst: LijstCode, filter: Filter): URLSearchParams {
  const q = new URLSearchParams({ lijst });
  for (const veld of LIJST_INFO[lijst].velden) {
    const waarde = filter[veld]?.trim();
    if (waarde) q.set(veld, waarde);
  }
  return q;
}

export function isLeegFilter(filter: Filter): boolean {
  return Object.values(filter).every((w) => !w);
}

/** Case-insensitive, accent-insensitive "contains" for the free-text filter. */
export function normaliseer(tekst: string): string {
  return tekst
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function bevatTekst(zoekterm: string | undefined, ...velden: (string | null | undefined)[]): boolean {
  if (!zoekterm) return true;
  const term = normaliseer(zoekterm.trim());
  return velden.some((v) => v && normaliseer(v).includes(term));
}
