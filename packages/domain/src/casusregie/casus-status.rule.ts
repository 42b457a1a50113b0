/**
 * The life of a kernteam case (casus) as an explicit state machine (issue 5; seed evaluation ch. 2):
 * aangemeld → in beoordeling → in regie → afgerond, or → niet geschikt / doorverwezen (LKO or Top-X),
 * and heropend. Pure: the service asks which transitions are allowed and why one is refused, and
 * records who, when and why for every transition.
 */
import type { Validatiefout } from '../fouten/validatie';

export const CasusStatus = {
  AANGEMELD: 'AANGEMELD',
  IN_BEOORDELING: 'IN_BEOORDELING',
  IN_REGIE: 'IN_REGIE',
  AFGEROND: 'AFGEROND',
  NIET_GESCHIKT: 'NIET_GESCHIKT',
  DOORVERWEZEN: 'DOORVERWEZEN',
  HEROPEND: 'HEROPEND',
} as const;
export type CasusStatus = (typeof CasusStatus)[keyof typeof CasusStatus];
export const CASUS_STATUSSEN = Object.values(CasusStatus) as [CasusStatus, ...CasusStatus[]];

export const CASUS_STATUS_LABEL: Record<CasusStatus, string> = {
  AANGEMELD: 'Aangemeld',
  IN_BEOORDELING: 'In beoordeling',
  IN_REGIE: 'In regie',
  AFGEROND: 'Afgerond',
  NIET_GESCHIKT: 'Niet geschikt',
  DOORVERWEZEN: 'Doorverwezen',
  HEROPEND: 'Heropend',
};

/** Where a case not for the kernteam goes (seed evaluation §2.2: LKO, Top-X approach). */
export const Doorverwijzing = { LKO: 'LKO', TOPX: 'TOPX' } as const;
export type Doorverwijzing = (typeof Doorverwijzing)[keyof typeof Doorverwijzing];

/** Open cases are worked on: they take new signals, appear on agendas and in the daily overview. */
export const OPEN_STATUSSEN: readonly CasusStatus[] = [
  CasusStatus.AANGEMELD,
  CasusStatus.IN_BEOORDELING,
  CasusStatus.IN_REGIE,
  CasusStatus.HEROPEND,
];

export function isOpen(status: CasusStatus): boolean {
  return OPEN_STATUSSEN.includes(status);
}

/** Allowed transitions: from → to. Everything else is refused. */
export const CASUS_TRANSITIES: Readonly<Record<CasusStatus, readonly CasusStatus[]>> = {
  AANGEMELD: [CasusStatus.IN_BEOORDELING, CasusStatus.NIET_GESCHIKT, CasusStatus.DOORVERWEZEN],
  IN_BEOORDELING: [CasusStatus.IN_REGIE, CasusStatus.NIET_GESCHIKT, CasusStatus.DOORVERWEZEN],
  IN_REGIE: [CasusStatus.AFGEROND, CasusStatus.DOORVERWEZEN],
  AFGEROND: [CasusStatus.HEROPEND],
  NIET_GESCHIKT: [CasusStatus.HEROPEND],
  DOORVERWEZEN: [CasusStatus.HEROPEND],
  HEROPEND: [
    CasusStatus.IN_BEOORDELING,
    CasusStatus.IN_REGIE,
    CasusStatus.AFGEROND,
    CasusStatus.NIET_GESCHIKT,
    CasusStatus.DOORVERWEZEN,
  ],
};

export interface TransitieVerzoek {
  van: CasusStatus;
  naar: CasusStatus;
  reden: string | null | undefined;
  /** Required for → DOORVERWEZEN. */
  doorverwezenNaar?: Doorverwijzing | null;
  /** Number of outcomes recorded on the case: closing requires at least one. */
  aantalUitkomsten: number;
}

/** Why a transition is refused, per field; empty when it is allowed. */
export function controleerTransitie(v: TransitieVerzoek): Validatiefout[] {
  const fouten: Validatiefout[] = [];
  if (!CASUS_TRANSITIES[v.van].includes(v.naar)) {
    const mogelijk = CASUS_TRANSITIES[v.van].map((s) => CASUS_STATUS_LABEL[s].toLowerCase());
    fouten.push({
      veld: 'naar',
      reden: `van ${CASUS_STATUS_LABEL[v.van].toLowerCase()} naar ${CASUS_STATUS_LABEL[v.naar].toLowerCase()} kan niet; wel: ${mogelijk.join(', ')}`,
    });
  }
  if (!v.reden?.trim()) fouten.push({ veld: 'reden', reden: 'is verplicht: leg vast waarom' });
  if (v.naar === CasusStatus.AFGEROND && v.aantalUitkomsten < 1) {
    fouten.push({
      veld: 'naar',
      reden:
        'afronden kan pas als er een uitkomst is vastgelegd (beschikking, beroep, overdracht, vertrek, MOB)',
    });
  }
  if (v.naar === CasusStatus.DOORVERWEZEN && !v.doorverwezenNaar) {
    fouten.push({ veld: 'doorverwezenNaar', reden: 'kies LKO of TOPX' });
  }
  if (v.naar !== CasusStatus.DOORVERWEZEN && v.doorverwezenNaar) {
    fouten.push({ veld: 'doorverwezenNaar', reden: 'alleen bij doorverwijzen' });
  }
  return fouten;
}

export function toegestaneTransities(van: CasusStatus): readonly CasusStatus[] {
  return CASUS_TRANSITIES[van];
}
