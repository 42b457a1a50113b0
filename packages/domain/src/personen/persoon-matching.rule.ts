/**
 * Matching a person on intake (pure): exact V-nummer, else candidates by normalised name
 * (diacritics, transliteration variants, order of given names), date of birth and nationality,
 * each with a score and the reasons in Dutch. Never a silent merge: people decide.
 */
export interface PersoonKenmerken {
  vNummer?: string | null;
  naam?: string | null;
  geboortedatum?: string | null; // JJJJ-MM-DD
  geboortejaar?: number | null; // estimated
  nationaliteit?: string | null;
  coaNummer?: string | null;
}

export interface MatchUitslag {
  /** 0–100; 100 only for the same V-nummer. */
  score: number;
  redenen: string[];
}

/** Score from which a person is shown as a candidate. */
export const KANDIDAAT_DREMPEL = 40;

/** Lower case, no diacritics, letters only, single spaces. "Şükrü  Öztürk-Ali" → "sukru ozturk ali". */
export function normaliseerNaam(naam: string): string {
  return naam
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[ıİ]/g, 'i')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

const PARTIKELS = new Set(['al', 'el', 'bin', 'ben', 'ibn', 'abu', 'van', 'de', 'der', 'den', 'la', 'le']);

/**
 * A key that survives common transliteration variants of Arabic, Berber, Persian and Slavic names:
 * Mohammed / Muhammad / Mohamed → "mhmd"; Youssef / Yusuf / Jusuf → "ysf"; Oualid / Walid → "wld".
 */
export function naamSleutel(token: string): string {
  let t = normaliseerNaam(token).replace(/ /g, '');
  if (!t) return '';
  t = t
    .replace(/^ou/, 'w')
    .replace(/ou/g, 'u')
    .replace(/ph/g, 'f')
    .replace(/kh/g, 'k')
    .replace(/gh/g, 'g')
    .replace(/dj/g, 'j')
    .replace(/tch|ch|sch/g, 'sh')
    .replace(/q/g, 'k')
    .replace(/c/g, 'k')
    .replace(/^j(?=[aeiou])/, 'y')
    .replace(/^i(?=[aeiou])/, 'y')
    .replace(/z/g, 's');
  const eerste = t[0];
  const rest = t.slice(1).replace(/[aeiouy]/g, '');
  return (eerste + rest).replace(/(.)\1+/g, '$1');
}

/** Name tokens without particles, as transliteration keys, sorted (order of given names does not matter). */
export function naamSleutels(naam: string): string[] {
  return normaliseerNaam(naam)
    .split(' ')
    .filter((t) => t && !PARTIKELS.has(t))
    .map(naamSleutel)
    .filter(Boolean)
    .sort();
}

function jaar(p: PersoonKenmerken): number | null {
  if (p.geboortedatum) return Number(p.geboortedatum.slice(0, 4));
  return p.geboortejaar ?? null;
}

export function vergelijkPersonen(a: PersoonKenmerken, b: PersoonKenmerken): MatchUitslag {
  if (a.vNummer && b.vNummer) {
    return a.vNummer === b.vNummer
      ? { score: 100, redenen: ['zelfde V-nummer'] }
      : { score: 0, redenen: ['verschillend V-nummer'] };
  }
  let score = 0;
  const redenen: string[] = [];
  if (a.coaNummer && b.coaNummer) {
    if (a.coaNummer.trim().toUpperCase() === b.coaNummer.trim().toUpperCase()) {
      score += 40;
      redenen.push('zelfde COA-nummer');
    } else {
      score -= 20;
      redenen.push('ander COA-nummer');
    }
  }
  if (a.naam && b.naam) {
    const na = normaliseerNaam(a.naam);
    const nb = normaliseerNaam(b.naam);
    const ta = na.split(' ').sort().join(' ');
    const tb = nb.split(' ').sort().join(' ');
    const sa = naamSleutels(a.naam);
    const sb = naamSleutels(b.naam);
    if (na === nb) {
      score += 45;
      redenen.push('naam gelijk');
    } else if (ta === tb) {
      score += 45;
      redenen.push('zelfde namen in een andere volgorde');
    } else if (sa.length && sa.join(' ') === sb.join(' ')) {
      score += 38;
      redenen.push('naam gelijk op schrijfwijze na (transliteratie)');
    } else {
      const gedeeld = sa.filter((s) => sb.includes(s)).length;
      if (gedeeld > 0) {
        const kortste = Math.min(sa.length, sb.length);
        score += gedeeld === kortste ? 30 : 15 * gedeeld;
        redenen.push(
          gedeeld === kortste
            ? 'alle namen van de kortste naam komen voor'
            : gedeeld === 1
              ? '1 naam gemeenschappelijk'
              : `${gedeeld} namen gemeenschappelijk`,
        );
      }
    }
  }
  if (a.geboortedatum && b.geboortedatum && a.geboortedatum === b.geboortedatum) {
    score += 30;
    redenen.push('zelfde geboortedatum');
  } else {
    const ja = jaar(a);
    const jb = jaar(b);
    if (ja !== null && jb !== null) {
      if (ja === jb) {
        score += 10;
        redenen.push('zelfde geboortejaar');
      } else if (Math.abs(ja - jb) > 2) {
        score -= 20;
        redenen.push(`geboortejaar wijkt ${Math.abs(ja - jb)} jaar af`);
      }
    }
  }
  if (a.nationaliteit && b.nationaliteit) {
    if (a.nationaliteit === b.nationaliteit) {
      score += 10;
      redenen.push('zelfde nationaliteit');
    } else {
      score -= 15;
      redenen.push('andere nationaliteit');
    }
  }
  return { score: Math.max(0, Math.min(99, score)), redenen };
}
