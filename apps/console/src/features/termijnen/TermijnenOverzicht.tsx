import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { foutTekst } from '../../app/fouten';
import { codeAlsTekst, formatResterend, formatTijdstip, organisatieKort } from '../../app/opmaak';
import { Schuifvlak } from '../../app/Schuifvlak';
import type { Termijn } from './termijnen.graphql';
import { dienstLabel, useNu, useTermijnen } from './useTermijnen';

type Tab = 'komend' | 'verstreken' | 'per-organisatie';
const TABS: readonly Tab[] = ['komend', 'verstreken', 'per-organisatie'];

const LEEG_ALGEMEEN = 'Termijnen ontstaan bij maatregelen, plaatsingen en ZSM-registraties.';

function verschoven(t: Termijn): boolean {
  const nu = Date.parse(t.vervaltOp);
  const oorspronkelijk = Date.parse(t.oorspronkelijkVervaltOp);
  if (Number.isNaN(nu) || Number.isNaN(oorspronkelijk)) return t.vervaltOp !== t.oorspronkelijkVervaltOp;
  return nu !== oorspronkelijk;
}

function Tijdstip({ iso }: { iso: string | null }) {
  return iso ? <time dateTime={iso}>{formatTijdstip(iso)}</time> : <>—</>;
}

/** Deadline, and what it means now: time left, suspended, or when it expired. */
function VervalCel({
  termijn: t,
  weergave,
  nu,
}: {
  termijn: Termijn;
  weergave: 'komend' | 'verstreken';
  nu: number;
}) {
  let stand;
  if (weergave === 'verstreken') {
    stand = (
      <span className="klein">
        verstreken op <Tijdstip iso={t.afgevuurdOp ?? t.vervaltOp} />
      </span>
    );
  } else if (t.status === 'OPGESCHORT') {
    stand = (
      <span className="klein">
        opgeschort sinds <Tijdstip iso={t.opgeschortSinds} />
      </span>
    );
  } else {
    stand = (
      <span className="klein termijn__resterend">
        {t.status === 'GEWAARSCHUWD' && <span className="label label--waarschuwing">Gewaarschuwd</span>}
        {formatResterend(t.vervaltOp, nu) ?? 'vervalt nu'}
      </span>
    );
  }
  return (
    <td className="nowrap">
      <Tijdstip iso={t.vervaltOp} />
      {stand}
      {verschoven(t) && (
        <span className="klein gedempt">
          verschoven van <Tijdstip iso={t.oorspronkelijkVervaltOp} />
        </span>
      )}
    </td>
  );
}

