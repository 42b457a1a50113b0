import { Fragment, useEffect, useMemo, useState, type FormEvent, type MouseEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { foutTekst } from '../../app/fouten';
import { formatTijdstip, organisatieKort } from '../../app/opmaak';
import { navigeer, pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import { SIGNAAL_OPTIES } from '../nieuw-signaal/signaalOpties.graphql';
import {
  alsSignaalFilter,
  filterAlsZoek,
  isLeegFilter,
  leesFilter,
  onthoudLijstZoek,
  type FilterWaarden,
} from './filter';
import { ErnstLabel, IngetrokkenLabel, PersoonLink, plaatsTekst, VptLabel } from './onderdelen';
import type { SignaalRij } from './signalen.graphql';
import { useSignalen } from './useSignalen';

/** Persons shown per row; a group incident shows "+ N meer". */
const PERSONEN_IN_RIJ = 5;

function FilterFormulier({ huidig }: { huidig: FilterWaarden }) {
  const opties = useQuery(SIGNAAL_OPTIES, { fetchPolicy: 'cache-first' });
  const [waarden, setWaarden] = useState<FilterWaarden>(huidig);
  const [fout, setFout] = useState<string | null>(null);
  const zet = <K extends keyof FilterWaarden>(veld: K, waarde: FilterWaarden[K]) => {
    setWaarden((w) => ({ ...w, [veld]: waarde }));
    setFout(null);
  };

  function pasToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (waarden.van && waarden.tot && waarden.van > waarden.tot) {
      setFout('De periode klopt niet: "van" ligt na "tot".');
      return;
    }
    navigeer(pad.signalen(filterAlsZoek(waarden)));
  }

  const organisaties = opties.data?.organisaties ?? [];
  const categorieen = opties.data?.signaalCategorieen ?? [];
  const bekendeCategorie = categorieen.some(
    (c) => c.code === waarden.categorie || c.subcategorieen.some((sub) => sub.code === waarden.categorie),
  );
  return (
    <form
      className="kaart filterpaneel"
      onSubmit={pasToe}
      noValidate
      aria-labelledby="filter-titel"
      data-testid="signalen-filter"
    >
      <h2 id="filter-titel" className="filterpaneel__titel">
        Filteren
      </h2>
      {fout && (
        <p className="veld__fout" role="alert" data-testid="fout-signalen-filter">
          {fout}
        </p>
      )}
      <div className="filterpaneel__velden">
        <div className="veld">
          <label htmlFor="filter-organisatie" className="veld__label">
            Organisatie
          </label>
          <select
            id="filter-organisatie"
            value={waarden.organisatie}
            onChange={(e) => zet('organisatie', e.target.value)}
            data-testid="signalen-filter-organisatie"
          >
            <option value="">Alle organisaties</option>
            {organisaties.map((o) => (
              <option key={o.code} value={o.code}>
                {organisatieKort(o.code)}
              </option>
            ))}
            {waarden.organisatie && !organisaties.some((o) => o.code === waarden.organisatie) && (
              <option value={waarden.organisatie}>{waarden.organisatie}</option>
            )}
          </select>
        </div>
        <div className="veld">
          <label htmlFor="filter-categorie" className="veld__label">
            Categorie
          </label>
          <select
            id="filter-categorie"
            value={waarden.categorie}
            onChange={(e) => zet('categorie', e.target.value)}
            data-testid="signalen-filter-categorie"
          >
            <option value="">Alle categorieën</option>
            {categorieen.map((c) => (
              <Fragment key={c.code}>
                <option value={c.code}>{c.label}</option>
                {c.subcategorieen.map((sub) => (
                  <option key={sub.code} value={sub.code}>
                    {'\u00a0\u00a0– '}
                    {sub.label}
                  </option>
                ))}
              </Fragment>
            ))}
            {waarden.categorie && !bekendeCategorie && (
              <option value={waarden.categorie}>{waarden.categorie}</option>
            )}
          </select>
        </div>
        <fieldset className="filterpaneel__periode">
          <legend className="veld__label">Periode (incident)</legend>
          <div className="filterpaneel__datums">
            <div>
              <label htmlFor="filter-van" className="filterpaneel__sublabel">
                van
              </label>
              <input
                id="filter-van"
                type="date"
                value={waarden.van}
                max={waarden.tot || undefined}
                onChange={(e) => zet('van', e.target.value)}
                data-testid="signalen-filter-van"
              />
            </div>
            <div>
              <label htmlFor="filter-tot" className="filterpaneel__sublabel">
                tot en met
              </label>
              <input
                id="filter-tot"
                type="date"
                value={waarden.tot}
                min={waarden.van || undefined}
                onChange={(e) => zet('tot', e.target.value)}
                data-testid="signalen-filter-tot"
              />
            </div>
          </div>
        </fieldset>
        <div className="veld">
          <label htmlFor="filter-plaats" className="veld__label">
            Plaats
          </label>
          <input
            id="filter-plaats"
            type="text"
            autoComplete="off"
            placeholder="Gemeente of locatiecode"
            value={waarden.plaats}
            onChange={(e) => zet('plaats', e.target.value)}
            data-testid="signalen-filter-plaats"
          />
        </div>
        <div className="veld">
          <label htmlFor="filter-status" className="veld__label">
            Status
          </label>
          <select
            id="filter-status"
            value={waarden.status}
            onChange={(e) => zet('status', e.target.value)}
            data-testid="signalen-filter-status"
          >
            <option value="">Alle</option>
            <option value="ACTIEF">Actief</option>
            <option value="INGETROKKEN">Ingetrokken</option>
          </select>
        </div>
        <div className="veld vinkje filterpaneel__vinkje">
          <div className="vinkje__regel">
            <input
              id="filter-vpt"
              type="checkbox"
              checked={waarden.alleenVpt}
              onChange={(e) => zet('alleenVpt', e.target.checked)}
              data-testid="signalen-filter-vpt"
            />
            <label htmlFor="filter-vpt" className="vinkje__label">
              Alleen VPT
            </label>
          </div>
        </div>
      </div>
      <div className="filterpaneel__acties">
        <button type="submit" className="knop knop--primair" data-testid="signalen-filter-toepassen">
          Filteren
        </button>
        {!isLeegFilter(huidig) && (
          <a className="knop knop--link" href={pad.signalen()} data-testid="signalen-filter-wissen">
            Filters wissen
          </a>
        )}
      </div>
    </form>
  );
}

/** A click anywhere on a row opens the signal, except on its own links and buttons. */
function openBijKlik(e: MouseEvent<HTMLTableRowElement>, id: string) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const doel = e.target as HTMLElement;
  if (doel.closest('a, button, input, select, textarea, summary')) return;
  if (window.getSelection()?.toString()) return; // selecting text is not a click
  navigeer(pad.signaal(id));
}

