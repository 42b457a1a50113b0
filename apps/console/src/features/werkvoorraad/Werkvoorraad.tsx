import { useEffect, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { NetworkStatus } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { useSessie } from '../../app/auth';
import { foutTekst } from '../../app/fouten';
import {
  alsLocatieCode,
  codeAlsTekst,
  formatDag,
  formatDatum,
  formatResterend,
  formatTijdstip,
  LOCATIES,
  locatieNaam,
  organisatieKort,
} from '../../app/opmaak';
import { navigeer, pad } from '../../app/router';
import { Schuifvlak } from '../../app/Schuifvlak';
import type { CasusFilter } from '../../gql/schema';
import { CASUSSEN, type CasusRij } from '../casussen/casussen.graphql';
import {
  CASUS_STATUSSEN,
  isCasusStatus,
  OPEN_STATUSSEN,
  ORGANISATIES,
  SPOREN,
  spoorKort,
  VERDICT_LABEL,
} from '../casusregie/labels';
import { hoofdfout, StatusLabel, TeLaatLabel } from '../casusregie/onderdelen';
import { PersoonNaam } from '../casusregie/PersoonNaam';
import { LOCATIES as PLANNING_LOCATIES } from '../planning/locaties.graphql';
import { plaatsingStatusLabel, prioriteitLabel } from '../planning/labels';
import type { Termijn } from '../termijnen/termijnen.graphql';
import { dienstLabel, DIENSTEN, eerstVervallend } from '../termijnen/useTermijnen';
import { CASUS_VOORSTELLEN, type CasusVoorstel } from '../voorstellen/voorstellen.graphql';
import { PLAATSINGEN, type Plaatsing } from '../planning/plaatsingen.graphql';
import { MAX_NAAM, useBewaardeFilters } from './bewaardeFilters';
import {
  bevatTekst,
  type Filter,
  type FilterVeld,
  eindeVanDezeWeek,
  isLeegFilter,
  leesWeergave,
  LIJST_INFO,
  type LijstCode,
  magLijstZien,
  subUitToken,
  valtDezeWeek,
  weergaveAlsZoek,
} from './lijsten';
import { isGeweigerd, useWerkvoorraadTellingen, type LijstTelling } from './useTellingen';
import {
  OPEN_VOORSTELLEN,
  PLAATSINGEN_EERSTE,
  TERMIJN_VELDEN,
  TERMIJNEN_EERSTE,
  TERMIJNEN_LIJST,
  WACHTLIJST_STATUSSEN,
} from './werkvoorraad.graphql';
import './werkvoorraad.css';

const CASUSSEN_EERSTE = 100;

/** Lists that come whole from their service show this many rows at first, then more on request. */
const STAP = 50;

/** The first rows of a long list, and a button for the next ones. */
function useStapsgewijs<T>(lijst: readonly T[]) {
  const [aantal, setAantal] = useState(STAP);
  const meer =
    lijst.length > aantal ? (
      <button
        type="button"
        className="knop knop--secundair"
        onClick={() => setAantal((n) => n + STAP)}
        data-testid="wv-toon-meer"
      >
        Toon meer ({Math.min(STAP, lijst.length - aantal)} van de {lijst.length - aantal} overige)
      </button>
    ) : null;
  return { getoond: lijst.slice(0, aantal), meer };
}

function aantalTekst(n: number, enkel: string, meervoud: string): string {
  return `${n} ${n === 1 ? enkel : meervoud}`;
}

/** "9 open items" for a screen reader next to a bare number. */
function itemsTekst(n: number): string {
  return aantalTekst(n, 'open item', 'open items');
}

// ---------------------------------------------------------------- states of one queue

function Bezig({ tekst }: { readonly tekst: string }) {
  return (
    <p className="laden" role="status" data-testid="wv-laden">
      {tekst}
    </p>
  );
}

function Fout({ error, opnieuw }: { readonly error: unknown; readonly opnieuw: () => void }) {
  return (
    <div className="melding melding--fout" role="alert" data-testid="wv-fout">
      <p>Deze werkvoorraad kon niet worden opgehaald. {foutTekst(error)}</p>
      <button type="button" className="knop knop--secundair" onClick={opnieuw}>
        Opnieuw proberen
      </button>
    </div>
  );
}

function GeenToegang() {
  return (
    <div className="melding melding--info" role="status" data-testid="wv-geen-toegang">
      <p>
        Deze werkvoorraad hoort niet bij uw rol. Kies hierboven een werkvoorraad die u wel hebt. Een gedeelde
        link toont u alleen wat u zelf mag zien.
      </p>
    </div>
  );
}

function Leeg({ gefilterd, lijst, children }: { gefilterd: boolean; lijst: LijstCode; children: ReactNode }) {
  return (
    <div className="kaart leeg" data-testid="wv-leeg">
      {gefilterd ? (
        <p>
          Niets in deze werkvoorraad voldoet aan het filter.{' '}
          <a href={pad.werkvoorraad(new URLSearchParams({ lijst }))}>Filter wissen</a>
        </p>
      ) : (
        <p>{children}</p>
      )}
    </div>
  );
}

function Aantal({ children }: { readonly children: ReactNode }) {
  return (
    <p className="gedempt wv-lijstaantal" role="status" data-testid="wv-lijst-aantal">
      {children}
    </p>
  );
}

// ---------------------------------------------------------------- the filter form

const DIENST_OPTIES = DIENSTEN.map((d) => ({ waarde: d, label: dienstLabel(d) }));

function FilterFormulier({
  lijst,
  huidig,
  planningLocaties,
}: {
  readonly lijst: LijstCode;
  readonly huidig: Filter;
  readonly planningLocaties: readonly { readonly code: string; readonly naam: string }[];
}) {
  const [w, setW] = useState<Filter>(huidig);
  const id = useId();
  const velden = LIJST_INFO[lijst].velden;
  const zet = (veld: FilterVeld, waarde: string) => setW((v) => ({ ...v, [veld]: waarde }));

  function pasToe(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const locatie = w.locatie?.trim() ? alsLocatieCode(w.locatie) : '';
    navigeer(pad.werkvoorraad(weergaveAlsZoek(lijst, { ...w, locatie })));
  }

  const keuze = (
    veld: FilterVeld,
    label: string,
    leeg: string,
    opties: readonly { waarde: string; label: string }[],
  ) => (
    <div className="veld">
      <label htmlFor={`${id}-${veld}`} className="veld__label">
        {label}
      </label>
      <select
        id={`${id}-${veld}`}
        value={w[veld] ?? ''}
        onChange={(e) => zet(veld, e.target.value)}
        data-testid={`wv-filter-${veld}`}
      >
        <option value="">{leeg}</option>
        {opties.map((o) => (
          <option key={o.waarde} value={o.waarde}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  const locaties = lijst === 'wachtlijst' ? planningLocaties : LOCATIES;
  return (
    <form
      className="kaart filterpaneel"
      onSubmit={pasToe}
      noValidate
      aria-labelledby={`${id}-titel`}
      data-testid="wv-filter"
    >
      <h3 id={`${id}-titel`} className="filterpaneel__titel">
        Filteren
      </h3>
      <div className="filterpaneel__velden">
        {velden.includes('status') &&
          (lijst === 'mijn'
            ? keuze(
                'status',
                'Status',
                'Alle lopende',
                CASUS_STATUSSEN.filter((s) => (OPEN_STATUSSEN as readonly string[]).includes(s.code)).map(
                  (s) => ({
                    waarde: s.code,
                    label: s.label,
                  }),
                ),
              )
            : keuze(
                'status',
                'Status',
                'Wachtlijst en aangeboden',
                WACHTLIJST_STATUSSEN.map((s) => ({ waarde: s, label: plaatsingStatusLabel(s) })),
              ))}
        {velden.includes('spoor') &&
          keuze(
            'spoor',
            'Spoor',
            'Alle sporen',
            SPOREN.map((s) => ({ waarde: String(s.spoor), label: s.label })),
          )}
        {velden.includes('organisatie') &&
          keuze(
            'organisatie',
            lijst === 'signalen' ? 'Gemeld door' : 'Organisatie',
            'Alle organisaties',
            ORGANISATIES.map((o) => ({ waarde: o, label: organisatieKort(o) })),
          )}
        {velden.includes('dienst') && keuze('dienst', 'Bewaakt door', 'Alle diensten', DIENST_OPTIES)}
        {velden.includes('locatie') && (
          <div className="veld">
            <label htmlFor={`${id}-locatie`} className="veld__label">
              Locatie
            </label>
            <input
              id={`${id}-locatie`}
              type="text"
              list={`${id}-locaties`}
              autoComplete="off"
              placeholder="Locatiecode, bijv. TER_APEL"
              value={w.locatie ?? ''}
              onChange={(e) => zet('locatie', e.target.value)}
              data-testid="wv-filter-locatie"
            />
            <datalist id={`${id}-locaties`}>
              {locaties.map((l) => (
                <option key={l.code} value={l.code}>
                  {l.naam}
                </option>
              ))}
            </datalist>
          </div>
        )}
        {velden.includes('tekst') && (
          <div className="veld">
            <label htmlFor={`${id}-tekst`} className="veld__label">
              Tekst
            </label>
            <input
              id={`${id}-tekst`}
              type="text"
              autoComplete="off"
              placeholder="Naam, V-nummer, omschrijving"
              value={w.tekst ?? ''}
              onChange={(e) => zet('tekst', e.target.value)}
              data-testid="wv-filter-tekst"
            />
          </div>
        )}
      </div>
      <div className="filterpaneel__acties">
        <button type="submit" className="knop knop--primair" data-testid="wv-filter-toepassen">
          Filteren
        </button>
        {!isLeegFilter(huidig) && (
          <a
            className="knop knop--link"
            href={pad.werkvoorraad(new URLSearchParams({ lijst }))}
            data-testid="wv-filter-wissen"
          >
            Filter wissen
          </a>
        )}
      </div>
    </form>
  );
}

// ---------------------------------------------------------------- the queues

function CasussenLijst({
  lijst,
  basis,
  filter,
}: {
  readonly lijst: 'mijn' | 'te-laat';
  readonly basis: CasusFilter;
  readonly filter: Filter;
}) {
  const casusFilter = useMemo<CasusFilter>(
    () => ({
      ...basis,
      ...(filter.status && isCasusStatus(filter.status) ? { status: [filter.status] } : {}),
      ...(filter.spoor ? { spoor: Number(filter.spoor) } : {}),
      ...(filter.locatie ? { locatieCode: filter.locatie } : {}),
    }),
    [basis, filter.status, filter.spoor, filter.locatie],
  );
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(CASUSSEN, {
    variables: { filter: casusFilter, eerste: CASUSSEN_EERSTE },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
    notifyOnNetworkStatusChange: true,
  });
  const fout = hoofdfout(error);
  const items = data?.casussen.items ?? [];
  const zichtbaar = items.filter((c) =>
    bevatTekst(
      filter.tekst,
      c.id,
      c.persoon.naam,
      c.persoon.vNummer,
      c.persoon.coaNummer,
      c.procesregisseur.naam,
      c.land,
      c.locatieCode,
    ),
  );
  const gefilterd = !isLeegFilter(filter);
  const volgende = data?.casussen.volgendeCursor ?? null;

  if (fout !== undefined && isGeweigerd(fout)) return <GeenToegang />;
  if (fout !== undefined && data === undefined) return <Fout error={fout} opnieuw={() => void refetch()} />;
  if (data === undefined) return <Bezig tekst="Casussen worden geladen…" />;
  if (zichtbaar.length === 0)
    return (
      <Leeg gefilterd={gefilterd} lijst={lijst}>
        {lijst === 'mijn'
          ? 'U is van geen enkele lopende casus procesregisseur.'
          : 'Geen casussen met een actie over de deadline. Goed zo.'}
      </Leeg>
    );
  const totaal = data.casussen.totaal;
  return (
    <>
      <Schuifvlak className="kaart kaart--tabel">
        <table className="tabel wv-tabel" data-testid="wv-tabel">
          <caption className="visueel-verborgen">{LIJST_INFO[lijst].titel}</caption>
          <thead>
            <tr>
              <th scope="col">Casus en persoon</th>
              <th scope="col">Status</th>
              <th scope="col">Spoor en locatie</th>
              {lijst === 'te-laat' && <th scope="col">Procesregisseur</th>}
              <th scope="col" className="wv-breed">
                Aangemeld
              </th>
              <th scope="col">Aandacht</th>
            </tr>
          </thead>
          <tbody>
            {zichtbaar.map((c: CasusRij) => (
              <tr key={c.id} data-testid={`wv-item-${c.id}`} data-lijst={lijst}>
                <td>
                  <a href={pad.casus(c.id)} className="rij__titel" data-testid={`wv-open-${c.id}`}>
                    Casus <span className="referentie">{c.id.slice(0, 8)}</span>
                  </a>
                  <span className="klein">
                    <PersoonNaam persoon={c.persoon} metNationaliteit />
                  </span>
                </td>
                <td>
                  <StatusLabel status={c.status} />
                </td>
                <td>
                  <span className="nowrap">{spoorKort(c.spoor)}</span>
                  <span className="klein gedempt">{locatieNaam(c.locatieCode) ?? 'locatie onbekend'}</span>
                </td>
                {lijst === 'te-laat' && (
                  <td>
                    {c.procesregisseur.naam}
                    <span className="klein gedempt">{organisatieKort(c.procesregisseur.organisatie)}</span>
                  </td>
                )}
                <td className="nowrap wv-breed">
                  <time dateTime={c.aangemeldOp} title={formatTijdstip(c.aangemeldOp)}>
                    {formatDag(c.aangemeldOp)}
                  </time>
                </td>
                <td>
                  {c.actiesTeLaat > 0 ? (
                    <TeLaatLabel aantal={c.actiesTeLaat} />
                  ) : c.nieuweSignalen > 0 ? (
                    <span className="label label--nieuw">
                      {aantalTekst(c.nieuweSignalen, 'nieuw signaal', 'nieuwe signalen')}
                    </span>
                  ) : (
                    <span className="gedempt">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Schuifvlak>
      <div className="lijstvoet">
        <Aantal>
          {filter.tekst
            ? `${zichtbaar.length} van de ${items.length} getoonde casussen bevat “${filter.tekst}”${volgende ? `; laad meer om ook de overige ${totaal - items.length} te doorzoeken` : ''}.`
            : `${items.length} van ${aantalTekst(totaal, 'casus', 'casussen')} getoond${gefilterd ? ' (gefilterd)' : ''}.`}
        </Aantal>
        {volgende && (
          <button
            type="button"
            className="knop knop--secundair"
            disabled={networkStatus === NetworkStatus.fetchMore}
            onClick={() => void fetchMore({ variables: { na: volgende } })}
            data-testid="wv-meer-laden"
          >
            {networkStatus === NetworkStatus.fetchMore ? 'Meer laden…' : 'Meer laden'}
          </button>
        )}
      </div>
    </>
  );
}

function onderwerpLink(t: Termijn): { href: string; tekst: string } | null {
  switch (t.onderwerpType) {
    case 'casus':
      return { href: pad.casus(t.onderwerpId), tekst: `Casus ${t.onderwerpId.slice(0, 8)}` };
    case 'plaatsing':
      return { href: pad.plaatsingen(new URLSearchParams({ status: 'ALLE' })), tekst: 'Plaatsing' };
    case 'zsm_registratie':
      return { href: pad.zsm(), tekst: 'ZSM-registratie' };
    case 'persoon':
      return { href: pad.persoon(t.onderwerpId), tekst: 'Persoon' };
    default:
      return null;
  }
}

/** Which services did not answer (errors other than a refusal), by the field in the error's path. */
function nietBeantwoord(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return error ? ['alle diensten'] : [];
  const velden = new Set<string>();
  for (const e of error.errors) {
    if (e.extensions?.code === 'FORBIDDEN') continue;
    const veld = e.path?.[0];
    if (typeof veld === 'string') velden.add(dienstLabel(veld.replace(/Termijnen$/, '')));
  }
  return [...velden];
}

function TermijnenLijst({ filter }: { readonly filter: Filter }) {
  const { data, error, refetch } = useQuery(TERMIJNEN_LIJST, {
    variables: { eerste: TERMIJNEN_EERSTE, vervaltVoor: eindeVanDezeWeek() },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const [nu, setNu] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNu(Date.now()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  const lijsten = useMemo(() => {
    const beschikbaar = data ?? undefined;
    return beschikbaar
      ? TERMIJN_VELDEN.map((v) => beschikbaar[v]).filter((l): l is readonly Termijn[] => Array.isArray(l))
      : [];
  }, [data]);
  const dezeWeek = useMemo(
    () =>
      [...new Map(lijsten.flat().map((t) => [t.id, t])).values()]
        .filter((t) => valtDezeWeek(t, nu))
        .sort(eerstVervallend),
    [lijsten, nu],
  );
  const zichtbaar = dezeWeek.filter(
    (t) =>
      (!filter.organisatie || t.organisatie === filter.organisatie) &&
      (!filter.dienst || t.dienst === filter.dienst) &&
      bevatTekst(filter.tekst, t.soortLabel, t.uitleg, t.regel, t.onderwerpId, codeAlsTekst(t.onderwerpType)),
  );
  const gefilterd = !isLeegFilter(filter);
  const ontbrekend = lijsten.length > 0 ? nietBeantwoord(error) : [];
  const { getoond, meer } = useStapsgewijs(zichtbaar);

  if (lijsten.length === 0 && error !== undefined)
    return isGeweigerd(error) ? <GeenToegang /> : <Fout error={error} opnieuw={() => void refetch()} />;
  if (lijsten.length === 0) return <Bezig tekst="Termijnen worden geladen…" />;
  return (
    <>
      {ontbrekend.length > 0 && (
        <div className="melding melding--waarschuwing" role="status" data-testid="wv-deelfout">
          <p>Niet alle diensten antwoordden ({ontbrekend.join(', ')}); hun termijnen ontbreken hieronder.</p>
        </div>
      )}
      {zichtbaar.length === 0 ? (
        <Leeg gefilterd={gefilterd} lijst="termijnen">
          Geen termijnen die de komende 7 dagen vervallen.
        </Leeg>
      ) : (
        <>
          <Schuifvlak className="kaart kaart--tabel">
            <table className="tabel wv-tabel" data-testid="wv-tabel">
              <caption className="visueel-verborgen">Termijnen die de komende 7 dagen vervallen</caption>
              <thead>
                <tr>
                  <th scope="col">Vervalt</th>
                  <th scope="col">Termijn</th>
                  <th scope="col">Onderwerp</th>
                  <th scope="col">Organisatie</th>
                  <th scope="col">Regel en uitleg</th>
                </tr>
              </thead>
              <tbody>
                {getoond.map((t) => {
                  const link = onderwerpLink(t);
                  const resterend = formatResterend(t.vervaltOp, nu);
                  return (
                    <tr
                      key={t.id}
                      data-testid={`wv-item-${t.id}`}
                      data-lijst="termijnen"
                      className={t.status === 'GEWAARSCHUWD' ? 'termijn--gewaarschuwd' : undefined}
                    >
                      <td className="nowrap">
                        <time dateTime={t.vervaltOp}>{formatTijdstip(t.vervaltOp)}</time>
                        <span className="klein">
                          {t.status === 'GEWAARSCHUWD' && (
                            <span className="label label--waarschuwing">Gewaarschuwd</span>
                          )}
                          {resterend ?? 'vervalt nu'}
                        </span>
                      </td>
                      <td>
                        {t.soortLabel}
                        <span className="klein gedempt">{dienstLabel(t.dienst)}</span>
                      </td>
                      <td className="nowrap">
                        {link ? (
                          <a href={link.href} data-testid={`wv-open-${t.id}`}>
                            {link.tekst}
                          </a>
                        ) : (
                          <span className="gedempt">{codeAlsTekst(t.onderwerpType)}</span>
                        )}
                      </td>
                      <td>
                        <abbr title={t.organisatie}>{organisatieKort(t.organisatie)}</abbr>
                      </td>
                      <td className="termijn__uitleg">
                        <span className="termijn__regel">{t.regel ?? 'Geen regel'}</span>
                        <span className="termijn__uitlegtekst">{t.uitleg}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Schuifvlak>
          <div className="lijstvoet">
            <Aantal>
              {gefilterd
                ? `${zichtbaar.length} van ${aantalTekst(dezeWeek.length, 'termijn', 'termijnen')} deze week (gefilterd).`
                : `${aantalTekst(dezeWeek.length, 'termijn', 'termijnen')} deze week.`}
            </Aantal>
            {meer}
          </div>
        </>
      )}
    </>
  );
}

function SignalenLijst({ filter }: { readonly filter: Filter }) {
  const { data, error, refetch } = useQuery(CASUS_VOORSTELLEN, {
    variables: { status: OPEN_VOORSTELLEN },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const fout = hoofdfout(error);
  const alle = data?.casusVoorstellen ?? [];
  const zichtbaar = alle.filter(
    (v: CasusVoorstel) =>
      (!filter.organisatie || v.bronOrganisatie === filter.organisatie) &&
      (!filter.locatie || v.locatieCode === filter.locatie) &&
      bevatTekst(
        filter.tekst,
        v.persoon.naam,
        v.persoon.vNummer,
        v.persoon.coaNummer,
        v.categorieLabel,
        v.omschrijving,
        v.signaalId,
      ),
  );
  const signalen = new Set(zichtbaar.map((v) => v.signaalId)).size;
  const gefilterd = !isLeegFilter(filter);
  const { getoond, meer } = useStapsgewijs(zichtbaar);

  if (fout !== undefined && isGeweigerd(fout)) return <GeenToegang />;
  if (fout !== undefined && data === undefined) return <Fout error={fout} opnieuw={() => void refetch()} />;
  if (data === undefined) return <Bezig tekst="Nieuwe signalen worden geladen…" />;
  if (zichtbaar.length === 0)
    return (
      <Leeg gefilterd={gefilterd} lijst="signalen">
        Geen open casusvoorstellen: elk nieuw signaal is beoordeeld.
      </Leeg>
    );
  return (
    <>
      <Schuifvlak className="kaart kaart--tabel">
        <table className="tabel wv-tabel" data-testid="wv-tabel">
          <caption className="visueel-verborgen">Open casusvoorstellen uit nieuwe signalen</caption>
          <thead>
            <tr>
              <th scope="col">Signaal</th>
              <th scope="col">Persoon</th>
              <th scope="col">Gemeld door</th>
              <th scope="col">Locatie</th>
              <th scope="col">Voorstel</th>
            </tr>
          </thead>
          <tbody>
            {getoond.map((v) => (
              <tr key={v.id} data-testid={`wv-item-${v.id}`} data-lijst="signalen">
                <td>
                  <a href={pad.signaal(v.signaalId)} className="rij__titel" data-testid={`wv-open-${v.id}`}>
                    {v.categorieLabel}
                  </a>
                  <span className="klein gedempt">
                    <time dateTime={v.tijdstipIncident}>{formatTijdstip(v.tijdstipIncident)}</time>
                    {v.groepsgrootte > 1 && <> · groep van {v.groepsgrootte}</>}
                  </span>
                </td>
                <td>
                  <PersoonNaam persoon={v.persoon} metNationaliteit />
                </td>
                <td>
                  <abbr title={v.bronOrganisatie}>{organisatieKort(v.bronOrganisatie)}</abbr>
                </td>
                <td>{locatieNaam(v.locatieCode) ?? <span className="gedempt">—</span>}</td>
                <td>
                  {VERDICT_LABEL[v.verdict] ?? codeAlsTekst(v.verdict)}
                  <span className="klein">
                    <a href={pad.voorstellen()}>Beoordelen bij Voorstellen</a>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Schuifvlak>
      <div className="lijstvoet">
        <Aantal>
          {aantalTekst(zichtbaar.length, 'voorstel', 'voorstellen')} uit{' '}
          {aantalTekst(signalen, 'signaal', 'signalen')}
          {gefilterd ? ` (gefilterd, van ${alle.length})` : ''}.
        </Aantal>
        {meer}
      </div>
    </>
  );
}

function WachtlijstLijst({ filter }: { readonly filter: Filter }) {
  const { data, error, refetch } = useQuery(PLAATSINGEN, {
    variables: {
      status: filter.status ? [filter.status] : WACHTLIJST_STATUSSEN,
      locatie: filter.locatie || null,
      eerste: PLAATSINGEN_EERSTE,
    },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  const fout = hoofdfout(error);
  const alle = data?.plaatsingen ?? [];
  const zichtbaar = alle.filter((p: Plaatsing) =>
    bevatTekst(
      filter.tekst,
      p.persoon.naam,
      p.persoon.vNummer,
      p.persoon.coaNummer,
      p.locatieNaam,
      p.toelichting,
    ),
  );
  const gefilterd = !isLeegFilter(filter);
  const { getoond, meer } = useStapsgewijs(zichtbaar);

  if (fout !== undefined && isGeweigerd(fout)) return <GeenToegang />;
  if (fout !== undefined && data === undefined) return <Fout error={fout} opnieuw={() => void refetch()} />;
  if (data === undefined) return <Bezig tekst="Wachtlijst wordt geladen…" />;
  if (zichtbaar.length === 0)
    return (
      <Leeg gefilterd={gefilterd} lijst="wachtlijst">
        Niemand wacht op een plaats: de wachtlijst is leeg.
      </Leeg>
    );
  return (
    <>
      <Schuifvlak className="kaart kaart--tabel">
        <table className="tabel wv-tabel" data-testid="wv-tabel">
          <caption className="visueel-verborgen">Wachtlijst plaatsing</caption>
          <thead>
            <tr>
              <th scope="col">Persoon</th>
              <th scope="col">Locatie</th>
              <th scope="col">Status</th>
              <th scope="col">Prioriteit</th>
              <th scope="col">Periode</th>
              <th scope="col">Plaatsing</th>
            </tr>
          </thead>
          <tbody>
            {getoond.map((p) => (
              <tr key={p.id} data-testid={`wv-item-${p.id}`} data-lijst="wachtlijst" data-status={p.status}>
                <td>
                  <PersoonNaam persoon={p.persoon} metNationaliteit />
                  {p.casusId && (
                    <span className="klein">
                      <a href={pad.casus(p.casusId)}>Casus {p.casusId.slice(0, 8)}</a>
                    </span>
                  )}
                </td>
                <td>{p.locatieNaam}</td>
                <td>
                  <span className={`label wv-plaatsing--${p.status.toLowerCase()}`}>
                    {plaatsingStatusLabel(p.status)}
                  </span>
                  <span className="klein gedempt">
                    {p.status === 'WACHTLIJST' && p.wachtlijstSinds && (
                      <>sinds {formatTijdstip(p.wachtlijstSinds)}</>
                    )}
                    {p.status === 'AANGEBODEN' && p.aangebodenOp && <>op {formatTijdstip(p.aangebodenOp)}</>}
                  </span>
                </td>
                <td className="nowrap">{prioriteitLabel(p.prioriteit)}</td>
                <td className="nowrap">
                  {formatDatum(p.van)}
                  {p.tot && <> – {formatDatum(p.tot)}</>}
                </td>
                <td>
                  <a
                    href={pad.plaatsingen(new URLSearchParams({ status: p.status, locatie: p.locatie }))}
                    data-testid={`wv-open-${p.id}`}
                  >
                    Naar de plaatsing
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Schuifvlak>
      <div className="lijstvoet">
        <Aantal>
          {gefilterd
            ? `${zichtbaar.length} van ${aantalTekst(alle.length, 'plaatsing', 'plaatsingen')} (gefilterd).`
            : `${aantalTekst(alle.length, 'plaatsing', 'plaatsingen')} wacht op een plaats.`}
        </Aantal>
        {meer}
      </div>
    </>
  );
}

function LijstInhoud({
  lijst,
  filter,
  sub,
}: {
  readonly lijst: LijstCode;
  readonly filter: Filter;
  readonly sub: string | null;
}) {
  const mijnBasis = useMemo<CasusFilter>(
    () => ({ procesregisseur: sub ?? '', status: [...OPEN_STATUSSEN] }),
    [sub],
  );
  const teLaatBasis = useMemo<CasusFilter>(() => ({ achterstallig: true }), []);
  switch (lijst) {
    case 'mijn':
      return sub ? <CasussenLijst lijst="mijn" basis={mijnBasis} filter={filter} /> : <GeenToegang />;
    case 'te-laat':
      return <CasussenLijst lijst="te-laat" basis={teLaatBasis} filter={filter} />;
    case 'termijnen':
      return <TermijnenLijst filter={filter} />;
    case 'signalen':
      return <SignalenLijst filter={filter} />;
    case 'wachtlijst':
      return <WachtlijstLijst filter={filter} />;
  }
}

// ---------------------------------------------------------------- saved and shared filters

function BewaardeFilters({
  sub,
  lijst,
  zoek,
  titels,
}: {
  readonly sub: string | null;
  readonly lijst: LijstCode;
  readonly zoek: string;
  readonly titels: ReadonlySet<LijstCode>;
}) {
  const { filters, bewaar, verwijder } = useBewaardeFilters(sub);
  const [naam, setNaam] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const [gekopieerd, setGekopieerd] = useState<string | null>(null);
  const naamRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const deelLink = `${window.location.origin}${window.location.pathname}${pad.werkvoorraad(
    new URLSearchParams(zoek),
  )}`;

  useEffect(() => {
    setMelding(null);
    setGekopieerd(null);
    setFout(null);
  }, [zoek]);

  function opslaan(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const uitkomst = bewaar(naam, zoek);
    if (!uitkomst.ok) {
      setFout(uitkomst.reden);
      setMelding(null);
      naamRef.current?.focus();
      return;
    }
    setFout(null);
    setNaam('');
    setMelding(
      uitkomst.vervangen
        ? `Filter “${uitkomst.filter.naam}” bijgewerkt.`
        : `Filter “${uitkomst.filter.naam}” bewaard.`,
    );
  }

  async function kopieer() {
    try {
      await navigator.clipboard.writeText(deelLink);
      setGekopieerd('Link gekopieerd. Een collega ziet dezelfde weergave, met alleen wat die zelf mag zien.');
    } catch {
      setGekopieerd('Kopiëren lukte niet; selecteer de link en kopieer die zelf.');
    }
  }

  return (
    <aside className="wv-zijpaneel" aria-labelledby={`${id}-bewaard`}>
      <section className="kaart wv-bewaard" data-testid="wv-bewaarde-filters">
        <h2 id={`${id}-bewaard`} className="wv-zijpaneel__titel">
          Bewaarde filters
        </h2>
        {filters.length === 0 ? (
          <p className="gedempt" data-testid="wv-bewaard-leeg">
            Nog geen bewaarde filters. Filter een werkvoorraad en bewaar die hieronder onder een naam.
          </p>
        ) : (
          <ul className="wv-bewaard__lijst">
            {filters.map((f) => (
              <li key={f.id} data-testid={`wv-bewaard-${f.id}`}>
                <a
                  href={pad.werkvoorraad(new URLSearchParams(f.zoek))}
                  aria-current={f.zoek === zoek ? 'page' : undefined}
                  data-testid="wv-bewaard-link"
                >
                  {f.naam}
                </a>
                <span className="klein gedempt">
                  {LIJST_INFO[f.lijst].titel}
                  {!titels.has(f.lijst) && ' (niet beschikbaar voor uw rol)'}
                </span>
                <button
                  type="button"
                  className="knop knop--link knop--inline wv-bewaard__verwijder"
                  onClick={() => {
                    verwijder(f.id);
                    setMelding(`Filter “${f.naam}” verwijderd.`);
                  }}
                  aria-label={`Filter “${f.naam}” verwijderen`}
                  data-testid="wv-bewaard-verwijder"
                >
                  Verwijderen
                </button>
              </li>
            ))}
          </ul>
        )}
        <form className="wv-bewaren" onSubmit={opslaan} noValidate data-testid="wv-bewaren-formulier">
          <div className={`veld${fout ? ' veld--fout' : ''}`}>
            <label htmlFor={`${id}-naam`} className="veld__label">
              Dit filter bewaren als
            </label>
            {fout && (
              <p className="veld__fout" id={`${id}-fout`} data-testid="fout-wv-filter-naam">
                {fout}
              </p>
            )}
            <input
              ref={naamRef}
              id={`${id}-naam`}
              type="text"
              maxLength={MAX_NAAM}
              autoComplete="off"
              placeholder={`Bijv. ${LIJST_INFO[lijst].titel} Ter Apel`}
              value={naam}
              onChange={(e) => setNaam(e.target.value)}
              aria-invalid={fout ? true : undefined}
              aria-describedby={fout ? `${id}-fout` : undefined}
              data-testid="wv-filter-naam"
            />
          </div>
          <button type="submit" className="knop knop--secundair" data-testid="wv-filter-bewaren">
            Filter bewaren
          </button>
        </form>
        {melding && (
          <p
            className="melding melding--succes melding--klein wv-melding"
            role="status"
            data-testid="wv-filter-melding"
          >
            {melding}
          </p>
        )}
      </section>
      <section className="kaart wv-delen" aria-labelledby={`${id}-delen`}>
        <h2 id={`${id}-delen`} className="wv-zijpaneel__titel">
          Delen
        </h2>
        <label htmlFor={`${id}-link`} className="veld__label">
          Link naar deze weergave
        </label>
        <input
          id={`${id}-link`}
          type="text"
          readOnly
          value={deelLink}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="wv-deellink"
        />
        <button
          type="button"
          className="knop knop--secundair wv-delen__knop"
          onClick={() => void kopieer()}
          data-testid="wv-link-kopieren"
        >
          Link kopiëren
        </button>
        {gekopieerd && (
          <p className="gedempt wv-melding" role="status" data-testid="wv-link-gekopieerd">
            {gekopieerd}
          </p>
        )}
      </section>
    </aside>
  );
}

// ---------------------------------------------------------------- the page

function LijstTabs({
  lijsten,
  gekozen,
}: {
  readonly lijsten: readonly LijstTelling[];
  readonly gekozen: LijstCode;
}) {
  return (
    <nav className="wv-tabs" aria-label="Werkvoorraden">
      <ul className="wv-tabs__lijst">
        {lijsten.map((l) => (
          <li key={l.code}>
            <a
              className="wv-tabs__tab"
              href={pad.werkvoorraad(new URLSearchParams({ lijst: l.code }))}
              aria-current={l.code === gekozen ? 'page' : undefined}
              aria-label={
                l.aantal === null ? undefined : `${LIJST_INFO[l.code].titel}, ${itemsTekst(l.aantal)}`
              }
              data-testid={`wv-tab-${l.code}`}
            >
              <span>{LIJST_INFO[l.code].titel}</span>{' '}
              {l.aantal !== null && (
                <span className="wv-aantal" aria-hidden="true" data-testid={`wv-aantal-${l.code}`}>
                  {l.aantal}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Werkvoorraad({ zoek }: { readonly zoek: string }) {
  const { persona, token } = useSessie();
  const sub = useMemo(() => subUitToken(token), [token]);
  const tellingen = useWerkvoorraadTellingen({ persona, token, peilen: false });
  // "Vernieuwen": the counts again, and the list by remounting it (its query then asks the network).
  const [ververst, setVerverst] = useState(0);
  const weergave = useMemo(() => leesWeergave(zoek), [zoek]);
  const beschikbaar = useMemo(() => new Set(tellingen.lijsten.map((l) => l.code)), [tellingen.lijsten]);
  const gekozen: LijstCode | null = weergave.lijst ?? tellingen.lijsten[0]?.code ?? null;
  const magGekozen = gekozen !== null && magLijstZien(persona, gekozen) && beschikbaar.has(gekozen);
  const { data: planningData } = useQuery(PLANNING_LOCATIES, {
    skip: gekozen !== 'wachtlijst' || !magGekozen,
    errorPolicy: 'all',
  });
  const planningLocaties = planningData?.locaties ?? [];
  const normaleZoek = gekozen ? weergaveAlsZoek(gekozen, weergave.filter).toString() : '';

  useEffect(() => {
    document.title = gekozen
      ? `${LIJST_INFO[gekozen].titel} — Werkvoorraad — Ketenbeeld`
      : 'Werkvoorraad — Ketenbeeld';
  }, [gekozen]);

  return (
    <section aria-labelledby="werkvoorraad-titel" data-testid="werkvoorraad-pagina">
      <div className="paginakop">
        <div>
          <h1 id="werkvoorraad-titel">Werkvoorraad</h1>
          <p className="inleiding">
            Wat vandaag uw aandacht vraagt: uw casussen, wat te laat is, termijnen van deze week, nieuwe
            signalen zonder casus en de wachtlijst voor plaatsing.
          </p>
        </div>
        <div className="paginakop__acties">
          <button
            type="button"
            className="knop knop--secundair"
            onClick={() => {
              tellingen.ververs();
              setVerverst((n) => n + 1);
            }}
            data-testid="wv-vernieuwen"
          >
            Vernieuwen
          </button>
        </div>
      </div>

      {tellingen.lijsten.length > 0 && gekozen && <LijstTabs lijsten={tellingen.lijsten} gekozen={gekozen} />}

      {gekozen === null ? (
        <div className="kaart leeg" data-testid="wv-geen-lijsten">
          <p>Voor uw rol zijn er geen werkvoorraden.</p>
        </div>
      ) : (
        <div className="wv-indeling">
          <section className="wv-lijst" aria-labelledby="wv-lijst-titel" data-testid={`wv-lijst-${gekozen}`}>
            <h2 id="wv-lijst-titel">{LIJST_INFO[gekozen].titel}</h2>
            <p className="gedempt">{LIJST_INFO[gekozen].uitleg}</p>
            {magGekozen ? (
              <>
                <FilterFormulier
                  key={normaleZoek}
                  lijst={gekozen}
                  huidig={weergave.filter}
                  planningLocaties={planningLocaties}
                />
                <LijstInhoud key={ververst} lijst={gekozen} filter={weergave.filter} sub={sub} />
              </>
            ) : (
              <GeenToegang />
            )}
          </section>
          <BewaardeFilters sub={sub} lijst={gekozen} zoek={normaleZoek} titels={beschikbaar} />
        </div>
      )}
    </section>
  );
}
