import { Organisatie } from '../organisaties/organisatie';
import { heeftNationaleRol, Rol, type Actor } from '../organisaties/rol';

/** Organisations that form the kernteam (IND, COA, DT&V): they triage every signal. */
export const KERNTEAM_ORGANISATIES: readonly Organisatie[] = [
  Organisatie.IND,
  Organisatie.COA,
  Organisatie.DTV,
];

/**
 * Who sees signals (walking-skeleton rule, need-to-know): national roles and kernteam members see
 * all signals, because triaging them is their task; any other organisation sees the signals it
 * reported itself. Per-case participation narrows this once cases exist.
 */
export function magAlleSignalenZien(actor: Actor): boolean {
  return (
    heeftNationaleRol(actor) ||
    (KERNTEAM_ORGANISATIES.includes(actor.organisatie) && actor.rollen.includes(Rol.KERNTEAMLID))
  );
}

export function magSignaalZien(actor: Actor, signaal: { bronOrganisatie: Organisatie }): boolean {
  return magAlleSignalenZien(actor) || signaal.bronOrganisatie === actor.organisatie;
}

/** A partner reports in its own name; only a national role may enter a signal for another organisation. */
export function magMeldenNamens(actor: Actor, bronOrganisatie: Organisatie): boolean {
  return actor.organisatie === bronOrganisatie || heeftNationaleRol(actor);
}
