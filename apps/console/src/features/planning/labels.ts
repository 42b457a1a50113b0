import { codeAlsTekst } from '../../app/opmaak';

/** Placement statuses (planning: PlaatsingStatus), in the order of the workflow, with Dutch names. */
export const PLAATSING_STATUSSEN = [
  { code: 'VOORGESTELD', label: 'Voorgesteld' },
  { code: 'WACHTLIJST', label: 'Op de wachtlijst' },
  { code: 'AANGEBODEN', label: 'Plaats aangeboden' },
  { code: 'GOEDGEKEURD', label: 'Goedgekeurd' },
  { code: 'ACTIEF', label: 'Actief' },
  { code: 'BEEINDIGD', label: 'Beëindigd' },
  { code: 'AFGEWEZEN', label: 'Afgewezen' },
] as const;

/** Statuses in which a placement still runs or waits (the list's default filter). */
export const LOPENDE_STATUSSEN = [
  'VOORGESTELD',
  'WACHTLIJST',
  'AANGEBODEN',
  'GOEDGEKEURD',
  'ACTIEF',
] as const;

export function plaatsingStatusLabel(code: string): string {
  return PLAATSING_STATUSSEN.find((s) => s.code === code)?.label ?? codeAlsTekst(code);
}

/** Priority on the waiting list (1 urgent, 2 normaal, 3 laag). */
export const PRIORITEITEN = [
  { waarde: 1, label: '1 – urgent' },
  { waarde: 2, label: '2 – normaal' },
  { waarde: 3, label: '3 – laag' },
] as const;

export function prioriteitLabel(p: number): string {
  return PRIORITEITEN.find((x) => x.waarde === p)?.label ?? String(p);
}

/** Where a registration window stands (planning: VensterStand.stand). */
const STAND_LABEL: Readonly<Record<string, { readonly kort: string; readonly uitleg: string }>> = {
  KOMEND: { kort: 'Nog niet begonnen', uitleg: 'Het venster moet nog beginnen.' },
  OPEN: { kort: 'Open', uitleg: 'Het venster is open: registreren kan nu.' },
  NAREGISTRATIE: {
    kort: 'Naregistratie',
    uitleg: 'Het venster is voorbij; registraties kunnen nog worden aangevuld tot het wordt afgesloten.',
  },
  AFGESLOTEN: {
    kort: 'Afgesloten',
    uitleg: 'Wie ontbrak, is als afwezig gemeld (signaal verstuurd).',
  },
};

export function standLabel(stand: string): string {
  return STAND_LABEL[stand]?.kort ?? codeAlsTekst(stand);
}

export function standUitleg(stand: string): string {
  return STAND_LABEL[stand]?.uitleg ?? '';
}

/** Registration window codes (OCHTEND, AVOND) as words. */
export function vensterLabel(code: string): string {
  return codeAlsTekst(code);
}

/** TTSD risk of a procedure plan (planning: Ttsd.risico). */
export const RISICOS = [
  { code: 'TE_LAAT', label: 'Te laat' },
  { code: 'KRAP', label: 'Krap' },
  { code: 'OP_SCHEMA', label: 'Op schema' },
  { code: 'AFGEROND', label: 'Afgerond' },
] as const;

export function risicoLabel(code: string): string {
  return RISICOS.find((r) => r.code === code)?.label ?? codeAlsTekst(code);
}

/** Status of an IND slot week (planning: IndSlotWeek.status). */
const SLOT_STATUS_LABEL: Readonly<Record<string, string>> = {
  RUIM: 'Ruim',
  BIJNA_VOL: 'Bijna vol',
  VOL: 'Vol',
  OVERBOEKT: 'Overboekt',
};

export function slotStatusLabel(code: string): string {
  return SLOT_STATUS_LABEL[code] ?? codeAlsTekst(code);
}

/** Kind of decision (ProcedurePlanInvoer.soortBesluit): sets the appeal term (R10). */
export const SOORTEN_BESLUIT = [
  { code: 'AA', label: 'Afwijzing in de algemene asielprocedure (AA)' },
  { code: 'KENNELIJK_ONGEGROND', label: 'Kennelijk ongegrond' },
  { code: 'NIET_ONTVANKELIJK', label: 'Niet-ontvankelijk' },
  { code: 'OVERIG', label: 'Overig' },
] as const;

/** Ladder rungs (R1) as words (PlaatsingsBeoordeling.trede). */
const TREDE_LABEL: Readonly<Record<string, string>> = {
  INHUISREGISTRATIE: 'Inhuisregistratie',
  VTL: 'VTL',
  PBL: 'PBL',
  HTL: 'HTL',
  DETENTIECENTRUM: 'Vreemdelingenbewaring',
};
const LADDER = ['INHUISREGISTRATIE', 'VTL', 'PBL', 'HTL', 'DETENTIECENTRUM'];

/** "PBL (trede 3 van 5)"; "niet op de escalatieladder" for a location beside it. */
export function tredeLabel(code: string | null): string {
  if (!code) return 'niet op de escalatieladder';
  const n = LADDER.indexOf(code);
  return `${TREDE_LABEL[code] ?? codeAlsTekst(code)}${n >= 0 ? ` (trede ${n + 1} van ${LADDER.length})` : ''}`;
}

/** "1 dag", "3 dagen". */
export function dagenTekst(n: number): string {
  const abs = Math.abs(n);
  return abs === 1 ? '1 dag' : `${abs} dagen`;
}
