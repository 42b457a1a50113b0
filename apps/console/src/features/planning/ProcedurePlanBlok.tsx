import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import { Formulieracties, Veld, Vinkje, zonder, type FormulierFout } from '../../app/formulier';
import { amsterdamLokaalNaarIso, formatDatum, formatTijdstip, isoAlsAmsterdamLokaal } from '../../app/opmaak';
import { magPlanningZien, magProcedurePlannen } from '../../app/rechten';
import { Schuifvlak } from '../../app/Schuifvlak';
import { spoorLabel } from '../casusregie/labels';
import {
  Formulierfouten,
  GEEN_FOUT,
  Keuzerondjes,
  Succesmelding,
  veldKoppeling,
  veldNamen,
} from '../casusregie/onderdelen';
import { DATUM_PATROON, vandaag } from '../casusregie/tijd';
import { weekTekst } from './datum';
import { dagenTekst, SOORTEN_BESLUIT } from './labels';
import { LEG_PROCESSTAP_VAST } from './legProcesstapVast.graphql';
import type { Locatie } from './locaties.graphql';
import { planningFout, RisicoLabel, spelingTekst, useLocaties } from './onderdelen';
import { CASUS_PROCEDURE_PLAN, type PlanStap, type ProcedurePlan, type Ttsd } from './procedurePlan.graphql';
import { PROCEDURE_PLANNEN } from './procedurePlannen.graphql';
import { volgendeStap } from './ProcedurePlannen';
import { STEL_PROCEDURE_PLAN_OP } from './stelProcedurePlanOp.graphql';

/** What the block needs of the case (casusregie). */
export interface CasusVoorPlan {
  readonly id: string;
  readonly spoor: number | null;
  readonly aangemeldOp: string;
  readonly locatieCode: string | null;
}

/** After a change the plan is asked again (the mutation's plan is not normalised in the cache). */
function naMutatie() {
  return { refetchQueries: [CASUS_PROCEDURE_PLAN, PROCEDURE_PLANNEN], awaitRefetchQueries: true };
}

function LocatieKeuze({ locaties }: { readonly locaties: readonly Locatie[] }) {
  return (
    <>
      {locaties.map((l) => (
        <option key={l.code} value={l.code}>
          {l.naam}
        </option>
      ))}
    </>
  );
}

const PV = {
  aanmelding: 'procedureplan-aanmelding',
  rvtOnthouden: 'procedureplan-rvtOnthouden',
  soortBesluit: 'procedureplan-soortBesluit',
  normDagen: 'procedureplan-normDagen',
  verblijfLocatie: 'procedureplan-verblijfLocatie',
} as const;

