import { useLiveVernieuwing } from '../../app/live';
import { useEffect, useRef, useState } from 'react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { Laden, NietGevonden } from '../../app/OphaalStaat';
import { formatTijdstip, locatieNaam, organisatieKort } from '../../app/opmaak';
import { magCasusWijzigen } from '../../app/rechten';
import { pad } from '../../app/router';
import { isOpenStatus, landNaam, procedurefaseLabel, spoorLabel, statusLabel } from '../casusregie/labels';
import { Gegeven, hoofdfout, NieuwLabel, StatusLabel, TeLaatLabel } from '../casusregie/onderdelen';
import { PersoonNaam } from '../casusregie/PersoonNaam';
import { laatsteCasusZoek } from '../casussen/filter';
import { ProcedurePlanBlok } from '../planning/ProcedurePlanBlok';
import { Acties } from './Acties';
import type { CasusDetailGegevens } from './casus.graphql';
import { CasusSignalen } from './CasusSignalen';
import { GegevensWijzigen } from './GegevensWijzigen';
import { Groep } from './Groep';
import { useCasus } from './hooks';
import { Maatregelen } from './Maatregelen';
import { StatusWijzigen } from './StatusWijzigen';
import { Tijdlijn } from './Tijdlijn';
import { Uitkomsten } from './Uitkomsten';

const onbekend = <span className="gedempt">onbekend</span>;

function jaNee(b: boolean | null) {
  return b === null ? onbekend : b ? 'Ja' : 'Nee';
}

