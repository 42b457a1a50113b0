import { useId, type ReactNode } from 'react';

const getal = new Intl.NumberFormat('nl-NL');

/** Round numbers for an axis: 0 … max in 4–6 steps of 1, 2 or 5 × 10^n. */
export function asStappen(max: number, alleenGeheel = true): number[] {
  if (max <= 0) return [0, 1];
  const ruw = max / 5;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const gevonden = [1, 2, 5, 10].map((f) => f * macht).find((s) => s >= ruw) ?? 10 * macht;
  // Counts have no halves: at least 1 per step.
  const stap = alleenGeheel ? Math.max(1, gevonden) : gevonden;
  const stappen: number[] = [];
  for (let v = 0; v < max + stap; v += stap) stappen.push(Math.round(v * 1e6) / 1e6);
  return stappen;
}

/** The data of a chart as a table: always there (collapsed), for screen readers and exact values. */
function TabelAlternatief({
  titel,
  koppen,
  rijen,
  testid,
}: {
  readonly titel: string;
  readonly koppen: readonly string[];
  readonly rijen: readonly (readonly ReactNode[])[];
  readonly testid: string;
}) {
  return (
    <details className="uitklap grafiek__tabel" data-testid={`${testid}-tabel`}>
      <summary>Toon als tabel</summary>
      <table className="tabel tabel--compact">
        <caption className="visueel-verborgen">{titel}</caption>
        <thead>
          <tr>
            {koppen.map((k, i) => (
              <th key={k} scope="col" className={i > 0 ? 'getal' : undefined}>
                {k}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rijen.map((r, i) => (
            <tr key={i}>
              {r.map((cel, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cel}
                  </th>
                ) : (
                  <td key={j} className="getal">
                    {cel}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Horizontal bars (e.g. countries of origin), largest first as given. */
export function StaafgrafiekHorizontaal({
  titel,
  omschrijving,
  data,
  eenheid,
  testid,
}: {
  readonly titel: string;
  readonly omschrijving: string;
  readonly data: readonly { readonly label: string; readonly waarde: number }[];
  readonly eenheid: string;
  readonly testid: string;
}) {
  const id = useId();
  const breedte = 480;
  const labelBreedte = 130;
  const waardeBreedte = 44;
  const rij = 30;
  const boven = 8;
  const hoogte = boven * 2 + data.length * rij;
  const max = Math.max(1, ...data.map((d) => d.waarde));
  const schaal = (breedte - labelBreedte - waardeBreedte - 8) / max;
  return (
    <figure className="grafiek" data-testid={testid}>
      <svg
        viewBox={`0 0 ${breedte} ${hoogte}`}
        className="grafiek__svg"
        role="img"
        aria-labelledby={`${id}-titel ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-titel`}>{titel}</title>
        <desc id={`${id}-desc`}>
          {omschrijving} {data.map((d) => `${d.label}: ${getal.format(d.waarde)} ${eenheid}`).join('; ')}.
        </desc>
        {data.map((d, i) => {
          const y = boven + i * rij;
          const w = Math.max(d.waarde > 0 ? 2 : 0, d.waarde * schaal);
          return (
            <g key={d.label} className="grafiek__rij">
              <text
                x={labelBreedte - 8}
                y={y + rij / 2}
                className="grafiek__label"
                textAnchor="end"
                dominantBaseline="middle"
              >
                {d.label}
              </text>
              <rect x={labelBreedte} y={y + 4} width={w} height={rij - 8} className="grafiek__staaf" rx={2} />
              <text
                x={labelBreedte + w + 6}
                y={y + rij / 2}
                className="grafiek__waarde"
                dominantBaseline="middle"
              >
                {getal.format(d.waarde)}
              </text>
            </g>
          );
        })}
      </svg>
      <TabelAlternatief
        titel={titel}
        koppen={['', eenheid.charAt(0).toUpperCase() + eenheid.slice(1)]}
        rijen={data.map((d) => [d.label, getal.format(d.waarde)])}
        testid={testid}
      />
    </figure>
  );
}

export interface Reeks {
  readonly naam: string;
  /** CSS class suffix for the colour (grafiek__kolom--<klasse>). */
  readonly klasse: string;
  readonly waarden: readonly number[];
}

/** Grouped columns per category (e.g. cases per week: registered vs closed), with a legend. */
export function KolomGrafiek({
  titel,
  omschrijving,
  categorieen,
  categorieLabel,
  tabelLabel = categorieLabel,
  reeksen,
  testid,
}: {
  readonly titel: string;
  readonly omschrijving: string;
  readonly categorieen: readonly string[];
  /** Short axis label of a category (e.g. "wk 47"). */
  readonly categorieLabel: (categorie: string) => string;
  /** Full label in the table (default: the axis label). */
  readonly tabelLabel?: (categorie: string) => string;
  readonly reeksen: readonly Reeks[];
  readonly testid: string;
}) {
  const id = useId();
  const breedte = 960;
  const hoogte = 300;
  const links = 40;
  const onder = 34;
  const boven = 10;
  const plotB = breedte - links - 8;
  const plotH = hoogte - onder - boven;
  const max = Math.max(1, ...reeksen.flatMap((r) => r.waarden));
  const stappen = asStappen(max);
  const top = stappen[stappen.length - 1] ?? max;
  const groep = plotB / Math.max(1, categorieen.length);
  const kolom = Math.max(1, (groep * 0.8) / Math.max(1, reeksen.length));
  const elke = Math.max(1, Math.ceil(categorieen.length / 14));
  const y = (v: number) => boven + plotH - (v / top) * plotH;
  const totalen = reeksen.map((r) => r.waarden.reduce((a, b) => a + b, 0));
  return (
    <figure className="grafiek" data-testid={testid}>
      <ul className="grafiek__legenda" aria-hidden="true">
        {reeksen.map((r, i) => (
          <li key={r.naam}>
            <span className={`grafiek__sleutel grafiek__kolom--${r.klasse}`} /> {r.naam} (
            {getal.format(totalen[i] ?? 0)})
          </li>
        ))}
      </ul>
      <svg
        viewBox={`0 0 ${breedte} ${hoogte}`}
        className="grafiek__svg"
        role="img"
        aria-labelledby={`${id}-titel ${id}-desc`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-titel`}>{titel}</title>
        <desc id={`${id}-desc`}>
          {omschrijving}{' '}
          {reeksen.map((r, i) => `${r.naam}: totaal ${getal.format(totalen[i] ?? 0)}`).join('; ')}. De tabel
          onder de grafiek geeft de waarden per periode.
        </desc>
        {stappen.map((s) => (
          <g key={s}>
            <line x1={links} x2={breedte - 8} y1={y(s)} y2={y(s)} className="grafiek__raster" />
            <text x={links - 6} y={y(s)} className="grafiek__as" textAnchor="end" dominantBaseline="middle">
              {getal.format(s)}
            </text>
          </g>
        ))}
        {categorieen.map((c, i) => {
          const x0 = links + i * groep + groep * 0.1;
          return (
            <g key={c}>
              {reeksen.map((r, j) => {
                const v = r.waarden[i] ?? 0;
                return (
                  <rect
                    key={r.naam}
                    x={x0 + j * kolom}
                    y={y(v)}
                    width={Math.max(1, kolom - 1)}
                    height={Math.max(0, boven + plotH - y(v))}
                    className={`grafiek__kolom grafiek__kolom--${r.klasse}`}
                  >
                    <title>{`${categorieLabel(c)} — ${r.naam}: ${getal.format(v)}`}</title>
                  </rect>
                );
              })}
              {i % elke === 0 && (
                <text
                  x={links + i * groep + groep / 2}
                  y={hoogte - onder + 16}
                  className="grafiek__as"
                  textAnchor="middle"
                >
                  {categorieLabel(c)}
                </text>
              )}
            </g>
          );
        })}
        <line
          x1={links}
          x2={breedte - 8}
          y1={boven + plotH}
          y2={boven + plotH}
          className="grafiek__nullijn"
        />
      </svg>
      <TabelAlternatief
        titel={titel}
        koppen={['', ...reeksen.map((r) => r.naam)]}
        rijen={categorieen.map((c, i) => [
          tabelLabel(c),
          ...reeksen.map((r) => getal.format(r.waarden[i] ?? 0)),
        ])}
        testid={testid}
      />
    </figure>
  );
}
