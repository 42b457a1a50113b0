import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useAuth, useSessie } from '../../app/auth';
import { DOEL_LABELS, type Doel } from '../../app/doel';
import { Veld, type Veldfouten } from '../../app/formulier';
import { legUit } from '../../app/fouten';
import {
  formatDatumNumeriek,
  formatTijdstipSeconden,
  nuAlsAmsterdamLokaal,
  organisatieKort,
} from '../../app/opmaak';
import { magVerwerkingslogZien } from '../../app/rechten';
import { navigeer, pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import { VernieuwKnop } from '../../app/VernieuwKnop';
import {
  alsLogVariabelen,
  controleerLogFilter,
  isLeegLogFilter,
  leesLogFilter,
  logFilterAlsZoek,
  type LogFilter,
} from './filter';
import {
  alsCsv,
  bestandsnaam,
  DIENST_NAAM,
  DIENSTEN,
  dienstNaam,
  GEEN_DOEL,
  groepeer,
  horizon,
  SOORT_TEKST,
  UITKOMST_TEKST,
  uitkomstVan,
  waaromTekst,
  zichtbaar,
  type Dienst,
  type Handeling,
} from './handelingen';
import { useVerwerkingslog } from './useVerwerkingslog';
import './verwerkingslog.css';

/** The purposes the services accept for reading the log (verwerkingslog.resolver). */
const LOG_DOELEN: readonly Doel[] = ['PRIVACYTOEZICHT', 'RECHTEN_BETROKKENE'];

function FilterFormulier({ huidig }: { readonly huidig: LogFilter }) {
  const [w, setW] = useState<LogFilter>(huidig);
  const [fouten, setFouten] = useState<Veldfouten>(() => controleerLogFilter(huidig));
  const zet = (veld: keyof LogFilter, waarde: string) => {
    setW((oud) => ({ ...oud, [veld]: waarde }));
    setFouten((f) => {
      const sleutel = `log-${veld}`;
      if (!(sleutel in f)) return f;
      const kopie = { ...f };
      delete kopie[sleutel];
      return kopie;
    });
  };

  function pasToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const nieuw = controleerLogFilter(w);
    setFouten(nieuw);
    const eerste = Object.keys(nieuw)[0];
    if (eerste) {
      document.getElementById(`veld-${eerste}`)?.focus();
      return;
    }
    navigeer(pad.verwerkingslog(logFilterAlsZoek(w)));
  }

  return (
    <form
      className="kaart filterpaneel logfilter"
      onSubmit={pasToe}
      noValidate
      aria-labelledby="logfilter-titel"
      data-testid="log-filter"
    >
      <h2 id="logfilter-titel" className="filterpaneel__titel">
        Zoeken in het log
      </h2>
      <div className="logfilter__velden">
        <Veld
          veld="log-persoon"
          label="Persoon (id)"
          hint="Het id van de persoon uit Ketenbeeld (een UUID, 36 tekens). Leeg: alle personen."
          fouten={fouten}
          className="logfilter__persoon"
        >
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="text"
              autoComplete="off"
              spellCheck={false}
              value={w.persoon}
              onChange={(e) => zet('persoon', e.target.value)}
            />
          )}
        </Veld>
        <Veld
          veld="log-actor"
          label="Medewerker (id)"
          hint="Het id waarmee de medewerker is aangemeld, bijvoorbeeld u-ind-0001."
          fouten={fouten}
          optioneel
        >
          {(p) => (
            <input
              {...p}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={w.actor}
              onChange={(e) => zet('actor', e.target.value)}
            />
          )}
        </Veld>
        <Veld veld="log-van" label="Van" fouten={fouten} optioneel>
          {(p) => (
            <input
              {...p}
              type="date"
              value={w.van}
              max={w.tot || undefined}
              onChange={(e) => zet('van', e.target.value)}
            />
          )}
        </Veld>
        <Veld veld="log-tot" label="Tot en met" fouten={fouten} optioneel>
          {(p) => (
            <input
              {...p}
              type="date"
              value={w.tot}
              min={w.van || undefined}
              onChange={(e) => zet('tot', e.target.value)}
            />
          )}
        </Veld>
      </div>
      <div className="filterpaneel__acties">
        <button type="submit" className="knop knop--primair" data-testid="log-zoeken">
          Toon verwerkingen
        </button>
        {!isLeegLogFilter(huidig) && (
          <a className="knop knop--link" href={pad.verwerkingslog()} data-testid="log-filter-wissen">
            Filter wissen
          </a>
        )}
      </div>
    </form>
  );
}

