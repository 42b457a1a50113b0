/**
 * R20 — suitability for the kernteam approach (seed evaluation §2.2), with R17 (VPT always goes to
 * the kernteam). Pure: the verdict and, per criterion, whether it holds and why, in Dutch. A person
 * confirms; the system only proposes.
 */
export type Spoor = 1 | 2 | 4;

export const Procedurefase = {
  AANMELDING: 'AANMELDING',
  RUST_EN_VOORBEREIDINGSTIJD: 'RUST_EN_VOORBEREIDINGSTIJD',
  ALGEMENE_ASIELPROCEDURE: 'ALGEMENE_ASIELPROCEDURE',
  VERLENGDE_ASIELPROCEDURE: 'VERLENGDE_ASIELPROCEDURE',
  BESCHIKT: 'BESCHIKT',
  BEROEP: 'BEROEP',
  VERTREK: 'VERTREK',
} as const;
export type Procedurefase = (typeof Procedurefase)[keyof typeof Procedurefase];

/** Early in the procedure: before a decision in the general procedure. */
export const VROEGE_FASEN: readonly Procedurefase[] = [
  Procedurefase.AANMELDING,
  Procedurefase.RUST_EN_VOORBEREIDINGSTIJD,
  Procedurefase.ALGEMENE_ASIELPROCEDURE,
];
export const KERNTEAM_LOCATIES: readonly string[] = ['TER_APEL', 'BUDEL'];

export interface GeschiktheidInvoer {
  /** Known open kernteam case for this person. */
  heeftOpenCasus: boolean;
  /** Kansarm assessment; null when not yet assessed. Spoor 1 and 2 are kansarm by definition. */
  kansarm: boolean | null;
  spoor: Spoor | null;
  procedurefase: Procedurefase | null;
  /** Reception location code where the person stays (e.g. TER_APEL), null when unknown. */
  locatieCode: string | null;
  /** The signal concerns violence against someone doing a public task. */
  vpt: boolean;
}

export type Verdict = 'KOPPELEN_AAN_CASUS' | 'CASUS_VOORSTELLEN' | 'DOORVERWIJZEN_LKO_TOPX' | 'NIET_GESCHIKT';

export interface Criterium {
  naam: 'kansarm' | 'vroeg in de procedure' | 'in Ter Apel of Budel';
  /** true / false, or null when the fact is not known yet. */
  voldaan: boolean | null;
  uitleg: string;
}

export interface Geschiktheid {
  verdict: Verdict;
  criteria: Criterium[];
  /** What still has to be checked by a person before confirming. */
  teControleren: string[];
  uitleg: string;
}

export function beoordeelGeschiktheid(i: GeschiktheidInvoer): Geschiktheid {
  const kansarm = i.spoor === 1 || i.spoor === 2 ? true : i.kansarm;
  const criteria: Criterium[] = [
    {
      naam: 'kansarm',
      voldaan: kansarm,
      uitleg:
        i.spoor === 1 || i.spoor === 2
          ? `spoor ${i.spoor} is kansarm`
          : kansarm === null
            ? 'kansarmheid nog niet beoordeeld'
            : kansarm
              ? 'beoordeeld als kansarm'
              : 'beoordeeld als niet kansarm',
    },
    {
      naam: 'vroeg in de procedure',
      voldaan: i.procedurefase === null ? null : VROEGE_FASEN.includes(i.procedurefase),
      uitleg:
        i.procedurefase === null
          ? 'procedurefase onbekend'
          : `procedurefase ${i.procedurefase.toLowerCase().replace(/_/g, ' ')}`,
    },
    {
      naam: 'in Ter Apel of Budel',
      voldaan: i.locatieCode === null ? null : KERNTEAM_LOCATIES.includes(i.locatieCode),
      uitleg: i.locatieCode === null ? 'verblijfplaats onbekend' : `verblijft op ${i.locatieCode}`,
    },
  ];
  const teControleren = criteria.filter((c) => c.voldaan === null).map((c) => c.uitleg);

  if (i.heeftOpenCasus) {
    return {
      verdict: 'KOPPELEN_AAN_CASUS',
      criteria,
      teControleren: [],
      uitleg: 'Er loopt al een casus: het signaal wordt daaraan gekoppeld en als nieuw getoond.',
    };
  }
  if (i.vpt) {
    return {
      verdict: 'CASUS_VOORSTELLEN',
      criteria,
      teControleren,
      uitleg: 'Geweld tegen een publieke taak: altijd naar het kernteam (R17).',
    };
  }
  if (criteria.every((c) => c.voldaan !== false)) {
    return {
      verdict: 'CASUS_VOORSTELLEN',
      criteria,
      teControleren,
      uitleg: teControleren.length
        ? `Mogelijk kernteamdoelgroep (R20); nog te controleren: ${teControleren.join(', ')}.`
        : 'Kernteamdoelgroep (R20): kansarm, vroeg in de procedure en in Ter Apel of Budel. Eén signaal is genoeg.',
    };
  }
  const laterInProcedure = i.procedurefase !== null && !VROEGE_FASEN.includes(i.procedurefase);
  const nietVoldaan = criteria.filter((c) => c.voldaan === false).map((c) => c.naam);
  if (laterInProcedure) {
    return {
      verdict: 'DOORVERWIJZEN_LKO_TOPX',
      criteria,
      teControleren,
      uitleg: `Niet voor het kernteam (${nietVoldaan.join(', ')} niet voldaan); later in de procedure: bespreken in het LKO of de Top-X-aanpak.`,
    };
  }
  return {
    verdict: 'NIET_GESCHIKT',
    criteria,
    teControleren,
    uitleg: `Niet voor het kernteam: ${nietVoldaan.join(', ')} niet voldaan.`,
  };
}