function TermijnTabel({
  termijnen,
  weergave,
  nu,
  bijschrift,
}: {
  termijnen: readonly Termijn[];
  weergave: 'komend' | 'verstreken';
  nu: number;
  bijschrift: string;
}) {
  return (
    <Schuifvlak className="kaart kaart--tabel">
      <table className="tabel termijnen-tabel">
        <caption className="visueel-verborgen">{bijschrift}</caption>
        <thead>
          <tr>
            <th scope="col">Vervaldatum</th>
            <th scope="col">Termijn</th>
            <th scope="col">Organisatie</th>
            <th scope="col">Regel en uitleg</th>
            <th scope="col">Bewaakt door</th>
          </tr>
        </thead>
        <tbody>
          {termijnen.map((t) => (
            <tr
              key={t.id}
              data-testid={`termijn-${t.id}`}
              className={
                weergave === 'komend' && t.status === 'GEWAARSCHUWD'
                  ? 'termijn--gewaarschuwd'
                  : weergave === 'komend' && t.status === 'OPGESCHORT'
                    ? 'termijn--opgeschort'
                    : undefined
              }
            >
              <VervalCel termijn={t} weergave={weergave} nu={nu} />
              <td>
                {t.soortLabel}
                <span className="klein gedempt" title={t.onderwerpId}>
                  {codeAlsTekst(t.onderwerpType)}
                </span>
              </td>
              <td>
                <abbr title={t.organisatie}>{organisatieKort(t.organisatie)}</abbr>
              </td>
              <td className="termijn__uitleg">
                <span className="termijn__regel">{t.regel ?? 'Geen regel'}</span>
                {/* Rendered as text by React: never as HTML. */}
                <span className="termijn__uitlegtekst">{t.uitleg}</span>
              </td>
              <td>{dienstLabel(t.dienst)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Schuifvlak>
  );
}

interface OrganisatieTelling {
  readonly organisatie: string;
  komend: number;
  gewaarschuwd: number;
  verstreken: number;
}

function tel(komend: readonly Termijn[], verstreken: readonly Termijn[]): OrganisatieTelling[] {
  const per = new Map<string, OrganisatieTelling>();
  const rij = (organisatie: string) => {
    let r = per.get(organisatie);
    if (!r) {
      r = { organisatie, komend: 0, gewaarschuwd: 0, verstreken: 0 };
      per.set(organisatie, r);
    }
    return r;
  };
  for (const t of komend) {
    const r = rij(t.organisatie);
    r.komend += 1;
    if (t.status === 'GEWAARSCHUWD') r.gewaarschuwd += 1;
  }
  for (const t of verstreken) rij(t.organisatie).verstreken += 1;
  return [...per.values()].sort((a, b) =>
    organisatieKort(a.organisatie).localeCompare(organisatieKort(b.organisatie), 'nl'),
  );
}

function PerOrganisatie({
  tellingen,
  gekozen,
  kies,
}: {
  tellingen: readonly OrganisatieTelling[];
  gekozen: string | null;
  kies: (organisatie: string) => void;
}) {
  if (tellingen.length === 0) {
    return (
      <div className="kaart leeg" data-testid="termijnen-per-organisatie-leeg">
        <p>Nog geen termijnen. {LEEG_ALGEMEEN}</p>
      </div>
    );
  }
  const totaal = (veld: 'komend' | 'gewaarschuwd' | 'verstreken') =>
    tellingen.reduce((som, r) => som + r[veld], 0);
  return (
    <>
      <p className="gedempt">Kies een organisatie om alleen haar termijnen te tonen.</p>
      <Schuifvlak className="kaart kaart--tabel kaart--smal">
        <table className="tabel tabel--compact">
          <caption className="visueel-verborgen">Aantal termijnen per organisatie</caption>
          <thead>
            <tr>
              <th scope="col">Organisatie</th>
              <th scope="col" className="getal">
                Komend
              </th>
              <th scope="col" className="getal">
                waarvan gewaarschuwd
              </th>
              <th scope="col" className="getal">
                Verstreken
              </th>
            </tr>
          </thead>
          <tbody>
            {tellingen.map((r) => (
              <tr
                key={r.organisatie}
                data-testid={`organisatie-${r.organisatie}`}
                className={r.organisatie === gekozen ? 'rij--gekozen' : undefined}
              >
                <th scope="row">
                  <button
                    type="button"
                    className="knop knop--link knop--inline"
                    onClick={() => kies(r.organisatie)}
                    aria-pressed={r.organisatie === gekozen}
                    data-testid={`filter-organisatie-${r.organisatie}`}
                  >
                    <abbr title={r.organisatie}>{organisatieKort(r.organisatie)}</abbr>
                  </button>
                </th>
                <td className="getal">{r.komend}</td>
                <td className="getal">{r.gewaarschuwd}</td>
                <td className="getal">{r.verstreken}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Totaal</th>
              <td className="getal">{totaal('komend')}</td>
              <td className="getal">{totaal('gewaarschuwd')}</td>
              <td className="getal">{totaal('verstreken')}</td>
            </tr>
          </tfoot>
        </table>
      </Schuifvlak>
    </>
  );
}

export function TermijnenOverzicht() {
  const { komend, verstreken, nietBeantwoord, afgekapt, geladen, laden, deelfout, fout, bezig, vernieuw } =
    useTermijnen();
  const nu = useNu();
  const [tab, setTab] = useState<Tab>('komend');
  const [organisatie, setOrganisatie] = useState<string | null>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  useEffect(() => {
    document.title = 'Termijnen — Ketenbeeld';
  }, []);

  const filter = useMemo(
    () => (lijst: readonly Termijn[]) =>
      organisatie === null ? lijst : lijst.filter((t) => t.organisatie === organisatie),
    [organisatie],
  );
  const komendZichtbaar = useMemo(() => filter(komend), [filter, komend]);
  const verstrekenZichtbaar = useMemo(() => filter(verstreken), [filter, verstreken]);
  const tellingen = useMemo(() => tel(komend, verstreken), [komend, verstreken]);
  const gewaarschuwd = komendZichtbaar.filter((t) => t.status === 'GEWAARSCHUWD').length;

  const tabTekst: Record<Tab, string> = {
    komend: `Komend (${komendZichtbaar.length})`,
    verstreken: `Verstreken (${verstrekenZichtbaar.length})`,
    'per-organisatie': 'Per organisatie',
  };

  const kiesTab = (nieuw: Tab, focus = false) => {
    setTab(nieuw);
    if (focus) tabRefs.current[nieuw]?.focus();
  };

  const tabToets = (e: KeyboardEvent<HTMLButtonElement>) => {
    const i = TABS.indexOf(tab);
    const doel =
      e.key === 'ArrowRight'
        ? TABS[(i + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(i - 1 + TABS.length) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (doel) {
      e.preventDefault();
      kiesTab(doel, true);
    }
  };

  const kiesOrganisatie = (code: string) => {
    setOrganisatie(code);
    setTab('komend');
  };

  const naamFilter = organisatie === null ? null : organisatieKort(organisatie);

  return (
    <section aria-labelledby="termijnen-titel">
      <div className="paginakop">
        <div>
          <h1 id="termijnen-titel">Termijnen</h1>
          <p className="inleiding">
            Wettelijke en afgesproken termijnen die de diensten bewaken: wat eraan komt, wat is verstreken en
            welke organisatie moet handelen.
          </p>
        </div>
        <div className="paginakop__acties">
          <button type="button" className="knop knop--secundair" onClick={vernieuw} disabled={bezig}>
            {bezig ? 'Vernieuwen…' : 'Vernieuwen'}
          </button>
        </div>
      </div>

      {fout !== undefined && (
        <div className="melding melding--fout" role="alert" data-testid="fout-termijnen">
          <p>
            De termijnen konden niet worden opgehaald.
            {nietBeantwoord.length === 0 && <> {foutTekst(fout)}</>}
          </p>
          {nietBeantwoord.length > 0 && (
            <ul>
              {nietBeantwoord.map((n) => (
                <li key={n.dienst}>
                  <strong>{dienstLabel(n.dienst)}</strong>: {n.melding}
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="knop knop--secundair" onClick={vernieuw} disabled={bezig}>
            Opnieuw proberen
          </button>
        </div>
      )}

      {geladen && nietBeantwoord.length > 0 && (
        <div className="melding melding--waarschuwing" role="status" data-testid="termijnen-deelfout">
          <p>Niet alle diensten antwoordden; hun termijnen ontbreken hieronder, ook in de tellingen.</p>
          <ul>
            {nietBeantwoord.map((n) => (
              <li key={n.dienst} data-testid={`dienst-niet-beantwoord-${n.dienst}`}>
                <strong>{dienstLabel(n.dienst)}</strong> antwoordde niet: {n.melding}
              </li>
            ))}
          </ul>
        </div>
      )}

      {deelfout && (
        <div className="melding melding--waarschuwing" role="status" data-testid="termijnen-deelfout">
          <p>Niet alle gegevens konden worden opgehaald: {deelfout}</p>
        </div>
      )}

      {laden && !geladen && (
        <p className="laden" role="status">
          Termijnen worden geladen…
        </p>
      )}

      {geladen && (
        <>
          {afgekapt && (
            <p className="melding melding--info" role="status">
              Er zijn meer termijnen dan hier getoond; lijsten en tellingen zijn mogelijk onvolledig.
            </p>
          )}

          {naamFilter !== null && (
            <div className="filterbalk" data-testid="termijnen-filter">
              <span>
                Alleen termijnen van <strong>{naamFilter}</strong>
              </span>
              <button
                type="button"
                className="knop knop--link knop--inline"
                onClick={() => setOrganisatie(null)}
                data-testid="filter-wissen"
              >
                Alle organisaties tonen
              </button>
            </div>
          )}

          <div className="tabs" role="tablist" aria-label="Weergave van de termijnen">
            {TABS.map((t) => (
              <button
                key={t}
                ref={(el) => {
                  tabRefs.current[t] = el;
                }}
                type="button"
                role="tab"
                id={`tab-${t}`}
                className="tabs__tab"
                aria-selected={tab === t}
                aria-controls={`paneel-${t}`}
                tabIndex={tab === t ? 0 : -1}
                onClick={() => kiesTab(t)}
                onKeyDown={tabToets}
                data-testid={`tab-${t}`}
              >
                {tabTekst[t]}
              </button>
            ))}
          </div>

          <div
            className="tabs__paneel"
            role="tabpanel"
            id={`paneel-${tab}`}
            aria-labelledby={`tab-${tab}`}
            tabIndex={0}
            data-testid={`termijnen-${tab}`}
          >
            {tab === 'komend' &&
              (komendZichtbaar.length === 0 ? (
                <div className="kaart leeg" data-testid="termijnen-komend-leeg">
                  <p>
                    {naamFilter === null
                      ? `Geen komende termijnen. ${LEEG_ALGEMEEN}`
                      : `Geen komende termijnen voor ${naamFilter}.`}
                  </p>
                </div>
              ) : (
                <>
                  <p className="gedempt">
                    Eerst vervallend bovenaan.
                    {gewaarschuwd > 0 &&
                      ` ${gewaarschuwd === 1 ? '1 termijn is' : `${gewaarschuwd} termijnen zijn`} gewaarschuwd.`}
                  </p>
                  <TermijnTabel
                    termijnen={komendZichtbaar}
                    weergave="komend"
                    nu={nu}
                    bijschrift="Komende termijnen, eerst vervallend bovenaan"
                  />
                </>
              ))}

            {tab === 'verstreken' &&
              (verstrekenZichtbaar.length === 0 ? (
                <div className="kaart leeg" data-testid="termijnen-verstreken-leeg">
                  <p>
                    {naamFilter === null
                      ? 'Geen verstreken termijnen. Een termijn verstrijkt als er vóór de vervaldatum niet is gehandeld.'
                      : `Geen verstreken termijnen voor ${naamFilter}.`}
                  </p>
                </div>
              ) : (
                <>
                  <p className="gedempt">Laatst verstreken bovenaan.</p>
                  <TermijnTabel
                    termijnen={verstrekenZichtbaar}
                    weergave="verstreken"
                    nu={nu}
                    bijschrift="Verstreken termijnen, laatst verstreken bovenaan"
                  />
                </>
              ))}

            {tab === 'per-organisatie' && (
              <PerOrganisatie tellingen={tellingen} gekozen={organisatie} kies={kiesOrganisatie} />
            )}
          </div>
        </>
      )}
    </section>
  );
}
