import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSessie } from '../../app/auth';
import { Laden, NietGevonden } from '../../app/OphaalStaat';
import { codeAlsTekst, formatDatum, formatTijdstip, locatieNaam, organisatieKort } from '../../app/opmaak';
import { magSignaalBeheren } from '../../app/rechten';
import { pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import { laatsteLijstZoek } from '../signalen/filter';
import { ErnstLabel, IngetrokkenLabel, PersoonLink, VptLabel } from '../signalen/onderdelen';
import { SignaalVoorstellen } from '../voorstellen/SignaalVoorstellen';
import { CorrectieFormulier } from './CorrectieFormulier';
import { useSignaal } from './hooks';
import { Intrekken } from './Intrekken';
import { PersonenToevoegen } from './PersonenToevoegen';
import { wijzigingen } from './historie';
import type { HistorieRegel, SignaalDetailGegevens } from './signaal.graphql';

type Actie = 'personen' | 'corrigeren' | 'intrekken';

const ACTIES: readonly { actie: Actie; tekst: string; testid: string }[] = [
  { actie: 'personen', tekst: 'Personen toevoegen', testid: 'actie-personen-toevoegen' },
  { actie: 'corrigeren', tekst: 'Corrigeren', testid: 'actie-corrigeren' },
  { actie: 'intrekken', tekst: 'Intrekken', testid: 'actie-intrekken' },
];

function Gegeven({ term, children, testid }: { term: string; children: ReactNode; testid?: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd data-testid={testid}>{children}</dd>
    </div>
  );
}

const onbekend = <span className="gedempt">onbekend</span>;

function Coordinaten({ s }: { s: SignaalDetailGegevens }) {
  const { breedtegraad: b, lengtegraad: l } = s.plaats;
  if (b === null || l === null) return null;
  const fmt = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 6 });
  return (
    <span className="klein gedempt">
      {fmt.format(b)} N, {fmt.format(l)} O
    </span>
  );
}

function Acties({ signaal }: { signaal: SignaalDetailGegevens }) {
  const [open, setOpen] = useState<Actie | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const meldingRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (melding) meldingRef.current?.focus();
  }, [melding]);
  // An opened panel: start typing in its first field.
  useEffect(() => {
    if (!open) return;
    document.getElementById(`paneel-${open}`)?.querySelector<HTMLElement>('textarea, select, input')?.focus();
  }, [open]);

  const klaar = (tekst: string) => {
    setOpen(null);
    setMelding(tekst);
  };
  const kies = (actie: Actie) => {
    setMelding(null);
    setOpen((huidig) => (huidig === actie ? null : actie));
  };

  return (
    <section className="kaart" aria-labelledby="acties-titel" data-testid="signaal-acties">
      <h2 id="acties-titel">Acties</h2>
      {melding && (
        <p
          className="melding melding--succes"
          role="status"
          tabIndex={-1}
          ref={meldingRef}
          data-testid="actie-succes"
        >
          {melding}
        </p>
      )}
      <div className="actieknoppen">
        {ACTIES.map((a) => (
          <button
            key={a.actie}
            type="button"
            className={`knop ${a.actie === 'intrekken' ? 'knop--gevaar-rand' : 'knop--secundair'}`}
            aria-expanded={open === a.actie}
            aria-controls={`paneel-${a.actie}`}
            onClick={() => kies(a.actie)}
            data-testid={a.testid}
          >
            {a.tekst}
          </button>
        ))}
      </div>
      {open && (
        <div id={`paneel-${open}`}>
          {open === 'personen' && (
            <PersonenToevoegen
              signaalId={signaal.id}
              aantalNu={signaal.personen.length}
              opKlaar={klaar}
              opAnnuleer={() => setOpen(null)}
            />
          )}
          {open === 'corrigeren' && (
            <CorrectieFormulier signaal={signaal} opKlaar={klaar} opAnnuleer={() => setOpen(null)} />
          )}
          {open === 'intrekken' && (
            <Intrekken
              signaalId={signaal.id}
              bronReferentie={signaal.bronReferentie}
              opKlaar={klaar}
              opAnnuleer={() => setOpen(null)}
            />
          )}
        </div>
      )}
    </section>
  );
}

