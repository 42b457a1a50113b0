import type { PersoonInvoer } from '../../gql/schema';

/**
 * Group incidents (the bus incident: 40 people, one report, 10 named first): one person per line.
 *   1234567890          → V-nummer (10 digits)
 *   - man in rode jas   → description of a person not (yet) named
 *   Ahmad Karimi        → name as given
 * Empty lines are skipped.
 */
export interface GroepRegel {
  /** 1-based line number in the text. */
  readonly regel: number;
  readonly persoon: PersoonInvoer | null;
  readonly fout: string | null;
}

export interface Groep {
  readonly regels: readonly GroepRegel[];
  readonly personen: readonly PersoonInvoer[];
  readonly fouten: readonly { readonly regel: number; readonly reden: string }[];
  readonly telling: { readonly vNummer: number; readonly naam: number; readonly omschrijving: number };
}

export const MAX_GROEP_NAAM = 200;
export const MAX_GROEP_OMSCHRIJVING = 500;

function leesRegel(tekst: string, regel: number): GroepRegel | null {
  const t = tekst.trim();
  if (!t) return null;
  if (/^\d{10}$/.test(t)) return { regel, persoon: { vNummer: t }, fout: null };
  if (/^\d+$/.test(t))
    return { regel, persoon: null, fout: `"${t}" is geen V-nummer: een V-nummer heeft precies 10 cijfers.` };
  if (t.startsWith('-')) {
    const omschrijving = t.replace(/^-+/, '').trim();
    if (!omschrijving) return { regel, persoon: null, fout: 'Na het streepje ontbreekt de omschrijving.' };
    if (omschrijving.length > MAX_GROEP_OMSCHRIJVING)
      return {
        regel,
        persoon: null,
        fout: `De omschrijving is te lang (hoogstens ${MAX_GROEP_OMSCHRIJVING} tekens).`,
      };
    return { regel, persoon: { omschrijving }, fout: null };
  }
  if (t.length > MAX_GROEP_NAAM)
    return { regel, persoon: null, fout: `De naam is te lang (hoogstens ${MAX_GROEP_NAAM} tekens).` };
  return { regel, persoon: { naam: t }, fout: null };
}

export function leesGroep(tekst: string): Groep {
  const regels = tekst
    .split(/\r?\n/)
    .map((r, i) => leesRegel(r, i + 1))
    .filter((r): r is GroepRegel => r !== null);
  const personen = regels.flatMap((r) => (r.persoon ? [r.persoon] : []));
  return {
    regels,
    personen,
    fouten: regels.flatMap((r) => (r.fout ? [{ regel: r.regel, reden: r.fout }] : [])),
    telling: {
      vNummer: personen.filter((p) => p.vNummer).length,
      naam: personen.filter((p) => p.naam).length,
      omschrijving: personen.filter((p) => p.omschrijving).length,
    },
  };
}

/** "3 personen (1 V-nummer, 1 naam, 1 omschrijving)". */
export function groepTelling(groep: Groep): string {
  const n = groep.personen.length;
  const hoofd = n === 1 ? '1 persoon' : `${n} personen`;
  const delen = [
    groep.telling.vNummer &&
      `${groep.telling.vNummer} ${groep.telling.vNummer === 1 ? 'V-nummer' : 'V-nummers'}`,
    groep.telling.naam && `${groep.telling.naam} ${groep.telling.naam === 1 ? 'naam' : 'namen'}`,
    groep.telling.omschrijving &&
      `${groep.telling.omschrijving} ${groep.telling.omschrijving === 1 ? 'omschrijving' : 'omschrijvingen'}`,
  ].filter(Boolean);
  return delen.length ? `${hoofd} (${delen.join(', ')})` : hoofd;
}