/** The session's purpose, which this page's own reads are logged with; a switch when it will not do. */
function DoelRegel() {
  const { sessie, wijzigDoel } = useAuth();
  if (!sessie) return null;
  const geschikt = LOG_DOELEN.includes(sessie.doel);
  if (geschikt)
    return (
      <p className="logdoel" data-testid="log-doel" data-doel={sessie.doel}>
        Uw inzage in het log wordt zelf ook vastgelegd, met het doel{' '}
        <strong>{DOEL_LABELS[sessie.doel]}</strong>. U wijzigt het doel bovenaan de pagina.
      </p>
    );
  return (
    <div className="melding melding--waarschuwing" role="status" data-testid="log-doel-ongeschikt">
      <h2 className="melding__titel">Kies een doel voor het inzien van het log</h2>
      <p>
        U werkt nu met het doel <strong>{DOEL_LABELS[sessie.doel]}</strong>. Het verwerkingslog mag alleen
        worden ingezien voor privacytoezicht of voor een verzoek van een betrokkene.
      </p>
      <div className="actieknoppen">
        {LOG_DOELEN.map((d) => (
          <button
            key={d}
            type="button"
            className="knop knop--secundair"
            onClick={() => wijzigDoel(d)}
            data-testid={`log-doel-${d}`}
          >
            Doel: {DOEL_LABELS[d]}
          </button>
        ))}
      </div>
    </div>
  );
}

/** What the list is filtered on, in words. */
function FilterSamenvatting({ filter }: { readonly filter: LogFilter }) {
  const delen: string[] = [];
  if (filter.persoon) delen.push(`persoon ${filter.persoon}`);
  if (filter.actor) delen.push(`medewerker ${filter.actor}`);
  if (filter.van && filter.tot)
    delen.push(`van ${formatDatumNumeriek(filter.van)} tot en met ${formatDatumNumeriek(filter.tot)}`);
  else if (filter.van) delen.push(`vanaf ${formatDatumNumeriek(filter.van)}`);
  else if (filter.tot) delen.push(`tot en met ${formatDatumNumeriek(filter.tot)}`);
  return (
    <p className="logsamenvatting" data-testid="log-samenvatting">
      {delen.length
        ? `Verwerkingen van ${delen.join(', ')}, nieuwste eerst.`
        : 'Alle verwerkingen in de keten, nieuwste eerst.'}
    </p>
  );
}

function Uitkomsten({ h }: { readonly h: Handeling }) {
  const meer = h.uitkomsten.length > 1;
  return (
    <ul className="loglijst">
      {h.uitkomsten.map((u) => (
        <li key={`${u.uitkomst}-${u.foutcode ?? ''}`}>
          <span className={`label loguitkomst loguitkomst--${u.uitkomst.toLowerCase()}`}>
            <span aria-hidden="true">
              {u.uitkomst === 'OK' ? '✓' : u.uitkomst === 'GEWEIGERD' ? '⊘' : '✕'}{' '}
            </span>
            {UITKOMST_TEKST[u.uitkomst]}
          </span>
          {u.foutcode && <code className="logcode">{u.foutcode}</code>}
          {meer && <span className="klein gedempt">{u.diensten.map(dienstNaam).join(', ')}</span>}
        </li>
      ))}
    </ul>
  );
}

