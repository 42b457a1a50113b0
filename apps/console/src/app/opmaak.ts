/** Display formatting: Dutch, Europe/Amsterdam, regardless of the browser's own time zone. */
export const TIJDZONE = 'Europe/Amsterdam';

const tijdstipFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIJDZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

const datumFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** An ISO instant as "3 mrt 2026 14:05" in Amsterdam time; the raw value if it is not a date. */
export function formatTijdstip(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : tijdstipFormaat.format(ms);
}

/** A calendar date (YYYY-MM-DD) as "3 mrt 2026", without time-zone shift; instants as formatTijdstip. */
export function formatDatum(waarde: string | null | undefined): string {
  if (!waarde) return '—';
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
  if (d) return datumFormaat.format(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3])));
  return formatTijdstip(waarde);
}

function amsterdamDelen(ms: number): Record<string, number> {
  const delen = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIJDZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(ms);
  const uit: Record<string, number> = {};
  for (const deel of delen) if (deel.type !== 'literal') uit[deel.type] = Number(deel.value);
  return uit;
}

/** Offset of Amsterdam from UTC at instant `ms`, in minutes (60 or 120). */
function amsterdamOffsetMinuten(ms: number): number {
  const d = amsterdamDelen(ms);
  const alsUtc = Date.UTC(
    d.year ?? 0,
    (d.month ?? 1) - 1,
    d.day ?? 1,
    d.hour ?? 0,
    d.minute ?? 0,
    d.second ?? 0,
  );
  return Math.round((alsUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

const twee = (n: number) => String(n).padStart(2, '0');

/**
 * A `datetime-local` value ("2026-03-03T14:05"), read as Amsterdam wall-clock time, as an ISO-8601
 * timestamp with offset ("2026-03-03T14:05:00+01:00"). Null when the value is not a valid time.
 */
export function amsterdamLokaalNaarIso(waarde: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(waarde);
  if (!m) return null;
  const [jaar, maand, dag, uur, minuut, seconde] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(
    Number,
  ) as [number, number, number, number, number, number];
  const wandklokAlsUtc = Date.UTC(jaar, maand - 1, dag, uur, minuut, seconde);
  if (Number.isNaN(wandklokAlsUtc)) return null;
  // Two passes settle the offset around daylight-saving transitions.
  let offset = amsterdamOffsetMinuten(wandklokAlsUtc - 60 * 60_000);
  offset = amsterdamOffsetMinuten(wandklokAlsUtc - offset * 60_000);
  const teken = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${jaar}-${twee(maand)}-${twee(dag)}T${twee(uur)}:${twee(minuut)}:${twee(seconde)}${teken}${twee(Math.floor(abs / 60))}:${twee(abs % 60)}`;
}

/**
 * An ISO instant as "03-03-2026 14:05:09" (dd-mm-jjjj HH:mm:ss) in Amsterdam time, for logs and
 * exports where the second matters; the raw value if it is not a date.
 */
export function formatTijdstipSeconden(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const d = amsterdamDelen(ms);
  return `${twee(d.day ?? 1)}-${twee(d.month ?? 1)}-${d.year} ${twee(d.hour ?? 0)}:${twee(d.minute ?? 0)}:${twee(d.second ?? 0)}`;
}

/** A calendar date (YYYY-MM-DD) as "03-03-2026" (dd-mm-jjjj); other values as they are. */
export function formatDatumNumeriek(waarde: string | null | undefined): string {
  if (!waarde) return '—';
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waarde);
  return d ? `${d[3]}-${d[2]}-${d[1]}` : waarde;
}

/** The current Amsterdam wall-clock time as a `datetime-local` value (minutes). */
export function nuAlsAmsterdamLokaal(nu: number = Date.now()): string {
  const d = amsterdamDelen(nu);
  return `${d.year}-${twee(d.month ?? 1)}-${twee(d.day ?? 1)}T${twee(d.hour ?? 0)}:${twee(d.minute ?? 0)}`;
}

/** 'OVERLAST_OPENBARE_RUIMTE' → 'Overlast openbare ruimte' (fallback when no label is known). */
export function codeAlsTekst(code: string | null | undefined): string {
  if (!code) return '—';
  const tekst = code.replace(/_/g, ' ').toLowerCase();
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

const ROL_LABEL: Record<string, string> = {
  PROCESREGISSEUR: 'Procesregisseur',
  KERNTEAMLID: 'Kernteamlid',
  LOCATIEMANAGER: 'Locatiemanager',
  REGIEVOERDER: 'Regievoerder',
  MELDER: 'Melder',
  ZSM_OFFICIER: 'ZSM-officier',
  DETENTIEMELDER: 'Detentiemelder',
  ANALIST_NATIONAAL: 'Analist (landelijk)',
  KETENMARINIER: 'Ketenmarinier',
  PARTNER_SYSTEEM: 'Partnersysteem',
  PRIVACY_OFFICER: 'Privacy officer',
};

export function rolLabel(rol: string): string {
  return ROL_LABEL[rol] ?? codeAlsTekst(rol);
}

const ORGANISATIE_KORT: Record<string, string> = {
  DTV: 'DT&V',
  DGM_DRM: 'DGM/DRM',
  GEMEENTE: 'Gemeente',
  POLITIE: 'Politie',
  KETENMARINIER: 'Ketenmariniers',
  NIDOS: 'Nidos',
};

/** Short display name of an organisation code (IND, COA, DT&V, …). */
export function organisatieKort(code: string): string {
  return ORGANISATIE_KORT[code] ?? code;
}

const MINUUT = 60_000;
const UUR = 60 * MINUUT;
const DAG = 24 * UUR;

/**
 * Time left until a deadline, in Dutch: "nog 25 min", "nog 3 u 20 min", "nog 2 dagen 5 u",
 * "nog 12 dagen". Null when the moment has passed.
 */
export function formatResterend(tot: string, nu: number = Date.now()): string | null {
  const ms = Date.parse(tot);
  if (Number.isNaN(ms) || ms <= nu) return null;
  const over = ms - nu;
  if (over < UUR) return `nog ${Math.max(1, Math.floor(over / MINUUT))} min`;
  if (over < DAG) {
    const uren = Math.floor(over / UUR);
    const minuten = Math.floor((over % UUR) / MINUUT);
    return minuten > 0 ? `nog ${uren} u ${minuten} min` : `nog ${uren} u`;
  }
  const dagen = Math.floor(over / DAG);
  const dagTekst = dagen === 1 ? '1 dag' : `${dagen} dagen`;
  if (dagen >= 7) return `nog ${dagTekst}`;
  const uren = Math.floor((over % DAG) / UUR);
  return uren > 0 ? `nog ${dagTekst} ${uren} u` : `nog ${dagTekst}`;
}

const dagFormaat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIJDZONE,
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

/** The Amsterdam calendar day of an ISO instant, as "3 mrt 2026" (deadlines that end at a day's end). */
export function formatDag(iso: string | null | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : dagFormaat.format(ms);
}

/**
 * A duration in whole minutes, in Dutch: "45 min", "2 u 15 min", "2 u", "3 dagen 17 u 30 min".
 * Negative values count as their size (the caller says "verstreken").
 */
export function formatMinuten(minuten: number): string {
  const totaal = Math.abs(Math.trunc(minuten));
  if (totaal < 60) return `${totaal} min`;
  const dagen = Math.floor(totaal / (24 * 60));
  const uren = Math.floor((totaal % (24 * 60)) / 60);
  const rest = totaal % 60;
  return [
    dagen > 0 ? (dagen === 1 ? '1 dag' : `${dagen} dagen`) : null,
    uren > 0 ? `${uren} u` : null,
    rest > 0 ? `${rest} min` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

const regioNamen = (() => {
  try {
    return new Intl.DisplayNames(['nl-NL'], { type: 'region' });
  } catch {
    return null;
  }
})();

/** An ISO 3166-1 alpha-2 code as its Dutch name ("DE" → "Duitsland"); the code when unknown. */
export function landNaamAlpha2(code: string | null | undefined): string {
  if (!code) return '—';
  try {
    const naam = regioNamen?.of(code.toUpperCase());
    return naam && naam !== code.toUpperCase() ? naam : code;
  } catch {
    return code;
  }
}

/** An ISO instant as a `datetime-local` value in Amsterdam wall-clock time; '' when it is not a date. */
export function isoAlsAmsterdamLokaal(iso: string | null | undefined): string {
  if (!iso) return '';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? '' : nuAlsAmsterdamLokaal(ms);
}

/** COA impact levels of an incident (ernst 1–4). */
export const ERNST_NIVEAUS = [
  { waarde: 1, label: 'Gering' },
  { waarde: 2, label: 'Matig' },
  { waarde: 3, label: 'Ernstig' },
  { waarde: 4, label: 'Zeer ernstig' },
] as const;

/** 3 → "3 – Ernstig"; unknown levels as the number. */
export function ernstLabel(ernst: number | null | undefined): string {
  if (ernst === null || ernst === undefined) return '—';
  const niveau = ERNST_NIVEAUS.find((n) => n.waarde === ernst);
  return niveau ? `${ernst} – ${niveau.label}` : String(ernst);
}

/** Reception locations with their own location code; any other code may be typed in. */
export const LOCATIES = [
  { code: 'TER_APEL', naam: 'Ter Apel (aanmeldcentrum)' },
  { code: 'BUDEL', naam: 'Budel' },
] as const;

export function locatieNaam(code: string | null | undefined): string | null {
  if (!code) return null;
  return LOCATIES.find((l) => l.code === code)?.naam ?? codeAlsTekst(code);
}

/** "Zoetermeer-Noord" → "ZOETERMEER_NOORD": the form the services expect for a location code. */
export function alsLocatieCode(tekst: string): string {
  return tekst
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export const LOCATIECODE_PATROON = /^[A-Z][A-Z0-9_]{1,29}$/;
