import {
  formatteerMoment,
  lokaalNaarMoment,
  lokaleTijd,
  naarMoment,
  type TijdInvoer,
} from './amsterdam-tijd';
import type { Termijn } from './termijn';
import { TermijnFout } from './termijn-fout';

const UUR_MS = 3_600_000;
/** Sv art. 56a: the hours between midnight and nine in the morning do not count. */
const NACHT_EINDE_UUR = 9;

/**
 * R14 — Ophouden voor onderzoek (Sv art. 56a): at most 6 hours, or 9 hours for an offence that
 * allows pre-trial detention; the time between 00:00 and 09:00 (Amsterdam) does not count.
 *
 * `aanvang` is the moment the ophouden starts (the suspect is brought before the (hulp)officier).
 * Counting walks the Amsterdam clock: an arrest at 22:00 with 9 hours counts 2 hours to midnight,
 * pauses until 09:00 and counts the last 7 → 16:00 the next day; an arrest at 03:00 starts counting
 * at 09:00. The clock changes (02:00/03:00) fall inside the excluded night, so they never change
 * the result.
 *
 * R23 (Atw) does not apply: a term in hours, and a maximum of deprivation of liberty.
 */
export function ophoudenVoorOnderzoek(invoer: { aanvang: TijdInvoer; duurUren: 6 | 9 }): Termijn {
  const aanvang = naarMoment(invoer.aanvang, 'aanvang');
  if (invoer.duurUren !== 6 && invoer.duurUren !== 9) {
    throw new TermijnFout(
      'ONGELDIGE_INVOER',
      'duurUren',
      `duurUren moet 6 of 9 zijn (gekregen: ${String(invoer.duurUren)})`,
    );
  }
  let resterend = invoer.duurUren * UUR_MS;
  let tijdstip = aanvang.getTime();
  let pauzeNacht = false;
  for (;;) {
    const lokaal = lokaleTijd(new Date(tijdstip));
    const { year, month, day } = lokaal;
    if (lokaal.hour < NACHT_EINDE_UUR) {
      // Inside the excluded night: counting resumes at 09:00 the same date.
      tijdstip = lokaalNaarMoment({ year, month, day, hour: NACHT_EINDE_UUR }).getTime();
      pauzeNacht = true;
      continue;
    }
    const middernacht = lokaalNaarMoment({ year, month, day: day + 1 }).getTime();
    const beschikbaar = middernacht - tijdstip;
    if (resterend <= beschikbaar) {
      tijdstip += resterend;
      break;
    }
    resterend -= beschikbaar;
    tijdstip = middernacht;
  }
  const vervaltOp = new Date(tijdstip);
  return {
    regel: 'R14',
    vervaltOp,
    uitleg:
      `Ophouden voor onderzoek: ${invoer.duurUren} uur vanaf ${formatteerMoment(aanvang)}` +
      (pauzeNacht ? ', de uren tussen 00:00 en 09:00 tellen niet mee' : '') +
      ` → ${formatteerMoment(vervaltOp)}`,
    grondslag: 'Sv art. 56a',
  };
}
