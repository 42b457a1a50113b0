import type { Organisatie } from './organisatie';

/** Roles carried in the token's `roles` claim. Values are stored and travel in tokens: never rename. */
export const Rol = {
  /** Directs one or more kernteam cases (by default the IND coördinator). */
  PROCESREGISSEUR: 'PROCESREGISSEUR',
  /** Member of the kernteam (IND, COA, DT&V). */
  KERNTEAMLID: 'KERNTEAMLID',
  /** COA location manager: reports incidents, inhuisregistratie. */
  LOCATIEMANAGER: 'LOCATIEMANAGER',
  /** DT&V (senior) regievoerder. */
  REGIEVOERDER: 'REGIEVOERDER',
  /** Police officer / municipal officer reporting signals. */
  MELDER: 'MELDER',
  /** OM ZSM desk officer. */
  ZSM_OFFICIER: 'ZSM_OFFICIER',
  /** DJI detention reporter. */
  DETENTIEMELDER: 'DETENTIEMELDER',
  /** National DGM/DRM analyst: reads the whole chain for direction and monitoring. */
  ANALIST_NATIONAAL: 'ANALIST_NATIONAAL',
  /** Ketenmarinier: national escalation, Top-X. */
  KETENMARINIER: 'KETENMARINIER',
  /** A partner's system (machine client) with scopes. */
  PARTNER_SYSTEEM: 'PARTNER_SYSTEEM',
  /** Privacy officer: reads the processing log. */
  PRIVACY_OFFICER: 'PRIVACY_OFFICER',
} as const;
export type Rol = (typeof Rol)[keyof typeof Rol];
export const ROLLEN: readonly Rol[] = Object.values(Rol);

export function isRol(value: unknown): value is Rol {
  return typeof value === 'string' && (ROLLEN as readonly string[]).includes(value);
}

/** Roles that see the whole chain regardless of case participation (need-to-know: national direction). */
export const NATIONALE_ROLLEN: readonly Rol[] = [Rol.ANALIST_NATIONAAL, Rol.KETENMARINIER];

/** The authenticated caller, as every service sees it after verifying the token. */
export interface Actor {
  /** Token subject (user or client id). */
  readonly sub: string;
  readonly naam: string;
  readonly organisatie: Organisatie;
  readonly rollen: readonly Rol[];
}

export function heeftNationaleRol(actor: Pick<Actor, 'rollen'>): boolean {
  return actor.rollen.some((r) => NATIONALE_ROLLEN.includes(r));
}
