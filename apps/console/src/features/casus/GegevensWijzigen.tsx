import { useState, type FormEvent } from 'react';
import {
  Formulieracties,
  mutatieFout,
  RedenVeld,
  Veld,
  zonder,
  type FormulierFout,
} from '../../app/formulier';
import { alsLocatieCode, LOCATIES, LOCATIECODE_PATROON } from '../../app/opmaak';
import type { CasusGegevens } from '../../gql/schema';
import { PROCEDUREFASEN, SPOREN } from '../casusregie/labels';
import { Formulierfouten, GEEN_FOUT, veldKoppeling, veldNamen } from '../casusregie/onderdelen';
import type { CasusDetailGegevens } from './casus.graphql';
import { useWijzigCasus } from './hooks';

const V = {
  spoor: 'gegevens-spoor',
  kansarm: 'gegevens-kansarm',
  land: 'gegevens-land',
  locatieCode: 'gegevens-locatieCode',
  procedurefase: 'gegevens-procedurefase',
  reden: 'gegevens-reden',
} as const;

const jaNee = (b: boolean | null) => (b === null ? '' : b ? 'ja' : 'nee');

/** Change the case's facts (spoor, kansarm, land, locatie, procedurefase); only changed fields are sent. */
export function GegevensWijzigen({
  casus,
  opKlaar,
  opAnnuleer,
}: {
  readonly casus: CasusDetailGegevens;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [spoor, setSpoor] = useState(casus.spoor === null ? '' : String(casus.spoor));
  const [kansarm, setKansarm] = useState(jaNee(casus.kansarm));
  const [land, setLand] = useState(casus.land ?? '');
  const [locatie, setLocatie] = useState(casus.locatieCode ?? '');
  const [fase, setFase] = useState(casus.procedurefase ?? '');
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [wijzig, { loading: bezig }] = useWijzigCasus();
  const wis = (...velden: string[]) => setFout((f) => ({ ...f, velden: zonder(f.velden, ...velden) }));

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const nieuwSpoor = spoor ? Number(spoor) : null;
    const nieuwKansarm = kansarm === '' ? null : kansarm === 'ja';
    const nieuwLand = land.trim().toUpperCase() || null;
    const nieuweLocatie = locatie.trim() ? alsLocatieCode(locatie) : null;
    const nieuweFase = fase || null;
    const gegevens: CasusGegevens = {
      ...(nieuwSpoor !== casus.spoor ? { spoor: nieuwSpoor } : {}),
      ...(nieuwKansarm !== casus.kansarm ? { kansarm: nieuwKansarm } : {}),
      ...(nieuwLand !== casus.land ? { land: nieuwLand } : {}),
      ...(nieuweLocatie !== casus.locatieCode ? { locatieCode: nieuweLocatie } : {}),
      ...(nieuweFase !== casus.procedurefase ? { procedurefase: nieuweFase } : {}),
    };

    const velden: Record<string, string[]> = {};
    if (nieuwLand && !/^[A-Z]{3}$/.test(nieuwLand))
      velden[V.land] = ['Een landcode bestaat uit drie letters (ISO 3166-1 alpha-3), bijvoorbeeld MAR.'];
    if (nieuweLocatie && !LOCATIECODE_PATROON.test(nieuweLocatie))
      velden[V.locatieCode] = ['Een locatiecode begint met een letter, bijvoorbeeld TER_APEL.'];
    if (!reden.trim()) velden[V.reden] = ['Vul de reden in.'];
    if (Object.keys(gegevens).length === 0 && !Object.keys(velden).length) {
      setFout({
        velden: {},
        samenvatting: null,
        banner: { titel: 'Niets gewijzigd', melding: 'Pas minstens één gegeven aan.' },
      });
      return;
    }
    if (Object.keys(velden).length) {
      setFout({ velden, samenvatting: null, banner: null });
      const eerste = Object.values(V).find((v) => v in velden);
      document.getElementById(`veld-${eerste}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await wijzig({ variables: { id: casus.id, gegevens, reden: reden.trim() } });
      if (!data) throw new Error('De server gaf geen antwoord.');
      opKlaar('De gegevens van de casus zijn gewijzigd.');
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De gegevens zijn niet gewijzigd:',
          veldKoppeling(V),
          veldNamen({
            [V.spoor]: 'Spoor',
            [V.kansarm]: 'Kansarm',
            [V.land]: 'Land van herkomst',
            [V.locatieCode]: 'Locatie',
            [V.procedurefase]: 'Procedurefase',
            [V.reden]: 'Reden',
          }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="gegevens-titel"
      data-testid="gegevens-formulier"
    >
      <h3 id="gegevens-titel">Gegevens wijzigen</h3>
      <Formulierfouten fout={fout} testid="gegevens" />
      <div className="raster raster--4">
        <Veld veld={V.spoor} label="Spoor" fouten={fout.velden}>
          {(p) => (
            <select
              {...p}
              value={spoor}
              onChange={(e) => {
                setSpoor(e.target.value);
                wis(V.spoor);
              }}
            >
              <option value="">Onbekend</option>
              {SPOREN.map((s) => (
                <option key={s.spoor} value={String(s.spoor)}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld veld={V.kansarm} label="Kansarm" fouten={fout.velden}>
          {(p) => (
            <select
              {...p}
              value={kansarm}
              onChange={(e) => {
                setKansarm(e.target.value);
                wis(V.kansarm);
              }}
            >
              <option value="">Nog niet beoordeeld</option>
              <option value="ja">Ja</option>
              <option value="nee">Nee</option>
            </select>
          )}
        </Veld>
        <Veld veld={V.land} label="Land van herkomst" hint="ISO-code, bijv. MAR" fouten={fout.velden}>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={3}
              autoComplete="off"
              className="invoer--kort"
              value={land}
              onChange={(e) => {
                setLand(e.target.value);
                wis(V.land);
              }}
            />
          )}
        </Veld>
        <Veld veld={V.locatieCode} label="Locatie" hint="Locatiecode" fouten={fout.velden}>
          {(p) => (
            <>
              <input
                {...p}
                type="text"
                list="gegevens-locaties"
                autoComplete="off"
                value={locatie}
                onChange={(e) => {
                  setLocatie(e.target.value);
                  wis(V.locatieCode);
                }}
              />
              <datalist id="gegevens-locaties">
                {LOCATIES.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.naam}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Veld>
        <Veld veld={V.procedurefase} label="Procedurefase" fouten={fout.velden}>
          {(p) => (
            <select
              {...p}
              value={fase}
              onChange={(e) => {
                setFase(e.target.value);
                wis(V.procedurefase);
              }}
            >
              <option value="">Onbekend</option>
              {PROCEDUREFASEN.map((f) => (
                <option key={f.code} value={f.code}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </Veld>
      </div>
      <RedenVeld
        veld={V.reden}
        waarde={reden}
        fouten={fout.velden}
        opWijzig={(w) => {
          setReden(w);
          wis(V.reden);
        }}
      />
      <Formulieracties
        bezig={bezig}
        tekst="Gegevens opslaan"
        bezigTekst="Bezig…"
        testid="gegevens-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}
