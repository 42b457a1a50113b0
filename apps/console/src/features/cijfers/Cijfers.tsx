import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { Formulieracties, mutatieFout, Veld, zonder, type FormulierFout } from '../../app/formulier';
import { alsLocatieCode, formatDatum, formatTijdstip, LOCATIES, locatieNaam } from '../../app/opmaak';
import { magKernteamwerkZien, magNormInstellen } from '../../app/rechten';
import { navigeer, pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import { landNaam, SPOREN } from '../casusregie/labels';
import {
  Formulierfouten,
  GEEN_FOUT,
  Succesmelding,
  veldKoppeling,
  veldNamen,
} from '../casusregie/onderdelen';
import { dagBegin, DATUM_PATROON, vandaag, verschuifDatum } from '../casusregie/tijd';
import { DOORLOOPTIJD_NORMEN } from './doorlooptijdNormen.graphql';
import { KolomGrafiek, StaafgrafiekHorizontaal } from './grafieken';
import { STEL_DOORLOOPTIJD_NORM_IN } from './stelDoorlooptijdNormIn.graphql';
import { VERANTWOORDING, type Doorlooptijd, type Verantwoording } from './verantwoording.graphql';

const getal = new Intl.NumberFormat('nl-NL');
const eenDecimaal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

interface Periode {
  readonly van: string;
  readonly tot: string;
  readonly locatie: string;
}

/** van/tot (YYYY-MM-DD, both inclusive) and locatie from the address; default: the last 12 months. */
function leesPeriode(zoek: string): Periode {
  const q = new URLSearchParams(zoek);
  const tot = DATUM_PATROON.test(q.get('tot') ?? '') ? (q.get('tot') as string) : vandaag();
  const van = DATUM_PATROON.test(q.get('van') ?? '')
    ? (q.get('van') as string)
    : verschuifDatum(tot, { maanden: -12, dagen: 1 });
  return { van, tot, locatie: q.get('locatie') ?? '' };
}

/** "4,5× sneller dan de norm", "1,3× langzamer dan de norm", or why there is no comparison. */
export function factorTekst(d: Doorlooptijd): string {
  if (d.normDagen === null) return 'geen landelijke norm ingesteld';
  if (d.mediaanDagen === null) return 'nog geen beschikkingen in deze periode';
  if (d.factorSnellerDanNorm === null) return 'niet te vergelijken';
  if (d.factorSnellerDanNorm >= 1)
    return `${eenDecimaal.format(d.factorSnellerDanNorm)}× sneller dan de norm`;
  return `${eenDecimaal.format(1 / d.factorSnellerDanNorm)}× langzamer dan de norm`;
}

function PeriodeFormulier({ huidig }: { readonly huidig: Periode }) {
  const [w, setW] = useState(huidig);
  const [fout, setFout] = useState<string | null>(null);
  function pasToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!DATUM_PATROON.test(w.van) || !DATUM_PATROON.test(w.tot)) {
      setFout('Vul beide datums in.');
      return;
    }
    if (w.van > w.tot) {
      setFout('De periode klopt niet: "van" ligt na "tot en met".');
      return;
    }
    const q = new URLSearchParams({ van: w.van, tot: w.tot });
    if (w.locatie.trim()) q.set('locatie', alsLocatieCode(w.locatie));
    navigeer(pad.cijfers(q));
  }
  return (
    <form
      className="kaart filterpaneel"
      onSubmit={pasToe}
      noValidate
      aria-labelledby="periode-titel"
      data-testid="cijfers-filter"
    >
      <h2 id="periode-titel" className="filterpaneel__titel">
        Periode en locatie
      </h2>
      {fout && (
        <p className="veld__fout" role="alert" data-testid="fout-cijfers-filter">
          {fout}
        </p>
      )}
      <div className="filterpaneel__velden">
        <div className="veld">
          <label htmlFor="cijfers-van" className="veld__label">
            Van
          </label>
          <input
            id="cijfers-van"
            type="date"
            value={w.van}
            max={w.tot || undefined}
            onChange={(e) => setW({ ...w, van: e.target.value })}
            data-testid="cijfers-van"
          />
        </div>
        <div className="veld">
          <label htmlFor="cijfers-tot" className="veld__label">
            Tot en met
          </label>
          <input
            id="cijfers-tot"
            type="date"
            value={w.tot}
            min={w.van || undefined}
            onChange={(e) => setW({ ...w, tot: e.target.value })}
            data-testid="cijfers-tot"
          />
        </div>
        <div className="veld">
          <label htmlFor="cijfers-locatie" className="veld__label">
            Locatie
          </label>
          <input
            id="cijfers-locatie"
            type="text"
            list="cijfers-locaties"
            autoComplete="off"
            placeholder="Alle locaties"
            value={w.locatie}
            onChange={(e) => setW({ ...w, locatie: e.target.value })}
            data-testid="cijfers-locatie"
          />
          <datalist id="cijfers-locaties">
            {LOCATIES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.naam}
              </option>
            ))}
          </datalist>
        </div>
      </div>
      <div className="filterpaneel__acties">
        <button type="submit" className="knop knop--primair" data-testid="cijfers-toepassen">
          Toon cijfers
        </button>
        <a className="knop knop--link" href={pad.cijfers()} data-testid="cijfers-standaard">
          Laatste 12 maanden
        </a>
      </div>
    </form>
  );
}

