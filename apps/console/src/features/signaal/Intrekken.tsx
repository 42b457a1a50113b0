import { useState, type FormEvent } from 'react';
import { Dialoog } from '../../app/Dialoog';
import { FoutBanner, mutatieFout, RedenVeld, type FormulierFout } from '../../app/formulier';
import { serverPad } from '../nieuw-signaal/validatie';
import { useTrekSignaalIn } from './hooks';

const REDEN = 'intrekken-reden';
const GEEN_FOUT: FormulierFout = { velden: {}, samenvatting: null, banner: null };

/** Withdraw a signal: a reason, then an explicit confirmation in a dialog. */
export function Intrekken({
  signaalId,
  bronReferentie,
  opKlaar,
  opAnnuleer,
}: {
  readonly signaalId: string;
  readonly bronReferentie: string;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [bevestigen, setBevestigen] = useState(false);
  const [trekIn, { loading: bezig }] = useTrekSignaalIn();

  function vraagBevestiging(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!reden.trim()) {
      setFout({
        velden: { [REDEN]: ['Vul de reden in waarom het signaal wordt ingetrokken.'] },
        samenvatting: null,
        banner: null,
      });
      document.getElementById(`veld-${REDEN}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    setBevestigen(true);
  }

  async function bevestig() {
    if (bezig) return;
    try {
      const { data } = await trekIn({ variables: { signaalId, reden: reden.trim() } });
      if (!data) throw new Error('De server gaf geen antwoord.');
      setBevestigen(false);
      opKlaar('Het signaal is ingetrokken. Het blijft bewaard, met de reden in de geschiedenis.');
    } catch (err) {
      setBevestigen(false);
      setFout(
        mutatieFout(
          err,
          'Het signaal is niet ingetrokken:',
          (veld) => (serverPad(veld) === 'reden' ? REDEN : null),
          (veld) => (veld === REDEN ? 'Reden' : veld),
        ),
      );
    }
  }

  const veldFout = fout.samenvatting?.fouten.filter((f) => f.veld === null).map((f) => f.tekst) ?? [];

  return (
    <form
      className="actiepaneel actiepaneel--gevaar"
      onSubmit={vraagBevestiging}
      noValidate
      aria-labelledby="intrekken-titel"
      data-testid="intrekken-formulier"
    >
      <h3 id="intrekken-titel">Signaal intrekken</h3>
      <p>
        Trek een signaal in als het ten onrechte is gemeld. Het signaal wordt niet verwijderd: het blijft
        zichtbaar als <strong>ingetrokken</strong>, met de reden in de geschiedenis.
      </p>
      {fout.banner && <FoutBanner banner={fout.banner} testid="actie-fout" />}
      {veldFout.length > 0 && (
        <div className="melding melding--fout" role="alert" data-testid="actie-fouten">
          <ul>
            {veldFout.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      )}
      <RedenVeld
        veld={REDEN}
        label="Reden van het intrekken"
        waarde={reden}
        fouten={fout.velden}
        opWijzig={(w) => {
          setReden(w);
          setFout(GEEN_FOUT);
        }}
      />
      <div className="formulier__acties">
        <button type="submit" className="knop knop--gevaar-vol" data-testid="intrekken-doorgaan">
          Signaal intrekken…
        </button>
        <button type="button" className="knop knop--link" onClick={opAnnuleer}>
          Annuleren
        </button>
      </div>

      <Dialoog
        open={bevestigen}
        titel="Signaal intrekken?"
        opSluiten={() => setBevestigen(false)}
        testid="intrekken-dialoog"
      >
        <p>
          U trekt het signaal <strong className="referentie">{bronReferentie}</strong> in. Het blijft bewaard
          en zichtbaar als ingetrokken; het intrekken kan hier niet worden teruggedraaid.
        </p>
        <p className="gedempt">Reden: {reden.trim()}</p>
        <div className="formulier__acties">
          <button
            type="button"
            className="knop knop--gevaar-vol"
            onClick={() => void bevestig()}
            disabled={bezig}
            data-testid="intrekken-bevestigen"
          >
            {bezig ? 'Bezig met intrekken…' : 'Ja, signaal intrekken'}
          </button>
          <button
            type="button"
            className="knop knop--secundair"
            onClick={() => setBevestigen(false)}
            data-testid="intrekken-annuleren"
          >
            Nee, terug
          </button>
        </div>
      </Dialoog>
    </form>
  );
}
