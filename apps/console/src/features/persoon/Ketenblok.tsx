import type { ReactNode } from 'react';
import { formatDag, formatDatum, formatTijdstip } from '../../app/opmaak';
import { wieTekst, type Bron } from './ketenbeeld';
import './persoon.css';

/** "Bron: COA, Politie · via Signalen · laatst bijgewerkt 22 nov 2026 14:05". */
export function Bronregel({
  bron,
  testid,
  wieTestid,
}: {
  readonly bron: Bron;
  readonly testid: string;
  /** A test id on "Bron: <who>" alone. */
  readonly wieTestid?: string;
}) {
  const wie = wieTekst(bron.wie);
  const dag = (t: string) => (/^\d{4}-\d{2}-\d{2}$/.test(t) ? formatDatum(t) : formatDag(t));
  return (
    <p className="bronregel" data-testid={testid}>
      <span className="bronregel__wie" data-testid={wieTestid}>
        Bron: <strong>{wie || bron.dienst}</strong>
      </span>
      {wie && bron.dienst && <span className="bronregel__dienst"> · via {bron.dienst}</span>}
      {bron.moment && (
        <span className="bronregel__moment">
          {' · '}
          {bron.moment.label}{' '}
          <time dateTime={bron.moment.tijdstip}>
            {bron.moment.alleenDatum ? dag(bron.moment.tijdstip) : formatTijdstip(bron.moment.tijdstip)}
          </time>
        </span>
      )}
    </p>
  );
}

export type BlokStaat =
  | { readonly soort: 'laden' }
  | { readonly soort: 'fout'; readonly melding: string; readonly opnieuw: () => unknown }
  | { readonly soort: 'leeg'; readonly tekst: string }
  | { readonly soort: 'inhoud' };

/**
 * One block of the ketenbeeld: a heading, the source line (who supplied it and when), and its state —
 * being fetched, not available (with a retry), nothing there (an empty state), or its content.
 * A block the viewer may not see is not rendered at all (the caller decides: zichtbaarheid).
 */
export function Ketenblok({
  sleutel,
  titel,
  niveau = 2,
  aantal,
  bron,
  staat,
  acties,
  className,
  children,
}: {
  /** data-testid `blok-<sleutel>`, heading id `blok-<sleutel>-titel`. */
  readonly sleutel: string;
  readonly titel: string;
  readonly niveau?: 2 | 3;
  /** Shown next to the heading, outside it ("3 signalen"). */
  readonly aantal?: string;
  readonly bron: Bron | null;
  readonly staat: BlokStaat;
  /** Buttons or links beside the heading. */
  readonly acties?: ReactNode;
  readonly className?: string;
  readonly children?: ReactNode;
}) {
  const titelId = `blok-${sleutel}-titel`;
  const Kop = niveau === 2 ? 'h2' : 'h3';
  return (
    <section
      className={`ketenblok ketenblok--niveau${niveau}${niveau === 2 ? ' kaart dienstblok' : ''}${className ? ` ${className}` : ''}`}
      aria-labelledby={titelId}
      aria-busy={staat.soort === 'laden' || undefined}
      data-testid={`blok-${sleutel}`}
      data-staat={staat.soort}
    >
      <div className="ketenblok__kop">
        <div className="ketenblok__titel">
          <Kop id={titelId} tabIndex={-1}>
            {titel}
          </Kop>
          {aantal && staat.soort === 'inhoud' && <span className="ketenblok__aantal">{aantal}</span>}
        </div>
        {acties && <div className="ketenblok__acties">{acties}</div>}
      </div>
      {bron && staat.soort !== 'laden' && staat.soort !== 'fout' && (
        <Bronregel bron={bron} testid={`bron-${sleutel}`} />
      )}
      {staat.soort === 'laden' ? (
        // The page announces the loading once (role="status"); the blocks only show it.
        <p className="laden" data-testid={`blok-${sleutel}-laden`}>
          Wordt opgehaald…
        </p>
      ) : staat.soort === 'fout' ? (
        <div
          className="melding melding--waarschuwing ketenblok__fout"
          role="status"
          data-testid={`blok-${sleutel}-fout`}
        >
          <p>
            <strong>
              Dit onderdeel is nu niet beschikbaar{bron ? ` (${bron.dienst ?? wieTekst(bron.wie)})` : ''}.
            </strong>{' '}
            {staat.melding}
          </p>
          <button
            type="button"
            className="knop knop--secundair knop--klein"
            onClick={() => void staat.opnieuw()}
          >
            Opnieuw proberen
          </button>
        </div>
      ) : staat.soort === 'leeg' ? (
        <p className="leeg" data-testid={`blok-${sleutel}-leeg`}>
          {staat.tekst}
        </p>
      ) : (
        children
      )}
    </section>
  );
}

type Kolom = string | { readonly tekst: string; readonly className: string };

/** A compact table with a (visually hidden) caption and column headers; rows as children. */
export function CompacteTabel({
  bijschrift,
  koppen,
  testid,
  children,
}: {
  readonly bijschrift: string;
  readonly koppen: readonly Kolom[];
  readonly testid?: string;
  readonly children: ReactNode;
}) {
  return (
    <div className="tabel-schuif">
      <table className="tabel tabel--compact" data-testid={testid}>
        <caption className="visueel-verborgen">{bijschrift}</caption>
        <thead>
          <tr>
            {koppen.map((k) =>
              typeof k === 'string' ? (
                <th key={k} scope="col">
                  {k}
                </th>
              ) : (
                <th key={k.tekst} scope="col" className={k.className}>
                  {k.tekst}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** "1 signaal" / "3 signalen". */
export function aantalTekst(n: number, enkelvoud: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkelvoud : meervoud}`;
}
