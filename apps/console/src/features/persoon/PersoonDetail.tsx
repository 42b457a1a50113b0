import { useEffect, type ReactNode } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { legUit } from '../../app/fouten';
import { codeAlsTekst, formatDatum, formatTijdstip, organisatieKort } from '../../app/opmaak';
import { pad } from '../../app/router';
import { SIGNAAL_OPTIES } from '../nieuw-signaal/signaalOpties.graphql';
import { usePersoon, type Blok } from './usePersoon';

interface BlokProps {
  readonly blok: Blok;
  readonly dienst: string;
  readonly titel: string;
  readonly fout: string | undefined;
  readonly leeg: boolean;
  readonly leegTekst: string;
  readonly children: ReactNode;
}

/** One block of the person view, supplied by one service. */
function Dienstblok({ blok, dienst, titel, fout, leeg, leegTekst, children }: BlokProps) {
  const titelId = `blok-${blok}-titel`;
  return (
    <section className="kaart dienstblok" aria-labelledby={titelId} data-testid={`blok-${blok}`}>
      <p className="dienstblok__dienst">Bron: {dienst}</p>
      <h2 id={titelId}>{titel}</h2>
      {fout ? (
        <p className="melding melding--waarschuwing" role="status">
          Deze gegevens zijn nu niet beschikbaar ({dienst}): {fout}
        </p>
      ) : leeg ? (
        <p className="leeg">{leegTekst}</p>
      ) : (
        children
      )}
    </section>
  );
}

/** Category labels from the cached options, if the form was opened this session; else readable codes. */
function useCategorieLabel(): (code: string) => string {
  const { data } = useQuery(SIGNAAL_OPTIES, { fetchPolicy: 'cache-only' });
  return (code) => data?.signaalCategorieen.find((c) => c.code === code)?.label ?? codeAlsTekst(code);
}

