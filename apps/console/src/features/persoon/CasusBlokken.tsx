import { useState } from 'react';
import { formatDatum, formatTijdstip, locatieNaam, organisatieKort } from '../../app/opmaak';
import { pad } from '../../app/router';
import { isOpenStatus, landNaam, procedurefaseLabel, spoorLabel, tijdlijnSoort } from '../casusregie/labels';
import { Gegeven, NieuwLabel, StatusLabel, TeLaatLabel } from '../casusregie/onderdelen';
import type { TijdlijnRegel, TopXLidmaatschap } from '../casus/casus.graphql';
import { bronCasus, bronMaatregelen } from './ketenbeeld';
import { aantalTekst, CompacteTabel, Ketenblok, type BlokStaat } from './Ketenblok';
import type { Ketenbeeld, PersoonCasus } from './persoon.graphql';

/** How many timeline lines show before "Toon de hele tijdlijn". */
const TIJDLIJN_KORT = 8;

/** Open cases first, then the most recently changed. */
export function gesorteerdeCasussen(casussen: readonly PersoonCasus[]): PersoonCasus[] {
  return [...casussen].sort(
    (a, b) =>
      Number(isOpenStatus(b.status)) - Number(isOpenStatus(a.status)) ||
      Date.parse(b.bijgewerktOp) - Date.parse(a.bijgewerktOp),
  );
}

function Tijdlijn({ casus }: { readonly casus: PersoonCasus }) {
  const [alles, setAlles] = useState(false);
  const nu = Date.now();
  // Newest first: what happened last is what a reader of the ketenbeeld needs first.
  const regels = [...casus.tijdlijn].sort((a, b) => Date.parse(b.tijdstip) - Date.parse(a.tijdstip));
  const getoond: readonly TijdlijnRegel[] = alles ? regels : regels.slice(0, TIJDLIJN_KORT);
  const lijstId = `tijdlijn-${casus.id}`;
  return (
    <div className="ketenbeeld__deel" data-testid={`ketenbeeld-tijdlijn-${casus.id}`}>
      <h4>
        Tijdlijn <span className="legend__aantal">({regels.length}, nieuwste eerst)</span>
      </h4>
      {regels.length === 0 ? (
        <p className="leeg">Nog niets vastgelegd.</p>
      ) : (
        <>
          <ol className="tijdlijn tijdlijn--compact" id={lijstId}>
            {getoond.map((r, i) => {
              const soort = tijdlijnSoort(r.soort);
              const toekomst = Date.parse(r.tijdstip) > nu;
              return (
                <li
                  key={`${r.tijdstip}-${r.soort}-${r.refId ?? i}`}
                  className={`tijdlijn__regel tijdlijn__regel--${r.soort.toLowerCase()}${toekomst ? ' tijdlijn__regel--toekomst' : ''}`}
                  data-testid="ketenbeeld-tijdlijn-regel"
                  data-soort={r.soort}
                >
                  <span className="tijdlijn__icoon" aria-hidden="true">
                    {soort.icoon}
                  </span>
                  <div className="tijdlijn__inhoud">
                    <p className="tijdlijn__kop">
                      <span className="tijdlijn__soort">{soort.label}</span>
                      <time dateTime={r.tijdstip}>{formatTijdstip(r.tijdstip)}</time>
                      {toekomst && <span className="label label--gedempt">gepland</span>}
                      {r.organisatie && <span className="gedempt">{organisatieKort(r.organisatie)}</span>}
                    </p>
                    {/* Rendered as text by React: never as HTML. */}
                    <p className="tijdlijn__tekst">{r.omschrijving}</p>
                  </div>
                </li>
              );
            })}
          </ol>
          {regels.length > TIJDLIJN_KORT && (
            <button
              type="button"
              className="knop knop--secundair knop--klein"
              aria-expanded={alles}
              aria-controls={lijstId}
              onClick={() => setAlles((a) => !a)}
              data-testid={`tijdlijn-alles-${casus.id}`}
            >
              {alles ? 'Toon alleen de laatste regels' : `Toon de hele tijdlijn (${regels.length})`}
            </button>
          )}
        </>
      )}
    </div>
  );
}

