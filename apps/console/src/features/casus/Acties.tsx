import { useState, type FormEvent } from 'react';
import type { Persona } from '../../app/auth';
import { Formulieracties, mutatieFout, Veld, zonder, type FormulierFout } from '../../app/formulier';
import { amsterdamLokaalNaarIso, formatResterend, formatTijdstip, organisatieKort } from '../../app/opmaak';
import { magActieAfronden } from '../../app/rechten';
import { Schuifvlak } from '../../app/Schuifvlak';
import type { ActieInvoer, Organisatie } from '../../gql/schema';
import {
  Formulierfouten,
  GEEN_FOUT,
  OrganisatieOpties,
  Succesmelding,
  TeLaatLabel,
  veldKoppeling,
  veldNamen,
  SectieKop,
} from '../casusregie/onderdelen';
import { lokaalOverDagen } from '../casusregie/tijd';
import { isOrganisatie } from '../casusregie/labels';
import type { Actie, CasusDetailGegevens } from './casus.graphql';
import { useMaakActie, useRondActieAf } from './hooks';

const DAG = 86_400_000;

const V = {
  omschrijving: 'casusactie-omschrijving',
  eigenaarOrganisatie: 'casusactie-eigenaarOrganisatie',
  eigenaarPersoon: 'casusactie-eigenaarPersoon',
  deadline: 'casusactie-deadline',
} as const;

/** Fields of a new action; shared with "Besluit vastleggen" in a meeting. */
export interface ActieWaarden {
  readonly omschrijving: string;
  /** '' while none is chosen. */
  readonly eigenaarOrganisatie: Organisatie | '';
  readonly eigenaarPersoon: string;
  readonly deadline: string;
}

/** A new action's owner: the user's organisation if it takes part in the case, else the first participant. */
export function eigenaarVoorkeur(deelnemers: readonly Organisatie[], organisatie: string): Organisatie | '' {
  return deelnemers.find((d) => d === organisatie) ?? deelnemers[0] ?? '';
}

export function legeActie(eigenaarOrganisatie: Organisatie | ''): ActieWaarden {
  return { omschrijving: '', eigenaarOrganisatie, eigenaarPersoon: '', deadline: lokaalOverDagen(7, 17) };
}

/** Client checks of an action; errors keyed by field prefix + name. */
export function controleerActie(a: ActieWaarden, prefix: string): Record<string, string[]> {
  const velden: Record<string, string[]> = {};
  if (a.omschrijving.trim().length < 3)
    velden[`${prefix}-omschrijving`] = ['Beschrijf de actie (minstens 3 tekens).'];
  if (!a.eigenaarOrganisatie)
    velden[`${prefix}-eigenaarOrganisatie`] = ['Kies de organisatie die de actie uitvoert.'];
  if (a.eigenaarPersoon.trim() && a.eigenaarPersoon.trim().length < 2)
    velden[`${prefix}-eigenaarPersoon`] = ['Minstens 2 tekens, of laat leeg.'];
  if (!amsterdamLokaalNaarIso(a.deadline)) velden[`${prefix}-deadline`] = ['Vul een geldige deadline in.'];
  return velden;
}

/** What the service gets; null while no owner is chosen (controleerActie reports that). */
export function alsActieInvoer(a: ActieWaarden): ActieInvoer | null {
  if (!a.eigenaarOrganisatie) return null;
  return {
    omschrijving: a.omschrijving.trim(),
    eigenaarOrganisatie: a.eigenaarOrganisatie,
    eigenaarPersoon: a.eigenaarPersoon.trim() || null,
    deadline: amsterdamLokaalNaarIso(a.deadline) ?? '',
  };
}

