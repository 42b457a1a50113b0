import {
  BEWAARTERMIJN_DEFINITIES,
  BewaarActie,
  type BewaarSoort,
  type BewaarVariabele,
} from './bewaar-soorten';
import { bewaartermijnFout, isMinstens, parseBewaartermijn, type Bewaartermijn } from './bewaartermijn.rule';

/** The configured period of every kind and action (defaults filled in). */
export type Bewaarbeleid = Readonly<Record<BewaarVariabele, Bewaartermijn>>;

/** A configured period that cannot be used, naming the setting at fault. */
export interface BewaarbeleidFout {
  readonly variabele: BewaarVariabele;
  readonly reden: string;
}

type Bron = Readonly<Partial<Record<string, string | undefined>>>;

function waarde(bron: Bron, variabele: BewaarVariabele, standaard: string): string {
  const w = bron[variabele];
  return w === undefined || w.trim() === '' ? standaard : w;
}

/**
 * Check one configured period (absent or empty: its default): it must be a period, not below its
 * minimum (the processing log: one year) nor above its legal maximum (R21). Null when it is fine.
 */
export function controleerBewaartermijn(
  variabele: BewaarVariabele,
  tekst: string | undefined,
): string | null {
  const d = BEWAARTERMIJN_DEFINITIES.find((x) => x.variabele === variabele);
  if (!d) return 'onbekende bewaartermijn';
  const waarde = tekst === undefined || tekst.trim() === '' ? d.standaard : tekst;
  const fout = bewaartermijnFout(waarde);
  if (fout) return `'${waarde}' ${fout}`;
  const t = parseBewaartermijn(waarde);
  if (d.minimum && !isMinstens(t, parseBewaartermijn(d.minimum))) {
    return `${t.iso} is te kort: minstens ${d.minimum} (${d.soort === 'LOGBOEK' ? 'het logboek gaat nooit binnen een jaar weg; de database weigert dat' : 'ondergrens'})`;
  }
  if (d.maximum && !isMinstens(parseBewaartermijn(d.maximum), t)) {
    return `${t.iso} is te lang: hoogstens ${d.maximum} (${d.bron})`;
  }
  return null;
}

/**
 * Across periods: a kind first anonymised and later removed is not removed before it is anonymised.
 * Periods that are themselves unusable are left to `controleerBewaartermijn`.
 */
export function controleerBewaarvolgorde(bron: Bron): BewaarbeleidFout[] {
  const fouten: BewaarbeleidFout[] = [];
  const bruikbaar = (v: BewaarVariabele, standaard: string) =>
    controleerBewaartermijn(v, bron[v]) === null ? parseBewaartermijn(waarde(bron, v, standaard)) : undefined;
  for (const a of BEWAARTERMIJN_DEFINITIES.filter((d) => d.actie === BewaarActie.ANONIMISEREN)) {
    const v = BEWAARTERMIJN_DEFINITIES.find(
      (d) => d.soort === a.soort && d.actie === BewaarActie.VERWIJDEREN,
    );
    const anon = bruikbaar(a.variabele, a.standaard);
    const weg = v && bruikbaar(v.variabele, v.standaard);
    if (v && anon && weg && !isMinstens(weg, anon)) {
      fouten.push({
        variabele: a.variabele,
        reden: `${anon.iso} is langer dan ${v.variabele} (${weg.iso}): anonimiseren moet vóór of tegelijk met verwijderen`,
      });
    }
  }
  return fouten;
}

/** Check all configured periods: each on its own (`controleerBewaartermijn`), then their order. */
export function controleerBewaarbeleid(bron: Bron): BewaarbeleidFout[] {
  const fouten: BewaarbeleidFout[] = [];
  for (const d of BEWAARTERMIJN_DEFINITIES) {
    const reden = controleerBewaartermijn(d.variabele, bron[d.variabele]);
    if (reden) fouten.push({ variabele: d.variabele, reden });
  }
  return [...fouten, ...controleerBewaarvolgorde(bron)];
}

export class BewaarbeleidOngeldig extends Error {
  constructor(readonly fouten: readonly BewaarbeleidFout[]) {
    super(`Bewaartermijnen ongeldig: ${fouten.map((f) => `${f.variabele}: ${f.reden}`).join('; ')}`);
    this.name = 'BewaarbeleidOngeldig';
  }
}

/** The retention policy from configuration (defaults where absent); throws BewaarbeleidOngeldig. */
export function bewaarbeleid(bron: Bron): Bewaarbeleid {
  const fouten = controleerBewaarbeleid(bron);
  if (fouten.length) throw new BewaarbeleidOngeldig(fouten);
  return Object.fromEntries(
    BEWAARTERMIJN_DEFINITIES.map((d) => [
      d.variabele,
      parseBewaartermijn(waarde(bron, d.variabele, d.standaard)),
    ]),
  ) as Record<BewaarVariabele, Bewaartermijn>;
}

/** The period of a kind for an action under a policy; undefined when the kind has none for it. */
export function bewaartermijnVan(
  beleid: Bewaarbeleid,
  soort: BewaarSoort,
  actie: BewaarActie,
): { termijn: Bewaartermijn; definitie: (typeof BEWAARTERMIJN_DEFINITIES)[number] } | undefined {
  const definitie = BEWAARTERMIJN_DEFINITIES.find((d) => d.soort === soort && d.actie === actie);
  return definitie ? { termijn: beleid[definitie.variabele], definitie } : undefined;
}
