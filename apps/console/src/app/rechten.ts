import type { Persona } from './auth';

/**
 * What the UI offers to whom. The services decide (FORBIDDEN otherwise); these only hide actions a
 * persona cannot perform, so nobody is invited to press a button that will be refused.
 */
const REGISSEURSROLLEN = ['KERNTEAMLID', 'PROCESREGISSEUR'] as const;

/** Merging, splitting and linking identities: kernteam members and procesregisseurs. */
export function magIdentiteitenKoppelen(persona: Persona): boolean {
  return persona.rollen.some((r) => (REGISSEURSROLLEN as readonly string[]).includes(r));
}

/** National roles see (and may change) the whole chain (domain: NATIONALE_ROLLEN). */
const NATIONALE_ROLLEN = ['ANALIST_NATIONAAL', 'KETENMARINIER'] as const;

/**
 * Adding persons, correcting or withdrawing a signal: the reporting organisation (bronOrganisatie)
 * or a national role, as the signalen service enforces (SignaalService.vergrendelVoorWijziging).
 */
export function magSignaalBeheren(persona: Persona, signaal: { readonly bronOrganisatie: string }): boolean {
  return (
    persona.organisatie === signaal.bronOrganisatie ||
    persona.rollen.some((r) => (NATIONALE_ROLLEN as readonly string[]).includes(r))
  );
}

const KERNTEAM_ORGANISATIES = ['IND', 'COA', 'DTV'] as const;

/** Roles that work on the cases of their organisation (domain: CASUSWERK_ROLLEN). */
const CASUSWERK_ROLLEN = ['PROCESREGISSEUR', 'KERNTEAMLID', 'REGIEVOERDER', 'LOCATIEMANAGER'] as const;

export function heeftNationaleRol(persona: Persona): boolean {
  return persona.rollen.some((r) => (NATIONALE_ROLLEN as readonly string[]).includes(r));
}

/**
 * Deciding on case proposals, planning and running meetings, making a daily overview on request:
 * kernteam members and procesregisseurs of IND, COA and DT&V (domain: magVoorstellenBeslissen).
 */
export function magVoorstellenBeslissen(persona: Persona): boolean {
  return (
    (KERNTEAM_ORGANISATIES as readonly string[]).includes(persona.organisatie) &&
    magIdentiteitenKoppelen(persona)
  );
}

/** Proposals, meetings and the figures: the kernteam, and national roles (read-only). */
export function magKernteamwerkZien(persona: Persona): boolean {
  return heeftNationaleRol(persona) || magVoorstellenBeslissen(persona);
}

/**
 * Changing a case (status, facts, measures, actions, outcomes, decisions): a participating
 * organisation with a role that works cases (domain: magCasusWijzigen). National roles read only.
 */
export function magCasusWijzigen(persona: Persona, deelnemers: readonly string[]): boolean {
  return (
    deelnemers.includes(persona.organisatie) &&
    persona.rollen.some((r) => (CASUSWERK_ROLLEN as readonly string[]).includes(r))
  );
}

/** Ticking off an action: any case worker of the case, or the owning organisation itself. */
export function magActieAfronden(
  persona: Persona,
  deelnemers: readonly string[],
  actie: { readonly eigenaarOrganisatie: string },
): boolean {
  return (
    magCasusWijzigen(persona, deelnemers) ||
    (actie.eigenaarOrganisatie === persona.organisatie && !heeftNationaleRol(persona))
  );
}

/**
 * ZSM registrations, custody clocks, detentions, Dublin claims and the afdoeningsadvies: national
 * roles, every IND/COA/DT&V user and the OM's ZSM officers (zsm service: ZsmService.magZsmZien).
 */
export function magZsmZien(persona: Persona): boolean {
  return (
    heeftNationaleRol(persona) ||
    (KERNTEAM_ORGANISATIES as readonly string[]).includes(persona.organisatie) ||
    persona.rollen.includes('ZSM_OFFICIER')
  );
}

/** Writing the afdoeningsadvies for the ZSM desk: the kernteam (zsm: ZsmService.schrijfAdvies). */
export function magAfdoeningsadviesSchrijven(persona: Persona): boolean {
  return magVoorstellenBeslissen(persona);
}