function Rij({
  label,
  waarde,
  sub,
  testid,
}: {
  readonly label: string;
  readonly waarde: string;
  readonly sub?: boolean;
  readonly testid: string;
}) {
  return (
    <tr className={sub ? 'rij--sub' : undefined}>
      <th scope="row">{label}</th>
      <td className="getal" data-testid={testid}>
        {waarde}
      </td>
    </tr>
  );
}

function Resultaten({ v }: { readonly v: Verantwoording }) {
  const n = (x: number) => getal.format(x);
  return (
    <section className="kaart" aria-labelledby="resultaten-titel" data-testid="cijfers-resultaten">
      <h2 id="resultaten-titel">Resultaten</h2>
      <p className="veld__hint">
        Zoals in de evaluatie van de pilot: casussen die in de periode in behandeling waren.
      </p>
      <table className="tabel tabel--compact tabel--cijfers">
        <caption className="visueel-verborgen">Resultaten van het kernteam in de gekozen periode</caption>
        <thead>
          <tr>
            <th scope="col">Onderdeel</th>
            <th scope="col" className="getal">
              Aantal
            </th>
          </tr>
        </thead>
        <tbody>
          <Rij label="Behandelde casussen" waarde={n(v.behandeld)} testid="cijfer-behandeld" />
          <Rij label="waarvan spoor 1 (Dublin)" waarde={n(v.perSpoor.spoor1)} sub testid="cijfer-spoor1" />
          <Rij
            label="waarvan spoor 2 (veilig land / bescherming elders)"
            waarde={n(v.perSpoor.spoor2)}
            sub
            testid="cijfer-spoor2"
          />
          <Rij
            label="waarvan spoor 4 (algemene procedure)"
            waarde={n(v.perSpoor.spoor4)}
            sub
            testid="cijfer-spoor4"
          />
          <Rij label="spoor onbekend" waarde={n(v.perSpoor.onbekend)} sub testid="cijfer-spoor-onbekend" />
          <Rij
            label="Definitief afgehandeld"
            waarde={`${n(v.definitiefAfgehandeld.aantal)} (${eenDecimaal.format(v.definitiefAfgehandeld.percentage)}%)`}
            testid="cijfer-afgehandeld"
          />
          <Rij label="Overdrachten (Dublin)" waarde={n(v.overdrachten)} testid="cijfer-overdrachten" />
          <Rij
            label="Vertrek zelfstandig"
            waarde={n(v.vertrek.zelfstandig)}
            testid="cijfer-vertrek-zelfstandig"
          />
          <Rij label="Vertrek gedwongen" waarde={n(v.vertrek.gedwongen)} testid="cijfer-vertrek-gedwongen" />
          <Rij
            label="Vertrokken met onbekende bestemming (MOB)"
            waarde={n(v.vertrek.mob)}
            testid="cijfer-vertrek-mob"
          />
          <Rij label="Opnieuw aangemeld" waarde={n(v.opnieuwAangemeld)} testid="cijfer-opnieuw-aangemeld" />
          <Rij label="Beroepen ingesteld" waarde={n(v.beroepen.ingesteld)} testid="cijfer-beroepen" />
          <Rij label="waarvan nog open" waarde={n(v.beroepen.open)} sub testid="cijfer-beroepen-open" />
          <Rij
            label="waarvan ongegrond"
            waarde={n(v.beroepen.ongegrond)}
            sub
            testid="cijfer-beroepen-ongegrond"
          />
          <Rij label="waarvan gegrond" waarde={n(v.beroepen.gegrond)} sub testid="cijfer-beroepen-gegrond" />
          <Rij
            label="waarvan ingetrokken"
            waarde={n(v.beroepen.ingetrokken)}
            sub
            testid="cijfer-beroepen-ingetrokken"
          />
        </tbody>
      </table>
    </section>
  );
}

