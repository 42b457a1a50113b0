import { useState, type FormEvent } from 'react';
import {
  Formulieracties,
  mutatieFout,
  RedenVeld,
  Veld,
  zonder,
  type FormulierFout,
} from '../../app/formulier';
import { alsLocatieCode, formatTijdstip, LOCATIECODE_PATROON, LOCATIES } from '../../app/opmaak';
import { navigeer, pad } from '../../app/router';
import type { CasusGegevens } from '../../gql/schema';
import { SPOREN, VERDICT_LABEL, VOORSTEL_STATUS_LABEL } from '../casusregie/labels';
import { Formulierfouten, GEEN_FOUT, veldKoppeling, veldNamen } from '../casusregie/onderdelen';
import { PersoonNaam } from '../casusregie/PersoonNaam';
import { useBevestigGroepsvoorstel, useBevestigVoorstel, useWijsVoorstelAf } from './hooks';
import type { CasusVoorstel, GeschiktheidCriterium } from './voorstellen.graphql';

interface GegevensWaarden {
  readonly spoor: string;
  readonly kansarm: string;
  readonly land: string;
  readonly locatie: string;
}

function gegevensVeld(prefix: string, naam: keyof GegevensWaarden) {
  return `${prefix}-${naam}`;
}

/** Optional facts of the new case; the service validates them again. */
function GegevensVelden({
  prefix,
  waarden,
  fouten,
  opWijzig,
}: {
  readonly prefix: string;
  readonly waarden: GegevensWaarden;
  readonly fouten: FormulierFout['velden'];
  readonly opWijzig: (waarden: GegevensWaarden, veld: string) => void;
}) {
  const zet = (naam: keyof GegevensWaarden, waarde: string) =>
    opWijzig({ ...waarden, [naam]: waarde }, gegevensVeld(prefix, naam));
  return (
    <div className="raster raster--4">
      <Veld veld={gegevensVeld(prefix, 'spoor')} label="Spoor" fouten={fouten} optioneel>
        {(p) => (
          <select {...p} value={waarden.spoor} onChange={(e) => zet('spoor', e.target.value)}>
            <option value="">Nog onbekend</option>
            {SPOREN.map((s) => (
              <option key={s.spoor} value={String(s.spoor)}>
                {s.label}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld veld={gegevensVeld(prefix, 'kansarm')} label="Kansarm" fouten={fouten} optioneel>
        {(p) => (
          <select {...p} value={waarden.kansarm} onChange={(e) => zet('kansarm', e.target.value)}>
            <option value="">Nog niet beoordeeld</option>
            <option value="ja">Ja</option>
            <option value="nee">Nee</option>
          </select>
        )}
      </Veld>
      <Veld
        veld={gegevensVeld(prefix, 'land')}
        label="Land van herkomst"
        hint="ISO-code, bijv. MAR"
        fouten={fouten}
        optioneel
      >
        {(p) => (
          <input
            {...p}
            type="text"
            maxLength={3}
            autoComplete="off"
            className="invoer--kort"
            value={waarden.land}
            onChange={(e) => zet('land', e.target.value)}
          />
        )}
      </Veld>
      <Veld
        veld={gegevensVeld(prefix, 'locatie')}
        label="Locatie"
        hint="Locatiecode"
        fouten={fouten}
        optioneel
      >
        {(p) => (
          <>
            <input
              {...p}
              type="text"
              list={`${prefix}-locaties`}
              autoComplete="off"
              value={waarden.locatie}
              onChange={(e) => zet('locatie', e.target.value)}
            />
            <datalist id={`${prefix}-locaties`}>
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
  );
}

/** Client checks, and the CasusGegevens to send (only what was filled in). */
function leesGegevens(
  prefix: string,
  w: GegevensWaarden,
): { gegevens: CasusGegevens | null; velden: Record<string, string[]> } {
  const velden: Record<string, string[]> = {};
  const land = w.land.trim().toUpperCase();
  const landGoed = /^[A-Z]{3}$/.test(land);
  if (land && !landGoed)
    velden[gegevensVeld(prefix, 'land')] = ['Drie letters (ISO 3166-1 alpha-3), bijvoorbeeld MAR.'];
  const locatie = w.locatie.trim() ? alsLocatieCode(w.locatie) : '';
  const locatieGoed = LOCATIECODE_PATROON.test(locatie);
  if (locatie && !locatieGoed)
    velden[gegevensVeld(prefix, 'locatie')] = [
      'Een locatiecode begint met een letter, bijvoorbeeld TER_APEL.',
    ];
  const gegevens: CasusGegevens = {
    ...(w.spoor ? { spoor: Number(w.spoor) } : {}),
    ...(w.kansarm ? { kansarm: w.kansarm === 'ja' } : {}),
    ...(land && landGoed ? { land } : {}),
    ...(locatie && locatieGoed ? { locatieCode: locatie } : {}),
  };
  return { gegevens: Object.keys(gegevens).length ? gegevens : null, velden };
}

function gegevensKoppeling(prefix: string, extra: Readonly<Record<string, string>>) {
  return veldKoppeling({
    spoor: gegevensVeld(prefix, 'spoor'),
    kansarm: gegevensVeld(prefix, 'kansarm'),
    land: gegevensVeld(prefix, 'land'),
    locatieCode: gegevensVeld(prefix, 'locatie'),
    ...extra,
  });
}

function gegevensNamen(prefix: string, extra: Readonly<Record<string, string>>) {
  return veldNamen({
    [gegevensVeld(prefix, 'spoor')]: 'Spoor',
    [gegevensVeld(prefix, 'kansarm')]: 'Kansarm',
    [gegevensVeld(prefix, 'land')]: 'Land van herkomst',
    [gegevensVeld(prefix, 'locatie')]: 'Locatie',
    ...extra,
  });
}

/** "Casus openen": confirm a proposal, optionally with the case's first facts, then open the case. */
export function CasusOpenen({
  voorstel,
  opAnnuleer,
}: {
  readonly voorstel: CasusVoorstel;
  readonly opAnnuleer: () => void;
}) {
  const prefix = `openen-${voorstel.id}`;
  const R = `${prefix}-reden`;
  const [waarden, setWaarden] = useState<GegevensWaarden>({
    spoor: '',
    kansarm: '',
    land: voorstel.persoon.nationaliteit ?? '',
    locatie: voorstel.locatieCode ?? '',
  });
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [bevestig, { loading: bezig }] = useBevestigVoorstel();

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const { gegevens, velden } = leesGegevens(prefix, waarden);
    if (Object.keys(velden).length) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${Object.keys(velden)[0]}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await bevestig({
        variables: { id: voorstel.id, reden: reden.trim() || null, gegevens },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      navigeer(pad.casus(data.bevestigVoorstel.id));
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De casus is niet geopend:',
          gegevensKoppeling(prefix, { reden: R }),
          gegevensNamen(prefix, { [R]: 'Reden' }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-label="Casus openen"
      data-testid="casus-openen-formulier"
    >
      <p className="veld__hint">
        Er ontstaat een casus (status aangemeld) met het kernteam (IND, COA, DT&amp;V) als deelnemers. Wat u
        nu al weet, kunt u meteen vastleggen; alles kan later nog worden aangevuld.
      </p>
      <Formulierfouten fout={fout} testid="casus-openen" />
      <GegevensVelden
        prefix={prefix}
        waarden={waarden}
        fouten={fout.velden}
        opWijzig={(w, veld) => {
          setWaarden(w);
          setFout((f) => ({ ...f, velden: zonder(f.velden, veld) }));
        }}
      />
      <Veld
        veld={R}
        label="Toelichting"
        hint="Leeg: het oordeel van het voorstel wordt de reden."
        fouten={fout.velden}
        optioneel
      >
        {(p) => (
          <textarea
            {...p}
            rows={2}
            maxLength={1000}
            value={reden}
            onChange={(e) => setReden(e.target.value)}
          />
        )}
      </Veld>
      <Formulieracties
        bezig={bezig}
        tekst="Casus openen"
        bezigTekst="Casus wordt geopend…"
        testid="casus-openen-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

/** "Groepscasus openen": every open proposal of one signal becomes a case, tied as one group. */
export function GroepscasusOpenen({
  signaalId,
  standaardOmschrijving,
  aantal,
  locatieCode,
  opAnnuleer,
}: {
  readonly signaalId: string;
  readonly standaardOmschrijving: string;
  readonly aantal: number;
  readonly locatieCode: string | null;
  readonly opAnnuleer: () => void;
}) {
  const prefix = `groep-${signaalId}`;
  const O = `${prefix}-omschrijving`;
  const [waarden, setWaarden] = useState<GegevensWaarden>({
    spoor: '',
    kansarm: '',
    land: '',
    locatie: locatieCode ?? '',
  });
  const [omschrijving, setOmschrijving] = useState(standaardOmschrijving);
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [bevestig, { loading: bezig }] = useBevestigGroepsvoorstel();

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const { gegevens, velden } = leesGegevens(prefix, waarden);
    if (!omschrijving.trim()) velden[O] = ['Beschrijf de gebeurtenis die de groep verbindt.'];
    if (Object.keys(velden).length) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${O in velden ? O : Object.keys(velden)[0]}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await bevestig({
        variables: { signaalId, omschrijving: omschrijving.trim(), gegevens },
      });
      const eerste = data?.bevestigGroepsvoorstel.casussen[0];
      if (!eerste) throw new Error('De server gaf geen casus terug.');
      navigeer(pad.casus(eerste.id));
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De groepscasus is niet geopend:',
          gegevensKoppeling(prefix, { omschrijving: O }),
          gegevensNamen(prefix, { [O]: 'Omschrijving' }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-label="Groepscasus openen"
      data-testid="groepscasus-formulier"
    >
      <p className="veld__hint">
        Voor elk van de {aantal} personen met een open voorstel ontstaat een casus; samen vormen zij één
        groepscasus. Een maatregel kan dan in één keer voor de hele groep worden toegepast.
      </p>
      <Formulierfouten fout={fout} testid="groepscasus" />
      <Veld veld={O} label="Omschrijving van de gebeurtenis" fouten={fout.velden} verplicht>
        {(p) => (
          <input
            {...p}
            type="text"
            maxLength={300}
            value={omschrijving}
            onChange={(e) => {
              setOmschrijving(e.target.value);
              setFout((f) => ({ ...f, velden: zonder(f.velden, O) }));
            }}
          />
        )}
      </Veld>
      <GegevensVelden
        prefix={prefix}
        waarden={waarden}
        fouten={fout.velden}
        opWijzig={(w, veld) => {
          setWaarden(w);
          setFout((f) => ({ ...f, velden: zonder(f.velden, veld) }));
        }}
      />
      <Formulieracties
        bezig={bezig}
        tekst="Groepscasus openen"
        bezigTekst="Groepscasus wordt geopend…"
        testid="groepscasus-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

function Afwijzen({
  voorstel,
  opKlaar,
  opAnnuleer,
}: {
  readonly voorstel: CasusVoorstel;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const R = `afwijzen-${voorstel.id}-reden`;
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [wijsAf, { loading: bezig }] = useWijsVoorstelAf();

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    if (!reden.trim()) {
      setFout({
        velden: { [R]: ['Vul de reden in waarom er geen casus komt.'] },
        samenvatting: null,
        banner: null,
      });
      document.getElementById(`veld-${R}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      await wijsAf({ variables: { id: voorstel.id, reden: reden.trim() } });
      opKlaar('Het voorstel is afgewezen.');
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'Het voorstel is niet afgewezen:',
          veldKoppeling({ reden: R }),
          veldNamen({ [R]: 'Reden' }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel actiepaneel--gevaar"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-label="Voorstel afwijzen"
      data-testid="afwijzen-formulier"
    >
      <Formulierfouten fout={fout} testid="afwijzen" />
      <RedenVeld
        veld={R}
        label="Reden van afwijzen"
        hint="Bijvoorbeeld: geen kansarme aanvrager, of al in beeld bij het LKO."
        waarde={reden}
        fouten={fout.velden}
        opWijzig={(w) => {
          setReden(w);
          setFout(GEEN_FOUT);
        }}
      />
      <div className="formulier__acties">
        <button
          type="submit"
          className="knop knop--gevaar-vol"
          disabled={bezig}
          data-testid="afwijzen-opslaan"
        >
          {bezig ? 'Bezig…' : 'Voorstel afwijzen'}
        </button>
        <button type="button" className="knop knop--link" onClick={opAnnuleer}>
          Annuleren
        </button>
      </div>
    </form>
  );
}

const VOLDAAN = {
  ja: { teken: '✓', tekst: 'voldaan', klasse: 'criterium--ja' },
  nee: { teken: '✗', tekst: 'niet voldaan', klasse: 'criterium--nee' },
  onbekend: { teken: '?', tekst: 'onbekend, te controleren', klasse: 'criterium--onbekend' },
} as const;

export function Criteria({ criteria }: { readonly criteria: readonly GeschiktheidCriterium[] }) {
  return (
    <ul className="criteria">
      {criteria.map((c) => {
        const v = VOLDAAN[c.voldaan === null ? 'onbekend' : c.voldaan ? 'ja' : 'nee'];
        return (
          <li key={c.naam} className={`criterium ${v.klasse}`}>
            <span className="criterium__teken" aria-hidden="true">
              {v.teken}
            </span>
            <span>
              <strong>{c.naam}</strong>
              <span className="visueel-verborgen">: {v.tekst}</span>
              <span className="gedempt"> — {c.uitleg}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}

type Paneel = 'openen' | 'afwijzen';

/** One proposal: the person, the explained verdict, the criteria and (for the kernteam) the decision. */
export function VoorstelItem({
  voorstel,
  magBeslissen,
  opMelding,
}: {
  readonly voorstel: CasusVoorstel;
  readonly magBeslissen: boolean;
  readonly opMelding: (melding: string) => void;
}) {
  const [open, setOpen] = useState<Paneel | null>(null);
  const kies = (p: Paneel) => setOpen((h) => (h === p ? null : p));
  return (
    <article className="voorstel" data-testid={`voorstel-${voorstel.id}`} aria-label="Casusvoorstel">
      <div className="voorstel__kop">
        <h3 className="voorstel__persoon">
          <PersoonNaam persoon={voorstel.persoon} metNationaliteit />
        </h3>
        <p className="labels">
          <span className={`label label--verdict label--verdict-${voorstel.verdict.toLowerCase()}`}>
            {VERDICT_LABEL[voorstel.verdict] ?? voorstel.verdict}
          </span>
          {voorstel.status !== 'OPEN' && (
            <span className="label label--gedempt" data-testid={`voorstel-status-${voorstel.id}`}>
              {VOORSTEL_STATUS_LABEL[voorstel.status] ?? voorstel.status}
            </span>
          )}
        </p>
      </div>
      <p className="voorstel__uitleg">{voorstel.uitleg}</p>
      <Criteria criteria={voorstel.criteria} />
      {voorstel.reden && <p className="klein gedempt">Reden: {voorstel.reden}</p>}
      {voorstel.casusId && (
        <p>
          <a href={pad.casus(voorstel.casusId)} data-testid={`voorstel-casus-${voorstel.id}`}>
            Naar de casus ›
          </a>
        </p>
      )}
      {magBeslissen && voorstel.status === 'OPEN' && (
        <>
          <div className="actieknoppen">
            <button
              type="button"
              className="knop knop--primair knop--klein"
              aria-expanded={open === 'openen'}
              onClick={() => kies('openen')}
              data-testid={`voorstel-openen-${voorstel.id}`}
            >
              Casus openen
            </button>
            <button
              type="button"
              className="knop knop--gevaar-rand knop--klein"
              aria-expanded={open === 'afwijzen'}
              onClick={() => kies('afwijzen')}
              data-testid={`voorstel-afwijzen-${voorstel.id}`}
            >
              Afwijzen
            </button>
          </div>
          {open === 'openen' && <CasusOpenen voorstel={voorstel} opAnnuleer={() => setOpen(null)} />}
          {open === 'afwijzen' && (
            <Afwijzen
              voorstel={voorstel}
              opKlaar={(m) => {
                setOpen(null);
                opMelding(m);
              }}
              opAnnuleer={() => setOpen(null)}
            />
          )}
        </>
      )}
    </article>
  );
}

/** "Overlast opvanglocatie, 3 mrt 2026" as the default description of a group case. */
export function groepOmschrijving(v: CasusVoorstel): string {
  return `${v.categorieLabel}, ${formatTijdstip(v.tijdstipIncident)}`;
}
