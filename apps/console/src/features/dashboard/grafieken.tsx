import { useId, useLayoutEffect, useRef, useState } from 'react';

/**
 * Hand-written SVG charts for the dashboard (no chart library). Every chart has role="img" with a
 * summary as its accessible name, axis labels, value labels on the marks, and series that differ by
 * pattern (solid, hatched, dotted) as well as by colour.
 */

const getal = new Intl.NumberFormat('nl-NL');

export interface Reeks {
  readonly naam: string;
}

/** Series styles in order: solid dark blue, hatched sky blue, dotted dark orange. */
const STIJLEN = [
  { kleur: '#154273', patroon: 'vol' },
  { kleur: '#007bc7', patroon: 'arcering' },
  { kleur: '#a34a00', patroon: 'stippen' },
] as const;

const stijl = (i: number) => STIJLEN[i % STIJLEN.length] ?? STIJLEN[0];

/** A DOM-safe id prefix (useId may contain characters an url(#…) reference does not like). */
function useSvgId(): string {
  return `g${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
}

/**
 * The width the chart has on the page: the SVG is drawn in CSS pixels (viewBox = that width), so its
 * text keeps its real size on a wide screen and on a tablet instead of being scaled with the drawing.
 */
function useBreedte(standaard: number) {
  const ref = useRef<HTMLDivElement>(null);
  const [breedte, setBreedte] = useState(standaard);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const meet = () => {
      const b = Math.floor(el.clientWidth);
      if (b > 0) setBreedte(Math.max(280, b));
    };
    meet();
    if (typeof ResizeObserver === 'undefined') return;
    const waarnemer = new ResizeObserver(meet);
    waarnemer.observe(el);
    return () => waarnemer.disconnect();
  }, []);
  return [ref, breedte] as const;
}

function Patronen({ prefix }: { readonly prefix: string }) {
  return (
    <defs>
      {STIJLEN.map((s, i) =>
        s.patroon === 'arcering' ? (
          <pattern
            key={s.patroon}
            id={`${prefix}-p${i}`}
            patternUnits="userSpaceOnUse"
            width={6}
            height={6}
            patternTransform="rotate(45)"
          >
            <rect width={6} height={6} fill="#fff" />
            <line x1={1.5} y1={0} x2={1.5} y2={6} stroke={s.kleur} strokeWidth={3} />
          </pattern>
        ) : s.patroon === 'stippen' ? (
          <pattern key={s.patroon} id={`${prefix}-p${i}`} patternUnits="userSpaceOnUse" width={5} height={5}>
            <rect width={5} height={5} fill="#fff" />
            <circle cx={2.5} cy={2.5} r={1.5} fill={s.kleur} />
          </pattern>
        ) : null,
      )}
    </defs>
  );
}

/** Fill and outline of series i (the outline keeps a patterned mark visible against white). */
function vulling(prefix: string, i: number) {
  const s = stijl(i);
  return {
    fill: s.patroon === 'vol' ? s.kleur : `url(#${prefix}-p${i % STIJLEN.length})`,
    stroke: s.kleur,
    strokeWidth: s.patroon === 'vol' ? 0 : 1.5,
  };
}

/** The legend: a swatch with the same pattern and the series' name (and total), as text. */
export function Legenda({
  reeksen,
  extra,
}: {
  readonly reeksen: readonly (Reeks & { readonly toelichting?: string })[];
  readonly extra?: readonly {
    readonly naam: string;
    readonly soort: 'norm' | 'capaciteit' | 'vandaag' | 'bezetlijn';
  }[];
}) {
  const prefix = useSvgId();
  return (
    <ul className="dashboard-legenda">
      {reeksen.map((r, i) => (
        <li key={r.naam}>
          <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
            <Patronen prefix={prefix} />
            <rect x={1} y={1} width={16} height={12} rx={1} {...vulling(prefix, i)} />
          </svg>
          {r.naam}
          {r.toelichting && <span className="gedempt"> {r.toelichting}</span>}
        </li>
      ))}
      {extra?.map((e) => (
        <li key={e.naam}>
          <svg width="18" height="14" viewBox="0 0 18 14" aria-hidden="true" focusable="false">
            {e.soort === 'norm' ? (
              <line x1={9} x2={9} y1={0} y2={14} className="dashboard-norm" />
            ) : e.soort === 'vandaag' ? (
              <line x1={9} x2={9} y1={0} y2={14} className="dashboard-vandaag" />
            ) : e.soort === 'bezetlijn' ? (
              <>
                <polyline points="0,11 5,6 9,8" className="dashboard-bezetlijn" fill="none" />
                <polyline
                  points="9,8 13,4 18,5"
                  className="dashboard-bezetlijn dashboard-bezetlijn--gepland"
                  fill="none"
                />
              </>
            ) : (
              <line x1={0} x2={18} y1={7} y2={7} className="dashboard-capaciteit" />
            )}
          </svg>
          {e.naam}
        </li>
      ))}
    </ul>
  );
}

