import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSessie, type Persona } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { Formulieracties, mutatieFout, Veld, Vinkje, zonder, type FormulierFout } from '../../app/formulier';
import { Laden, NietGevonden } from '../../app/OphaalStaat';
import { formatTijdstip, locatieNaam, organisatieKort } from '../../app/opmaak';
import { magCasusWijzigen, magVoorstellenBeslissen } from '../../app/rechten';
import { pad } from '../../app/router';
import type { Organisatie } from '../../gql/schema';
import {
  ActieVelden,
  alsActieInvoer,
  controleerActie,
  eigenaarVoorkeur,
  legeActie,
  type ActieWaarden,
} from '../casus/Acties';
import { CASUSSEN } from '../casussen/casussen.graphql';
import {
  AGENDA_REDEN_LABEL,
  isOrganisatie,
  OPEN_STATUSSEN,
  overlegSoortLabel,
  spoorKort,
} from '../casusregie/labels';
import {
  Formulierfouten,
  GEEN_FOUT,
  hoofdfout,
  OrganisatieOpties,
  StatusLabel,
  Succesmelding,
  TeLaatLabel,
  veldKoppeling,
  veldNamen,
} from '../casusregie/onderdelen';
import { PersoonNaam } from '../casusregie/PersoonNaam';
import {
  useLegBesluitVast,
  useRegistreerAanwezigheid,
  useVerplaatsAgendapunt,
  useVernieuwAgenda,
  useVoegAgendapuntToe,
} from './hooks';
import { OVERLEG, type Agendapunt, type OverlegDetailGegevens } from './overleg.graphql';

const T = 'besluit-tekst';
const A = 'besluit-met-actie';
const ACTIE_VELDEN_NAMEN = {
  omschrijving: 'besluitactie-omschrijving',
  eigenaarOrganisatie: 'besluitactie-eigenaarOrganisatie',
  eigenaarPersoon: 'besluitactie-eigenaarPersoon',
  deadline: 'besluitactie-deadline',
} as const;