/** Recording a Dublin acceptance: kernteam roles at the IND only (zsm: registreerDublinAkkoord). */
export function magDublinAkkoordVastleggen(persona: Persona): boolean {
  return persona.organisatie === 'IND' && magVoorstellenBeslissen(persona);
}

/** Setting the national lead-time norm: DGM/DRM analysts only. */
export function magNormInstellen(persona: Persona): boolean {
  return persona.rollen.includes('ANALIST_NATIONAAL');
}

/**
 * Planning (planning service, domain planning-toegang.rule): the kernteam organisations (IND, COA,
 * DT&V) with the role kernteamlid or procesregisseur work with placements, the inhuisregistratie and
 * procedure plans; national roles read them; other partners see none of it.
 */
function isPlanningKernteamlid(persona: Persona): boolean {
  return (
    (KERNTEAM_ORGANISATIES as readonly string[]).includes(persona.organisatie) &&
    magIdentiteitenKoppelen(persona)
  );
}

/** Placements, capacity, registrations, procedure plans and the IND slot calendar (domain: magPlanningZien). */
export function magPlanningZien(persona: Persona): boolean {
  return heeftNationaleRol(persona) || isPlanningKernteamlid(persona);
}

/** Proposing a placement: any kernteam member (domain: magPlaatsingVoorstellen). */
export function magPlaatsingVoorstellen(persona: Persona): boolean {
  return isPlanningKernteamlid(persona);
}

/**
 * Approving, starting, ending and rejecting placements: a kernteam member who is procesregisseur,
 * regievoerder or locatiemanager (domain: magPlaatsingBeslissen).
 */
export function magPlaatsingBeslissen(persona: Persona): boolean {
  return (
    isPlanningKernteamlid(persona) &&
    persona.rollen.some((r) => ['PROCESREGISSEUR', 'REGIEVOERDER', 'LOCATIEMANAGER'].includes(r))
  );
}

/** Capacity of locations: COA's location manager and the national analyst (domain: magCapaciteitBeheren). */
export function magCapaciteitBeheren(persona: Persona): boolean {
  return (
    (persona.organisatie === 'COA' && persona.rollen.includes('LOCATIEMANAGER')) ||
    persona.rollen.includes('ANALIST_NATIONAAL')
  );
}

/** Recording inhuisregistraties: COA at the location (domain: magInhuisregistratieVastleggen). */
export function magInhuisregistratieVastleggen(persona: Persona): boolean {
  return (
    persona.organisatie === 'COA' &&
    persona.rollen.some((r) => ['LOCATIEMANAGER', 'KERNTEAMLID', 'PARTNER_SYSTEEM'].includes(r))
  );
}

/** Drawing up a procedure plan and recording its steps: the kernteam (domain: magProcedurePlannen). */
export function magProcedurePlannen(persona: Persona): boolean {
  return isPlanningKernteamlid(persona);
}

/** Reserving IND hearing slots: the IND's procesregisseur (domain: magIndSlotsBeheren). */
export function magIndSlotsBeheren(persona: Persona): boolean {
  return persona.organisatie === 'IND' && persona.rollen.includes('PROCESREGISSEUR');
}

/**
 * The processing log (Logboek dataverwerkingen, `<dienst>Verwerkingen`): the privacy officer only
 * (the services: @Rollen(PRIVACY_OFFICER), with purpose PRIVACYTOEZICHT or RECHTEN_BETROKKENE).
 */
export function magVerwerkingslogZien(persona: Persona): boolean {
  return persona.rollen.includes('PRIVACY_OFFICER');
}

/**
 * Signals, persons, cases, planning, ZSM, figures and the work queues: every role that works in the
 * chain. Whoever only supervises the processing (the privacy officer) has none of it, so the console
 * offers them the processing log alone.
 */
export function heeftOperationeleRechten(persona: Persona): boolean {
  return !magVerwerkingslogZien(persona) || persona.rollen.some((r) => r !== 'PRIVACY_OFFICER');
}