/** Round numbers for an axis: 0 … ≥ max in about 4–6 steps of 1, 2 or 5 × 10^n (whole numbers). */
export function asStappen(max: number): number[] {
  if (max <= 0) return [0, 1];
  const ruw = max / 5;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const stap = Math.max(1, [1, 2, 5, 10].map((f) => f * macht).find((s) => s >= ruw) ?? 10 * macht);
  const stappen: number[] = [];
  for (let v = 0; v < max + stap; v += stap) stappen.push(Math.round(v * 1e6) / 1e6);
  return stappen;
}

function kort(tekst: string, max: number): string {
  return tekst.length > max ? `${tekst.slice(0, max - 1)}…` : tekst;
}

export interface Categorie {
  readonly sleutel: string;
  /** On the axis, e.g. "wk 47". */
  readonly as: string;
  /** In the tooltip, e.g. "week 47 (16–22 nov 2026)". */
  readonly volledig: string;
}

/** Vertical grouped columns per category (cases per week: registered and closed). */
export function KolomGrafiek({
  samenvatting,
  titel,
  categorieen,
  reeksen,
  waarden,
  yAs,
  xAs,
  testid,
}: {
  readonly samenvatting: string;
  readonly titel: string;
  readonly categorieen: readonly Categorie[];
  readonly reeksen: readonly Reeks[];
  /** waarden[reeks][categorie]. */
  readonly waarden: readonly (readonly number[])[];
  readonly yAs: string;
  readonly xAs: string;
  readonly testid: string;
}) {
  const prefix = useSvgId();
  const [vak, breedte] = useBreedte(800);
  const hoogte = 280;
  const links = 58;
  const rechts = 8;
  const boven = 18;
  const onder = 50;
  const plotB = breedte - links - rechts;
  const plotH = hoogte - boven - onder;
  const max = Math.max(1, ...waarden.flat());
  const stappen = asStappen(max);
  const top = stappen[stappen.length - 1] ?? max;
  const groep = plotB / Math.max(1, categorieen.length);
  const kolom = Math.max(1, (groep * 0.78) / Math.max(1, reeksen.length));
  // Axis labels at least ~44 px apart; values on the columns while a group is wide enough for them.
  const elke = Math.max(1, Math.ceil(categorieen.length / Math.max(1, Math.floor(plotB / 44))));
  const waardenTonen = groep >= 22;
  const y = (v: number) => boven + plotH - (v / top) * plotH;
  return (
    <div ref={vak} className="dashboard-grafiekvak">
      <svg
        viewBox={`0 0 ${breedte} ${hoogte}`}
        className="dashboard-grafiek"
        role="img"
        aria-label={samenvatting}
        data-testid={testid}
      >
        <title>{titel}</title>
        <Patronen prefix={prefix} />
        {stappen.map((s) => (
          <g key={s}>
            <line x1={links} x2={breedte - rechts} y1={y(s)} y2={y(s)} className="dashboard-rasterlijn" />
            <text x={links - 6} y={y(s)} className="dashboard-as" textAnchor="end" dominantBaseline="middle">
              {getal.format(s)}
            </text>
          </g>
        ))}
        <text
          className="dashboard-aslabel"
          transform={`translate(14 ${boven + plotH / 2}) rotate(-90)`}
          textAnchor="middle"
        >
          {yAs}
        </text>
        {categorieen.map((c, i) => {
          const x0 = links + i * groep + groep * 0.11;
          return (
            <g key={c.sleutel}>
              {reeksen.map((r, j) => {
                const v = waarden[j]?.[i] ?? 0;
                const x = x0 + j * kolom;
                const b = Math.max(1, kolom - 2);
                return (
                  <g key={r.naam}>
                    <rect
                      x={x}
                      y={y(v)}
                      width={b}
                      height={Math.max(0, boven + plotH - y(v))}
                      {...vulling(prefix, j)}
                    >
                      <title>{`${c.volledig} — ${r.naam}: ${getal.format(v)}`}</title>
                    </rect>
                    {waardenTonen && v > 0 && (
                      <text x={x + b / 2} y={y(v) - 4} className="dashboard-waarde" textAnchor="middle">
                        {getal.format(v)}
                      </text>
                    )}
                  </g>
                );
              })}
              {i % elke === 0 && (
                <text
                  x={links + i * groep + groep / 2}
                  y={boven + plotH + 16}
                  className="dashboard-as"
                  textAnchor="middle"
                >
                  {c.as}
                </text>
              )}
            </g>
          );
        })}
        <line
          x1={links}
          x2={breedte - rechts}
          y1={boven + plotH}
          y2={boven + plotH}
          className="dashboard-nullijn"
        />
        <text x={links + plotB / 2} y={hoogte - 6} className="dashboard-aslabel" textAnchor="middle">
          {xAs}
        </text>
      </svg>
    </div>
  );
}

