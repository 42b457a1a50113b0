import { codeAlsTekst } from '../../app/opmaak';
import type { CasusStatus, Organisatie, OverlegSoort, UitkomstSoort } from '../../gql/schema';

/** Organisation codes (enum Organisatie in the schema), in the order of DOMAIN.md §2. */
export const ORGANISATIES = [
  'IND',
  'COA',
  'DTV',
  'AVIM',
  'POLITIE',
  'OM',
  'GEMEENTE',
  'KMAR',
  'DJI',
  'NIDOS',
  'DGM_DRM',
  'KETENMARINIER',
] as const satisfies readonly Organisatie[];

/** A code from a form control or the address, narrowed to the schema's enum. */
export function isOrganisatie(code: string): code is Organisatie {
  return ORGANISATIES.some((o) => o === code);
}

/** Case states (enum CasusStatus) with their Dutch names, in the order of the state machine. */
export const CASUS_STATUSSEN = [
  { code: 'AANGEMELD', label: 'Aangemeld' },
  { code: 'IN_BEOORDELING', label: 'In beoordeling' },
  { code: 'IN_REGIE', label: 'In regie' },
  { code: 'HEROPEND', label: 'Heropend' },
  { code: 'AFGEROND', label: 'Afgerond' },
  { code: 'NIET_GESCHIKT', label: 'Niet geschikt' },
  { code: 'DOORVERWEZEN', label: 'Doorverwezen' },
] as const satisfies readonly { readonly code: CasusStatus; readonly label: string }[];

export function isCasusStatus(code: string): code is CasusStatus {
  return CASUS_STATUSSEN.some((s) => s.code === code);
}

/** Running cases: they take signals and appear on agendas and in the daily overview. */
export const OPEN_STATUSSEN = [
  'AANGEMELD',
  'IN_BEOORDELING',
  'IN_REGIE',
  'HEROPEND',
] as const satisfies readonly CasusStatus[];

/** Leaving these states closes the case; the UI asks to confirm a move into one of them. */
export const SLUITENDE_STATUSSEN = [
  'AFGEROND',
  'NIET_GESCHIKT',
  'DOORVERWEZEN',
] as const satisfies readonly CasusStatus[];

export function statusLabel(code: string): string {
  return CASUS_STATUSSEN.find((s) => s.code === code)?.label ?? codeAlsTekst(code);
}

export function isOpenStatus(code: string): boolean {
  return (OPEN_STATUSSEN as readonly string[]).includes(code);
}

/** Tracks in use (DOMAIN.md §3): 1 Dublin, 2 safe country / protection elsewhere, 4 general procedure. */
export const SPOREN = [
  { spoor: 1, label: 'Spoor 1 — Dublin' },
  { spoor: 2, label: 'Spoor 2 — veilig land / bescherming elders in de EU' },
  { spoor: 4, label: 'Spoor 4 — algemene procedure' },
] as const;

export function spoorKort(spoor: number | null | undefined): string {
  return spoor === null || spoor === undefined ? 'onbekend' : `Spoor ${spoor}`;
}

export function spoorLabel(spoor: number | null | undefined): string {
  return SPOREN.find((s) => s.spoor === spoor)?.label ?? spoorKort(spoor);
}

export const PROCEDUREFASEN = [
  { code: 'AANMELDING', label: 'Aanmelding' },
  { code: 'RUST_EN_VOORBEREIDINGSTIJD', label: 'Rust- en voorbereidingstijd' },
  { code: 'ALGEMENE_ASIELPROCEDURE', label: 'Algemene asielprocedure' },
  { code: 'VERLENGDE_ASIELPROCEDURE', label: 'Verlengde asielprocedure' },
  { code: 'BESCHIKT', label: 'Beschikt' },
  { code: 'BEROEP', label: 'Beroep' },
  { code: 'VERTREK', label: 'Vertrek' },
] as const;

export function procedurefaseLabel(code: string | null | undefined): string {
  if (!code) return '—';
  return PROCEDUREFASEN.find((f) => f.code === code)?.label ?? codeAlsTekst(code);
}

export const UITKOMST_SOORTEN = [
  { code: 'BESCHIKKING', label: 'Beschikking' },
  { code: 'BEROEP_INGESTELD', label: 'Beroep ingesteld' },
  { code: 'BEROEP_ONGEGROND', label: 'Beroep ongegrond' },
  { code: 'BEROEP_GEGROND', label: 'Beroep gegrond' },
  { code: 'BEROEP_INGETROKKEN', label: 'Beroep ingetrokken' },
  { code: 'OVERDRACHT', label: 'Overdracht (Dublin)' },
  { code: 'VERTREK_ZELFSTANDIG', label: 'Zelfstandig vertrek' },
  { code: 'VERTREK_GEDWONGEN', label: 'Gedwongen vertrek' },
  { code: 'MOB', label: 'Vertrokken met onbekende bestemming (MOB)' },
  { code: 'OPNIEUW_AANGEMELD', label: 'Opnieuw aangemeld' },
] as const satisfies readonly { readonly code: UitkomstSoort; readonly label: string }[];

