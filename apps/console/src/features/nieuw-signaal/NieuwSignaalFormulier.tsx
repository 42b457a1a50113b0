import { useEffect, useMemo, useRef, useState, type FormEvent, type InputHTMLAttributes } from 'react';
import { useSessie } from '../../app/auth';
import { codeTitel, legUit, type Veldfout } from '../../app/fouten';
import {
  Foutsamenvatting,
  Veld,
  Vinkje,
  zonder,
  type Samenvatting,
  type Veldfouten,
} from '../../app/formulier';
import { nuAlsAmsterdamLokaal } from '../../app/opmaak';
import { pad } from '../../app/router';
import {
  ErnstVeld,
  OmschrijvingVeld,
  PvNummerVeld,
  SubcategorieVeld,
  TijdstipVeld,
} from '../signaal-velden/SignaalVelden';
import { GroepInvoer } from './GroepInvoer';
import { leesGroep, type Groep } from './groep';
import { useRegistreerSignaal, useSignaalOpties } from './hooks';
import type { PlaatsVeld } from './plaats';
import { PlaatsVelden } from './PlaatsVelden';
import {
  controleer,
  isLegePersoon,
  labelVan,
  legePersoon,
  leegFormulier,
  MAX_COA_NUMMER,
  MAX_PERSONEN,
  MAX_PERSOON_OMSCHRIJVING,
  MAX_REFERENTIE,
  normaliseerVeld,
  persoonLabel,
  veldOmschrijving,
  type Formulier,
  type PersoonRij,
  type PersoonVeld,
  type TopVeld,
} from './validatie';

interface Banner {
  readonly titel: string;
  readonly melding: string;
}

/** Server or client errors per form path, and the summary list. */
/** The group textarea: persons typed there but not yet added to the list. */
const GROEP_VELD = 'groep-tekst';

export function groepeer(fouten: readonly Veldfout[], aantalPersonen: number) {
  const perVeld: Record<string, string[]> = {};
  const lijst: { veld: string | null; tekst: string }[] = [];
  for (const f of fouten) {
    const veld = f.veld === GROEP_VELD ? GROEP_VELD : normaliseerVeld(f.veld, aantalPersonen);
    if (veld) (perVeld[veld] ??= []).push(f.reden);
    const naam = veld === GROEP_VELD ? 'Groep toevoegen' : veldOmschrijving(veld ?? f.veld);
    lijst.push({ veld, tekst: `${naam}: ${f.reden}` });
  }
  return { perVeld, lijst };
}

const PLAATS_PAD: Record<PlaatsVeld, string> = {
  gemeente: 'plaats.gemeente',
  locatieKeuze: 'plaats.locatieCode',
  locatieAnders: 'plaats.locatieCode',
  breedtegraad: 'plaats.breedtegraad',
  lengtegraad: 'plaats.lengtegraad',
};

