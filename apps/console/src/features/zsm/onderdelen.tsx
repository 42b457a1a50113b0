import { formatMinuten, formatTijdstip } from '../../app/opmaak';
import { VptLabel } from '../signalen/onderdelen';
import { DRINGEND_MINUTEN } from './labels';
import type { ZsmAfdoening, ZsmRegistratie } from './zsmOverzicht.graphql';

/** The OM's decisions on a registration, oldest first; free text rendered as text. */
export function Afdoeningen({
  afdoeningen,
  testid,
}: {
  readonly afdoeningen: readonly ZsmAfdoening[];
  readonly testid?: string;
}) {
  if (afdoeningen.length === 0)
    return (
      <span className="gedempt" data-testid={testid}>
        nog geen beslissing
      </span>
    );
  return (
    <ul className="afdoeningen" data-testid={testid}>
      {afdoeningen.map((a, i) => (
        <li key={`${a.soort}-${a.besluitOp}-${i}`} className="afdoening">
          <strong className="afdoening__soort">{a.soortLabel}</strong>
          <span className="afdoening__regel gedempt">
            besluit <time dateTime={a.besluitOp}>{formatTijdstip(a.besluitOp)}</time>
          </span>
          {a.vrijlatingOp && (
            <span className="afdoening__regel">
              vrijlating <time dateTime={a.vrijlatingOp}>{formatTijdstip(a.vrijlatingOp)}</time>
            </span>
          )}
          {a.toelichting && <span className="afdoening__toelichting">{a.toelichting}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Delict label, VPT badge and the desk's description of what happened (as text). */
export function Delict({
  registratie,
  label,
}: {
  readonly registratie: Pick<ZsmRegistratie, 'delict' | 'vpt' | 'omschrijving'>;
  readonly label: (code: string) => string;
}) {
  return (
    <>
      <span className="rij__titel">{label(registratie.delict)}</span>
      {registratie.vpt && (
        <span className="labels">
          <VptLabel />
        </span>
      )}
      <span className="klein zsm__omschrijving">{registratie.omschrijving}</span>
    </>
  );
}

/**
 * Time left on a custody clock: "2 u 15 min", red with the word "dringend" below an hour, and
 * "verstreken" (how long ago) once it has passed. Colour is never the only cue.
 */
export function Resterend({ minuten, testid }: { readonly minuten: number; readonly testid?: string }) {
  const verstreken = minuten <= 0;
  const dringend = minuten < DRINGEND_MINUTEN;
  return (
    <span className={`resterend${dringend ? ' resterend--dringend' : ''}`} data-testid={testid}>
      {verstreken ? (
        <>
          <span className="label label--telaat">verstreken</span>{' '}
          <span className="klein-inline">{minuten < 0 ? `${formatMinuten(minuten)} geleden` : 'nu'}</span>
        </>
      ) : (
        <>
          <span className="resterend__tijd">{formatMinuten(minuten)}</span>
          {dringend && <span className="label label--telaat">dringend</span>}
        </>
      )}
    </span>
  );
}