export interface Staaf {
  readonly sleutel: string;
  readonly label: string;
  /** One value per series; null: no value (the row says why in `leegTekst`). */
  readonly waarden: readonly (number | null)[];
  /** A reference (the national norm) drawn as a dashed line across the row. */
  readonly norm?: number | null;
  /** Text after the bars, e.g. "4 (40%)"; default the value(s). */
  readonly tekst?: string;
  readonly leegTekst?: string;
}

/** Horizontal bars per row (grouped when there is more than one series), optionally with a norm line. */
export function StaafGrafiek({
  samenvatting,
  titel,
  rijen,
  reeksen,
  xAs,
  eenheid = '',
  testid,
  labelBreedte: labelMax = 168,
  tekstBreedte,
}: {
  readonly samenvatting: string;
  readonly titel: string;
  readonly rijen: readonly Staaf[];
  readonly reeksen: readonly Reeks[];
  readonly xAs: string;
  /** Appended to value labels, e.g. " d". */
  readonly eenheid?: string;
  readonly testid: string;
  readonly labelBreedte?: number;
  /** Room right of the plot for the row's text (default: enough for a number and a percentage). */
  readonly tekstBreedte?: number;
}) {
  const prefix = useSvgId();
  const [vak, breedte] = useBreedte(560);
  const labelBreedte = Math.min(labelMax, Math.round(breedte * 0.4));
  // More than one series: each bar carries its own value; one series: the row's text after the bar.
  const perStaaf = reeksen.length > 1;
  const staaf = perStaaf ? 13 : 18;
  const tussen = 2;
  const rijHoogte = reeksen.length * staaf + (reeksen.length - 1) * tussen + 14;
  const boven = 6;
  const onder = 40;
  const tekstRuimte = tekstBreedte ?? (perStaaf ? 40 : 96);
  const plotB = breedte - labelBreedte - tekstRuimte;
  const hoogte = boven + rijen.length * rijHoogte + onder;
  const max = Math.max(1, ...rijen.flatMap((r) => [...r.waarden.map((w) => w ?? 0), r.norm ?? 0]));
  const stappen = asStappen(max);
  const top = stappen[stappen.length - 1] ?? max;
  const x = (v: number) => labelBreedte + (v / top) * plotB;
  const plotOnder = boven + rijen.length * rijHoogte;
  const tekens = Math.floor(labelBreedte / 7);
  return (
    <div ref={vak} className="dashboard-grafiekvak">
      <svg
        viewBox={`0 0 ${breedte} ${hoogte}`}
        className="dashboard-grafiek"
        role="img"
        aria-label={samenvatting}
        data-testid={testid}
      >
        <title>{titel}</title>
        <Patronen prefix={prefix} />
        {stappen.map((s) => (
          <g key={s}>
            <line x1={x(s)} x2={x(s)} y1={boven} y2={plotOnder} className="dashboard-rasterlijn" />
            <text x={x(s)} y={plotOnder + 14} className="dashboard-as" textAnchor="middle">
              {getal.format(s)}
            </text>
          </g>
        ))}
        <text x={labelBreedte + plotB / 2} y={hoogte - 6} className="dashboard-aslabel" textAnchor="middle">
          {xAs}
        </text>
        {rijen.map((r, i) => {
          const y0 = boven + i * rijHoogte + 7;
          const midden = y0 + (rijHoogte - 14) / 2;
          const alleLeeg = r.waarden.every((w) => w === null);
          // The row's text starts after the longest bar and after the norm line, never across them.
          const einde = Math.max(
            ...r.waarden.map((w) => x(w ?? 0)),
            r.norm !== undefined && r.norm !== null ? x(r.norm) : labelBreedte,
          );
          return (
            <g key={r.sleutel}>
              <text
                x={labelBreedte - 8}
                y={midden}
                className="dashboard-label"
                textAnchor="end"
                dominantBaseline="middle"
              >
                {kort(r.label, tekens)}
                {r.label.length > tekens && <title>{r.label}</title>}
              </text>
              {r.waarden.map((w, j) => {
                if (w === null) return null;
                const yy = y0 + j * (staaf + tussen);
                const b = Math.max(w > 0 ? 2 : 0, x(w) - labelBreedte);
                return (
                  <g key={j}>
                    <rect x={labelBreedte} y={yy} width={b} height={staaf} rx={1} {...vulling(prefix, j)}>
                      <title>{`${r.label} — ${reeksen[j]?.naam ?? ''}: ${getal.format(w)}${eenheid}`}</title>
                    </rect>
                    {perStaaf && (
                      <text
                        x={labelBreedte + b + 4}
                        y={yy + staaf / 2}
                        className="dashboard-waarde dashboard-waarde--klein"
                        dominantBaseline="middle"
                      >
                        {getal.format(w)}
                      </text>
                    )}
                  </g>
                );
              })}
              {r.norm !== undefined && r.norm !== null && (
                <line
                  x1={x(r.norm)}
                  x2={x(r.norm)}
                  y1={y0 - 5}
                  y2={y0 + rijHoogte - 9}
                  className="dashboard-norm"
                >
                  <title>{`Landelijke norm: ${getal.format(r.norm)}${eenheid}`}</title>
                </line>
              )}
              {(!perStaaf || alleLeeg) && (
                <text
                  x={einde + 6}
                  y={midden}
                  className={alleLeeg ? 'dashboard-label dashboard-label--leeg' : 'dashboard-waarde'}
                  dominantBaseline="middle"
                >
                  {alleLeeg
                    ? (r.leegTekst ?? 'geen waarde')
                    : (r.tekst ??
                      r.waarden
                        .filter((w): w is number => w !== null)
                        .map((w) => `${getal.format(w)}${eenheid}`)
                        .join(' / '))}
                </text>
              )}
            </g>
          );
        })}
        <line x1={labelBreedte} x2={labelBreedte} y1={boven} y2={plotOnder} className="dashboard-nullijn" />
      </svg>
    </div>
  );
}

