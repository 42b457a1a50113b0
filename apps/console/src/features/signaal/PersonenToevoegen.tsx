import { useState, type FormEvent } from 'react';
import {
  FoutBanner,
  Foutsamenvatting,
  Formulieracties,
  mutatieFout,
  RedenVeld,
  zonder,
  type FormulierFout,
} from '../../app/formulier';
import { GroepInvoer } from '../nieuw-signaal/GroepInvoer';
import { leesGroep } from '../nieuw-signaal/groep';
import { MAX_PERSONEN, serverPad } from '../nieuw-signaal/validatie';
import { useVoegPersonenToe } from './hooks';

const REDEN = 'personen-toevoegen-reden';
const TEKST = 'personen-toevoegen-tekst';

const GEEN_FOUT: FormulierFout = { velden: {}, samenvatting: null, banner: null };

/** Add persons to a signal, one per line (group incidents), with a reason. */
export function PersonenToevoegen({
  signaalId,
  aantalNu,
  opKlaar,
  opAnnuleer,
}: {
  readonly signaalId: string;
  readonly aantalNu: number;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [tekst, setTekst] = useState('');
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [voegToe, { loading: bezig }] = useVoegPersonenToe();

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const groep = leesGroep(tekst);
    const velden: Record<string, string[]> = {};
    if (groep.personen.length === 0) velden[TEKST] = ['Vul minstens één persoon in.'];
    else if (groep.fouten.length > 0) velden[TEKST] = ['Verbeter de regels die niet gelezen konden worden.'];
    else if (aantalNu + groep.personen.length > MAX_PERSONEN)
      velden[TEKST] = [`Een signaal noemt hoogstens ${MAX_PERSONEN} personen (nu ${aantalNu}).`];
    if (!reden.trim()) velden[REDEN] = ['Vul de reden in.'];
    if (Object.keys(velden).length > 0) {
      setFout({
        velden,
        samenvatting: {
          titel: 'De personen zijn nog niet toegevoegd. Verbeter de volgende punten:',
          fouten: Object.entries(velden).map(([veld, redenen]) => ({
            veld,
            tekst: `${veld === REDEN ? 'Reden' : 'Personen'}: ${redenen.join(' ')}`,
          })),
        },
        banner: null,
      });
      return;
    }
    setFout(GEEN_FOUT);
    // Line numbers of the persons, to name server errors ("personen.2.naam") by their line.
    const regelVan = groep.regels.filter((r) => r.persoon).map((r) => r.regel);
    try {
      const { data } = await voegToe({
        variables: { signaalId, personen: [...groep.personen], reden: reden.trim() },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      const n = groep.personen.length;
      opKlaar(`${n === 1 ? '1 persoon' : `${n} personen`} toegevoegd aan het signaal.`);
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De server heeft de personen niet toegevoegd:',
          (veld) => {
            const p = serverPad(veld);
            if (p === 'reden') return REDEN;
            if (p.startsWith('personen')) return TEKST;
            return null;
          },
          (veld) => {
            if (veld === REDEN) return 'Reden';
            const m = /personen\.(\d+)/.exec(serverPad(veld));
            if (m) return `Regel ${regelVan[Number(m[1])] ?? Number(m[1]) + 1}`;
            return veld === TEKST ? 'Personen' : veld;
          },
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="personen-toevoegen-titel"
      data-testid="personen-toevoegen-formulier"
    >
      <h3 id="personen-toevoegen-titel">Personen toevoegen</h3>
      {fout.banner && <FoutBanner banner={fout.banner} testid="actie-fout" />}
      {fout.samenvatting && <Foutsamenvatting samenvatting={fout.samenvatting} testid="actie-fouten" />}
      <GroepInvoer
        id={`veld-${TEKST}`}
        label="Personen"
        waarde={tekst}
        opWijzig={(w) => {
          setTekst(w);
          setFout((f) => ({ ...f, velden: zonder(f.velden, TEKST) }));
        }}
        fout={fout.velden[TEKST]?.join(' ') ?? null}
        testid={TEKST}
      />
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
        bezig={bezig}
        tekst="Personen toevoegen"
        bezigTekst="Bezig met toevoegen…"
        testid="personen-toevoegen-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}