function Personen({ signaal }: { signaal: SignaalDetailGegevens }) {
  const n = signaal.personen.length;
  return (
    <section className="kaart" aria-labelledby="personen-titel" data-testid="signaal-personen">
      <h2 id="personen-titel">
        Personen <span className="legend__aantal">({n === 1 ? '1 persoon' : `${n} personen`})</span>
      </h2>
      {n === 0 ? (
        <p className="leeg">Dit signaal noemt geen personen.</p>
      ) : (
        <Schuifvlak className="tabel-schuif">
          <table className="tabel tabel--compact">
            <caption className="visueel-verborgen">Personen in dit signaal</caption>
            <thead>
              <tr>
                <th scope="col">Persoon</th>
                <th scope="col">Naam</th>
                <th scope="col">COA-nummer</th>
                <th scope="col">Geboren</th>
                <th scope="col">Nationaliteit</th>
                <th scope="col">Omschrijving</th>
              </tr>
            </thead>
            <tbody>
              {signaal.personen.map((p) => (
                <tr key={p.id}>
                  <td>
                    <PersoonLink persoon={{ ...p, nationaliteit: null }} />
                  </td>
                  <td>{p.naam ?? <span className="gedempt">—</span>}</td>
                  <td>{p.coaNummer ?? <span className="gedempt">—</span>}</td>
                  <td className="nowrap">
                    {p.geboortedatum ? (
                      formatDatum(p.geboortedatum)
                    ) : p.geboortejaar ? (
                      <>ca. {p.geboortejaar}</>
                    ) : (
                      <span className="gedempt">—</span>
                    )}
                  </td>
                  <td>{p.nationaliteit ?? <span className="gedempt">—</span>}</td>
                  <td className="omschrijving">{p.omschrijving ?? <span className="gedempt">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Schuifvlak>
      )}
    </section>
  );
}

function Wijzigingen({ regel }: { regel: HistorieRegel }) {
  const lijst = wijzigingen(regel);
  if (lijst.length === 0) return null;
  return (
    <ul className="wijzigingen">
      {lijst.map((w, i) => (
        <li key={i}>{w}</li>
      ))}
    </ul>
  );
}

function Historie({ signaal }: { signaal: SignaalDetailGegevens }) {
  const regels = [...signaal.historie].sort((a, b) => b.versie - a.versie);
  return (
    <section className="kaart" aria-labelledby="historie-titel" data-testid="signaal-historie">
      <h2 id="historie-titel">Geschiedenis</h2>
      {regels.length === 0 ? (
        <p className="leeg">Geen wijzigingen vastgelegd.</p>
      ) : (
        <table className="tabel tabel--compact">
          <caption className="visueel-verborgen">Versies van dit signaal, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col" className="getal">
                Versie
              </th>
              <th scope="col">Wat</th>
              <th scope="col">Wanneer</th>
              <th scope="col">Door</th>
              <th scope="col">Reden</th>
            </tr>
          </thead>
          <tbody>
            {regels.map((h, i) => (
              <tr key={`${h.versie}-${h.actie}-${i}`} data-testid={`historie-${h.versie}`}>
                <td className="getal">{h.versie}</td>
                <td>
                  {codeAlsTekst(h.actie)}
                  <Wijzigingen regel={h} />
                </td>
                <td className="nowrap">
                  <time dateTime={h.tijdstip}>{formatTijdstip(h.tijdstip)}</time>
                </td>
                <td>
                  <abbr title={h.doorOrganisatie}>{organisatieKort(h.doorOrganisatie)}</abbr>
                </td>
                <td className="omschrijving">{h.reden ?? <span className="gedempt">—</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function SignaalDetail({ id }: { id: string }) {
  const sessie = useSessie();
  const { data, loading, error, refetch } = useSignaal(id);
  const signaal = data?.signaal ?? null;
  const ingetrokkenRef = useRef<HTMLDivElement>(null);
  const vorigeStatus = useRef<string | null>(null);

  // Withdrawn while on this page: the actions go away, so move focus to the notice that replaces them.
  const status = signaal?.status ?? null;
  useEffect(() => {
    if (vorigeStatus.current === 'ACTIEF' && status === 'INGETROKKEN') ingetrokkenRef.current?.focus();
    vorigeStatus.current = status;
  }, [status]);

  useEffect(() => {
    document.title = `${signaal ? `Signaal ${signaal.bronReferentie}` : 'Signaal'} — Ketenbeeld`;
  }, [signaal]);

  const terug = (
    <p className="kruimelpad">
      <a href={pad.signalen(laatsteLijstZoek())} data-testid="terug-naar-signalen">
        ‹ Terug naar signalen
      </a>
    </p>
  );

  if (loading && !signaal) {
    return <Laden terug={terug} tekst="Het signaal wordt opgehaald…" />;
  }

  if (!signaal) {
    return (
      <NietGevonden
        terug={terug}
        titel="Signaal"
        error={error}
        opnieuw={refetch}
        foutTekst="Het signaal kon niet worden opgehaald."
        foutTestid="fout-signaal"
        nietGevondenTekst="Signaal niet gevonden of geen toegang."
        nietGevondenTestid="signaal-niet-gevonden"
      />
    );
  }

  const s = signaal;
  const ingetrokken = s.status === 'INGETROKKEN';
  const intrekking = [...s.historie].reverse().find((h) => h.actie === 'INGETROKKEN');
  const locatie = locatieNaam(s.plaats.locatieCode);

  return (
    <section aria-labelledby="signaal-titel" data-testid="signaal-detail">
      {terug}
      <div className={`kaart signaalkaart${ingetrokken ? ' signaal--ingetrokken' : ''}`}>
        <p className="dienstblok__dienst">Signaal · {organisatieKort(s.bronOrganisatie)}</p>
        <h1 id="signaal-titel">
          {s.categorieLabel}
          {s.subcategorieLabel && <span className="titel__onder">{s.subcategorieLabel}</span>}
        </h1>
        <p className="labels" data-testid="signaal-labels">
          <ErnstLabel ernst={s.ernst} />
          {s.vpt && <VptLabel />}
          {ingetrokken && <IngetrokkenLabel />}
        </p>
        {ingetrokken && (
          <div
            className="melding melding--waarschuwing"
            role="status"
            tabIndex={-1}
            ref={ingetrokkenRef}
            data-testid="signaal-ingetrokken"
          >
            <p>
              Dit signaal is ingetrokken
              {intrekking && (
                <>
                  {' '}
                  op <time dateTime={intrekking.tijdstip}>{formatTijdstip(intrekking.tijdstip)}</time>
                  {intrekking.doorOrganisatie && <> door {organisatieKort(intrekking.doorOrganisatie)}</>}
                </>
              )}
              .{intrekking?.reden && <> Reden: {intrekking.reden}</>}
            </p>
          </div>
        )}
        <dl className="gegevens">
          <Gegeven term="Referentie bij de bron" testid="signaal-referentie">
            <span className="referentie">{s.bronReferentie}</span>
          </Gegeven>
          <Gegeven term="Bronorganisatie">
            <abbr title={s.bronOrganisatie}>{organisatieKort(s.bronOrganisatie)}</abbr>
          </Gegeven>
          <Gegeven term="Tijdstip incident">
            <time dateTime={s.tijdstipIncident}>{formatTijdstip(s.tijdstipIncident)}</time>
          </Gegeven>
          <Gegeven term="Tijdstip melding">
            <time dateTime={s.tijdstipMelding}>{formatTijdstip(s.tijdstipMelding)}</time>
          </Gegeven>
          <Gegeven term="Plaats" testid="signaal-plaats">
            {s.plaats.gemeente || locatie ? (
              <>
                {[s.plaats.gemeente, locatie].filter(Boolean).join(' · ')}
                {s.plaats.locatieCode && locatie !== s.plaats.locatieCode && (
                  <span className="klein gedempt">{s.plaats.locatieCode}</span>
                )}
                <Coordinaten s={s} />
              </>
            ) : (
              onbekend
            )}
          </Gegeven>
          <Gegeven term="Aangifte" testid="signaal-aangifte">
            {s.aangifte ? (
              <>Ja{s.pvNummer && <span className="klein">PV-nummer {s.pvNummer}</span>}</>
            ) : (
              'Nee'
            )}
          </Gegeven>
          <Gegeven term="Geregistreerd">
            <time dateTime={s.geregistreerdOp}>{formatTijdstip(s.geregistreerdOp)}</time>
            {s.geregistreerdDoor && (
              <span className="klein">door {organisatieKort(s.geregistreerdDoor)}</span>
            )}
          </Gegeven>
          <Gegeven term="Status en versie" testid="signaal-status">
            {ingetrokken ? 'Ingetrokken' : 'Actief'} · versie {s.versie}
          </Gegeven>
        </dl>
        <h2 className="signaalkaart__kop">Omschrijving</h2>
        {/* Rendered as text by React: never as HTML. */}
        <p className="omschrijving-tekst" data-testid="signaal-omschrijving">
          {s.omschrijving}
        </p>
      </div>

      {!ingetrokken && magSignaalBeheren(sessie.persona, s) && <Acties signaal={s} />}

      <Personen signaal={s} />
      <SignaalVoorstellen signaalId={s.id} />
      <Historie signaal={s} />
    </section>
  );
}