export function NieuwSignaalFormulier() {
  const sessie = useSessie();
  const standaardOrganisatie = sessie.persona.organisatie;
  const opties = useSignaalOpties();
  const [registreer, { loading: bezig }] = useRegistreerSignaal();

  const [formulier, setFormulier] = useState<Formulier>(() =>
    leegFormulier(standaardOrganisatie, nuAlsAmsterdamLokaal()),
  );
  const [groepTekst, setGroepTekst] = useState('');
  const [groepMelding, setGroepMelding] = useState<string | null>(null);
  const [groepOpen, setGroepOpen] = useState(false);
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [samenvatting, setSamenvatting] = useState<Samenvatting | null>(null);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [succes, setSucces] = useState<{ id: string; bronReferentie: string } | null>(null);

  const bannerRef = useRef<HTMLDivElement>(null);
  const succesRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Nieuw signaal — Ketenbeeld';
  }, []);
  useEffect(() => {
    if (banner) bannerRef.current?.focus();
  }, [banner]);
  useEffect(() => {
    if (succes) succesRef.current?.focus();
  }, [succes]);

  const organisaties = opties.data?.organisaties ?? [];
  const categorieen = opties.data?.signaalCategorieen ?? [];
  const optiesGeladen = opties.data !== undefined;
  const organisatieWaarde = useMemo(
    () => (organisaties.some((o) => o.code === formulier.bronOrganisatie) ? formulier.bronOrganisatie : ''),
    [organisaties, formulier.bronOrganisatie],
  );
  const gekozenCategorie = categorieen.find((c) => c.code === formulier.categorie);
  const subcategorieen = gekozenCategorie?.subcategorieen ?? [];

  function wisFout(...velden: string[]) {
    setFouten((huidig) => zonder(huidig, ...velden));
    setSucces(null);
  }

  function zetVeld(veld: TopVeld, waarde: string) {
    if (veld === 'categorie') {
      // Subcategories belong to one category: a new category starts without one.
      setFormulier((f) => ({ ...f, categorie: waarde, subcategorie: '' }));
      wisFout('categorie', 'subcategorie');
      return;
    }
    setFormulier((f) => ({ ...f, [veld]: waarde }));
    wisFout(veld);
  }

  function zetPlaats(veld: PlaatsVeld, waarde: string) {
    setFormulier((f) => ({ ...f, plaats: { ...f.plaats, [veld]: waarde } }));
    wisFout('plaats', PLAATS_PAD[veld]);
  }

  function zetAangifte(aangifte: boolean) {
    setFormulier((f) => ({ ...f, aangifte }));
    wisFout('aangifte', 'pvNummer');
  }

  function zetPersoonVeld(index: number, veld: PersoonVeld, waarde: string) {
    setFormulier((f) => ({
      ...f,
      personen: f.personen.map((p, i) => (i === index ? { ...p, [veld]: waarde } : p)),
    }));
    wisFout(`personen.${index}.${veld}`, `personen.${index}`, 'personen');
  }

  function wisPersoonFouten() {
    setFouten((huidig) =>
      Object.fromEntries(Object.entries(huidig).filter(([k]) => !k.startsWith('personen'))),
    );
  }

  function voegPersoonToe() {
    const nieuw = legePersoon();
    setFormulier((f) => ({ ...f, personen: [...f.personen, nieuw] }));
    wisFout('personen');
    // Focus the first field of the new row once it is rendered.
    const index = formulier.personen.length;
    window.setTimeout(() => document.getElementById(`veld-personen.${index}.vNummer`)?.focus(), 0);
  }

  /** The group's lines become rows; an untouched empty first row makes way for them. */
  function voegGroepToe(groep: Groep) {
    if (groep.personen.length === 0 || groep.fouten.length > 0) return;
    const rijen = groep.personen.map((p) =>
      legePersoon({ vNummer: p.vNummer ?? '', naam: p.naam ?? '', omschrijving: p.omschrijving ?? '' }),
    );
    const bestaand = formulier.personen.filter((r) => !isLegePersoon(r));
    setFormulier((f) => ({ ...f, personen: [...f.personen.filter((r) => !isLegePersoon(r)), ...rijen] }));
    wisPersoonFouten();
    wisFout(GROEP_VELD);
    setGroepTekst('');
    const totaal = bestaand.length + rijen.length;
    setGroepMelding(
      `${rijen.length === 1 ? '1 persoon' : `${rijen.length} personen`} toegevoegd; het signaal noemt nu ${
        totaal === 1 ? '1 persoon' : `${totaal} personen`
      }.`,
    );
  }

  function verwijderPersoon(index: number) {
    setFormulier((f) => ({ ...f, personen: f.personen.filter((_, i) => i !== index) }));
    // Paths shift when a row goes: drop person errors rather than show them on the wrong row.
    wisPersoonFouten();
    setSucces(null);
  }

  function toonFouten(lijst: readonly Veldfout[], titel: string) {
    const { perVeld, lijst: items } = groepeer(lijst, formulier.personen.length);
    setFouten(perVeld);
    setSamenvatting({ titel, fouten: items });
  }

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    setBanner(null);
    setSucces(null);
    setGroepMelding(null);
    const controle = controleer(formulier);
    // Lines typed under "Groep toevoegen" but not added would silently be lost.
    const wachtend = leesGroep(groepTekst).regels.length;
    const groepFout: Veldfout[] = wachtend
      ? [
          {
            veld: GROEP_VELD,
            reden: `Er ${wachtend === 1 ? 'staat nog 1 regel' : `staan nog ${wachtend} regels`} die niet aan de lijst ${
              wachtend === 1 ? 'is' : 'zijn'
            } toegevoegd. Voeg ze toe of maak het veld leeg.`,
          },
        ]
      : [];
    if (!controle.ok || groepFout.length) {
      if (groepFout.length) setGroepOpen(true);
      toonFouten(
        [...(controle.ok ? [] : controle.fouten), ...groepFout],
        'Het signaal is nog niet geregistreerd. Verbeter de volgende punten:',
      );
      return;
    }
    setFouten({});
    setSamenvatting(null);
    try {
      const { data } = await registreer({ variables: { invoer: controle.invoer } });
      if (!data) throw new Error('De server gaf geen antwoord op de registratie.');
      setSucces({ id: data.registreerSignaal.id, bronReferentie: data.registreerSignaal.bronReferentie });
      setFormulier(leegFormulier(standaardOrganisatie, nuAlsAmsterdamLokaal()));
      setGroepTekst('');
    } catch (fout) {
      const uitleg = legUit(fout);
      if (uitleg.soort === 'validatie' && uitleg.fouten.length > 0) {
        toonFouten(
          uitleg.fouten,
          'De server heeft het signaal niet geaccepteerd. Verbeter de volgende punten:',
        );
      } else {
        setBanner({
          titel: codeTitel(uitleg.soort === 'melding' ? uitleg.code : 'BAD_USER_INPUT'),
          melding: uitleg.melding,
        });
      }
    }
  }

  const persoonGroepFout = fouten.personen ?? [];
  const aantalPersonen = formulier.personen.filter((r) => !isLegePersoon(r)).length;

  return (
    <section aria-labelledby="nieuw-signaal-titel" className="formulier-pagina">
      <p className="kruimelpad">
        <a href={pad.signalen()}>‹ Terug naar signalen</a>
      </p>
      <h1 id="nieuw-signaal-titel">Nieuw signaal</h1>
      <p className="inleiding">
        Registreer een melding over het gedrag van één of meer personen. Velden met (verplicht) moeten worden
        ingevuld.
      </p>

      {succes && (
        <div
          className="melding melding--succes"
          role="status"
          tabIndex={-1}
          ref={succesRef}
          data-testid="melding-succes"
        >
          <h2 className="melding__titel">Signaal geregistreerd</h2>
          <p>
            Het signaal met referentie <strong>{succes.bronReferentie}</strong> is geregistreerd onder nummer{' '}
            <code data-testid="nieuw-signaal-id">{succes.id}</code>.
          </p>
          <p>
            <a href={pad.signaal(succes.id)} data-testid="link-nieuw-signaal-detail">
              Bekijk het signaal
            </a>{' '}
            · <a href={pad.signalen()}>Bekijk het overzicht van signalen</a>
          </p>
        </div>
      )}

      {banner && (
        <div
          className="melding melding--fout"
          role="alert"
          tabIndex={-1}
          ref={bannerRef}
          data-testid="melding-fout"
        >
          <h2 className="melding__titel">{banner.titel}</h2>
          <p>{banner.melding}</p>
        </div>
      )}

      {samenvatting && <Foutsamenvatting samenvatting={samenvatting} />}

      {opties.error && (
        <div className="melding melding--fout" role="alert" data-testid="fout-opties">
          <p>De keuzelijsten konden niet worden geladen. {legUit(opties.error).melding}</p>
          <button type="button" className="knop knop--secundair" onClick={() => void opties.refetch()}>
            Opnieuw proberen
          </button>
        </div>
      )}

      <form
        className="kaart formulier"
        noValidate
        onSubmit={(e) => void verstuur(e)}
        data-testid="signaal-formulier"
        aria-busy={bezig}
      >
        <fieldset className="formulier__groep">
          <legend>Melding</legend>
          <div className="raster raster--2">
            <Veld veld="bronOrganisatie" label={labelVan('bronOrganisatie')} fouten={fouten} verplicht>
              {(p) => (
                <select
                  {...p}
                  value={organisatieWaarde}
                  onChange={(e) => zetVeld('bronOrganisatie', e.target.value)}
                  disabled={!optiesGeladen}
                >
                  <option value="">{optiesGeladen ? '— Kies een organisatie —' : 'Laden…'}</option>
                  {organisaties.map((o) => (
                    <option key={o.code} value={o.code}>
                      {o.naam} ({o.code})
                    </option>
                  ))}
                </select>
              )}
            </Veld>
            <Veld
              veld="bronReferentie"
              label={labelVan('bronReferentie')}
              hint="Het kenmerk van de melding in het eigen systeem, bijvoorbeeld het incidentnummer."
              fouten={fouten}
              verplicht
            >
              {(p) => (
                <input
                  {...p}
                  type="text"
                  autoComplete="off"
                  maxLength={MAX_REFERENTIE}
                  value={formulier.bronReferentie}
                  onChange={(e) => zetVeld('bronReferentie', e.target.value)}
                />
              )}
            </Veld>
            <Veld veld="categorie" label={labelVan('categorie')} fouten={fouten} verplicht>
              {(p) => (
                <select
                  {...p}
                  value={formulier.categorie}
                  onChange={(e) => zetVeld('categorie', e.target.value)}
                  disabled={!optiesGeladen}
                >
                  <option value="">{optiesGeladen ? '— Kies een categorie —' : 'Laden…'}</option>
                  {categorieen.map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.label}
                    </option>
                  ))}
                </select>
              )}
            </Veld>
            <SubcategorieVeld
              subcategorieen={subcategorieen}
              waarde={formulier.subcategorie}
              fouten={fouten}
              opWijzig={(w) => zetVeld('subcategorie', w)}
            />
            <ErnstVeld
              waarde={formulier.ernst}
              fouten={fouten}
              opWijzig={(w) => zetVeld('ernst', w)}
              leegOptie="— Kies de ernst —"
            />
            <TijdstipVeld
              veld="tijdstipIncident"
              hint="Nederlandse tijd."
              verplicht
              waarde={formulier.tijdstipIncident}
              fouten={fouten}
              opWijzig={(w) => zetVeld('tijdstipIncident', w)}
            />
            <TijdstipVeld
              veld="tijdstipMelding"
              hint="Wanneer het incident bij u werd gemeld. Leeg: nu."
              optioneel
              waarde={formulier.tijdstipMelding}
              fouten={fouten}
              opWijzig={(w) => zetVeld('tijdstipMelding', w)}
            />
          </div>
          {gekozenCategorie?.vpt && (
            <p className="melding melding--info" role="note" data-testid="melding-vpt">
              <span className="label label--vpt">VPT</span> Geweld tegen iemand met een publieke taak: dit
              signaal wordt altijd aan het kernteam gekoppeld.
            </p>
          )}
          <OmschrijvingVeld
            hint="Wat is er gebeurd, waar, en wie waren erbij betrokken? Noem alleen wat nodig is."
            rijen={5}
            waarde={formulier.omschrijving}
            fouten={fouten}
            opWijzig={(w) => zetVeld('omschrijving', w)}
          />
          <PlaatsVelden waarden={formulier.plaats} fouten={fouten} opWijzig={zetPlaats} />
          <Vinkje
            veld="aangifte"
            label="Er is aangifte gedaan"
            hint="Bijvoorbeeld bij geweld tegen een medewerker (VPT)."
            fouten={fouten}
            aangevinkt={formulier.aangifte}
            opWijzig={zetAangifte}
          />
          {formulier.aangifte && (
            <PvNummerVeld
              hint="Het nummer van het proces-verbaal van de aangifte."
              waarde={formulier.pvNummer}
              fouten={fouten}
              opWijzig={(w) => zetVeld('pvNummer', w)}
            />
          )}
        </fieldset>

        <fieldset
          className={`formulier__groep${persoonGroepFout.length ? ' veld--fout' : ''}`}
          id="groep-personen"
          tabIndex={-1}
          aria-describedby={persoonGroepFout.length ? 'fout-personen' : undefined}
        >
          <legend>
            Personen{' '}
            <span className="legend__aantal" data-testid="personen-aantal">
              ({aantalPersonen === 1 ? '1 persoon' : `${aantalPersonen} personen`})
            </span>
          </legend>
          <p className="veld__hint">
            Vul per persoon een V-nummer, een naam, een COA-nummer of een omschrijving in. Onbekende gegevens
            laat u leeg. Bij een groep: gebruik <strong>Groep toevoegen</strong> hieronder.
          </p>
          {persoonGroepFout.length > 0 && (
            <p className="veld__fout" id="fout-personen" data-testid="fout-personen">
              {persoonGroepFout.join(' ')}
            </p>
          )}
          <ol className="personen-invoer">
            {formulier.personen.map((rij, index) => (
              <PersoonRijInvoer
                key={rij.sleutel}
                rij={rij}
                index={index}
                fouten={fouten}
                kanVerwijderen={formulier.personen.length > 1}
                opWijzig={zetPersoonVeld}
                opVerwijder={verwijderPersoon}
              />
            ))}
          </ol>
          <button
            type="button"
            className="knop knop--secundair"
            onClick={voegPersoonToe}
            data-testid="persoon-toevoegen"
          >
            + Persoon toevoegen
          </button>

          <details
            className="uitklap groep-toevoegen"
            open={groepOpen}
            onToggle={(e) => setGroepOpen(e.currentTarget.open)}
            data-testid="groep-toevoegen"
          >
            <summary>Groep toevoegen (meerdere personen tegelijk)</summary>
            <GroepInvoer
              id={`veld-${GROEP_VELD}`}
              label="Personen in de groep"
              waarde={groepTekst}
              opWijzig={(w) => {
                setGroepTekst(w);
                setGroepMelding(null);
                wisFout(GROEP_VELD);
              }}
              fout={fouten[GROEP_VELD]?.join(' ') ?? null}
              testid={GROEP_VELD}
            >
              {(groep) => {
                const teVeel = aantalPersonen + groep.personen.length > MAX_PERSONEN;
                return (
                  <>
                    {teVeel && (
                      <p className="veld__fout" data-testid="groep-te-veel">
                        Een signaal noemt hoogstens {MAX_PERSONEN} personen.
                      </p>
                    )}
                    <button
                      type="button"
                      className="knop knop--secundair"
                      onClick={() => voegGroepToe(groep)}
                      disabled={groep.personen.length === 0 || groep.fouten.length > 0 || teVeel}
                      data-testid="groep-toevoegen-knop"
                    >
                      {groep.personen.length === 0
                        ? 'Toevoegen aan de lijst'
                        : groep.personen.length === 1
                          ? '1 persoon toevoegen'
                          : `${groep.personen.length} personen toevoegen`}
                    </button>
                  </>
                );
              }}
            </GroepInvoer>
          </details>
          {groepMelding && (
            <p className="melding melding--succes melding--klein" role="status" data-testid="groep-melding">
              {groepMelding}
            </p>
          )}
        </fieldset>

        <div className="formulier__acties">
          <button type="submit" className="knop knop--primair" disabled={bezig} data-testid="submit-signaal">
            {bezig ? 'Bezig met registreren…' : 'Signaal registreren'}
          </button>
          <a href={pad.signalen()} className="knop knop--link">
            Annuleren
          </a>
        </div>
      </form>
    </section>
  );
}