function SignaalTabelRij({ s }: { s: SignaalRij }) {
  const ingetrokken = s.status === 'INGETROKKEN';
  const plaats = plaatsTekst(s.plaats);
  const zichtbarePersonen = s.personen.slice(0, PERSONEN_IN_RIJ);
  const overig = s.personen.length - zichtbarePersonen.length;
  return (
    <tr
      data-testid={`signaal-${s.id}`}
      className={`tabel__rij--klikbaar${ingetrokken ? ' signaal--ingetrokken' : ''}`}
      onClick={(e) => openBijKlik(e, s.id)}
    >
      <td className="tijd-plaats">
        <time className="nowrap" dateTime={s.tijdstipIncident}>
          {formatTijdstip(s.tijdstipIncident)}
        </time>
        {plaats && <span className="klein">{plaats}</span>}
        <span className="klein gedempt nowrap">
          Geregistreerd <time dateTime={s.geregistreerdOp}>{formatTijdstip(s.geregistreerdOp)}</time>
        </span>
      </td>
      <td>
        <abbr title={s.bronOrganisatie}>{organisatieKort(s.bronOrganisatie)}</abbr>
      </td>
      <td className="referentie">
        <a href={pad.signaal(s.id)} data-testid={`signaal-link-${s.id}`}>
          {s.bronReferentie}
        </a>
      </td>
      <td>
        {s.categorieLabel}
        {s.subcategorieLabel && <span className="klein gedempt">{s.subcategorieLabel}</span>}
        {(s.vpt || ingetrokken) && (
          <span className="labels">
            {s.vpt && <VptLabel />}
            {ingetrokken && <IngetrokkenLabel />}
          </span>
        )}
      </td>
      <td>
        <ErnstLabel ernst={s.ernst} />
      </td>
      <td>
        {s.personen.length === 0 ? (
          <span className="gedempt">—</span>
        ) : (
          <ul className="personen-lijst">
            {zichtbarePersonen.map((p) => (
              <li key={p.id}>
                <PersoonLink persoon={p} />
              </li>
            ))}
            {overig > 0 && (
              <li className="gedempt klein">
                en {overig === 1 ? '1 andere persoon' : `${overig} andere personen`}
              </li>
            )}
          </ul>
        )}
      </td>
      {/* Rendered as text by React: never as HTML. */}
      <td className="omschrijving">{s.omschrijving}</td>
    </tr>
  );
}

