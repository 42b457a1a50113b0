import { useEffect, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { Formulieracties, mutatieFout, Veld, zonder, type FormulierFout } from '../../app/formulier';
import {
  alsLocatieCode,
  amsterdamLokaalNaarIso,
  formatTijdstip,
  isoAlsAmsterdamLokaal,
  LOCATIECODE_PATROON,
  LOCATIES,
} from '../../app/opmaak';
import { navigeer, pad } from '../../app/router';
import type { Organisatie, OverlegSoort } from '../../gql/schema';
import { isOrganisatie, isOverlegSoort, OVERLEG_SOORTEN, overlegSoortLabel } from '../casusregie/labels';
import { Formulierfouten, GEEN_FOUT, OrganisatieOpties, veldNamen } from '../casusregie/onderdelen';
import { usePlanOverleg } from './hooks';
import { VOLGENDE_VERGADERING } from './volgendeVergadering.graphql';

const V = {
  soort: 'plan-soort',
  titel: 'plan-titel',
  geplandOp: 'plan-geplandOp',
  locatieCode: 'plan-locatieCode',
  deelnemers: 'plan-deelnemers',
} as const;

interface Deelnemer {
  readonly sleutel: number;
  readonly naam: string;
  readonly organisatie: Organisatie;
}

function standaardTitel(soort: string, geplandOp: string): string {
  const iso = amsterdamLokaalNaarIso(geplandOp);
  return iso ? `${overlegSoortLabel(soort)} ${formatTijdstip(iso)}` : overlegSoortLabel(soort);
}

/** Server paths to form fields: "deelnemers.0.naam" → "plan-deelnemers.0.naam". */
function veldVan(veld: string): string | null {
  const kort = veld.replace(/^invoer\./, '');
  if (/^deelnemers\.\d+\.(naam|organisatie)$/.test(kort)) return `plan-${kort}`;
  if (kort.startsWith('deelnemers')) return V.deelnemers;
  return (V as Record<string, string>)[kort] ?? null;
}

/** "Overleg plannen": kind, title, moment (the next Monday 09:00 for the kernteam), place, participants. */
export function PlanFormulier({ opAnnuleer }: { readonly opAnnuleer: () => void }) {
  const { persona } = useSessie();
  const [soort, setSoort] = useState<OverlegSoort>('KERNTEAM');
  const [geplandOp, setGeplandOp] = useState('');
  const [titel, setTitel] = useState('');
  const [titelAangepast, setTitelAangepast] = useState(false);
  const [locatie, setLocatie] = useState('');
  const [deelnemers, setDeelnemers] = useState<Deelnemer[]>(() =>
    isOrganisatie(persona.organisatie)
      ? [{ sleutel: 0, naam: persona.naam, organisatie: persona.organisatie }]
      : [],
  );
  const [volgnummer, setVolgnummer] = useState(1);
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [plan, { loading: bezig }] = usePlanOverleg();
  const volgende = useQuery(VOLGENDE_VERGADERING, { variables: { soort }, fetchPolicy: 'network-only' });
  const volgendeOp = volgende.data?.volgendeVergadering ?? null;
  const wis = (...velden: string[]) => setFout((f) => ({ ...f, velden: zonder(f.velden, ...velden) }));

  // The fixed moment of this kind (kernteam: next Monday 09:00) as the default, until the user picks one.
  const [momentAangepast, setMomentAangepast] = useState(false);
  useEffect(() => {
    if (!momentAangepast && volgendeOp) setGeplandOp(isoAlsAmsterdamLokaal(volgendeOp));
  }, [volgendeOp, momentAangepast]);
  useEffect(() => {
    if (!titelAangepast) setTitel(standaardTitel(soort, geplandOp));
  }, [soort, geplandOp, titelAangepast]);

  const zetDeelnemer = (sleutel: number, wijziging: Partial<Omit<Deelnemer, 'sleutel'>>) =>
    setDeelnemers((lijst) => lijst.map((d) => (d.sleutel === sleutel ? { ...d, ...wijziging } : d)));

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    const iso = amsterdamLokaalNaarIso(geplandOp);
    if (titel.trim().length < 3) velden[V.titel] = ['Geef het overleg een titel (minstens 3 tekens).'];
    if (!iso) velden[V.geplandOp] = ['Vul datum en tijd in.'];
    const locatieCode = locatie.trim() ? alsLocatieCode(locatie) : '';
    if (soort === 'LKO' && !locatieCode)
      velden[V.locatieCode] = ['Een LKO hoort bij één opvanglocatie: kies de locatie.'];
    else if (locatieCode && !LOCATIECODE_PATROON.test(locatieCode))
      velden[V.locatieCode] = ['Een locatiecode begint met een letter, bijvoorbeeld TER_APEL.'];
    const ingevuld = deelnemers.filter((d) => d.naam.trim());
    deelnemers.forEach((d, i) => {
      if (d.naam.trim() && d.naam.trim().length < 2)
        velden[`plan-deelnemers.${i}.naam`] = ['Minstens 2 tekens.'];
    });
    if (Object.keys(velden).length || !iso) {
      setFout({ velden, samenvatting: null, banner: null });
      const eerste = Object.keys(velden)[0];
      document.getElementById(`veld-${eerste}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await plan({
        variables: {
          invoer: {
            soort,
            titel: titel.trim(),
            geplandOp: iso,
            locatieCode: locatieCode || null,
            deelnemers: ingevuld.map((d) => ({ naam: d.naam.trim(), organisatie: d.organisatie })),
          },
        },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      navigeer(pad.overleg(data.planOverleg.id));
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'Het overleg is niet gepland:',
          veldVan,
          veldNamen({
            [V.soort]: 'Soort',
            [V.titel]: 'Titel',
            [V.geplandOp]: 'Datum en tijd',
            [V.locatieCode]: 'Locatie',
            [V.deelnemers]: 'Deelnemers',
          }),
        ),
      );
    }
  }

  return (
    <form
      className="kaart formulier"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="plan-titel-kop"
      data-testid="plan-formulier"
    >
      <h2 id="plan-titel-kop">Overleg plannen</h2>
      <p className="veld__hint">
        De agenda wordt samengesteld zodra het overleg is gepland, en kan daarna worden vernieuwd.
      </p>
      <Formulierfouten fout={fout} testid="plan" />
      <div className="raster raster--2">
        <Veld veld={V.soort} label="Soort overleg" fouten={fout.velden} verplicht>
          {(p) => (
            <select
              {...p}
              value={soort}
              onChange={(e) => {
                const gekozen = e.target.value;
                if (!isOverlegSoort(gekozen)) return;
                setSoort(gekozen);
                setMomentAangepast(false);
                if (gekozen !== 'KERNTEAM') setGeplandOp('');
                wis(V.soort, V.locatieCode);
              }}
            >
              {OVERLEG_SOORTEN.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.label}
                  {s.uitleg ? ` (${s.uitleg})` : ''}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld
          veld={V.geplandOp}
          label="Datum en tijd"
          hint={volgendeOp ? `Het vaste moment: ${formatTijdstip(volgendeOp)}.` : undefined}
          fouten={fout.velden}
          verplicht
        >
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={geplandOp}
              onChange={(e) => {
                setGeplandOp(e.target.value);
                setMomentAangepast(true);
                wis(V.geplandOp);
              }}
            />
          )}
        </Veld>
      </div>
      <div className="raster raster--2">
        <Veld veld={V.titel} label="Titel" fouten={fout.velden} verplicht>
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={200}
              value={titel}
              onChange={(e) => {
                setTitel(e.target.value);
                setTitelAangepast(true);
                wis(V.titel);
              }}
            />
          )}
        </Veld>
        <Veld
          veld={V.locatieCode}
          label="Locatie"
          hint={
            soort === 'LKO'
              ? 'De opvanglocatie van dit LKO; de agenda toont haar casussen.'
              : 'Alleen bij een overleg op één locatie.'
          }
          fouten={fout.velden}
          verplicht={soort === 'LKO'}
          optioneel={soort !== 'LKO'}
        >
          {(p) => (
            <>
              <input
                {...p}
                type="text"
                list="plan-locaties"
                autoComplete="off"
                value={locatie}
                onChange={(e) => {
                  setLocatie(e.target.value);
                  wis(V.locatieCode);
                }}
              />
              <datalist id="plan-locaties">
                {LOCATIES.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.naam}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Veld>
      </div>
      <fieldset
        className="formulier__subgroep"
        id={`groep-${V.deelnemers}`}
        tabIndex={-1}
        data-testid={V.deelnemers}
      >
        <legend>Deelnemers</legend>
        {(fout.velden[V.deelnemers] ?? []).length > 0 && (
          <p className="veld__fout" data-testid={`fout-${V.deelnemers}`}>
            {fout.velden[V.deelnemers]?.join(' ')}
          </p>
        )}
        <ul className="deelnemers-invoer">
          {deelnemers.map((d, i) => (
            <li key={d.sleutel} className="deelnemers-invoer__rij">
              <Veld veld={`plan-deelnemers.${i}.naam`} label={`Naam deelnemer ${i + 1}`} fouten={fout.velden}>
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    maxLength={200}
                    autoComplete="off"
                    value={d.naam}
                    onChange={(e) => {
                      zetDeelnemer(d.sleutel, { naam: e.target.value });
                      wis(`plan-deelnemers.${i}.naam`);
                    }}
                  />
                )}
              </Veld>
              <Veld veld={`plan-deelnemers.${i}.organisatie`} label="Organisatie" fouten={fout.velden}>
                {(p) => (
                  <select
                    {...p}
                    value={d.organisatie}
                    onChange={(e) => {
                      const organisatie = e.target.value;
                      if (isOrganisatie(organisatie)) zetDeelnemer(d.sleutel, { organisatie });
                      wis(`plan-deelnemers.${i}.organisatie`);
                    }}
                  >
                    <OrganisatieOpties />
                  </select>
                )}
              </Veld>
              <button
                type="button"
                className="knop knop--link deelnemers-invoer__weg"
                onClick={() => setDeelnemers((lijst) => lijst.filter((x) => x.sleutel !== d.sleutel))}
                data-testid={`plan-deelnemer-verwijderen-${i}`}
              >
                Verwijderen<span className="visueel-verborgen"> deelnemer {i + 1}</span>
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          className="knop knop--secundair knop--klein"
          onClick={() => {
            setDeelnemers((lijst) => [...lijst, { sleutel: volgnummer, naam: '', organisatie: 'COA' }]);
            setVolgnummer((n) => n + 1);
          }}
          data-testid="plan-deelnemer-toevoegen"
        >
          Deelnemer toevoegen
        </button>
      </fieldset>
      <Formulieracties
        bezig={bezig}
        tekst="Overleg plannen"
        bezigTekst="Overleg wordt gepland…"
        testid="plan-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}
