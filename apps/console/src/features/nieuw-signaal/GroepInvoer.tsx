import { useMemo, type ReactNode } from 'react';
import { groepTelling, leesGroep, type Groep } from './groep';

/**
 * Many persons at once (group incidents): one person per line. Shows how the lines are read and
 * which lines cannot be used, while typing.
 */
export function GroepInvoer({
  id,
  label,
  waarde,
  opWijzig,
  fout,
  testid,
  children,
}: {
  /** Element id of the textarea; also the base of the hint and error ids. */
  readonly id: string;
  readonly label: string;
  readonly waarde: string;
  readonly opWijzig: (waarde: string) => void;
  /** An error on the whole input (e.g. "add at least one person"). */
  readonly fout?: string | null;
  /** Test id of the textarea; the count is `<testid>-aantal`, line errors `<testid>-fouten`. */
  readonly testid: string;
  /** Actions under the count, e.g. an "add" button. */
  readonly children?: (groep: Groep) => ReactNode;
}) {
  const groep = useMemo(() => leesGroep(waarde), [waarde]);
  const hintId = `${id}-hint`;
  const aantalId = `${id}-aantal`;
  const foutenId = `${id}-fouten`;
  const heeftFout = Boolean(fout) || groep.fouten.length > 0;
  return (
    <div className={`veld groep-invoer${heeftFout ? ' veld--fout' : ''}`}>
      <label htmlFor={id} className="veld__label">
        {label}
      </label>
      <div className="veld__hint" id={hintId}>
        <p>Eén persoon per regel:</p>
        <ul className="groep-invoer__uitleg">
          <li>
            10 cijfers: een <strong>V-nummer</strong>, bijvoorbeeld <code>1234567890</code>
          </li>
          <li>
            begint met een streepje: een <strong>omschrijving</strong>, bijvoorbeeld{' '}
            <code>- man, ca. 25 jaar, rode jas</code>
          </li>
          <li>
            anders: een <strong>naam</strong> zoals opgegeven
          </li>
        </ul>
      </div>
      {fout && (
        <p className="veld__fout" data-testid={`${testid}-fout`}>
          <span className="visueel-verborgen">Fout: </span>
          {fout}
        </p>
      )}
      <textarea
        id={id}
        name={id}
        rows={6}
        spellCheck={false}
        value={waarde}
        onChange={(e) => opWijzig(e.target.value)}
        aria-invalid={heeftFout}
        aria-describedby={[hintId, aantalId, groep.fouten.length ? foutenId : ''].filter(Boolean).join(' ')}
        data-testid={testid}
      />
      <p className="groep-invoer__aantal" id={aantalId} aria-live="polite" data-testid={`${testid}-aantal`}>
        {groepTelling(groep)}
      </p>
      {groep.fouten.length > 0 && (
        <ul className="veld__fout groep-invoer__fouten" id={foutenId} data-testid={`${testid}-fouten`}>
          {groep.fouten.map((f) => (
            <li key={f.regel}>
              Regel {f.regel}: {f.reden}
            </li>
          ))}
        </ul>
      )}
      {children?.(groep)}
    </div>
  );
}
