import { useState, type FormEvent } from 'react';
import { Formulieracties, mutatieFout, Veld, zonder, type FormulierFout } from '../../app/formulier';
import { formatDatum, organisatieKort } from '../../app/opmaak';
import type { UitkomstSoort } from '../../gql/schema';
import { isUitkomstSoort, UITKOMST_SOORTEN } from '../casusregie/labels';
import {
  Formulierfouten,
  GEEN_FOUT,
  Succesmelding,
  veldKoppeling,
  veldNamen,
  SectieKop,
} from '../casusregie/onderdelen';
import { DATUM_PATROON, vandaag } from '../casusregie/tijd';
import type { CasusDetailGegevens } from './casus.graphql';
import { useRegistreerUitkomst } from './hooks';

const V = { soort: 'uitkomst-soort', datum: 'uitkomst-datum', toelichting: 'uitkomst-toelichting' } as const;

function UitkomstFormulier({
  casusId,
  opKlaar,
  opAnnuleer,
}: {
  readonly casusId: string;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [soort, setSoort] = useState<UitkomstSoort | ''>('');
  const [datum, setDatum] = useState(() => vandaag());
  const [toelichting, setToelichting] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [registreer, { loading: bezig }] = useRegistreerUitkomst();
  const wis = (veld: string) => setFout((f) => ({ ...f, velden: zonder(f.velden, veld) }));

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    if (!soort) velden[V.soort] = ['Kies de soort uitkomst.'];
    if (!DATUM_PATROON.test(datum)) velden[V.datum] = ['Vul een geldige datum in.'];
    else if (datum > vandaag()) velden[V.datum] = ['De datum ligt in de toekomst.'];
    if (Object.keys(velden).length || !soort) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${Object.values(V).find((v) => v in velden)}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await registreer({
        variables: { casusId, uitkomst: { soort, datum, toelichting: toelichting.trim() || null } },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      opKlaar(`Uitkomst vastgelegd: ${data.registreerUitkomst.soortLabel}.`);
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De uitkomst is niet vastgelegd:',
          veldKoppeling(V),
          veldNamen({ [V.soort]: 'Soort', [V.datum]: 'Datum', [V.toelichting]: 'Toelichting' }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="uitkomst-titel"
      data-testid="uitkomst-formulier"
    >
      <h3 id="uitkomst-titel">Uitkomst vastleggen</h3>
      <Formulierfouten fout={fout} testid="uitkomst" />
      <div className="raster raster--2">
        <Veld veld={V.soort} label="Soort" fouten={fout.velden} verplicht>
          {(p) => (
            <select
              {...p}
              value={soort}
              onChange={(e) => {
                setSoort(isUitkomstSoort(e.target.value) ? e.target.value : '');
                wis(V.soort);
              }}
            >
              <option value="">Kies</option>
              {UITKOMST_SOORTEN.map((u) => (
                <option key={u.code} value={u.code}>
                  {u.label}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld veld={V.datum} label="Datum" fouten={fout.velden} verplicht>
          {(p) => (
            <input
              {...p}
              type="date"
              max={vandaag()}
              value={datum}
              onChange={(e) => {
                setDatum(e.target.value);
                wis(V.datum);
              }}
            />
          )}
        </Veld>
      </div>
      <Veld veld={V.toelichting} label="Toelichting" fouten={fout.velden} optioneel>
        {(p) => (
          <textarea
            {...p}
            rows={2}
            maxLength={2000}
            value={toelichting}
            onChange={(e) => {
              setToelichting(e.target.value);
              wis(V.toelichting);
            }}
          />
        )}
      </Veld>
      <Formulieracties
        bezig={bezig}
        tekst="Uitkomst vastleggen"
        bezigTekst="Bezig…"
        testid="uitkomst-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

export function Uitkomsten({
  casus,
  magWijzigen,
}: {
  readonly casus: CasusDetailGegevens;
  readonly magWijzigen: boolean;
}) {
  const [formulier, setFormulier] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  return (
    <section className="kaart" aria-labelledby="uitkomsten-titel" data-testid="casus-uitkomsten">
      <SectieKop
        titelId="uitkomsten-titel"
        titel="Uitkomsten"
        aantal={casus.uitkomsten.length}
        knop={
          magWijzigen
            ? {
                tekst: 'Uitkomst vastleggen',
                paneelId: 'uitkomst-paneel',
                testid: 'uitkomst-toevoegen',
                open: formulier,
                wissel: () => {
                  setMelding(null);
                  setFormulier((f) => !f);
                },
              }
            : undefined
        }
      />
      {melding && <Succesmelding tekst={melding} testid="uitkomst-succes" />}
      {formulier && (
        <div id="uitkomst-paneel" className="sectiepaneel">
          <UitkomstFormulier
            casusId={casus.id}
            opKlaar={(m) => {
              setFormulier(false);
              setMelding(m);
            }}
            opAnnuleer={() => setFormulier(false)}
          />
        </div>
      )}
      {casus.uitkomsten.length === 0 ? (
        <p className="leeg">
          Nog geen uitkomst (beschikking, beroep, overdracht, vertrek). Afronden kan pas met een uitkomst.
        </p>
      ) : (
        <table className="tabel tabel--compact" data-testid="uitkomsten-tabel">
          <caption className="visueel-verborgen">Uitkomsten op datum</caption>
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">Uitkomst</th>
              <th scope="col">Door</th>
            </tr>
          </thead>
          <tbody>
            {casus.uitkomsten.map((u) => (
              <tr key={u.id} data-testid={`uitkomst-${u.id}`}>
                <td className="nowrap">{formatDatum(u.datum)}</td>
                <td className="omschrijving">
                  <strong>{u.soortLabel}</strong>
                  {u.toelichting && <span className="klein">{u.toelichting}</span>}
                </td>
                <td>{organisatieKort(u.doorOrganisatie)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
