import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { formatDatum } from '../../app/opmaak';
import { vandaag as vandaagDatum, verschuifDatum } from '../casusregie/tijd';
import { DASHBOARD_BEZETTING, type BezettingRij } from './bezetting.graphql';
import { CijferTabel, Export } from './CijferTabel';
import { Legenda, Meter, Sparklijn } from './grafieken';
import { aandeel, d1, n } from './opmaak';
import { Paneel, staatVan } from './Paneel';
import { bestandsnaam, type Cijfertabel } from './tabel';

/** The rungs of the ladder this panel shows, in ladder order (R1). */
const SOORTEN = ['VTL', 'PBL', 'HTL'] as const;
/** The line: four weeks back and four weeks of planned occupancy ahead. */
export const WEKEN_TERUG = 4;
export const WEKEN_TOTAAL = 8;

export function bezettingVenster(vandaag: string) {
  return { vanaf: verschuifDatum(vandaag, { dagen: -7 * WEKEN_TERUG }), weken: WEKEN_TOTAAL };
}

/** VTL, PBL and HTL locations in ladder order, then by name. */
export function ladderLocaties(rijen: readonly BezettingRij[]): BezettingRij[] {
  return rijen
    .filter((r) => (SOORTEN as readonly string[]).includes(r.locatie.soort))
    .sort(
      (a, b) =>
        SOORTEN.indexOf(a.locatie.soort as (typeof SOORTEN)[number]) -
          SOORTEN.indexOf(b.locatie.soort as (typeof SOORTEN)[number]) ||
        a.locatie.naam.localeCompare(b.locatie.naam, 'nl'),
    );
}

function dagVan(r: BezettingRij, datum: string) {
  return r.dagen.find((d) => d.datum === datum) ?? null;
}

export function bezettingTabel(rijen: readonly BezettingRij[], vandaag: string): Cijfertabel {
  return {
    titel: `Bezetting VTL, PBL en HTL op ${formatDatum(vandaag)}`,
    kolommen: [
      { sleutel: 'locatie', kop: 'Locatie', soort: 'tekst' },
      { sleutel: 'soort', kop: 'Soort', soort: 'tekst' },
      { sleutel: 'capaciteit', kop: 'Capaciteit', soort: 'aantal' },
      { sleutel: 'bezet', kop: 'Bezet', soort: 'aantal' },
      { sleutel: 'vrij', kop: 'Vrij', soort: 'aantal' },
      { sleutel: 'bezetting', kop: 'Bezetting (%)', soort: 'procent' },
      { sleutel: 'wachtlijst', kop: 'Wachtlijst', soort: 'aantal' },
    ],
    rijen: rijen.map((r) => {
      const d = dagVan(r, vandaag);
      return {
        sleutel: r.locatie.code,
        cellen: {
          locatie: r.locatie.naam,
          soort: r.locatie.soort,
          capaciteit: d?.capaciteit ?? null,
          bezet: d?.bezet ?? null,
          vrij: d ? d.capaciteit - d.bezet : null,
          bezetting: d ? aandeel(d.bezet, d.capaciteit) : null,
          wachtlijst: r.wachtlijst,
        },
      };
    }),
  };
}

/** Every day of the line, one column pair (bezet, capaciteit) per location. */
export function bezettingPerDagTabel(rijen: readonly BezettingRij[], vandaag: string): Cijfertabel {
  const data = [...new Set(rijen.flatMap((r) => r.dagen.map((d) => d.datum)))].sort();
  return {
    titel: 'Bezetting per dag (na vandaag: gepland)',
    kolommen: [
      { sleutel: 'datum', kop: 'Datum', soort: 'datum' },
      { sleutel: 'gepland', kop: 'Gepland', soort: 'tekst' },
      ...rijen.flatMap((r) => [
        { sleutel: `${r.locatie.code}-bezet`, kop: `${r.locatie.naam} bezet`, soort: 'aantal' as const },
        {
          sleutel: `${r.locatie.code}-capaciteit`,
          kop: `${r.locatie.naam} capaciteit`,
          soort: 'aantal' as const,
        },
      ]),
    ],
    rijen: data.map((datum) => ({
      sleutel: datum,
      cellen: {
        datum,
        gepland: datum > vandaag ? 'ja' : 'nee',
        ...Object.fromEntries(
          rijen.flatMap((r) => {
            const d = dagVan(r, datum);
            return [
              [`${r.locatie.code}-bezet`, d?.bezet ?? null],
              [`${r.locatie.code}-capaciteit`, d?.capaciteit ?? null],
            ];
          }),
        ),
      },
    })),
  };
}

function Stand({ bezet, capaciteit }: { readonly bezet: number; readonly capaciteit: number }) {
  if (bezet > capaciteit)
    return (
      <strong className="dashboard-stand dashboard-stand--over">
        ▲ over de capaciteit: +{n(bezet - capaciteit)}
      </strong>
    );
  if (bezet === capaciteit && capaciteit > 0)
    return <strong className="dashboard-stand dashboard-stand--vol">■ vol</strong>;
  return <span className="dashboard-stand">{n(capaciteit - bezet)} vrij</span>;
}