/** The fields of an action (omschrijving, eigenaar, persoon, deadline) under one prefix. */
export function ActieVelden({
  prefix,
  waarden,
  deelnemers,
  fouten,
  opWijzig,
}: {
  readonly prefix: string;
  readonly waarden: ActieWaarden;
  readonly deelnemers: readonly Organisatie[];
  readonly fouten: FormulierFout['velden'];
  readonly opWijzig: (waarden: ActieWaarden, veld: string) => void;
}) {
  const zet = (veld: Exclude<keyof ActieWaarden, 'eigenaarOrganisatie'>, waarde: string) =>
    opWijzig({ ...waarden, [veld]: waarde }, `${prefix}-${veld}`);
  return (
    <>
      <Veld veld={`${prefix}-omschrijving`} label="Actie" fouten={fouten} verplicht>
        {(p) => (
          <input
            {...p}
            type="text"
            maxLength={500}
            autoComplete="off"
            value={waarden.omschrijving}
            onChange={(e) => zet('omschrijving', e.target.value)}
          />
        )}
      </Veld>
      <div className="raster raster--4">
        <Veld
          veld={`${prefix}-eigenaarOrganisatie`}
          label="Eigenaar (organisatie)"
          hint="Een deelnemer aan de casus."
          fouten={fouten}
          verplicht
        >
          {(p) => (
            <select
              {...p}
              value={waarden.eigenaarOrganisatie}
              onChange={(e) =>
                opWijzig(
                  { ...waarden, eigenaarOrganisatie: isOrganisatie(e.target.value) ? e.target.value : '' },
                  `${prefix}-eigenaarOrganisatie`,
                )
              }
            >
              <option value="">Kies</option>
              <OrganisatieOpties alleen={deelnemers} />
            </select>
          )}
        </Veld>
        <Veld
          veld={`${prefix}-eigenaarPersoon`}
          label="Eigenaar (persoon)"
          hint="Naam of functie."
          fouten={fouten}
          optioneel
        >
          {(p) => (
            <input
              {...p}
              type="text"
              maxLength={200}
              autoComplete="off"
              value={waarden.eigenaarPersoon}
              onChange={(e) => zet('eigenaarPersoon', e.target.value)}
            />
          )}
        </Veld>
        <Veld veld={`${prefix}-deadline`} label="Deadline" hint="Uiterlijk op." fouten={fouten} verplicht>
          {(p) => (
            <input
              {...p}
              type="datetime-local"
              value={waarden.deadline}
              onChange={(e) => zet('deadline', e.target.value)}
            />
          )}
        </Veld>
      </div>
    </>
  );
}

