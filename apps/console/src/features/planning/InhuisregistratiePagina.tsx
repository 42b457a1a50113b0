import { VernieuwKnop } from '../../app/VernieuwKnop';
import { useEffect, useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst, legUit } from '../../app/fouten';
import { FoutBanner, type Banner } from '../../app/formulier';
import { amsterdamLokaalNaarIso, isoAlsAmsterdamLokaal, nuAlsAmsterdamLokaal } from '../../app/opmaak';
import { magInhuisregistratieVastleggen, magPlanningZien } from '../../app/rechten';
import { navigeer, pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import { Succesmelding } from '../casusregie/onderdelen';
import { DATUM_PATROON, vandaag } from '../casusregie/tijd';
import { datumVoluit, formatKloktijd } from './datum';
import {
  INHUISREGISTRATIE_DAG,
  type VensterStand,
  type VerwachtePersoon,
} from './inhuisregistratieDag.graphql';
import { standLabel, standUitleg, vensterLabel } from './labels';
import type { Locatie } from './locaties.graphql';
import { GeenToegang, useLocaties } from './onderdelen';
import { REGISTREER_INHUISREGISTRATIES } from './registreerInhuisregistraties.graphql';

/** The windows' state changes with the clock: ask again every minute. */
const VERVERS_MS = 60_000;

/** The location COA's screen opens with when none is chosen. */
const STANDAARD_LOCATIE = 'TER_APEL';

interface Filter {
  readonly locatie: string;
  /** JJJJ-MM-DD; '' is today. */
  readonly datum: string;
}

function leesFilter(zoek: string, locaties: readonly Locatie[]): Filter {
  const q = new URLSearchParams(zoek);
  const datum = q.get('datum') ?? '';
  const metVensters = locaties.filter((l) => l.vensters.length > 0);
  const standaard = metVensters.find((l) => l.code === STANDAARD_LOCATIE)?.code ?? metVensters[0]?.code ?? '';
  return { locatie: q.get('locatie') || standaard, datum: DATUM_PATROON.test(datum) ? datum : '' };
}

function FilterFormulier({
  huidig,
  locaties,
}: {
  readonly huidig: Filter;
  readonly locaties: readonly Locatie[];
}) {
  const [w, setW] = useState(huidig);
  function pasToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const q = new URLSearchParams();
    if (w.locatie) q.set('locatie', w.locatie);
    if (w.datum && w.datum !== vandaag()) q.set('datum', w.datum);
    navigeer(pad.inhuisregistratie(q));
  }
  return (
    <form
      className="kaart filterpaneel planningfilter"
      onSubmit={pasToe}
      noValidate
      aria-label="Locatie en dag"
      data-testid="inhuisregistratie-filter"
    >
      <div className="veld planningfilter__breed">
        <label htmlFor="inhuisregistratie-locatie" className="veld__label">
          Locatie
        </label>
        <select
          id="inhuisregistratie-locatie"
          value={w.locatie}
          onChange={(e) => setW({ ...w, locatie: e.target.value })}
          data-testid="inhuisregistratie-locatie"
        >
          {locaties
            .filter((l) => l.vensters.length > 0)
            .map((l) => (
              <option key={l.code} value={l.code}>
                {l.naam}
              </option>
            ))}
        </select>
      </div>
      <div className="veld">
        <label htmlFor="inhuisregistratie-datum" className="veld__label">
          Dag
        </label>
        <input
          id="inhuisregistratie-datum"
          type="date"
          max={vandaag()}
          value={w.datum || vandaag()}
          onChange={(e) => setW({ ...w, datum: e.target.value })}
          data-testid="inhuisregistratie-datum"
        />
      </div>
      <div className="planningfilter__acties">
        <button type="submit" className="knop knop--primair" data-testid="inhuisregistratie-toepassen">
          Toon vensters
        </button>
        {huidig.datum && huidig.datum !== vandaag() && (
          <a
            className="knop knop--link"
            href={pad.inhuisregistratie(new URLSearchParams({ locatie: huidig.locatie }))}
            data-testid="inhuisregistratie-vandaag"
          >
            Vandaag
          </a>
        )}
      </div>
    </form>
  );
}

