import { codeAlsTekst, formatDatum } from '../../app/opmaak';
import { landNaam } from '../casusregie/labels';
import { bronIdentiteit } from './ketenbeeld';
import { Ketenblok, type BlokStaat } from './Ketenblok';
import type { Ketenbeeld, PersoonAlias } from './persoon.graphql';

const onbekend = <span className="gedempt">onbekend</span>;

/** "samenvoeging:<id>" → "bij samenvoeging"; other sources as readable text. */
function aliasBron(bron: string): string {
  if (bron.startsWith('samenvoeging')) return 'bij samenvoeging';
  if (bron.startsWith('signaal')) return 'uit een signaal';
  return codeAlsTekst(bron);
}

/** Nationality as its Dutch name with the code: "Marokko (MAR)". */
export function nationaliteitTekst(code: string | null): string | null {
  if (!code) return null;
  const naam = landNaam(code);
  return naam === code ? code : `${naam} (${code})`;
}

/** Identity (signalen's person register) and the other names the person is known by. */
export function IdentiteitBlok({
  persoon,
  alleSignalen,
  fout,
  opnieuw,
}: {
  readonly persoon: Ketenbeeld;
  /** The viewer sees every signal (else the source line cannot name the organisations). */
  readonly alleSignalen: boolean;
  readonly fout: string | undefined;
  readonly opnieuw: () => unknown;
}) {
  const samengevoegd = persoon.status === 'SAMENGEVOEGD';
  const aliassen: readonly PersoonAlias[] = persoon.aliassen ?? [];
  const staat: BlokStaat = fout ? { soort: 'fout', melding: fout, opnieuw } : { soort: 'inhoud' };
  return (
    <Ketenblok
      sleutel="identiteit"
      titel="Identiteit en aliassen"
      bron={bronIdentiteit(persoon, alleSignalen)}
      staat={staat}
      className="persoonskaart"
    >
      <dl className="gegevens">
        <div>
          <dt>V-nummer</dt>
          <dd data-testid="persoon-vnummer">
            {persoon.vNummer ?? <span className="gedempt">nog niet bekend (voorlopige identiteit)</span>}
          </dd>
        </div>
        <div>
          <dt>Naam</dt>
          <dd data-testid="persoon-naam">{persoon.naam ?? onbekend}</dd>
        </div>
        <div>
          <dt>Geboortedatum</dt>
          <dd data-testid="persoon-geboortedatum">
            {persoon.geboortedatum ? (
              formatDatum(persoon.geboortedatum)
            ) : persoon.geboortejaar ? (
              <span data-testid="persoon-geboortejaar">geschat {persoon.geboortejaar}</span>
            ) : (
              onbekend
            )}
          </dd>
        </div>
        <div>
          <dt>Nationaliteit</dt>
          <dd data-testid="persoon-nationaliteit">{nationaliteitTekst(persoon.nationaliteit) ?? onbekend}</dd>
        </div>
        <div>
          <dt>COA-nummer</dt>
          <dd data-testid="persoon-coanummer">{persoon.coaNummer ?? onbekend}</dd>
        </div>
        <div>
          <dt>Status</dt>
          <dd data-testid="persoon-status">
            {samengevoegd ? 'Samengevoegd' : persoon.vNummer ? 'Actief' : 'Actief (voorlopige identiteit)'}
          </dd>
        </div>
        {persoon.geboortedatum &&
          persoon.geboortejaar &&
          !persoon.geboortedatum.startsWith(String(persoon.geboortejaar)) && (
            <div>
              <dt>Geschat geboortejaar</dt>
              <dd>{persoon.geboortejaar}</dd>
            </div>
          )}
        {persoon.omschrijving && (
          <div className="gegevens__breed">
            <dt>Omschrijving</dt>
            <dd className="omschrijving-tekst" data-testid="persoon-omschrijving">
              {persoon.omschrijving}
            </dd>
          </div>
        )}
      </dl>
      <div className="aliassen" data-testid="persoon-aliassen">
        <h3 className="persoonskaart__kop">Ook bekend als</h3>
        {aliassen.length === 0 ? (
          <p className="leeg" data-testid="persoon-aliassen-leeg">
            Geen andere namen bekend.
          </p>
        ) : (
          <ul>
            {aliassen.map((a, i) => (
              <li key={`${a.naam}-${i}`}>
                <strong>{a.naam}</strong>{' '}
                <span className="gedempt klein-inline">
                  ({aliasBron(a.bron)}, {formatDatum(a.toegevoegdOp)})
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Ketenblok>
  );
}