function ActieFormulier({
  casus,
  standaardEigenaar,
  opKlaar,
  opAnnuleer,
}: {
  readonly casus: CasusDetailGegevens;
  readonly standaardEigenaar: Organisatie | '';
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [waarden, setWaarden] = useState<ActieWaarden>(() => legeActie(standaardEigenaar));
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [maak, { loading: bezig }] = useMaakActie();

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden = controleerActie(waarden, 'casusactie');
    const actie = alsActieInvoer(waarden);
    if (Object.keys(velden).length || !actie) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${Object.values(V).find((v) => v in velden)}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await maak({ variables: { casusId: casus.id, actie } });
      if (!data) throw new Error('De server gaf geen antwoord.');
      opKlaar(`De actie is toegevoegd voor ${organisatieKort(data.maakActie.eigenaarOrganisatie)}.`);
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De actie is niet toegevoegd:',
          veldKoppeling(V),
          veldNamen({
            [V.omschrijving]: 'Actie',
            [V.eigenaarOrganisatie]: 'Eigenaar (organisatie)',
            [V.eigenaarPersoon]: 'Eigenaar (persoon)',
            [V.deadline]: 'Deadline',
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
      aria-labelledby="casusactie-titel"
      data-testid="casusactie-formulier"
    >
      <h3 id="casusactie-titel">Actie toevoegen</h3>
      <Formulierfouten fout={fout} testid="casusactie" />
      <ActieVelden
        prefix="casusactie"
        waarden={waarden}
        deelnemers={casus.deelnemers}
        fouten={fout.velden}
        opWijzig={(w, veld) => {
          setWaarden(w);
          setFout((f) => ({ ...f, velden: zonder(f.velden, veld) }));
        }}
      />
      <Formulieracties
        bezig={bezig}
        tekst="Actie toevoegen"
        bezigTekst="Bezig…"
        testid="casusactie-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

/** "3 dagen te laat", "nog 2 dagen", "gedaan op …". */
function DeadlineTekst({ actie }: { readonly actie: Actie }) {
  if (actie.status !== 'OPEN') {
    return (
      <span className="klein gedempt">
        gedaan{actie.afgerondOp && <> op {formatTijdstip(actie.afgerondOp)}</>}
      </span>
    );
  }
  if (actie.teLaat) {
    const dagen = Math.floor((Date.now() - Date.parse(actie.deadline)) / DAG);
    return (
      <span className="klein telaat-tekst">
        {dagen < 1 ? 'vandaag verstreken' : dagen === 1 ? '1 dag te laat' : `${dagen} dagen te laat`}
      </span>
    );
  }
  const rest = formatResterend(actie.deadline);
  return rest ? <span className="klein gedempt">{rest}</span> : null;
}

export function Acties({
  casus,
  persona,
  magWijzigen,
}: {
  readonly casus: CasusDetailGegevens;
  readonly persona: Persona;
  readonly magWijzigen: boolean;
}) {
  const [formulier, setFormulier] = useState(false);
  const [melding, setMelding] = useState<string | null>(null);
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [bezigMet, setBezigMet] = useState<string | null>(null);
  const [rondAf] = useRondActieAf();
  const open = casus.acties.filter((a) => a.status === 'OPEN').length;
  const standaardEigenaar = eigenaarVoorkeur(casus.deelnemers, persona.organisatie);

  async function afronden(actie: Actie) {
    setMelding(null);
    setFout(GEEN_FOUT);
    setBezigMet(actie.id);
    try {
      await rondAf({ variables: { id: actie.id } });
      setMelding(`Afgerond: ${actie.omschrijving}`);
    } catch (err) {
      setFout(mutatieFout(err, 'De actie is niet afgerond:', () => null, veldNamen()));
    } finally {
      setBezigMet(null);
    }
  }

  return (
    <section className="kaart" aria-labelledby="casusacties-titel" data-testid="casus-acties">
      <SectieKop
        titelId="casusacties-titel"
        titel="Acties"
        aantal=<>{open} open</>
        knop={
          magWijzigen
            ? {
                tekst: 'Actie toevoegen',
                paneelId: 'casusactie-paneel',
                testid: 'casusactie-toevoegen',
                open: formulier,
                wissel: () => {
                  setMelding(null);
                  setFormulier((f) => !f);
                },
              }
            : undefined
        }
      />
      {melding && <Succesmelding tekst={melding} testid="casusactie-succes" />}
      <Formulierfouten fout={fout} testid="casusactie-afronden" />
      {formulier && (
        <div id="casusactie-paneel" className="sectiepaneel">
          <ActieFormulier
            casus={casus}
            standaardEigenaar={standaardEigenaar}
            opKlaar={(m) => {
              setFormulier(false);
              setMelding(m);
            }}
            opAnnuleer={() => setFormulier(false)}
          />
        </div>
      )}
      {casus.acties.length === 0 ? (
        <p className="leeg">Er zijn nog geen acties.</p>
      ) : (
        <Schuifvlak className="tabel-schuif">
          <table className="tabel tabel--compact" data-testid="casusacties-tabel">
            <caption className="visueel-verborgen">Acties, open eerst, op deadline</caption>
            <thead>
              <tr>
                <th scope="col">Actie</th>
                <th scope="col">Eigenaar</th>
                <th scope="col">Deadline</th>
                <th scope="col">
                  <span className="visueel-verborgen">Afronden</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {casus.acties.map((a) => (
                <tr
                  key={a.id}
                  className={a.teLaat ? 'actie--telaat' : a.status !== 'OPEN' ? 'rij--gedempt' : undefined}
                  data-testid={`casusactie-${a.id}`}
                >
                  <td className="omschrijving">
                    {a.omschrijving}
                    <span className="labels">
                      {a.teLaat && <TeLaatLabel testid={`casusactie-telaat-${a.id}`} />}
                      {a.geescaleerdOp && (
                        <span className="label label--waarschuwing" title={formatTijdstip(a.geescaleerdOp)}>
                          geëscaleerd
                        </span>
                      )}
                      {a.besluitId && <span className="label">uit overlegbesluit</span>}
                      {a.status !== 'OPEN' && <span className="label label--actief">gedaan</span>}
                    </span>
                  </td>
                  <td>
                    {organisatieKort(a.eigenaarOrganisatie)}
                    {a.eigenaarPersoon && <span className="klein gedempt">{a.eigenaarPersoon}</span>}
                  </td>
                  <td className="nowrap">
                    <time dateTime={a.deadline}>{formatTijdstip(a.deadline)}</time>
                    <DeadlineTekst actie={a} />
                  </td>
                  <td>
                    {a.status === 'OPEN' && magActieAfronden(persona, casus.deelnemers, a) && (
                      <button
                        type="button"
                        className="knop knop--secundair knop--klein"
                        onClick={() => void afronden(a)}
                        disabled={bezigMet !== null}
                        data-testid={`casusactie-afronden-${a.id}`}
                      >
                        {bezigMet === a.id ? 'Bezig…' : 'Afronden'}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Schuifvlak>
      )}
    </section>
  );
}
