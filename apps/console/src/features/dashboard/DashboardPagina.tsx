import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { navigeer, pad } from '../../app/router';
import { AchterstandPaneel } from './Achterstand';
import { BezettingPaneel } from './Bezetting';
import { DASHBOARD_VERANTWOORDING } from './dashboardVerantwoording.graphql';
import {
  aantalDagen,
  alsInterval,
  geldigeDatum,
  laatsteWeken,
  leesPeriode,
  SNELKEUZES,
  type Periode,
} from './periode';
import { periodeTekst } from './opmaak';
import { SignalenPaneel } from './Signalen';
import { DoorlooptijdPaneel, LandenPaneel, PerWeekPaneel, SpoorPaneel } from './Verantwoording';
import './dashboard.css';

function PeriodeKeuze({ huidig }: { readonly huidig: Periode }) {
  const [w, setW] = useState(huidig);
  const [fout, setFout] = useState<string | null>(null);

  function pasToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!geldigeDatum(w.van) || !geldigeDatum(w.tot)) {
      setFout('Vul beide datums in.');
      document.getElementById('dashboard-van')?.focus();
      return;
    }
    if (w.van > w.tot) {
      setFout('De periode klopt niet: "van" ligt na "tot en met".');
      document.getElementById('dashboard-van')?.focus();
      return;
    }
    setFout(null);
    navigeer(pad.dashboard(new URLSearchParams({ van: w.van, tot: w.tot })));
  }

  return (
    <form
      className="kaart filterpaneel dashboard-filter"
      onSubmit={pasToe}
      noValidate
      aria-labelledby="dashboard-filter-titel"
      data-testid="dashboard-filter"
    >
      <h2 id="dashboard-filter-titel" className="visueel-verborgen">
        Periode
      </h2>
      {fout && (
        <p className="veld__fout" role="alert" id="dashboard-filter-fout" data-testid="fout-dashboard-filter">
          {fout}
        </p>
      )}
      <div className="dashboard-filter__rij">
        <div className="veld">
          <label htmlFor="dashboard-van" className="veld__label">
            Van
          </label>
          <input
            id="dashboard-van"
            type="date"
            value={w.van}
            max={w.tot || undefined}
            aria-invalid={fout ? true : undefined}
            aria-describedby={fout ? 'dashboard-filter-fout' : undefined}
            onChange={(e) => setW({ ...w, van: e.target.value })}
            data-testid="dashboard-van"
          />
        </div>
        <div className="veld">
          <label htmlFor="dashboard-tot" className="veld__label">
            Tot en met
          </label>
          <input
            id="dashboard-tot"
            type="date"
            value={w.tot}
            min={w.van || undefined}
            aria-invalid={fout ? true : undefined}
            aria-describedby={fout ? 'dashboard-filter-fout' : undefined}
            onChange={(e) => setW({ ...w, tot: e.target.value })}
            data-testid="dashboard-tot"
          />
        </div>
        <button type="submit" className="knop knop--primair" data-testid="dashboard-toepassen">
          Toon periode
        </button>
        <div className="dashboard-filter__snel">
          <span className="gedempt" id="dashboard-snel-label">
            Of de laatste:
          </span>
          <ul className="dashboard-snelkeuzes" aria-labelledby="dashboard-snel-label">
            {SNELKEUZES.map((weken) => {
              const p = laatsteWeken(weken);
              const actief = p.van === huidig.van && p.tot === huidig.tot;
              return (
                <li key={weken}>
                  <a
                    href={pad.dashboard(new URLSearchParams({ van: p.van, tot: p.tot }))}
                    aria-current={actief ? 'true' : undefined}
                    className={
                      actief ? 'dashboard-snelkeuze dashboard-snelkeuze--actief' : 'dashboard-snelkeuze'
                    }
                    data-testid={`dashboard-snel-${weken}`}
                  >
                    <span className="visueel-verborgen">Laatste </span>
                    {weken} weken
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </form>
  );
}

/** Copies the address of this view (period included) to share it. */
function LinkKopieren() {
  const [melding, setMelding] = useState('');
  async function kopieer() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setMelding('De link naar deze weergave is gekopieerd.');
    } catch {
      setMelding('Kopiëren lukte niet; kopieer het adres uit de adresbalk.');
    }
  }
  return (
    <div className="dashboard-link">
      <button
        type="button"
        className="knop knop--secundair knop--klein"
        onClick={() => void kopieer()}
        data-testid="dashboard-link-kopieren"
      >
        Kopieer link naar deze weergave
      </button>
      <span role="status" className="dashboard-export__melding">
        {melding}
      </span>
    </div>
  );
}

/** The DGM/DRM dashboard: the period from the address, six panels that each fetch and fail on their own. */
export function DashboardPagina({ zoek }: { readonly zoek: string }) {
  const periode = useMemo(() => leesPeriode(zoek), [zoek]);
  const p: Periode = useMemo(() => ({ van: periode.van, tot: periode.tot }), [periode.van, periode.tot]);
  const interval = useMemo(() => alsInterval(p), [p]);
  const verantwoording = useQuery(DASHBOARD_VERANTWOORDING, {
    variables: interval,
    fetchPolicy: 'cache-and-network',
  });
  const q = {
    data: verantwoording.data,
    error: verantwoording.error,
    opnieuw: () => verantwoording.refetch(),
  };

  useEffect(() => {
    document.title = 'Dashboard — Ketenbeeld';
  }, []);

  const dagen = aantalDagen(p);
  const duur = dagen % 7 === 0 ? `${dagen / 7} weken` : `${dagen} dagen`;
  return (
    <section aria-labelledby="dashboard-titel" className="dashboard" data-testid="dashboard-pagina">
      <div className="paginakop">
        <div>
          <h1 id="dashboard-titel">Dashboard ketenaanpak</h1>
          <p className="inleiding">
            Het landelijke beeld voor DGM/DRM over{' '}
            <strong data-testid="dashboard-periode" data-van={p.van} data-tot={p.tot}>
              {periodeTekst(p)}
            </strong>{' '}
            ({duur}). Elke grafiek heeft de cijfers als tabel en een export.
          </p>
        </div>
        <LinkKopieren />
      </div>
      {periode.hersteld && (
        <p
          className="melding melding--waarschuwing melding--klein"
          role="status"
          data-testid="dashboard-periode-hersteld"
        >
          De periode in het adres klopte niet; het dashboard toont de laatste 12 weken.
        </p>
      )}
      <PeriodeKeuze key={`${p.van}/${p.tot}`} huidig={p} />
      <div className="dashboard-raster">
        <PerWeekPaneel q={q} periode={p} />
        <SpoorPaneel q={q} periode={p} />
        <LandenPaneel q={q} periode={p} />
        <DoorlooptijdPaneel q={q} periode={p} />
        <AchterstandPaneel />
        <BezettingPaneel />
        <SignalenPaneel periode={p} />
      </div>
    </section>
  );
}
