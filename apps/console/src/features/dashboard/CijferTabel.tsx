import { useEffect, useMemo, useState } from 'react';
import { alsCsv, alsHtml, alsTsv, toonCel, type Cijfertabel, type Rij } from './tabel';

function Tabelrij({
  tabel,
  rij,
  paneel,
}: {
  readonly tabel: Cijfertabel;
  readonly rij: Rij;
  readonly paneel: string;
}) {
  return (
    <tr data-testid={`${paneel}-rij-${rij.sleutel}`}>
      {tabel.kolommen.map((k, i) => {
        const w = rij.cellen[k.sleutel] ?? null;
        const props = {
          className:
            k.soort === 'tekst' || k.soort === 'datum' || k.soort === 'tijdstip' ? undefined : 'getal',
          'data-testid': `${paneel}-cel-${rij.sleutel}-${k.sleutel}`,
          'data-waarde': w === null ? '' : String(w),
        };
        return i === 0 ? (
          <th key={k.sleutel} scope="row" {...props}>
            {toonCel(k.soort, w)}
          </th>
        ) : (
          <td key={k.sleutel} {...props}>
            {toonCel(k.soort, w)}
          </td>
        );
      })}
    </tr>
  );
}

/** The numbers behind a chart: a table (collapsed unless `open`) with its caption. */
export function CijferTabel({
  tabel,
  paneel,
  open = false,
  samenvatting = 'Cijfers als tabel',
}: {
  readonly tabel: Cijfertabel;
  readonly paneel: string;
  readonly open?: boolean;
  /** The disclosure's text; say which table when a panel has more than one. */
  readonly samenvatting?: string;
}) {
  const gewoon = tabel.rijen.filter((r) => !r.totaal);
  const totalen = tabel.rijen.filter((r) => r.totaal);
  return (
    <details className="uitklap dashboard-tabel" open={open} data-testid={`${paneel}-tabel`}>
      <summary>{samenvatting}</summary>
      <div className="dashboard-tabel__schuif" role="region" aria-label={tabel.titel} tabIndex={0}>
        <table className="tabel tabel--compact">
          <caption className="dashboard-tabel__titel">{tabel.titel}</caption>
          <thead>
            <tr>
              {tabel.kolommen.map((k, i) => (
                <th
                  key={k.sleutel}
                  scope="col"
                  className={
                    i > 0 && k.soort !== 'tekst' && k.soort !== 'datum' && k.soort !== 'tijdstip'
                      ? 'getal'
                      : undefined
                  }
                >
                  {k.kop}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {gewoon.map((r) => (
              <Tabelrij key={r.sleutel} tabel={tabel} rij={r} paneel={paneel} />
            ))}
          </tbody>
          {totalen.length > 0 && (
            <tfoot>
              {totalen.map((r) => (
                <Tabelrij key={r.sleutel} tabel={tabel} rij={r} paneel={paneel} />
              ))}
            </tfoot>
          )}
        </table>
      </div>
    </details>
  );
}

/**
 * Export of the same numbers: a CSV download (a real link to a blob, UTF-8 with BOM, semicolons) and
 * "Kopieer als tabel" (tab-separated plus HTML on the clipboard, for Excel or a document).
 */
export function Export({
  tabel,
  paneel,
  bestand,
}: {
  readonly tabel: Cijfertabel;
  readonly paneel: string;
  readonly bestand: string;
}) {
  const csv = useMemo(() => alsCsv(tabel), [tabel]);
  const [url, setUrl] = useState<string | null>(null);
  const [melding, setMelding] = useState('');
  useEffect(() => {
    const u = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [csv]);
  useEffect(() => {
    if (!melding) return;
    const t = window.setTimeout(() => setMelding(''), 6000);
    return () => window.clearTimeout(t);
  }, [melding]);

  async function kopieer() {
    const tsv = alsTsv(tabel);
    try {
      if (typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function') {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/plain': new Blob([tsv], { type: 'text/plain' }),
            'text/html': new Blob([alsHtml(tabel)], { type: 'text/html' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(tsv);
      }
      setMelding('Gekopieerd. Plak de tabel in Excel of in een document.');
    } catch {
      setMelding('Kopiëren lukte niet in deze browser; gebruik de CSV-download.');
    }
  }

  return (
    <div className="dashboard-export">
      {url && (
        <a
          className="knop knop--secundair knop--klein"
          href={url}
          download={bestand}
          type="text/csv"
          data-testid={`${paneel}-csv`}
        >
          Download CSV<span className="visueel-verborgen"> van {tabel.titel}</span>
        </a>
      )}
      <button
        type="button"
        className="knop knop--secundair knop--klein"
        onClick={() => void kopieer()}
        data-testid={`${paneel}-kopieer`}
      >
        Kopieer als tabel<span className="visueel-verborgen"> ({tabel.titel})</span>
      </button>
      <span className="dashboard-export__melding" role="status" data-testid={`${paneel}-kopieer-melding`}>
        {melding}
      </span>
    </div>
  );
}
