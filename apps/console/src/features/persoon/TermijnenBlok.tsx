import { formatDag, formatDatum, formatResterend, formatTijdstip, organisatieKort } from '../../app/opmaak';
import { RisicoLabel } from '../planning/onderdelen';
import { isVerstreken, type Bron, type KetenTermijn } from './ketenbeeld';
import { aantalTekst, CompacteTabel, Ketenblok, type BlokStaat } from './Ketenblok';

const isDatum = (w: string) => /^\d{4}-\d{2}-\d{2}$/.test(w);

function Wanneer({ t, nu }: { readonly t: KetenTermijn; readonly nu: number }) {
  const verstreken = isVerstreken(t, nu);
  const resterend = verstreken
    ? null
    : formatResterend(isDatum(t.wanneer) ? `${t.wanneer}T23:59:59` : t.wanneer, nu);
  return (
    <>
      <time dateTime={t.wanneer}>
        {isDatum(t.wanneer)
          ? formatDatum(t.wanneer)
          : t.alleenDag
            ? formatDag(t.wanneer)
            : formatTijdstip(t.wanneer)}
      </time>
      {verstreken ? (
        <span className="label label--telaat">
          <span aria-hidden="true">! </span>verstreken
        </span>
      ) : (
        resterend && <span className="klein gedempt">{resterend}</span>
      )}
    </>
  );
}

/**
 * The person's running deadlines across the chain, soonest first; passed ones say so in words.
 * Derived from the ketenbeeld's own data (Persoon has no deadline list: see ketenbeeld.termijnenVan).
 */
export function TermijnenBlok({
  termijnen,
  bron,
  fout,
  opnieuw,
}: {
  readonly termijnen: readonly KetenTermijn[];
  readonly bron: Bron;
  readonly fout: string | undefined;
  readonly opnieuw: () => unknown;
}) {
  const nu = Date.now();
  const staat: BlokStaat = fout
    ? { soort: 'fout', melding: fout, opnieuw }
    : termijnen.length === 0
      ? { soort: 'leeg', tekst: 'Geen lopende termijnen voor deze persoon.' }
      : { soort: 'inhoud' };
  const verstreken = termijnen.filter((t) => isVerstreken(t, nu)).length;
  return (
    <Ketenblok
      sleutel="termijnen"
      titel="Termijnen"
      aantal={`${aantalTekst(termijnen.length, 'termijn', 'termijnen')}${verstreken ? `, ${verstreken} verstreken` : ''}`}
      bron={bron}
      staat={staat}
    >
      <CompacteTabel
        bijschrift="Lopende termijnen, eerstvolgende eerst"
        koppen={['Uiterlijk', 'Termijn', 'Wie handelt', 'Bron']}
        testid="ketenbeeld-termijnen"
      >
        {termijnen.map((t) => (
          <tr
            key={t.sleutel}
            data-testid={`ketentermijn-${t.sleutel}`}
            data-verstreken={isVerstreken(t, nu) ? 'true' : 'false'}
            className={isVerstreken(t, nu) ? 'termijn--verstreken' : undefined}
          >
            <td className="nowrap">
              <Wanneer t={t} nu={nu} />
            </td>
            <td>
              {t.href ? <a href={t.href}>{t.wat}</a> : t.wat}
              {t.risico && (
                <span className="klein">
                  <RisicoLabel risico={t.risico} />
                </span>
              )}
            </td>
            <td>{t.organisatie ? organisatieKort(t.organisatie) : <span className="gedempt">—</span>}</td>
            <td>{t.dienst}</td>
          </tr>
        ))}
      </CompacteTabel>
    </Ketenblok>
  );
}