function HandelingRij({ h, zoek }: { readonly h: Handeling; readonly zoek: LogFilter }) {
  const gedeeld = h.regels.length > 1;
  const status = h.uitkomsten.some((u) => u.uitkomst === 'FOUT')
    ? 'FOUT'
    : h.uitkomsten.some((u) => u.uitkomst === 'GEWEIGERD')
      ? 'GEWEIGERD'
      : 'OK';
  return (
    <tr
      data-testid={`handeling-${h.traceId}`}
      data-trace={h.traceId}
      data-diensten={h.diensten.join(',')}
      data-status={status}
      data-regels={h.regels.length}
      data-doelen={h.waarom.map((w) => w.doel ?? '').join(',')}
      className={gedeeld ? 'logrij logrij--gedeeld' : 'logrij'}
    >
      <td className="logcel--tijdstip">
        <time dateTime={h.start} data-testid="handeling-tijdstip">
          {formatTijdstipSeconden(h.start)}
        </time>
      </td>
      <td className="logcel--wie" data-testid="handeling-wie">
        <ul className="loglijst">
          {h.wie.map((w) => (
            <li key={w.actor}>
              <strong>{w.naam ?? w.actor}</strong>{' '}
              <abbr title={w.organisatie}>{organisatieKort(w.organisatie)}</abbr>
              <a
                className="klein logactor"
                href={pad.verwerkingslog(logFilterAlsZoek({ ...zoek, actor: w.actor }))}
              >
                {w.actor}
                {/* The visible text first in the link's name (WCAG 2.5.3), then what it does. */}
                <span className="visueel-verborgen">, alleen verwerkingen door {w.naam ?? w.actor}</span>
              </a>
            </li>
          ))}
        </ul>
      </td>
      <td className="logcel--wat" data-testid="handeling-wat">
        <ul className="loglijst">
          {h.wat.map((w) => (
            <li key={`${w.operatie}|${w.soort}`}>
              <span className={`label logsoort logsoort--${w.soort.toLowerCase()}`}>
                {SOORT_TEKST[w.soort] ?? w.soort}
              </span>
              <span className="logoperatie">{w.operatie}</span>
            </li>
          ))}
        </ul>
      </td>
      <td className="logcel--waarom" data-testid="handeling-waarom">
        <ul className="loglijst">
          {h.waarom.map((w) => (
            <li key={w.doel ?? ''}>
              {w.doel ? (
                waaromTekst(w)
              ) : (
                <span className="label loggeendoel" data-testid="handeling-geen-doel">
                  <span aria-hidden="true">! </span>
                  {GEEN_DOEL}
                </span>
              )}
            </li>
          ))}
        </ul>
      </td>
      <td className="logcel--uitkomst" data-testid="handeling-uitkomst">
        <Uitkomsten h={h} />
      </td>
      <td className="logcel--diensten" data-testid="handeling-diensten">
        <ul className="loglijst logdiensten">
          {h.diensten.map((d) => (
            <li key={d}>{dienstNaam(d)}</li>
          ))}
        </ul>
        {gedeeld && (
          <details className="logdetails">
            <summary>Eén handeling, {h.regels.length} logregels</summary>
            <p className="klein gedempt">
              Trace-id <code className="logcode">{h.traceId}</code>
            </p>
            <ul className="logregels">
              {h.regels.map((r) => (
                <li key={`${r.dienst}-${r.volgnummer}`}>
                  {dienstNaam(r.dienst)} · {formatTijdstipSeconden(r.start)} ·{' '}
                  <span className="logcode">{r.operatie}</span> · {UITKOMST_TEKST[uitkomstVan(r.status)]}
                  {r.foutcode ? ` (${r.foutcode})` : ''} · volgnummer {r.volgnummer}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td className="getal" data-testid="handeling-personen" data-aantal={h.personen.length}>
        {h.personen.length === 0 ? (
          '0'
        ) : (
          <details className="logdetails">
            <summary>
              {h.personen.length}
              <span className="visueel-verborgen">{h.personen.length === 1 ? ' persoon' : ' personen'}</span>
            </summary>
            <ul className="logregels">
              {h.personen.map((id) => (
                <li key={id}>
                  <a href={pad.verwerkingslog(new URLSearchParams({ persoon: id }))}>
                    <code className="logcode">{id}</code>
                    <span className="visueel-verborgen">, log van deze persoon</span>
                  </a>
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td className="logcel--kenmerken" data-testid="handeling-kenmerken">
        {h.attributen.length === 0 ? (
          <span className="gedempt">—</span>
        ) : (
          <ul className="loglijst">
            {h.attributen.map((a) => (
              <li key={`${a.naam}=${a.waarde}`}>
                <span className="gedempt">{a.naam}:</span> <code className="logcode">{a.waarde}</code>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

/** A CSV download of the shown actions (a link to a blob, UTF-8 with BOM, semicolons). */
function Export({
  handelingen,
  filter,
}: {
  readonly handelingen: readonly Handeling[];
  readonly filter: LogFilter;
}) {
  const csv = useMemo(() => alsCsv(handelingen), [handelingen]);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const u = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [csv]);
  const regels = handelingen.reduce((n, h) => n + h.regels.length, 0);
  if (!url) return null;
  return (
    <a
      className="knop knop--secundair"
      href={url}
      download={bestandsnaam(filter.persoon, nuAlsAmsterdamLokaal().slice(0, 10))}
      type="text/csv"
      data-testid="log-csv"
    >
      Download CSV<span className="visueel-verborgen"> van de getoonde verwerkingen</span> ({regels}{' '}
      {regels === 1 ? 'logregel' : 'logregels'})
    </a>
  );
}

function LogPagina({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  const filter = useMemo(() => leesLogFilter(zoek), [zoek]);
  const geldig = Object.keys(controleerLogFilter(filter)).length === 0;
  const doelGeschikt = LOG_DOELEN.includes(sessie.doel);
  const variabelen = useMemo(() => alsLogVariabelen(filter), [filter]);
  const log = useVerwerkingslog(geldig && doelGeschikt ? variabelen : null);

  useEffect(() => {
    document.title = 'Verwerkingslog — Ketenbeeld';
  }, []);

  const { alle, getoond, achtergehouden } = useMemo(() => {
    if (!log.logs) return { alle: [], getoond: [], achtergehouden: 0 };
    const logs = log.logs;
    const alle = groepeer(DIENSTEN.flatMap((d) => logs[d].regels));
    const getoond = zichtbaar(alle, horizon(logs));
    const regels = (hs: readonly Handeling[]) => hs.reduce((n, h) => n + h.regels.length, 0);
    return { alle, getoond, achtergehouden: regels(alle) - regels(getoond) };
  }, [log.logs]);

  const dienstFouten = log.logs && !log.weigering ? DIENSTEN.filter((d) => log.logs?.[d].fout) : [];
  const meer = log.logs ? DIENSTEN.some((d) => log.logs?.[d].meer) : false;
  const aantalRegels = getoond.reduce((n, h) => n + h.regels.length, 0);

  return (
    <section aria-labelledby="log-titel" className="verwerkingslog" data-testid="verwerkingslog-pagina">
      <div className="paginakop">
        <div>
          <h1 id="log-titel">Verwerkingslog</h1>
          <p className="inleiding">
            Wie persoonsgegevens heeft verwerkt, wanneer en waarom: de logs van Signalen, Casusregie, ZSM en
            Planning samen. Eén handeling van een medewerker raakt vaak meer diensten; die staat hier op één
            regel, met de diensten erbij.
          </p>
        </div>
        {geldig && doelGeschikt && (
          <div className="paginakop__acties">
            <VernieuwKnop bezig={log.vernieuwen} opnieuw={log.vernieuw} testid="log-vernieuwen" />
          </div>
        )}
      </div>

      <DoelRegel />
      <FilterFormulier key={zoek} huidig={filter} />

      {!geldig && (
        <p className="melding melding--waarschuwing" role="status" data-testid="log-filter-ongeldig">
          Het filter in het adres klopt niet; verbeter het hierboven.
        </p>
      )}

      {log.weigering === 'doel' && (
        <div className="melding melding--waarschuwing" role="status" data-testid="log-doel-geweigerd">
          <p>
            De diensten tonen het log alleen met het doel {DOEL_LABELS.PRIVACYTOEZICHT} of{' '}
            {DOEL_LABELS.RECHTEN_BETROKKENE}. Kies een van die doelen bovenaan de pagina.
          </p>
        </div>
      )}
      {log.weigering === 'geen-toegang' && (
        <div className="melding melding--info" role="status" data-testid="log-geweigerd">
          <p>
            De diensten geven u geen inzage in het verwerkingslog. Dat is voorbehouden aan de privacy officer.
          </p>
        </div>
      )}
      {log.fout !== null && (
        <div className="melding melding--fout" role="alert" data-testid="log-fout">
          <p>Het verwerkingslog kon niet worden opgehaald. {legUit(log.fout).melding}</p>
          <button type="button" className="knop knop--secundair" onClick={() => void log.vernieuw()}>
            Opnieuw proberen
          </button>
        </div>
      )}

      {dienstFouten.map((d: Dienst) => (
        <div
          key={d}
          className="melding melding--waarschuwing"
          role="status"
          data-testid={`log-dienstfout-${d}`}
        >
          <p>
            <strong>Het log van {DIENST_NAAM[d]} kon niet worden opgehaald.</strong> {log.logs?.[d].fout}{' '}
            {log.logs?.[d].regels.length
              ? `Oudere regels van ${DIENST_NAAM[d]} ontbreken hieronder.`
              : `Regels van ${DIENST_NAAM[d]} ontbreken hieronder; de andere diensten staan er wel.`}
          </p>
          <button
            type="button"
            className="knop knop--secundair knop--klein"
            onClick={() => void log.opnieuwVoor(d)}
            disabled={log.bezig.length > 0}
          >
            Opnieuw proberen<span className="visueel-verborgen"> voor {DIENST_NAAM[d]}</span>
          </button>
        </div>
      ))}

      {log.laden && (
        <p className="laden" role="status" data-testid="log-laden">
          Het verwerkingslog wordt opgehaald bij de vier diensten…
        </p>
      )}

      {log.logs && !log.weigering && (
        <>
          <div className="logkop">
            <FilterSamenvatting filter={filter} />
            {getoond.length > 0 && <Export handelingen={getoond} filter={filter} />}
          </div>
          {alle.length === 0 ? (
            <div className="kaart leeg" data-testid="log-leeg">
              <p>
                {filter.persoon
                  ? 'Er zijn geen verwerkingen van gegevens van deze persoon gevonden'
                  : 'Er zijn geen verwerkingen gevonden'}
                {isLeegLogFilter(filter) ? '.' : ' die aan dit filter voldoen.'}
                {dienstFouten.length > 0 &&
                  ` Let op: het log van ${dienstFouten.map((d) => DIENST_NAAM[d]).join(' en ')} ontbreekt.`}
              </p>
            </div>
          ) : (
            <Schuifvlak className="kaart kaart--tabel">
              <table className="tabel tabel--compact logtabel" data-testid="log-tabel">
                <caption className="visueel-verborgen">
                  Verwerkingen van persoonsgegevens, nieuwste eerst; één regel per handeling
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Tijdstip</th>
                    <th scope="col">Wie</th>
                    <th scope="col">Wat</th>
                    <th scope="col">Waarom</th>
                    <th scope="col">Uitkomst</th>
                    <th scope="col">Dienst(en)</th>
                    <th scope="col" className="getal">
                      Personen
                    </th>
                    <th scope="col">Kenmerken</th>
                  </tr>
                </thead>
                <tbody>
                  {getoond.map((h) => (
                    <HandelingRij key={h.traceId} h={h} zoek={filter} />
                  ))}
                </tbody>
              </table>
            </Schuifvlak>
          )}
          {alle.length > 0 && (
            <div className="lijstvoet">
              <div>
                <p className="gedempt" role="status" data-testid="log-aantal">
                  {getoond.length === 1 ? '1 handeling' : `${getoond.length} handelingen`} getoond (
                  {aantalRegels === 1 ? '1 logregel' : `${aantalRegels} logregels`})
                  {achtergehouden > 0
                    ? `; nog ${achtergehouden} oudere logregels wachten tot alle diensten even ver terug zijn.`
                    : meer
                      ? '; er zijn oudere verwerkingen.'
                      : '.'}
                </p>
                <ul className="logstand" aria-label="Stand per dienst">
                  {DIENSTEN.map((d) => {
                    const l = log.logs?.[d];
                    if (!l) return null;
                    return (
                      <li
                        key={d}
                        data-testid={`log-stand-${d}`}
                        data-aantal={l.regels.length}
                        data-meer={l.meer ? 'ja' : 'nee'}
                      >
                        {DIENST_NAAM[d]}:{' '}
                        {l.fout && l.regels.length === 0
                          ? 'niet beschikbaar'
                          : `${l.regels.length} ${l.regels.length === 1 ? 'regel' : 'regels'}${l.meer ? ', er zijn er meer' : ', alles'}`}
                      </li>
                    );
                  })}
                </ul>
              </div>
              {meer && (
                <button
                  type="button"
                  className="knop knop--secundair"
                  onClick={() => void log.meerLaden()}
                  disabled={log.bezig.length > 0}
                  data-testid="log-meer"
                >
                  {log.bezig.length > 0 ? 'Oudere verwerkingen laden…' : 'Meer laden'}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The processing log (#/verwerkingslog?persoon&actor&van&tot) for the privacy officer: who processed
 * whose data, when and why, from the four services' logs in one request, one row per action.
 *
 * Test ids: verwerkingslog-pagina, verwerkingslog-geen-toegang, log-filter, log-persoon, log-actor,
 * log-van, log-tot, fout-log-persoon|actor|van|tot, log-zoeken, log-filter-wissen, log-doel (data-doel),
 * log-doel-ongeschikt, log-doel-<DOEL>, log-doel-geweigerd, log-geweigerd, log-fout, log-dienstfout-<dienst>,
 * log-laden, log-leeg, log-samenvatting, log-tabel, handeling-<traceId> (data-trace, data-diensten,
 * data-status, data-doelen) with handeling-tijdstip|wie|wat|waarom|uitkomst|diensten|personen|kenmerken,
 * handeling-geen-doel, log-aantal, log-stand-<dienst> (data-aantal, data-meer), log-meer, log-csv,
 * log-vernieuwen.
 */
export function Verwerkingslog({ zoek }: { readonly zoek: string }) {
  const sessie = useSessie();
  useEffect(() => {
    document.title = 'Verwerkingslog — Ketenbeeld';
  }, []);
  if (!magVerwerkingslogZien(sessie.persona))
    return (
      <section aria-labelledby="log-titel">
        <h1 id="log-titel">Verwerkingslog</h1>
        <div className="melding melding--info" role="status" data-testid="verwerkingslog-geen-toegang">
          <p>
            Geen toegang. Het verwerkingslog (wie welke persoonsgegevens heeft ingezien of gewijzigd) is
            alleen in te zien door de privacy officer. Heeft u een vraag over de verwerking van gegevens, neem
            dan contact op met de privacy officer van uw organisatie.
          </p>
        </div>
      </section>
    );
  // A new filter is a new log: its pages, cursors and failures start over.
  return <LogPagina key={zoek} zoek={zoek} />;
}
