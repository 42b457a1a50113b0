import { useId, useState, type FormEvent } from 'react';
import { navigeer, pad } from '../../app/router';
import './persoon.css';

export const ZOEKTERM_MIN = 2;

/** The search term in `#/personen?zoek=…`. */
export function leesZoekterm(zoek: string): string {
  return (new URLSearchParams(zoek).get('zoek') ?? '').trim();
}

export function zoekPad(term: string): string {
  return pad.personen(term ? new URLSearchParams({ zoek: term }) : undefined);
}

/**
 * Search for a person by V-nummer, (part of a) name or COA-nummer: a search landmark that leads to
 * `#/personen?zoek=…`. `testid` prefixes the test ids (`<testid>`, `<testid>-term`, `<testid>-knop`).
 */
export function Zoekvak({
  begin = '',
  testid,
  compact = false,
  label = 'Zoek een persoon',
}: {
  readonly begin?: string;
  readonly testid: string;
  readonly compact?: boolean;
  readonly label?: string;
}) {
  const [tekst, setTekst] = useState(begin);
  const [fout, setFout] = useState<string | null>(null);
  const id = useId();
  const veldId = `${id}-term`;
  const hintId = `${id}-hint`;
  const foutId = `${id}-fout`;

  function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const term = tekst.trim();
    if (term.length < ZOEKTERM_MIN) {
      setFout(
        `Vul minstens ${ZOEKTERM_MIN} tekens in: een V-nummer, (een deel van) een naam of een COA-nummer.`,
      );
      document.getElementById(veldId)?.focus();
      return;
    }
    setFout(null);
    navigeer(zoekPad(term));
  }

  return (
    <form
      role="search"
      aria-label="Personen zoeken"
      className={`zoekvak${compact ? ' zoekvak--compact' : ''}`}
      onSubmit={verstuur}
      noValidate
      data-testid={testid}
    >
      <label htmlFor={veldId} className="veld__label">
        {label}
      </label>
      {!compact && (
        <p className="veld__hint" id={hintId}>
          V-nummer (10 cijfers), (een deel van) de naam of het COA-nummer.
        </p>
      )}
      {fout && (
        <p className="veld__fout" id={foutId} data-testid={`fout-${testid}-term`}>
          <span className="visueel-verborgen">Fout: </span>
          {fout}
        </p>
      )}
      <div className="zoekvak__rij">
        <input
          id={veldId}
          type="search"
          name="zoek"
          autoComplete="off"
          spellCheck={false}
          value={tekst}
          placeholder={compact ? 'V-nummer of naam' : undefined}
          aria-invalid={fout !== null}
          aria-describedby={
            [fout ? foutId : null, compact ? null : hintId].filter(Boolean).join(' ') || undefined
          }
          onChange={(e) => {
            setTekst(e.target.value);
            if (fout) setFout(null);
          }}
          data-testid={`${testid}-term`}
        />
        <button type="submit" className="knop knop--primair" data-testid={`${testid}-knop`}>
          Zoeken
        </button>
      </div>
    </form>
  );
}
