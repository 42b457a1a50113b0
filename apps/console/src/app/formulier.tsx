import { useEffect, useId, useRef, type ReactNode } from 'react';
import { codeTitel, legUit, type Veldfout } from './fouten';

/** Field errors keyed by form path ("bronReferentie", "personen.0.vNummer", "personen.0", "plaats"). */
export type Veldfouten = Readonly<Record<string, readonly string[]>>;

export interface Samenvatting {
  readonly titel: string;
  readonly fouten: readonly { readonly veld: string | null; readonly tekst: string }[];
}

/** Focus a field (`veld-<pad>`) or a group (`groep-<pad>`) and bring it into view. */
export function focusVeld(veld: string) {
  const el = document.getElementById(`veld-${veld}`) ?? document.getElementById(`groep-${veld}`);
  if (el) {
    el.focus();
    el.scrollIntoView({ block: 'center' });
  }
}

/** Drop the errors of the given paths; the same object when none of them had an error. */
export function zonder(fouten: Veldfouten, ...velden: string[]): Veldfouten {
  if (!velden.some((v) => v in fouten)) return fouten;
  const kopie = { ...fouten };
  for (const v of velden) delete kopie[v];
  return kopie;
}

export interface VeldControleProps {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
  'data-testid': string;
}

interface VeldProps {
  readonly veld: string;
  readonly label: string;
  readonly hint?: string;
  readonly fouten: Veldfouten;
  readonly verplicht?: boolean;
  readonly optioneel?: boolean;
  readonly className?: string;
  readonly children: (props: VeldControleProps) => ReactNode;
}

