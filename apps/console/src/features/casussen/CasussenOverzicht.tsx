import { useCallback, useEffect, useMemo, useState, type FormEvent, type MouseEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { foutTekst } from '../../app/fouten';
import { alsLocatieCode, formatTijdstip, LOCATIES, locatieNaam, organisatieKort } from '../../app/opmaak';
import { navigeer, pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import { CASUS_STATUSSEN, landNaam, SPOREN, spoorKort } from '../casusregie/labels';
import { hoofdfout, NieuwLabel, StatusLabel, TeLaatLabel } from '../casusregie/onderdelen';
import { PersoonNaam } from '../casusregie/PersoonNaam';
import { CASUSSEN, type CasusRij } from './casussen.graphql';
import {
  alsCasusFilter,
  casusFilterAlsZoek,
  isLeegCasusFilter,
  leesCasusFilter,
  onthoudCasusZoek,
  type CasusFilterWaarden,
} from './filter';

export const CASUSSEN_PAGINA = 50;

function FilterFormulier({ huidig }: { readonly huidig: CasusFilterWaarden }) {
  const [waarden, setWaarden] = useState<CasusFilterWaarden>(huidig);
  const zet = <K extends keyof CasusFilterWaarden>(veld: K, waarde: CasusFilterWaarden[K]) =>
    setWaarden((w) => ({ ...w, [veld]: waarde }));

  function pasToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const locatie = waarden.locatie.trim() ? alsLocatieCode(waarden.locatie) : '';
    navigeer(pad.casussen(casusFilterAlsZoek({ ...waarden, locatie })));
  }

  return (
    <form
      className="kaart filterpaneel"
      onSubmit={pasToe}
      noValidate
      aria-labelledby="casusfilter-titel"
      data-testid="casussen-filter"
    >
      <h2 id="casusfilter-titel" className="filterpaneel__titel">
        Filteren
      </h2>
      <div className="filterpaneel__velden">
        <div className="veld">
          <label htmlFor="casusfilter-status" className="veld__label">
            Status
          </label>
          <select
            id="casusfilter-status"
            value={waarden.status}
            onChange={(e) => zet('status', e.target.value)}
            data-testid="casussen-filter-status"
          >
            <option value="">Alle</option>
            <option value="OPEN">Lopend (alle open)</option>
            {CASUS_STATUSSEN.map((s) => (
              <option key={s.code} value={s.code}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="veld">
          <label htmlFor="casusfilter-spoor" className="veld__label">
            Spoor
          </label>
          <select
            id="casusfilter-spoor"
            value={waarden.spoor}
            onChange={(e) => zet('spoor', e.target.value)}
            data-testid="casussen-filter-spoor"
          >
            <option value="">Alle sporen</option>
            {SPOREN.map((s) => (
              <option key={s.spoor} value={String(s.spoor)}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="veld">
          <label htmlFor="casusfilter-locatie" className="veld__label">
            Locatie
          </label>
          <input
            id="casusfilter-locatie"
            type="text"
            list="casusfilter-locaties"
            autoComplete="off"
            placeholder="Locatiecode, bijv. TER_APEL"
            value={waarden.locatie}
            onChange={(e) => zet('locatie', e.target.value)}
            data-testid="casussen-filter-locatie"
          />
          <datalist id="casusfilter-locaties">
            {LOCATIES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.naam}
              </option>
            ))}
          </datalist>
        </div>
        <div className="veld">
          <label htmlFor="casusfilter-procesregisseur" className="veld__label">
            Procesregisseur
          </label>
          <input
            id="casusfilter-procesregisseur"
            type="text"
            autoComplete="off"
            placeholder="(Deel van de) naam"
            value={waarden.procesregisseur}
            onChange={(e) => zet('procesregisseur', e.target.value)}
            data-testid="casussen-filter-procesregisseur"
          />
        </div>
        <div className="veld vinkje filterpaneel__vinkje">
          <div className="vinkje__regel">
            <input
              id="casusfilter-achterstallig"
              type="checkbox"
              checked={waarden.achterstallig}
              onChange={(e) => zet('achterstallig', e.target.checked)}
              data-testid="casussen-filter-achterstallig"
            />
            <label htmlFor="casusfilter-achterstallig" className="vinkje__label">
              Alleen met acties te laat
            </label>
          </div>
        </div>
      </div>
      <div className="filterpaneel__acties">
        <button type="submit" className="knop knop--primair" data-testid="casussen-filter-toepassen">
          Filteren
        </button>
        {!isLeegCasusFilter(huidig) && (
          <a className="knop knop--link" href={pad.casussen()} data-testid="casussen-filter-wissen">
            Filters wissen
          </a>
        )}
      </div>
    </form>
  );
}

/** A click anywhere on a row opens the case, except on its own links and buttons. */
function openBijKlik(e: MouseEvent<HTMLTableRowElement>, id: string) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if ((e.target as HTMLElement).closest('a, button, input, select, textarea, summary')) return;
  if (window.getSelection()?.toString()) return;
  navigeer(pad.casus(id));
}

function CasusTabelRij({ c }: { readonly c: CasusRij }) {
  const locatie = locatieNaam(c.locatieCode);
  return (
    <tr
      className={`tabel__rij--klikbaar${c.actiesTeLaat > 0 ? ' casus--achterstallig' : ''}`}
      onClick={(e) => openBijKlik(e, c.id)}
      data-testid={`casus-${c.id}`}
    >
      <td>
        <a href={pad.casus(c.id)} className="rij__titel" data-testid={`casus-link-${c.id}`}>
          Casus <span className="referentie">{c.id.slice(0, 8)}</span>
        </a>
        <span className="klein">
          <PersoonNaam persoon={c.persoon} metNationaliteit />
        </span>
        {c.groepId && <span className="label label--groep">groepscasus</span>}
      </td>
      <td>
        <StatusLabel status={c.status} />
      </td>
      <td className="nowrap">
        {spoorKort(c.spoor)}
        {c.kansarm && <span className="klein gedempt">kansarm</span>}
        {c.land && <span className="klein gedempt">{landNaam(c.land)}</span>}
      </td>
      <td>{locatie ?? <span className="gedempt">—</span>}</td>
      <td>
        {c.procesregisseur.naam}
        <span className="klein gedempt">{organisatieKort(c.procesregisseur.organisatie)}</span>
      </td>
      <td className="nowrap">
        <time dateTime={c.aangemeldOp}>{formatTijdstip(c.aangemeldOp)}</time>
      </td>
      <td>
        {c.nieuweSignalen > 0 || c.actiesTeLaat > 0 ? (
          <span className="labels">
            {c.nieuweSignalen > 0 && <NieuwLabel aantal={c.nieuweSignalen} testid={`casus-nieuw-${c.id}`} />}
            {c.actiesTeLaat > 0 && <TeLaatLabel aantal={c.actiesTeLaat} testid={`casus-telaat-${c.id}`} />}
          </span>
        ) : (
          <span className="gedempt">—</span>
        )}
      </td>
    </tr>
  );
}

export function CasussenOverzicht({ zoek }: { readonly zoek: string }) {
  const filterWaarden = useMemo(() => leesCasusFilter(zoek), [zoek]);
  const filter = useMemo(() => alsCasusFilter(filterWaarden), [filterWaarden]);
  const { data, loading, error, networkStatus, fetchMore, refetch } = useQuery(CASUSSEN, {
    variables: { filter, eerste: CASUSSEN_PAGINA },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const casussen = data?.casussen.items ?? [];
  const volgendeCursor = data?.casussen.volgendeCursor ?? null;
  const bezigMetMeer = networkStatus === NetworkStatus.fetchMore;
  const fout = hoofdfout(error);
  const gefilterd = !isLeegCasusFilter(filterWaarden);

  const meerLaden = useCallback(async () => {
    if (volgendeCursor) await fetchMore({ variables: { na: volgendeCursor } });
  }, [fetchMore, volgendeCursor]);

  useEffect(() => {
    document.title = 'Casussen — Ketenbeeld';
  }, []);
  useEffect(() => {
    onthoudCasusZoek(zoek);
  }, [zoek]);

  const totaal = data?.casussen.totaal;
  return (
    <section aria-labelledby="casussen-titel">
      <div className="paginakop">
        <div>
          <h1 id="casussen-titel">Casussen</h1>
          <p className="inleiding">
            Casussen onder regie van het kernteam waaraan uw organisatie deelneemt, laatst aangemeld eerst.
            Kies een casus voor de tijdlijn, maatregelen, acties en uitkomsten.
          </p>
        </div>
        <div className="paginakop__acties">
          <button
            type="button"
            className="knop knop--secundair"
            onClick={() => void refetch()}
            disabled={loading}
          >
            {networkStatus === NetworkStatus.refetch ? 'Vernieuwen…' : 'Vernieuwen'}
          </button>
        </div>
      </div>

      <FilterFormulier key={zoek} huidig={filterWaarden} />

      {fout !== undefined && (
        <div className="melding melding--fout" role="alert" data-testid="fout-casussen">
          <p>De casussen konden niet worden opgehaald. {foutTekst(fout)}</p>
        </div>
      )}
      {loading && data === undefined && (
        <p className="laden" role="status">
          Casussen worden geladen…
        </p>
      )}
      {data !== undefined && casussen.length === 0 && (
        <div className="kaart leeg" data-testid="casussen-leeg">
          {gefilterd ? (
            <p>
              Geen casussen die aan dit filter voldoen. <a href={pad.casussen()}>Toon alle casussen</a>
            </p>
          ) : (
            <p>
              Er zijn (nog) geen casussen waaraan uw organisatie deelneemt. Casussen ontstaan uit voorstellen
              bij nieuwe signalen.
            </p>
          )}
        </div>
      )}
      {casussen.length > 0 && (
        <>
          <Schuifvlak className="kaart kaart--tabel">
            <table className="tabel" data-testid="casussen-tabel">
              <caption className="visueel-verborgen">
                Casussen, laatst aangemeld eerst{gefilterd ? ', gefilterd' : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Casus en persoon</th>
                  <th scope="col">Status</th>
                  <th scope="col">Spoor</th>
                  <th scope="col">Locatie</th>
                  <th scope="col">Procesregisseur</th>
                  <th scope="col">Aangemeld</th>
                  <th scope="col">Aandacht</th>
                </tr>
              </thead>
              <tbody>
                {casussen.map((c) => (
                  <CasusTabelRij key={c.id} c={c} />
                ))}
              </tbody>
            </table>
          </Schuifvlak>
          <div className="lijstvoet">
            <p className="gedempt" role="status" data-testid="casussen-aantal">
              {casussen.length} van <strong data-testid="casussen-totaal">{totaal ?? casussen.length}</strong>{' '}
              {totaal === 1 ? 'casus' : 'casussen'} getoond
              {gefilterd ? ' (gefilterd)' : ''}.
            </p>
            {volgendeCursor && (
              <button
                type="button"
                className="knop knop--secundair"
                onClick={() => void meerLaden()}
                disabled={bezigMetMeer}
                data-testid="meer-laden"
              >
                {bezigMetMeer ? 'Meer casussen laden…' : 'Meer laden'}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