interface PersoonRijProps {
  readonly rij: PersoonRij;
  readonly index: number;
  readonly fouten: Veldfouten;
  readonly kanVerwijderen: boolean;
  readonly opWijzig: (index: number, veld: PersoonVeld, waarde: string) => void;
  readonly opVerwijder: (index: number) => void;
}

function PersoonRijInvoer({ rij, index, fouten, kanVerwijderen, opWijzig, opVerwijder }: PersoonRijProps) {
  const rijPad = `personen.${index}`;
  const rijFout = fouten[rijPad] ?? [];
  const titelId = `titel-${rijPad}`;
  const rijProps = { rij, index, fouten, opWijzig };
  return (
    <li
      className={`persoon-rij${rijFout.length ? ' veld--fout' : ''}`}
      id={`groep-${rijPad}`}
      tabIndex={-1}
      aria-labelledby={titelId}
      data-testid={`persoon-rij-${index}`}
    >
      <div className="persoon-rij__kop">
        <h3 id={titelId}>Persoon {index + 1}</h3>
        {kanVerwijderen && (
          <button
            type="button"
            className="knop knop--link knop--gevaar"
            onClick={() => opVerwijder(index)}
            data-testid={`persoon-verwijderen-${index}`}
          >
            Verwijderen<span className="visueel-verborgen"> persoon {index + 1}</span>
          </button>
        )}
      </div>
      {rijFout.length > 0 && (
        <p className="veld__fout" id={`fout-${rijPad}`} data-testid={`fout-${rijPad}`}>
          {rijFout.join(' ')}
        </p>
      )}
      <div className="raster raster--4">
        <Invoer
          veld="vNummer"
          hint="10 cijfers"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={10}
          {...rijProps}
        />
        <Invoer
          veld="naam"
          hint="Zoals opgegeven"
          type="text"
          autoComplete="off"
          maxLength={200}
          {...rijProps}
        />
        <Invoer
          veld="coaNummer"
          hint="Van de opvanglocatie"
          type="text"
          autoComplete="off"
          spellCheck={false}
          maxLength={MAX_COA_NUMMER}
          {...rijProps}
        />
        <Invoer
          veld="nationaliteit"
          hint="Landcode, bijv. SYR"
          optioneel
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={3}
          invoerClass="invoer--kort"
          hoofdletters
          {...rijProps}
        />
        <Invoer veld="geboortedatum" optioneel type="date" {...rijProps} />
        <Invoer
          veld="geboortejaar"
          hint="Als de datum onbekend is"
          optioneel
          type="text"
          inputMode="numeric"
          autoComplete="off"
          maxLength={4}
          invoerClass="invoer--kort"
          {...rijProps}
        />
        <Invoer
          veld="omschrijving"
          hint="Als de persoon (nog) onbekend is, bijv. kleding en uiterlijk"
          veldClass="veld--breed"
          type="text"
          autoComplete="off"
          maxLength={MAX_PERSOON_OMSCHRIJVING}
          {...rijProps}
        />
      </div>
    </li>
  );
}

