import { useMemo } from 'react';
import { formatDatum } from '../../app/opmaak';
import { landNaam } from '../casusregie/labels';
import { CijferTabel, Export } from './CijferTabel';
import type { DashboardDoorlooptijd, DashboardVerantwoording } from './dashboardVerantwoording.graphql';
import { KolomGrafiek, Legenda, StaafGrafiek } from './grafieken';
import { aandeel, d1, n, periodeTekst, weekInfo } from './opmaak';
import { Paneel, staatVan } from './Paneel';
import type { Periode } from './periode';
import { bestandsnaam, type Cijfertabel } from './tabel';

/** The query result the three casusregie panels share (one request). */
export interface VerantwoordingUitkomst {
  readonly data: { readonly verantwoording: DashboardVerantwoording } | undefined;
  readonly error?: unknown;
  readonly opnieuw: () => unknown;
}

const GEEN_TOEGANG =
  'De cijfers van de casusregie zijn voor DGM/DRM, de ketenmariniers en het kernteam (IND, COA, DT&V).';

function Bron({ periode }: { readonly periode: Periode }) {
  return (
    <>
      Bron: casusregie (verantwoording), {periodeTekst(periode)}, peildatum {formatDatum(periode.tot)}.
    </>
  );
}

/* ---------- 1. Casussen per week ---------- */

type Week = DashboardVerantwoording['perWeek'][number];

/**
 * The weeks to show. casusregie buckets moments by their UTC day, so a period that starts at midnight
 * in Amsterdam (22:00 or 23:00 UTC the day before) also gets the ISO week before it — on a Monday, a
 * whole week outside the chosen dates. Such an edge week is left out when it counts nothing; if it
 * does count something it stays, so the totals always add up to the service's.
 */
export function zichtbareWeken(perWeek: readonly Week[], periode: Periode): Week[] {
  return perWeek.filter((w) => {
    const info = weekInfo(w.week);
    const buiten =
      (info.tot !== null && info.tot < periode.van) || (info.van !== null && info.van > periode.tot);
    return !(buiten && w.aangemeld === 0 && w.afgerond === 0);
  });
}

export function perWeekTabel(perWeek: readonly Week[]): Cijfertabel {
  const totaal = perWeek.reduce((s, w) => ({ a: s.a + w.aangemeld, f: s.f + w.afgerond }), { a: 0, f: 0 });
  return {
    titel: 'Casussen per week: aangemeld en afgerond',
    kolommen: [
      { sleutel: 'week', kop: 'Week', soort: 'tekst' },
      { sleutel: 'van', kop: 'Van', soort: 'datum' },
      { sleutel: 'tot', kop: 'Tot en met', soort: 'datum' },
      { sleutel: 'aangemeld', kop: 'Aangemeld', soort: 'aantal' },
      { sleutel: 'afgerond', kop: 'Afgerond', soort: 'aantal' },
    ],
    rijen: [
      ...perWeek.map((w) => {
        const info = weekInfo(w.week);
        return {
          sleutel: w.week,
          cellen: {
            week: w.week,
            van: info.van,
            tot: info.tot,
            aangemeld: w.aangemeld,
            afgerond: w.afgerond,
          },
        };
      }),
      {
        sleutel: 'totaal',
        totaal: true,
        cellen: { week: 'Totaal', van: null, tot: null, aangemeld: totaal.a, afgerond: totaal.f },
      },
    ],
  };
}

