import { useState, type FormEvent } from 'react';
import { Formulieracties, mutatieFout, Veld, zonder, type FormulierFout } from '../../app/formulier';
import { formatDag, formatResterend, formatTijdstip, landNaamAlpha2 } from '../../app/opmaak';
import { Formulierfouten, GEEN_FOUT, Gegeven, Succesmelding, veldNamen } from '../casusregie/onderdelen';
import { dagBegin, DATUM_PATROON, vandaag } from '../casusregie/tijd';
import { detentieLabel } from '../zsm/labels';
import { Afdoeningen, Delict } from '../zsm/onderdelen';
import { bronAdvies, bronDetenties, bronDublin, bronZsmContacten } from './ketenbeeld';
import { Bronregel } from './Ketenblok';
import { categorieLabels } from './SignalenBlokken';
import type { DublinClaim, Ketenbeeld, PersoonDetentie, PersoonZsmRegistratie } from './persoon.graphql';
import { useRegistreerDublinAkkoord, useSchrijfAfdoeningsadvies } from './usePersoon';

const ADVIES_MAX = 4000;
const A = { tekst: 'advies-tekst' } as const;
const D = { lidstaat: 'dublinakkoord-lidstaat', akkoordOp: 'dublinakkoord-akkoordOp' } as const;

