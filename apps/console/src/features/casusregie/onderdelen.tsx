import { useEffect, useRef, type ReactNode } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Foutsamenvatting, FoutBanner, type FormulierFout, type Veldfouten } from '../../app/formulier';
import { organisatieKort } from '../../app/opmaak';
import { ORGANISATIES, statusLabel } from './labels';

export const GEEN_FOUT: FormulierFout = { velden: {}, samenvatting: null, banner: null };

/** One term of a definition list (`.gegevens`). */
export function Gegeven({
  term,
  children,
  testid,
  breed,
}: {
  readonly term: string;
  readonly children: ReactNode;
  readonly testid?: string;
  readonly breed?: boolean;
}) {
  return (
    <div className={breed ? 'gegevens__breed' : undefined}>
      <dt>{term}</dt>
      <dd data-testid={testid}>{children}</dd>
    </div>
  );
}

export function StatusLabel({ status, testid }: { readonly status: string; readonly testid?: string }) {
  return (
    <span className={`label label--status label--status-${status.toLowerCase()}`} data-testid={testid}>
      {statusLabel(status)}
    </span>
  );
}

export function TeLaatLabel({ aantal, testid }: { readonly aantal?: number; readonly testid?: string }) {
  return (
    <span className="label label--telaat" data-testid={testid}>
      {aantal === undefined ? 'te laat' : aantal === 1 ? '1 actie te laat' : `${aantal} acties te laat`}
    </span>
  );
}

export function NieuwLabel({ aantal, testid }: { readonly aantal?: number; readonly testid?: string }) {
  return (
    <span className="label label--nieuw" data-testid={testid}>
      {aantal === undefined ? 'nieuw' : aantal === 1 ? '1 nieuw signaal' : `${aantal} nieuwe signalen`}
    </span>
  );
}

/** The banner and the summary of a form's failed submit (the fields show their own errors). */
export function Formulierfouten({ fout, testid }: { readonly fout: FormulierFout; readonly testid: string }) {
  return (
    <>
      {fout.banner && <FoutBanner banner={fout.banner} testid={`${testid}-fout`} />}
      {fout.samenvatting && <Foutsamenvatting samenvatting={fout.samenvatting} testid={`${testid}-fouten`} />}
    </>
  );
}

/** Options of an organisation select, limited to `alleen` when given (e.g. a case's participants). */
export function OrganisatieOpties({ alleen }: { readonly alleen?: readonly string[] }) {
  const lijst = alleen ?? ORGANISATIES;
  return (
    <>
      {lijst.map((o) => (
        <option key={o} value={o}>
          {organisatieKort(o)}
        </option>
      ))}
    </>
  );
}

/**
 * Errors that matter for a casusregie page: names of persons are federated from the signalen
 * service; when only those fail the page still works (PersoonNaam fetches them itself).
 */
export function hoofdfout(error: unknown): unknown {
  if (!error) return undefined;
  if (CombinedGraphQLErrors.is(error)) {
    const overig = error.errors.filter((e) => !(e.path ?? []).slice(1).includes('persoon'));
    return overig.length ? error : undefined;
  }
  return error;
}

/** A success message that takes focus when it appears (screen readers read it out). */
export function Succesmelding({ tekst, testid }: { readonly tekst: string; readonly testid: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [tekst]);
  return (
    <p
      className="melding melding--succes melding--klein melding--sectie"
      role="status"
      tabIndex={-1}
      ref={ref}
      data-testid={testid}
    >
      {tekst}
    </p>
  );
}

/** A group of radio buttons with one legend and one error line; focusable as `groep-<veld>`. */
export function Keuzerondjes<T extends string>({
  veld,
  legenda,
  hint,
  opties,
  waarde,
  fouten,
  opWijzig,
}: {
  readonly veld: string;
  readonly legenda: string;
  readonly hint?: string;
  readonly opties: readonly { readonly waarde: T; readonly label: string; readonly uitleg?: string }[];
  /** '' while nothing is chosen. */
  readonly waarde: T | '';
  readonly fouten: Veldfouten;
  readonly opWijzig: (waarde: T) => void;
}) {
  const eigen = fouten[veld] ?? [];
  const foutId = eigen.length ? `fout-${veld}` : undefined;
  return (
    <fieldset
      className={`formulier__subgroep keuzerondjes${eigen.length ? ' veld--fout' : ''}`}
      id={`groep-${veld}`}
      tabIndex={-1}
      aria-describedby={foutId}
      data-testid={veld}
    >
      <legend>{legenda}</legend>
      {hint && <p className="veld__hint">{hint}</p>}
      {eigen.length > 0 && (
        <p className="veld__fout" id={foutId} data-testid={`fout-${veld}`}>
          <span className="visueel-verborgen">Fout: </span>
          {eigen.join(' ')}
        </p>
      )}
      {opties.map((o) => {
        const id = `${veld}-${o.waarde}`;
        return (
          <div className="vinkje__regel" key={o.waarde}>
            <input
              id={id}
              type="radio"
              name={veld}
              value={o.waarde}
              checked={waarde === o.waarde}
              onChange={() => opWijzig(o.waarde)}
              data-testid={id}
            />
            <label htmlFor={id} className="vinkje__label">
              {o.label}
              {o.uitleg && <span className="keuzerondjes__uitleg"> — {o.uitleg}</span>}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Maps a service field path ("actie.deadline", "gegevens.spoor", "reden") to a form field. */
export function veldKoppeling(velden: Readonly<Record<string, string>>): (veld: string) => string | null {
  return (veld) => {
    const kort = veld.replace(/^(actie|gegevens|maatregel|uitkomst|invoer)\./, '');
    return velden[kort] ?? velden[veld] ?? null;
  };
}

/** Service paths that are no form field, named for the error summary. */
const SERVICEVELDEN: Readonly<Record<string, string>> = {
  id: 'Record',
  casusId: 'Casus',
  groepId: 'Groepscasus',
  voorstelId: 'Voorstel',
  signaalId: 'Signaal',
  agendapuntId: 'Agendapunt',
  overlegId: 'Overleg',
  maatregelId: 'Maatregel',
  actieId: 'Actie',
  actor: 'Uw rol',
};

/** Names a form field (or a service path without one) for the error summary. */
export function veldNamen(namen: Readonly<Record<string, string>> = {}): (veld: string) => string {
  return (veld) => namen[veld] ?? SERVICEVELDEN[veld] ?? veld;
}

/**
 * The heading of a case section with the button that opens its form panel (for those who may
 * change the case). Opening or closing the panel clears the section's last success message.
 */
export function SectieKop({
  titelId,
  titel,
  aantal,
  knop,
}: {
  readonly titelId: string;
  readonly titel: string;
  readonly aantal: ReactNode;
  readonly knop?: {
    readonly tekst: string;
    readonly paneelId: string;
    readonly testid: string;
    readonly open: boolean;
    readonly wissel: () => void;
  };
}) {
  return (
    <div className="sectiekop">
      <h2 id={titelId}>
        {titel} <span className="legend__aantal">({aantal})</span>
      </h2>
      {knop && (
        <button
          type="button"
          className="knop knop--secundair knop--klein"
          aria-expanded={knop.open}
          aria-controls={knop.paneelId}
          onClick={knop.wissel}
          data-testid={knop.testid}
        >
          {knop.tekst}
        </button>
      )}
    </div>
  );
}