export function PerWeekPaneel({
  q,
  periode,
}: {
  readonly q: VerantwoordingUitkomst;
  readonly periode: Periode;
}) {
  const staat = staatVan(q, (d) =>
    d.verantwoording.perWeek.every((w) => w.aangemeld === 0 && w.afgerond === 0),
  );
  const v = q.data?.verantwoording;
  const weken = useMemo(() => (v ? zichtbareWeken(v.perWeek, periode) : []), [v, periode]);
  const tabel = useMemo(() => (v ? perWeekTabel(weken) : null), [v, weken]);
  const totAangemeld = weken.reduce((s, w) => s + w.aangemeld, 0);
  const totAfgerond = weken.reduce((s, w) => s + w.afgerond, 0);
  const drukste = weken.reduce<Week | null>(
    (best, w) => (best === null || w.aangemeld > best.aangemeld ? w : best),
    null,
  );
  const eerste = weken[0];
  const laatste = weken[weken.length - 1];
  return (
    <Paneel
      naam="perweek"
      titel="Casussen per week"
      breed
      bron={
        <>
          <Bron periode={periode} /> Een casus telt mee in de ISO-week van aanmelding en in die van afronding.
        </>
      }
      staat={staat}
      fout={q.error}
      opnieuw={q.opnieuw}
      leegTekst="Geen casussen aangemeld of afgerond in deze periode."
      geenToegangTekst={GEEN_TOEGANG}
      kern={
        <p className="dashboard-kern" data-testid="perweek-kern">
          <span>
            <strong>{n(totAangemeld)}</strong> aangemeld
          </span>
          <span>
            <strong>{n(totAfgerond)}</strong> afgerond
          </span>
        </p>
      }
    >
      {v && tabel && eerste && laatste && (
        <>
          <Legenda
            reeksen={[
              { naam: 'Aangemeld', toelichting: '(effen)' },
              { naam: 'Afgerond', toelichting: '(gearceerd)' },
            ]}
          />
          <KolomGrafiek
            titel="Casussen per week: aangemeld en afgerond"
            samenvatting={`Kolomgrafiek: casussen per week van ${weekInfo(eerste.week).volledig} tot en met ${weekInfo(laatste.week).volledig}. In totaal ${n(totAangemeld)} aangemeld en ${n(totAfgerond)} afgerond${drukste && drukste.aangemeld > 0 ? `; de meeste aanmeldingen in week ${Number(drukste.week.slice(-2))} (${n(drukste.aangemeld)})` : ''}. De tabel eronder geeft de aantallen per week.`}
            categorieen={weken.map((w) => ({ sleutel: w.week, ...weekInfo(w.week) }))}
            reeksen={[{ naam: 'Aangemeld' }, { naam: 'Afgerond' }]}
            waarden={[weken.map((w) => w.aangemeld), weken.map((w) => w.afgerond)]}
            yAs="Aantal casussen"
            xAs="ISO-week"
            testid="perweek-grafiek"
          />
          <div className="dashboard-paneel__voet">
            <CijferTabel tabel={tabel} paneel="perweek" />
            <Export
              tabel={tabel}
              paneel="perweek"
              bestand={bestandsnaam('casussen per week', `${periode.van} tot ${periode.tot}`)}
            />
          </div>
        </>
      )}
    </Paneel>
  );
}

/* ---------- 2. Spoor-verdeling en landen ---------- */

const SPOOR_RIJEN = [
  { sleutel: 'spoor1', label: 'Spoor 1 (Dublin)', volledig: 'Spoor 1 — Dublin' },
  {
    sleutel: 'spoor2',
    label: 'Spoor 2 (veilig land)',
    volledig: 'Spoor 2 — veilig land / bescherming elders in de EU',
  },
  { sleutel: 'spoor4', label: 'Spoor 4 (algemeen)', volledig: 'Spoor 4 — algemene procedure' },
  { sleutel: 'onbekend', label: 'Spoor onbekend', volledig: 'Spoor onbekend' },
] as const;

export function spoorTabel(v: DashboardVerantwoording): Cijfertabel {
  return {
    titel: 'Behandelde casussen per spoor',
    kolommen: [
      { sleutel: 'spoor', kop: 'Spoor', soort: 'tekst' },
      { sleutel: 'aantal', kop: 'Casussen', soort: 'aantal' },
      { sleutel: 'aandeel', kop: 'Aandeel (%)', soort: 'procent' },
    ],
    rijen: [
      ...SPOOR_RIJEN.map((s) => ({
        sleutel: s.sleutel,
        cellen: {
          spoor: s.volledig,
          aantal: v.perSpoor[s.sleutel],
          aandeel: aandeel(v.perSpoor[s.sleutel], v.behandeld),
        },
      })),
      {
        sleutel: 'totaal',
        totaal: true,
        cellen: { spoor: 'Behandeld', aantal: v.behandeld, aandeel: v.behandeld > 0 ? 100 : 0 },
      },
    ],
  };
}

