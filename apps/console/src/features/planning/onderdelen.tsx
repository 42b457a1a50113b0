import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { mutatieFout, verdeelFouten, type FormulierFout } from '../../app/formulier';
import { legUit } from '../../app/fouten';
import { dagenTekst, plaatsingStatusLabel, risicoLabel, slotStatusLabel } from './labels';
import { LOCATIES } from './locaties.graphql';
import type { Bevinding } from './plaatsingen.graphql';
import './planning.css';

/**
 * Any error of a planning mutation, for a form. Planning refuses with field/reason pairs not only as
 * BAD_USER_INPUT but also as CONFLICT (capacity below occupancy, overlap, full IND week) and
 * UNPROCESSABLE (a placement the rules refuse): whenever a reason names a field of the form, it is
 * shown at that field; otherwise the service's message and reasons appear in one banner.
 */
export function planningFout(
  fout: unknown,
  titel: string,
  veldVan: (veld: string) => string | null,
  omschrijf: (veld: string) => string,
): FormulierFout {
  const uitleg = legUit(fout);
  if (uitleg.soort === 'melding' && uitleg.fouten?.some((f) => veldVan(f.veld) !== null))
    return verdeelFouten(uitleg.fouten, titel, veldVan, omschrijf);
  return mutatieFout(fout, titel, veldVan, omschrijf);
}

/** The planning pages for whoever may not see planning (other partners): a plain notice. */
export function GeenToegang({
  testid,
  children,
}: {
  readonly testid: string;
  readonly children?: ReactNode;
}) {
  return (
    <div className="melding melding--info" role="status" data-testid={testid}>
      <p>
        {children ??
          'Planning (plaatsingen, capaciteit, inhuisregistratie en procesplanning) is alleen te zien voor het kernteam (IND, COA, DT&V) en landelijke rollen.'}
      </p>
    </div>
  );
}

/** A placement's status as a label with its own colour and always its word. */
export function PlaatsingStatus({ status, testid }: { readonly status: string; readonly testid?: string }) {
  return (
    <span className={`label plaatsingstatus plaatsingstatus--${status.toLowerCase()}`} data-testid={testid}>
      {plaatsingStatusLabel(status)}
    </span>
  );
}

const RISICO_TEKEN: Readonly<Record<string, string>> = {
  TE_LAAT: '!',
  KRAP: '⚠',
  OP_SCHEMA: '✓',
  AFGEROND: '✓',
};

/** A procedure plan's risk: an icon and the word, never colour alone. */
export function RisicoLabel({ risico, testid }: { readonly risico: string; readonly testid?: string }) {
  return (
    <span className={`label risico risico--${risico.toLowerCase()}`} data-testid={testid}>
      <span aria-hidden="true">{RISICO_TEKEN[risico] ?? '•'} </span>
      {risicoLabel(risico)}
    </span>
  );
}

/** Slack against the target: "3 dagen speling", "2 dagen te laat", "op de dag zelf". */
export function spelingTekst(speling: number, afgerond = false): string {
  if (afgerond)
    return speling >= 0 ? `${dagenTekst(speling)} binnen het doel` : `${dagenTekst(speling)} over het doel`;
  if (speling < 0) return `${dagenTekst(speling)} te laat`;
  if (speling === 0) return 'geen speling';
  return `${dagenTekst(speling)} speling`;
}

/** An IND slot week's status: an icon and the word. */
export function SlotStatusLabel({ status, testid }: { readonly status: string; readonly testid?: string }) {
  const teken = status === 'OVERBOEKT' ? '!' : status === 'VOL' ? '■' : status === 'BIJNA_VOL' ? '⚠' : '✓';
  return (
    <span className={`label slotstatus slotstatus--${status.toLowerCase()}`} data-testid={testid}>
      <span aria-hidden="true">{teken} </span>
      {slotStatusLabel(status)}
    </span>
  );
}

/**
 * The rules' findings: rule code, text, and "blokkeert" written out for a blocking one (the red
 * border is not the only cue).
 */
export function Bevindingen({
  bevindingen,
  testid,
}: {
  readonly bevindingen: readonly Bevinding[];
  readonly testid?: string;
}) {
  if (bevindingen.length === 0)
    return (
      <p className="gedempt" data-testid={testid}>
        Geen bijzonderheden: geen regel staat deze plaatsing in de weg.
      </p>
    );
  // What blocks first: that is what the user has to resolve.
  const geordend = [...bevindingen].sort((a, b) => Number(b.blokkerend) - Number(a.blokkerend));
  return (
    <ul className="bevindingen" data-testid={testid}>
      {geordend.map((b, i) => (
        <li
          key={`${b.code}-${i}`}
          className={`bevinding${b.blokkerend ? ' bevinding--blokkerend' : ''}`}
          data-testid={`bevinding-${b.code}`}
          data-blokkerend={b.blokkerend ? 'true' : 'false'}
        >
          <span className="bevinding__kop">
            {b.blokkerend ? (
              <span className="label label--telaat">✗ blokkeert</span>
            ) : (
              <span className="label label--gedempt">ℹ uitleg</span>
            )}
            <span className="bevinding__regel">{b.regel ?? b.code}</span>
          </span>
          <span className="bevinding__tekst">{b.tekst}</span>
        </li>
      ))}
    </ul>
  );
}

/** The locations of planning (cached: they hardly change within a session). */
export function useLocaties(skip = false) {
  return useQuery(LOCATIES, { fetchPolicy: 'cache-first', errorPolicy: 'all', skip });
}