/**
 * A small line of occupancy per day against capacity (dashed), with today marked: solid up to today,
 * dotted for the planned days after it.
 */
export function Sparklijn({
  dagen,
  vandaag,
  samenvatting,
  testid,
}: {
  readonly dagen: readonly { readonly datum: string; readonly capaciteit: number; readonly bezet: number }[];
  readonly vandaag: string;
  readonly samenvatting: string;
  readonly testid: string;
}) {
  const breedte = 260;
  const hoogte = 74;
  const links = 26;
  const rechts = 6;
  const boven = 8;
  const onder = 18;
  const plotB = breedte - links - rechts;
  const plotH = hoogte - boven - onder;
  const max = Math.max(1, ...dagen.flatMap((d) => [d.capaciteit, d.bezet]));
  const x = (i: number) => links + (dagen.length <= 1 ? 0 : (i / (dagen.length - 1)) * plotB);
  const y = (v: number) => boven + plotH - (v / max) * plotH;
  const iVandaag = dagen.findIndex((d) => d.datum === vandaag);
  const punten = (lijst: readonly { i: number; v: number }[]) =>
    lijst.map((p) => `${x(p.i)},${y(p.v)}`).join(' ');
  const metIndex = dagen.map((d, i) => ({ i, v: d.bezet, c: d.capaciteit }));
  const verleden = iVandaag >= 0 ? metIndex.slice(0, iVandaag + 1) : metIndex;
  const toekomst = iVandaag >= 0 ? metIndex.slice(iVandaag) : [];
  const capaciteit = metIndex.flatMap((p, k) => {
    // A step line: capacity holds until it changes.
    const vorige = metIndex[k - 1];
    return vorige && vorige.c !== p.c
      ? [
          { i: p.i, v: vorige.c },
          { i: p.i, v: p.c },
        ]
      : [{ i: p.i, v: p.c }];
  });
  const kortDatum = (d: string | undefined) =>
    d ? `${Number(d.slice(8, 10))}-${Number(d.slice(5, 7))}` : '';
  return (
    <svg
      viewBox={`0 0 ${breedte} ${hoogte}`}
      className="dashboard-sparklijn"
      role="img"
      aria-label={samenvatting}
      data-testid={testid}
    >
      <title>{samenvatting}</title>
      <text x={links - 4} y={y(max)} className="dashboard-as" textAnchor="end" dominantBaseline="middle">
        {getal.format(max)}
      </text>
      <text x={links - 4} y={y(0)} className="dashboard-as" textAnchor="end" dominantBaseline="middle">
        0
      </text>
      <line x1={links} x2={breedte - rechts} y1={y(0)} y2={y(0)} className="dashboard-nullijn" />
      <polyline points={punten(capaciteit)} className="dashboard-capaciteit" fill="none" />
      {iVandaag >= 0 && (
        <line x1={x(iVandaag)} x2={x(iVandaag)} y1={boven - 4} y2={y(0)} className="dashboard-vandaag" />
      )}
      <polyline points={punten(verleden)} className="dashboard-bezetlijn" fill="none" />
      {toekomst.length > 1 && (
        <polyline
          points={punten(toekomst)}
          className="dashboard-bezetlijn dashboard-bezetlijn--gepland"
          fill="none"
        />
      )}
      {iVandaag >= 0 && (
        <circle cx={x(iVandaag)} cy={y(dagen[iVandaag]?.bezet ?? 0)} r={3} className="dashboard-bezetpunt" />
      )}
      <text x={links} y={hoogte - 4} className="dashboard-as">
        {kortDatum(dagen[0]?.datum)}
      </text>
      {iVandaag > 2 && iVandaag < dagen.length - 3 && (
        <text x={x(iVandaag)} y={hoogte - 4} className="dashboard-as" textAnchor="middle">
          vandaag
        </text>
      )}
      <text x={breedte - rechts} y={hoogte - 4} className="dashboard-as" textAnchor="end">
        {kortDatum(dagen[dagen.length - 1]?.datum)}
      </text>
    </svg>
  );
}

