import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Dialoog } from '../../app/Dialoog';
import { foutTekst } from '../../app/fouten';
import {
  Formulieracties,
  mutatieFout,
  RedenVeld,
  Veld,
  Vinkje,
  zonder,
  type FormulierFout,
} from '../../app/formulier';
import {
  amsterdamLokaalNaarIso,
  codeAlsTekst,
  formatTijdstip,
  nuAlsAmsterdamLokaal,
  organisatieKort,
} from '../../app/opmaak';
import { Schuifvlak } from '../../app/Schuifvlak';
import {
  Formulierfouten,
  GEEN_FOUT,
  Succesmelding,
  veldKoppeling,
  veldNamen,
  SectieKop,
} from '../casusregie/onderdelen';
import type { CasusDetailGegevens, CasusMaatregel } from './casus.graphql';
import { useBeeindigMaatregel, usePasMaatregelToe, usePasMaatregelToeOpGroep } from './hooks';
import { MAATREGEL_CATALOGUS, type MaatregelDefinitie } from './maatregelCatalogus.graphql';

const V = {
  code: 'maatregel-code',
  start: 'maatregel-start',
  eind: 'maatregel-eind',
  reden: 'maatregel-reden',
  groep: 'maatregel-groep',
} as const;

const SOORT_VOLGORDE = ['KETEN', 'REPRESSIEF', 'PREVENTIEF'];
const SOORT_LABEL: Readonly<Record<string, string>> = {
  KETEN: 'Ketenmaatregelen',
  REPRESSIEF: 'Repressief',
  PREVENTIEF: 'Preventief',
};
const TOEPASSING_LABEL: Readonly<Record<string, string>> = {
  PERSOON: 'een persoon',
  GROEP: 'een groep',
  PLAATS: 'een plaats',
};

function duurTekst(d: MaatregelDefinitie): string {
  if (!d.standaardDuurDagen) return 'geen standaardduur';
  return d.standaardDuurDagen === 1 ? 'standaardduur 1 dag' : `standaardduur ${d.standaardDuurDagen} dagen`;
}

