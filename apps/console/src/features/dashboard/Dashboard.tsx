import { Component, type ReactNode } from 'react';
import { DashboardPagina } from './DashboardPagina';

/** A rendering failure in the dashboard must not take the rest of the console down. */
class Foutgrens extends Component<{ readonly children: ReactNode }, { readonly fout: boolean }> {
  override state = { fout: false };
  static getDerivedStateFromError() {
    return { fout: true };
  }
  override render() {
    if (this.state.fout)
      return (
        <section>
          <h1>Dashboard ketenaanpak</h1>
          <div className="melding melding--fout" role="alert" data-testid="dashboard-fout">
            <p>Het dashboard kon niet worden getoond. Herlaad de pagina om het opnieuw te proberen.</p>
            <button type="button" className="knop knop--secundair" onClick={() => window.location.reload()}>
              Pagina herladen
            </button>
          </div>
        </section>
      );
    return this.props.children;
  }
}

/**
 * The DGM/DRM dashboard (#/dashboard?van&tot). App.tsx loads it on demand, so its charts, tables,
 * exports and styles are a chunk of their own and the console's entry bundle does not grow with them.
 *
 * Test ids: dashboard-pagina, dashboard-periode (data-van, data-tot), dashboard-filter, dashboard-van,
 * dashboard-tot, dashboard-toepassen, fout-dashboard-filter, dashboard-snel-4|12|26|52,
 * dashboard-link-kopieren, dashboard-periode-hersteld, dashboard-fout; per panel
 * (perweek, spoor, landen, doorlooptijd, achterstand, bezetting, signalen): paneel-<p> (with
 * data-staat laden|leeg|fout|geen-toegang|klaar), <p>-bron, <p>-laden, <p>-leeg, <p>-fout,
 * <p>-geen-toegang, <p>-kern, <p>-grafiek, <p>-tabel (details), <p>-rij-<rij>, <p>-cel-<rij>-<kolom>
 * (with data-waarde, the raw number), <p>-csv (download link), <p>-kopieer; bezetting-perdag-* (the
 * daily table), bezetting-locatie|vandaag|meter|wachtlijst|lijn-<code>, signalen-eigen,
 * doorlooptijd-vergelijking.
 */
export function Dashboard({ zoek }: { readonly zoek: string }) {
  return (
    <Foutgrens>
      <DashboardPagina zoek={zoek} />
    </Foutgrens>
  );
}
