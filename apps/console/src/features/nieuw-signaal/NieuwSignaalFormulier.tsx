import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useSessie } from '../../app/auth';
import { codeTitel, legUit, type Veldfout } from '../../app/fouten';
import { nuAlsAmsterdamLokaal } from '../../app/opmaak';
import { pad } from '../../app/router';
import { useRegistreerSignaal, useSignaalOpties } from './hooks';
import {
  controleer,
  labelVan,
  legePersoon,
  leegFormulier,
  MAX_OMSCHRIJVING,
  MAX_REFERENTIE,
  normaliseerVeld,
  veldOmschrijving,
  type Formulier,
  type PersoonRij,
  type PersoonVeld,
  type TopVeld,
} from './validatie';

/** Field errors keyed by form path ("bronReferentie", "personen.0.vNummer", "personen.0", "personen"). */
type Veldfouten = Readonly<Record<string, readonly string[]>>;

interface Samenvatting {
  readonly titel: string;
  readonly fouten: readonly { readonly veld: string | null; readonly tekst: string }[];
}

interface Banner {
  readonly titel: string;
  readonly melding: string;
}

function groepeer(fouten: readonly Veldfout[], aantalPersonen: number) {
  const perVeld: Record<string, string[]> = {};
  const lijst: { veld: string | null; tekst: string }[] = [];
  for (const f of fouten) {
    const veld = normaliseerVeld(f.veld, aantalPersonen);
    if (veld) (perVeld[veld] ??= []).push(f.reden);
    lijst.push({ veld, tekst: `${veldOmschrijving(veld ?? f.veld)}: ${f.reden}` });
  }
  return { perVeld, lijst };
}

function focusVeld(veld: string) {
  const el = document.getElementById(`veld-${veld}`) ?? document.getElementById(`groep-${veld}`);
  if (el) {
    el.focus();
    el.scrollIntoView({ block: 'center' });
  }
}

interface VeldProps {
  readonly veld: string;
  readonly label: string;
  readonly hint?: string;
  readonly fouten: Veldfouten;
  readonly verplicht?: boolean;
  readonly optioneel?: boolean;
  readonly className?: string;
  readonly children: (props: {
    id: string;
    name: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
    'data-testid': string;
  }) => ReactNode;
}

