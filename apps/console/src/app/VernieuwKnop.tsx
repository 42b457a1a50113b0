/** The page's "Vernieuwen" button: fetches the page's data again; says "Bezig…" meanwhile. */
export function VernieuwKnop({
  bezig,
  opnieuw,
  testid,
  uit = false,
}: {
  readonly bezig: boolean;
  readonly opnieuw: () => unknown;
  readonly testid: string;
  /** Also disabled for another reason (e.g. no location chosen yet). */
  readonly uit?: boolean;
}) {
  return (
    <button
      type="button"
      className="knop knop--secundair"
      onClick={() => void opnieuw()}
      disabled={bezig || uit}
      data-testid={testid}
    >
      {bezig ? 'Bezig…' : 'Vernieuwen'}
    </button>
  );
}
