import { amsterdamLokaalNaarIso, nuAlsAmsterdamLokaal } from '../../app/opmaak';

/** Today on the Amsterdam calendar, as YYYY-MM-DD. */
export function vandaag(nu: number = Date.now()): string {
  return nuAlsAmsterdamLokaal(nu).slice(0, 10);
}

/** A YYYY-MM-DD date shifted by whole calendar days (or months). */
export function verschuifDatum(
  datum: string,
  { dagen = 0, maanden = 0 }: { dagen?: number; maanden?: number },
) {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(j, m - 1 + maanden, d + dagen)).toISOString().slice(0, 10);
}

/** A `datetime-local` value (Amsterdam) `dagen` days from now at the given hour. */
export function lokaalOverDagen(dagen: number, uur: number, nu: number = Date.now()): string {
  return `${verschuifDatum(vandaag(nu), { dagen })}T${String(uur).padStart(2, '0')}:00`;
}

/** Start of an Amsterdam calendar day as an ISO instant. */
export function dagBegin(datum: string): string | null {
  return amsterdamLokaalNaarIso(`${datum}T00:00`);
}

export const DATUM_PATROON = /^\d{4}-\d{2}-\d{2}$/;
