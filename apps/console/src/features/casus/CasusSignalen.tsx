import { useState } from 'react';
import { mutatieFout, type FormulierFout } from '../../app/formulier';
import { formatTijdstip, organisatieKort } from '../../app/opmaak';
import { pad } from '../../app/router';
import { Formulierfouten, GEEN_FOUT, NieuwLabel, Succesmelding, veldNamen } from '../casusregie/onderdelen';
import { ErnstLabel, VptLabel } from '../signalen/onderdelen';
import type { CasusDetailGegevens } from './casus.graphql';
import { useMarkeerSignalenGezien } from './hooks';

/** The case's signals, newest incident first; new ones stand out until someone marks them seen. */
export function CasusSignalen({
  casus,
  magWijzigen,
}: {
  readonly casus: CasusDetailGegevens;
  readonly magWijzigen: boolean;
}) {
  const [markeer, { loading: bezig }] = useMarkeerSignalenGezien();
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const nieuw = casus.signalen.filter((s) => s.nieuw).length;

  async function gezien() {
    setMelding(null);
    setFout(GEEN_FOUT);
    try {
      await markeer({ variables: { id: casus.id } });
      setMelding('De nieuwe signalen zijn als gezien gemarkeerd.');
    } catch (err) {
      setFout(mutatieFout(err, 'Niet gemarkeerd:', () => null, veldNamen()));
    }
  }

  return (
    <section className="kaart" aria-labelledby="casussignalen-titel" data-testid="casus-signalen">
      <div className="sectiekop">
        <h2 id="casussignalen-titel">
          Signalen{' '}
          <span className="legend__aantal">
            ({casus.signalen.length}
            {nieuw > 0 && <>, waarvan {nieuw} nieuw</>})
          </span>
        </h2>
        {magWijzigen && nieuw > 0 && (
          <button
            type="button"
            className="knop knop--secundair knop--klein"
            onClick={() => void gezien()}
            disabled={bezig}
            data-testid="signalen-gezien"
          >
            {bezig ? 'Bezig…' : 'Gezien'}
          </button>
        )}
      </div>
      {melding && <Succesmelding tekst={melding} testid="signalen-gezien-succes" />}
      <Formulierfouten fout={fout} testid="signalen-gezien" />
      {casus.signalen.length === 0 ? (
        <p className="leeg">Er zijn nog geen signalen aan deze casus gekoppeld.</p>
      ) : (
        <ul className="signaallijst">
          {casus.signalen.map((s) => (
            <li
              key={s.signaalId}
              className={s.nieuw ? 'signaallijst__item signaallijst__item--nieuw' : 'signaallijst__item'}
              data-testid={`casus-signaal-${s.signaalId}`}
            >
              <p className="signaallijst__kop">
                <a href={pad.signaal(s.signaalId)}>{s.categorieLabel}</a>
                <span className="gedempt"> · {organisatieKort(s.bronOrganisatie)}</span>
              </p>
              <p className="labels">
                {s.nieuw && <NieuwLabel />}
                <ErnstLabel ernst={s.ernst} />
                {s.vpt && <VptLabel />}
              </p>
              <p className="klein gedempt">
                Incident <time dateTime={s.tijdstipIncident}>{formatTijdstip(s.tijdstipIncident)}</time>
              </p>
              {/* Rendered as text by React: never as HTML. */}
              {s.omschrijving && <p className="signaallijst__tekst">{s.omschrijving}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
