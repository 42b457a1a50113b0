import { CasusStatus, isOpen } from '../casusregie/casus-status.rule';
import type { UitkomstSoort } from '../casusregie/verantwoording.rule';
import { BewaarSoort } from './bewaar-soorten';

/** Outcomes that mean the person left the Netherlands (or was transferred under Dublin, R12). */
export const VERTREK_UITKOMSTEN: readonly UitkomstSoort[] = [
  'VERTREK_ZELFSTANDIG',
  'VERTREK_GEDWONGEN',
  'OVERDRACHT',
];

/** The retention kind of a case decides its period; closed cases only (open ones are never due). */
export function casusBewaarSoort(c: {
  status: CasusStatus;
  /** The case's latest outcome (by date, then by registration); null when none. */
  laatsteUitkomst: UitkomstSoort | null;
}): BewaarSoort | null {
  if (isOpen(c.status)) return null;
  switch (c.status) {
    case CasusStatus.NIET_GESCHIKT:
      return BewaarSoort.CASUS_NIET_GESCHIKT;
    case CasusStatus.DOORVERWEZEN:
      return BewaarSoort.CASUS_DOORVERWEZEN;
    case CasusStatus.AFGEROND:
      return c.laatsteUitkomst && VERTREK_UITKOMSTEN.includes(c.laatsteUitkomst)
        ? BewaarSoort.CASUS_VERTROKKEN
        : BewaarSoort.CASUS_AFGEROND;
    case CasusStatus.AANGEMELD:
    case CasusStatus.IN_BEOORDELING:
    case CasusStatus.IN_REGIE:
    case CasusStatus.HEROPEND:
      return null;
  }
}