export function isUitkomstSoort(code: string): code is UitkomstSoort {
  return UITKOMST_SOORTEN.some((u) => u.code === code);
}

/** Kinds of timeline line: an icon (decorative) and a label (read out). */
export const TIJDLIJN_SOORTEN: Readonly<Record<string, { readonly icoon: string; readonly label: string }>> =
  {
    SIGNAAL: { icoon: '⚑', label: 'Signaal' },
    TRANSITIE: { icoon: '⇄', label: 'Status of gegevens' },
    MAATREGEL: { icoon: '⚖', label: 'Maatregel' },
    ACTIE: { icoon: '✓', label: 'Actie' },
    UITKOMST: { icoon: '◆', label: 'Uitkomst' },
    BESLUIT: { icoon: '✎', label: 'Besluit' },
    ESCALATIE: { icoon: '!', label: 'Escalatie' },
    TERMIJN: { icoon: '◷', label: 'Termijn' },
    ZSM: { icoon: '§', label: 'ZSM' },
    DETENTIE: { icoon: '▥', label: 'Detentie' },
  };

export function tijdlijnSoort(soort: string): { readonly icoon: string; readonly label: string } {
  return TIJDLIJN_SOORTEN[soort] ?? { icoon: '•', label: codeAlsTekst(soort) };
}

export const VERDICT_LABEL: Readonly<Record<string, string>> = {
  KOPPELEN_AAN_CASUS: 'Koppelen aan lopende casus',
  CASUS_VOORSTELLEN: 'Casus voorgesteld (kernteam)',
  DOORVERWIJZEN_LKO_TOPX: 'Doorverwijzen naar LKO of Top-X',
  NIET_GESCHIKT: 'Niet geschikt voor het kernteam',
};

export const VOORSTEL_STATUS_LABEL: Readonly<Record<string, string>> = {
  OPEN: 'Open',
  BEVESTIGD: 'Bevestigd',
  AFGEWEZEN: 'Afgewezen',
  GEKOPPELD: 'Gekoppeld aan casus',
};

export const AGENDA_REDEN_LABEL: Readonly<Record<string, string>> = {
  ACTIE_TE_LAAT: 'Actie te laat',
  TERMIJN_DEZE_WEEK: 'Termijn deze week',
  NIEUW: 'Nieuw',
  GEWIJZIGD: 'Gewijzigd',
  HANDMATIG: 'Handmatig toegevoegd',
};

export const OVERLEG_SOORTEN = [
  { code: 'KERNTEAM', label: 'Kernteamoverleg', uitleg: 'wekelijks, maandag 09:00' },
  { code: 'LKO', label: 'Lokaal ketenoverleg (LKO)', uitleg: 'per opvanglocatie' },
  { code: 'TOPX', label: 'Top-X-overleg', uitleg: 'coördinatoren Top-X' },
  { code: 'REGIETAFEL', label: 'Regietafel', uitleg: '' },
] as const satisfies readonly {
  readonly code: OverlegSoort;
  readonly label: string;
  readonly uitleg: string;
}[];

export function isOverlegSoort(code: string): code is OverlegSoort {
  return OVERLEG_SOORTEN.some((s) => s.code === code);
}

export function overlegSoortLabel(code: string): string {
  return OVERLEG_SOORTEN.find((s) => s.code === code)?.label ?? codeAlsTekst(code);
}

/** Countries of origin (ISO 3166-1 alpha-3) most seen in the chain; other codes are shown as is. */
const LANDEN: Readonly<Record<string, string>> = {
  AFG: 'Afghanistan',
  DZA: 'Algerije',
  EGY: 'Egypte',
  ERI: 'Eritrea',
  GEO: 'Georgië',
  IRN: 'Iran',
  IRQ: 'Irak',
  LBY: 'Libië',
  MAR: 'Marokko',
  MDA: 'Moldavië',
  NGA: 'Nigeria',
  PAK: 'Pakistan',
  SOM: 'Somalië',
  SYR: 'Syrië',
  TUN: 'Tunesië',
  TUR: 'Turkije',
  YEM: 'Jemen',
  ALB: 'Albanië',
  BIH: 'Bosnië en Herzegovina',
  SRB: 'Servië',
  UKR: 'Oekraïne',
  GIN: 'Guinee',
  SEN: 'Senegal',
  GMB: 'Gambia',
  SDN: 'Soedan',
  ETH: 'Ethiopië',
  COL: 'Colombia',
  VEN: 'Venezuela',
  BGD: 'Bangladesh',
  IND: 'India',
};

export function landNaam(code: string | null | undefined): string {
  if (!code) return '—';
  return LANDEN[code] ?? code;
}
