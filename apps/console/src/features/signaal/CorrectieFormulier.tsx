import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import type { Veldfout } from '../../app/fouten';
import {
  FoutBanner,
  Foutsamenvatting,
  Formulieracties,
  mutatieFout,
  RedenVeld,
  Veld,
  verdeelFouten,
  Vinkje,
  zonder,
  type FormulierFout,
} from '../../app/formulier';
import { isoAlsAmsterdamLokaal } from '../../app/opmaak';
import type { SignaalCorrectie } from '../../gql/schema';
import {
  controleerPlaats,
  plaatsWaarden,
  type PlaatsVeld,
  type PlaatsWaarden,
} from '../nieuw-signaal/plaats';
import { PlaatsVelden } from '../nieuw-signaal/PlaatsVelden';
import { SIGNAAL_OPTIES } from '../nieuw-signaal/signaalOpties.graphql';
import {
  ErnstVeld,
  OmschrijvingVeld,
  PvNummerVeld,
  SubcategorieVeld,
  TijdstipVeld,
} from '../signaal-velden/SignaalVelden';
import {
  controleerTijdstip,
  labelVan,
  MAX_OMSCHRIJVING,
  MAX_PV_NUMMER,
  normaliseerVeld,
  serverPad,
  veldOmschrijving,
} from '../nieuw-signaal/validatie';
import { useCorrigeerSignaal } from './hooks';
import type { SignaalDetailGegevens } from './signaal.graphql';

const REDEN = 'correctie-reden';
const GEEN_FOUT: FormulierFout = { velden: {}, samenvatting: null, banner: null };

interface Waarden {
  readonly categorie: string;
  readonly subcategorie: string;
  readonly ernst: string;
  readonly tijdstipIncident: string;
  readonly omschrijving: string;
  readonly plaats: PlaatsWaarden;
  readonly aangifte: boolean;
  readonly pvNummer: string;
}

type TekstVeld = 'categorie' | 'subcategorie' | 'ernst' | 'tijdstipIncident' | 'omschrijving' | 'pvNummer';

function beginWaarden(s: SignaalDetailGegevens): Waarden {
  return {
    categorie: s.categorie,
    subcategorie: s.subcategorie ?? '',
    ernst: String(s.ernst),
    tijdstipIncident: isoAlsAmsterdamLokaal(s.tijdstipIncident),
    omschrijving: s.omschrijving,
    plaats: plaatsWaarden(s.plaats),
    aangifte: s.aangifte,
    pvNummer: s.pvNummer ?? '',
  };
}

function zelfdePlaats(a: PlaatsWaarden, b: PlaatsWaarden): boolean {
  return (Object.keys(a) as PlaatsVeld[]).every((k) => a[k].trim() === b[k].trim());
}

/** Only what changed, checked like the registration form. */
function bouwCorrectie(
  begin: Waarden,
  w: Waarden,
  nu: number,
): { correctie: SignaalCorrectie; fouten: Veldfout[] } {
  const fouten: Veldfout[] = [];
  const fout = (veld: string, reden: string) => fouten.push({ veld, reden });
  // Built field by field: a writable copy of the (readonly) generated input type.
  const c: { -readonly [K in keyof SignaalCorrectie]: SignaalCorrectie[K] } = {};

  if (!w.categorie) fout('categorie', 'Kies een categorie.');
  else if (w.categorie !== begin.categorie) c.categorie = w.categorie;
  if (w.subcategorie !== begin.subcategorie) c.subcategorie = w.subcategorie || null;
  if (w.ernst !== begin.ernst) c.ernst = Number(w.ernst);

  if (w.tijdstipIncident !== begin.tijdstipIncident) {
    const iso = controleerTijdstip(w.tijdstipIncident, 'tijdstipIncident', fout, nu, true);
    if (iso) c.tijdstipIncident = iso;
  }

  const omschrijving = w.omschrijving.trim();
  if (!omschrijving) fout('omschrijving', 'Beschrijf wat er is gebeurd.');
  else if (omschrijving.length > MAX_OMSCHRIJVING)
    fout('omschrijving', `De omschrijving is te lang (hoogstens ${MAX_OMSCHRIJVING} tekens).`);
  else if (omschrijving !== begin.omschrijving.trim()) c.omschrijving = omschrijving;

  if (!zelfdePlaats(begin.plaats, w.plaats)) {
    const plaats = controleerPlaats(w.plaats, fout);
    if (plaats) c.plaats = plaats;
  }

  if (w.aangifte !== begin.aangifte) c.aangifte = w.aangifte;
  const pv = w.pvNummer.trim();
  if (w.aangifte) {
    if (!pv) fout('pvNummer', 'Vul het nummer van het proces-verbaal in.');
    else if (pv.length > MAX_PV_NUMMER)
      fout('pvNummer', `Het PV-nummer is te lang (hoogstens ${MAX_PV_NUMMER} tekens).`);
    else if (pv !== begin.pvNummer.trim()) c.pvNummer = pv;
  } else if (begin.pvNummer) {
    c.pvNummer = null;
  }
  return { correctie: c, fouten };
}

/** A client path (REDEN, "ernst") or a server path ("reden", "correctie.ernst") as the form's field. */
function veldVan(veld: string): string | null {
  if (veld === REDEN || serverPad(veld) === 'reden') return REDEN;
  return normaliseerVeld(veld, 0);
}