/** Label, hint, error and one control; the control gets id `veld-<veld>` and test id `<veld>`. */
export function Veld({ veld, label, hint, fouten, verplicht, optioneel, className, children }: VeldProps) {
  const id = `veld-${veld}`;
  const eigen = fouten[veld] ?? [];
  const hintId = hint ? `hint-${veld}` : undefined;
  const foutId = eigen.length ? `fout-${veld}` : undefined;
  return (
    <div className={`veld${eigen.length ? ' veld--fout' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="veld__label">
        {label}
        {verplicht && <span className="verplicht"> (verplicht)</span>}
        {optioneel && <span className="optioneel"> (optioneel)</span>}
      </label>
      {hint && (
        <p className="veld__hint" id={hintId}>
          {hint}
        </p>
      )}
      {eigen.length > 0 && (
        <p className="veld__fout" id={foutId} data-testid={`fout-${veld}`}>
          <span className="visueel-verborgen">Fout: </span>
          {eigen.join(' ')}
        </p>
      )}
      {children({
        id,
        name: veld,
        'aria-invalid': eigen.length > 0,
        'aria-describedby': [foutId, hintId].filter(Boolean).join(' ') || undefined,
        'data-testid': veld,
      })}
    </div>
  );
}

/** A checkbox with its label to the right, and its own error line. */
export function Vinkje({
  veld,
  label,
  hint,
  fouten,
  aangevinkt,
  opWijzig,
}: {
  readonly veld: string;
  readonly label: string;
  readonly hint?: string;
  readonly fouten: Veldfouten;
  readonly aangevinkt: boolean;
  readonly opWijzig: (aangevinkt: boolean) => void;
}) {
  const id = `veld-${veld}`;
  const eigen = fouten[veld] ?? [];
  const hintId = hint ? `hint-${veld}` : undefined;
  const foutId = eigen.length ? `fout-${veld}` : undefined;
  return (
    <div className={`veld vinkje${eigen.length ? ' veld--fout' : ''}`}>
      {eigen.length > 0 && (
        <p className="veld__fout" id={foutId} data-testid={`fout-${veld}`}>
          <span className="visueel-verborgen">Fout: </span>
          {eigen.join(' ')}
        </p>
      )}
      <div className="vinkje__regel">
        <input
          id={id}
          name={veld}
          type="checkbox"
          checked={aangevinkt}
          onChange={(e) => opWijzig(e.target.checked)}
          aria-invalid={eigen.length > 0}
          aria-describedby={[foutId, hintId].filter(Boolean).join(' ') || undefined}
          data-testid={veld}
        />
        <label htmlFor={id} className="vinkje__label">
          {label}
        </label>
      </div>
      {hint && (
        <p className="veld__hint vinkje__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}

/**
 * The error summary at the top of a form: focused when it appears, each item a link to its field.
 */
export function Foutsamenvatting({
  samenvatting,
  testid = 'fout-samenvatting',
}: {
  readonly samenvatting: Samenvatting;
  readonly testid?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const titelId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [samenvatting]);
  return (
    <div
      className="melding melding--fout foutsamenvatting"
      role="alert"
      tabIndex={-1}
      ref={ref}
      aria-labelledby={titelId}
      data-testid={testid}
    >
      <h2 className="melding__titel" id={titelId}>
        {samenvatting.titel}
      </h2>
      <ul>
        {samenvatting.fouten.map((f, i) => (
          <li key={i}>
            {f.veld ? (
              <a
                href={window.location.hash || '#/'}
                onClick={(e) => {
                  e.preventDefault();
                  focusVeld(f.veld ?? '');
                }}
              >
                {f.tekst}
              </a>
            ) : (
              f.tekst
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** What a form shows after a failed submit: errors per field, the summary, or one banner. */
export interface FormulierFout {
  readonly velden: Veldfouten;
  readonly samenvatting: Samenvatting | null;
  readonly banner: Banner | null;
}

/** A form-wide error: a title, the service's message and, when it gave them, its reasons. */
export interface Banner {
  readonly titel: string;
  readonly melding: string;
  readonly redenen?: readonly string[];
}

/**
 * Sort validation errors onto the form: `veldVan` maps a (server) path to a form path or null (then
 * the error appears in the summary only); `omschrijf` names a path for the summary.
 */
export function verdeelFouten(
  fouten: readonly Veldfout[],
  titel: string,
  veldVan: (veld: string) => string | null,
  omschrijf: (veld: string) => string,
): FormulierFout {
  const velden: Record<string, string[]> = {};
  const lijst: { veld: string | null; tekst: string }[] = [];
  for (const f of fouten) {
    const veld = veldVan(f.veld);
    if (veld) (velden[veld] ??= []).push(f.reden);
    lijst.push({ veld, tekst: `${omschrijf(veld ?? f.veld)}: ${f.reden}` });
  }
  return { velden, samenvatting: { titel, fouten: lijst }, banner: null };
}

/** Any error of a mutation, for a form: field errors when the server says which, else a banner. */
export function mutatieFout(
  fout: unknown,
  titel: string,
  veldVan: (veld: string) => string | null,
  omschrijf: (veld: string) => string,
): FormulierFout {
  const uitleg = legUit(fout);
  if (uitleg.soort === 'validatie' && uitleg.fouten.length > 0)
    return verdeelFouten(uitleg.fouten, titel, veldVan, omschrijf);
  return {
    velden: {},
    samenvatting: null,
    banner: {
      titel: codeTitel(uitleg.soort === 'melding' ? uitleg.code : 'BAD_USER_INPUT'),
      melding: uitleg.melding,
      ...(uitleg.soort === 'melding' && uitleg.fouten?.length
        ? { redenen: uitleg.fouten.map((f) => f.reden) }
        : {}),
    },
  };
}

/** One error message for a whole form (no field to point at); focused when it appears. */
export function FoutBanner({
  banner,
  testid = 'melding-fout',
}: {
  readonly banner: Banner;
  readonly testid?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [banner]);
  return (
    <div className="melding melding--fout" role="alert" tabIndex={-1} ref={ref} data-testid={testid}>
      <h2 className="melding__titel">{banner.titel}</h2>
      <p>{banner.melding}</p>
      {banner.redenen && banner.redenen.length > 0 && (
        <ul className="melding__redenen">
          {banner.redenen.map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The mandatory reason for a change to shared records (stored in the history). */
export function RedenVeld({
  veld,
  label = 'Reden',
  hint = 'Leg vast waarom. De reden komt in de geschiedenis en is zichtbaar voor de ketenpartners.',
  waarde,
  fouten,
  opWijzig,
}: {
  readonly veld: string;
  readonly label?: string;
  readonly hint?: string;
  readonly waarde: string;
  readonly fouten: Veldfouten;
  readonly opWijzig: (waarde: string) => void;
}) {
  return (
    <Veld veld={veld} label={label} hint={hint} fouten={fouten} verplicht>
      {(p) => (
        <textarea
          {...p}
          rows={2}
          maxLength={1000}
          value={waarde}
          onChange={(e) => opWijzig(e.target.value)}
        />
      )}
    </Veld>
  );
}

/** The submit button of a form (its text changes while busy) and an optional "Annuleren". */
export function Formulieracties({
  bezig,
  tekst,
  bezigTekst,
  testid,
  opAnnuleer,
  annuleerStijl = 'link',
  annuleerTestid,
}: {
  readonly bezig: boolean;
  readonly tekst: string;
  readonly bezigTekst: string;
  readonly testid: string;
  readonly opAnnuleer?: () => void;
  readonly annuleerStijl?: 'link' | 'secundair';
  readonly annuleerTestid?: string;
}) {
  return (
    <div className="formulier__acties">
      <button type="submit" className="knop knop--primair" disabled={bezig} data-testid={testid}>
        {bezig ? bezigTekst : tekst}
      </button>
      {opAnnuleer && (
        <button
          type="button"
          className={`knop knop--${annuleerStijl}`}
          onClick={opAnnuleer}
          data-testid={annuleerTestid}
        >
          Annuleren
        </button>
      )}
    </div>
  );
}