/** Today's occupancy against capacity as one bar: the filled part is occupied, the frame is capacity. */
export function Meter({
  bezet,
  capaciteit,
  samenvatting,
  testid,
}: {
  readonly bezet: number;
  readonly capaciteit: number;
  readonly samenvatting: string;
  readonly testid: string;
}) {
  const prefix = useSvgId();
  const breedte = 260;
  const hoogte = 34;
  const links = 2;
  const plotB = breedte - 4;
  const schaal = Math.max(capaciteit, bezet, 1);
  const b = (v: number) => (v / schaal) * plotB;
  const over = bezet > capaciteit;
  return (
    <svg
      viewBox={`0 0 ${breedte} ${hoogte}`}
      className="dashboard-meter"
      role="img"
      aria-label={samenvatting}
      data-testid={testid}
    >
      <title>{samenvatting}</title>
      <Patronen prefix={prefix} />
      <rect x={links} y={2} width={b(capaciteit)} height={18} className="dashboard-meter__kader" />
      <rect x={links} y={2} width={b(Math.min(bezet, capaciteit))} height={18} {...vulling(prefix, 0)} />
      {over && (
        <rect
          x={links + b(capaciteit)}
          y={2}
          width={b(bezet - capaciteit)}
          height={18}
          {...vulling(prefix, 2)}
        />
      )}
      <text x={links} y={hoogte - 1} className="dashboard-as">
        0
      </text>
      <text x={links + b(capaciteit)} y={hoogte - 1} className="dashboard-as" textAnchor="end">
        {getal.format(capaciteit)}
      </text>
    </svg>
  );
}