function Locatiekaart({ r, vandaag }: { readonly r: BezettingRij; readonly vandaag: string }) {
  const d = dagVan(r, vandaag);
  const verleden = r.dagen.filter((x) => x.datum <= vandaag);
  const hoogste = verleden.reduce((m, x) => Math.max(m, x.bezet), 0);
  const laagste = verleden.reduce((m, x) => Math.min(m, x.bezet), Number.POSITIVE_INFINITY);
  const laatsteDag = r.dagen[r.dagen.length - 1];
  return (
    <li className="dashboard-locatie" data-testid={`bezetting-locatie-${r.locatie.code}`}>
      <h3 className="dashboard-locatie__naam">
        {r.locatie.naam} <abbr title={r.locatie.soortLabel}>{r.locatie.soort}</abbr>
      </h3>
      {d ? (
        <>
          <p className="dashboard-locatie__cijfer" data-testid={`bezetting-vandaag-${r.locatie.code}`}>
            <strong>{n(d.bezet)}</strong> van {n(d.capaciteit)} bezet ({d1(aandeel(d.bezet, d.capaciteit))}%)
            · <Stand bezet={d.bezet} capaciteit={d.capaciteit} />
          </p>
          <Meter
            bezet={d.bezet}
            capaciteit={d.capaciteit}
            samenvatting={`${r.locatie.naam} vandaag: ${n(d.bezet)} van ${n(d.capaciteit)} plaatsen bezet.`}
            testid={`bezetting-meter-${r.locatie.code}`}
          />
        </>
      ) : (
        <p className="leeg">Geen stand voor vandaag.</p>
      )}
      <p className="dashboard-locatie__wachtlijst" data-testid={`bezetting-wachtlijst-${r.locatie.code}`}>
        Wachtlijst: <strong>{n(r.wachtlijst)}</strong> {r.wachtlijst === 1 ? 'persoon' : 'personen'}
      </p>
      <Sparklijn
        dagen={r.dagen}
        vandaag={vandaag}
        samenvatting={`${r.locatie.naam}, bezetting per dag van ${formatDatum(r.dagen[0]?.datum)} tot en met ${formatDatum(laatsteDag?.datum)}: afgelopen vier weken tussen ${n(Number.isFinite(laagste) ? laagste : 0)} en ${n(hoogste)} bezet, vandaag ${n(d?.bezet ?? 0)}${laatsteDag ? `, gepland op ${formatDatum(laatsteDag.datum)}: ${n(laatsteDag.bezet)}` : ''}; capaciteit ${n(d?.capaciteit ?? 0)}.`}
        testid={`bezetting-lijn-${r.locatie.code}`}
      />
    </li>
  );
}

/** 5. Occupancy of VTL, PBL and HTL today against capacity, the line over eight weeks, the waiting list. */
export function BezettingPaneel() {
  const vandaag = vandaagDatum();
  const venster = bezettingVenster(vandaag);
  const q = useQuery(DASHBOARD_BEZETTING, { variables: venster, fetchPolicy: 'cache-and-network' });
  const rijen = useMemo(() => (q.data ? ladderLocaties(q.data.capaciteitsbord) : []), [q.data]);
  const tabel = useMemo(() => bezettingTabel(rijen, vandaag), [rijen, vandaag]);
  const perDag = useMemo(() => bezettingPerDagTabel(rijen, vandaag), [rijen, vandaag]);
  const staat = staatVan(q, (d) => ladderLocaties(d.capaciteitsbord).length === 0);
  const som = (soort: string) =>
    rijen
      .filter((r) => r.locatie.soort === soort)
      .reduce(
        (s, r) => {
          const d = dagVan(r, vandaag);
          return { bezet: s.bezet + (d?.bezet ?? 0), capaciteit: s.capaciteit + (d?.capaciteit ?? 0) };
        },
        { bezet: 0, capaciteit: 0 },
      );
  const eind = verschuifDatum(venster.vanaf, { dagen: 7 * venster.weken - 1 });
  return (
    <Paneel
      naam="bezetting"
      titel="Bezetting VTL, PBL en HTL"
      breed
      bron={
        <>
          Bron: planning (capaciteitsbord), peildatum vandaag {formatDatum(vandaag)}, los van de gekozen
          periode. De lijn loopt van {formatDatum(venster.vanaf)} tot en met {formatDatum(eind)}; na vandaag
          is het de geplande bezetting uit lopende plaatsingen en hun geplande einde.
        </>
      }
      staat={staat}
      fout={q.error}
      opnieuw={() => q.refetch()}
      leegTekst="Er zijn geen VTL-, PBL- of HTL-locaties met capaciteit."
      geenToegangTekst="De bezetting van locaties is voor het kernteam (IND, COA, DT&V) en de landelijke rollen."
      kern={
        <p className="dashboard-kern" data-testid="bezetting-kern">
          {SOORTEN.map((s) => {
            const t = som(s);
            return t.capaciteit > 0 ? (
              <span key={s}>
                {s} <strong>{n(t.bezet)}</strong>/{n(t.capaciteit)}
              </span>
            ) : null;
          })}
        </p>
      }
    >
      <Legenda
        reeksen={[{ naam: 'Bezet vandaag' }]}
        extra={[
          { naam: 'Bezet per dag (na vandaag gepland: gestippeld)', soort: 'bezetlijn' },
          { naam: 'Capaciteit (streeplijn)', soort: 'capaciteit' },
          { naam: 'Vandaag', soort: 'vandaag' },
        ]}
      />
      <ul className="dashboard-locaties">
        {rijen.map((r) => (
          <Locatiekaart key={r.locatie.code} r={r} vandaag={vandaag} />
        ))}
      </ul>
      <div className="dashboard-paneel__voet">
        <CijferTabel tabel={tabel} paneel="bezetting" samenvatting="Stand vandaag als tabel" />
        <Export tabel={tabel} paneel="bezetting" bestand={bestandsnaam('bezetting', vandaag)} />
      </div>
      <div className="dashboard-paneel__voet">
        <CijferTabel tabel={perDag} paneel="bezetting-perdag" samenvatting="Bezetting per dag als tabel" />
        <Export
          tabel={perDag}
          paneel="bezetting-perdag"
          bestand={bestandsnaam('bezetting per dag', `${venster.vanaf} tot ${eind}`)}
        />
      </div>
    </Paneel>
  );
}
