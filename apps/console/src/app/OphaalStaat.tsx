import type { ReactNode } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { legUit } from './fouten';

/** A detail page while its record is being fetched. */
export function Laden({ terug, tekst }: { readonly terug: ReactNode; readonly tekst: string }) {
  return (
    <section>
      {terug}
      <p className="laden" role="status">
        {tekst}
      </p>
    </section>
  );
}

/**
 * A detail page without its record: not found or no access (need-to-know; NOT_FOUND or FORBIDDEN), or
 * a failure (network, or a failing service) with a retry button.
 */
export function NietGevonden({
  terug,
  titel,
  error,
  opnieuw,
  foutTekst,
  foutTestid,
  nietGevondenTekst,
  nietGevondenTestid,
}: {
  readonly terug: ReactNode;
  readonly titel: string;
  readonly error: unknown;
  readonly opnieuw: () => unknown;
  readonly foutTekst: string;
  readonly foutTestid: string;
  readonly nietGevondenTekst: string;
  readonly nietGevondenTestid: string;
}) {
  const codes = CombinedGraphQLErrors.is(error) ? error.errors.map((e) => e.extensions?.code) : [];
  const alleenFout =
    error !== undefined &&
    (codes.length === 0 || !codes.every((c) => c === 'NOT_FOUND' || c === 'FORBIDDEN'));
  return (
    <section>
      {terug}
      <h1>{titel}</h1>
      {alleenFout ? (
        <div className="melding melding--fout" role="alert" data-testid={foutTestid}>
          <p>
            {foutTekst} {legUit(error).melding}
          </p>
          <button type="button" className="knop knop--secundair" onClick={() => void opnieuw()}>
            Opnieuw proberen
          </button>
        </div>
      ) : (
        <div className="melding melding--info" role="status" data-testid={nietGevondenTestid}>
          <p>{nietGevondenTekst}</p>
        </div>
      )}
    </section>
  );
}
