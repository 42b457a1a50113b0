import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { legUit } from '../../app/fouten';
import { formatDatum } from '../../app/opmaak';
import { pad } from '../../app/router';
import { nationaliteitTekst } from './IdentiteitBlok';
import { aantalTekst } from './Ketenblok';
import { ZOEK_PERSONEN, type PersoonTreffer } from './zoekPersonen.graphql';
import { leesZoekterm, ZOEKTERM_MIN, Zoekvak } from './Zoekvak';
import './persoon.css';

const MAX_TREFFERS = 25;

const GEVONDEN_OP: Readonly<Record<string, string>> = {
  V_NUMMER: 'V-nummer',
  COA_NUMMER: 'COA-nummer',
  NAAM: 'naam',
  ALIAS: 'andere naam',
};

function naamVan(p: PersoonTreffer['persoon']): string {
  return (
    p.naam ??
    (p.vNummer ? `V-nummer ${p.vNummer}` : null) ??
    (p.coaNummer ? `COA-nummer ${p.coaNummer}` : null) ??
    (p.omschrijving ? `“${p.omschrijving}”` : null) ??
    'Onbekende persoon'
  );
}

function Resultaten({
  treffers,
  meer,
  term,
}: {
  readonly treffers: readonly PersoonTreffer[];
  readonly meer: boolean;
  readonly term: string;
}) {
  if (treffers.length === 0) {
    return (
      <p className="leeg" data-testid="personen-leeg">
        Geen personen gevonden voor ‘{term}’ die u mag zien. Controleer het V-nummer of zoek op een deel van
        de naam.
      </p>
    );
  }
  return (
    <>
      <p className="personen__aantal" data-testid="personen-aantal">
        {aantalTekst(treffers.length, 'persoon', 'personen')} gevonden voor ‘{term}’
        {meer && ' (de eerste; verfijn de zoekterm voor de rest)'}
      </p>
      <div className="tabel-schuif">
        <table className="tabel personen-tabel" data-testid="personen-resultaten">
          <caption className="visueel-verborgen">
            Gevonden personen; open een naam voor het ketenbeeld
          </caption>
          <thead>
            <tr>
              <th scope="col">Naam</th>
              <th scope="col">V-nummer</th>
              <th scope="col">Nationaliteit</th>
              <th scope="col">Geboortedatum</th>
            </tr>
          </thead>
          <tbody>
            {treffers.map(({ persoon: p, gevondenOp, alias }) => (
              <tr key={p.id} data-testid={`persoon-treffer-${p.id}`}>
                <td>
                  <a href={pad.persoon(p.id)} data-testid={`persoon-resultaat-${p.id}`}>
                    {naamVan(p)}
                  </a>
                  <span className="klein gedempt">
                    gevonden op {GEVONDEN_OP[gevondenOp] ?? gevondenOp}
                    {alias && <> ({alias})</>}
                    {p.coaNummer && <> · COA-nummer {p.coaNummer}</>}
                  </span>
                  {p.status === 'SAMENGEVOEGD' && (
                    <span className="klein">
                      <span className="label label--gedempt">samengevoegd</span>
                      {p.samengevoegdIn && (
                        <a href={pad.persoon(p.samengevoegdIn)}>naar het behouden record</a>
                      )}
                    </span>
                  )}
                </td>
                <td className="nowrap">{p.vNummer ?? <span className="gedempt">voorlopig, geen</span>}</td>
                <td>{nationaliteitTekst(p.nationaliteit) ?? <span className="gedempt">onbekend</span>}</td>
                <td className="nowrap">
                  {p.geboortedatum ? (
                    formatDatum(p.geboortedatum)
                  ) : p.geboortejaar ? (
                    `geschat ${p.geboortejaar}`
                  ) : (
                    <span className="gedempt">onbekend</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/**
 * #/personen[?zoek=…]: find a person by V-nummer, (part of a) name or COA-nummer and open their
 * ketenbeeld. Only persons the viewer may see come back (signalen applies need-to-know).
 */
export function PersoonZoeken({ zoek }: { readonly zoek: string }) {
  const term = leesZoekterm(zoek);
  const zoeken = term.length >= ZOEKTERM_MIN;
  const { data, loading, error, refetch } = useQuery(ZOEK_PERSONEN, {
    variables: { zoekterm: term, eerste: MAX_TREFFERS },
    skip: !zoeken,
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'none',
  });

  useEffect(() => {
    document.title = `${zoeken ? `Personen: ${term}` : 'Personen zoeken'} — Ketenbeeld`;
  }, [zoeken, term]);

  const resultaat = data?.zoekPersonen;

  let inhoud;
  if (!zoeken) {
    inhoud = (
      <p className="leeg" data-testid="personen-start">
        {term
          ? `Vul minstens ${ZOEKTERM_MIN} tekens in.`
          : 'Zoek op V-nummer, (een deel van) de naam of het COA-nummer. U ziet alleen personen die u mag zien.'}
      </p>
    );
  } else if (error) {
    inhoud = (
      <div className="melding melding--fout" role="alert" data-testid="fout-personen">
        <p>Zoeken is mislukt. {legUit(error).melding}</p>
        <button type="button" className="knop knop--secundair" onClick={() => void refetch()}>
          Opnieuw proberen
        </button>
      </div>
    );
  } else if (loading && !resultaat) {
    inhoud = (
      <p className="laden" data-testid="personen-laden">
        Personen worden gezocht…
      </p>
    );
  } else if (resultaat) {
    inhoud = <Resultaten treffers={resultaat.treffers} meer={resultaat.meer} term={term} />;
  }

  return (
    <section aria-labelledby="personen-titel" data-testid="personen-pagina">
      <div className="paginakop personen__kop">
        <div>
          <h1 id="personen-titel">Personen</h1>
          <p className="inleiding">
            Zoek een persoon en open het ketenbeeld: alles wat de keten over hem of haar weet en u mag zien.
          </p>
        </div>
      </div>
      <div className="kaart personen__zoeken">
        <Zoekvak key={term} begin={term} testid="personen-zoekvak" />
      </div>
      <section
        className="personen__resultaten"
        aria-labelledby="personen-resultaten-titel"
        aria-live="polite"
        aria-busy={loading || undefined}
      >
        <h2 id="personen-resultaten-titel" className="visueel-verborgen">
          Zoekresultaten
        </h2>
        {inhoud}
      </section>
    </section>
  );
}