export function SignalenOverzicht({ zoek }: { zoek: string }) {
  const filterWaarden = useMemo(() => leesFilter(zoek), [zoek]);
  const filter = useMemo(() => alsSignaalFilter(filterWaarden), [filterWaarden]);
  const { signalen, volgendeCursor, meerLaden, bezigMetMeer, loading, error, networkStatus, refetch, data } =
    useSignalen(filter);
  const gefilterd = !isLeegFilter(filterWaarden);

  useEffect(() => {
    document.title = 'Signalen — Ketenbeeld';
  }, []);
  useEffect(() => {
    onthoudLijstZoek(zoek);
  }, [zoek]);

  const vernieuwen =
    networkStatus === NetworkStatus.refetch || (loading && data !== undefined && !bezigMetMeer);

  return (
    <section aria-labelledby="signalen-titel">
      <div className="paginakop">
        <div>
          <h1 id="signalen-titel">Signalen</h1>
          <p className="inleiding">
            Meldingen van ketenpartners over gedrag van personen, laatst geregistreerd eerst. Kies een signaal
            voor alle gegevens en de geschiedenis.
          </p>
        </div>
        <div className="paginakop__acties">
          <button
            type="button"
            className="knop knop--secundair"
            onClick={() => void refetch()}
            disabled={loading}
          >
            {vernieuwen ? 'Vernieuwen…' : 'Vernieuwen'}
          </button>
          <a className="knop knop--primair" href={pad.nieuwSignaal()} data-testid="link-nieuw-signaal">
            Nieuw signaal
          </a>
        </div>
      </div>

      <FilterFormulier key={zoek} huidig={filterWaarden} />

      {error && (
        <div className="melding melding--fout" role="alert" data-testid="fout-signalen">
          <p>De signalen konden niet worden opgehaald. {foutTekst(error)}</p>
        </div>
      )}

      {loading && data === undefined && (
        <p className="laden" role="status">
          Signalen worden geladen…
        </p>
      )}

      {data !== undefined && signalen.length === 0 && (
        <div className="kaart leeg" data-testid="signalen-leeg">
          {gefilterd ? (
            <p>
              Geen signalen die aan dit filter voldoen. <a href={pad.signalen()}>Toon alle signalen</a>
            </p>
          ) : (
            <>
              <p>Er zijn nog geen signalen geregistreerd die u mag inzien.</p>
              <p>
                <a href={pad.nieuwSignaal()}>Registreer een nieuw signaal</a>
              </p>
            </>
          )}
        </div>
      )}

      {signalen.length > 0 && (
        <>
          <Schuifvlak className="kaart kaart--tabel">
            <table className="tabel" data-testid="signalen-tabel">
              <caption className="visueel-verborgen">
                Signalen, laatst geregistreerd eerst{gefilterd ? ', gefilterd' : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Tijdstip en plaats</th>
                  <th scope="col">Bron</th>
                  <th scope="col">Referentie</th>
                  <th scope="col">Categorie</th>
                  <th scope="col">Ernst</th>
                  <th scope="col">Personen</th>
                  <th scope="col">Omschrijving</th>
                </tr>
              </thead>
              <tbody>
                {signalen.map((s) => (
                  <SignaalTabelRij key={s.id} s={s} />
                ))}
              </tbody>
            </table>
          </Schuifvlak>
          <div className="lijstvoet">
            <p className="gedempt" role="status" data-testid="signalen-aantal">
              {signalen.length === 1 ? '1 signaal' : `${signalen.length} signalen`} getoond
              {volgendeCursor ? '; er zijn er meer.' : '.'}
            </p>
            {volgendeCursor && (
              <button
                type="button"
                className="knop knop--secundair"
                onClick={() => void meerLaden()}
                disabled={bezigMetMeer}
                data-testid="meer-laden"
              >
                {bezigMetMeer ? 'Meer signalen laden…' : 'Meer laden'}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
