import { codeAlsTekst, formatTijdstipSeconden, organisatieKort } from '../../app/opmaak';
import type { VerwerkingslogQuery } from '../../gql/schema';
import type { Verwerking } from './verwerkingslog.graphql';

/** The four services with a processing log, in the order the page names them. */
export const DIENSTEN = ['signalen', 'casusregie', 'zsm', 'planning'] as const;
export type Dienst = (typeof DIENSTEN)[number];

export const DIENST_NAAM: Readonly<Record<Dienst, string>> = {
  signalen: 'Signalen',
  casusregie: 'Casusregie',
  zsm: 'ZSM',
  planning: 'Planning',
};

/** The root field of each service's log. */
export const VELD: Readonly<Record<Dienst, keyof VerwerkingslogQuery>> = {
  signalen: 'signalenVerwerkingen',
  casusregie: 'casusregieVerwerkingen',
  zsm: 'zsmVerwerkingen',
  planning: 'planningVerwerkingen',
};

/** Log entries per request and service ("Meer laden" asks the next as many). */
export const PAGINA = 100;

/** The name of a service as the log entry gives it ("signalen"), for display. */
export function dienstNaam(dienst: string): string {
  return (DIENST_NAAM as Record<string, string>)[dienst] ?? codeAlsTekst(dienst);
}

/** What one service has given so far. */
export interface DienstLog {
  readonly regels: readonly Verwerking[];
  /** The last page was full: there may be older entries. */
  readonly meer: boolean;
  /** The log (or its next page) could not be fetched: the reason to show. */
  readonly fout: string | null;
}

/**
 * Until which moment the merged list is complete. Every service answers newest first; a service
 * that has more may still hold entries older than the oldest it gave. Entries older than the latest
 * of those "oldest so far" could therefore have gaps between them and are held back until the
 * services concerned gave their next page. null: nothing is held back.
 */
export function horizon(logs: Readonly<Partial<Record<Dienst, DienstLog>>>): number | null {
  let grens: number | null = null;
  for (const d of DIENSTEN) {
    const log = logs[d];
    if (!log?.meer || log.fout) continue;
    let oudste = Infinity;
    for (const r of log.regels) oudste = Math.min(oudste, Date.parse(r.start));
    if (oudste !== Infinity) grens = grens === null ? oudste : Math.max(grens, oudste);
  }
  return grens;
}

/**
 * The operation without the gateway's per-service suffix and fields: "query Ketenbeeld__zsm__1
 * {_entities}" → "query Ketenbeeld", so one action reads as one operation; REST ("POST /v1/signalen")
 * as it is. The log's own text stays in the details and the export.
 */
export function operatieKort(operatie: string): string {
  const m = /^(query|mutation|subscription) (\S+?)(?:__[A-Za-z0-9]+__\d+)? \{.*\}$/.exec(operatie);
  return m ? `${m[1]} ${m[2]}` : operatie;
}

export type Uitkomst = 'OK' | 'GEWEIGERD' | 'FOUT';

export function uitkomstVan(status: string): Uitkomst {
  return status === 'OK' ? 'OK' : status === 'GEWEIGERD' ? 'GEWEIGERD' : 'FOUT';
}

export const UITKOMST_TEKST: Readonly<Record<Uitkomst, string>> = {
  OK: 'OK',
  GEWEIGERD: 'Geweigerd',
  FOUT: 'Fout',
};

export const SOORT_TEKST: Readonly<Record<string, string>> = { LEZEN: 'Lezen', SCHRIJVEN: 'Schrijven' };

export interface Wie {
  readonly actor: string;
  readonly naam: string | null;
  readonly organisatie: string;
}

export interface Waarom {
  readonly doel: string | null;
  readonly label: string | null;
}

export interface UitkomstRegel {
  readonly uitkomst: Uitkomst;
  readonly foutcode: string | null;
  readonly diensten: readonly string[];
}

/**
 * One user action: every log entry of one trace (a request fans out from the gateway to several
 * services, each logging its own part under the same W3C trace id), newest action first.
 */
export interface Handeling {
  readonly traceId: string;
  /** The earliest start of its entries (when the action began). */
  readonly start: string;
  /** Its entries, earliest first. */
  readonly regels: readonly Verwerking[];
  readonly diensten: readonly string[];
  readonly wie: readonly Wie[];
  readonly wat: readonly { readonly operatie: string; readonly soort: string }[];
  readonly waarom: readonly Waarom[];
  readonly uitkomsten: readonly UitkomstRegel[];
  readonly personen: readonly string[];
  readonly attributen: readonly { readonly naam: string; readonly waarde: string }[];
}

function uniekOp<T>(lijst: readonly T[], sleutel: (t: T) => string): T[] {
  const gezien = new Map<string, T>();
  for (const x of lijst) if (!gezien.has(sleutel(x))) gezien.set(sleutel(x), x);
  return [...gezien.values()];
}

const dienstVolgorde = (d: string) => {
  const i = (DIENSTEN as readonly string[]).indexOf(d);
  return i < 0 ? DIENSTEN.length : i;
};