function Veld({ veld, label, hint, fouten, verplicht, optioneel, className, children }: VeldProps) {
  const id = `veld-${veld}`;
  const eigen = fouten[veld] ?? [];
  const hintId = hint ? `hint-${veld}` : undefined;
  const foutId = eigen.length ? `fout-${veld}` : undefined;
  return (
    <div className={`veld${eigen.length ? ' veld--fout' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="veld__label">
        {label}
        {verplicht && <span className="verplicht"> (verplicht)</span>}
        {optioneel && <span className="optioneel"> (optioneel)</span>}
      </label>
      {hint && (
        <p className="veld__hint" id={hintId}>
          {hint}
        </p>
      )}
      {eigen.length > 0 && (
        <p className="veld__fout" id={foutId} data-testid={`fout-${veld}`}>
          <span className="visueel-verborgen">Fout: </span>
          {eigen.join(' ')}
        </p>
      )}
      {children({
        id,
        name: veld,
        'aria-invalid': eigen.length > 0,
        'aria-describedby': [foutId, hintId].filter(Boolean).join(' ') || undefined,
        'data-testid': veld,
      })}
    </div>
  );
}

export function NieuwSignaalFormulier() {
  const sessie = useSessie();
  const standaardOrganisatie = sessie.persona.organisatie;
  const opties = useSignaalOpties();
  const [registreer, { loading: bezig }] = useRegistreerSignaal();

  const [formulier, setFormulier] = useState<Formulier>(() =>
    leegFormulier(standaardOrganisatie, nuAlsAmsterdamLokaal()),
  );
  const [fouten, setFouten] = useState<Veldfouten>({});
  const [samenvatting, setSamenvatting] = useState<Samenvatting | null>(null);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [succes, setSucces] = useState<{ id: string; bronReferentie: string } | null>(null);

  const samenvattingRef = useRef<HTMLDivElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const succesRef = useRef<HTMLDivElement>(null);
  const formId = useId();

  useEffect(() => {
    document.title = 'Nieuw signaal — Ketenbeeld';
  }, []);
  useEffect(() => {
    if (samenvatting) samenvattingRef.current?.focus();
  }, [samenvatting]);
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

  function wisFout(...velden: string[]) {
    setFouten((huidig) => {
      if (!velden.some((v) => v in huidig)) return huidig;
      const kopie = { ...huidig };
      for (const v of velden) delete kopie[v];
      return kopie;
    });
    setSucces(null);
  }

  function zetVeld(veld: TopVeld, waarde: string) {
    setFormulier((f) => ({ ...f, [veld]: waarde }));
    wisFout(veld);
  }

  function zetPersoonVeld(index: number, veld: PersoonVeld, waarde: string) {
    setFormulier((f) => ({
      ...f,
      personen: f.personen.map((p, i) => (i === index ? { ...p, [veld]: waarde } : p)),
    }));
    wisFout(
      `personen.${index}.${veld}`,
      ...(veld === 'vNummer' || veld === 'naam' ? [`personen.${index}`] : []),
      'personen',
    );
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
    const controle = controleer(formulier);
    if (!controle.ok) {
      toonFouten(controle.fouten, 'Het signaal is nog niet geregistreerd. Verbeter de volgende punten:');
      return;
    }
    setFouten({});
    setSamenvatting(null);
    try {
      const { data } = await registreer({ variables: { invoer: controle.invoer } });
      if (!data) throw new Error('De server gaf geen antwoord op de registratie.');
      setSucces({ id: data.registreerSignaal.id, bronReferentie: data.registreerSignaal.bronReferentie });
      setFormulier(leegFormulier(standaardOrganisatie, nuAlsAmsterdamLokaal()));
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
            <a href={pad.signalen()}>Bekijk het overzicht van signalen</a>
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

      {samenvatting && (
        <div
          className="melding melding--fout foutsamenvatting"
          role="alert"
          tabIndex={-1}
          ref={samenvattingRef}
          aria-labelledby={`${formId}-samenvatting`}
          data-testid="fout-samenvatting"
        >
          <h2 className="melding__titel" id={`${formId}-samenvatting`}>
            {samenvatting.titel}
          </h2>
          <ul>
            {samenvatting.fouten.map((f, i) => (
              <li key={i}>
                {f.veld ? (
                  <a
                    href={`#/signalen/nieuw`}
                    onClick={(e) => {
                      e.preventDefault();
                      focusVeld(f.veld ?? '');
                    }}
                  >
                    {f.tekst}
                  </a>
                ) : (
                  f.tekst
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

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
            <Veld
              veld="tijdstipIncident"
              label={labelVan('tijdstipIncident')}
              hint="Nederlandse tijd."
              fouten={fouten}
              verplicht
            >
              {(p) => (
                <input
                  {...p}
                  type="datetime-local"
                  value={formulier.tijdstipIncident}
                  max={nuAlsAmsterdamLokaal(Date.now() + 5 * 60 * 1000)}
                  onChange={(e) => zetVeld('tijdstipIncident', e.target.value)}
                />
              )}
            </Veld>
          </div>
          <Veld
            veld="omschrijving"
            label={labelVan('omschrijving')}
            hint="Wat is er gebeurd, waar, en wie waren erbij betrokken? Noem alleen wat nodig is."
            fouten={fouten}
            verplicht
          >
            {(p) => (
              <textarea
                {...p}
                rows={5}
                maxLength={MAX_OMSCHRIJVING}
                value={formulier.omschrijving}
                onChange={(e) => zetVeld('omschrijving', e.target.value)}
              />
            )}
          </Veld>
        </fieldset>

        <fieldset
          className={`formulier__groep${persoonGroepFout.length ? ' veld--fout' : ''}`}
          id="groep-personen"
          tabIndex={-1}
          aria-describedby={persoonGroepFout.length ? 'fout-personen' : undefined}
        >
          <legend>Personen</legend>
          <p className="veld__hint">
            Vul per persoon een V-nummer of een naam in. Onbekende gegevens laat u leeg.
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
        <Veld
          veld={`${rijPad}.vNummer`}
          label={labelVan('vNummer')}
          hint="10 cijfers; of vul een naam in"
          fouten={fouten}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              maxLength={10}
              value={rij.vNummer}
              onChange={(e) => opWijzig(index, 'vNummer', e.target.value)}
            />
          )}
        </Veld>
        <Veld
          veld={`${rijPad}.naam`}
          label={labelVan('naam')}
          hint="Zoals opgegeven; of vul een V-nummer in"
          fouten={fouten}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              autoComplete="off"
              maxLength={200}
              value={rij.naam}
              onChange={(e) => opWijzig(index, 'naam', e.target.value)}
            />
          )}
        </Veld>
        <Veld veld={`${rijPad}.geboortedatum`} label={labelVan('geboortedatum')} fouten={fouten} optioneel>
          {(p) => (
            <input
              {...p}
              type="date"
              value={rij.geboortedatum}
              onChange={(e) => opWijzig(index, 'geboortedatum', e.target.value)}
            />
          )}
        </Veld>
        <Veld
          veld={`${rijPad}.nationaliteit`}
          label={labelVan('nationaliteit')}
          hint="Landcode, bijv. SYR"
          fouten={fouten}
          optioneel
        >
          {(p) => (
            <input
              {...p}
              type="text"
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              maxLength={3}
              className="invoer--kort"
              value={rij.nationaliteit}
              onChange={(e) => opWijzig(index, 'nationaliteit', e.target.value.toUpperCase())}
            />
          )}
        </Veld>
      </div>
    </li>
  );
}