function CasusKaart({ casus, eerste }: { readonly casus: PersoonCasus; readonly eerste: boolean }) {
  const titelId = `ketenbeeld-casus-${casus.id}-titel`;
  const inhoud = (
    <>
      <dl className="gegevens gegevens--compact">
        <Gegeven term="Status">
          <StatusLabel status={casus.status} />
          {casus.doorverwezenNaar && <span className="klein">naar {casus.doorverwezenNaar}</span>}
        </Gegeven>
        <Gegeven term="Spoor">{spoorLabel(casus.spoor)}</Gegeven>
        <Gegeven term="Kansarm">
          {casus.kansarm === null ? 'nog niet beoordeeld' : casus.kansarm ? 'ja' : 'nee'}
        </Gegeven>
        <Gegeven term="Land van herkomst">{landNaam(casus.land)}</Gegeven>
        <Gegeven term="Locatie">{locatieNaam(casus.locatieCode) ?? '—'}</Gegeven>
        <Gegeven term="Procedurefase">{procedurefaseLabel(casus.procedurefase)}</Gegeven>
        <Gegeven term="Procesregisseur">
          {casus.procesregisseur.naam}{' '}
          <span className="gedempt">({organisatieKort(casus.procesregisseur.organisatie)})</span>
        </Gegeven>
        <Gegeven term="Deelnemers">{casus.deelnemers.map(organisatieKort).join(', ')}</Gegeven>
        <Gegeven term="Aangemeld">
          <time dateTime={casus.aangemeldOp}>{formatTijdstip(casus.aangemeldOp)}</time>
        </Gegeven>
        {casus.afgerondOp && (
          <Gegeven term="Afgerond">
            <time dateTime={casus.afgerondOp}>{formatTijdstip(casus.afgerondOp)}</time>
          </Gegeven>
        )}
      </dl>
      {(casus.actiesTeLaat > 0 || casus.nieuweSignalen > 0) && (
        <p className="labels">
          {casus.actiesTeLaat > 0 && <TeLaatLabel aantal={casus.actiesTeLaat} />}
          {casus.nieuweSignalen > 0 && <NieuwLabel aantal={casus.nieuweSignalen} />}
        </p>
      )}
      <Tijdlijn casus={casus} />
    </>
  );
  return (
    <article
      className="ketenbeeld__casus"
      aria-labelledby={titelId}
      data-testid={`ketenbeeld-casus-${casus.id}`}
      data-status={casus.status}
    >
      <div className="ketenblok__kop">
        <h3 id={titelId}>
          Casus <span className="referentie">{casus.id.slice(0, 8)}</span>
          {casus.groepId && <span className="label label--groep">groepscasus</span>}
        </h3>
        <a
          className="knop knop--secundair knop--klein"
          href={pad.casus(casus.id)}
          data-testid={`casus-link-${casus.id}`}
        >
          Naar de casus
        </a>
      </div>
      {eerste ? (
        inhoud
      ) : (
        <details className="uitklap">
          <summary>
            <StatusLabel status={casus.status} /> aangemeld {formatDatum(casus.aangemeldOp)} — toon gegevens
            en tijdlijn
          </summary>
          {inhoud}
        </details>
      )}
    </article>
  );
}

