import { VernieuwKnop } from '../../app/VernieuwKnop';
import { useEffect, useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { Formulieracties, Veld, zonder, type FormulierFout } from '../../app/formulier';
import { formatDatum } from '../../app/opmaak';
import { magIndSlotsBeheren, magPlanningZien } from '../../app/rechten';
import { navigeer, pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import {
  Formulierfouten,
  GEEN_FOUT,
  Succesmelding,
  veldKoppeling,
  veldNamen,
} from '../casusregie/onderdelen';
import { vandaag } from '../casusregie/tijd';
import { maandagVan, verschuifWeek, weekTekst, weekVan } from './datum';
import { IND_SLOT_KALENDER, type IndSlotWeek } from './indSlotKalender.graphql';
import { GeenToegang, planningFout, SlotStatusLabel } from './onderdelen';
import { RESERVEER_IND_SLOTS } from './reserveerIndSlots.graphql';

const WEKEN = [4, 8, 12, 26] as const;
const STANDAARD_WEKEN = 8;

interface Filter {
  /** JJJJ-Www; '' is this week. */
  readonly vanaf: string;
  readonly weken: number;
}

function leesFilter(zoek: string): Filter {
  const q = new URLSearchParams(zoek);
  const vanaf = q.get('vanaf') ?? '';
  const weken = Number(q.get('weken'));
  return {
    vanaf: maandagVan(vanaf) ? vanaf : '',
    weken: (WEKEN as readonly number[]).includes(weken) ? weken : STANDAARD_WEKEN,
  };
}

function zoekVoor(f: Filter): URLSearchParams {
  const q = new URLSearchParams();
  if (f.vanaf && f.vanaf !== weekVan(vandaag())) q.set('vanaf', f.vanaf);
  if (f.weken !== STANDAARD_WEKEN) q.set('weken', String(f.weken));
  return q;
}

const V = { week: 'indslots-week', gereserveerd: 'indslots-gereserveerd' } as const;

/** Reserve hearing slots for a week (the IND's procesregisseur, coördinator of the kernteam). */
function ReserveerFormulier({
  weken,
  opKlaar,
  opAnnuleer,
}: {
  readonly weken: readonly IndSlotWeek[];
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const eerste = weken[0];
  const [week, setWeek] = useState(eerste?.week ?? weekVan(vandaag()));
  const [aantal, setAantal] = useState(String(eerste?.gereserveerd ?? 0));
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [reserveer, { loading: bezig }] = useMutation(RESERVEER_IND_SLOTS, {
    refetchQueries: [IND_SLOT_KALENDER],
    awaitRefetchQueries: true,
  });
  const gekozen = weken.find((w) => w.week === week);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    if (!/^\d+$/.test(aantal.trim())) {
      setFout({
        velden: { [V.gereserveerd]: ['Vul een aantal in (een geheel getal, 0 of meer).'] },
        samenvatting: null,
        banner: null,
      });
      document.getElementById(`veld-${V.gereserveerd}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await reserveer({ variables: { week, gereserveerd: Number(aantal) } });
      if (!data) throw new Error('De server gaf geen antwoord.');
      const r = data.reserveerIndSlots;
      opKlaar(
        `${weekTekst(r.week)}: ${r.gereserveerd} slots gereserveerd, ${r.ingepland} ingepland, ${r.vrij} vrij.`,
      );
    } catch (err) {
      setFout(
        planningFout(
          err,
          'De slots zijn niet gereserveerd:',
          veldKoppeling(V),
          veldNamen({ [V.week]: 'Week', [V.gereserveerd]: 'Gereserveerd' }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="indslots-formulier-titel"
      data-testid="indslots-formulier"
    >
      <h2 id="indslots-formulier-titel">Slots reserveren</h2>
      <p className="gedempt">
        Het aantal gehoorslots dat de IND in een week voor kernteamzaken vrijhoudt. Niet lager dan wat al is
        ingepland.
      </p>
      <Formulierfouten fout={fout} testid="indslots" />
      <div className="raster raster--4">
        <Veld
          veld={V.week}
          label="Week"
          hint="ISO-week, maandag tot en met zondag"
          fouten={fout.velden}
          verplicht
        >
          {(p) => (
            <select
              {...p}
              value={week}
              onChange={(e) => {
                setWeek(e.target.value);
                const w = weken.find((x) => x.week === e.target.value);
                if (w) setAantal(String(w.gereserveerd));
                setFout((f) => ({ ...f, velden: zonder(f.velden, V.week) }));
              }}
            >
              {weken.map((w) => (
                <option key={w.week} value={w.week}>
                  {weekTekst(w.week)}, vanaf {formatDatum(w.maandag)}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld
          veld={V.gereserveerd}
          label="Gereserveerd"
          hint={gekozen ? `Ingepland: ${gekozen.ingepland}; verwacht: ${gekozen.verwacht}` : undefined}
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
              value={aantal}
              onChange={(e) => {
                setAantal(e.target.value);
                setFout((f) => ({ ...f, velden: zonder(f.velden, V.gereserveerd) }));
              }}
            />
          )}
        </Veld>
      </div>
      <Formulieracties
        bezig={bezig}
        tekst="Reserveren"
        bezigTekst="Bezig…"
        testid="indslots-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

/** #/ind-slots: the IND's hearing slots for kernteam cases per week: reserved, scheduled, expected. */
export function IndSlotKalender({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const toegang = magPlanningZien(sessie.persona);
  const magBeheren = magIndSlotsBeheren(sessie.persona);
  const filter = leesFilter(zoek);
  const vanaf = filter.vanaf || weekVan(vandaag());
  const { data, loading, error, refetch, networkStatus } = useQuery(IND_SLOT_KALENDER, {
    variables: { vanafWeek: vanaf, weken: filter.weken },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
    skip: !toegang,
  });
  const [formulier, setFormulier] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'IND-slots — Ketenbeeld';
  }, []);

  // The service does not promise an order: oldest week first ('JJJJ-Www' sorts as text).
  const weken = [...(data?.indSlotKalender ?? [])].sort((a, b) => a.week.localeCompare(b.week));
  const dezeWeek = weekVan(vandaag());
  return (
    <section aria-labelledby="indslots-titel" data-testid="indslots-pagina">
      <div className="paginakop">
        <div>
          <h1 id="indslots-titel">IND-slots</h1>
          <p className="inleiding">
            Gehoorslots die de IND per week voor kernteamzaken reserveert, hoeveel al zijn ingepland en
            hoeveel gehoren de procedureplannen nog in die week verwachten.
          </p>
        </div>
        {toegang && (
          <div className="paginakop__acties">
            {magBeheren && (
              <button
                type="button"
                className="knop knop--secundair"
                aria-expanded={formulier}
                aria-controls="indslots-paneel"
                onClick={() => {
                  setMelding(null);
                  setFormulier((f) => !f);
                }}
                disabled={weken.length === 0}
                data-testid="indslots-reserveren"
              >
                Slots reserveren
              </button>
            )}
            <VernieuwKnop
              bezig={networkStatus === NetworkStatus.refetch}
              opnieuw={refetch}
              testid="indslots-vernieuwen"
            />
          </div>
        )}
      </div>
      {!toegang ? (
        <GeenToegang testid="indslots-geen-toegang" />
      ) : (
        <>
          {melding && <Succesmelding tekst={melding} testid="indslots-succes" />}
          {formulier && weken.length > 0 && (
            <div id="indslots-paneel" className="sectiepaneel">
              <ReserveerFormulier
                weken={weken}
                opKlaar={(m) => {
                  setFormulier(false);
                  setMelding(m);
                }}
                opAnnuleer={() => setFormulier(false)}
              />
            </div>
          )}
          <nav className="filterbalk" aria-label="Weken kiezen" data-testid="indslots-navigatie">
            <a
              className="knop knop--secundair knop--klein"
              href={pad.indSlots(zoekVoor({ ...filter, vanaf: verschuifWeek(vanaf, -filter.weken) }))}
              data-testid="indslots-vorige"
            >
              ‹ Vorige {filter.weken} weken
            </a>
            <a
              className="knop knop--secundair knop--klein"
              href={pad.indSlots(zoekVoor({ ...filter, vanaf: verschuifWeek(vanaf, filter.weken) }))}
              data-testid="indslots-volgende"
            >
              Volgende {filter.weken} weken ›
            </a>
            {vanaf !== dezeWeek && (
              <a
                className="knop knop--link knop--klein"
                href={pad.indSlots(zoekVoor({ ...filter, vanaf: '' }))}
              >
                Vanaf deze week
              </a>
            )}
            <label htmlFor="indslots-weken" className="filterbalk__label">
              Aantal weken
            </label>
            <select
              id="indslots-weken"
              className="invoer--smal"
              value={filter.weken}
              onChange={(e) => navigeer(pad.indSlots(zoekVoor({ ...filter, weken: Number(e.target.value) })))}
              data-testid="indslots-weken"
            >
              {WEKEN.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </nav>
          {error !== undefined && weken.length === 0 && (
            <div className="melding melding--fout" role="alert" data-testid="fout-indslots">
              <p>De slotkalender kon niet worden opgehaald. {foutTekst(error)}</p>
              <button type="button" className="knop knop--secundair" onClick={() => void refetch()}>
                Opnieuw proberen
              </button>
            </div>
          )}
          {loading && data === undefined && (
            <p className="laden" role="status">
              Slotkalender wordt geladen…
            </p>
          )}
          {weken.length > 0 && (
            <Schuifvlak className="kaart kaart--tabel">
              <table className="tabel tabel--compact" data-testid="indslots-tabel">
                <caption className="tabel__titel">
                  IND-gehoorslots per week, {weekTekst(weken[0]?.week ?? vanaf)} t/m{' '}
                  {weekTekst(weken[weken.length - 1]?.week ?? vanaf)}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Week</th>
                    <th scope="col" className="getal">
                      Gereserveerd
                    </th>
                    <th scope="col" className="getal">
                      Ingepland
                    </th>
                    <th scope="col" className="getal">
                      Verwacht
                    </th>
                    <th scope="col" className="getal">
                      Vrij
                    </th>
                    <th scope="col">Status</th>
                    <th scope="col">Uitleg</th>
                  </tr>
                </thead>
                <tbody>
                  {weken.map((w) => (
                    <tr
                      key={w.week}
                      data-testid={`indslot-${w.week}`}
                      data-status={w.status}
                      className={
                        w.status === 'OVERBOEKT'
                          ? 'slot--overboekt'
                          : w.week === dezeWeek
                            ? 'rij--gekozen'
                            : undefined
                      }
                    >
                      <th scope="row" className="nowrap">
                        <span className="rij__titel">{weekTekst(w.week)}</span>
                        <span className="klein gedempt">
                          vanaf {formatDatum(w.maandag)}
                          {w.week === dezeWeek ? ' (deze week)' : ''}
                        </span>
                      </th>
                      <td className="getal">{w.gereserveerd}</td>
                      <td className="getal">{w.ingepland}</td>
                      <td className="getal">{w.verwacht}</td>
                      <td className="getal">{w.vrij}</td>
                      <td>
                        <SlotStatusLabel status={w.status} testid={`indslot-status-${w.week}`} />
                      </td>
                      <td className="slot__uitleg">{w.uitleg}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Schuifvlak>
          )}
        </>
      )}
    </section>
  );
}
