import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Dialoog } from '../../app/Dialoog';
import {
  FoutBanner,
  Foutsamenvatting,
  Formulieracties,
  mutatieFout,
  RedenVeld,
  Veld,
  zonder,
  type FormulierFout,
} from '../../app/formulier';
import { formatDatum, formatTijdstip, organisatieKort } from '../../app/opmaak';
import { pad } from '../../app/router';
import { persoonTekst } from '../signalen/onderdelen';
import { serverPad, V_NUMMER_PATROON } from '../nieuw-signaal/validatie';
import type { Kandidaat, PersoonKern, Samenvoeging } from './persoon.graphql';
import { useKenVNummerToe, useSplitsSamenvoeging, useVoegPersonenSamen } from './usePersoon';

const GEEN_FOUT: FormulierFout = { velden: {}, samenvatting: null, banner: null };

/** A success message with an optional link, shown above the section's content. */
interface Succes {
  readonly tekst: string;
  readonly link?: { readonly href: string; readonly tekst: string };
}

/** "V-nummer 1234567890 · Ahmad K. · 1999 · SYR · COA-nummer …". */
function persoonRegel(p: PersoonKern): string {
  return [
    p.vNummer ? `V-nummer ${p.vNummer}` : 'geen V-nummer',
    p.naam,
    p.geboortedatum
      ? `geb. ${formatDatum(p.geboortedatum)}`
      : p.geboortejaar
        ? `ca. ${p.geboortejaar}`
        : null,
    p.nationaliteit,
    p.coaNummer && `COA-nummer ${p.coaNummer}`,
    p.omschrijving && `“${p.omschrijving}”`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * Which record stays. The V-nummer is the registered identity: a record with one is always kept.
 * Two different V-nummers are two people (or an I&R matter): never merged here.
 */
export type Richting =
  | { readonly soort: 'vast'; readonly behouden: PersoonKern; readonly opgaand: PersoonKern }
  | { readonly soort: 'keuze' }
  | { readonly soort: 'onmogelijk'; readonly reden: string };

export function richting(hier: PersoonKern, daar: PersoonKern): Richting {
  if (hier.status !== 'ACTIEF' || daar.status !== 'ACTIEF')
    return { soort: 'onmogelijk', reden: 'Een van beide records is al opgegaan in een ander record.' };
  if (hier.vNummer && daar.vNummer)
    return {
      soort: 'onmogelijk',
      reden: 'Beide records hebben een eigen V-nummer; dat zijn geregistreerd verschillende personen.',
    };
  if (hier.vNummer) return { soort: 'vast', behouden: hier, opgaand: daar };
  if (daar.vNummer) return { soort: 'vast', behouden: daar, opgaand: hier };
  return { soort: 'keuze' };
}

function Score({ score }: { score: number }) {
  const waarde = Math.max(0, Math.min(100, Math.round(score)));
  const niveau = waarde >= 80 ? 'hoog' : waarde >= 50 ? 'midden' : 'laag';
  return (
    <div className="score">
      <span className="score__tekst">{waarde}%</span>
      <span className="score__balk" aria-hidden="true">
        <span className={`score__vulling score__vulling--${niveau}`} style={{ width: `${waarde}%` }} />
      </span>
    </div>
  );
}

function PersoonKaartje({ titel, persoon, hier }: { titel: string; persoon: PersoonKern; hier: boolean }) {
  return (
    <div className="persoonkaartje">
      <p className="persoonkaartje__titel">{titel}</p>
      <p className="persoonkaartje__naam">
        {persoonTekst(persoon)}
        {hier && <span className="gedempt"> (deze pagina)</span>}
      </p>
      <p className="klein gedempt">{persoonRegel(persoon)}</p>
    </div>
  );
}

function SamenvoegDialoog({
  hier,
  kandidaat,
  opSluiten,
  opKlaar,
}: {
  hier: PersoonKern;
  kandidaat: Kandidaat;
  opSluiten: () => void;
  opKlaar: (succes: Succes) => Promise<void>;
}) {
  const daar = kandidaat.persoon;
  const r = richting(hier, daar);
  const [behoudenId, setBehoudenId] = useState(hier.id);
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [voegSamen, { loading: bezig }] = useVoegPersonenSamen();

  const behouden = r.soort === 'vast' ? r.behouden : behoudenId === hier.id ? hier : daar;
  const opgaand = r.soort === 'vast' ? r.opgaand : behoudenId === hier.id ? daar : hier;

  async function bevestig(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig || r.soort === 'onmogelijk') return;
    if (!reden.trim()) {
      setFout({ velden: { 'samenvoegen-reden': ['Vul de reden in.'] }, samenvatting: null, banner: null });
      document.getElementById('veld-samenvoegen-reden')?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await voegSamen({
        variables: { invoer: { behoudenId: behouden.id, opgaandId: opgaand.id, reden: reden.trim() } },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      const n = data.voegPersonenSamen.aantalSignalen;
      await opKlaar({
        tekst: `Samengevoegd: ${persoonTekst(opgaand)} is opgegaan in ${persoonTekst(behouden)}; ${
          n === 1 ? '1 signaal ging' : `${n} signalen gingen`
        } mee.`,
        link:
          behouden.id === hier.id
            ? undefined
            : { href: pad.persoon(behouden.id), tekst: 'Naar het behouden record' },
      });
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De records zijn niet samengevoegd:',
          (veld) => (serverPad(veld) === 'reden' ? 'samenvoegen-reden' : null),
          (veld) =>
            veld === 'samenvoegen-reden'
              ? 'Reden'
              : veld === 'behoudenId'
                ? 'Behouden record'
                : veld === 'opgaandId'
                  ? 'Opgaand record'
                  : veld,
        ),
      );
    }
  }

  return (
    <Dialoog open titel="Records samenvoegen" opSluiten={opSluiten} testid="samenvoegen-dialoog">
      {r.soort === 'onmogelijk' ? (
        <>
          <p>{r.reden}</p>
          <div className="formulier__acties">
            <button type="button" className="knop knop--secundair" onClick={opSluiten}>
              Sluiten
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(e) => void bevestig(e)} noValidate>
          {fout.banner && <FoutBanner banner={fout.banner} testid="samenvoegen-fout" />}
          {fout.samenvatting && (
            <Foutsamenvatting samenvatting={fout.samenvatting} testid="samenvoegen-fouten" />
          )}
          {r.soort === 'vast' ? (
            <p>Het record met het V-nummer blijft bestaan; het andere record gaat erin op.</p>
          ) : (
            <fieldset className="formulier__subgroep">
              <legend className="veld__label">Welk record blijft bestaan?</legend>
              <p className="veld__hint">
                Geen van beide heeft een V-nummer: kies het meest volledige record.
              </p>
              {[hier, daar].map((p) => (
                <div className="vinkje__regel" key={p.id}>
                  <input
                    type="radio"
                    id={`behouden-${p.id}`}
                    name="behouden"
                    value={p.id}
                    checked={behoudenId === p.id}
                    onChange={() => setBehoudenId(p.id)}
                    data-testid={`behouden-${p.id}`}
                  />
                  <label htmlFor={`behouden-${p.id}`} className="vinkje__label">
                    {persoonTekst(p)}
                    {p.id === hier.id && <span className="gedempt"> (deze pagina)</span>}
                  </label>
                </div>
              ))}
            </fieldset>
          )}
          <div className="samenvoeging" data-testid="samenvoegen-richting">
            <PersoonKaartje titel="Blijft bestaan" persoon={behouden} hier={behouden.id === hier.id} />
            <span className="samenvoeging__pijl" aria-hidden="true">
              ←
            </span>
            <PersoonKaartje titel="Gaat hierin op" persoon={opgaand} hier={opgaand.id === hier.id} />
          </div>
          <p>
            De signalen en namen van <strong>{persoonTekst(opgaand)}</strong> gaan over naar{' '}
            <strong>{persoonTekst(behouden)}</strong>. Het opgaande record blijft bewaard met een verwijzing;
            met <em>Splitsen</em> maakt u de samenvoeging ongedaan.
          </p>
          <p className="klein gedempt">
            Overeenkomst {kandidaat.score}%: {kandidaat.redenen.join('; ') || 'geen redenen opgegeven'}.
          </p>
          <RedenVeld
            veld="samenvoegen-reden"
            waarde={reden}
            fouten={fout.velden}
            hint="Waarom is dit dezelfde persoon? Bijvoorbeeld: vastgesteld bij inhuisregistratie."
            opWijzig={(w) => {
              setReden(w);
              setFout((f) => ({ ...f, velden: zonder(f.velden, 'samenvoegen-reden') }));
            }}
          />
          <Formulieracties
            bezig={bezig}
            tekst="Samenvoegen"
            bezigTekst="Bezig met samenvoegen…"
            testid="samenvoegen-bevestigen"
            opAnnuleer={opSluiten}
            annuleerStijl="secundair"
            annuleerTestid="samenvoegen-annuleren"
          />
        </form>
      )}
    </Dialoog>
  );
}

