import { DATUM_PATROON, dagBegin, verschuifDatum } from '../casusregie/tijd';

/**
 * The log page's filter, as the address holds it (#/verwerkingslog?persoon&actor&van&tot): all
 * optional; van and tot are Amsterdam calendar days (YYYY-MM-DD), both inclusive.
 */
export interface LogFilter {
  readonly persoon: string;
  readonly actor: string;
  readonly van: string;
  readonly tot: string;
}

export const LEEG_FILTER: LogFilter = { persoon: '', actor: '', van: '', tot: '' };

/** The services' own check (verwerkingslog.resolver: UUID). */
export const UUID_PATROON = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function leesLogFilter(zoek: string): LogFilter {
  const q = new URLSearchParams(zoek);
  return {
    persoon: (q.get('persoon') ?? '').trim(),
    actor: (q.get('actor') ?? '').trim(),
    van: (q.get('van') ?? '').trim(),
    tot: (q.get('tot') ?? '').trim(),
  };
}

export function logFilterAlsZoek(f: LogFilter): URLSearchParams {
  const q = new URLSearchParams();
  if (f.persoon.trim()) q.set('persoon', f.persoon.trim().toLowerCase());
  if (f.actor.trim()) q.set('actor', f.actor.trim());
  if (f.van) q.set('van', f.van);
  if (f.tot) q.set('tot', f.tot);
  return q;
}

export function isLeegLogFilter(f: LogFilter): boolean {
  return !f.persoon && !f.actor && !f.van && !f.tot;
}

function geldigeDatum(waarde: string): boolean {
  if (!DATUM_PATROON.test(waarde)) return false;
  const [j, m, d] = waarde.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(j, m - 1, d));
  return t.getUTCFullYear() === j && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Field errors of a filter, keyed by the form's field names (log-persoon, log-actor, log-van, log-tot). */
export function controleerLogFilter(f: LogFilter): Record<string, string[]> {
  const fouten: Record<string, string[]> = {};
  const persoon = f.persoon.trim();
  if (persoon && !UUID_PATROON.test(persoon))
    fouten['log-persoon'] = [
      'Dit is geen geldig persoons-id. Een persoons-id is een UUID van 36 tekens, zoals 3f2b8c1e-9a4d-4c2b-8e1f-0a1b2c3d4e5f.',
    ];
  if (f.actor.trim().length > 200) fouten['log-actor'] = ['Een medewerker-id is hoogstens 200 tekens.'];
  if (f.van && !geldigeDatum(f.van)) fouten['log-van'] = ['Vul een geldige datum in (dd-mm-jjjj).'];
  if (f.tot && !geldigeDatum(f.tot)) fouten['log-tot'] = ['Vul een geldige datum in (dd-mm-jjjj).'];
  if (f.van && f.tot && geldigeDatum(f.van) && geldigeDatum(f.tot) && f.van > f.tot)
    fouten['log-tot'] = ['"Tot en met" ligt vóór "van". Kies een latere datum.'];
  return fouten;
}

/** The services' variables: the person lower-cased, the days as [van 00:00, tot + 1 day 00:00) in Amsterdam. */
export function alsLogVariabelen(f: LogFilter): {
  readonly persoonId: string | null;
  readonly actor: string | null;
  readonly van: string | null;
  readonly tot: string | null;
} {
  return {
    persoonId: f.persoon ? f.persoon.toLowerCase() : null,
    actor: f.actor || null,
    van: f.van ? dagBegin(f.van) : null,
    tot: f.tot ? dagBegin(verschuifDatum(f.tot, { dagen: 1 })) : null,
  };
}