export function SpoorPaneel({
  q,
  periode,
}: {
  readonly q: VerantwoordingUitkomst;
  readonly periode: Periode;
}) {
  const staat = staatVan(q, (d) => d.verantwoording.behandeld === 0);
  const v = q.data?.verantwoording;
  const tabel = useMemo(() => (v ? spoorTabel(v) : null), [v]);
  return (
    <Paneel
      naam="spoor"
      titel="Verdeling over de sporen"
      bron={
        <>
          <Bron periode={periode} /> Casussen die in de periode in behandeling waren.
        </>
      }
      staat={staat}
      fout={q.error}
      opnieuw={q.opnieuw}
      leegTekst="Geen behandelde casussen in deze periode."
      geenToegangTekst={GEEN_TOEGANG}
      kern={
        <p className="dashboard-kern" data-testid="spoor-kern">
          <span>
            <strong>{n(v?.behandeld ?? 0)}</strong> behandeld
          </span>
        </p>
      }
    >
      {v && tabel && (
        <>
          <StaafGrafiek
            titel="Behandelde casussen per spoor"
            samenvatting={`Staafgrafiek: ${n(v.behandeld)} behandelde casussen per spoor. ${SPOOR_RIJEN.map((s) => `${s.volledig}: ${n(v.perSpoor[s.sleutel])} (${d1(aandeel(v.perSpoor[s.sleutel], v.behandeld))}%)`).join('; ')}.`}
            rijen={SPOOR_RIJEN.map((s) => ({
              sleutel: s.sleutel,
              label: s.label,
              waarden: [v.perSpoor[s.sleutel]],
              tekst: `${n(v.perSpoor[s.sleutel])} (${d1(aandeel(v.perSpoor[s.sleutel], v.behandeld))}%)`,
            }))}
            reeksen={[{ naam: 'Casussen' }]}
            xAs="Aantal behandelde casussen"
            testid="spoor-grafiek"
          />
          <div className="dashboard-paneel__voet">
            <CijferTabel tabel={tabel} paneel="spoor" />
            <Export
              tabel={tabel}
              paneel="spoor"
              bestand={bestandsnaam('casussen per spoor', `${periode.van} tot ${periode.tot}`)}
            />
          </div>
        </>
      )}
    </Paneel>
  );
}

/** The ten countries with most cases (as the service sorts them), the rest together as "Overige landen". */
export function landenTop(perLand: DashboardVerantwoording['perLand'], top = 10) {
  const gesorteerd = [...perLand].sort((a, b) => b.aantal - a.aantal || a.land.localeCompare(b.land));
  const eerste = gesorteerd.slice(0, top);
  const rest = gesorteerd.slice(top);
  const totaal = gesorteerd.reduce((s, l) => s + l.aantal, 0);
  return { eerste, rest, overig: rest.reduce((s, l) => s + l.aantal, 0), totaal };
}

const landLabel = (code: string) => (code === 'onbekend' ? 'Onbekend' : landNaam(code));

export function landenTabel(v: DashboardVerantwoording): Cijfertabel {
  const { eerste, rest, overig, totaal } = landenTop(v.perLand);
  return {
    titel: 'Behandelde casussen per land van herkomst (top 10)',
    kolommen: [
      { sleutel: 'land', kop: 'Land van herkomst', soort: 'tekst' },
      { sleutel: 'code', kop: 'Landcode', soort: 'tekst' },
      { sleutel: 'aantal', kop: 'Casussen', soort: 'aantal' },
      { sleutel: 'aandeel', kop: 'Aandeel (%)', soort: 'procent' },
    ],
    rijen: [
      ...eerste.map((l) => ({
        sleutel: l.land,
        cellen: {
          land: landLabel(l.land),
          code: l.land,
          aantal: l.aantal,
          aandeel: aandeel(l.aantal, totaal),
        },
      })),
      ...(rest.length
        ? [
            {
              sleutel: 'overig',
              cellen: {
                land: `Overige landen (${rest.length})`,
                code: null,
                aantal: overig,
                aandeel: aandeel(overig, totaal),
              },
            },
          ]
        : []),
      {
        sleutel: 'totaal',
        totaal: true,
        cellen: { land: 'Totaal', code: null, aantal: totaal, aandeel: totaal > 0 ? 100 : 0 },
      },
    ],
  };
}

