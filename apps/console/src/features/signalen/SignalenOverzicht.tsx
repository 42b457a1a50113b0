import { useEffect } from 'react';
import { NetworkStatus } from '@apollo/client';
import { foutTekst } from '../../app/fouten';
import { formatTijdstip, organisatieKort } from '../../app/opmaak';
import { pad } from '../../app/router';
import type { SignaalPersoon } from './signalen.graphql';
import { useSignalen } from './useSignalen';

function PersoonLink({ persoon }: { persoon: SignaalPersoon }) {
  const tekst = persoon.vNummer ?? persoon.naam ?? 'Onbekende persoon';
  const titel = [persoon.vNummer && `V-nummer ${persoon.vNummer}`, persoon.naam, persoon.nationaliteit]
    .filter(Boolean)
    .join(' · ');
  return (
    <a href={pad.persoon(persoon.id)} data-testid={`persoon-${persoon.id}`} title={titel || undefined}>
      {tekst}
      {persoon.nationaliteit && <span className="gedempt"> ({persoon.nationaliteit})</span>}
    </a>
  );
}

export function SignalenOverzicht() {
  const { signalen, loading, error, networkStatus, refetch, data } = useSignalen();

  useEffect(() => {
    document.title = 'Signalen — Ketenbeeld';
  }, []);

  const vernieuwen = networkStatus === NetworkStatus.refetch || (loading && data !== undefined);

  return (
    <section aria-labelledby="signalen-titel">
      <div className="paginakop">
        <div>
          <h1 id="signalen-titel">Signalen</h1>
          <p className="inleiding">
            Meldingen van ketenpartners over gedrag van personen, nieuwste incident eerst.
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
          <p>Er zijn nog geen signalen geregistreerd die u mag inzien.</p>
          <p>
            <a href={pad.nieuwSignaal()}>Registreer een nieuw signaal</a>
          </p>
        </div>
      )}

      {signalen.length > 0 && (
        <div className="kaart kaart--tabel">
          <table className="tabel" data-testid="signalen-tabel">
            <caption className="visueel-verborgen">Signalen, nieuwste incident eerst</caption>
            <thead>
              <tr>
                <th scope="col">Tijdstip incident</th>
                <th scope="col">Bron</th>
                <th scope="col">Referentie</th>
                <th scope="col">Categorie</th>
                <th scope="col">Personen</th>
                <th scope="col">Omschrijving</th>
              </tr>
            </thead>
            <tbody>
              {signalen.map((s) => (
                <tr key={s.id} data-testid={`signaal-${s.id}`}>
                  <td className="nowrap">
                    <time dateTime={s.tijdstipIncident}>{formatTijdstip(s.tijdstipIncident)}</time>
                    <span className="klein gedempt">
                      Geregistreerd{' '}
                      <time dateTime={s.geregistreerdOp}>{formatTijdstip(s.geregistreerdOp)}</time>
                    </span>
                  </td>
                  <td>
                    <abbr title={s.bronOrganisatie}>{organisatieKort(s.bronOrganisatie)}</abbr>
                  </td>
                  <td className="referentie">{s.bronReferentie}</td>
                  <td>{s.categorieLabel}</td>
                  <td>
                    {s.personen.length === 0 ? (
                      <span className="gedempt">—</span>
                    ) : (
                      <ul className="personen-lijst">
                        {s.personen.map((p) => (
                          <li key={p.id}>
                            <PersoonLink persoon={p} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  {/* Rendered as text by React: never as HTML. */}
                  <td className="omschrijving">{s.omschrijving}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