function CasusKop({ casus }: { readonly casus: CasusDetailGegevens }) {
  const locatie = locatieNaam(casus.locatieCode);
  return (
    <div className="kaart casuskaart" data-testid="casus-kop">
      <p className="dienstblok__dienst">
        Casus <span className="referentie">{casus.id.slice(0, 8)}</span>
        {casus.groepId && <> · groepscasus</>}
      </p>
      <h1 id="casus-titel">
        <PersoonNaam persoon={casus.persoon} link={false} metNationaliteit />
      </h1>
      <p className="labels">
        <StatusLabel status={casus.status} testid="casus-status" />
        {casus.doorverwezenNaar && (
          <span className="label">naar {casus.doorverwezenNaar === 'TOPX' ? 'Top-X' : 'LKO'}</span>
        )}
        {casus.kansarm && <span className="label">kansarm</span>}
        {casus.groepId && <span className="label label--groep">groepscasus</span>}
        {casus.nieuweSignalen > 0 && <NieuwLabel aantal={casus.nieuweSignalen} />}
        {casus.actiesTeLaat > 0 && <TeLaatLabel aantal={casus.actiesTeLaat} testid="casus-acties-te-laat" />}
      </p>
      <dl className="gegevens">
        <Gegeven term="Spoor" testid="casus-spoor">
          {casus.spoor === null ? onbekend : spoorLabel(casus.spoor)}
        </Gegeven>
        <Gegeven term="Kansarm" testid="casus-kansarm">
          {jaNee(casus.kansarm)}
        </Gegeven>
        <Gegeven term="Land van herkomst" testid="casus-land">
          {casus.land ? (
            <>
              {landNaam(casus.land)} <span className="klein gedempt">{casus.land}</span>
            </>
          ) : (
            onbekend
          )}
        </Gegeven>
        <Gegeven term="Locatie" testid="casus-locatie">
          {locatie ?? onbekend}
        </Gegeven>
        <Gegeven term="Procedurefase" testid="casus-procedurefase">
          {casus.procedurefase ? procedurefaseLabel(casus.procedurefase) : onbekend}
        </Gegeven>
        <Gegeven term="Procesregisseur" testid="casus-procesregisseur">
          {casus.procesregisseur.naam}
          <span className="klein">{organisatieKort(casus.procesregisseur.organisatie)}</span>
        </Gegeven>
        <Gegeven term="Deelnemers" testid="casus-deelnemers">
          {casus.deelnemers.map(organisatieKort).join(', ')}
          <span className="klein gedempt">alleen zij zien deze casus</span>
        </Gegeven>
        <Gegeven term="Aangemeld">
          <time dateTime={casus.aangemeldOp}>{formatTijdstip(casus.aangemeldOp)}</time>
          {casus.afgerondOp && (
            <span className="klein">
              gesloten <time dateTime={casus.afgerondOp}>{formatTijdstip(casus.afgerondOp)}</time>
            </span>
          )}
        </Gegeven>
      </dl>
      <p className="casuskaart__persoon">
        <a href={pad.persoon(casus.persoon.id)} data-testid="casus-persoon-link">
          Persoonsbeeld openen ›
        </a>
      </p>
      {casus.transities.length > 0 && (
        <details className="uitklap casuskaart__transities" data-testid="casus-transities">
          <summary>Statusgeschiedenis ({casus.transities.length})</summary>
          <table className="tabel tabel--compact">
            <caption className="visueel-verborgen">Statusovergangen, oudste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Wanneer</th>
                <th scope="col">Overgang</th>
                <th scope="col">Door</th>
                <th scope="col">Reden</th>
              </tr>
            </thead>
            <tbody>
              {casus.transities.map((t, i) => (
                <tr key={`${t.tijdstip}-${i}`}>
                  <td className="nowrap">{formatTijdstip(t.tijdstip)}</td>
                  <td>
                    {t.van ? `${statusLabel(t.van)} → ` : ''}
                    {statusLabel(t.naar)}
                    {t.doorverwezenNaar && ` (${t.doorverwezenNaar})`}
                  </td>
                  <td>
                    {t.doorNaam}
                    <span className="klein gedempt">{organisatieKort(t.doorOrganisatie)}</span>
                  </td>
                  <td className="omschrijving">{t.reden}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}

type Paneel = 'status' | 'gegevens';

function Regie({ casus }: { readonly casus: CasusDetailGegevens }) {
  const [open, setOpen] = useState<Paneel | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const meldingRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);
  const kies = (p: Paneel) => {
    setMelding(null);
    setOpen((huidig) => (huidig === p ? null : p));
  };
  const klaar = (tekst: string) => {
    setOpen(null);
    setMelding(tekst);
  };
  return (
    <section className="kaart" aria-labelledby="regie-titel" data-testid="casus-regie">
      <h2 id="regie-titel">Regie</h2>
      {melding && (
        <p
          className="melding melding--succes"
          role="status"
          tabIndex={-1}
          ref={meldingRef}
          data-testid="regie-succes"
        >
          {melding}
        </p>
      )}
      <div className="actieknoppen">
        <button
          type="button"
          className="knop knop--secundair"
          aria-expanded={open === 'status'}
          aria-controls="paneel-status"
          onClick={() => kies('status')}
          disabled={casus.mogelijkeTransities.length === 0}
          data-testid="actie-status-wijzigen"
        >
          Status wijzigen
        </button>
        <button
          type="button"
          className="knop knop--secundair"
          aria-expanded={open === 'gegevens'}
          aria-controls="paneel-gegevens"
          onClick={() => kies('gegevens')}
          data-testid="actie-gegevens-wijzigen"
        >
          Gegevens wijzigen
        </button>
      </div>
      {open && (
        <div id={`paneel-${open}`}>
          {open === 'status' ? (
            <StatusWijzigen casus={casus} opKlaar={klaar} opAnnuleer={() => setOpen(null)} />
          ) : (
            <GegevensWijzigen casus={casus} opKlaar={klaar} opAnnuleer={() => setOpen(null)} />
          )}
        </div>
      )}
    </section>
  );
}

function TopX({ casus }: { readonly casus: CasusDetailGegevens }) {
  return (
    <section className="kaart" aria-labelledby="topx-titel" data-testid="casus-topx">
      <h2 id="topx-titel">Top-X</h2>
      {casus.topx.length === 0 ? (
        <p className="leeg">Deze persoon staat niet op een bevestigde Top-X-lijst.</p>
      ) : (
        <ul className="topx-lijst">
          {casus.topx.map((t) => (
            <li key={`${t.regio}-${t.maand}`}>
              <strong>
                {t.regio} · {t.maand}
              </strong>
              : rang {t.rang} (score {t.score})<span className="klein gedempt">{t.uitleg}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function CasusDetail({ id }: { readonly id: string }) {
  const sessie = useSessie();
  const { data, loading, error, refetch } = useCasus(id);
  const casus = data?.casus ?? null;
  const fout = hoofdfout(error);
  // A new signal or ZSM registration on this case shows without a reload (GET /live on the gateway).
  const live = useLiveVernieuwing({ casusId: id }, refetch);

  useEffect(() => {
    document.title = `${casus ? `Casus ${casus.id.slice(0, 8)}` : 'Casus'} — Ketenbeeld`;
  }, [casus]);

  const terug = (
    <p className="kruimelpad">
      <a href={pad.casussen(laatsteCasusZoek())} data-testid="terug-naar-casussen">
        ‹ Terug naar casussen
      </a>
    </p>
  );

  if (loading && !casus) return <Laden terug={terug} tekst="De casus wordt opgehaald…" />;
  if (!casus) {
    return (
      <NietGevonden
        terug={terug}
        titel="Casus"
        error={fout}
        opnieuw={refetch}
        foutTekst="De casus kon niet worden opgehaald."
        foutTestid="fout-casus"
        nietGevondenTekst="Casus niet gevonden, of uw organisatie neemt niet deel aan deze casus."
        nietGevondenTestid="casus-niet-gevonden"
      />
    );
  }

  const magWijzigen = magCasusWijzigen(sessie.persona, casus.deelnemers);
  const open = isOpenStatus(casus.status);
  return (
    <section aria-labelledby="casus-titel" data-testid="casus-detail">
      {terug}
      <p className="live-stand" role="status" aria-live="polite" data-testid="casus-live">
        {live.laatstVernieuwd
          ? `Bijgewerkt om ${live.laatstVernieuwd.toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam' })} na een melding uit de keten`
          : live.verbonden
            ? 'Live: nieuwe signalen verschijnen vanzelf'
            : ''}
      </p>
      {fout !== undefined && (
        <div className="melding melding--waarschuwing" role="status" data-testid="casus-deelfout">
          <p>Niet alle gegevens van de casus konden worden opgehaald. {foutTekst(fout)}</p>
        </div>
      )}
      <CasusKop casus={casus} />
      {magWijzigen ? (
        <Regie casus={casus} />
      ) : (
        <p className="melding melding--info" data-testid="casus-alleen-lezen">
          U leest mee: alleen deelnemende organisaties met een rol in het kernteam wijzigen deze casus.
        </p>
      )}
      <ProcedurePlanBlok casus={casus} />
      <div className="casus-indeling">
        <div className="casus-indeling__hoofd">
          <Maatregelen casus={casus} magWijzigen={magWijzigen && open} />
          <Acties casus={casus} persona={sessie.persona} magWijzigen={magWijzigen && open} />
          <Uitkomsten casus={casus} magWijzigen={magWijzigen} />
          <Tijdlijn regels={casus.tijdlijn} />
        </div>
        <div className="casus-indeling__zij">
          <CasusSignalen casus={casus} magWijzigen={magWijzigen} />
          {casus.groepId && <Groep casusId={casus.id} groepId={casus.groepId} />}
          <TopX casus={casus} />
        </div>
      </div>
    </section>
  );
}