function AdviesFormulier({
  persoonId,
  huidig,
  opKlaar,
  opAnnuleer,
}: {
  readonly persoonId: string;
  readonly huidig: string;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [tekst, setTekst] = useState(huidig);
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [schrijf, { loading: bezig }] = useSchrijfAfdoeningsadvies(persoonId);

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    if (!tekst.trim()) {
      setFout({ velden: { [A.tekst]: ['Schrijf het advies.'] }, samenvatting: null, banner: null });
      document.getElementById(`veld-${A.tekst}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await schrijf({ variables: { persoonId, tekst: tekst.trim() } });
      if (!data) throw new Error('De server gaf geen antwoord.');
      opKlaar('Afdoeningsadvies opgeslagen; de ZSM-tafels zien het bij een volgende bevraging.');
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'Het advies is niet opgeslagen:',
          (veld) => (veld === 'tekst' ? A.tekst : null),
          veldNamen({ [A.tekst]: 'Advies', persoonId: 'Persoon' }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="advies-formulier-titel"
      data-testid="advies-formulier"
    >
      <h4 id="advies-formulier-titel">{huidig ? 'Advies bewerken' : 'Advies schrijven'}</h4>
      <Formulierfouten fout={fout} testid="advies" />
      <Veld
        veld={A.tekst}
        label="Advies aan de ZSM-tafel"
        hint="Bijvoorbeeld: kernteam vraagt om voorgeleiding; Dublinoverdracht naar Duitsland is in voorbereiding. Zichtbaar voor de officier bij een bevraging."
        fouten={fout.velden}
        verplicht
      >
        {(p) => (
          <textarea
            {...p}
            rows={4}
            maxLength={ADVIES_MAX}
            value={tekst}
            onChange={(e) => {
              setTekst(e.target.value);
              setFout((f) => ({ ...f, velden: zonder(f.velden, A.tekst) }));
            }}
          />
        )}
      </Veld>
      <p className="veld__hint" aria-live="polite">
        {tekst.length} van {ADVIES_MAX} tekens
      </p>
      <Formulieracties
        bezig={bezig}
        tekst="Advies opslaan"
        bezigTekst="Bezig…"
        testid="advies-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

function DublinFormulier({
  persoonId,
  heeftClaim,
  opKlaar,
  opAnnuleer,
}: {
  readonly persoonId: string;
  readonly heeftClaim: boolean;
  readonly opKlaar: (melding: string) => void;
  readonly opAnnuleer: () => void;
}) {
  const [lidstaat, setLidstaat] = useState('');
  const [akkoordOp, setAkkoordOp] = useState(() => vandaag());
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [registreer, { loading: bezig }] = useRegistreerDublinAkkoord(persoonId);
  const wis = (veld: string) => setFout((f) => ({ ...f, velden: zonder(f.velden, veld) }));

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    const code = lidstaat.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) velden[D.lidstaat] = ['Twee letters, bijvoorbeeld DE.'];
    const moment = DATUM_PATROON.test(akkoordOp) ? dagBegin(akkoordOp) : null;
    if (!moment) velden[D.akkoordOp] = ['Vul een geldige datum in.'];
    else if (akkoordOp > vandaag()) velden[D.akkoordOp] = ['De datum ligt in de toekomst.'];
    if (Object.keys(velden).length || !moment) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${Object.values(D).find((v) => v in velden)}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await registreer({ variables: { persoonId, lidstaat: code, akkoordOp: moment } });
      if (!data) throw new Error('De server gaf geen antwoord.');
      opKlaar(
        `Dublinakkoord van ${landNaamAlpha2(code)} vastgelegd; overdracht uiterlijk ${formatDag(data.registreerDublinAkkoord.overdrachtUiterlijk)}.`,
      );
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'Het Dublinakkoord is niet vastgelegd:',
          (veld) => (veld === 'lidstaat' ? D.lidstaat : veld === 'akkoordOp' ? D.akkoordOp : null),
          veldNamen({ [D.lidstaat]: 'Lidstaat', [D.akkoordOp]: 'Akkoord op', persoonId: 'Persoon' }),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="dublinakkoord-titel"
      data-testid="dublinakkoord-formulier"
    >
      <h4 id="dublinakkoord-titel">Dublinakkoord vastleggen</h4>
      <p className="veld__hint">
        De overdrachtstermijn (R12) gaat lopen: 6 maanden na het akkoord, 12 bij detentie.
        {heeftClaim && ' Een nieuw akkoord vervangt het huidige en zijn termijn.'}
      </p>
      <Formulierfouten fout={fout} testid="dublinakkoord" />
      <div className="raster raster--smal">
        <Veld veld={D.lidstaat} label="Lidstaat" hint="Landcode, bijv. DE" fouten={fout.velden} verplicht>
          {(p) => (
            <input
              {...p}
              type="text"
              autoComplete="off"
              maxLength={2}
              className="invoer--kort"
              value={lidstaat}
              onChange={(e) => {
                setLidstaat(e.target.value.toUpperCase());
                wis(D.lidstaat);
              }}
            />
          )}
        </Veld>
        <Veld veld={D.akkoordOp} label="Akkoord op" fouten={fout.velden} verplicht>
          {(p) => (
            <input
              {...p}
              type="date"
              max={vandaag()}
              value={akkoordOp}
              onChange={(e) => {
                setAkkoordOp(e.target.value);
                wis(D.akkoordOp);
              }}
            />
          )}
        </Veld>
      </div>
      <Formulieracties
        bezig={bezig}
        tekst="Akkoord vastleggen"
        bezigTekst="Bezig…"
        testid="dublinakkoord-opslaan"
        opAnnuleer={opAnnuleer}
      />
    </form>
  );
}

/** `delictLabel`: category labels from the person's own signals, so the page needs no second query. */
function Registraties({
  registraties,
  delictLabel,
}: {
  readonly registraties: readonly PersoonZsmRegistratie[];
  readonly delictLabel: (code: string) => string;
}) {
  if (registraties.length === 0)
    return (
      <p className="leeg" data-testid="strafrecht-registraties-leeg">
        Geen ZSM-contacten bekend.
      </p>
    );
  return (
    <div className="tabel-schuif">
      <table className="tabel tabel--compact zsm-tabel" data-testid="strafrecht-registraties">
        <caption className="visueel-verborgen">ZSM-registraties, nieuwste eerst</caption>
        <thead>
          <tr>
            <th scope="col">Aanhouding</th>
            <th scope="col">Delict</th>
            <th scope="col">Beslissing OM</th>
            <th scope="col">ZSM-zaak</th>
          </tr>
        </thead>
        <tbody>
          {registraties.map((r) => (
            <tr key={r.id} data-testid={`strafrecht-registratie-${r.id}`} data-zaak={r.zsmReferentie}>
              <td className="nowrap">
                <time dateTime={r.aanhoudingOp}>{formatTijdstip(r.aanhoudingOp)}</time>
              </td>
              <td className="omschrijving">
                <Delict registratie={r} label={delictLabel} />
              </td>
              <td className="zsm-tabel__besluit">
                <Afdoeningen afdoeningen={r.afdoeningen} />
              </td>
              <td>
                <span className="referentie">{r.zsmReferentie}</span>
                <span className="klein gedempt">{r.zsmLocatie}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Detenties({ detenties }: { readonly detenties: readonly PersoonDetentie[] }) {
  if (detenties.length === 0)
    return (
      <p className="leeg" data-testid="strafrecht-detenties-leeg">
        Geen detenties gemeld.
      </p>
    );
  return (
    <div className="tabel-schuif">
      <table className="tabel tabel--compact" data-testid="strafrecht-detenties">
        <caption className="visueel-verborgen">Detenties gemeld door DJI</caption>
        <thead>
          <tr>
            <th scope="col">Soort</th>
            <th scope="col">Inrichting</th>
            <th scope="col">Periode</th>
          </tr>
        </thead>
        <tbody>
          {detenties.map((d) => (
            <tr key={d.id} data-testid={`strafrecht-detentie-${d.id}`}>
              <td>{detentieLabel(d.soort)}</td>
              <td>{d.inrichting}</td>
              <td>
                <time dateTime={d.begin}>{formatTijdstip(d.begin)}</time> –{' '}
                {d.eind ? (
                  <time dateTime={d.eind}>{formatTijdstip(d.eind)}</time>
                ) : (
                  <span className="label label--actief">lopend</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Dublin({ claim }: { readonly claim: DublinClaim | null }) {
  if (!claim)
    return (
      <p className="leeg" data-testid="strafrecht-dublin-leeg">
        Geen Dublinakkoord vastgelegd.
      </p>
    );
  const resterend = formatResterend(claim.overdrachtUiterlijk);
  return (
    <dl className="gegevens gegevens--compact" data-testid="strafrecht-dublin">
      <Gegeven term="Lidstaat" testid="dublin-lidstaat">
        {landNaamAlpha2(claim.lidstaat)} <span className="gedempt">({claim.lidstaat})</span>
      </Gegeven>
      <Gegeven term="Akkoord op" testid="dublin-akkoord">
        <time dateTime={claim.akkoordOp}>{formatDag(claim.akkoordOp)}</time>
      </Gegeven>
      <Gegeven term="Overdracht uiterlijk" testid="dublin-overdracht">
        <time dateTime={claim.overdrachtUiterlijk}>{formatDag(claim.overdrachtUiterlijk)}</time>{' '}
        {resterend ? (
          <span className="gedempt klein-inline">({resterend})</span>
        ) : (
          <span className="label label--telaat">verstreken</span>
        )}
      </Gegeven>
      <Gegeven term="Termijn (R12)" testid="dublin-verlengd">
        {claim.verlengdWegensDetentie ? (
          <>
            <span className="label label--waarschuwing">verlengd</span> 12 maanden, wegens detentie
          </>
        ) : (
          <span>6 maanden na het akkoord</span>
        )}
      </Gegeven>
    </dl>
  );
}

/**
 * "Strafrecht en ZSM" on the person page (zsm service): ZSM contacts with the OM's decisions, the
 * kernteam's afdoeningsadvies, detentions (DJI) and the Dublin claim (IND) with its transfer
 * deadline — each part with who supplied it and when. The kernteam writes the advice; the IND
 * records a Dublin acceptance. Not rendered at all for whoever may not see ZSM data (zsm answers null).
 */
export function Strafrecht({
  persoon,
  fout,
  opnieuw,
  magAdviesSchrijven,
  magDublinVastleggen,
}: {
  readonly persoon: Ketenbeeld;
  readonly fout: string | undefined;
  readonly opnieuw: () => unknown;
  readonly magAdviesSchrijven: boolean;
  readonly magDublinVastleggen: boolean;
}) {
  const [adviesOpen, setAdviesOpen] = useState(false);
  const [adviesMelding, setAdviesMelding] = useState<string | null>(null);
  const [dublinOpen, setDublinOpen] = useState(false);
  const [dublinMelding, setDublinMelding] = useState<string | null>(null);
  const persoonId = persoon.id;
  const registraties = persoon.zsmRegistraties;
  const detenties = persoon.detenties;
  const dublinClaim = persoon.dublinClaim;
  const advies = persoon.afdoeningsadvies;

  return (
    <section
      className="kaart dienstblok ketenblok-groep strafrecht"
      aria-labelledby="strafrecht-titel"
      data-testid="blok-strafrecht"
    >
      <div className="ketenblok__kop">
        <h2 id="strafrecht-titel" tabIndex={-1}>
          Strafrecht en ZSM
        </h2>
      </div>
      {fout ? (
        <div
          className="melding melding--waarschuwing ketenblok__fout"
          role="status"
          data-testid="strafrecht-fout"
        >
          <p>
            <strong>Strafrecht en ZSM is nu niet beschikbaar.</strong> {fout}
          </p>
          <button type="button" className="knop knop--secundair knop--klein" onClick={() => void opnieuw()}>
            Opnieuw proberen
          </button>
        </div>
      ) : (
        <>
          <div className="strafrecht__deel" data-testid="blok-zsm-contacten">
            <h3>
              ZSM-contacten <span className="legend__aantal">({registraties?.length ?? 0})</span>
            </h3>
            <Bronregel bron={bronZsmContacten(persoon)} testid="bron-zsm-contacten" />
            <Registraties registraties={registraties ?? []} delictLabel={categorieLabels(persoon)} />
          </div>

          <div className="strafrecht__deel" data-testid="strafrecht-advies">
            <div className="sectiekop">
              <h3>Afdoeningsadvies van het kernteam</h3>
              {magAdviesSchrijven && (
                <button
                  type="button"
                  className="knop knop--secundair knop--klein"
                  aria-expanded={adviesOpen}
                  aria-controls="advies-paneel"
                  onClick={() => {
                    setAdviesMelding(null);
                    setAdviesOpen((o) => !o);
                  }}
                  data-testid="advies-bewerken"
                >
                  {advies ? 'Advies bewerken' : 'Advies schrijven'}
                </button>
              )}
            </div>
            <Bronregel
              bron={bronAdvies(persoon)}
              testid="bron-advies"
              wieTestid={advies ? 'advies-door' : undefined}
            />
            {adviesMelding && <Succesmelding tekst={adviesMelding} testid="advies-succes" />}
            {adviesOpen ? (
              <div id="advies-paneel" className="sectiepaneel">
                <AdviesFormulier
                  persoonId={persoonId}
                  huidig={advies?.tekst ?? ''}
                  opKlaar={(m) => {
                    setAdviesOpen(false);
                    setAdviesMelding(m);
                  }}
                  opAnnuleer={() => setAdviesOpen(false)}
                />
              </div>
            ) : advies ? (
              // Rendered as text by React: never as HTML. Who wrote it and when: the source line above.
              <p className="advies" data-testid="advies-huidig">
                {advies.tekst}
              </p>
            ) : (
              <p className="leeg" data-testid="strafrecht-advies-leeg">
                Nog geen advies. De ZSM-tafel ziet het advies bij een bevraging over deze persoon.
              </p>
            )}
          </div>

          <div className="strafrecht__raster">
            <div className="strafrecht__deel" data-testid="blok-detenties">
              <h3>
                Detenties <span className="legend__aantal">({detenties?.length ?? 0})</span>
              </h3>
              <Bronregel bron={bronDetenties(persoon)} testid="bron-detenties" />
              <Detenties detenties={detenties ?? []} />
            </div>
            <div className="strafrecht__deel" data-testid="strafrecht-dublinclaim">
              <div className="sectiekop">
                <h3>Dublinclaim</h3>
                {magDublinVastleggen && (
                  <button
                    type="button"
                    className="knop knop--secundair knop--klein"
                    aria-expanded={dublinOpen}
                    aria-controls="dublinakkoord-paneel"
                    onClick={() => {
                      setDublinMelding(null);
                      setDublinOpen((o) => !o);
                    }}
                    data-testid="dublinakkoord-vastleggen"
                  >
                    Dublinakkoord vastleggen
                  </button>
                )}
              </div>
              <Bronregel bron={bronDublin(persoon)} testid="bron-dublin" />
              {dublinMelding && <Succesmelding tekst={dublinMelding} testid="dublinakkoord-succes" />}
              <Dublin claim={dublinClaim} />
              {dublinOpen && (
                <div id="dublinakkoord-paneel" className="sectiepaneel sectiepaneel--na">
                  <DublinFormulier
                    persoonId={persoonId}
                    heeftClaim={dublinClaim !== null}
                    opKlaar={(m) => {
                      setDublinOpen(false);
                      setDublinMelding(m);
                    }}
                    opAnnuleer={() => setDublinOpen(false)}
                  />
                </div>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