/** Who came, who is still missing, who was reported absent: in words, with an icon. */
function PersoonStand({ p, stand }: { readonly p: VerwachtePersoon; readonly stand: string }) {
  if (p.geregistreerdOp)
    return (
      <span className="inhuis inhuis--ja">
        <span aria-hidden="true">✓ </span>geregistreerd om{' '}
        <time dateTime={p.geregistreerdOp}>{formatKloktijd(p.geregistreerdOp)}</time>
      </span>
    );
  if (p.gemist)
    return (
      <span className="inhuis inhuis--gemist">
        <span aria-hidden="true">✗ </span>gemist (signaal verstuurd)
      </span>
    );
  if (stand === 'KOMEND')
    return (
      <span className="inhuis inhuis--verwacht">
        <span aria-hidden="true">○ </span>verwacht
      </span>
    );
  return (
    <span className="inhuis inhuis--ontbreekt">
      <span aria-hidden="true">! </span>ontbreekt
    </span>
  );
}

function persoonStatus(p: VerwachtePersoon, stand: string): string {
  if (p.geregistreerdOp) return 'geregistreerd';
  if (p.gemist) return 'gemist';
  return stand === 'KOMEND' ? 'verwacht' : 'ontbreekt';
}

/** The default time of a registration: now in an open window, else one minute before its end. */
function standaardTijdstip(v: VensterStand): string {
  if (v.stand === 'OPEN') return nuAlsAmsterdamLokaal();
  return isoAlsAmsterdamLokaal(new Date(Date.parse(v.eind) - 60_000).toISOString());
}

/** Row errors of a refused batch: `registraties.<n>[.veld]` → the n-th person sent. */
function rijFouten(
  fout: unknown,
  verzonden: readonly string[],
): {
  readonly perPersoon: Record<string, string[]>;
  readonly tijdstip: string[];
  readonly banner: Banner | null;
} {
  const uitleg = legUit(fout);
  const fouten = uitleg.soort === 'validatie' ? uitleg.fouten : (uitleg.fouten ?? []);
  const perPersoon: Record<string, string[]> = {};
  const tijdstip: string[] = [];
  const overig: string[] = [];
  for (const f of fouten) {
    const m = /^registraties\.(\d+)(?:\.(\w+))?$/.exec(f.veld);
    const persoonId = m ? verzonden[Number(m[1])] : undefined;
    if (persoonId) {
      (perPersoon[persoonId] ??= []).push(f.reden);
      if (m?.[2] === 'tijdstip' && !tijdstip.includes(f.reden)) tijdstip.push(f.reden);
    } else overig.push(f.veld === 'registraties' ? f.reden : `${f.veld}: ${f.reden}`);
  }
  const aantal = Object.keys(perPersoon).length;
  return {
    perPersoon,
    tijdstip,
    banner: {
      titel: 'Niets geregistreerd',
      melding:
        aantal > 0
          ? `Een fout weigert de hele registratie: ${aantal === 1 ? '1 regel' : `${aantal} regels`} hieronder ${
              aantal === 1 ? 'heeft' : 'hebben'
            } een fout. Pas aan of vink uit en registreer opnieuw.`
          : uitleg.melding,
      ...(overig.length ? { redenen: overig } : {}),
    },
  };
}