function Doorlooptijden({ v }: { readonly v: Verantwoording }) {
  const rijen = [...v.doorlooptijd].sort((a, b) => (a.spoor ?? 99) - (b.spoor ?? 99));
  const dagen = (x: number | null) => (x === null ? '—' : `${eenDecimaal.format(x)} d`);
  return (
    <section className="kaart" aria-labelledby="doorlooptijd-titel" data-testid="cijfers-doorlooptijden">
      <h2 id="doorlooptijd-titel">Doorlooptijden</h2>
      <p className="veld__hint">
        Van aanmelding tot beschikking, in dagen, tegen de landelijke norm per spoor.
      </p>
      <Schuifvlak className="tabel-schuif">
        <table className="tabel tabel--compact">
          <caption className="visueel-verborgen">Doorlooptijd per spoor tegen de landelijke norm</caption>
          <thead>
            <tr>
              <th scope="col">Spoor</th>
              <th scope="col" className="getal">
                Beschikkingen
              </th>
              <th scope="col" className="getal">
                Mediaan
              </th>
              <th scope="col" className="getal">
                Gemiddeld
              </th>
              <th scope="col" className="getal">
                Norm
              </th>
              <th scope="col">Vergeleken met de norm</th>
            </tr>
          </thead>
          <tbody>
            {rijen.map((d) => (
              <tr key={d.spoor ?? 'alle'} data-testid={`doorlooptijd-${d.spoor ?? 'alle'}`}>
                <th scope="row">
                  {d.spoor === null ? (
                    'Alle casussen'
                  ) : (
                    <abbr title={SPOREN.find((x) => x.spoor === d.spoor)?.label}>Spoor {d.spoor}</abbr>
                  )}
                </th>
                <td className="getal">{getal.format(d.aantal)}</td>
                <td className="getal">{dagen(d.mediaanDagen)}</td>
                <td className="getal">{dagen(d.gemiddeldeDagen)}</td>
                <td className="getal">{d.normDagen === null ? '—' : `${getal.format(d.normDagen)} d`}</td>
                <td
                  className={
                    d.factorSnellerDanNorm !== null && d.factorSnellerDanNorm >= 1
                      ? 'factor factor--sneller'
                      : 'factor'
                  }
                  data-testid={`factor-${d.spoor ?? 'alle'}`}
                >
                  {factorTekst(d)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Schuifvlak>
    </section>
  );
}

function NormInstellen() {
  const normen = useQuery(DOORLOOPTIJD_NORMEN, { fetchPolicy: 'cache-and-network' });
  const [stel, { loading: bezig }] = useMutation(STEL_DOORLOOPTIJD_NORM_IN, {
    refetchQueries: [VERANTWOORDING, DOORLOOPTIJD_NORMEN],
  });
  const [spoor, setSpoor] = useState('1');
  const [dagen, setDagen] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [melding, setMelding] = useState<string | null>(null);
  const S = 'norm-spoor';
  const D = 'norm-dagen';

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    setMelding(null);
    const n = Number(dagen);
    if (!Number.isInteger(n) || n < 1 || n > 3650) {
      setFout({
        velden: { [D]: ['Een geheel aantal dagen van 1 tot 3650.'] },
        samenvatting: null,
        banner: null,
      });
      document.getElementById(`veld-${D}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      await stel({ variables: { spoor: Number(spoor), dagen: n } });
      setDagen('');
      setMelding(`De norm voor spoor ${spoor} is ${n} dagen.`);
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De norm is niet ingesteld:',
          veldKoppeling({ spoor: S, dagen: D }),
          veldNamen({ [S]: 'Spoor', [D]: 'Dagen' }),
        ),
      );
    }
  }

  const lijst = normen.data?.doorlooptijdNormen ?? [];
  return (
    <section className="kaart" aria-labelledby="norm-titel" data-testid="norm-instellen">
      <h2 id="norm-titel">Landelijke norm instellen</h2>
      {lijst.length > 0 ? (
        <p className="veld__hint" data-testid="normen">
          Nu:{' '}
          {lijst
            .map((n) => `spoor ${n.spoor} ${n.dagen} dagen (sinds ${formatTijdstip(n.gewijzigdOp)})`)
            .join('; ')}
          .
        </p>
      ) : (
        <p className="veld__hint">Er is nog geen norm ingesteld.</p>
      )}
      {melding && <Succesmelding tekst={melding} testid="norm-succes" />}
      <form
        onSubmit={(e) => void verstuur(e)}
        noValidate
        aria-label="Norm instellen"
        className="norm-formulier"
      >
        <Formulierfouten fout={fout} testid="norm" />
        <div className="raster raster--4">
          <Veld veld={S} label="Spoor" fouten={fout.velden}>
            {(p) => (
              <select {...p} value={spoor} onChange={(e) => setSpoor(e.target.value)}>
                {SPOREN.map((s) => (
                  <option key={s.spoor} value={String(s.spoor)}>
                    {s.label}
                  </option>
                ))}
              </select>
            )}
          </Veld>
          <Veld veld={D} label="Norm (dagen)" fouten={fout.velden}>
            {(p) => (
              <input
                {...p}
                type="number"
                min={1}
                max={3650}
                inputMode="numeric"
                className="invoer--middel"
                value={dagen}
                onChange={(e) => {
                  setDagen(e.target.value);
                  setFout((f) => ({ ...f, velden: zonder(f.velden, D) }));
                }}
              />
            )}
          </Veld>
        </div>
        <Formulieracties bezig={bezig} tekst="Norm instellen" bezigTekst="Bezig…" testid="norm-opslaan" />
      </form>
    </section>
  );
}

export function Cijfers({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const periode = useMemo(() => leesPeriode(zoek), [zoek]);
  const variabelen = useMemo(
    () => ({
      van: dagBegin(periode.van) ?? '',
      tot: dagBegin(verschuifDatum(periode.tot, { dagen: 1 })) ?? '',
      locatieCode: periode.locatie || null,
    }),
    [periode],
  );
  const mag = magKernteamwerkZien(sessie.persona);
  const { data, loading, error } = useQuery(VERANTWOORDING, {
    variables: variabelen,
    fetchPolicy: 'cache-and-network',
    skip: !mag,
  });
  const v = data?.verantwoording ?? null;

  useEffect(() => {
    document.title = 'Cijfers — Ketenbeeld';
  }, []);

  if (!mag) {
    return (
      <section aria-labelledby="cijfers-titel">
        <h1 id="cijfers-titel">Cijfers</h1>
        <p className="melding melding--info" data-testid="cijfers-geen-toegang">
          De verantwoordingscijfers zijn voor DGM/DRM en het kernteam.
        </p>
      </section>
    );
  }

  const locatie = locatieNaam(periode.locatie);
  return (
    <section aria-labelledby="cijfers-titel">
      <div className="paginakop">
        <div>
          <h1 id="cijfers-titel">Cijfers</h1>
          <p className="inleiding">
            Resultaten en doorlooptijden van de casusregie, voor de verantwoording door DGM/DRM. Van{' '}
            <strong data-testid="cijfers-periode">
              {formatDatum(periode.van)} tot en met {formatDatum(periode.tot)}
            </strong>
            {locatie ? <>, locatie {locatie}</> : ', alle locaties'}.
          </p>
        </div>
      </div>
      <PeriodeFormulier key={zoek} huidig={periode} />
      {error && (
        <div className="melding melding--fout" role="alert" data-testid="fout-cijfers">
          <p>De cijfers konden niet worden opgehaald. {foutTekst(error)}</p>
        </div>
      )}
      {loading && !v && (
        <p className="laden" role="status">
          Cijfers worden berekend…
        </p>
      )}
      {v && (
        <>
          <div className="cijfers-raster">
            <Resultaten v={v} />
            <div>
              <section className="kaart" aria-labelledby="landen-titel" data-testid="cijfers-landen">
                <h2 id="landen-titel">Landen van herkomst</h2>
                {v.perLand.length === 0 ? (
                  <p className="leeg">Geen casussen in deze periode.</p>
                ) : (
                  <StaafgrafiekHorizontaal
                    titel="Behandelde casussen per land van herkomst"
                    omschrijving="Aantal behandelde casussen per land van herkomst, meeste eerst."
                    data={v.perLand.map((l) => ({
                      label: l.land === 'onbekend' ? 'Onbekend' : landNaam(l.land),
                      waarde: l.aantal,
                    }))}
                    eenheid="casussen"
                    testid="grafiek-landen"
                  />
                )}
              </section>
            </div>
          </div>
          <Doorlooptijden v={v} />
          <section className="kaart" aria-labelledby="perweek-titel" data-testid="cijfers-perweek">
            <h2 id="perweek-titel">Casussen per week</h2>
            <p className="veld__hint">
              Aangemeld en afgerond per ISO-week; de doorstroom die de pilot op 10–20 per week zag.
            </p>
            <KolomGrafiek
              titel="Casussen per week: aangemeld en afgerond"
              omschrijving="Kolommen per ISO-week met het aantal aangemelde en afgeronde casussen."
              categorieen={v.perWeek.map((w) => w.week)}
              categorieLabel={(w) => `wk ${Number(w.slice(-2))}`}
              tabelLabel={(w) => `${w.slice(0, 4)} week ${Number(w.slice(-2))}`}
              reeksen={[
                { naam: 'Aangemeld', klasse: 'aangemeld', waarden: v.perWeek.map((w) => w.aangemeld) },
                { naam: 'Afgerond', klasse: 'afgerond', waarden: v.perWeek.map((w) => w.afgerond) },
              ]}
              testid="grafiek-perweek"
            />
          </section>
        </>
      )}
      {magNormInstellen(sessie.persona) && <NormInstellen />}
    </section>
  );
}