export function PersoonDetail({ id }: { id: string }) {
  const { data, loading, error, blokFouten, refetch } = usePersoon(id);
  const categorieLabel = useCategorieLabel();
  const persoon = data?.persoon;

  useEffect(() => {
    document.title = `${persoon?.vNummer ?? persoon?.naam ?? 'Persoon'} — Ketenbeeld`;
  }, [persoon?.vNummer, persoon?.naam]);

  const terug = (
    <p className="kruimelpad">
      <a href={pad.signalen()}>‹ Terug naar signalen</a>
    </p>
  );

  if (loading && data === undefined) {
    return (
      <section>
        {terug}
        <p className="laden" role="status">
          Gegevens van de persoon worden opgehaald…
        </p>
      </section>
    );
  }

  if (!persoon) {
    // No person: no such person / no access (need-to-know; NOT_FOUND or FORBIDDEN), or a failure
    // (network, or a failing service whose non-null field nulled the whole person).
    const codes = CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.extensions?.code) : [];
    const alleenFout =
      error !== undefined &&
      (codes.length === 0 || !codes.every((c) => c === 'NOT_FOUND' || c === 'FORBIDDEN'));
    return (
      <section>
        {terug}
        <h1>Persoon</h1>
        {alleenFout ? (
          <div className="melding melding--fout" role="alert" data-testid="fout-persoon">
            <p>De gegevens van de persoon konden niet worden opgehaald. {legUit(error).melding}</p>
            <button type="button" className="knop knop--secundair" onClick={() => void refetch()}>
              Opnieuw proberen
            </button>
          </div>
        ) : (
          <div className="melding melding--info" role="status" data-testid="persoon-niet-gevonden">
            <p>Persoon niet gevonden of geen toegang.</p>
          </div>
        )}
      </section>
    );
  }

  const signalen = persoon.signalen ?? [];
  const meldingen = persoon.signaalMeldingen ?? [];
  const zsm = persoon.zsmSignaalOverzicht ?? [];
  const plaatsingen = persoon.plaatsingen ?? [];

  return (
    <section aria-labelledby="persoon-titel" data-testid="persoon-detail">
      {terug}
      <div className="kaart persoonskaart">
        <p className="dienstblok__dienst">Persoon</p>
        <h1 id="persoon-titel">
          {persoon.naam ?? (persoon.vNummer ? `V-nummer ${persoon.vNummer}` : 'Onbekende persoon')}
        </h1>
        <dl className="gegevens">
          <div>
            <dt>V-nummer</dt>
            <dd data-testid="persoon-vnummer">
              {persoon.vNummer ?? <span className="gedempt">nog niet bekend (voorlopige identiteit)</span>}
            </dd>
          </div>
          <div>
            <dt>Naam</dt>
            <dd>{persoon.naam ?? <span className="gedempt">onbekend</span>}</dd>
          </div>
          <div>
            <dt>Geboortedatum</dt>
            <dd>
              {persoon.geboortedatum ? (
                formatDatum(persoon.geboortedatum)
              ) : (
                <span className="gedempt">onbekend</span>
              )}
            </dd>
          </div>
          <div>
            <dt>Nationaliteit</dt>
            <dd>{persoon.nationaliteit ?? <span className="gedempt">onbekend</span>}</dd>
          </div>
        </dl>
      </div>

      {blokFouten.overig.length > 0 && (
        <div className="melding melding--waarschuwing" role="status" data-testid="persoon-deelfout">
          <p>Niet alle gegevens konden worden opgehaald: {blokFouten.overig.join(' ')}</p>
        </div>
      )}

      <div className="blokken">
        <Dienstblok
          blok="signalen"
          dienst="Signalen"
          titel="Signalen"
          fout={blokFouten.perBlok.signalen}
          leeg={signalen.length === 0}
          leegTekst="Geen signalen over deze persoon."
        >
          <table className="tabel tabel--compact">
            <thead>
              <tr>
                <th scope="col">Tijdstip incident</th>
                <th scope="col">Categorie</th>
                <th scope="col">Bron</th>
              </tr>
            </thead>
            <tbody>
              {signalen.map((s) => (
                <tr key={s.id}>
                  <td className="nowrap">
                    <time dateTime={s.tijdstipIncident}>{formatTijdstip(s.tijdstipIncident)}</time>
                  </td>
                  <td>{s.categorieLabel}</td>
                  <td>{organisatieKort(s.bronOrganisatie)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dienstblok>

        <Dienstblok
          blok="signaalMeldingen"
          dienst="Casusregie"
          titel="Signalen voor het kernteam"
          fout={blokFouten.perBlok.signaalMeldingen}
          leeg={meldingen.length === 0}
          leegTekst="Het kernteam heeft geen signalen over deze persoon ontvangen."
        >
          <table className="tabel tabel--compact">
            <thead>
              <tr>
                <th scope="col">Ontvangen</th>
                <th scope="col">Categorie</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {meldingen.map((m) => (
                <tr key={m.signaalId}>
                  <td className="nowrap">
                    <time dateTime={m.ontvangenOp}>{formatTijdstip(m.ontvangenOp)}</time>
                  </td>
                  <td>{categorieLabel(m.categorie)}</td>
                  <td>
                    <span className="label">{codeAlsTekst(m.status)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dienstblok>

        <Dienstblok
          blok="zsmSignaalOverzicht"
          dienst="ZSM"
          titel="Signalen per categorie"
          fout={blokFouten.perBlok.zsmSignaalOverzicht}
          leeg={zsm.length === 0}
          leegTekst="ZSM kent geen signalen over deze persoon."
        >
          <table className="tabel tabel--compact">
            <thead>
              <tr>
                <th scope="col">Categorie</th>
                <th scope="col" className="getal">
                  Aantal
                </th>
                <th scope="col">Laatste</th>
              </tr>
            </thead>
            <tbody>
              {zsm.map((z) => (
                <tr key={z.categorie}>
                  <td>{categorieLabel(z.categorie)}</td>
                  <td className="getal">{z.aantal}</td>
                  <td className="nowrap">
                    {z.laatste ? <time dateTime={z.laatste}>{formatTijdstip(z.laatste)}</time> : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dienstblok>

        <Dienstblok
          blok="plaatsingen"
          dienst="Planning"
          titel="Plaatsingen"
          fout={blokFouten.perBlok.plaatsingen}
          leeg={plaatsingen.length === 0}
          leegTekst="Geen plaatsingen voor deze persoon."
        >
          <table className="tabel tabel--compact">
            <thead>
              <tr>
                <th scope="col">Locatie</th>
                <th scope="col">Status</th>
                <th scope="col">Van</th>
                <th scope="col">Tot</th>
              </tr>
            </thead>
            <tbody>
              {plaatsingen.map((p) => (
                <tr key={p.id}>
                  <td>{p.locatie}</td>
                  <td>
                    <span className="label">{codeAlsTekst(p.status)}</span>
                  </td>
                  <td className="nowrap">{formatDatum(p.van)}</td>
                  <td className="nowrap">
                    {p.tot ? formatDatum(p.tot) : <span className="gedempt">lopend</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Dienstblok>
      </div>
    </section>
  );
}