function TopX({ topx }: { readonly topx: readonly TopXLidmaatschap[] }) {
  if (topx.length === 0) return null;
  return (
    <div className="ketenbeeld__deel" data-testid="ketenbeeld-topx">
      <h3>Top-X</h3>
      <ul className="topx-lijst">
        {topx.map((t) => (
          <li key={`${t.regio}-${t.maand}`}>
            <strong>
              {t.regio} · {t.maand}
            </strong>
            : rang {t.rang} (score {t.score})<span className="klein gedempt">{t.uitleg}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The person's case(s) in casusregie (as far as the viewer participates), with the timeline. */
export function CasusBlok({
  persoon,
  fout,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  readonly fout: string | undefined;
  readonly opnieuw: () => unknown;
}) {
  const casussen = gesorteerdeCasussen(persoon.casussen ?? []);
  const topx = persoon.topx ?? [];
  const staat: BlokStaat = fout
    ? { soort: 'fout', melding: fout, opnieuw }
    : casussen.length === 0 && topx.length === 0
      ? { soort: 'leeg', tekst: 'Er is geen casus over deze persoon in het kernteam.' }
      : { soort: 'inhoud' };
  return (
    <Ketenblok
      sleutel="casus"
      titel="Casus en tijdlijn"
      aantal={casussen.length > 1 ? aantalTekst(casussen.length, 'casus', 'casussen') : undefined}
      bron={bronCasus(persoon)}
      staat={staat}
    >
      {casussen.length === 0 && <p className="leeg">Er is geen casus over deze persoon in het kernteam.</p>}
      {casussen.map((c, i) => (
        <CasusKaart key={c.id} casus={c} eerste={i === 0} />
      ))}
      <TopX topx={topx} />
    </Ketenblok>
  );
}

/** Measures on the person's case(s), running first (casusregie, from the managed catalogue). */
export function MaatregelenBlok({
  persoon,
  fout,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  readonly fout: string | undefined;
  readonly opnieuw: () => unknown;
}) {
  const maatregelen = gesorteerdeCasussen(persoon.casussen ?? [])
    .flatMap((c) => c.maatregelen.map((m) => ({ ...m, casusId: c.id })))
    .sort(
      (a, b) =>
        Number(b.status === 'ACTIEF') - Number(a.status === 'ACTIEF') ||
        Date.parse(b.start) - Date.parse(a.start),
    );
  const staat: BlokStaat = fout
    ? { soort: 'fout', melding: fout, opnieuw }
    : maatregelen.length === 0
      ? {
          soort: 'leeg',
          tekst:
            (persoon.casussen ?? []).length === 0
              ? 'Geen maatregelen: er is geen casus.'
              : 'Geen maatregelen toegepast.',
        }
      : { soort: 'inhoud' };
  return (
    <Ketenblok
      sleutel="maatregelen"
      titel="Maatregelen"
      aantal={aantalTekst(maatregelen.length, 'maatregel', 'maatregelen')}
      bron={bronMaatregelen(persoon)}
      staat={staat}
    >
      <CompacteTabel
        bijschrift="Maatregelen, lopende eerst"
        koppen={['Maatregel', 'Eigenaar', 'Periode', 'Stand']}
        testid="ketenbeeld-maatregelen"
      >
        {maatregelen.map((m) => (
          <tr key={m.id} data-testid={`ketenbeeld-maatregel-${m.id}`} data-code={m.code}>
            <td>
              <strong>{m.naam}</strong>
              {m.wettelijkeGrondslag && <span className="klein gedempt">{m.wettelijkeGrondslag}</span>}
              <span className="klein omschrijving-kort">{m.reden}</span>
            </td>
            <td>{organisatieKort(m.eigenaar)}</td>
            <td className="nowrap">
              <time dateTime={m.start}>{formatDatum(m.start)}</time>
              <span className="klein">{m.eind ? `t/m ${formatDatum(m.eind)}` : 'geen einddatum'}</span>
            </td>
            <td>
              {m.status === 'ACTIEF' ? (
                <span className="label label--actief">loopt</span>
              ) : (
                <>
                  <span className="label label--gedempt">beëindigd</span>
                  {m.beeindigdReden && <span className="klein gedempt">{m.beeindigdReden}</span>}
                </>
              )}
            </td>
          </tr>
        ))}
      </CompacteTabel>
    </Ketenblok>
  );
}