function Venster({ v, magVastleggen }: { readonly v: VensterStand; readonly magVastleggen: boolean }) {
  const code = v.venster;
  const registreerbaar = magVastleggen && (v.stand === 'OPEN' || v.stand === 'NAREGISTRATIE');
  const open = v.verwacht.filter((p) => !p.geregistreerdOp && !p.gemist);
  const [gekozen, setGekozen] = useState<readonly string[]>([]);
  const [tijdstip, setTijdstip] = useState(() => standaardTijdstip(v));
  const [fouten, setFouten] = useState<ReturnType<typeof rijFouten> | null>(null);
  const [tijdstipFout, setTijdstipFout] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [registreer, { loading: bezig }] = useMutation(REGISTREER_INHUISREGISTRATIES, {
    refetchQueries: [INHUISREGISTRATIE_DAG],
    awaitRefetchQueries: true,
  });
  const geregistreerd = v.verwacht.filter((p) => p.geregistreerdOp).length;
  const gemist = v.verwacht.filter((p) => p.gemist).length;
  const titelId = `venster-${code}-titel`;

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    setMelding(null);
    const iso = amsterdamLokaalNaarIso(tijdstip);
    if (!iso) {
      setTijdstipFout('Vul een geldig tijdstip in.');
      document.getElementById(`registreer-${code}-tijdstip`)?.focus();
      return;
    }
    if (gekozen.length === 0) {
      setFouten({
        perPersoon: {},
        tijdstip: [],
        banner: { titel: 'Niemand gekozen', melding: 'Vink aan wie zich heeft gemeld.' },
      });
      return;
    }
    setTijdstipFout(null);
    setFouten(null);
    const verzonden = [...gekozen];
    try {
      const { data } = await registreer({
        variables: {
          locatie: v.locatie,
          registraties: verzonden.map((persoonId) => ({ persoonId, tijdstip: iso })),
        },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      const r = data.registreerInhuisregistraties;
      setGekozen([]);
      setMelding(
        `${r.geregistreerd === 1 ? '1 registratie' : `${r.geregistreerd} registraties`} vastgelegd om ${formatKloktijd(iso)}${
          r.alGeregistreerd > 0 ? ` (${r.alGeregistreerd} al eerder geregistreerd)` : ''
        }.`,
      );
    } catch (err) {
      const f = rijFouten(err, verzonden);
      setFouten(f);
      if (f.tijdstip.length) setTijdstipFout(f.tijdstip.join(' '));
    }
  }

  const tabel = (
    <table className="tabel tabel--compact" data-testid={`venster-tabel-${code}`}>
      <caption className="visueel-verborgen">
        Verwacht in het venster {vensterLabel(code).toLowerCase()}
      </caption>
      <thead>
        <tr>
          {registreerbaar && (
            <th scope="col" className="kolom-vinkje">
              <input
                type="checkbox"
                aria-label="Iedereen die nog ontbreekt kiezen"
                checked={open.length > 0 && gekozen.length === open.length}
                disabled={open.length === 0}
                onChange={(e) => setGekozen(e.target.checked ? open.map((p) => p.persoon.id) : [])}
                data-testid={`registreer-${code}-alle`}
              />
            </th>
          )}
          <th scope="col">Persoon</th>
          <th scope="col">V-nummer</th>
          <th scope="col">Stand</th>
        </tr>
      </thead>
      <tbody>
        {v.verwacht.map((p) => {
          const id = p.persoon.id;
          const kan = registreerbaar && !p.geregistreerdOp && !p.gemist;
          const rijfout = fouten?.perPersoon[id];
          const vinkId = `registreer-${code}-${id}`;
          return (
            <tr
              key={id}
              data-testid={`verwacht-${code}-${id}`}
              data-status={persoonStatus(p, v.stand)}
              className={rijfout ? 'rij--fout' : undefined}
            >
              {registreerbaar && (
                <td className="kolom-vinkje">
                  {kan && (
                    <input
                      id={vinkId}
                      type="checkbox"
                      checked={gekozen.includes(id)}
                      onChange={(e) =>
                        setGekozen((g) => (e.target.checked ? [...g, id] : g.filter((x) => x !== id)))
                      }
                      aria-describedby={rijfout ? `registratie-fout-${code}-${id}` : undefined}
                      aria-label={`Geregistreerd: ${p.naam ?? p.vNummer ?? 'persoon'}`}
                      data-testid={vinkId}
                    />
                  )}
                </td>
              )}
              <td>
                <a href={pad.persoon(id)} data-testid={`persoon-${id}`}>
                  {p.naam ?? p.persoon.naam ?? (p.vNummer ? `V-nummer ${p.vNummer}` : 'Onbekende persoon')}
                </a>
                {rijfout && (
                  <span
                    className="veld__fout klein"
                    id={`registratie-fout-${code}-${id}`}
                    data-testid={`registratie-fout-${code}-${id}`}
                  >
                    <span className="visueel-verborgen">Fout: </span>
                    {rijfout.join(' ')}
                  </span>
                )}
              </td>
              <td className="referentie nowrap">{p.vNummer ?? <span className="gedempt">—</span>}</td>
              <td>
                <PersoonStand p={p} stand={v.stand} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );

  return (
    <section
      className={`kaart venster venster--${v.stand.toLowerCase()}`}
      aria-labelledby={titelId}
      data-testid={`venster-${code}`}
      data-stand={v.stand}
    >
      <div className="sectiekop">
        <h2 id={titelId}>
          {vensterLabel(code)}{' '}
          <span className="venster__tijd">
            {formatKloktijd(v.begin)}–{formatKloktijd(v.eind)}
          </span>
        </h2>
        <span
          className={`label standlabel standlabel--${v.stand.toLowerCase()}`}
          data-testid={`venster-stand-${code}`}
        >
          {standLabel(v.stand)}
        </span>
      </div>
      <p className="gedempt klein">
        {standUitleg(v.stand)} {v.verwacht.length} verwacht · {geregistreerd} geregistreerd
        {gemist > 0 ? ` · ${gemist} gemist` : ''}
        {v.stand !== 'KOMEND' && open.length > 0 ? ` · ${open.length} ontbreekt` : ''}
      </p>
      {melding && <Succesmelding tekst={melding} testid={`registreer-${code}-succes`} />}
      {fouten?.banner && <FoutBanner banner={fouten.banner} testid={`registreer-${code}-fout`} />}
      {v.verwacht.length === 0 ? (
        <p className="leeg" data-testid={`venster-leeg-${code}`}>
          Niemand onder de inhuisregistratie verwacht in dit venster.
        </p>
      ) : registreerbaar && open.length > 0 ? (
        <form onSubmit={(e) => void verstuur(e)} noValidate data-testid={`registreer-${code}`}>
          <Schuifvlak className="tabel-schuif">{tabel}</Schuifvlak>
          <div className="registreer-balk">
            <div className={`veld veld--inline${tijdstipFout ? ' veld--fout' : ''}`}>
              <label htmlFor={`registreer-${code}-tijdstip`} className="veld__label">
                Tijdstip van melding
              </label>
              {tijdstipFout && (
                <p
                  className="veld__fout"
                  id={`fout-registreer-${code}-tijdstip`}
                  data-testid={`fout-registreer-${code}-tijdstip`}
                >
                  <span className="visueel-verborgen">Fout: </span>
                  {tijdstipFout}
                </p>
              )}
              <input
                id={`registreer-${code}-tijdstip`}
                type="datetime-local"
                value={tijdstip}
                aria-invalid={tijdstipFout !== null}
                aria-describedby={tijdstipFout ? `fout-registreer-${code}-tijdstip` : undefined}
                onChange={(e) => {
                  setTijdstip(e.target.value);
                  setTijdstipFout(null);
                }}
                data-testid={`registreer-${code}-tijdstip`}
              />
            </div>
            <button
              type="submit"
              className="knop knop--primair"
              disabled={bezig}
              data-testid={`registreer-${code}-opslaan`}
            >
              {bezig
                ? 'Bezig…'
                : `Registreer ${gekozen.length === 1 ? '1 persoon' : `${gekozen.length} personen`}`}
            </button>
          </div>
        </form>
      ) : (
        <Schuifvlak className="tabel-schuif">{tabel}</Schuifvlak>
      )}
    </section>
  );
}

/** #/inhuisregistratie: COA's screen of a location's registration windows on a day (R2). */
export function InhuisregistratiePagina({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const toegang = magPlanningZien(sessie.persona);
  const magVastleggen = magInhuisregistratieVastleggen(sessie.persona);
  const locatiesQuery = useLocaties(!toegang);
  const locaties = locatiesQuery.data?.locaties ?? [];
  const filter = leesFilter(zoek, locaties);
  const { data, loading, error, refetch, networkStatus } = useQuery(INHUISREGISTRATIE_DAG, {
    variables: { locatie: filter.locatie, datum: filter.datum || null },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    pollInterval: VERVERS_MS,
    notifyOnNetworkStatusChange: true,
    skip: !toegang || !filter.locatie,
  });

  useEffect(() => {
    document.title = 'Inhuisregistratie — Ketenbeeld';
  }, []);

  const vensters = data?.inhuisregistratieDag ?? [];
  const locatie = locaties.find((l) => l.code === filter.locatie);
  return (
    <section aria-labelledby="inhuisregistratie-titel" data-testid="inhuisregistratie-pagina">
      <div className="paginakop">
        <div>
          <h1 id="inhuisregistratie-titel">Inhuisregistratie</h1>
          <p className="inleiding">
            Twee keer per dag melden personen onder de inhuisregistratie zich bij het COA (R2). Wie na afloop
            van het venster niet is geregistreerd, wordt als afwezig gemeld: dat wordt een signaal en een
            voorstel voor de volgende trede.
          </p>
        </div>
        {toegang && (
          <div className="paginakop__acties">
            <VernieuwKnop
              bezig={networkStatus === NetworkStatus.refetch}
              opnieuw={refetch}
              testid="inhuisregistratie-vernieuwen"
              uit={!filter.locatie}
            />
          </div>
        )}
      </div>
      {!toegang ? (
        <GeenToegang testid="inhuisregistratie-geen-toegang" />
      ) : (
        <>
          {locaties.length > 0 && (
            <FilterFormulier key={`${zoek}-${filter.locatie}`} huidig={filter} locaties={locaties} />
          )}
          {locatiesQuery.error !== undefined && locaties.length === 0 && (
            <div className="melding melding--fout" role="alert" data-testid="fout-inhuisregistratie-locaties">
              <p>De locaties konden niet worden opgehaald. {foutTekst(locatiesQuery.error)}</p>
            </div>
          )}
          {!magVastleggen && (
            <p className="melding melding--info" data-testid="inhuisregistratie-alleen-lezen">
              U leest mee: registraties legt het COA vast.
            </p>
          )}
          {filter.locatie && (
            <h2 className="dagkop" data-testid="inhuisregistratie-dag">
              {locatie?.naam ?? filter.locatie} · {datumVoluit(filter.datum || vandaag())}
            </h2>
          )}
          {error !== undefined && vensters.length === 0 && (
            <div className="melding melding--fout" role="alert" data-testid="fout-inhuisregistratie">
              <p>De registratievensters konden niet worden opgehaald. {foutTekst(error)}</p>
              <button type="button" className="knop knop--secundair" onClick={() => void refetch()}>
                Opnieuw proberen
              </button>
            </div>
          )}
          {(loading || locatiesQuery.loading) && data === undefined && (
            <p className="laden" role="status">
              Registratievensters worden geladen…
            </p>
          )}
          {data !== undefined && vensters.length === 0 && error === undefined && (
            <p className="kaart leeg" data-testid="inhuisregistratie-leeg">
              Deze locatie heeft geen registratievensters.
            </p>
          )}
          <div className="vensters">
            {vensters.map((v) => (
              <Venster
                key={`${v.locatie}-${v.datum}-${v.venster}-${v.stand}`}
                v={v}
                magVastleggen={magVastleggen}
              />
            ))}
          </div>
          {vensters.length > 0 && (
            <p className="gedempt klein">De stand van de vensters wordt elke minuut ververst.</p>
          )}
        </>
      )}
    </section>
  );
}
