import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { legUit } from '../../app/fouten';
import { Formulieracties, Veld, Vinkje, zonder, type FormulierFout } from '../../app/formulier';
import { formatDatum } from '../../app/opmaak';
import { magPlaatsingVoorstellen, magPlanningZien } from '../../app/rechten';
import { pad } from '../../app/router';
import type { PlaatsingVoorstelInvoer } from '../../gql/schema';
import { Formulierfouten, GEEN_FOUT, veldKoppeling, veldNamen } from '../casusregie/onderdelen';
import { DATUM_PATROON, vandaag } from '../casusregie/tijd';
import { persoonTekst } from '../signalen/onderdelen';
import { BEOORDEEL_PLAATSING, type PlaatsingsBeoordeling } from './beoordeelPlaatsing.graphql';
import { UUID_PATROON } from './datum';
import { PRIORITEITEN, tredeLabel } from './labels';
import type { Locatie } from './locaties.graphql';
import { Bevindingen, GeenToegang, PlaatsingStatus, planningFout, useLocaties } from './onderdelen';
import { PERSOON_PLANNING } from './persoonPlanning.graphql';
import type { PlaatsingZonderNaam } from './plaatsingen.graphql';
import { PLAATSINGEN } from './plaatsingen.graphql';
import { STEL_PLAATSING_VOOR } from './stelPlaatsingVoor.graphql';

/** How long the form waits after the last change before it asks for a new assessment. */
const BEOORDEEL_NA_MS = 600;

const V = {
  persoonId: 'voorstel-persoonId',
  locatie: 'voorstel-locatie',
  van: 'voorstel-van',
  tot: 'voorstel-tot',
  prioriteit: 'voorstel-prioriteit',
  artikel56: 'voorstel-artikel56',
  bewaringVerlengd: 'voorstel-bewaringVerlengd',
  overslaanReden: 'voorstel-overslaanReden',
  vervangtPlaatsingId: 'voorstel-vervangtPlaatsingId',
  toelichting: 'voorstel-toelichting',
} as const;

const NAMEN = veldNamen({
  [V.persoonId]: 'Persoon',
  [V.locatie]: 'Locatie',
  [V.van]: 'Van',
  [V.tot]: 'Tot en met',
  [V.prioriteit]: 'Prioriteit',
  [V.artikel56]: 'Art. 56 Vw',
  [V.bewaringVerlengd]: 'Bewaring verlengd',
  [V.overslaanReden]: 'Reden om een trede over te slaan',
  [V.vervangtPlaatsingId]: 'Vervangt plaatsing',
  [V.toelichting]: 'Toelichting',
  casusId: 'Casus',
});

interface Waarden {
  readonly persoonId: string;
  readonly locatie: string;
  readonly van: string;
  readonly tot: string;
  readonly prioriteit: string;
  readonly artikel56: boolean;
  readonly bewaringVerlengd: boolean;
  readonly overslaanReden: string;
  readonly vervangtPlaatsingId: string;
  readonly toelichting: string;
}

/** The input for the service, or null while the fields an assessment needs are not valid yet. */
function alsInvoer(w: Waarden): PlaatsingVoorstelInvoer | null {
  const persoonId = w.persoonId.trim();
  if (!UUID_PATROON.test(persoonId) || !w.locatie || !DATUM_PATROON.test(w.van)) return null;
  if (w.tot && !DATUM_PATROON.test(w.tot)) return null;
  return {
    persoonId,
    locatie: w.locatie,
    van: w.van,
    tot: w.tot || null,
    prioriteit: Number(w.prioriteit),
    artikel56: w.artikel56,
    bewaringVerlengd: w.bewaringVerlengd,
    overslaanReden: w.overslaanReden.trim() || null,
    vervangtPlaatsingId: w.vervangtPlaatsingId || null,
    // The service refuses null here (its schema defaults an absent one to ''): leave it out when empty.
    ...(w.toelichting.trim() ? { toelichting: w.toelichting.trim() } : {}),
  };
}