function SplitsDialoog({
  samenvoeging,
  opSluiten,
  opKlaar,
}: {
  samenvoeging: Samenvoeging;
  opSluiten: () => void;
  opKlaar: (succes: Succes) => Promise<void>;
}) {
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [splits, { loading: bezig }] = useSplitsSamenvoeging();

  async function bevestig(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    if (!reden.trim()) {
      setFout({ velden: { 'splitsen-reden': ['Vul de reden in.'] }, samenvatting: null, banner: null });
      document.getElementById('veld-splitsen-reden')?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await splits({ variables: { samenvoegingId: samenvoeging.id, reden: reden.trim() } });
      if (!data) throw new Error('De server gaf geen antwoord.');
      await opKlaar({ tekst: 'De samenvoeging is ongedaan gemaakt: beide records staan weer op zichzelf.' });
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'De samenvoeging is niet gesplitst:',
          (veld) => (serverPad(veld) === 'reden' ? 'splitsen-reden' : null),
          (veld) => (veld === 'splitsen-reden' ? 'Reden' : veld === 'samenvoegingId' ? 'Samenvoeging' : veld),
        ),
      );
    }
  }

  return (
    <Dialoog open titel="Samenvoeging splitsen" opSluiten={opSluiten} testid="splitsen-dialoog">
      <form onSubmit={(e) => void bevestig(e)} noValidate>
        {fout.banner && <FoutBanner banner={fout.banner} testid="splitsen-fout" />}
        {fout.samenvatting && <Foutsamenvatting samenvatting={fout.samenvatting} testid="splitsen-fouten" />}
        <p>
          Splitsen zet alles terug zoals het was vóór de samenvoeging van {formatTijdstip(samenvoeging.op)}:
          de signalen en namen die meegingen, gaan terug naar het opgegane record.
        </p>
        <RedenVeld
          veld="splitsen-reden"
          waarde={reden}
          fouten={fout.velden}
          hint="Waarom was de samenvoeging onjuist?"
          opWijzig={(w) => {
            setReden(w);
            setFout((f) => ({ ...f, velden: zonder(f.velden, 'splitsen-reden') }));
          }}
        />
        <Formulieracties
          bezig={bezig}
          tekst="Splitsen"
          bezigTekst="Bezig met splitsen…"
          testid="splitsen-bevestigen"
          opAnnuleer={opSluiten}
          annuleerStijl="secundair"
          annuleerTestid="splitsen-annuleren"
        />
      </form>
    </Dialoog>
  );
}

