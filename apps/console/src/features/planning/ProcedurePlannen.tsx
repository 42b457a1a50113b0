import { VernieuwKnop } from '../../app/VernieuwKnop';
import { useEffect, useState, type FormEvent } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { formatDatum } from '../../app/opmaak';
import { magPlanningZien } from '../../app/rechten';
import { navigeer, pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import { spoorKort } from '../casusregie/labels';
import { hoofdfout } from '../casusregie/onderdelen';
import { PersoonNaam } from '../casusregie/PersoonNaam';
import { dagenTekst, RISICOS } from './labels';
import { GeenToegang, RisicoLabel, spelingTekst } from './onderdelen';
import type { PlanStap } from './procedurePlan.graphql';
import { PROCEDURE_PLANNEN, type ProcedurePlanMetPersoon } from './procedurePlannen.graphql';

const EERSTE = 200;

/** The first step still to do (not n.v.t., no actual date): what the case waits for. */
export function volgendeStap(stappen: readonly PlanStap[]): PlanStap | null {
  return stappen.find((s) => !s.nvt && !s.werkelijk) ?? null;
}

function FilterFormulier({ huidig }: { readonly huidig: string }) {
  const [risico, setRisico] = useState(huidig);
  function pasToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    navigeer(pad.planning(risico ? new URLSearchParams({ risico }) : undefined));
  }
  return (
    <form
      className="filterbalk"
      onSubmit={pasToe}
      noValidate
      aria-label="Filteren op risico"
      data-testid="planning-filter"
    >
      <label htmlFor="planning-filter-risico" className="filterbalk__tekst">
        Risico
      </label>
      <select
        id="planning-filter-risico"
        className="invoer--smal"
        value={risico}
        onChange={(e) => setRisico(e.target.value)}
        data-testid="planning-filter-risico"
      >
        <option value="">Alle</option>
        {RISICOS.map((r) => (
          <option key={r.code} value={r.code}>
            {r.label}
          </option>
        ))}
      </select>
      <button type="submit" className="knop knop--secundair knop--klein" data-testid="planning-toepassen">
        Filteren
      </button>
      {huidig && (
        <a className="knop knop--link knop--klein" href={pad.planning()} data-testid="planning-filter-wissen">
          Filter wissen
        </a>
      )}
    </form>
  );
}

function Totalen({ plannen }: { readonly plannen: readonly ProcedurePlanMetPersoon[] }) {
  return (
    <ul className="tegels" data-testid="planning-totalen">
      {RISICOS.map((r) => {
        const aantal = plannen.filter((p) => p.ttsd.risico === r.code).length;
        return (
          <li key={r.code} className={`tegel${r.code === 'TE_LAAT' && aantal > 0 ? ' tegel--let' : ''}`}>
            <span className="tegel__waarde" data-testid={`planning-totaal-${r.code}`}>
              {aantal}
            </span>
            <span className="tegel__label">{r.label}</span>
          </li>
        );
      })}
    </ul>
  );
}

function PlanRij({ p }: { readonly p: ProcedurePlanMetPersoon }) {
  const t = p.ttsd;
  const volgende = volgendeStap(p.stappen);
  const vertraagd = p.stappen.filter((s) => s.vertraagd).length;
  return (
    <tr
      data-testid={`plan-${p.casus.id}`}
      data-risico={t.risico}
      className={t.risico === 'TE_LAAT' ? 'plan--telaat' : t.risico === 'KRAP' ? 'plan--krap' : undefined}
    >
      <td>
        <a href={pad.casus(p.casus.id)} className="rij__titel" data-testid={`plan-link-${p.casus.id}`}>
          Casus <span className="referentie">{p.casus.id.slice(0, 8)}</span>
        </a>
        <span className="klein">
          <PersoonNaam persoon={p.persoon} />
        </span>
      </td>
      <td className="nowrap">{spoorKort(p.spoor)}</td>
      <td className="nowrap">{formatDatum(p.aanmelding)}</td>
      <td className="nowrap">{formatDatum(t.doelDatum)}</td>
      <td className="nowrap">
        {t.werkelijkeDatum ? (
          <>
            {formatDatum(t.werkelijkeDatum)}
            <span className="klein gedempt">genomen, na {dagenTekst(t.dagenWerkelijk ?? 0)}</span>
          </>
        ) : (
          <>
            {formatDatum(t.geplandeDatum)}
            <span className="klein gedempt">gepland, na {dagenTekst(t.dagenGepland)}</span>
          </>
        )}
      </td>
      <td
        className={`nowrap${t.speling < 0 ? ' telaat-tekst' : ''}`}
        data-testid={`plan-speling-${p.casus.id}`}
      >
        {spelingTekst(t.speling, t.risico === 'AFGEROND')}
      </td>
      <td>
        <RisicoLabel risico={t.risico} testid={`plan-risico-${p.casus.id}`} />
      </td>
      <td>
        {volgende ? (
          <>
            <span className="rij__titel">{volgende.label}</span>
            <span className="klein">
              {volgende.gepland ? formatDatum(volgende.gepland) : '—'}{' '}
              {volgende.vertraagd && <span className="label label--telaat">vertraagd</span>}
            </span>
          </>
        ) : (
          <span className="gedempt">alle stappen gedaan</span>
        )}
        {vertraagd > 0 && !volgende?.vertraagd && (
          <span className="klein telaat-tekst">
            {vertraagd === 1 ? '1 stap vertraagd' : `${vertraagd} stappen vertraagd`}
          </span>
        )}
      </td>
    </tr>
  );
}

