import { VernieuwKnop } from '../../app/VernieuwKnop';
import { useEffect, useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { formatDatum, formatTijdstip } from '../../app/opmaak';
import { magPlaatsingBeslissen, magPlaatsingVoorstellen, magPlanningZien } from '../../app/rechten';
import { navigeer, pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import { hoofdfout, Succesmelding } from '../casusregie/onderdelen';
import { PersoonNaam } from '../casusregie/PersoonNaam';
import { LOPENDE_STATUSSEN, PLAATSING_STATUSSEN, prioriteitLabel } from './labels';
import type { Locatie } from './locaties.graphql';
import { Bevindingen, GeenToegang, PlaatsingStatus, useLocaties } from './onderdelen';
import { ACTIE_KNOP, actiesVoor, PlaatsingActie, type PlaatsingActieSoort } from './PlaatsingActie';
import { PLAATSINGEN, type Plaatsing } from './plaatsingen.graphql';

const EERSTE = 200;

interface Filter {
  /** '' = running (the default), 'ALLE', or one status. */
  readonly status: string;
  readonly locatie: string;
}

function leesFilter(zoek: string): Filter {
  const q = new URLSearchParams(zoek);
  return { status: q.get('status') ?? '', locatie: q.get('locatie') ?? '' };
}

function statusVariabele(status: string): readonly string[] | null {
  if (status === 'ALLE') return null;
  if (status === '') return LOPENDE_STATUSSEN;
  return [status];
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
    if (w.status) q.set('status', w.status);
    if (w.locatie) q.set('locatie', w.locatie);
    navigeer(pad.plaatsingen(q));
  }
  return (
    <form
      className="kaart filterpaneel planningfilter"
      onSubmit={pasToe}
      noValidate
      aria-label="Filteren"
      data-testid="plaatsingen-filter"
    >
      <div className="veld planningfilter__breed">
        <label htmlFor="plaatsingen-filter-status" className="veld__label">
          Status
        </label>
        <select
          id="plaatsingen-filter-status"
          value={w.status}
          onChange={(e) => setW({ ...w, status: e.target.value })}
          data-testid="plaatsingen-filter-status"
        >
          <option value="">Lopend (voorgesteld t/m actief)</option>
          <option value="ALLE">Alle</option>
          {PLAATSING_STATUSSEN.map((s) => (
            <option key={s.code} value={s.code}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
      <div className="veld planningfilter__breed">
        <label htmlFor="plaatsingen-filter-locatie" className="veld__label">
          Locatie
        </label>
        <select
          id="plaatsingen-filter-locatie"
          value={w.locatie}
          onChange={(e) => setW({ ...w, locatie: e.target.value })}
          data-testid="plaatsingen-filter-locatie"
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
        <button type="submit" className="knop knop--primair" data-testid="plaatsingen-filter-toepassen">
          Filteren
        </button>
        {(huidig.status || huidig.locatie) && (
          <a className="knop knop--link" href={pad.plaatsingen()} data-testid="plaatsingen-filter-wissen">
            Filters wissen
          </a>
        )}
      </div>
    </form>
  );
}

function Periode({ p }: { readonly p: Plaatsing }) {
  return (
    <>
      {formatDatum(p.van)}
      <span className="klein">
        {p.werkelijkEind ? (
          <>t/m {formatDatum(p.werkelijkEind)} (beëindigd)</>
        ) : p.tot ? (
          <>t/m {formatDatum(p.tot)}</>
        ) : (
          <span className="gedempt">open einde</span>
        )}
      </span>
    </>
  );
}

function PlaatsingRij({
  p,
  magBeslissen,
  opActie,
}: {
  readonly p: Plaatsing;
  readonly magBeslissen: boolean;
  readonly opActie: (soort: PlaatsingActieSoort) => void;
}) {
  const acties = magBeslissen ? actiesVoor(p.status) : [];
  const blokkerend = p.bevindingen.some((b) => b.blokkerend);
  return (
    <tr
      data-testid={`plaatsing-${p.id}`}
      data-status={p.status}
      className={p.status === 'BEEINDIGD' || p.status === 'AFGEWEZEN' ? 'rij--gedempt' : undefined}
    >
      <td>
        <PersoonNaam persoon={p.persoon} metNationaliteit />
        {p.casusId && (
          <span className="klein">
            <a href={pad.casus(p.casusId)}>
              Casus <span className="referentie">{p.casusId.slice(0, 8)}</span>
            </a>
          </span>
        )}
      </td>
      <td>
        <span className="rij__titel">{p.locatieNaam}</span>
        <span className="klein gedempt">{p.locatie}</span>
      </td>
      <td>
        <PlaatsingStatus status={p.status} testid={`plaatsing-status-${p.id}`} />
        {p.status === 'WACHTLIJST' && p.wachtlijstSinds && (
          <span className="klein gedempt">sinds {formatTijdstip(p.wachtlijstSinds)}</span>
        )}
        {p.status === 'AANGEBODEN' && p.aangebodenOp && (
          <span className="klein gedempt">aangeboden {formatTijdstip(p.aangebodenOp)}</span>
        )}
        {p.eindReden && <span className="klein omschrijving-kort">Reden: {p.eindReden}</span>}
      </td>
      <td className="nowrap">
        <Periode p={p} />
      </td>
      <td className="nowrap">{prioriteitLabel(p.prioriteit)}</td>
      <td className="plaatsing__bijzonder">
        <span className="labels">
          {p.artikel56 && <span className="label">art. 56 Vw</span>}
          {p.bewaringVerlengd && <span className="label">bewaring verlengd</span>}
          {p.vervangtPlaatsingId && <span className="label label--groep">overplaatsing</span>}
          {p.termijnId && <span className="label label--actief">termijn loopt</span>}
        </span>
        {p.overslaanReden && <span className="klein">Trede overgeslagen: {p.overslaanReden}</span>}
        {p.toelichting && <span className="klein gedempt omschrijving-kort">{p.toelichting}</span>}
        <details className="uitklap uitklap--klein">
          <summary>
            Beoordeling ({p.bevindingen.length}){blokkerend ? ' — blokkeert' : ''}
          </summary>
          <Bevindingen bevindingen={p.bevindingen} />
        </details>
      </td>
      {magBeslissen && (
        <td>
          <div className="rij-acties">
            {acties.map((a) => (
              <button
                key={a}
                type="button"
                className={`knop knop--klein ${a === 'afwijzen' || a === 'beeindigen' ? 'knop--gevaar-rand' : 'knop--secundair'}`}
                onClick={() => opActie(a)}
                data-testid={`plaatsing-${a}-${p.id}`}
              >
                {ACTIE_KNOP[a]}
                <span className="visueel-verborgen"> ({p.locatieNaam})</span>
              </button>
            ))}
          </div>
        </td>
      )}
    </tr>
  );
}

/** #/plaatsingen: placements on the escalation ladder, the waiting list first, with their actions. */
export function PlaatsingenOverzicht({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const toegang = magPlanningZien(sessie.persona);
  const magBeslissen = magPlaatsingBeslissen(sessie.persona);
  const filter = leesFilter(zoek);
  const locaties = useLocaties(!toegang).data?.locaties ?? [];
  const { data, loading, error, refetch, networkStatus } = useQuery(PLAATSINGEN, {
    variables: { status: statusVariabele(filter.status), locatie: filter.locatie || null, eerste: EERSTE },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
    skip: !toegang,
  });
  const [actie, setActie] = useState<{ plaatsing: Plaatsing; soort: PlaatsingActieSoort } | null>(null);
  const [melding, setMelding] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Plaatsingen — Ketenbeeld';
  }, []);

  const plaatsingen = data?.plaatsingen ?? [];
  const fout = hoofdfout(error);
  const gefilterd = filter.status !== '' || filter.locatie !== '';
  return (
    <section aria-labelledby="plaatsingen-titel" data-testid="plaatsingen-pagina">
      <div className="paginakop">
        <div>
          <h1 id="plaatsingen-titel">Plaatsingen</h1>
          <p className="inleiding">
            Plaatsingen op de escalatieladder (inhuisregistratie → VTL → PBL → HTL → vreemdelingenbewaring):
            de wachtlijst en aanbiedingen eerst, dan voorstellen, dan de rest.
          </p>
        </div>
        {toegang && (
          <div className="paginakop__acties">
            {magPlaatsingVoorstellen(sessie.persona) && (
              <a
                className="knop knop--primair"
                href={pad.nieuwePlaatsing()}
                data-testid="plaatsing-voorstellen"
              >
                Plaatsing voorstellen
              </a>
            )}
            <VernieuwKnop
              bezig={networkStatus === NetworkStatus.refetch}
              opnieuw={refetch}
              testid="plaatsingen-vernieuwen"
            />
          </div>
        )}
      </div>
      {!toegang ? (
        <GeenToegang testid="plaatsingen-geen-toegang" />
      ) : (
        <>
          <FilterFormulier key={zoek} huidig={filter} locaties={locaties} />
          {melding && <Succesmelding tekst={melding} testid="plaatsingen-succes" />}
          {fout !== undefined && plaatsingen.length === 0 && (
            <div className="melding melding--fout" role="alert" data-testid="fout-plaatsingen">
              <p>De plaatsingen konden niet worden opgehaald. {foutTekst(fout)}</p>
              <button type="button" className="knop knop--secundair" onClick={() => void refetch()}>
                Opnieuw proberen
              </button>
            </div>
          )}
          {loading && data === undefined && (
            <p className="laden" role="status">
              Plaatsingen worden geladen…
            </p>
          )}
          {data !== undefined && plaatsingen.length === 0 && fout === undefined && (
            <div className="kaart leeg" data-testid="plaatsingen-leeg">
              <p>
                {gefilterd ? (
                  <>
                    Geen plaatsingen die aan dit filter voldoen.{' '}
                    <a href={pad.plaatsingen(new URLSearchParams({ status: 'ALLE' }))}>
                      Toon alle plaatsingen
                    </a>
                  </>
                ) : (
                  'Er lopen geen plaatsingen.'
                )}
              </p>
            </div>
          )}
          {plaatsingen.length > 0 && (
            <>
              <Schuifvlak className="kaart kaart--tabel">
                <table className="tabel tabel--compact" data-testid="plaatsingen-tabel">
                  <caption className="visueel-verborgen">
                    Plaatsingen, wachtlijst en aanbiedingen eerst{gefilterd ? ', gefilterd' : ''}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Persoon</th>
                      <th scope="col">Locatie</th>
                      <th scope="col">Status</th>
                      <th scope="col">Periode</th>
                      <th scope="col">Prioriteit</th>
                      <th scope="col">Bijzonderheden</th>
                      {magBeslissen && <th scope="col">Acties</th>}
                    </tr>
                  </thead>
                  <tbody>
                    {plaatsingen.map((p) => (
                      <PlaatsingRij
                        key={p.id}
                        p={p}
                        magBeslissen={magBeslissen}
                        opActie={(soort) => {
                          setMelding(null);
                          setActie({ plaatsing: p, soort });
                        }}
                      />
                    ))}
                  </tbody>
                </table>
              </Schuifvlak>
              <p className="gedempt" role="status" data-testid="plaatsingen-aantal">
                {plaatsingen.length === 1 ? '1 plaatsing' : `${plaatsingen.length} plaatsingen`} getoond
                {plaatsingen.length >= EERSTE ? ` (de eerste ${EERSTE})` : ''}.
              </p>
            </>
          )}
          {actie && (
            <PlaatsingActie
              plaatsing={actie.plaatsing}
              soort={actie.soort}
              opKlaar={(m) => {
                setActie(null);
                setMelding(m);
              }}
              opSluiten={() => setActie(null)}
            />
          )}
        </>
      )}
    </section>
  );
}