function alsHandeling(traceId: string, regels: Verwerking[]): Handeling {
  const gesorteerd = [...regels].sort(
    (a, b) =>
      Date.parse(a.start) - Date.parse(b.start) || dienstVolgorde(a.dienst) - dienstVolgorde(b.dienst),
  );
  const diensten = uniekOp(
    gesorteerd.map((r) => r.dienst),
    (d) => d,
  ).sort((a, b) => dienstVolgorde(a) - dienstVolgorde(b));
  const uitkomsten = new Map<string, { uitkomst: Uitkomst; foutcode: string | null; diensten: string[] }>();
  for (const r of gesorteerd) {
    const uitkomst = uitkomstVan(r.status);
    const foutcode = uitkomst === 'OK' ? null : r.foutcode;
    const sleutel = `${uitkomst}|${foutcode ?? ''}`;
    const u = uitkomsten.get(sleutel) ?? { uitkomst, foutcode, diensten: [] };
    if (!u.diensten.includes(r.dienst)) u.diensten.push(r.dienst);
    uitkomsten.set(sleutel, u);
  }
  const ernst = { FOUT: 0, GEWEIGERD: 1, OK: 2 } as const;
  return {
    traceId,
    start: gesorteerd[0]?.start ?? '',
    regels: gesorteerd,
    diensten,
    wie: uniekOp(
      gesorteerd.map((r) => ({ actor: r.actor, naam: r.actorNaam, organisatie: r.organisatie })),
      (w) => w.actor,
    ),
    wat: uniekOp(
      gesorteerd.map((r) => ({ operatie: operatieKort(r.operatie), soort: r.soort })),
      (w) => `${w.operatie}|${w.soort}`,
    ),
    waarom: uniekOp(
      gesorteerd.map((r) => ({ doel: r.doel, label: r.doelLabel })),
      (w) => w.doel ?? '',
    ),
    uitkomsten: [...uitkomsten.values()].sort((a, b) => ernst[a.uitkomst] - ernst[b.uitkomst]),
    personen: [...new Set(gesorteerd.flatMap((r) => r.personen))],
    attributen: uniekOp(
      gesorteerd.flatMap((r) => r.attributen),
      (a) => `${a.naam}=${a.waarde}`,
    ),
  };
}

/** Entries of all services, grouped per trace, newest action first (ties: by trace id, stable). */
export function groepeer(regels: readonly Verwerking[]): Handeling[] {
  const perTrace = new Map<string, Verwerking[]>();
  const gezien = new Set<string>();
  for (const r of regels) {
    // The same entry twice (a page asked again) counts once.
    const sleutel = `${r.dienst}|${r.volgnummer}`;
    if (gezien.has(sleutel)) continue;
    gezien.add(sleutel);
    const lijst = perTrace.get(r.traceId) ?? [];
    lijst.push(r);
    perTrace.set(r.traceId, lijst);
  }
  return [...perTrace.entries()]
    .map(([traceId, lijst]) => alsHandeling(traceId, lijst))
    .sort((a, b) => Date.parse(b.start) - Date.parse(a.start) || a.traceId.localeCompare(b.traceId));
}

/** The actions to show: those that began at or after the horizon (see `horizon`). */
export function zichtbaar(handelingen: readonly Handeling[], grens: number | null): Handeling[] {
  return grens === null ? [...handelingen] : handelingen.filter((h) => Date.parse(h.start) >= grens);
}

export function wieTekst(w: Wie): string {
  return `${w.naam ?? w.actor} (${organisatieKort(w.organisatie)})`;
}

export const GEEN_DOEL = 'Geen doel opgegeven';

export function waaromTekst(w: Waarom): string {
  return w.doel ? (w.label ?? codeAlsTekst(w.doel)) : GEEN_DOEL;
}

// ---------------------------------------------------------------- CSV

/** The export's columns: Dutch headers, one line per log entry, grouped per action as shown. */
export const CSV_KOPPEN = [
  'Tijdstip',
  'Handeling (trace-id)',
  'Dienst',
  'Wie',
  'Organisatie',
  'Medewerker-id',
  'Wat',
  'Soort',
  'Waarom',
  'Doelcode',
  'Uitkomst',
  'Foutcode',
  'Aantal personen',
  'Personen',
  'Kenmerken',
  'Volgnummer',
] as const;

/** A field for Excel in the Netherlands: quoted when needed; text a spreadsheet would run stays text. */
function csvVeld(tekst: string): string {
  const veilig = /^[=+\-@\t\r]/.test(tekst) ? `'${tekst}` : tekst;
  return /[";\r\n]/.test(veilig) ? `"${veilig.replace(/"/g, '""')}"` : veilig;
}

/**
 * The shown actions as CSV: a UTF-8 byte order mark, semicolons, CRLF line ends, Dutch headers,
 * times as dd-mm-jjjj HH:mm:ss in Amsterdam time. One line per service's log entry, so that each
 * line is one record of one service's log (its volgnummer), the action's trace id tying them together.
 */
export function alsCsv(handelingen: readonly Handeling[]): string {
  const regels = [CSV_KOPPEN.join(';')];
  for (const h of handelingen)
    for (const r of h.regels)
      regels.push(
        [
          formatTijdstipSeconden(r.start),
          r.traceId,
          dienstNaam(r.dienst),
          r.actorNaam ?? '',
          organisatieKort(r.organisatie),
          r.actor,
          r.operatie,
          SOORT_TEKST[r.soort] ?? r.soort,
          waaromTekst({ doel: r.doel, label: r.doelLabel }),
          r.doel ?? '',
          UITKOMST_TEKST[uitkomstVan(r.status)],
          r.foutcode ?? '',
          String(r.personen.length),
          r.personen.join(' '),
          r.attributen.map((a) => `${a.naam}=${a.waarde}`).join(', '),
          r.volgnummer,
        ]
          .map(csvVeld)
          .join(';'),
      );
  return `\uFEFF${regels.join('\r\n')}\r\n`;
}

/** "verwerkingslog-3f2b8c1e-2026-03-03.csv" (the person's short id when filtered on one). */
export function bestandsnaam(persoon: string, nu: string): string {
  return `verwerkingslog${persoon ? `-${persoon.slice(0, 8)}` : ''}-${nu}.csv`;
}
