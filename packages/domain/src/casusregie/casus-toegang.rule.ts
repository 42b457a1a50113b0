/**
 * Need-to-know for cases (DOMAIN.md §7; issue 5): an organisation sees a case only when it takes
 * part in it; national roles see every case (read-only, for direction and monitoring). Everyone
 * else gets nothing — not even the case's existence.
 */
import { Organisatie } from '../organisaties/organisatie';
import { heeftNationaleRol, Rol, type Actor } from '../organisaties/rol';
import { KERNTEAM_ORGANISATIES } from '../toegang/signaal-toegang.rule';

/** Participants of a new case unless a person chooses otherwise: the kernteam (IND, COA, DT&V). */
export const STANDAARD_DEELNEMERS: readonly Organisatie[] = KERNTEAM_ORGANISATIES;

/** Roles that work on cases of their organisation (as opposed to only reporting signals). */
export const CASUSWERK_ROLLEN: readonly Rol[] = [
  Rol.PROCESREGISSEUR,
  Rol.KERNTEAMLID,
  Rol.REGIEVOERDER,
  Rol.LOCATIEMANAGER,
];

export function magCasusZien(actor: Actor, deelnemers: readonly Organisatie[]): boolean {
  return heeftNationaleRol(actor) || deelnemers.includes(actor.organisatie);
}

/** Change a case (status, measures, actions, outcomes, meeting decisions): a participant who works cases. */
export function magCasusWijzigen(actor: Actor, deelnemers: readonly Organisatie[]): boolean {
  return deelnemers.includes(actor.organisatie) && actor.rollen.some((r) => CASUSWERK_ROLLEN.includes(r));
}

/**
 * Proposals come from signals of every partner; triaging them is the kernteam's task, so kernteam
 * members and procesregisseurs of the kernteam organisations see and decide them, national roles read them.
 */
export function magVoorstellenZien(actor: Actor): boolean {
  return heeftNationaleRol(actor) || magVoorstellenBeslissen(actor);
}

export function magVoorstellenBeslissen(actor: Actor): boolean {
  return (
    KERNTEAM_ORGANISATIES.includes(actor.organisatie) &&
    (actor.rollen.includes(Rol.KERNTEAMLID) || actor.rollen.includes(Rol.PROCESREGISSEUR))
  );
}

/** Meetings are the kernteam's and the ketenmariniers'; national roles read them. */
export function magOverleggenZien(actor: Actor): boolean {
  return heeftNationaleRol(actor) || magVoorstellenBeslissen(actor);
}

/** Top-X lists are confirmed by a ketenmarinier or a kernteam procesregisseur (R19). */
export function magTopXBevestigen(actor: Actor): boolean {
  return (
    actor.rollen.includes(Rol.KETENMARINIER) ||
    (KERNTEAM_ORGANISATIES.includes(actor.organisatie) && actor.rollen.includes(Rol.PROCESREGISSEUR))
  );
}