export function LandenPaneel({
  q,
  periode,
}: {
  readonly q: VerantwoordingUitkomst;
  readonly periode: Periode;
}) {
  const staat = staatVan(q, (d) => d.verantwoording.perLand.length === 0);
  const v = q.data?.verantwoording;
  const tabel = useMemo(() => (v ? landenTabel(v) : null), [v]);
  const top = v ? landenTop(v.perLand) : null;
  return (
    <Paneel
      naam="landen"
      titel="Landen van herkomst"
      bron={
        <>
          <Bron periode={periode} /> De tien landen met de meeste casussen; de rest samen als overige.
        </>
      }
      staat={staat}
      fout={q.error}
      opnieuw={q.opnieuw}
      leegTekst="Geen behandelde casussen in deze periode."
      geenToegangTekst={GEEN_TOEGANG}
      kern={
        <p className="dashboard-kern" data-testid="landen-kern">
          <span>
            <strong>{n(v?.perLand.length ?? 0)}</strong> {v?.perLand.length === 1 ? 'land' : 'landen'}
          </span>
        </p>
      }
    >
      {v && tabel && top && (
        <>
          <StaafGrafiek
            titel="Behandelde casussen per land van herkomst"
            samenvatting={`Staafgrafiek: behandelde casussen per land van herkomst, meeste eerst. ${top.eerste.map((l) => `${landLabel(l.land)}: ${n(l.aantal)}`).join('; ')}${top.rest.length ? `; overige ${top.rest.length} landen samen: ${n(top.overig)}` : ''}.`}
            rijen={[
              ...top.eerste.map((l) => ({
                sleutel: l.land,
                label: landLabel(l.land),
                waarden: [l.aantal],
                tekst: `${n(l.aantal)} (${d1(aandeel(l.aantal, top.totaal))}%)`,
              })),
              ...(top.rest.length
                ? [
                    {
                      sleutel: 'overig',
                      label: `Overige (${top.rest.length})`,
                      waarden: [top.overig],
                      tekst: `${n(top.overig)} (${d1(aandeel(top.overig, top.totaal))}%)`,
                    },
                  ]
                : []),
            ]}
            reeksen={[{ naam: 'Casussen' }]}
            xAs="Aantal behandelde casussen"
            testid="landen-grafiek"
          />
          <div className="dashboard-paneel__voet">
            <CijferTabel tabel={tabel} paneel="landen" />
            <Export
              tabel={tabel}
              paneel="landen"
              bestand={bestandsnaam('casussen per land', `${periode.van} tot ${periode.tot}`)}
            />
          </div>
        </>
      )}
    </Paneel>
  );
}

/* ---------- 3. Doorlooptijd tegen de norm ---------- */

const spoorSleutel = (d: DashboardDoorlooptijd) => (d.spoor === null ? 'alle' : `spoor${d.spoor}`);
const spoorNaam = (d: DashboardDoorlooptijd) =>
  d.spoor === null
    ? 'Alle sporen'
    : (SPOOR_RIJEN.find((s) => s.sleutel === `spoor${d.spoor}`)?.label ?? `Spoor ${d.spoor}`);

/** "4,5× sneller dan de norm", "1,3× langzamer dan de norm", or why there is no comparison. */
export function vergelijking(d: DashboardDoorlooptijd): string {
  if (d.normDagen === null) return 'geen landelijke norm';
  if (d.mediaanDagen === null) return 'nog geen beschikkingen';
  if (d.mediaanDagen === 0) return 'binnen een dag beschikt';
  if (d.factorSnellerDanNorm === null) return 'niet te vergelijken';
  if (d.factorSnellerDanNorm >= 1) return `${d1(d.factorSnellerDanNorm)}× sneller dan de norm`;
  return `${d1(1 / d.factorSnellerDanNorm)}× langzamer dan de norm`;
}

function gesorteerdeDoorlooptijden(v: DashboardVerantwoording) {
  return [...v.doorlooptijd].sort((a, b) => (a.spoor ?? 99) - (b.spoor ?? 99));
}

export function doorlooptijdTabel(v: DashboardVerantwoording): Cijfertabel {
  return {
    titel: 'Doorlooptijd aanmelding tot beschikking per spoor, tegen de landelijke norm',
    kolommen: [
      { sleutel: 'spoor', kop: 'Spoor', soort: 'tekst' },
      { sleutel: 'aantal', kop: 'Beschikkingen', soort: 'aantal' },
      { sleutel: 'mediaan', kop: 'Mediaan (dagen)', soort: 'dagen' },
      { sleutel: 'gemiddeld', kop: 'Gemiddeld (dagen)', soort: 'dagen' },
      { sleutel: 'norm', kop: 'Landelijke norm (dagen)', soort: 'dagen' },
      { sleutel: 'factor', kop: 'Factor sneller dan de norm', soort: 'dagen' },
      { sleutel: 'vergelijking', kop: 'Vergeleken met de norm', soort: 'tekst' },
    ],
    rijen: gesorteerdeDoorlooptijden(v).map((d) => ({
      sleutel: spoorSleutel(d),
      cellen: {
        spoor: spoorNaam(d),
        aantal: d.aantal,
        mediaan: d.mediaanDagen,
        gemiddeld: d.gemiddeldeDagen,
        norm: d.normDagen,
        factor: d.factorSnellerDanNorm,
        vergelijking: vergelijking(d),
      },
    })),
  };
}

