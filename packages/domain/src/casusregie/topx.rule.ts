import { controleerGeheelGetal, controleerMoment, vergelijkTekst } from './invoer-controle';

/** One signal about a person, as counted for the Top-X list. */
export interface TopXSignaal {
  persoonId: string;
  /** 1 (light) … 4 (most serious). */
  ernst: 1 | 2 | 3 | 4;
  /** Violence against someone doing a public task (DOMAIN.md §3). */
  vpt: boolean;
  tijdstip: Date;
  regio: string;
}

export interface TopXVraag {
  regio: string;
  /** The month of the list, 'YYYY-MM'. */
  maand: string;
  maxAantal: number;
  minSignalen: number;
  /** Window: this many calendar months ending with `maand` (UTC), e.g. 3 for '2026-03' → January–March. */
  terugkijkMaanden: number;
}

export interface TopXVoorstel {
  persoonId: string;
  score: number;
  aantalSignalen: number;
  zwaarsteErnst: number;
  /** Number of VPT signals. */
  vpt: number;
  /** Dutch, e.g. "7 signalen, zwaarste ernst 4, 1 VPT". */
  uitleg: string;
  /** 1-based. */
  rang: number;
}

/**
 * Weights of the Top-X score (*inferred*: no source gives a formula; configurable): ernst doubles per
 * step (1 → 1, 2 → 2, 3 → 4, 4 → 8), so one serious incident outweighs several light ones; a VPT
 * signal adds 4 on top of its ernst (DOMAIN.md §3: the OM raises the sanction for VPT; R17).
 */
export const TOPX_GEWICHTEN = {
  ernst: { 1: 1, 2: 2, 3: 4, 4: 8 },
  vpt: 4,
} as const;

const MAAND = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * R19 — the monthly Top-X proposal for one region: the most persistent offenders by their signals
 * (police and COA data), discussed in the LKO. The list is a proposal; a person confirms it.
 *
 * - Counted: signals of `regio` with tijdstip in the window of `terugkijkMaanden` calendar months
 *   ending with `maand` (UTC): [first day of the first month 00:00Z, first day after `maand` 00:00Z).
 * - Score per person = the sum over their signals of TOPX_GEWICHTEN.ernst[ernst] (+ TOPX_GEWICHTEN.vpt
 *   for a VPT signal).
 * - Persons with fewer than `minSignalen` signals are left out.
 * - Sorted by score (high first), then number of signals (more first), then persoonId; cut to
 *   `maxAantal`; rang 1-based.
 *
 * Bad input throws a plain `Error` whose message starts with the field (`'maand: ...'`).
 */
export function stelTopXVoor(signalen: readonly TopXSignaal[], vraag: TopXVraag): TopXVoorstel[] {
  const { van, tot } = venster(vraag);
  if (typeof vraag.regio !== 'string' || vraag.regio.trim() === '') {
    throw new Error('regio: mag niet leeg zijn');
  }
  const maxAantal = controleerGeheelGetal(vraag.maxAantal, 'maxAantal', 1);
  const minSignalen = controleerGeheelGetal(vraag.minSignalen, 'minSignalen', 1);
  signalen.forEach((s, n) => {
    controleerMoment(s.tijdstip, `signalen[${n}].tijdstip`);
    if (!Object.hasOwn(TOPX_GEWICHTEN.ernst, s.ernst)) {
      throw new Error(`signalen[${n}].ernst: moet 1, 2, 3 of 4 zijn (gekregen: ${String(s.ernst)})`);
    }
  });

  const perPersoon = new Map<string, { score: number; aantal: number; zwaarste: number; vpt: number }>();
  for (const s of signalen) {
    const t = s.tijdstip.getTime();
    if (s.regio !== vraag.regio || t < van || t >= tot) continue;
    const p = perPersoon.get(s.persoonId) ?? { score: 0, aantal: 0, zwaarste: 0, vpt: 0 };
    p.score += TOPX_GEWICHTEN.ernst[s.ernst] + (s.vpt ? TOPX_GEWICHTEN.vpt : 0);
    p.aantal += 1;
    p.zwaarste = Math.max(p.zwaarste, s.ernst);
    p.vpt += s.vpt ? 1 : 0;
    perPersoon.set(s.persoonId, p);
  }

  return [...perPersoon]
    .filter(([, p]) => p.aantal >= minSignalen)
    .sort(([idA, a], [idB, b]) => b.score - a.score || b.aantal - a.aantal || vergelijkTekst(idA, idB))
    .slice(0, maxAantal)
    .map(([persoonId, p], index) => ({
      persoonId,
      score: p.score,
      aantalSignalen: p.aantal,
      zwaarsteErnst: p.zwaarste,
      vpt: p.vpt,
      uitleg: `${p.aantal} ${p.aantal === 1 ? 'signaal' : 'signalen'}, zwaarste ernst ${p.zwaarste}, ${
        p.vpt === 0 ? 'geen VPT' : `${p.vpt} VPT`
      }`,
      rang: index + 1,
    }));
}

/** The window [van, tot) in UTC milliseconds; validates `maand` and `terugkijkMaanden`. */
function venster(vraag: TopXVraag): { van: number; tot: number } {
  const match = typeof vraag.maand === 'string' ? MAAND.exec(vraag.maand) : null;
  if (!match) {
    throw new Error(
      `maand: moet de vorm JJJJ-MM hebben, bijvoorbeeld 2026-03 (gekregen: ${JSON.stringify(vraag.maand)})`,
    );
  }
  const terugkijkMaanden = controleerGeheelGetal(vraag.terugkijkMaanden, 'terugkijkMaanden', 1);
  const jaar = Number(match[1]);
  const maandIndex = Number(match[2]) - 1;
  return {
    van: Date.UTC(jaar, maandIndex - (terugkijkMaanden - 1), 1),
    tot: Date.UTC(jaar, maandIndex + 1, 1),
  };
}