function MaatregelFormulier({
  casus,
  opKlaar,
  opAnnuleer,
}: {
  readonly casus: CasusDetailGegevens;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const catalogus = useQuery(MAATREGEL_CATALOGUS, { fetchPolicy: 'cache-first' });
  const [code, setCode] = useState('');
  const [start, setStart] = useState(() => nuAlsAmsterdamLokaal());
  const [eind, setEind] = useState('');
  const [reden, setReden] = useState('');
  const [voorGroep, setVoorGroep] = useState(false);
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [pasToe, { loading: bezigPersoon }] = usePasMaatregelToe();
  const [pasToeOpGroep, { loading: bezigGroep }] = usePasMaatregelToeOpGroep();
  const bezig = bezigPersoon || bezigGroep;
  const wis = (...velden: string[]) => setFout((f) => ({ ...f, velden: zonder(f.velden, ...velden) }));

  const definities = catalogus.data?.maatregelCatalogus ?? [];
  const gekozen = definities.find((d) => d.code === code);
  const groepMogelijk = !gekozen || gekozen.toepassing.includes('GROEP');

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    const startIso = amsterdamLokaalNaarIso(start);
    const eindIso = eind ? amsterdamLokaalNaarIso(eind) : null;
    if (!code) velden[V.code] = ['Kies een maatregel uit de catalogus.'];
    if (!startIso) velden[V.start] = ['Vul een geldig begintijdstip in.'];
    if (eind && !eindIso) velden[V.eind] = ['Vul een geldig eindtijdstip in, of laat het leeg.'];
    else if (startIso && eindIso && Date.parse(eindIso) <= Date.parse(startIso))
      velden[V.eind] = ['Het einde ligt na de start.'];
    if (reden.trim().length < 3) velden[V.reden] = ['Leg in een paar woorden vast waarom.'];
    if (Object.keys(velden).length || !startIso) {
      setFout({ velden, samenvatting: null, banner: null });
      const eerste = Object.values(V).find((v) => v in velden);
      document.getElementById(`veld-${eerste}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    const maatregel = { code, start: startIso, eind: eindIso, reden: reden.trim() };
    const naam = gekozen?.naam ?? code;
    try {
      if (voorGroep && casus.groepId) {
        const { data } = await pasToeOpGroep({ variables: { groepId: casus.groepId, maatregel } });
        if (!data) throw new Error('De server gaf geen antwoord.');
        const n = data.pasMaatregelToeOpGroep.maatregelen;
        opKlaar(`${naam} is toegepast op de hele groep (${n === 1 ? '1 casus' : `${n} casussen`}).`);
      } else {
        const { data } = await pasToe({ variables: { casusId: casus.id, maatregel } });
        if (!data) throw new Error('De server gaf geen antwoord.');
        opKlaar(`${naam} is toegepast.`);
      }
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De maatregel is niet toegepast:',
          veldKoppeling({ code: V.code, start: V.start, eind: V.eind, reden: V.reden, groepId: V.groep }),
          veldNamen({
            [V.code]: 'Maatregel',
            [V.start]: 'Start',
            [V.eind]: 'Einde',
            [V.reden]: 'Reden',
            [V.groep]: 'Groep',
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
      aria-labelledby="maatregel-titel"
      data-testid="maatregel-formulier"
    >
      <h3 id="maatregel-titel">Maatregel toepassen</h3>
      {catalogus.error && (
        <p className="melding melding--fout" role="alert">
          De maatregelencatalogus kon niet worden opgehaald. {foutTekst(catalogus.error)}
        </p>
      )}
      <Formulierfouten fout={fout} testid="maatregel" />
      <Veld
        veld={V.code}
        label="Maatregel"
        hint="Uit de beheerde catalogus (toolbox en escalatieladder)."
        fouten={fout.velden}
        verplicht
      >
        {(p) => (
          <select
            {...p}
            value={code}
            disabled={catalogus.loading && definities.length === 0}
            onChange={(e) => {
              setCode(e.target.value);
              wis(V.code, V.groep);
            }}
          >
            <option value="">{catalogus.loading ? 'Catalogus laden…' : 'Kies een maatregel'}</option>
            {SOORT_VOLGORDE.map((soort) => (
              <optgroup key={soort} label={SOORT_LABEL[soort] ?? codeAlsTekst(soort)}>
                {definities
                  .filter((d) => d.soort === soort)
                  .map((d) => (
                    <option key={d.code} value={d.code}>
                      {d.naam}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        )}
      </Veld>
      {gekozen && (
        <p className="maatregel__uitleg" data-testid="maatregel-uitleg">
          Eigenaar {organisatieKort(gekozen.eigenaar)}
          {gekozen.wettelijkeGrondslag && <> · {gekozen.wettelijkeGrondslag}</>} · {duurTekst(gekozen)} · voor{' '}
          {gekozen.toepassing.map((t) => TOEPASSING_LABEL[t] ?? t.toLowerCase()).join(', ')}
        </p>
      )}
      <div className="raster raster--2">
        <Veld veld={V.start} label="Start" fouten={fout.velden} verplicht>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={start}
              onChange={(e) => {
                setStart(e.target.value);
                wis(V.start, V.eind);
              }}
            />
          )}
        </Veld>
        <Veld
          veld={V.eind}
          label="Einde"
          hint={
            gekozen?.standaardDuurDagen
              ? `Leeg: de standaardduur van ${gekozen.standaardDuurDagen} dagen.`
              : 'Leeg: geen vast einde.'
          }
          fouten={fout.velden}
          optioneel
        >
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={eind}
              min={start || undefined}
              onChange={(e) => {
                setEind(e.target.value);
                wis(V.eind);
              }}
            />
          )}
        </Veld>
      </div>
      <RedenVeld
        veld={V.reden}
        hint="Waarom deze maatregel; de reden staat op de tijdlijn en is zichtbaar voor de deelnemers."
        waarde={reden}
        fouten={fout.velden}
        opWijzig={(w) => {
          setReden(w);
          wis(V.reden);
        }}
      />
      {casus.groepId && (
        <Vinkje
          veld={V.groep}
          label="Voor de hele groep"
          hint={
            groepMogelijk
              ? 'Eén handeling voor alle open casussen van deze groepscasus (bijvoorbeeld RVT onthouden op één incidentmelding).'
              : 'Deze maatregel geldt per persoon, niet voor een groep.'
          }
          fouten={fout.velden}
          aangevinkt={voorGroep && groepMogelijk}
          opWijzig={(w) => {
            setVoorGroep(w && groepMogelijk);
            wis(V.groep);
          }}
        />
      )}
      <Formulieracties
        bezig={bezig}
        tekst={voorGroep && casus.groepId ? 'Toepassen op de groep' : 'Maatregel toepassen'}
        bezigTekst="Bezig…"
        testid="maatregel-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

function Beeindigen({
  maatregel,
  opKlaar,
  opSluiten,
}: {
  readonly maatregel: CasusMaatregel;
  readonly opKlaar: (melding: string) => void;
  readonly opSluiten: () => void;
}) {
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [beeindig, { loading: bezig }] = useBeeindigMaatregel();
  const R = 'beeindigen-reden';

  async function bevestig() {
    if (bezig) return;
    if (!reden.trim()) {
      setFout({ velden: { [R]: ['Vul de reden in.'] }, samenvatting: null, banner: null });
      document.getElementById(`veld-${R}`)?.focus();
      return;
    }
    try {
      await beeindig({ variables: { id: maatregel.id, reden: reden.trim() } });
      opKlaar(`${maatregel.naam} is beëindigd.`);
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De maatregel is niet beëindigd:',
          veldKoppeling({ reden: R }),
          veldNamen({ [R]: 'Reden' }),
        ),
      );
    }
  }

  return (
    <Dialoog open titel={`${maatregel.naam} beëindigen?`} opSluiten={opSluiten} testid="beeindigen-dialoog">
      <p>De maatregel eindigt nu; de termijn die het einde bewaakte vervalt.</p>
      <Formulierfouten fout={fout} testid="beeindigen" />
      <RedenVeld
        veld={R}
        waarde={reden}
        fouten={fout.velden}
        opWijzig={(w) => {
          setReden(w);
          setFout(GEEN_FOUT);
        }}
      />
      <div className="formulier__acties">
        <button
          type="button"
          className="knop knop--gevaar-vol"
          onClick={() => void bevestig()}
          disabled={bezig}
          data-testid="beeindigen-bevestigen"
        >
          {bezig ? 'Bezig…' : 'Ja, beëindigen'}
        </button>
        <button
          type="button"
          className="knop knop--secundair"
          onClick={opSluiten}
          data-testid="beeindigen-annuleren"
        >
          Nee, terug
        </button>
      </div>
    </Dialoog>
  );
}

export function Maatregelen({
  casus,
  magWijzigen,
}: {
  readonly casus: CasusDetailGegevens;
  readonly magWijzigen: boolean;
}) {
  const [formulier, setFormulier] = useState(false);
  const [teBeeindigen, setTeBeeindigen] = useState<CasusMaatregel | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const lijst = [...casus.maatregelen].sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  const nu = Date.now();

  return (
    <section className="kaart" aria-labelledby="maatregelen-titel" data-testid="casus-maatregelen">
      <SectieKop
        titelId="maatregelen-titel"
        titel="Maatregelen"
        aantal={lijst.length}
        knop={
          magWijzigen
            ? {
                tekst: 'Maatregel toepassen',
                paneelId: 'maatregel-paneel',
                testid: 'maatregel-toepassen',
                open: formulier,
                wissel: () => {
                  setMelding(null);
                  setFormulier((f) => !f);
                },
              }
            : undefined
        }
      />
      {melding && <Succesmelding tekst={melding} testid="maatregel-succes" />}
      {formulier && (
        <div id="maatregel-paneel" className="sectiepaneel">
          <MaatregelFormulier
            casus={casus}
            opKlaar={(m) => {
              setFormulier(false);
              setMelding(m);
            }}
            opAnnuleer={() => setFormulier(false)}
          />
        </div>
      )}
      {lijst.length === 0 ? (
        <p className="leeg">Er zijn nog geen maatregelen toegepast.</p>
      ) : (
        <Schuifvlak className="tabel-schuif">
          <table className="tabel tabel--compact" data-testid="maatregelen-tabel">
            <caption className="visueel-verborgen">Maatregelen, laatst gestart eerst</caption>
            <thead>
              <tr>
                <th scope="col">Maatregel</th>
                <th scope="col">Eigenaar</th>
                <th scope="col">Looptijd</th>
                {magWijzigen && (
                  <th scope="col">
                    <span className="visueel-verborgen">Acties</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {lijst.map((m) => {
                const actief = m.status === 'ACTIEF' && (!m.eind || Date.parse(m.eind) > nu);
                return (
                  <tr
                    key={m.id}
                    data-testid={`maatregel-${m.id}`}
                    data-code={m.code}
                    className={actief ? undefined : 'rij--gedempt'}
                  >
                    <td>
                      <strong>{m.naam}</strong>
                      <span className="klein gedempt">
                        {codeAlsTekst(m.soort)}
                        {m.wettelijkeGrondslag && <> · {m.wettelijkeGrondslag}</>}
                      </span>
                      {m.groepActieId && <span className="label label--groep">hele groep</span>}
                      {/* Rendered as text by React: never as HTML. */}
                      <span className="maatregel__reden">{m.reden}</span>
                      {m.beeindigdReden && (
                        <span className="klein gedempt">Beëindigd: {m.beeindigdReden}</span>
                      )}
                    </td>
                    <td>{organisatieKort(m.eigenaar)}</td>
                    <td className="nowrap">
                      <time dateTime={m.start}>{formatTijdstip(m.start)}</time>
                      <span className="klein">
                        {m.eind ? (
                          <>
                            tot <time dateTime={m.eind}>{formatTijdstip(m.eind)}</time>
                          </>
                        ) : (
                          'geen vast einde'
                        )}
                      </span>
                      <span className="klein">
                        {m.status === 'BEEINDIGD' ? (
                          <span className="label label--gedempt">beëindigd</span>
                        ) : actief ? (
                          <span className="label label--actief">actief</span>
                        ) : (
                          <span className="label label--gedempt">verlopen</span>
                        )}
                      </span>
                    </td>

                    {magWijzigen && (
                      <td>
                        {m.status === 'ACTIEF' && (
                          <button
                            type="button"
                            className="knop knop--gevaar-rand knop--klein"
                            onClick={() => {
                              setMelding(null);
                              setTeBeeindigen(m);
                            }}
                            data-testid={`maatregel-beeindigen-${m.id}`}
                          >
                            Beëindigen
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Schuifvlak>
      )}
      {teBeeindigen && (
        <Beeindigen
          maatregel={teBeeindigen}
          opKlaar={(m) => {
            setTeBeeindigen(null);
            setMelding(m);
          }}
          opSluiten={() => setTeBeeindigen(null)}
        />
      )}
    </section>
  );
}