type InvoerProps = Pick<PersoonRijProps, 'rij' | 'index' | 'fouten' | 'opWijzig'> &
  Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'type' | 'inputMode' | 'autoComplete' | 'autoCapitalize' | 'spellCheck' | 'maxLength'
  > & {
    readonly veld: PersoonVeld;
    readonly hint?: string;
    readonly optioneel?: boolean;
    /** Class of the field wrapper. */
    readonly veldClass?: string;
    /** Class of the input itself. */
    readonly invoerClass?: string;
    /** Upper-case what is typed (country codes). */
    readonly hoofdletters?: boolean;
  };

/** One labelled input of a person row; id `veld-personen.<index>.<veld>`. */
function Invoer({
  rij,
  index,
  fouten,
  opWijzig,
  veld,
  hint,
  optioneel,
  veldClass,
  invoerClass,
  hoofdletters,
  ...invoer
}: InvoerProps) {
  return (
    <Veld
      veld={`personen.${index}.${veld}`}
      label={persoonLabel(veld)}
      hint={hint}
      fouten={fouten}
      optioneel={optioneel}
      className={veldClass}
    >
      {(p) => (
        <input
          {...p}
          {...invoer}
          className={invoerClass}
          value={rij[veld]}
          onChange={(e) =>
            opWijzig(index, veld, hoofdletters ? e.target.value.toUpperCase() : e.target.value)
          }
        />
      )}
    </Veld>
  );
}
