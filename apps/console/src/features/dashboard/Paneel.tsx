import { useId, type ReactNode } from 'react';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { legUit } from '../../app/fouten';

export type PaneelStaat = 'laden' | 'fout' | 'geen-toegang' | 'leeg' | 'klaar';

/** FORBIDDEN from every service that answered: this viewer may not see the panel. */
export function isGeenToegang(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 403;
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.length > 0 &&
    error.errors.every((e) => e.extensions?.code === 'FORBIDDEN')
  );
}

/** The state of a panel from its query: an error wins, then no data yet, then empty. */
export function staatVan<T>(
  q: { readonly data: T | undefined; readonly error?: unknown },
  leeg: (d: T) => boolean,
): PaneelStaat {
  if (q.error) return isGeenToegang(q.error) ? 'geen-toegang' : 'fout';
  if (q.data === undefined) return 'laden';
  return leeg(q.data) ? 'leeg' : 'klaar';
}

/** The service's own words for a refusal ("Geen inzage in de verantwoordingscijfers: voor DGM/DRM en het kernteam"). */
function weigerreden(error: unknown): string {
  const uitleg = legUit(error);
  const redenen = uitleg.fouten?.map((f) => f.reden).filter(Boolean) ?? [];
  return redenen.length ? `${uitleg.melding} (${redenen.join('; ')})` : uitleg.melding;
}

/**
 * One dashboard panel: heading, where the figure comes from, and its own loading, empty, error and
 * no-access states, so one failing or forbidden source never takes the rest of the page with it.
 */
export function Paneel({
  naam,
  titel,
  bron,
  staat,
  fout,
  opnieuw,
  leegTekst,
  geenToegangTekst,
  kern,
  breed = false,
  children,
}: {
  /** Test id stem: paneel-<naam>, <naam>-laden, … */
  readonly naam: string;
  readonly titel: string;
  /** "Bron: casusregie, peildatum …" */
  readonly bron: ReactNode;
  readonly staat: PaneelStaat;
  readonly fout?: unknown;
  readonly opnieuw?: () => unknown;
  readonly leegTekst: string;
  /** Who may see it, said to those who may not. */
  readonly geenToegangTekst: string;
  /** Key figures shown beside the heading once loaded. */
  readonly kern?: ReactNode;
  readonly breed?: boolean;
  readonly children?: ReactNode;
}) {
  const id = useId();
  return (
    <section
      className={`kaart dashboard-paneel${breed ? ' dashboard-paneel--breed' : ''}`}
      aria-labelledby={`${id}-titel`}
      aria-busy={staat === 'laden'}
      data-testid={`paneel-${naam}`}
      data-staat={staat}
    >
      <div className="dashboard-paneel__kop">
        <h2 id={`${id}-titel`} className="dashboard-paneel__titel">
          {titel}
        </h2>
        {staat === 'klaar' && kern}
      </div>
      <p className="dashboard-paneel__bron" data-testid={`${naam}-bron`}>
        {bron}
      </p>
      {staat === 'laden' && (
        <p className="laden" role="status" data-testid={`${naam}-laden`}>
          Cijfers worden opgehaald…
        </p>
      )}
      {staat === 'fout' && (
        <div className="melding melding--fout melding--klein" role="alert" data-testid={`${naam}-fout`}>
          <p>De cijfers konden niet worden opgehaald. {legUit(fout).melding}</p>
          {opnieuw && (
            <button type="button" className="knop knop--secundair knop--klein" onClick={() => void opnieuw()}>
              Opnieuw proberen
            </button>
          )}
        </div>
      )}
      {staat === 'geen-toegang' && (
        <div
          className="melding melding--info melding--klein dashboard-paneel__geen-toegang"
          data-testid={`${naam}-geen-toegang`}
        >
          <p>
            <strong>Geen inzage.</strong> {geenToegangTekst}
          </p>
          <p className="gedempt">De dienst antwoordde: {weigerreden(fout)}</p>
        </div>
      )}
      {staat === 'leeg' && (
        <p className="leeg dashboard-paneel__leeg" data-testid={`${naam}-leeg`}>
          {leegTekst}
        </p>
      )}
      {staat === 'klaar' && children}
    </section>
  );
}