function VNummerToekennen({
  persoon,
  opKlaar,
}: {
  persoon: PersoonKern;
  opKlaar: (succes: Succes) => Promise<void>;
}) {
  const [vNummer, setVNummer] = useState('');
  const [reden, setReden] = useState('');
  const [fout, setFout] = useState<FormulierFout>(GEEN_FOUT);
  const [kenToe, { loading: bezig }] = useKenVNummerToe();
  const V = 'vnummer-toekennen-vNummer';
  const R = 'vnummer-toekennen-reden';

  async function verstuur(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (bezig) return;
    const velden: Record<string, string[]> = {};
    if (!V_NUMMER_PATROON.test(vNummer.trim())) velden[V] = ['Een V-nummer bestaat uit precies 10 cijfers.'];
    if (!reden.trim()) velden[R] = ['Vul de reden in.'];
    if (Object.keys(velden).length) {
      setFout({ velden, samenvatting: null, banner: null });
      document.getElementById(`veld-${V in velden ? V : R}`)?.focus();
      return;
    }
    setFout(GEEN_FOUT);
    try {
      const { data } = await kenToe({
        variables: { persoonId: persoon.id, vNummer: vNummer.trim(), reden: reden.trim() },
      });
      if (!data) throw new Error('De server gaf geen antwoord.');
      const elders = data.kenVNummerToe.id !== persoon.id;
      setVNummer('');
      setReden('');
      await opKlaar(
        elders
          ? {
              tekst: `V-nummer ${vNummer.trim()} bestond al: dit record is opgegaan in die persoon.`,
              link: { href: pad.persoon(data.kenVNummerToe.id), tekst: 'Naar de persoon met dit V-nummer' },
            }
          : { tekst: `V-nummer ${vNummer.trim()} is toegekend.` },
      );
    } catch (err) {
      setFout(
        mutatieFout(
          err,
          'Het V-nummer is niet toegekend:',
          (veld) => {
            const p = serverPad(veld);
            return p === 'vNummer' ? V : p === 'reden' ? R : null;
          },
          (veld) => (veld === V ? 'V-nummer' : veld === R ? 'Reden' : veld),
        ),
      );
    }
  }

  return (
    <form
      className="actiepaneel"
      onSubmit={(e) => void verstuur(e)}
      noValidate
      aria-labelledby="vnummer-titel"
      data-testid="vnummer-toekennen"
    >
      <h3 id="vnummer-titel">V-nummer toekennen</h3>
      <p className="veld__hint">
        Voor een voorlopige identiteit die bij identificatie en registratie een V-nummer kreeg. Bestaat het
        V-nummer al, dan gaat dit record op in die persoon.
      </p>
      {fout.banner && <FoutBanner banner={fout.banner} testid="vnummer-toekennen-fout" />}
      {fout.samenvatting && (
        <Foutsamenvatting samenvatting={fout.samenvatting} testid="vnummer-toekennen-fouten" />
      )}
      <Veld veld={V} label="V-nummer" hint="10 cijfers" fouten={fout.velden} verplicht>
        {(p) => (
          <input
            {...p}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            maxLength={10}
            className="invoer--middel"
            value={vNummer}
            onChange={(e) => {
              setVNummer(e.target.value);
              setFout((f) => ({ ...f, velden: zonder(f.velden, V) }));
            }}
          />
        )}
      </Veld>
      <RedenVeld
        veld={R}
        waarde={reden}
        fouten={fout.velden}
        hint="Bijvoorbeeld: geregistreerd bij AVIM op …"
        opWijzig={(w) => {
          setReden(w);
          setFout((f) => ({ ...f, velden: zonder(f.velden, R) }));
        }}
      />
      <Formulieracties
        bezig={bezig}
        tekst="V-nummer toekennen"
        bezigTekst="Bezig…"
        testid="vnummer-toekennen-opslaan"
      />
    </form>
  );
}