/** Draw up the plan from the aanmelding date; the spoor comes from the case. */
function PlanFormulier({
  casus,
  locaties,
  opKlaar,
  opAnnuleer,
}: {
  readonly casus: CasusVoorPlan;
  readonly locaties: readonly Locatie[];
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [aanmelding, setAanmelding] = useState(
    () => isoAlsAmsterdamLokaal(casus.aangemeldOp).slice(0, 10) || vandaag(),
  );
  const [rvtOnthouden, setRvtOnthouden] = useState(false);
  const [soortBesluit, setSoortBesluit] = useState('');
  const [normDagen, setNormDagen] = useState('');
  const [verblijf, setVerblijf] = useState(() =>
    casus.locatieCode && locaties.some((l) => l.code === casus.locatieCode) ? casus.locatieCode : '',
  );
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [stelOp, { loading: bezig }] = useMutation(STEL_PROCEDURE_PLAN_OP, naMutatie());
  const wis = (veld: string) => setFout((f) => ({ ...f, velden: zonder(f.velden, veld) }));

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    if (!DATUM_PATROON.test(aanmelding)) velden[PV.aanmelding] = ['Vul de datum van de asielaanvraag in.'];
    else if (aanmelding > vandaag()) velden[PV.aanmelding] = ['De datum ligt in de toekomst.'];
    if (normDagen.trim() && !/^\d+$/.test(normDagen.trim()))
      velden[PV.normDagen] = ['Vul een geheel aantal dagen in of laat het veld leeg.'];
    const eerste = Object.values(PV).find((v) => v in velden);
    if (eerste) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${eerste}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await stelOp({
        variables: {
          invoer: {
            casusId: casus.id,
            aanmelding,
            rvtOnthouden,
            soortBesluit: soortBesluit || null,
            normDagen: normDagen.trim() ? Number(normDagen) : null,
            verblijfLocatie: verblijf || null,
          },
        },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      const t = data.stelProcedurePlanOp.ttsd;
      opKlaar(
        `Procedureplan opgesteld: beschikking gepland op ${formatDatum(t.geplandeDatum)}, doel ${formatDatum(t.doelDatum)}.`,
      );
    } catch (err) {
      setFout(
        planningFout(
          err,
          'Het procedureplan is niet opgesteld:',
          veldKoppeling(PV),
          veldNamen({
            [PV.aanmelding]: 'Aanmelding',
            [PV.rvtOnthouden]: 'RVT onthouden',
            [PV.soortBesluit]: 'Soort besluit',
            [PV.normDagen]: 'Afwijkende norm',
            [PV.verblijfLocatie]: 'Verblijfslocatie',
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
      aria-labelledby="procedureplan-formulier-titel"
      data-testid="procedureplan-formulier"
    >
      <h3 id="procedureplan-formulier-titel">Procedureplan opstellen</h3>
      <p className="gedempt klein">
        Het plan rekent elke stap uit vanaf de aanmelding, voor {spoorLabel(casus.spoor).toLowerCase()}.
        Vastgelegde data en afspraken gaan later voor.
      </p>
      <Formulierfouten fout={fout} testid="procedureplan" />
      <div className="raster raster--2">
        <Veld
          veld={PV.aanmelding}
          label="Aanmelding"
          hint="Datum van de asielaanvraag"
          fouten={fout.velden}
          verplicht
        >
          {(p) => (
            <input
              {...p}
              type="date"
              max={vandaag()}
              value={aanmelding}
              onChange={(e) => {
                setAanmelding(e.target.value);
                wis(PV.aanmelding);
              }}
            />
          )}
        </Veld>
        <Veld
          veld={PV.verblijfLocatie}
          label="Verblijfslocatie"
          hint="Voor transport naar een afspraak elders (R13)"
          fouten={fout.velden}
          optioneel
        >
          {(p) => (
            <select
              {...p}
              value={verblijf}
              onChange={(e) => {
                setVerblijf(e.target.value);
                wis(PV.verblijfLocatie);
              }}
            >
              <option value="">Onbekend</option>
              <LocatieKeuze locaties={locaties} />
            </select>
          )}
        </Veld>
        <Veld
          veld={PV.soortBesluit}
          label="Soort besluit"
          hint="Bepaalt de beroepstermijn (R10)"
          fouten={fout.velden}
          optioneel
        >
          {(p) => (
            <select
              {...p}
              value={soortBesluit}
              onChange={(e) => {
                setSoortBesluit(e.target.value);
                wis(PV.soortBesluit);
              }}
            >
              <option value="">Standaard voor het spoor</option>
              {SOORTEN_BESLUIT.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Veld>
        <Veld
          veld={PV.normDagen}
          label="Afwijkende norm (dagen)"
          hint="Leeg: de norm van het spoor"
          fouten={fout.velden}
          optioneel
        >
          {(p) => (
            <input
              {...p}
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              className="invoer--middel"
              value={normDagen}
              onChange={(e) => {
                setNormDagen(e.target.value);
                wis(PV.normDagen);
              }}
            />
          )}
        </Veld>
      </div>
      <Vinkje
        veld={PV.rvtOnthouden}
        label="Rust- en voorbereidingstijd onthouden (R8)"
        hint="Alleen van belang in spoor 4: de IND onthoudt de RVT bij overlast."
        fouten={fout.velden}
        aangevinkt={rvtOnthouden}
        opWijzig={setRvtOnthouden}
      />
      <Formulieracties
        bezig={bezig}
        tekst="Plan opstellen"
        bezigTekst="Bezig…"
        testid="procedureplan-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

const SV = {
  stap: 'processtap-stap',
  soort: 'processtap-soort',
  werkelijk: 'processtap-werkelijk',
  gepland: 'processtap-gepland',
  afspraakOp: 'processtap-afspraakOp',
  afspraakLocatie: 'processtap-afspraakLocatie',
} as const;

type StapSoort = 'werkelijk' | 'gepland' | 'afspraak';

/** Record one step: its actual date, a planned date (a hearing takes an IND slot) or an appointment. */
function StapFormulier({
  casusId,
  plan,
  locaties,
  opKlaar,
  opAnnuleer,
}: {
  readonly casusId: string;
  readonly plan: ProcedurePlan;
  readonly locaties: readonly Locatie[];
  readonly opKlaar: (melding: string, waarschuwingen: readonly string[]) => void;
  readonly opAnnuleer: () => void;
}) {
  const kiesbaar = plan.stappen.filter((s) => !s.nvt && s.stap !== 'AANMELDING');
  const [stap, setStap] = useState(() => volgendeStap(plan.stappen)?.stap ?? kiesbaar[0]?.stap ?? '');
  const [soort, setSoort] = useState<StapSoort>('werkelijk');
  const [werkelijk, setWerkelijk] = useState(() => vandaag());
  const [gepland, setGepland] = useState('');
  const [afspraakOp, setAfspraakOp] = useState('');
  const [afspraakLocatie, setAfspraakLocatie] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [legVast, { loading: bezig }] = useMutation(LEG_PROCESSTAP_VAST, naMutatie());
  const wis = (...velden: string[]) => setFout((f) => ({ ...f, velden: zonder(f.velden, ...velden) }));
  const gekozen = plan.stappen.find((s) => s.stap === stap);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    if (!stap) velden[SV.stap] = ['Kies een stap.'];
    const afspraakIso = soort === 'afspraak' ? amsterdamLokaalNaarIso(afspraakOp) : null;
    if (soort === 'werkelijk') {
      if (!DATUM_PATROON.test(werkelijk))
        velden[SV.werkelijk] = ['Vul de datum in waarop de stap is gedaan.'];
      else if (werkelijk > vandaag()) velden[SV.werkelijk] = ['De datum ligt in de toekomst.'];
    }
    if (soort === 'gepland' && !DATUM_PATROON.test(gepland))
      velden[SV.gepland] = ['Vul de geplande datum in.'];
    if (soort === 'afspraak') {
      if (!afspraakIso) velden[SV.afspraakOp] = ['Vul datum en tijd van de afspraak in.'];
      if (!afspraakLocatie) velden[SV.afspraakLocatie] = ['Kies de locatie van de afspraak.'];
    }
    const eerste = Object.values(SV).find((v) => v in velden);
    if (eerste) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${eerste}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await legVast({
        variables: {
          invoer: {
            casusId,
            stap,
            ...(soort === 'werkelijk' ? { werkelijk } : {}),
            ...(soort === 'gepland' ? { gepland } : {}),
            ...(soort === 'afspraak' ? { afspraakOp: afspraakIso, afspraakLocatie } : {}),
          },
        },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      const r = data.legProcesstapVast;
      const nieuw = r.plan.stappen.find((s) => s.stap === stap);
      opKlaar(
        `${gekozen?.label ?? stap} vastgelegd${
          nieuw?.slotWeek && soort !== 'werkelijk' ? ` (IND-slot in ${weekTekst(nieuw.slotWeek)})` : ''
        }. Beschikking nu gepland op ${formatDatum(r.plan.ttsd.geplandeDatum)}.`,
        r.waarschuwingen,
      );
    } catch (err) {
      setFout(
        planningFout(
          err,
          'De stap is niet vastgelegd:',
          veldKoppeling({ ...SV, datum: SV.werkelijk }),
          veldNamen({
            [SV.stap]: 'Stap',
            [SV.werkelijk]: 'Werkelijke datum',
            [SV.gepland]: 'Geplande datum',
            [SV.afspraakOp]: 'Afspraak',
            [SV.afspraakLocatie]: 'Locatie van de afspraak',
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
      aria-labelledby="processtap-titel"
      data-testid="processtap-formulier"
    >
      <h3 id="processtap-titel">Processtap vastleggen</h3>
      <Formulierfouten fout={fout} testid="processtap" />
      <Veld
        veld={SV.stap}
        label="Stap"
        hint={gekozen ? `Nu: ${gekozen.uitleg}` : undefined}
        fouten={fout.velden}
        verplicht
      >
        {(p) => (
          <select
            {...p}
            value={stap}
            onChange={(e) => {
              setStap(e.target.value);
              wis(SV.stap);
            }}
          >
            {kiesbaar.map((s) => (
              <option key={s.stap} value={s.stap}>
                {s.label}
                {s.werkelijk ? ` (gedaan ${formatDatum(s.werkelijk)})` : ''}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Keuzerondjes
        veld={SV.soort}
        legenda="Wat legt u vast?"
        opties={[
          { waarde: 'werkelijk', label: 'Uitgevoerd', uitleg: 'de werkelijke datum' },
          { waarde: 'gepland', label: 'Ingepland', uitleg: 'een gehoor krijgt een IND-slot in die week' },
          {
            waarde: 'afspraak',
            label: 'Afspraak',
            uitleg: 'tijdstip en locatie; transport wordt bewaakt (R13)',
          },
        ]}
        waarde={soort}
        fouten={fout.velden}
        opWijzig={(w) => {
          setSoort(w);
          wis(SV.werkelijk, SV.gepland, SV.afspraakOp, SV.afspraakLocatie);
        }}
      />
      <div className="raster raster--2">
        {soort === 'werkelijk' && (
          <Veld veld={SV.werkelijk} label="Uitgevoerd op" fouten={fout.velden} verplicht>
            {(p) => (
              <input
                {...p}
                type="date"
                max={vandaag()}
                min={plan.aanmelding}
                value={werkelijk}
                onChange={(e) => {
                  setWerkelijk(e.target.value);
                  wis(SV.werkelijk);
                }}
              />
            )}
          </Veld>
        )}
        {soort === 'gepland' && (
          <Veld veld={SV.gepland} label="Gepland op" fouten={fout.velden} verplicht>
            {(p) => (
              <input
                {...p}
                type="date"
                min={plan.aanmelding}
                value={gepland}
                onChange={(e) => {
                  setGepland(e.target.value);
                  wis(SV.gepland);
                }}
              />
            )}
          </Veld>
        )}
        {soort === 'afspraak' && (
          <>
            <Veld veld={SV.afspraakOp} label="Afspraak op" fouten={fout.velden} verplicht>
              {(p) => (
                <input
                  {...p}
                  type="datetime-local"
                  value={afspraakOp}
                  onChange={(e) => {
                    setAfspraakOp(e.target.value);
                    wis(SV.afspraakOp);
                  }}
                />
              )}
            </Veld>
            <Veld veld={SV.afspraakLocatie} label="Locatie van de afspraak" fouten={fout.velden} verplicht>
              {(p) => (
                <select
                  {...p}
                  value={afspraakLocatie}
                  onChange={(e) => {
                    setAfspraakLocatie(e.target.value);
                    wis(SV.afspraakLocatie);
                  }}
                >
                  <option value="">Kies</option>
                  <LocatieKeuze locaties={locaties} />
                </select>
              )}
            </Veld>
          </>
        )}
      </div>
      <Formulieracties
        bezig={bezig}
        tekst="Stap vastleggen"
        bezigTekst="Bezig…"
        testid="processtap-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

/** The key figure in one line: target, planned (or actual) decision, slack and risk. */
export function TtsdRegel({ ttsd, testid }: { readonly ttsd: Ttsd; readonly testid?: string }) {
  const afgerond = ttsd.werkelijkeDatum !== null;
  return (
    <div className={`ttsd ttsd--${ttsd.risico.toLowerCase()}`} data-testid={testid} data-risico={ttsd.risico}>
      <p className="ttsd__regel">
        <strong className="ttsd__kengetal" data-testid={testid ? `${testid}-kengetal` : undefined}>
          {ttsd.kengetal}
        </strong>
        <span>
          doel <strong>{formatDatum(ttsd.doelDatum)}</strong>
        </span>
        <span>
          beschikking {afgerond ? 'genomen' : 'gepland'}{' '}
          <strong>{formatDatum(ttsd.werkelijkeDatum ?? ttsd.geplandeDatum)}</strong> (
          {dagenTekst(afgerond ? (ttsd.dagenWerkelijk ?? 0) : ttsd.dagenGepland)} na aanmelding)
        </span>
        <span className={ttsd.speling < 0 ? 'telaat-tekst' : undefined}>
          {spelingTekst(ttsd.speling, afgerond)}
        </span>
        <RisicoLabel risico={ttsd.risico} />
      </p>
      <p className="ttsd__uitleg klein">{ttsd.uitleg}</p>
    </div>
  );
}

function StapStand({ s }: { readonly s: PlanStap }) {
  if (s.nvt)
    return (
      <span className="stapstand stapstand--nvt">
        <span aria-hidden="true">– </span>n.v.t.
      </span>
    );
  if (s.werkelijk)
    return (
      <span className="stapstand stapstand--gedaan">
        <span aria-hidden="true">✓ </span>gedaan
      </span>
    );
  if (s.vertraagd)
    return (
      <span className="stapstand stapstand--vertraagd">
        <span aria-hidden="true">! </span>vertraagd
      </span>
    );
  return (
    <span className="stapstand stapstand--gepland">
      <span aria-hidden="true">○ </span>gepland
    </span>
  );
}

/** The steps on a simple time line: one row per step, oldest first. */
function Stappen({
  stappen,
  locatieNaam,
}: {
  readonly stappen: readonly PlanStap[];
  readonly locatieNaam: (code: string) => string;
}) {
  return (
    <Schuifvlak className="tabel-schuif">
      <table className="tabel tabel--compact stappen" data-testid="procedureplan-stappen">
        <caption className="visueel-verborgen">Processtappen van aanmelding tot vertrek</caption>
        <thead>
          <tr>
            <th scope="col">Stap</th>
            <th scope="col">Gepland</th>
            <th scope="col">Werkelijk</th>
            <th scope="col">Uiterlijk</th>
            <th scope="col">Afspraak en slot</th>
            <th scope="col">Uitleg</th>
          </tr>
        </thead>
        <tbody>
          {stappen.map((s) => (
            <tr
              key={s.stap}
              data-testid={`stap-${s.stap}`}
              data-vertraagd={s.vertraagd ? 'true' : 'false'}
              className={`stap${s.nvt ? ' rij--gedempt' : ''}${s.vertraagd ? ' stap--vertraagd' : ''}${s.werkelijk ? ' stap--gedaan' : ''}`}
            >
              <th scope="row" className="stap__naam">
                <span className="rij__titel">{s.label}</span>
                <span className="klein">
                  <StapStand s={s} />
                  {s.regel && <span className="stap__regel"> · {s.regel}</span>}
                </span>
              </th>
              <td className="nowrap">{s.gepland ? formatDatum(s.gepland) : '—'}</td>
              <td className="nowrap">{s.werkelijk ? formatDatum(s.werkelijk) : '—'}</td>
              <td className="nowrap">{s.uiterlijk ? formatDatum(s.uiterlijk) : '—'}</td>
              <td>
                {s.afspraakOp ? (
                  <>
                    <time dateTime={s.afspraakOp}>{formatTijdstip(s.afspraakOp)}</time>
                    {s.afspraakLocatie && <span className="klein">{locatieNaam(s.afspraakLocatie)}</span>}
                    {s.transportAangevraagd && (
                      <span className="klein">
                        <span className="label label--actief">transport bewaakt (R13)</span>
                      </span>
                    )}
                  </>
                ) : null}
                {s.slotWeek && (
                  <span className="klein" data-testid={`stap-slot-${s.stap}`}>
                    IND-slot {weekTekst(s.slotWeek)}
                  </span>
                )}
                {!s.afspraakOp && !s.slotWeek && <span className="gedempt">—</span>}
              </td>
              <td className="stap__uitleg">{s.uitleg}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Schuifvlak>
  );
}

/** Warnings the service returned with a recorded step (e.g. transport requested too late, R13). */
function Waarschuwingen({ lijst }: { readonly lijst: readonly string[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [lijst]);
  return (
    <div
      className="melding melding--waarschuwing melding--sectie waarschuwingen"
      role="alert"
      tabIndex={-1}
      ref={ref}
      data-testid="processtap-waarschuwingen"
    >
      <h3 className="melding__titel">
        <span aria-hidden="true">⚠ </span>Let op
      </h3>
      <ul>
        {lijst.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

type Paneel = 'plan' | 'stap';

/**
 * "Procedureplan" on the case page: the steps from aanmelding to departure against their time
 * limits, the key figure, and for the kernteam the forms to draw up the plan and record steps.
 * Absent for whoever may not see planning.
 */
export function ProcedurePlanBlok({ casus }: { readonly casus: CasusVoorPlan }) {
  const sessie = useSessie();
  const toegang = magPlanningZien(sessie.persona);
  const magPlannen = magProcedurePlannen(sessie.persona);
  const { data, loading, error, refetch } = useQuery(CASUS_PROCEDURE_PLAN, {
    variables: { id: casus.id },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    skip: !toegang,
  });
  const locaties = useLocaties(!toegang).data?.locaties ?? [];
  const locatieNaam = (code: string) => locaties.find((l) => l.code === code)?.naam ?? code;
  const [paneel, setPaneel] = useState<Paneel | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [waarschuwingen, setWaarschuwingen] = useState<readonly string[]>([]);

  if (!toegang) return null;
  const plan = data?.casus?.procedurePlan ?? null;
  const wissel = (p: Paneel) => {
    setMelding(null);
    setWaarschuwingen([]);
    setPaneel((huidig) => (huidig === p ? null : p));
  };
  return (
    <section
      className="kaart procedureplan"
      aria-labelledby="procedureplan-titel"
      data-testid="casus-procedureplan"
    >
      <div className="sectiekop">
        <h2 id="procedureplan-titel">Procedureplan</h2>
        {magPlannen && data !== undefined && (
          <div className="actieknoppen">
            {plan ? (
              <button
                type="button"
                className="knop knop--secundair knop--klein"
                aria-expanded={paneel === 'stap'}
                aria-controls="procedureplan-paneel"
                onClick={() => wissel('stap')}
                data-testid="processtap-vastleggen"
              >
                Processtap vastleggen
              </button>
            ) : (
              <button
                type="button"
                className="knop knop--secundair knop--klein"
                aria-expanded={paneel === 'plan'}
                aria-controls="procedureplan-paneel"
                onClick={() => wissel('plan')}
                data-testid="procedureplan-opstellen"
              >
                Procedureplan opstellen
              </button>
            )}
          </div>
        )}
      </div>
      {melding && <Succesmelding tekst={melding} testid="procedureplan-succes" />}
      {waarschuwingen.length > 0 && <Waarschuwingen lijst={waarschuwingen} />}
      {paneel && (
        <div id="procedureplan-paneel" className="sectiepaneel">
          {paneel === 'plan' ? (
            <PlanFormulier
              casus={casus}
              locaties={locaties}
              opKlaar={(m) => {
                setPaneel(null);
                setMelding(m);
              }}
              opAnnuleer={() => setPaneel(null)}
            />
          ) : (
            plan && (
              <StapFormulier
                casusId={casus.id}
                plan={plan}
                locaties={locaties}
                opKlaar={(m, w) => {
                  setPaneel(null);
                  setMelding(m);
                  setWaarschuwingen(w);
                }}
                opAnnuleer={() => setPaneel(null)}
              />
            )
          )}
        </div>
      )}
      {loading && data === undefined ? (
        <p className="laden" role="status">
          Procedureplan wordt opgehaald…
        </p>
      ) : error !== undefined && !plan ? (
        <div
          className="melding melding--waarschuwing"
          role="status"
          data-testid="procedureplan-niet-beschikbaar"
        >
          <p>Het procedureplan is nu niet beschikbaar (planning): {foutTekst(error)}</p>
          <button type="button" className="knop knop--secundair knop--klein" onClick={() => void refetch()}>
            Opnieuw proberen
          </button>
        </div>
      ) : !plan ? (
        <p className="leeg" data-testid="procedureplan-leeg">
          Nog geen procedureplan voor deze casus.
          {casus.spoor === null && ' Leg eerst het spoor van de casus vast: het plan hangt ervan af.'}
        </p>
      ) : (
        <>
          <TtsdRegel ttsd={plan.ttsd} testid="procedureplan-ttsd" />
          <p className="klein gedempt">
            {spoorLabel(plan.spoor)} · aangemeld {formatDatum(plan.aanmelding)}
            {plan.rvtOnthouden ? ' · RVT onthouden' : ''}
            {plan.verblijfLocatie ? ` · verblijft in ${locatieNaam(plan.verblijfLocatie)}` : ''}
          </p>
          <Stappen stappen={plan.stappen} locatieNaam={locatieNaam} />
        </>
      )}
    </section>
  );
}
