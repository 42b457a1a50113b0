import { formatDatum, formatTijdstip, TIJDZONE } from '../../app/opmaak';

/**
 * The numbers behind a chart, once: the table on the page, the CSV download and "kopieer als tabel"
 * are all made from the same columns and rows, so they cannot disagree.
 */
export type Kolomsoort = 'tekst' | 'aantal' | 'dagen' | 'procent' | 'datum' | 'tijdstip';

export interface Kolom {
  readonly sleutel: string;
  /** Dutch column header, also the CSV header. */
  readonly kop: string;
  readonly soort: Kolomsoort;
}

export type Celwaarde = string | number | null;

export interface Rij {
  /** Stable key (test ids: `<paneel>-cel-<rij>-<kolom>`). */
  readonly sleutel: string;
  readonly cellen: Readonly<Record<string, Celwaarde>>;
  /** A total row (shown in the table foot). */
  readonly totaal?: boolean;
}

export interface Cijfertabel {
  /** Caption of the table; also the first part of the file name. */
  readonly titel: string;
  readonly kolommen: readonly Kolom[];
  readonly rijen: readonly Rij[];
}

const getal = new Intl.NumberFormat('nl-NL');
const eenDecimaal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** A cell as shown on the page (Dutch formatting). */
export function toonCel(soort: Kolomsoort, w: Celwaarde): string {
  if (w === null || w === '') return '—';
  if (typeof w === 'string') {
    if (soort === 'datum') return formatDatum(w);
    if (soort === 'tijdstip') return formatTijdstip(w);
    return w;
  }
  switch (soort) {
    case 'aantal':
      return getal.format(w);
    case 'dagen':
      return eenDecimaal.format(w);
    case 'procent':
      return `${eenDecimaal.format(w)}%`;
    case 'tekst':
    case 'datum':
    case 'tijdstip':
      return String(w);
  }
}

const csvTijdstip = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIJDZONE,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A number as Dutch Excel reads it: decimal comma, no thousands separator. */
function exportGetal(w: number): string {
  return String(Math.round(w * 10) / 10).replace('.', ',');
}

/** A cell in an export (CSV/TSV): plain values a spreadsheet understands in a Dutch locale. */
export function exportCel(soort: Kolomsoort, w: Celwaarde): string {
  if (w === null) return '';
  if (typeof w === 'number') return exportGetal(w);
  if (soort === 'datum') {
    const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(w);
    if (d) return `${d[3]}-${d[2]}-${d[1]}`;
  }
  if (soort === 'tijdstip') {
    const ms = Date.parse(w);
    if (!Number.isNaN(ms)) return csvTijdstip.format(ms).replace(',', '');
  }
  // Text that a spreadsheet would run as a formula is kept as text.
  return /^[=+\-@\t\r]/.test(w) ? `'${w}` : w;
}

function csvVeld(tekst: string): string {
  return /[";\r\n]/.test(tekst) ? `"${tekst.replace(/"/g, '""')}"` : tekst;
}

/**
 * The table as CSV for Excel in the Netherlands: a UTF-8 byte order mark, semicolons between fields
 * (the comma is the decimal separator), CRLF line ends, Dutch headers.
 */
export function alsCsv(t: Cijfertabel): string {
  const regels = [
    t.kolommen.map((k) => csvVeld(k.kop)).join(';'),
    ...t.rijen.map((r) =>
      t.kolommen.map((k) => csvVeld(exportCel(k.soort, r.cellen[k.sleutel] ?? null))).join(';'),
    ),
  ];
  return `\uFEFF${regels.join('\r\n')}\r\n`;
}

/** Tab-separated, as spreadsheets paste a copied table. */
export function alsTsv(t: Cijfertabel): string {
  const schoon = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return [
    t.kolommen.map((k) => schoon(k.kop)).join('\t'),
    ...t.rijen.map((r) =>
      t.kolommen.map((k) => schoon(exportCel(k.soort, r.cellen[k.sleutel] ?? null))).join('\t'),
    ),
  ].join('\r\n');
}

const html = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same table as HTML, for pasting into a word processor or a mail. */
export function alsHtml(t: Cijfertabel): string {
  const kop = t.kolommen.map((k) => `<th>${html(k.kop)}</th>`).join('');
  const rijen = t.rijen
    .map(
      (r) =>
        `<tr>${t.kolommen.map((k) => `<td>${html(exportCel(k.soort, r.cellen[k.sleutel] ?? null))}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<table><caption>${html(t.titel)}</caption><thead><tr>${kop}</tr></thead><tbody>${rijen}</tbody></table>`;
}

/** "Casussen per week" + period → "ketenbeeld-casussen-per-week-2026-09-01-tot-2026-11-22.csv". */
export function bestandsnaam(titel: string, achtervoegsel: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return `ketenbeeld-${slug(titel)}${achtervoegsel ? `-${slug(achtervoegsel)}` : ''}.csv`;
}