/** #/planning: every case's procedure plan with its key figure, the cases at risk first. */
export function ProcedurePlannen({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const toegang = magPlanningZien(sessie.persona);
  const risico = new URLSearchParams(zoek).get('risico') ?? '';
  const { data, loading, error, refetch, networkStatus } = useQuery(PROCEDURE_PLANNEN, {
    variables: { risico: risico ? [risico] : null, eerste: EERSTE },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
    skip: !toegang,
  });

  useEffect(() => {
    document.title = 'Procesplanning — Ketenbeeld';
  }, []);

  const plannen = data?.procedurePlannen ?? [];
  const fout = hoofdfout(error);
  // The key figure's name comes from the service (one place: packages/domain), never from here.
  const kengetal = plannen[0]?.ttsd.kengetal ?? null;
  return (
    <section aria-labelledby="planning-titel" data-testid="planning-pagina">
      <div className="paginakop">
        <div>
          <h1 id="planning-titel">Procesplanning</h1>
          <p className="inleiding">
            De procedureplannen van de casussen: van aanmelding tot beschikking, tegen het doel per spoor. De
            casussen met de minste speling staan bovenaan.
          </p>
        </div>
        {toegang && (
          <div className="paginakop__acties">
            <VernieuwKnop
              bezig={networkStatus === NetworkStatus.refetch}
              opnieuw={refetch}
              testid="planning-vernieuwen"
            />
          </div>
        )}
      </div>
      {!toegang ? (
        <GeenToegang testid="planning-geen-toegang" />
      ) : (
        <>
          <FilterFormulier key={zoek} huidig={risico} />
          {fout !== undefined && plannen.length === 0 && (
            <div className="melding melding--fout" role="alert" data-testid="fout-planning">
              <p>De procedureplannen konden niet worden opgehaald. {foutTekst(fout)}</p>
              <button type="button" className="knop knop--secundair" onClick={() => void refetch()}>
                Opnieuw proberen
              </button>
            </div>
          )}
          {loading && data === undefined && (
            <p className="laden" role="status">
              Procedureplannen worden geladen…
            </p>
          )}
          {!risico && plannen.length > 0 && <Totalen plannen={plannen} />}
          {data !== undefined && plannen.length === 0 && fout === undefined && (
            <div className="kaart leeg" data-testid="planning-leeg">
              <p>
                {risico
                  ? 'Geen procedureplannen met dit risico.'
                  : 'Er zijn nog geen procedureplannen. Een plan stelt u op vanaf de casus (blok Procedureplan).'}
              </p>
            </div>
          )}
          {plannen.length > 0 && kengetal && (
            <>
              <Schuifvlak className="kaart kaart--tabel">
                <table className="tabel tabel--compact" data-testid="planning-tabel">
                  <caption className="tabel__titel">
                    Procedureplannen met hun <span data-testid="planning-kengetal">{kengetal}</span>, minste
                    speling eerst
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Casus</th>
                      <th scope="col">Spoor</th>
                      <th scope="col">Aanmelding</th>
                      <th scope="col">Doel {kengetal}</th>
                      <th scope="col">Beschikking</th>
                      <th scope="col">Speling</th>
                      <th scope="col">Risico</th>
                      <th scope="col">Volgende stap</th>
                    </tr>
                  </thead>
                  <tbody>
                    {plannen.map((p) => (
                      <PlanRij key={p.casus.id} p={p} />
                    ))}
                  </tbody>
                </table>
              </Schuifvlak>
              <p className="gedempt" role="status" data-testid="planning-aantal">
                {plannen.length === 1 ? '1 plan' : `${plannen.length} plannen`} getoond
                {plannen.length >= EERSTE ? ` (de eerste ${EERSTE})` : ''}.
              </p>
            </>
          )}
        </>
      )}
    </section>
  );
}