function AnderePersoon({ id, hier }: { id: string; hier: string }) {
  if (id === hier) return <span>deze persoon</span>;
  return (
    <a href={pad.persoon(id)} data-testid={`persoon-${id}`}>
      ander record
    </a>
  );
}

/** The merges this person was part of; "Splitsen" undoes one. */
export function Samenvoegingen({
  persoonId,
  samenvoegingen,
  magKoppelen,
  opSplitsen,
}: {
  persoonId: string;
  samenvoegingen: readonly Samenvoeging[];
  magKoppelen: boolean;
  opSplitsen?: (s: Samenvoeging) => void;
}) {
  if (samenvoegingen.length === 0) return <p className="leeg">Dit record is nooit samengevoegd.</p>;
  return (
    <div className="tabel-schuif">
      <table className="tabel tabel--compact" data-testid="samenvoegingen">
        <caption className="visueel-verborgen">Samenvoegingen van deze persoon</caption>
        <thead>
          <tr>
            <th scope="col">Wanneer</th>
            <th scope="col">Behouden</th>
            <th scope="col">Opgegaan</th>
            <th scope="col" className="getal">
              Signalen
            </th>
            <th scope="col">Reden</th>
            <th scope="col">Stand</th>
          </tr>
        </thead>
        <tbody>
          {samenvoegingen.map((s) => (
            <tr key={s.id} data-testid={`samenvoeging-${s.id}`}>
              <td className="nowrap">
                <time dateTime={s.op}>{formatTijdstip(s.op)}</time>
                <span className="klein gedempt">door {organisatieKort(s.doorOrganisatie)}</span>
              </td>
              <td>
                <AnderePersoon id={s.behoudenId} hier={persoonId} />
              </td>
              <td>
                <AnderePersoon id={s.opgaandId} hier={persoonId} />
              </td>
              <td className="getal">{s.aantalSignalen}</td>
              <td className="omschrijving">{s.reden}</td>
              <td>
                {s.gesplitstOp ? (
                  <>
                    <span className="label">Gesplitst</span>
                    <span className="klein gedempt">
                      <time dateTime={s.gesplitstOp}>{formatTijdstip(s.gesplitstOp)}</time>
                      {s.gesplitstReden && <>: {s.gesplitstReden}</>}
                    </span>
                  </>
                ) : magKoppelen && opSplitsen ? (
                  <button
                    type="button"
                    className="knop knop--secundair knop--klein"
                    onClick={() => opSplitsen(s)}
                    data-testid={`splitsen-${s.id}`}
                  >
                    Splitsen
                  </button>
                ) : (
                  <span className="label">Samengevoegd</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Koppelen en samenvoegen (kernteam roles): match candidates with score and reasons, merge in the
 * right direction, give a provisional identity its V-nummer, undo a merge.
 */
export function Koppelen({
  persoon,
  kandidaten,
  samenvoegingen,
  opGewijzigd,
}: {
  persoon: PersoonKern;
  kandidaten: readonly Kandidaat[];
  samenvoegingen: readonly Samenvoeging[];
  opGewijzigd: () => Promise<unknown>;
}) {
  const [samenvoegen, setSamenvoegen] = useState<Kandidaat | null>(null);
  const [splitsen, setSplitsen] = useState<Samenvoeging | null>(null);
  const [succes, setSucces] = useState<Succes | null>(null);
  const succesRef = useRef<HTMLDivElement>(null);
  const actief = persoon.status === 'ACTIEF';

  useEffect(() => {
    if (succes) succesRef.current?.focus();
  }, [succes]);

  const klaar = async (s: Succes) => {
    setSamenvoegen(null);
    setSplitsen(null);
    setSucces(s);
    await opGewijzigd();
  };

  let kandidatenInhoud: ReactNode;
  if (!actief) {
    kandidatenInhoud = (
      <p className="leeg">Dit record is opgegaan in een ander record: koppel vanuit dat record.</p>
    );
  } else if (kandidaten.length === 0) {
    kandidatenInhoud = (
      <p className="leeg" data-testid="kandidaten-leeg">
        Geen records gevonden die mogelijk dezelfde persoon zijn.
      </p>
    );
  } else {
    kandidatenInhoud = (
      <div className="tabel-schuif">
        <table className="tabel tabel--compact" data-testid="kandidaten">
          <caption className="visueel-verborgen">
            Mogelijk dezelfde persoon, hoogste overeenkomst eerst
          </caption>
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Overeenkomst</th>
              <th scope="col">Waarom</th>
              <th scope="col">
                <span className="visueel-verborgen">Actie</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...kandidaten]
              .sort((a, b) => b.score - a.score)
              .map((k) => {
                const r = richting(persoon, k.persoon);
                return (
                  <tr key={k.persoon.id} data-testid={`kandidaat-${k.persoon.id}`}>
                    <td>
                      <a href={pad.persoon(k.persoon.id)} data-testid={`persoon-${k.persoon.id}`}>
                        {persoonTekst(k.persoon)}
                      </a>
                      <span className="klein gedempt">{persoonRegel(k.persoon)}</span>
                    </td>
                    <td>
                      <Score score={k.score} />
                    </td>
                    <td>
                      <ul className="redenen">
                        {k.redenen.map((reden, i) => (
                          <li key={i}>{reden}</li>
                        ))}
                      </ul>
                    </td>
                    <td>
                      <button
                        type="button"
                        className="knop knop--secundair knop--klein"
                        onClick={() => {
                          setSucces(null);
                          setSamenvoegen(k);
                        }}
                        disabled={r.soort === 'onmogelijk'}
                        aria-describedby={r.soort === 'onmogelijk' ? `onmogelijk-${k.persoon.id}` : undefined}
                        data-testid={`samenvoegen-${k.persoon.id}`}
                      >
                        Samenvoegen…
                      </button>
                      {r.soort === 'onmogelijk' && (
                        <span className="klein gedempt" id={`onmogelijk-${k.persoon.id}`}>
                          {r.reden}
                        </span>
                      )}
                    </td>
                  </tr>
                );
              })}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className="kaart dienstblok" aria-labelledby="koppelen-titel" data-testid="koppelen">
      <p className="dienstblok__dienst">Kernteam</p>
      <h2 id="koppelen-titel">Koppelen en samenvoegen</h2>
      <p className="veld__hint">
        Records die mogelijk dezelfde persoon beschrijven. Ze worden nooit automatisch samengevoegd: beoordeel
        de overeenkomst en leg vast waarom.
      </p>
      {succes && (
        <div
          className="melding melding--succes"
          role="status"
          tabIndex={-1}
          ref={succesRef}
          data-testid="koppelen-succes"
        >
          <p>
            {succes.tekst}
            {succes.link && (
              <>
                {' '}
                <a href={succes.link.href}>{succes.link.tekst}</a>
              </>
            )}
          </p>
        </div>
      )}

      <h3 className="koppelen__kop">Mogelijk dezelfde persoon</h3>
      {kandidatenInhoud}

      {actief && !persoon.vNummer && <VNummerToekennen persoon={persoon} opKlaar={klaar} />}

      <h3 className="koppelen__kop">Samenvoegingen</h3>
      <Samenvoegingen
        persoonId={persoon.id}
        samenvoegingen={samenvoegingen}
        magKoppelen
        opSplitsen={(s) => {
          setSucces(null);
          setSplitsen(s);
        }}
      />

      {samenvoegen && (
        <SamenvoegDialoog
          hier={persoon}
          kandidaat={samenvoegen}
          opSluiten={() => setSamenvoegen(null)}
          opKlaar={klaar}
        />
      )}
      {splitsen && (
        <SplitsDialoog samenvoeging={splitsen} opSluiten={() => setSplitsen(null)} opKlaar={klaar} />
      )}
    </section>
  );
}