/** "Besluit vastleggen": the decision, and optionally an action that lands on the case. */
function BesluitFormulier({
  punt,
  persona,
  opKlaar,
  opAnnuleer,
}: {
  readonly punt: Agendapunt;
  readonly persona: Persona;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const deelnemers = punt.casus?.deelnemers ?? [];
  const [tekst, setTekst] = useState('');
  const [metActie, setMetActie] = useState(false);
  const [actie, setActie] = useState<ActieWaarden>(() =>
    legeActie(eigenaarVoorkeur(deelnemers, persona.organisatie)),
  );
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [leg, { loading: bezig }] = useLegBesluitVast();

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = metActie ? controleerActie(actie, 'besluitactie') : {};
    if (!tekst.trim()) velden[T] = ['Vul in wat er is besloten.'];
    if (Object.keys(velden).length) {
      setFout({ velden, samenvatting: null, banner: null });
      const eerste = [T, ...Object.values(ACTIE_VELDEN_NAMEN)].find((v) => v in velden);
      document.getElementById(`veld-${eerste}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      await leg({
        variables: {
          agendapuntId: punt.id,
          tekst: tekst.trim(),
          actie: metActie ? alsActieInvoer(actie) : null,
        },
      });
      opKlaar(metActie ? 'Besluit vastgelegd; de actie staat op de casus.' : 'Besluit vastgelegd.');
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'Het besluit is niet vastgelegd:',
          (veld) => (veld === 'tekst' ? T : veldKoppeling(ACTIE_VELDEN_NAMEN)(veld)),
          veldNamen({
            [T]: 'Besluit',
            [ACTIE_VELDEN_NAMEN.omschrijving]: 'Actie',
            [ACTIE_VELDEN_NAMEN.eigenaarOrganisatie]: 'Eigenaar (organisatie)',
            [ACTIE_VELDEN_NAMEN.eigenaarPersoon]: 'Eigenaar (persoon)',
            [ACTIE_VELDEN_NAMEN.deadline]: 'Deadline',
          }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-label="Besluit vastleggen"
      data-testid="besluit-formulier"
    >
      <Formulierfouten fout={fout} testid="besluit" />
      <Veld
        veld={T}
        label="Besluit"
        hint="Wat het overleg over deze casus besloot."
        fouten={fout.velden}
        verplicht
      >
        {(p) => (
          <textarea
            {...p}
            rows={2}
            maxLength={2000}
            value={tekst}
            onChange={(e) => {
              setTekst(e.target.value);
              setFout((f) => ({ ...f, velden: zonder(f.velden, T) }));
            }}
          />
        )}
      </Veld>
      <Vinkje
        veld={A}
        label="Met een actie"
        hint="De actie komt op de casus, met eigenaar en deadline; te laat betekent escalatie naar de procesregisseur."
        fouten={fout.velden}
        aangevinkt={metActie}
        opWijzig={setMetActie}
      />
      {metActie && (
        <div className="veld--ingesprongen">
          <ActieVelden
            prefix="besluitactie"
            waarden={actie}
            deelnemers={deelnemers}
            fouten={fout.velden}
            opWijzig={(w, veld) => {
              setActie(w);
              setFout((f) => ({ ...f, velden: zonder(f.velden, veld) }));
            }}
          />
        </div>
      )}
      <Formulieracties
        bezig={bezig}
        tekst="Besluit vastleggen"
        bezigTekst="Bezig…"
        testid="besluit-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

function AgendapuntItem({
  punt,
  positie,
  aantal,
  persona,
  magVoeren,
  besluitOpen,
  opBesluit,
  opMelding,
  opFout,
}: {
  readonly punt: Agendapunt;
  readonly positie: number;
  readonly aantal: number;
  readonly persona: Persona;
  readonly magVoeren: boolean;
  readonly besluitOpen: boolean;
  readonly opBesluit: (open: boolean) => void;
  readonly opMelding: (melding: string) => void;
  readonly opFout: (fout: FormulierFout) => void;
}) {
  const [verplaats, { loading: bezig }] = useVerplaatsAgendapunt();
  const c = punt.casus;
  const magBesluiten = magVoeren && c !== null && magCasusWijzigen(persona, c.deelnemers);

  async function naar(volgorde: number) {
    opFout(GEEN_FOUT);
    try {
      await verplaats({ variables: { agendapuntId: punt.id, volgorde } });
    } catch (err) {
      opFout(mutatieFout(err, 'Het agendapunt is niet verplaatst:', () => null, veldNamen()));
    }
  }

  return (
    <li className="agendapunt" data-testid={`agendapunt-${punt.id}`} data-casus={punt.casusId}>
      <div className="agendapunt__kop">
        <span className="agendapunt__nummer" aria-hidden="true">
          {positie}
        </span>
        <div className="agendapunt__casus">
          {c ? (
            <>
              <h3 className="agendapunt__titel">
                <PersoonNaam persoon={c.persoon} metNationaliteit />
              </h3>
              <p className="labels">
                <StatusLabel status={c.status} />
                <span className="label">{spoorKort(c.spoor)}</span>
                {c.actiesTeLaat > 0 && <TeLaatLabel aantal={c.actiesTeLaat} />}
                {punt.redenen.map((r) => (
                  <span key={r} className={`label label--reden label--reden-${r.toLowerCase()}`}>
                    {AGENDA_REDEN_LABEL[r] ?? r}
                  </span>
                ))}
              </p>
              <p className="klein gedempt">
                {locatieNaam(c.locatieCode) ?? 'locatie onbekend'} · procesregisseur {c.procesregisseur.naam}{' '}
                ({organisatieKort(c.procesregisseur.organisatie)}) ·{' '}
                <a href={pad.casus(c.id)} data-testid={`agendapunt-casus-${punt.id}`}>
                  Casus openen ›
                </a>
              </p>
            </>
          ) : (
            <>
              <h3 className="agendapunt__titel">Casus zonder inzage</h3>
              <p className="klein gedempt">Uw organisatie neemt niet deel aan deze casus.</p>
            </>
          )}
        </div>
        {magVoeren && (
          <div className="agendapunt__verplaatsen">
            <button
              type="button"
              className="knop knop--secundair knop--klein"
              onClick={() => void naar(positie - 1)}
              disabled={bezig || positie === 1}
              aria-label={`Agendapunt ${positie} omhoog`}
              data-testid={`agendapunt-omhoog-${punt.id}`}
            >
              ↑
            </button>
            <button
              type="button"
              className="knop knop--secundair knop--klein"
              onClick={() => void naar(positie + 1)}
              disabled={bezig || positie === aantal}
              aria-label={`Agendapunt ${positie} omlaag`}
              data-testid={`agendapunt-omlaag-${punt.id}`}
            >
              ↓
            </button>
          </div>
        )}
      </div>
      {punt.toelichting.length > 0 && (
        <ul className="agendapunt__toelichting">
          {punt.toelichting.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
        </ul>
      )}
      {punt.besluiten.length > 0 && (
        <div className="besluiten">
          <h4 className="besluiten__titel">Besluiten</h4>
          <ul>
            {punt.besluiten.map((b) => (
              <li key={b.id} data-testid={`besluit-${b.id}`}>
                <p className="besluit__tekst">{b.tekst}</p>
                <p className="klein gedempt">
                  {organisatieKort(b.doorOrganisatie)} ·{' '}
                  <time dateTime={b.tijdstip}>{formatTijdstip(b.tijdstip)}</time>
                </p>
                {b.actie && (
                  <p className="besluit__actie" data-testid={`besluit-actie-${b.id}`}>
                    Actie voor <strong>{organisatieKort(b.actie.eigenaarOrganisatie)}</strong>
                    {b.actie.eigenaarPersoon && <> ({b.actie.eigenaarPersoon})</>}: {b.actie.omschrijving} —
                    uiterlijk <time dateTime={b.actie.deadline}>{formatTijdstip(b.actie.deadline)}</time>
                    {b.actie.status !== 'OPEN' && <span className="label label--actief">gedaan</span>}
                    {b.actie.teLaat && <TeLaatLabel />}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {magBesluiten && (
        <div className="agendapunt__acties">
          <button
            type="button"
            className="knop knop--secundair knop--klein"
            aria-expanded={besluitOpen}
            onClick={() => opBesluit(!besluitOpen)}
            data-testid={`besluit-vastleggen-${punt.id}`}
          >
            Besluit vastleggen
          </button>
        </div>
      )}
      {besluitOpen && magBesluiten && (
        <BesluitFormulier
          punt={punt}
          persona={persona}
          opKlaar={(m) => {
            opBesluit(false);
            opMelding(m);
          }}
          opAnnuleer={() => opBesluit(false)}
        />
      )}
    </li>
  );
}

function CasusToevoegen({
  overleg,
  opKlaar,
}: {
  readonly overleg: OverlegDetailGegevens;
  readonly opKlaar: (melding: string) => void;
}) {
  const V = 'agendapunt-casus';
  const open = useQuery(CASUSSEN, {
    variables: {
      filter: {
        status: [...OPEN_STATUSSEN],
        ...(overleg.soort === 'LKO' && overleg.locatieCode ? { locatieCode: overleg.locatieCode } : {}),
      },
      eerste: 200,
    },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const [casusId, setCasusId] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [voegToe, { loading: bezig }] = useVoegAgendapuntToe();
  const opAgenda = new Set(overleg.agenda.map((p) => p.casusId));
  const keuzes = (open.data?.casussen.items ?? []).filter((c) => !opAgenda.has(c.id));

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    if (!casusId) {
      setFout({ velden: { [V]: ['Kies een casus.'] }, samenvatting: null, banner: null });
      document.getElementById(`veld-${V}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      await voegToe({ variables: { overlegId: overleg.id, casusId } });
      setCasusId('');
      opKlaar('De casus staat op de agenda.');
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De casus is niet toegevoegd:',
          veldKoppeling({ casusId: V }),
          veldNamen({ [V]: 'Casus' }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-label="Casus toevoegen"
      data-testid="agendapunt-formulier"
    >
      <Formulierfouten fout={fout} testid="agendapunt" />
      <Veld
        veld={V}
        label="Casus"
        hint="Lopende casussen die nog niet op de agenda staan."
        fouten={fout.velden}
        verplicht
      >
        {(p) => (
          <select {...p} value={casusId} onChange={(e) => setCasusId(e.target.value)}>
            <option value="">{open.loading && !open.data ? 'Casussen laden…' : 'Kies een casus'}</option>
            {keuzes.map((c) => (
              <option key={c.id} value={c.id}>
                {[
                  c.persoon.vNummer ?? c.persoon.naam ?? `Casus ${c.id.slice(0, 8)}`,
                  c.statusLabel,
                  spoorKort(c.spoor),
                  c.locatieCode ?? '',
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Formulieracties
        bezig={bezig}
        tekst="Op de agenda zetten"
        bezigTekst="Bezig…"
        testid="agendapunt-opslaan"
      />
    </form>
  );
}

function Aanwezigheid({
  overleg,
  magVoeren,
}: {
  readonly overleg: OverlegDetailGegevens;
  readonly magVoeren: boolean;
}) {
  const [registreer, { loading: bezig }] = useRegistreerAanwezigheid();
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  // The box follows the click at once; the service's answer then confirms (or the box goes back).
  const [wachtend, setWachtend] = useState<Readonly<Record<string, boolean>>>({});
  const [naam, setNaam] = useState('');
  const [organisatie, setOrganisatie] = useState<Organisatie>('IND');
  const N = 'aanwezig-naam';

  async function zet(n: string, org: Organisatie, aanwezig: boolean) {
    setFout(GEEN_FOUT);
    const sleutel = `${org}/${n}`;
    setWachtend((w) => ({ ...w, [sleutel]: aanwezig }));
    try {
      await registreer({ variables: { overlegId: overleg.id, naam: n, organisatie: org, aanwezig } });
      return true;
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De aanwezigheid is niet vastgelegd:',
          veldKoppeling({ naam: N }),
          veldNamen({ [N]: 'Naam' }),
        ),
      );
      return false;
    } finally {
      setWachtend((w) => {
        const rest = { ...w };
        delete rest[sleutel];
        return rest;
      });
    }
  }

  async function voegToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (naam.trim().length < 2) {
      setFout({ velden: { [N]: ['Vul de naam in (minstens 2 tekens).'] }, samenvatting: null, banner: null });
      document.getElementById(`veld-${N}`)?.focus();
      return;
    }
    if (await zet(naam.trim(), organisatie, true)) setNaam('');
  }

  const aanwezig = overleg.deelnemers.filter((d) => d.aanwezig).length;
  return (
    <section className="kaart" aria-labelledby="aanwezigheid-titel" data-testid="overleg-aanwezigheid">
      <h2 id="aanwezigheid-titel">
        Aanwezigheid{' '}
        <span className="legend__aantal">
          ({aanwezig} van {overleg.deelnemers.length})
        </span>
      </h2>
      <Formulierfouten fout={{ ...fout, velden: {} }} testid="aanwezigheid" />
      {overleg.deelnemers.length === 0 ? (
        <p className="leeg">Nog geen deelnemers.</p>
      ) : (
        <ul className="aanwezigheid">
          {overleg.deelnemers.map((d, i) => {
            const id = `aanwezig-${i}`;
            return (
              <li key={`${d.organisatie}/${d.naam}`} className="vinkje__regel">
                <input
                  id={id}
                  type="checkbox"
                  checked={wachtend[`${d.organisatie}/${d.naam}`] ?? d.aanwezig === true}
                  disabled={!magVoeren}
                  onChange={(e) => void zet(d.naam, d.organisatie, e.target.checked)}
                  data-testid={id}
                />
                <label htmlFor={id} className="vinkje__label">
                  {d.naam} <span className="gedempt">({organisatieKort(d.organisatie)})</span>
                  {d.aanwezig === null && (
                    <span className="klein-inline gedempt"> — nog niet vastgelegd</span>
                  )}
                  {d.aanwezig === false && <span className="klein-inline gedempt"> — afwezig</span>}
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {magVoeren && (
        <form
          className="aanwezigheid__toevoegen"
          onSubmit={(e) => void voegToe(e)}
          noValidate
          aria-label="Deelnemer toevoegen"
        >
          <Veld veld={N} label="Deelnemer toevoegen (aanwezig)" fouten={fout.velden}>
            {(p) => (
              <input
                {...p}
                type="text"
                maxLength={200}
                autoComplete="off"
                value={naam}
                onChange={(e) => setNaam(e.target.value)}
              />
            )}
          </Veld>
          <div className="veld">
            <label htmlFor="aanwezig-organisatie" className="veld__label">
              Organisatie
            </label>
            <select
              id="aanwezig-organisatie"
              value={organisatie}
              onChange={(e) => {
                if (isOrganisatie(e.target.value)) setOrganisatie(e.target.value);
              }}
              data-testid="aanwezig-organisatie"
            >
              <OrganisatieOpties />
            </select>
          </div>
          <button
            type="submit"
            className="knop knop--secundair knop--klein"
            disabled={bezig}
            data-testid="aanwezig-toevoegen"
          >
            Toevoegen
          </button>
        </form>
      )}
    </section>
  );
}

export function OverlegDetail({ id }: { readonly id: string }) {
  const sessie = useSessie();
  const { data, loading, error, refetch } = useQuery(OVERLEG, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const overleg = data?.overleg ?? null;
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [besluitBij, setBesluitBij] = useState<string | null>(null);
  const [toevoegen, setToevoegen] = useState(false);
  const [vernieuw, { loading: vernieuwen }] = useVernieuwAgenda();
  const magVoeren = magVoorstellenBeslissen(sessie.persona);

  useEffect(() => {
    document.title = `${overleg ? overleg.titel : 'Overleg'} — Ketenbeeld`;
  }, [overleg]);

  const terug = (
    <p className="kruimelpad">
      <a href={pad.overleggen()} data-testid="terug-naar-overleggen">
        ‹ Terug naar overleggen
      </a>
    </p>
  );
  if (loading && !overleg) return <Laden terug={terug} tekst="Het overleg wordt opgehaald…" />;
  if (!overleg) {
    return (
      <NietGevonden
        terug={terug}
        titel="Overleg"
        error={hoofdfout(error)}
        opnieuw={refetch}
        foutTekst="Het overleg kon niet worden opgehaald."
        foutTestid="fout-overleg"
        nietGevondenTekst="Overleg niet gevonden of niet voor uw organisatie."
        nietGevondenTestid="overleg-niet-gevonden"
      />
    );
  }

  async function agendaVernieuwen() {
    setMelding(null);
    setFout(GEEN_FOUT);
    try {
      await vernieuw({ variables: { overlegId: id } });
      setMelding(
        'De agenda is opnieuw samengesteld; handmatige punten en punten met besluiten zijn gebleven.',
      );
    } catch (err) {
      setFout(mutatieFout(err, 'De agenda is niet vernieuwd:', () => null, veldNamen()));
    }
  }

  const o = overleg;
  return (
    <section aria-labelledby="overleg-titel" data-testid="overleg-detail">
      {terug}
      <div className="kaart">
        <p className="dienstblok__dienst">{overlegSoortLabel(o.soort)}</p>
        <h1 id="overleg-titel">{o.titel}</h1>
        <dl className="gegevens">
          <div>
            <dt>Wanneer</dt>
            <dd>
              <time dateTime={o.geplandOp}>{formatTijdstip(o.geplandOp)}</time>
            </dd>
          </div>
          <div>
            <dt>Locatie</dt>
            <dd>{locatieNaam(o.locatieCode) ?? <span className="gedempt">—</span>}</dd>
          </div>
          <div>
            <dt>Vorig overleg van deze soort</dt>
            <dd>
              {o.vorigOverlegOp ? formatTijdstip(o.vorigOverlegOp) : <span className="gedempt">geen</span>}
            </dd>
          </div>
          <div>
            <dt>Agendapunten</dt>
            <dd data-testid="overleg-aantal-punten">{o.agenda.length}</dd>
          </div>
        </dl>
      </div>
      {hoofdfout(error) !== undefined && (
        <div className="melding melding--waarschuwing" role="status" data-testid="overleg-deelfout">
          <p>Niet alle gegevens van het overleg konden worden opgehaald. {foutTekst(hoofdfout(error))}</p>
        </div>
      )}
      <div className="casus-indeling">
        <div className="casus-indeling__hoofd">
          <section className="kaart" aria-labelledby="agenda-titel" data-testid="overleg-agenda">
            <div className="sectiekop">
              <h2 id="agenda-titel">Agenda</h2>
              {magVoeren && (
                <div className="actieknoppen">
                  <button
                    type="button"
                    className="knop knop--secundair knop--klein"
                    aria-expanded={toevoegen}
                    onClick={() => setToevoegen((t) => !t)}
                    data-testid="agenda-casus-toevoegen"
                  >
                    Casus toevoegen
                  </button>
                  <button
                    type="button"
                    className="knop knop--secundair knop--klein"
                    onClick={() => void agendaVernieuwen()}
                    disabled={vernieuwen}
                    data-testid="agenda-vernieuwen"
                  >
                    {vernieuwen ? 'Vernieuwen…' : 'Agenda vernieuwen'}
                  </button>
                </div>
              )}
            </div>
            {melding && <Succesmelding tekst={melding} testid="agenda-succes" />}
            <Formulierfouten fout={fout} testid="agenda" />
            {toevoegen && (
              <CasusToevoegen
                overleg={o}
                opKlaar={(m) => {
                  setToevoegen(false);
                  setMelding(m);
                }}
              />
            )}
            {o.agenda.length === 0 ? (
              <p className="leeg" data-testid="agenda-leeg">
                Geen agendapunten: geen nieuwe of gewijzigde casussen, geen acties te laat en geen termijnen
                deze week.
              </p>
            ) : (
              <ol className="agenda">
                {o.agenda.map((p, i) => (
                  <AgendapuntItem
                    key={p.id}
                    punt={p}
                    positie={i + 1}
                    aantal={o.agenda.length}
                    persona={sessie.persona}
                    magVoeren={magVoeren}
                    besluitOpen={besluitBij === p.id}
                    opBesluit={(open) => {
                      setMelding(null);
                      setBesluitBij(open ? p.id : null);
                    }}
                    opMelding={setMelding}
                    opFout={setFout}
                  />
                ))}
              </ol>
            )}
          </section>
        </div>
        <div className="casus-indeling__zij">
          <Aanwezigheid overleg={o} magVoeren={magVoeren} />
        </div>
      </div>
    </section>
  );
}
