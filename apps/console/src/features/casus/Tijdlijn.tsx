import { formatTijdstip, organisatieKort } from '../../app/opmaak';
import { tijdlijnSoort } from '../casusregie/labels';
import type { TijdlijnRegel } from './casus.graphql';

/** Everything that happened to the case, oldest first; deadlines still to come are marked as such. */
export function Tijdlijn({ regels }: { readonly regels: readonly TijdlijnRegel[] }) {
  const nu = Date.now();
  const gesorteerd = [...regels].sort((a, b) => Date.parse(a.tijdstip) - Date.parse(b.tijdstip));
  return (
    <section className="kaart" aria-labelledby="tijdlijn-titel" data-testid="casus-tijdlijn">
      <h2 id="tijdlijn-titel">
        Tijdlijn <span className="legend__aantal">({regels.length})</span>
      </h2>
      {gesorteerd.length === 0 ? (
        <p className="leeg">Nog niets vastgelegd.</p>
      ) : (
        <ol className="tijdlijn">
          {gesorteerd.map((r, i) => {
            const soort = tijdlijnSoort(r.soort);
            const toekomst = Date.parse(r.tijdstip) > nu;
            return (
              <li
                key={`${r.tijdstip}-${r.soort}-${r.refId ?? i}`}
                className={`tijdlijn__regel tijdlijn__regel--${r.soort.toLowerCase()}${toekomst ? ' tijdlijn__regel--toekomst' : ''}`}
                data-testid="tijdlijn-regel"
                data-soort={r.soort}
              >
                <span className="tijdlijn__icoon" aria-hidden="true">
                  {soort.icoon}
                </span>
                <div className="tijdlijn__inhoud">
                  <p className="tijdlijn__kop">
                    <span className="tijdlijn__soort">{soort.label}</span>
                    <time dateTime={r.tijdstip}>{formatTijdstip(r.tijdstip)}</time>
                    {toekomst && <span className="label label--gedempt">gepland</span>}
                    {r.organisatie && <span className="gedempt">{organisatieKort(r.organisatie)}</span>}
                  </p>
                  {/* Rendered as text by React: never as HTML. */}
                  <p className="tijdlijn__tekst">{r.omschrijving}</p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
