import { useState, type FormEvent } from 'react';
import { Dialoog } from '../../app/Dialoog';
import { Formulieracties, mutatieFout, RedenVeld, zonder, type FormulierFout } from '../../app/formulier';
import type { CasusStatus, Doorverwijzing } from '../../gql/schema';
import { SLUITENDE_STATUSSEN, statusLabel } from '../casusregie/labels';
import { Formulierfouten, GEEN_FOUT, Keuzerondjes, veldKoppeling, veldNamen } from '../casusregie/onderdelen';
import type { CasusDetailGegevens } from './casus.graphql';
import { useZetCasusStatus } from './hooks';

const NAAR = 'status-naar';
const REDEN = 'status-reden';
const DOORVERWEZEN = 'status-doorverwezenNaar';

const UITLEG: Readonly<Record<string, string>> = {
  IN_BEOORDELING: 'het kernteam beoordeelt of de casus past',
  IN_REGIE: 'de procesregisseur voert regie tot de casus is afgehandeld',
  AFGEROND: 'kan pas met een vastgelegde uitkomst',
  NIET_GESCHIKT: 'niet voor het kernteam; de casus sluit',
  DOORVERWEZEN: 'naar het LKO of de Top-X-aanpak; de casus sluit',
  HEROPEND: 'de casus loopt weer',
};

/** Move the case through its state machine: only the allowed targets, always with a reason. */
export function StatusWijzigen({
  casus,
  opKlaar,
  opAnnuleer,
}: {
  readonly casus: CasusDetailGegevens;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [naar, setNaar] = useState<CasusStatus | ''>('');
  const [doorverwezenNaar, setDoorverwezenNaar] = useState<Doorverwijzing | ''>('');
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [bevestigen, setBevestigen] = useState(false);
  const [zet, { loading: bezig }] = useZetCasusStatus();

  function controleer(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const velden: Record<string, string[]> = {};
    if (!naar) velden[NAAR] = ['Kies de nieuwe status.'];
    if (naar === 'DOORVERWEZEN' && !doorverwezenNaar) velden[DOORVERWEZEN] = ['Kies LKO of Top-X.'];
    if (!reden.trim()) velden[REDEN] = ['Vul de reden in: elke statusovergang wordt met reden vastgelegd.'];
    if (Object.keys(velden).length) {
      setFout({ velden, samenvatting: null, banner: null });
      const eerste = [NAAR, DOORVERWEZEN, REDEN].find((v) => v in velden);
      (document.getElementById(`veld-${eerste}`) ?? document.getElementById(`groep-${eerste}`))?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    if ((SLUITENDE_STATUSSEN as readonly string[]).includes(naar)) setBevestigen(true);
    else void verstuur();
  }

  async function verstuur() {
    if (bezig || !naar) return;
    try {
      const { data } = await zet({
        variables: {
          id: casus.id,
          naar,
          reden: reden.trim(),
          doorverwezenNaar: naar === 'DOORVERWEZEN' && doorverwezenNaar ? doorverwezenNaar : null,
        },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      setBevestigen(false);
      opKlaar(`De status is gewijzigd naar ${statusLabel(data.zetCasusStatus.status).toLowerCase()}.`);
    } catch (err) {
      setBevestigen(false);
      setFout(
        mutatieFout(
          err,
          'De status is niet gewijzigd:',
          veldKoppeling({ naar: NAAR, reden: REDEN, doorverwezenNaar: DOORVERWEZEN }),
          veldNamen({ [NAAR]: 'Nieuwe status', [REDEN]: 'Reden', [DOORVERWEZEN]: 'Doorverwezen naar' }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={controleer}
      noValidate
      aria-labelledby="status-titel"
      data-testid="status-formulier"
    >
      <h3 id="status-titel">Status wijzigen</h3>
      <p className="veld__hint">
        Nu: <strong>{statusLabel(casus.status)}</strong>. Alleen de overgangen die vanuit deze status mogelijk
        zijn, staan hieronder.
      </p>
      <Formulierfouten fout={fout} testid="status" />
      <Keuzerondjes
        veld={NAAR}
        legenda="Nieuwe status"
        opties={casus.mogelijkeTransities.map((s) => ({
          waarde: s,
          label: statusLabel(s),
          uitleg: UITLEG[s],
        }))}
        waarde={naar}
        fouten={fout.velden}
        opWijzig={(w) => {
          setNaar(w);
          if (w !== 'DOORVERWEZEN') setDoorverwezenNaar('');
          setFout((f) => ({ ...f, velden: zonder(f.velden, NAAR, DOORVERWEZEN) }));
        }}
      />
      {naar === 'DOORVERWEZEN' && (
        <Keuzerondjes
          veld={DOORVERWEZEN}
          legenda="Doorverwezen naar"
          opties={[
            { waarde: 'LKO', label: 'LKO', uitleg: 'lokaal ketenoverleg bij de opvanglocatie' },
            { waarde: 'TOPX', label: 'Top-X', uitleg: 'de persoonsgerichte Top-X-aanpak' },
          ]}
          waarde={doorverwezenNaar}
          fouten={fout.velden}
          opWijzig={(w) => {
            setDoorverwezenNaar(w);
            setFout((f) => ({ ...f, velden: zonder(f.velden, DOORVERWEZEN) }));
          }}
        />
      )}
      <RedenVeld
        veld={REDEN}
        waarde={reden}
        fouten={fout.velden}
        opWijzig={(w) => {
          setReden(w);
          setFout((f) => ({ ...f, velden: zonder(f.velden, REDEN) }));
        }}
      />
      <Formulieracties
        bezig={bezig && !bevestigen}
        tekst="Status wijzigen"
        bezigTekst="Bezig…"
        testid="status-opslaan"
        opAnnuleer={opAnnuleer}
      />
      <Dialoog
        open={bevestigen}
        titel={`Casus ${statusLabel(naar).toLowerCase()}?`}
        opSluiten={() => setBevestigen(false)}
        testid="status-dialoog"
      >
        <p>
          De casus gaat van <strong>{statusLabel(casus.status).toLowerCase()}</strong> naar{' '}
          <strong>{statusLabel(naar).toLowerCase()}</strong>
          {naar === 'DOORVERWEZEN' && doorverwezenNaar && (
            <> ({doorverwezenNaar === 'TOPX' ? 'Top-X' : 'LKO'})</>
          )}
          . Daarmee sluit de casus: er komen geen nieuwe maatregelen of acties meer bij tot zij heropend
          wordt.
        </p>
        <p className="gedempt">Reden: {reden.trim()}</p>
        <div className="formulier__acties">
          <button
            type="button"
            className="knop knop--primair"
            onClick={() => void verstuur()}
            disabled={bezig}
            data-testid="status-bevestigen"
          >
            {bezig ? 'Bezig…' : `Ja, ${statusLabel(naar).toLowerCase()}`}
          </button>
          <button
            type="button"
            className="knop knop--secundair"
            onClick={() => setBevestigen(false)}
            data-testid="status-annuleren"
          >
            Nee, terug
          </button>
        </div>
      </Dialoog>
    </form>
  );
}