/** Locations grouped by kind, with today's capacity. */
function LocatieOpties({ locaties }: { readonly locaties: readonly Locatie[] }) {
  const groepen = new Map<string, Locatie[]>();
  for (const l of locaties) groepen.set(l.soortLabel, [...(groepen.get(l.soortLabel) ?? []), l]);
  return (
    <>
      {[...groepen.entries()].map(([soort, lijst]) => (
        <optgroup key={soort} label={soort}>
          {lijst.map((l) => (
            <option key={l.code} value={l.code}>
              {l.naam} (capaciteit {l.capaciteit})
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** The eligibility explanation of the current input (a dry run: nothing is stored). */
function Beoordeling({
  invoer,
  bezig,
  beoordeling,
  fout,
  opBeoordeel,
}: {
  readonly invoer: PlaatsingVoorstelInvoer | null;
  readonly bezig: boolean;
  readonly beoordeling: PlaatsingsBeoordeling | null;
  readonly fout: unknown;
  readonly opBeoordeel: () => void;
}) {
  const uitleg = fout ? legUit(fout) : null;
  const redenen = uitleg
    ? uitleg.soort === 'validatie'
      ? uitleg.fouten
      : (uitleg.fouten ?? []).filter((f) => f.veld !== 'actor')
    : [];
  return (
    <section
      className="kaart beoordeling"
      aria-labelledby="beoordeling-titel"
      data-testid="beoordeling"
      aria-busy={bezig}
    >
      <div className="sectiekop">
        <h2 id="beoordeling-titel">Beoordeling</h2>
        <button
          type="button"
          className="knop knop--secundair knop--klein"
          onClick={opBeoordeel}
          disabled={!invoer || bezig}
          data-testid="beoordeling-vernieuwen"
        >
          {bezig ? 'Bezig…' : 'Beoordeel'}
        </button>
      </div>
      <p className="gedempt klein">
        De regels van de escalatieladder (R1), de PBL (R3), de HTL en art. 56 (R6) en vreemdelingenbewaring
        (R7), en of de locatie plaats heeft. Wordt vernieuwd als u iets wijzigt; er wordt niets opgeslagen.
      </p>
      <div aria-live="polite">
        {!invoer ? (
          <p className="leeg" data-testid="beoordeling-leeg">
            Vul de persoon, de locatie en de begindatum in voor een beoordeling.
          </p>
        ) : uitleg ? (
          <div className="melding melding--waarschuwing" data-testid="beoordeling-fout">
            <p>Nog geen beoordeling: {uitleg.melding}</p>
            {redenen.length > 0 && (
              <ul className="melding__redenen">
                {redenen.map((r, i) => (
                  <li key={i}>
                    {NAMEN(veldKoppeling(V)(r.veld) ?? r.veld)}: {r.reden}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : beoordeling ? (
          <>
            <p
              className={`oordeel ${beoordeling.toegestaan ? 'oordeel--ja' : 'oordeel--nee'}`}
              data-testid="beoordeling-oordeel"
              data-toegestaan={beoordeling.toegestaan ? 'true' : 'false'}
            >
              <span aria-hidden="true">{beoordeling.toegestaan ? '✓ ' : '✗ '}</span>
              {beoordeling.toegestaan
                ? 'Toegestaan'
                : 'Niet toegestaan: los eerst op wat hieronder blokkeert'}
            </p>
            {beoordeling.volOp && (
              <p
                className="melding melding--waarschuwing melding--klein beoordeling__vol"
                data-testid="beoordeling-volop"
              >
                <strong>Locatie vol op {formatDatum(beoordeling.volOp)}: wachtlijst.</strong> Het voorstel
                komt op de wachtlijst tot er plaats vrijkomt.
              </p>
            )}
            <dl className="gegevens gegevens--compact beoordeling__gegevens">
              <div>
                <dt>Trede</dt>
                <dd>{tredeLabel(beoordeling.trede)}</dd>
              </div>
              <div>
                <dt>Gepland einde</dt>
                <dd data-testid="beoordeling-tot">
                  {beoordeling.tot ? (
                    formatDatum(beoordeling.tot)
                  ) : (
                    <span className="gedempt">open einde</span>
                  )}
                </dd>
              </div>
              {beoordeling.maximaleTot && (
                <div>
                  <dt>Uiterlijk einde</dt>
                  <dd>{formatDatum(beoordeling.maximaleTot)}</dd>
                </div>
              )}
            </dl>
            <h3 className="beoordeling__kop">Regels</h3>
            <Bevindingen bevindingen={beoordeling.bevindingen} testid="beoordeling-bevindingen" />
          </>
        ) : (
          <p className="laden" role="status">
            Beoordeling wordt opgehaald…
          </p>
        )}
      </div>
    </section>
  );
}

function Resultaat({
  plaatsing,
  persoonId,
  opNieuw,
}: {
  readonly plaatsing: PlaatsingZonderNaam;
  readonly persoonId: string;
  readonly opNieuw: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div
      className="melding melding--succes"
      role="status"
      tabIndex={-1}
      ref={ref}
      data-testid="voorstel-resultaat"
      data-status={plaatsing.status}
      data-plaatsing={plaatsing.id}
    >
      <h2 className="melding__titel">
        {plaatsing.status === 'WACHTLIJST' ? 'Voorgesteld: op de wachtlijst' : 'Plaatsing voorgesteld'}
      </h2>
      <p>
        {plaatsing.locatieNaam}, {formatDatum(plaatsing.van)}
        {plaatsing.tot ? ` t/m ${formatDatum(plaatsing.tot)}` : ' (open einde)'}:{' '}
        <PlaatsingStatus status={plaatsing.status} testid="voorstel-resultaat-status" />
      </p>
      {plaatsing.status === 'WACHTLIJST' && (
        <p>De locatie is vol in deze periode; komt er een plaats vrij, dan wordt die aangeboden.</p>
      )}
      <p className="actieknoppen">
        <a className="knop knop--secundair" href={pad.plaatsingen()} data-testid="voorstel-naar-plaatsingen">
          Naar plaatsingen
        </a>
        <a className="knop knop--secundair" href={pad.persoon(persoonId)} data-testid="voorstel-naar-persoon">
          Naar het persoonsbeeld
        </a>
        <button type="button" className="knop knop--link" onClick={opNieuw} data-testid="voorstel-nieuw">
          Nog een plaatsing voorstellen
        </button>
      </p>
    </div>
  );
}

/** #/plaatsingen/nieuw?persoon=<id>: propose a placement, with the rules' explanation beside the form. */
export function PlaatsingVoorstellen({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const toegang = magPlanningZien(sessie.persona) && magPlaatsingVoorstellen(sessie.persona);
  const begin: Waarden = useMemo(
    () => ({
      persoonId: new URLSearchParams(zoek).get('persoon') ?? '',
      locatie: '',
      van: vandaag(),
      tot: '',
      prioriteit: '2',
      artikel56: false,
      bewaringVerlengd: false,
      overslaanReden: '',
      vervangtPlaatsingId: '',
      toelichting: '',
    }),
    [zoek],
  );
  const [w, setW] = useState<Waarden>(begin);
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [resultaat, setResultaat] = useState<PlaatsingZonderNaam | null>(null);
  const locaties = useLocaties(!toegang).data?.locaties ?? [];

  const invoer = useMemo(() => alsInvoer(w), [w]);
  const sleutel = invoer ? JSON.stringify(invoer) : null;
  // Debounced: the assessment follows the form a moment after the last change.
  const [teBeoordelen, setTeBeoordelen] = useState<PlaatsingVoorstelInvoer | null>(null);
  useEffect(() => {
    const t = window.setTimeout(
      () => setTeBeoordelen(sleutel ? (JSON.parse(sleutel) as PlaatsingVoorstelInvoer) : null),
      BEOORDEEL_NA_MS,
    );
    return () => window.clearTimeout(t);
  }, [sleutel]);
  const beoordeling = useQuery(BEOORDEEL_PLAATSING, {
    variables: { invoer: teBeoordelen ?? (invoer as PlaatsingVoorstelInvoer) },
    skip: !toegang || !teBeoordelen,
    fetchPolicy: 'no-cache',
    errorPolicy: 'none',
    notifyOnNetworkStatusChange: true,
  });

  const persoonId = w.persoonId.trim();
  const persoon = useQuery(PERSOON_PLANNING, {
    variables: { id: persoonId },
    skip: !toegang || !UUID_PATROON.test(persoonId),
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const vervangbaar = (persoon.data?.persoon?.plaatsingen ?? []).filter(
    (p) => p.status === 'GOEDGEKEURD' || p.status === 'ACTIEF',
  );

  const [stelVoor, { loading: bezig }] = useMutation(STEL_PLAATSING_VOOR, {
    refetchQueries: [PLAATSINGEN, PERSOON_PLANNING],
  });

  useEffect(() => {
    document.title = 'Plaatsing voorstellen — Ketenbeeld';
  }, []);

  const zet = <K extends keyof Waarden>(veld: K, waarde: Waarden[K]) => {
    setW((huidig) => ({ ...huidig, [veld]: waarde }));
    setFout((f) => ({ ...f, velden: zonder(f.velden, V[veld]) }));
  };
  const gekozen = locaties.find((l) => l.code === w.locatie);

  function beoordeelNu() {
    if (!invoer) return;
    if (sleutel === JSON.stringify(teBeoordelen)) void beoordeling.refetch();
    else setTeBeoordelen(invoer);
  }

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    if (!UUID_PATROON.test(persoonId))
      velden[V.persoonId] = ['Vul het persoons-ID in (open de persoon en kies "Plaatsing voorstellen").'];
    if (!w.locatie) velden[V.locatie] = ['Kies een locatie.'];
    if (!DATUM_PATROON.test(w.van)) velden[V.van] = ['Vul een geldige begindatum in.'];
    if (w.tot && !DATUM_PATROON.test(w.tot))
      velden[V.tot] = ['Vul een geldige datum in of laat het veld leeg.'];
    else if (w.tot && DATUM_PATROON.test(w.van) && w.tot < w.van)
      velden[V.tot] = ['Ligt vóór de begindatum.'];
    const eerste = Object.values(V).find((v) => v in velden);
    if (eerste) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${eerste}`)?.focus();
      return;
    }
    const gegevens = alsInvoer(w);
    if (!gegevens) return;
    setFout(GEEN_FOUT);
    try {
      const { data } = await stelVoor({ variables: { invoer: gegevens } });
      if (!data) throw new Error('De server gaf geen antwoord.');
      setResultaat(data.stelPlaatsingVoor);
    } catch (err) {
      setFout(planningFout(err, 'De plaatsing is niet voorgesteld:', veldKoppeling(V), NAMEN));
      // The rules may have said why: show the latest assessment too.
      beoordeelNu();
    }
  }

  const terug = (
    <p className="kruimelpad">
      <a href={pad.plaatsingen()}>‹ Terug naar plaatsingen</a>
      {UUID_PATROON.test(persoonId) && (
        <>
          {' · '}
          <a href={pad.persoon(persoonId)}>naar het persoonsbeeld</a>
        </>
      )}
    </p>
  );

  if (!toegang)
    return (
      <section aria-labelledby="voorstel-titel">
        {terug}
        <h1 id="voorstel-titel">Plaatsing voorstellen</h1>
        <GeenToegang testid="voorstel-geen-toegang">
          Een plaatsing voorstellen kan alleen het kernteam: een kernteamlid of procesregisseur van IND, COA
          of DT&amp;V.
        </GeenToegang>
      </section>
    );

  const p = persoon.data?.persoon;
  return (
    <section aria-labelledby="voorstel-titel" data-testid="voorstel-pagina">
      {terug}
      <div className="paginakop">
        <div>
          <h1 id="voorstel-titel">Plaatsing voorstellen</h1>
          <p className="inleiding">
            Stel een plaatsing voor op de escalatieladder. De beoordeling ernaast legt per regel uit of het
            mag; is de locatie vol, dan komt het voorstel op de wachtlijst.
          </p>
        </div>
      </div>
      {resultaat ? (
        <Resultaat
          plaatsing={resultaat}
          persoonId={resultaat.persoon.id}
          opNieuw={() => {
            setResultaat(null);
            setW({ ...begin, persoonId: resultaat.persoon.id });
          }}
        />
      ) : (
        <div className="voorstel-indeling">
          <form
            className="kaart formulier"
            onSubmit={(e) => void verstuur(e)}
            noValidate
            aria-labelledby="voorstel-titel"
            data-testid="voorstel-formulier"
          >
            <Formulierfouten fout={fout} testid="voorstel" />
            <fieldset className="formulier__groep">
              <legend>Persoon</legend>
              <Veld
                veld={V.persoonId}
                label="Persoons-ID"
                hint="Vooraf ingevuld als u komt vanaf het persoonsbeeld."
                fouten={fout.velden}
                verplicht
              >
                {(props) => (
                  <input
                    {...props}
                    type="text"
                    autoComplete="off"
                    spellCheck={false}
                    className="referentie-invoer"
                    value={w.persoonId}
                    onChange={(e) => zet('persoonId', e.target.value)}
                  />
                )}
              </Veld>
              {UUID_PATROON.test(persoonId) && (
                <p className="voorstel__persoon" data-testid="voorstel-persoon">
                  {p ? (
                    <>
                      <a href={pad.persoon(p.id)}>{persoonTekst({ vNummer: p.vNummer, naam: p.naam })}</a>
                      {p.vNummer && p.naam && <span className="gedempt"> · {p.naam}</span>}
                    </>
                  ) : persoon.loading ? (
                    <span className="laden">Persoon wordt opgezocht…</span>
                  ) : (
                    <span className="veld__fout">Geen persoon met dit ID gevonden.</span>
                  )}
                </p>
              )}
            </fieldset>
            <fieldset className="formulier__groep">
              <legend>Plaatsing</legend>
              <div className="raster raster--2">
                <Veld
                  veld={V.locatie}
                  label="Locatie"
                  hint="Met de capaciteit van vandaag"
                  fouten={fout.velden}
                  verplicht
                >
                  {(props) => (
                    <select {...props} value={w.locatie} onChange={(e) => zet('locatie', e.target.value)}>
                      <option value="">Kies een locatie</option>
                      <LocatieOpties locaties={locaties} />
                    </select>
                  )}
                </Veld>
                <Veld
                  veld={V.prioriteit}
                  label="Prioriteit"
                  hint="Telt op de wachtlijst"
                  fouten={fout.velden}
                  verplicht
                >
                  {(props) => (
                    <select
                      {...props}
                      value={w.prioriteit}
                      onChange={(e) => zet('prioriteit', e.target.value)}
                    >
                      {PRIORITEITEN.map((x) => (
                        <option key={x.waarde} value={String(x.waarde)}>
                          {x.label}
                        </option>
                      ))}
                    </select>
                  )}
                </Veld>
                <Veld
                  veld={V.van}
                  label="Van"
                  hint="Eerste dag van het verblijf"
                  fouten={fout.velden}
                  verplicht
                >
                  {(props) => (
                    <input
                      {...props}
                      type="date"
                      value={w.van}
                      onChange={(e) => zet('van', e.target.value)}
                    />
                  )}
                </Veld>
                <Veld
                  veld={V.tot}
                  label="Tot en met"
                  hint="Leeg: het standaardeinde van de locatie"
                  fouten={fout.velden}
                  optioneel
                >
                  {(props) => (
                    <input
                      {...props}
                      type="date"
                      min={w.van || undefined}
                      value={w.tot}
                      onChange={(e) => zet('tot', e.target.value)}
                    />
                  )}
                </Veld>
              </div>
              <Vinkje
                veld={V.artikel56}
                label="Op grond van een maatregel art. 56 Vw (ten hoogste 12 weken, R6)"
                fouten={fout.velden}
                aangevinkt={w.artikel56}
                opWijzig={(v) => zet('artikel56', v)}
              />
              {(gekozen?.soort === 'DETENTIECENTRUM' || w.bewaringVerlengd) && (
                <Vinkje
                  veld={V.bewaringVerlengd}
                  label="Bewaring verlengd (ten hoogste 18 in plaats van 6 maanden, R7)"
                  fouten={fout.velden}
                  aangevinkt={w.bewaringVerlengd}
                  opWijzig={(v) => zet('bewaringVerlengd', v)}
                />
              )}
              <Veld
                veld={V.overslaanReden}
                label="Reden om een trede over te slaan"
                hint="Verplicht (minstens 10 tekens) als de plaatsing een trede van de escalatieladder overslaat (R1)."
                fouten={fout.velden}
                optioneel
              >
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    maxLength={2000}
                    value={w.overslaanReden}
                    onChange={(e) => zet('overslaanReden', e.target.value)}
                  />
                )}
              </Veld>
              <Veld
                veld={V.vervangtPlaatsingId}
                label="Vervangt plaatsing"
                hint={
                  vervangbaar.length === 0
                    ? 'Deze persoon heeft geen goedgekeurde of actieve plaatsing om te vervangen.'
                    : 'Bij een overplaatsing: de huidige plaatsing eindigt de dag vóór de nieuwe begint.'
                }
                fouten={fout.velden}
                optioneel
              >
                {(props) => (
                  <select
                    {...props}
                    value={w.vervangtPlaatsingId}
                    disabled={vervangbaar.length === 0 && !w.vervangtPlaatsingId}
                    onChange={(e) => zet('vervangtPlaatsingId', e.target.value)}
                  >
                    <option value="">Geen (nieuwe plaatsing)</option>
                    {vervangbaar.map((x) => (
                      <option key={x.id} value={x.id}>
                        {x.locatieNaam}, {x.statusLabel.toLowerCase()} sinds {formatDatum(x.van)}
                      </option>
                    ))}
                  </select>
                )}
              </Veld>
              <Veld veld={V.toelichting} label="Toelichting" fouten={fout.velden} optioneel>
                {(props) => (
                  <textarea
                    {...props}
                    rows={3}
                    maxLength={4000}
                    value={w.toelichting}
                    onChange={(e) => zet('toelichting', e.target.value)}
                  />
                )}
              </Veld>
            </fieldset>
            <Formulieracties
              bezig={bezig}
              tekst="Plaatsing voorstellen"
              bezigTekst="Bezig…"
              testid="voorstel-opslaan"
            />
          </form>
          <Beoordeling
            invoer={invoer}
            bezig={
              beoordeling.loading ||
              beoordeling.networkStatus === NetworkStatus.refetch ||
              (sleutel !== null && sleutel !== JSON.stringify(teBeoordelen))
            }
            beoordeling={teBeoordelen ? (beoordeling.data?.beoordeelPlaatsing ?? null) : null}
            fout={beoordeling.error}
            opBeoordeel={beoordeelNu}
          />
        </div>
      )}
    </section>
  );
}