function omschrijf(veld: string): string {
  return veld === REDEN ? 'Reden' : veldOmschrijving(veld);
}

/** Correct a signal: the correctable fields, prefilled, and the reason for the correction. */
export function CorrectieFormulier({
  signaal,
  opKlaar,
  opAnnuleer,
}: {
  readonly signaal: SignaalDetailGegevens;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const opties = useQuery(SIGNAAL_OPTIES, { fetchPolicy: 'cache-first' });
  const [begin] = useState(() => beginWaarden(signaal));
  const [w, setW] = useState<Waarden>(begin);
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [corrigeer, { loading: bezig }] = useCorrigeerSignaal();

  const categorieen = opties.data?.signaalCategorieen ?? [];
  const subcategorieen = categorieen.find((c) => c.code === w.categorie)?.subcategorieen ?? [];
  const fouten = fout.velden;

  function wis(...velden: string[]) {
    setFout((f) => ({ ...f, velden: zonder(f.velden, ...velden) }));
  }
  function zet(veld: TekstVeld, waarde: string) {
    if (veld === 'categorie') {
      setW((h) => ({ ...h, categorie: waarde, subcategorie: '' }));
      wis('categorie', 'subcategorie');
      return;
    }
    setW((h) => ({ ...h, [veld]: waarde }));
    wis(veld);
  }
  function zetPlaats(veld: PlaatsVeld, waarde: string) {
    setW((h) => ({ ...h, plaats: { ...h.plaats, [veld]: waarde } }));
    wis('plaats', 'plaats.gemeente', 'plaats.locatieCode', 'plaats.breedtegraad', 'plaats.lengtegraad');
  }

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const { correctie, fouten: lijst } = bouwCorrectie(begin, w, Date.now());
    if (!reden.trim()) lijst.push({ veld: REDEN, reden: 'Vul de reden van de correctie in.' });
    if (lijst.length === 0 && Object.keys(correctie).length === 0)
      lijst.push({ veld: '', reden: 'U heeft niets gewijzigd. Wijzig minstens één gegeven.' });
    if (lijst.length > 0) {
      setFout(verdeelFouten(lijst, 'De correctie is nog niet opgeslagen:', veldVan, omschrijf));
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await corrigeer({
        variables: { signaalId: signaal.id, correctie, reden: reden.trim() },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      opKlaar(`Het signaal is gecorrigeerd (versie ${data.corrigeerSignaal.versie}).`);
    } catch (err) {
      setFout(mutatieFout(err, 'De server heeft de correctie niet geaccepteerd:', veldVan, omschrijf));
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="corrigeren-titel"
      data-testid="corrigeren-formulier"
    >
      <h3 id="corrigeren-titel">Signaal corrigeren</h3>
      <p className="veld__hint">
        Pas aan wat niet klopt. Alleen gewijzigde gegevens worden opgeslagen; de vorige versie blijft in de
        geschiedenis.
      </p>
      {fout.banner && <FoutBanner banner={fout.banner} testid="actie-fout" />}
      {fout.samenvatting && <Foutsamenvatting samenvatting={fout.samenvatting} testid="actie-fouten" />}
      <div className="raster raster--2">
        <Veld veld="categorie" label={labelVan('categorie')} fouten={fouten} verplicht>
          {(p) => (
            <select
              {...p}
              value={w.categorie}
              onChange={(e) => zet('categorie', e.target.value)}
              disabled={!opties.data}
            >
              {!categorieen.some((c) => c.code === w.categorie) && (
                <option value={w.categorie}>{signaal.categorieLabel}</option>
              )}
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
          waarde={w.subcategorie}
          fouten={fouten}
          opWijzig={(v) => zet('subcategorie', v)}
        />
        <ErnstVeld waarde={w.ernst} fouten={fouten} opWijzig={(v) => zet('ernst', v)} />
        <TijdstipVeld
          veld="tijdstipIncident"
          hint="Nederlandse tijd."
          verplicht
          waarde={w.tijdstipIncident}
          fouten={fouten}
          opWijzig={(v) => zet('tijdstipIncident', v)}
        />
      </div>
      <OmschrijvingVeld
        rijen={4}
        waarde={w.omschrijving}
        fouten={fouten}
        opWijzig={(v) => zet('omschrijving', v)}
      />
      <PlaatsVelden waarden={w.plaats} fouten={fouten} opWijzig={zetPlaats} />
      <Vinkje
        veld="aangifte"
        label="Er is aangifte gedaan"
        fouten={fouten}
        aangevinkt={w.aangifte}
        opWijzig={(aangifte) => {
          setW((h) => ({ ...h, aangifte }));
          wis('aangifte', 'pvNummer');
        }}
      />
      {w.aangifte && (
        <PvNummerVeld waarde={w.pvNummer} fouten={fouten} opWijzig={(v) => zet('pvNummer', v)} />
      )}
      <RedenVeld
        veld={REDEN}
        label="Reden van de correctie"
        waarde={reden}
        fouten={fouten}
        opWijzig={(v) => {
          setReden(v);
          wis(REDEN);
        }}
      />
      <Formulieracties
        bezig={bezig}
        tekst="Correctie opslaan"
        bezigTekst="Bezig met opslaan…"
        testid="corrigeren-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}
