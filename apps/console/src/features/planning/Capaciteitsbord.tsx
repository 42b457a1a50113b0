import { VernieuwKnop } from '../../app/VernieuwKnop';
import { useEffect, useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { Formulieracties, Veld, zonder, type FormulierFout } from '../../app/formulier';
import { formatDatum } from '../../app/opmaak';
import { magCapaciteitBeheren, magPlanningZien } from '../../app/rechten';
import { navigeer, pad } from '../../app/router';
import {
  Formulierfouten,
  GEEN_FOUT,
  Succesmelding,
  veldKoppeling,
  veldNamen,
} from '../casusregie/onderdelen';
import { DATUM_PATROON, vandaag, verschuifDatum } from '../casusregie/tijd';
import { CAPACITEITSBORD, type BordDag, type BordRij } from './capaciteitsbord.graphql';
import { dagEnMaand, isoWeekdag, weekdag, weekVan } from './datum';
import type { Locatie } from './locaties.graphql';
import { GeenToegang, planningFout, useLocaties } from './onderdelen';
import { WIJZIG_CAPACITEIT } from './wijzigCapaciteit.graphql';

/** The periods the board offers (weeks). */
const WEKEN = [2, 4, 12] as const;
const STANDAARD_WEKEN = 4;

interface BordFilter {
  /** JJJJ-MM-DD; '' is today. */
  readonly vanaf: string;
  readonly weken: number;
  /** '' is every location. */
  readonly locatie: string;
}

function leesFilter(zoek: string): BordFilter {
  const q = new URLSearchParams(zoek);
  const weken = Number(q.get('weken'));
  const vanaf = q.get('vanaf') ?? '';
  return {
    vanaf: DATUM_PATROON.test(vanaf) ? vanaf : '',
    weken: (WEKEN as readonly number[]).includes(weken) ? weken : STANDAARD_WEKEN,
    locatie: q.get('locatie') ?? '',
  };
}

function filterAlsZoek(f: BordFilter): URLSearchParams {
  const q = new URLSearchParams();
  if (f.vanaf) q.set('vanaf', f.vanaf);
  if (f.weken !== STANDAARD_WEKEN) q.set('weken', String(f.weken));
  if (f.locatie) q.set('locatie', f.locatie);
  return q;
}

function FilterFormulier({
  huidig,
  locaties,
}: {
  readonly huidig: BordFilter;
  readonly locaties: readonly Locatie[];
}) {
  const [w, setW] = useState(huidig);
  function pasToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    navigeer(pad.capaciteit(filterAlsZoek(w)));
  }
  return (
    <form
      className="kaart filterpaneel planningfilter"
      onSubmit={pasToe}
      noValidate
      aria-label="Periode en locatie"
      data-testid="capaciteit-filter"
    >
      <fieldset className="planningfilter__periode" data-testid="capaciteit-weken">
        <legend className="veld__label">Periode</legend>
        <div className="keuzerij">
          {WEKEN.map((n) => (
            <div className="vinkje__regel" key={n}>
              <input
                id={`capaciteit-weken-${n}`}
                type="radio"
                name="weken"
                value={n}
                checked={w.weken === n}
                onChange={() => setW({ ...w, weken: n })}
                data-testid={`capaciteit-weken-${n}`}
              />
              <label htmlFor={`capaciteit-weken-${n}`} className="vinkje__label">
                {n} weken
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="veld">
        <label htmlFor="capaciteit-vanaf" className="veld__label">
          Vanaf
        </label>
        <input
          id="capaciteit-vanaf"
          type="date"
          value={w.vanaf || vandaag()}
          onChange={(e) => setW({ ...w, vanaf: e.target.value === vandaag() ? '' : e.target.value })}
          data-testid="capaciteit-filter-vanaf"
        />
      </div>
      <div className="veld planningfilter__breed">
        <label htmlFor="capaciteit-filter-locatie" className="veld__label">
          Locatie
        </label>
        <select
          id="capaciteit-filter-locatie"
          value={w.locatie}
          onChange={(e) => setW({ ...w, locatie: e.target.value })}
          data-testid="capaciteit-filter-locatie"
        >
          <option value="">Alle locaties</option>
          {locaties.map((l) => (
            <option key={l.code} value={l.code}>
              {l.naam}
            </option>
          ))}
        </select>
      </div>
      <div className="planningfilter__acties">
        <button type="submit" className="knop knop--primair" data-testid="capaciteit-toepassen">
          Toon bezetting
        </button>
        {filterAlsZoek(huidig).toString() !== '' && (
          <a className="knop knop--link" href={pad.capaciteit()} data-testid="capaciteit-standaard">
            Vanaf vandaag, 4 weken
          </a>
        )}
      </div>
    </form>
  );
}

const V = {
  locatie: 'capaciteit-locatie',
  vanaf: 'capaciteit-vanaf',
  capaciteit: 'capaciteit-capaciteit',
  reden: 'capaciteit-reden',
} as const;

/** Change a location's capacity from a day on (COA locatiemanager, national analyst). */
function CapaciteitFormulier({
  locaties,
  opKlaar,
  opAnnuleer,
}: {
  readonly locaties: readonly Locatie[];
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [locatie, setLocatie] = useState('');
  const [vanaf, setVanaf] = useState(() => vandaag());
  const [capaciteit, setCapaciteit] = useState('');
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [wijzig, { loading: bezig }] = useMutation(WIJZIG_CAPACITEIT, {
    refetchQueries: [CAPACITEITSBORD],
    awaitRefetchQueries: true,
  });
  const wis = (veld: string) => setFout((f) => ({ ...f, velden: zonder(f.velden, veld) }));
  const gekozen = locaties.find((l) => l.code === locatie);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    if (!locatie) velden[V.locatie] = ['Kies een locatie.'];
    if (!DATUM_PATROON.test(vanaf)) velden[V.vanaf] = ['Vul een geldige datum in.'];
    if (capaciteit.trim() === '' || !/^\d+$/.test(capaciteit.trim()))
      velden[V.capaciteit] = ['Vul het aantal plaatsen in (een geheel getal, 0 of meer).'];
    if (!reden.trim()) velden[V.reden] = ['Geef een reden.'];
    if (Object.keys(velden).length) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${Object.values(V).find((v) => v in velden)}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await wijzig({
        variables: { invoer: { locatie, vanaf, capaciteit: Number(capaciteit), reden: reden.trim() } },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      const r = data.wijzigCapaciteit;
      opKlaar(
        `Capaciteit van ${gekozen?.naam ?? r.locatie} vanaf ${formatDatum(r.vanaf)}: ${r.capaciteit} ${
          r.capaciteit === 1 ? 'plaats' : 'plaatsen'
        }.`,
      );
    } catch (err) {
      setFout(
        planningFout(
          err,
          'De capaciteit is niet gewijzigd:',
          veldKoppeling(V),
          veldNamen({
            [V.locatie]: 'Locatie',
            [V.vanaf]: 'Vanaf',
            [V.capaciteit]: 'Capaciteit',
            [V.reden]: 'Reden',
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
      aria-labelledby="capaciteit-formulier-titel"
      data-testid="capaciteit-formulier"
    >
      <h2 id="capaciteit-formulier-titel">Capaciteit wijzigen</h2>
      <p className="gedempt">
        De nieuwe capaciteit geldt vanaf de gekozen dag. Lager dan de bezetting die vanaf dan al gepland is,
        kan niet: beëindig of verplaats eerst plaatsingen.
      </p>
      <Formulierfouten fout={fout} testid="capaciteit" />
      <div className="raster raster--4">
        <Veld
          veld={V.locatie}
          label="Locatie"
          hint="Met de capaciteit van vandaag"
          fouten={fout.velden}
          verplicht
        >
          {(p) => (
            <select
              {...p}
              value={locatie}
              onChange={(e) => {
                setLocatie(e.target.value);
                const l = locaties.find((x) => x.code === e.target.value);
                if (l && capaciteit === '') setCapaciteit(String(l.capaciteit));
                wis(V.locatie);
              }}
            >
              <option value="">Kies</option>
              {locaties.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.naam} (nu {l.capaciteit})
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld
          veld={V.vanaf}
          label="Vanaf"
          hint="Eerste dag van de nieuwe capaciteit"
          fouten={fout.velden}
          verplicht
        >
          {(p) => (
            <input
              {...p}
              type="date"
              value={vanaf}
              onChange={(e) => {
                setVanaf(e.target.value);
                wis(V.vanaf);
              }}
            />
          )}
        </Veld>
        <Veld
          veld={V.capaciteit}
          label="Capaciteit"
          hint={gekozen ? `Aantal plaatsen; nu ${gekozen.capaciteit}` : 'Aantal plaatsen'}
          fouten={fout.velden}
          verplicht
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={0}
              step={1}
              value={capaciteit}
              onChange={(e) => {
                setCapaciteit(e.target.value);
                wis(V.capaciteit);
              }}
            />
          )}
        </Veld>
      </div>
      <Veld
        veld={V.reden}
        label="Reden"
        hint="Waarom verandert de capaciteit? Blijft bewaard bij de wijziging."
        fouten={fout.velden}
        verplicht
      >
        {(p) => (
          <textarea
            {...p}
            rows={2}
            maxLength={2000}
            value={reden}
            onChange={(e) => {
              setReden(e.target.value);
              wis(V.reden);
            }}
          />
        )}
      </Veld>
      <Formulieracties
        bezig={bezig}
        tekst="Capaciteit opslaan"
        bezigTekst="Bezig…"
        testid="capaciteit-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

/** One cell: occupied/capacity, with the words "vol" or "over" when there is no room left. */
function BordCel({
  code,
  dag,
  vandaagDatum,
}: {
  readonly code: string;
  readonly dag: BordDag;
  readonly vandaagDatum: string;
}) {
  const over = dag.vrij < 0;
  const vol = !over && dag.vrij === 0;
  const klassen = [
    'bord__cel',
    over ? 'bord__cel--over' : vol ? 'bord__cel--vol' : '',
    isoWeekdag(dag.datum) === 1 ? 'bord__cel--maandag' : '',
    dag.datum === vandaagDatum ? 'bord__cel--vandaag' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td
      className={klassen}
      data-testid={`bord-${code}-${dag.datum}`}
      data-bezet={dag.bezet}
      data-capaciteit={dag.capaciteit}
    >
      <span className="bord__getal" aria-hidden="true">
        {dag.bezet}/{dag.capaciteit}
      </span>
      <span className="visueel-verborgen">
        {dag.bezet} van {dag.capaciteit} bezet
      </span>
      {(vol || over) && (
        <span className="bord__marker">
          {over ? (
            <>
              <span aria-hidden="true">▲ </span>over +{-dag.vrij}
            </>
          ) : (
            <>
              <span aria-hidden="true">■ </span>vol
            </>
          )}
        </span>
      )}
    </td>
  );
}

function Bord({ rijen, weken }: { readonly rijen: readonly BordRij[]; readonly weken: number }) {
  const dagen = rijen[0]?.dagen.map((d) => d.datum) ?? [];
  const eerste = dagen[0];
  const laatste = dagen[dagen.length - 1];
  const vandaagDatum = vandaag();
  return (
    <div
      className="kaart kaart--tabel bord-schuif"
      data-testid="capaciteitsbord"
      role="region"
      tabIndex={0}
      aria-labelledby="bord-titel"
    >
      <table className="tabel tabel--compact bord">
        <caption id="bord-titel" className="tabel__titel">
          Bezetting per locatie per dag
          {eerste && laatste && (
            <span className="bord__periode">
              {' '}
              — {formatDatum(eerste)} t/m {formatDatum(laatste)} ({weken} weken)
            </span>
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="bord__locatie">
              Locatie
            </th>
            <th scope="col" className="bord__wachtlijst getal">
              Wachtlijst
            </th>
            {dagen.map((d) => (
              <th
                key={d}
                scope="col"
                className={`bord__dag${isoWeekdag(d) === 1 ? ' bord__cel--maandag' : ''}${
                  d === vandaagDatum ? ' bord__dag--vandaag' : ''
                }`}
                title={isoWeekdag(d) === 1 ? `Week ${weekVan(d).slice(6)}` : undefined}
              >
                <span className="bord__weekdag">{weekdag(d)}</span>
                <span className="bord__datum">{dagEnMaand(d)}</span>
                {d === vandaagDatum && <span className="visueel-verborgen"> (vandaag)</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r) => (
            <tr key={r.locatie.code} data-testid={`bord-rij-${r.locatie.code}`}>
              <th scope="row" className="bord__locatie">
                <span className="rij__titel" title={r.locatie.soortLabel}>
                  {r.locatie.naam}
                </span>
                <span className="visueel-verborgen">, {r.locatie.soortLabel}</span>
                <span className="klein gedempt" data-testid={`bord-capaciteit-${r.locatie.code}`}>
                  capaciteit vandaag {r.locatie.capaciteit}
                </span>
              </th>
              <td className="bord__wachtlijst getal" data-testid={`bord-wachtlijst-${r.locatie.code}`}>
                {r.wachtlijst > 0 ? (
                  <a
                    href={pad.plaatsingen(
                      new URLSearchParams({ status: 'WACHTLIJST', locatie: r.locatie.code }),
                    )}
                  >
                    {r.wachtlijst}
                    <span className="visueel-verborgen"> op de wachtlijst</span>
                  </a>
                ) : (
                  <span className="gedempt">0</span>
                )}
              </td>
              {r.dagen.map((d) => (
                <BordCel key={d.datum} code={r.locatie.code} dag={d} vandaagDatum={vandaagDatum} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** #/capaciteit: occupancy per location per day against capacity, with the waiting list. */
export function Capaciteitsbord({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const toegang = magPlanningZien(sessie.persona);
  const magWijzigen = magCapaciteitBeheren(sessie.persona);
  const filter = leesFilter(zoek);
  const locatiesQuery = useLocaties(!toegang);
  const locaties = locatiesQuery.data?.locaties ?? [];
  const { data, loading, error, refetch, networkStatus } = useQuery(CAPACITEITSBORD, {
    variables: {
      vanaf: filter.vanaf || null,
      weken: filter.weken,
      locaties: filter.locatie ? [filter.locatie] : null,
    },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
    skip: !toegang,
  });
  const [formulier, setFormulier] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Capaciteit — Ketenbeeld';
  }, []);

  const rijen = data?.capaciteitsbord ?? [];
  const eind = verschuifDatum(filter.vanaf || vandaag(), { dagen: filter.weken * 7 - 1 });
  return (
    <section aria-labelledby="capaciteit-titel" data-testid="capaciteit-pagina">
      <div className="paginakop">
        <div>
          <h1 id="capaciteit-titel">Capaciteit</h1>
          <p className="inleiding">
            Bezetting van de opvang- en toezichtlocaties per dag tegen hun capaciteit, met de wachtlijst. Een
            plaats telt als bezet zodra een plaatsing is aangeboden, goedgekeurd of actief is.
          </p>
        </div>
        {toegang && (
          <div className="paginakop__acties">
            {magWijzigen && (
              <button
                type="button"
                className="knop knop--secundair"
                aria-expanded={formulier}
                aria-controls="capaciteit-paneel"
                onClick={() => {
                  setMelding(null);
                  setFormulier((f) => !f);
                }}
                data-testid="capaciteit-wijzigen"
              >
                Capaciteit wijzigen
              </button>
            )}
            <VernieuwKnop
              bezig={networkStatus === NetworkStatus.refetch}
              opnieuw={refetch}
              testid="capaciteit-vernieuwen"
            />
          </div>
        )}
      </div>
      {!toegang ? (
        <GeenToegang testid="capaciteit-geen-toegang" />
      ) : (
        <>
          {melding && <Succesmelding tekst={melding} testid="capaciteit-succes" />}
          {formulier && (
            <div id="capaciteit-paneel" className="sectiepaneel">
              <CapaciteitFormulier
                locaties={locaties}
                opKlaar={(m) => {
                  setFormulier(false);
                  setMelding(m);
                  void locatiesQuery.refetch();
                }}
                opAnnuleer={() => setFormulier(false)}
              />
            </div>
          )}
          <FilterFormulier key={zoek} huidig={filter} locaties={locaties} />
          <p className="gedempt klein bord__legenda" data-testid="capaciteit-legenda">
            Per dag: bezet/capaciteit. <strong>■ vol</strong>: geen plaats meer vrij; <strong>▲ over</strong>:
            meer plaatsingen dan capaciteit. Periode {formatDatum(filter.vanaf || vandaag())} t/m{' '}
            {formatDatum(eind)}.
          </p>
          {error !== undefined && rijen.length === 0 && (
            <div className="melding melding--fout" role="alert" data-testid="fout-capaciteit">
              <p>Het capaciteitsbord kon niet worden opgehaald. {foutTekst(error)}</p>
              <button type="button" className="knop knop--secundair" onClick={() => void refetch()}>
                Opnieuw proberen
              </button>
            </div>
          )}
          {loading && data === undefined && (
            <p className="laden" role="status">
              Capaciteitsbord wordt geladen…
            </p>
          )}
          {data !== undefined && rijen.length === 0 && error === undefined && (
            <p className="kaart leeg" data-testid="capaciteit-leeg">
              Geen locaties gevonden.
            </p>
          )}
          {rijen.length > 0 && <Bord rijen={rijen} weken={filter.weken} />}
        </>
      )}
    </section>
  );
}
