import { useEffect, type ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { Laden, NietGevonden } from '../../app/OphaalStaat';
import { codeAlsTekst, formatDatum, formatTijdstip, organisatieKort } from '../../app/opmaak';
import {
  magAfdoeningsadviesSchrijven,
  magDublinAkkoordVastleggen,
  magIdentiteitenKoppelen,
  magZsmZien,
} from '../../app/rechten';
import { pad } from '../../app/router';
import { SIGNAAL_OPTIES } from '../nieuw-signaal/signaalOpties.graphql';
import { PersoonPlanning } from '../planning/PersoonPlanning';
import { ErnstLabel, IngetrokkenLabel, persoonTekst, VptLabel } from '../signalen/onderdelen';
import { Koppelen, Samenvoegingen } from './Koppelen';
import { Strafrecht } from './Strafrecht';
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

type Kop = string | { readonly tekst: string; readonly className: string };

/** A compact table: column headers, then the rows given as children. */
function CompacteTabel({
  koppen,
  children,
}: {
  readonly koppen: readonly Kop[];
  readonly children: ReactNode;
}) {
  return (
    <table className="tabel tabel--compact">
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
  );
}

/** "samenvoeging:<id>" → "bij samenvoeging"; other sources as readable text. */
function aliasBron(bron: string): string {
  if (bron.startsWith('samenvoeging')) return 'bij samenvoeging';
  if (bron.startsWith('signaal')) return 'uit een signaal';
  return codeAlsTekst(bron);
}

/** Category labels from the cached options, if the form was opened this session; else readable codes. */
function useCategorieLabel(): (code: string) => string {
  const { data } = useQuery(SIGNAAL_OPTIES, { fetchPolicy: 'cache-only' });
  return (code) => data?.signaalCategorieen.find((c) => c.code === code)?.label ?? codeAlsTekst(code);
}

const onbekend = <span className="gedempt">onbekend</span>;

export function PersoonDetail({ id }: { id: string }) {
  const sessie = useSessie();
  const magKoppelen = magIdentiteitenKoppelen(sessie.persona);
  const metZsm = magZsmZien(sessie.persona);
  const { data, loading, error, blokFouten, refetch } = usePersoon(id, magKoppelen, metZsm);
  const categorieLabel = useCategorieLabel();
  const persoon = data?.persoon;

  useEffect(() => {
    document.title = `${persoon ? persoonTekst(persoon) : 'Persoon'} — Ketenbeeld`;
  }, [persoon]);

  const terug = (
    <p className="kruimelpad">
      <a href={pad.signalen()}>‹ Terug naar signalen</a>
    </p>
  );

  if (loading && data === undefined) {
    return <Laden terug={terug} tekst="Gegevens van de persoon worden opgehaald…" />;
  }

  if (!persoon) {
    // No person: no such person / no access, or a failure (network, or a failing service whose
    // non-null field nulled the whole person).
    return (
      <NietGevonden
        terug={terug}
        titel="Persoon"
        error={error}
        opnieuw={refetch}
        foutTekst="De gegevens van de persoon konden niet worden opgehaald."
        foutTestid="fout-persoon"
        nietGevondenTekst="Persoon niet gevonden of geen toegang."
        nietGevondenTestid="persoon-niet-gevonden"
      />
    );
  }

  const samengevoegd = persoon.status === 'SAMENGEVOEGD';
  const aliassen = persoon.aliassen ?? [];
  const signalen = persoon.signalen ?? [];
  const meldingen = persoon.signaalMeldingen ?? [];
  const zsm = persoon.zsmSignaalOverzicht ?? [];

  return (
    <section aria-labelledby="persoon-titel" data-testid="persoon-detail">
      {terug}
      <div className="kaart persoonskaart">
        <p className="dienstblok__dienst">Persoon</p>
        <h1 id="persoon-titel">
          {persoon.naam ??
            (persoon.vNummer
              ? `V-nummer ${persoon.vNummer}`
              : persoon.coaNummer
                ? `COA-nummer ${persoon.coaNummer}`
                : 'Onbekende persoon')}
        </h1>
        {samengevoegd && (
          <div className="melding melding--waarschuwing" role="status" data-testid="persoon-opgegaan-in">
            <p>
              Dit record is samengevoegd
              {persoon.samengevoegdIn ? (
                <>
                  : opgegaan in{' '}
                  <a href={pad.persoon(persoon.samengevoegdIn)} data-testid="link-opgegaan-in">
                    het behouden record
                  </a>
                  . Nieuwe gegevens komen daar terecht.
                </>
              ) : (
                '.'
              )}
            </p>
          </div>
        )}
        <dl className="gegevens">
          <div>
            <dt>V-nummer</dt>
            <dd data-testid="persoon-vnummer">
              {persoon.vNummer ?? <span className="gedempt">nog niet bekend (voorlopige identiteit)</span>}
            </dd>
          </div>
          <div>
            <dt>Naam</dt>
            <dd>{persoon.naam ?? onbekend}</dd>
          </div>
          <div>
            <dt>Geboortedatum</dt>
            <dd>
              {persoon.geboortedatum ? (
                formatDatum(persoon.geboortedatum)
              ) : persoon.geboortejaar ? (
                <span data-testid="persoon-geboortejaar">geschat {persoon.geboortejaar}</span>
              ) : (
                onbekend
              )}
            </dd>
          </div>
          <div>
            <dt>Nationaliteit</dt>
            <dd>{persoon.nationaliteit ?? onbekend}</dd>
          </div>
          <div>
            <dt>COA-nummer</dt>
            <dd data-testid="persoon-coanummer">{persoon.coaNummer ?? onbekend}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd data-testid="persoon-status">
              {samengevoegd ? 'Samengevoegd' : persoon.vNummer ? 'Actief' : 'Actief (voorlopige identiteit)'}
            </dd>
          </div>
          {persoon.geboortedatum && persoon.geboortejaar && (
            <div>
              <dt>Geschat geboortejaar</dt>
              <dd>{persoon.geboortejaar}</dd>
            </div>
          )}
          {persoon.omschrijving && (
            <div className="gegevens__breed">
              <dt>Omschrijving</dt>
              <dd className="omschrijving-tekst" data-testid="persoon-omschrijving">
                {persoon.omschrijving}
              </dd>
            </div>
          )}
        </dl>
        {aliassen.length > 0 && (
          <div className="aliassen" data-testid="persoon-aliassen">
            <h2 className="persoonskaart__kop">Ook bekend als</h2>
            <ul>
              {aliassen.map((a, i) => (
                <li key={`${a.naam}-${i}`}>
                  <strong>{a.naam}</strong>{' '}
                  <span className="gedempt klein-inline">
                    ({aliasBron(a.bron)}, {formatDatum(a.toegevoegdOp)})
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>

      {magKoppelen ? (
        <Koppelen
          persoon={persoon}
          kandidaten={persoon.kandidaten ?? []}
          samenvoegingen={persoon.samenvoegingen ?? []}
          opGewijzigd={() => refetch()}
        />
      ) : (
        (persoon.samenvoegingen?.length ?? 0) > 0 && (
          <section className="kaart" aria-labelledby="samenvoegingen-titel" data-testid="blok-samenvoegingen">
            <h2 id="samenvoegingen-titel">Samenvoegingen</h2>
            <Samenvoegingen
              persoonId={persoon.id}
              samenvoegingen={persoon.samenvoegingen}
              magKoppelen={false}
            />
          </section>
        )
      )}

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
          <CompacteTabel koppen={['Tijdstip incident', 'Categorie', 'Ernst', 'Bron']}>
            {signalen.map((s) => (
              <tr key={s.id} className={s.status === 'INGETROKKEN' ? 'signaal--ingetrokken' : undefined}>
                <td className="nowrap">
                  <a href={pad.signaal(s.id)} data-testid={`signaal-link-${s.id}`}>
                    <time dateTime={s.tijdstipIncident}>{formatTijdstip(s.tijdstipIncident)}</time>
                  </a>
                </td>
                <td>
                  {s.categorieLabel}
                  {(s.vpt || s.status === 'INGETROKKEN') && (
                    <span className="labels">
                      {s.vpt && <VptLabel />}
                      {s.status === 'INGETROKKEN' && <IngetrokkenLabel />}
                    </span>
                  )}
                </td>
                <td>
                  <ErnstLabel ernst={s.ernst} />
                </td>
                <td>{organisatieKort(s.bronOrganisatie)}</td>
              </tr>
            ))}
          </CompacteTabel>
        </Dienstblok>

        <Dienstblok
          blok="signaalMeldingen"
          dienst="Casusregie"
          titel="Signalen voor het kernteam"
          fout={blokFouten.perBlok.signaalMeldingen}
          leeg={meldingen.length === 0}
          leegTekst="Het kernteam heeft geen signalen over deze persoon ontvangen."
        >
          <CompacteTabel koppen={['Ontvangen', 'Categorie', 'Status']}>
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
          </CompacteTabel>
        </Dienstblok>

        <Dienstblok
          blok="zsmSignaalOverzicht"
          dienst="ZSM"
          titel="Signalen per categorie"
          fout={blokFouten.perBlok.zsmSignaalOverzicht}
          leeg={zsm.length === 0}
          leegTekst="ZSM kent geen signalen over deze persoon."
        >
          <CompacteTabel koppen={['Categorie', { tekst: 'Aantal', className: 'getal' }, 'Laatste']}>
            {zsm.map((z) => (
              <tr key={z.categorie}>
                <td>{categorieLabel(z.categorie)}</td>
                <td className="getal">{z.aantal}</td>
                <td className="nowrap">
                  {z.laatste ? <time dateTime={z.laatste}>{formatTijdstip(z.laatste)}</time> : '—'}
                </td>
              </tr>
            ))}
          </CompacteTabel>
        </Dienstblok>
      </div>

      <PersoonPlanning persoonId={persoon.id} />

      {metZsm && (
        <Strafrecht
          persoonId={persoon.id}
          registraties={persoon.zsmRegistraties ?? null}
          detenties={persoon.detenties ?? null}
          dublinClaim={persoon.dublinClaim ?? null}
          advies={persoon.afdoeningsadvies ?? null}
          fout={
            blokFouten.perBlok.strafrecht ??
            // A subgraph that does not answer at all gives an error without a path: all four empty.
            (persoon.zsmRegistraties == null &&
            persoon.detenties == null &&
            persoon.dublinClaim == null &&
            persoon.afdoeningsadvies == null &&
            blokFouten.overig.length > 0
              ? blokFouten.overig.join(' ')
              : undefined)
          }
          magAdviesSchrijven={magAfdoeningsadviesSchrijven(sessie.persona)}
          magDublinVastleggen={magDublinAkkoordVastleggen(sessie.persona)}
        />
      )}
    </section>
  );
}
