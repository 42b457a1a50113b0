import { Organisatie } from '../organisaties/organisatie';
import { heeftNationaleRol, Rol, type Actor } from '../organisaties/rol';
import { KERNTEAM_ORGANISATIES } from './signaal-toegang.rule';

/**
 * Who may do what in planning (issue 7). Placements, the inhuisregistratie and procedure plans are
 * chain data about persons under the kernteam approach: the kernteam organisations (IND, COA, DT&V)
 * work with them, national roles read them, other partners see none of it.
 */
const kernteamlid = (a: Actor) =>
  KERNTEAM_ORGANISATIES.includes(a.organisatie) &&
  (a.rollen.includes(Rol.KERNTEAMLID) || a.rollen.includes(Rol.PROCESREGISSEUR));

/** Read placements, capacity, registrations, plans and the slot calendar. */
export function magPlanningZien(actor: Actor): boolean {
  return heeftNationaleRol(actor) || kernteamlid(actor);
}

/** Propose a placement (any kernteam member; the system proposes after a missed registration). */
export function magPlaatsingVoorstellen(actor: Actor): boolean {
  return kernteamlid(actor);
}

/**
 * Approve, reject, activate and end placements: DT&V's regievoerder (the ladder is a return
 * instrument), the kernteam's procesregisseur, and COA's location manager (who takes a person in).
 */
export function magPlaatsingBeslissen(actor: Actor): boolean {
  return (
    kernteamlid(actor) &&
    (actor.rollen.includes(Rol.PROCESREGISSEUR) ||
      actor.rollen.includes(Rol.REGIEVOERDER) ||
      actor.rollen.includes(Rol.LOCATIEMANAGER))
  );
}

/** Capacity and registration windows of locations: COA manages its locations; national roles too. */
export function magCapaciteitBeheren(actor: Actor): boolean {
  return (
    (actor.organisatie === Organisatie.COA && actor.rollen.includes(Rol.LOCATIEMANAGER)) ||
    actor.rollen.includes(Rol.ANALIST_NATIONAAL)
  );
}

/** Record inhuisregistraties (R2): COA at the location, by hand or by its system. */
export function magInhuisregistratieVastleggen(actor: Actor): boolean {
  return (
    actor.organisatie === Organisatie.COA &&
    (actor.rollen.includes(Rol.LOCATIEMANAGER) ||
      actor.rollen.includes(Rol.KERNTEAMLID) ||
      actor.rollen.includes(Rol.PARTNER_SYSTEEM))
  );
}

/** Put a person under the inhuisregistratie or release them: a kernteam member. */
export function magInhuisregistratieOpleggen(actor: Actor): boolean {
  return kernteamlid(actor);
}

/** Draw up a procedure plan and record its steps: the kernteam (IND plans, COA and DT&V record). */
export function magProcedurePlannen(actor: Actor): boolean {
  return kernteamlid(actor);
}

/** The IND coördinator reserves hearing slots for kernteam cases. */
export function magIndSlotsBeheren(actor: Actor): boolean {
  return actor.organisatie === Organisatie.IND && actor.rollen.includes(Rol.PROCESREGISSEUR);
}