export function DoorlooptijdPaneel({
  q,
  periode,
}: {
  readonly q: VerantwoordingUitkomst;
  readonly periode: Periode;
}) {
  const staat = staatVan(q, (d) => d.verantwoording.doorlooptijd.length === 0);
  const v = q.data?.verantwoording;
  const tabel = useMemo(() => (v ? doorlooptijdTabel(v) : null), [v]);
  const rijen = v ? gesorteerdeDoorlooptijden(v) : [];
  const alle = rijen.find((d) => d.spoor === null);
  return (
    <Paneel
      naam="doorlooptijd"
      titel="Doorlooptijd tegen de landelijke norm"
      bron={
        <>
          <Bron periode={periode} /> Van aanmelding tot beschikking, in dagen; de norm stelt DGM/DRM per spoor
          in.
        </>
      }
      staat={staat}
      fout={q.error}
      opnieuw={q.opnieuw}
      leegTekst="Geen doorlooptijden voor deze periode."
      geenToegangTekst={GEEN_TOEGANG}
      kern={
        alle && alle.mediaanDagen !== null ? (
          <p className="dashboard-kern" data-testid="doorlooptijd-kern">
            <span>
              mediaan <strong>{d1(alle.mediaanDagen)}</strong> {alle.mediaanDagen === 1 ? 'dag' : 'dagen'}
            </span>
          </p>
        ) : undefined
      }
    >
      {v && tabel && (
        <>
          <Legenda
            reeksen={[{ naam: 'Mediaan doorlooptijd' }]}
            extra={[{ naam: 'Landelijke norm (streeplijn)', soort: 'norm' }]}
          />
          <StaafGrafiek
            titel="Doorlooptijd per spoor tegen de landelijke norm"
            samenvatting={`Staafgrafiek: mediane doorlooptijd van aanmelding tot beschikking per spoor, met de landelijke norm als streeplijn. ${rijen
              .map(
                (d) =>
                  `${spoorNaam(d)}: ${d.mediaanDagen === null ? 'nog geen beschikkingen' : `mediaan ${d1(d.mediaanDagen)} dagen`}${d.normDagen !== null ? `, norm ${n(d.normDagen)} dagen` : ''}`,
              )
              .join('; ')}.`}
            rijen={rijen.map((d) => ({
              sleutel: spoorSleutel(d),
              label: spoorNaam(d),
              waarden: [d.mediaanDagen],
              norm: d.normDagen,
              tekst:
                d.mediaanDagen === null
                  ? undefined
                  : `${d1(d.mediaanDagen)} d${d.normDagen !== null ? ` · norm ${n(d.normDagen)}` : ''}`,
              leegTekst: `geen beschikking${d.normDagen !== null ? ` · norm ${n(d.normDagen)}` : ''}`,
            }))}
            tekstBreedte={170}
            reeksen={[{ naam: 'Mediaan' }]}
            xAs="Dagen van aanmelding tot beschikking"
            eenheid=" d"
            testid="doorlooptijd-grafiek"
          />
          <ul className="dashboard-opsomming" data-testid="doorlooptijd-vergelijking">
            {rijen
              .filter((d) => d.spoor !== null)
              .map((d) => (
                <li key={spoorSleutel(d)}>
                  {spoorNaam(d)}: {vergelijking(d)}
                </li>
              ))}
          </ul>
          <div className="dashboard-paneel__voet">
            <CijferTabel tabel={tabel} paneel="doorlooptijd" />
            <Export
              tabel={tabel}
              paneel="doorlooptijd"
              bestand={bestandsnaam('doorlooptijd per spoor', `${periode.van} tot ${periode.tot}`)}
            />
          </div>
        </>
      )}
    </Paneel>
  );
}
