import { ernstLabel, formatTijdstip } from '../../app/opmaak';
import type { HistorieRegel } from './signaal.graphql';

const VELD_LABEL: Record<string, string> = {
  categorie: 'Categorie',
  subcategorie: 'Subcategorie',
  ernst: 'Ernst',
  omschrijving: 'Omschrijving',
  tijdstipIncident: 'Tijdstip incident',
  gemeente: 'Gemeente',
  locatieCode: 'Locatie',
  breedtegraad: 'Breedtegraad',
  lengtegraad: 'Lengtegraad',
  aangifte: 'Aangifte',
  pvNummer: 'PV-nummer',
};

const MAX_WAARDE = 120;

function waardeTekst(veld: string, waarde: unknown): string {
  if (waarde === null || waarde === undefined || waarde === '') return '—';
  if (typeof waarde === 'boolean') return waarde ? 'ja' : 'nee';
  if (veld === 'ernst' && typeof waarde === 'number') return ernstLabel(waarde);
  if (veld === 'tijdstipIncident' && typeof waarde === 'string') return formatTijdstip(waarde);
  const tekst = typeof waarde === 'string' ? waarde : JSON.stringify(waarde);
  return tekst.length > MAX_WAARDE ? `${tekst.slice(0, MAX_WAARDE)}…` : tekst;
}

function leesJson(tekst: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(tekst);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function alsObject(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/**
 * What a history entry changed, as plain text lines ("Ernst: 2 – Matig → 3 – Ernstig"). Values
 * come from partners' input: they are shown as text, never as HTML.
 */
export function wijzigingen(regel: HistorieRegel): string[] {
  const gegevens = leesJson(regel.gegevens);
  if (!gegevens) return [];
  if (regel.actie === 'GECORRIGEERD') {
    const oud = alsObject(gegevens.oud);
    const nieuw = alsObject(gegevens.nieuw);
    return Object.keys(nieuw)
      .filter((k) => JSON.stringify(oud[k] ?? null) !== JSON.stringify(nieuw[k] ?? null))
      .map((k) => `${VELD_LABEL[k] ?? k}: ${waardeTekst(k, oud[k])} → ${waardeTekst(k, nieuw[k])}`);
  }
  if (regel.actie === 'PERSONEN_TOEGEVOEGD' && Array.isArray(gegevens.persoonIds)) {
    const n = gegevens.persoonIds.length;
    return [
      n === 0 ? 'Geen nieuwe personen (al genoemd)' : n === 1 ? '1 persoon erbij' : `${n} personen erbij`,
    ];
  }
  return [];
}
