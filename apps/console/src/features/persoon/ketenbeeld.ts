import type { Persona } from '../../app/auth';
import { heeftNationaleRol, magPlanningZien, magZsmZien } from '../../app/rechten';
import { organisatieKort } from '../../app/opmaak';
import { isOpenStatus } from '../casusregie/labels';
import type { Ketenbeeld } from './persoon.graphql';

/**
 * The blocks of the ketenbeeld. Each has one heading, one source line and its own states; the
 * services decide what a viewer gets, these rules only tell "nothing there" from "not for you".
 */
export type BlokSleutel =
  | 'identiteit'
  | 'signalen'
  | 'signaalMeldingen'
  | 'zsmSignaalOverzicht'
  | 'casus'
  | 'maatregelen'
  | 'termijnen'
  | 'plaatsingen'
  | 'inhuisregistratie'
  | 'procedureplannen'
  | 'strafrecht';

/** Persoon fields per block: a GraphQL error on one of them puts that block in its error state. */
export const VELDEN_PER_BLOK: Readonly<Record<string, BlokSleutel>> = {
  aliassen: 'identiteit',
  samenvoegingen: 'identiteit',
  kandidaten: 'identiteit',
  signalen: 'signalen',
  signaalMeldingen: 'signaalMeldingen',
  zsmSignaalOverzicht: 'zsmSignaalOverzicht',
  casussen: 'casus',
  topx: 'casus',
  plaatsingen: 'plaatsingen',
  inhuisregistratiePlichten: 'inhuisregistratie',
  inhuisregistraties: 'inhuisregistratie',
  procedurePlannen: 'procedureplannen',
  zsmRegistraties: 'strafrecht',
  detenties: 'strafrecht',
  dublinClaim: 'strafrecht',
  afdoeningsadvies: 'strafrecht',
};

const KERNTEAM_ORGANISATIES: readonly string[] = ['IND', 'COA', 'DTV'];

/**
 * Would this viewer see a case about the person if there were one? casusregie answers an empty
 * list both for "no case" and for "not a participant", so: national roles (read all) and the
 * kernteam organisations IND, COA and DT&V (every case's default participants). Anyone else sees
 * the case block only when casusregie actually gives them a case (they were added as participant).
 */
export function kanCasussenZien(persona: Persona): boolean {
  return heeftNationaleRol(persona) || KERNTEAM_ORGANISATIES.includes(persona.organisatie);
}

/**
 * Every signal, or only the own organisation's (signalen: magAlleSignalenZien — national roles and
 * kernteam members of IND, COA and DT&V). Who sees only their own cannot be told which organisations
 * supplied the identity, so its source line then names the register only.
 */
export function magAlleSignalenZien(persona: Persona): boolean {
  return (
    heeftNationaleRol(persona) ||
    (KERNTEAM_ORGANISATIES.includes(persona.organisatie) && persona.rollen.includes('KERNTEAMLID'))
  );
}

export type Zichtbaarheid = Readonly<Record<BlokSleutel, boolean>>;

/**
 * Which blocks this viewer gets for this person: a block with data always shows; an empty one only
 * to whoever may see that kind of data (an empty state); otherwise it is absent, not greyed out.
 * zsm answers null to whoever may not see ZSM data, which is used as is.
 */
export function zichtbaarheid(
  persona: Persona,
  p: Ketenbeeld,
  fouten: ReadonlySet<BlokSleutel>,
): Zichtbaarheid {
  const planning = magPlanningZien(persona);
  const heeft = (lijst: readonly unknown[] | null | undefined) => (lijst?.length ?? 0) > 0;
  const casus = heeft(p.casussen) || kanCasussenZien(persona);
  const plaatsingen = heeft(p.plaatsingen) || planning;
  const inhuis = heeft(p.inhuisregistratiePlichten) || heeft(p.inhuisregistraties) || planning;
  const plannen = heeft(p.procedurePlannen) || planning;
  const strafrecht =
    p.zsmRegistraties != null ||
    p.detenties != null ||
    p.dublinClaim != null ||
    p.afdoeningsadvies != null ||
    (fouten.has('strafrecht') && magZsmZien(persona));
  return {
    identiteit: true,
    signalen: true,
    signaalMeldingen: p.signaalMeldingen != null || fouten.has('signaalMeldingen'),
    zsmSignaalOverzicht: p.zsmSignaalOverzicht != null || fouten.has('zsmSignaalOverzicht'),
    casus,
    maatregelen: casus,
    termijnen: casus || plannen || strafrecht,
    plaatsingen,
    inhuisregistratie: inhuis,
    procedureplannen: plannen,
    strafrecht,
  };
}

/** Which blocks to show as "being fetched" before the answer is in (the same rules, no data). */
export function verwachteBlokken(persona: Persona): Zichtbaarheid {
  const planning = magPlanningZien(persona);
  const casus = kanCasussenZien(persona);
  const zsm = magZsmZien(persona);
  return {
    identiteit: true,
    signalen: true,
    signaalMeldingen: false,
    zsmSignaalOverzicht: false,
    casus,
    maatregelen: casus,
    termijnen: casus || planning || zsm,
    plaatsingen: planning,
    inhuisregistratie: planning,
    procedureplannen: planning,
    strafrecht: zsm,
  };
}

// ------------------------------------------------------------------ source lines

/** "Bron: COA, Politie · laatst bijgewerkt 22 nov 2026 14:05": who supplied a block, and when. */
export interface Bron {
  /** Organisations (codes) or, when the data names no organisation, a description. */
  readonly wie: readonly string[];
  /** The service that holds it ("via Signalen"); null when the block combines several. */
  readonly dienst: string | null;
  readonly moment: {
    readonly label: string;
    readonly tijdstip: string;
    readonly alleenDatum?: boolean;
  } | null;
}

function uniek(waarden: readonly (string | null | undefined)[]): string[] {
  return [...new Set(waarden.filter((w): w is string => Boolean(w)))];
}

/** The latest of ISO instants or dates; null when there are none. */
export function laatste(waarden: readonly (string | null | undefined)[]): string | null {
  let beste: string | null = null;
  let besteMs = -Infinity;
  for (const w of waarden) {
    if (!w) continue;
    const ms = Date.parse(w);
    if (!Number.isNaN(ms) && ms > besteMs) {
      besteMs = ms;
      beste = w;
    }
  }
  return beste;
}

const moment = (label: string, tijdstip: string | null, alleenDatum = false): Bron['moment'] =>
  tijdstip ? { label, tijdstip, alleenDatum } : null;

export function wieTekst(wie: readonly string[]): string {
  return wie.map((w) => (/^[A-Z_]+$/.test(w) ? organisatieKort(w) : w)).join(', ');
}

export function bronIdentiteit(p: Ketenbeeld, alleSignalen: boolean): Bron {
  const signalen = p.signalen ?? [];
  const samenvoegingen = p.samenvoegingen ?? [];
  return {
    // The identity is built from partners' signals; merges and splits by the kernteam change it.
    wie: alleSignalen
      ? uniek([...signalen.map((s) => s.bronOrganisatie), ...samenvoegingen.map((s) => s.doorOrganisatie)])
      : [],
    dienst: 'Signalen',
    moment: moment(
      'laatst bijgewerkt',
      laatste([
        ...signalen.map((s) => s.geregistreerdOp),
        ...(p.aliassen ?? []).map((a) => a.toegevoegdOp),
        ...samenvoegingen.flatMap((s) => [s.op, s.gesplitstOp]),
      ]),
    ),
  };
}

export function bronSignalen(p: Ketenbeeld): Bron {
  const signalen = p.signalen ?? [];
  return {
    wie: uniek(signalen.map((s) => s.bronOrganisatie)),
    dienst: 'Signalen',
    moment: moment('laatst bijgewerkt', laatste(signalen.map((s) => s.geregistreerdOp))),
  };
}

export function bronSignaalMeldingen(p: Ketenbeeld): Bron {
  const meldingen = p.signaalMeldingen ?? [];
  const bronVan = new Map((p.signalen ?? []).map((s) => [s.id, s.bronOrganisatie]));
  return {
    wie: uniek(meldingen.map((m) => bronVan.get(m.signaalId))),
    dienst: 'Casusregie',
    moment: moment('laatst ontvangen', laatste(meldingen.map((m) => m.ontvangenOp))),
  };
}

export function bronZsmSignaalOverzicht(p: Ketenbeeld): Bron {
  return {
    wie: ['ZSM-leesmodel'],
    dienst: 'ZSM',
    moment: moment('laatste incident', laatste((p.zsmSignaalOverzicht ?? []).map((z) => z.laatste))),
  };
}

export function bronCasus(p: Ketenbeeld): Bron {
  const casussen = p.casussen ?? [];
  return {
    wie: uniek(casussen.flatMap((c) => [c.procesregisseur.organisatie, ...c.deelnemers])),
    dienst: 'Casusregie',
    moment: moment('laatst bijgewerkt', laatste(casussen.map((c) => c.bijgewerktOp))),
  };
}

export function bronMaatregelen(p: Ketenbeeld): Bron {
  const casussen = p.casussen ?? [];
  const maatregelen = casussen.flatMap((c) => c.maatregelen);
  const ids = new Set(maatregelen.map((m) => m.id));
  // When a measure was applied or ended: its lines on the case timeline (refId = the measure).
  const regels = casussen
    .flatMap((c) => c.tijdlijn)
    .filter((r) => r.soort === 'MAATREGEL' && r.refId !== null && ids.has(r.refId));
  return {
    // Who applied or ended them (the timeline's organisation); the owner is in the table.
    wie: uniek(regels.map((r) => r.organisatie)).length
      ? uniek(regels.map((r) => r.organisatie))
      : uniek(maatregelen.map((m) => m.eigenaar)),
    dienst: 'Casusregie',
    moment: moment('laatst bijgewerkt', laatste(regels.map((r) => r.tijdstip))),
  };
}

export function bronPlaatsingen(p: Ketenbeeld): Bron {
  const plaatsingen = p.plaatsingen ?? [];
  return {
    // Plaatsing names who proposed it (a user id), not the organisation: see the report.
    wie: ['kernteam'],
    dienst: 'Planning',
    moment: moment(
      'laatst bijgewerkt',
      laatste(plaatsingen.flatMap((x) => [x.voorgesteldOp, x.wachtlijstSinds, x.aangebodenOp])),
    ),
  };
}

export function bronInhuisregistratie(p: Ketenbeeld): Bron {
  const registraties = (p.inhuisregistraties ?? []).filter((r) => !r.gemist);
  return {
    // Only COA records inhuisregistraties (planning: magInhuisregistratieVastleggen).
    wie: ['COA'],
    dienst: 'Planning',
    moment: moment('laatste registratie', laatste(registraties.map((r) => r.tijdstip))),
  };
}

export function bronProcedureplannen(p: Ketenbeeld): Bron {
  const plannen = p.procedurePlannen ?? [];
  return {
    wie: ['kernteam'],
    dienst: 'Planning',
    moment: moment(
      'laatste processtap',
      laatste(plannen.flatMap((x) => x.stappen.map((s) => s.werkelijk))),
      true,
    ),
  };
}

export function bronZsmContacten(p: Ketenbeeld): Bron {
  const registraties = p.zsmRegistraties ?? [];
  return {
    wie: ['OM', ...uniek(registraties.map((r) => r.zsmLocatie))],
    dienst: 'ZSM',
    moment: moment(
      'laatst bijgewerkt',
      laatste(registraties.flatMap((r) => [r.aanhoudingOp, ...r.afdoeningen.map((a) => a.besluitOp)])),
    ),
  };
}

export function bronDetenties(p: Ketenbeeld): Bron {
  return {
    wie: ['DJI'],
    dienst: 'ZSM',
    // The time of DJI's report is not exposed: the latest begin or end it reported.
    moment: moment('laatste begin of einde', laatste((p.detenties ?? []).flatMap((d) => [d.begin, d.eind]))),
  };
}

export function bronDublin(p: Ketenbeeld): Bron {
  return {
    wie: ['IND'],
    dienst: 'ZSM',
    moment: moment('akkoord', p.dublinClaim?.akkoordOp ?? null, true),
  };
}

export function bronAdvies(p: Ketenbeeld): Bron {
  return {
    wie: p.afdoeningsadvies ? [p.afdoeningsadvies.door] : ['kernteam'],
    dienst: 'ZSM',
    moment: moment('bijgewerkt', p.afdoeningsadvies?.bijgewerktOp ?? null),
  };
}

// ------------------------------------------------------------------ deadlines

export interface KetenTermijn {
  readonly sleutel: string;
  readonly wat: string;
  /** ISO instant or YYYY-MM-DD. */
  readonly wanneer: string;
  /** Who must act, when the data says so. */
  readonly organisatie: string | null;
  readonly dienst: 'Casusregie' | 'Planning' | 'ZSM';
  readonly href: string | null;
  /** The key figure's risk (procedure plans). */
  readonly risico?: string;
  /** Show the Amsterdam day only (a deadline that ends at the end of a day). */
  readonly alleenDag?: boolean;
}

/** A date (YYYY-MM-DD) counts until the end of that day. */
function eindeVan(wanneer: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(wanneer) ? Date.parse(`${wanneer}T23:59:59`) : Date.parse(wanneer);
}

export function isVerstreken(t: KetenTermijn, nu: number = Date.now()): boolean {
  return eindeVan(t.wanneer) < nu;
}

/**
 * The person's running deadlines, from what the ketenbeeld already holds: open actions and the end of
 * active measures (casusregie), the key figure's target and the planned end of placements (planning),
 * the Dublin transfer deadline (zsm). Persoon exposes no list of deadlines itself (see the report).
 */
export function termijnenVan(p: Ketenbeeld, casusHref: (id: string) => string): KetenTermijn[] {
  const uit: KetenTermijn[] = [];
  for (const c of p.casussen ?? []) {
    if (!isOpenStatus(c.status)) continue;
    for (const a of c.acties) {
      if (a.status === 'GEDAAN' || a.afgerondOp) continue;
      uit.push({
        sleutel: `actie-${a.id}`,
        wat: `Actie: ${a.omschrijving}`,
        wanneer: a.deadline,
        organisatie: a.eigenaarOrganisatie,
        dienst: 'Casusregie',
        href: casusHref(c.id),
      });
    }
    for (const m of c.maatregelen) {
      if (m.status !== 'ACTIEF' || !m.eind) continue;
      uit.push({
        sleutel: `maatregel-${m.id}`,
        wat: `Einde maatregel ${m.naam}`,
        wanneer: m.eind,
        organisatie: m.eigenaar,
        dienst: 'Casusregie',
        href: casusHref(c.id),
      });
    }
  }
  for (const plan of p.procedurePlannen ?? []) {
    if (plan.ttsd.werkelijkeDatum) continue;
    uit.push({
      sleutel: `ttsd-${plan.casus.id}`,
      wat: `${plan.ttsd.kengetal}: doeldatum beschikking`,
      wanneer: plan.ttsd.doelDatum,
      organisatie: null,
      dienst: 'Planning',
      href: casusHref(plan.casus.id),
      risico: plan.ttsd.risico,
    });
  }
  for (const x of p.plaatsingen ?? []) {
    if (!['GOEDGEKEURD', 'ACTIEF'].includes(x.status) || !x.tot || x.werkelijkEind) continue;
    uit.push({
      sleutel: `plaatsing-${x.id}`,
      wat: `Einde plaatsing ${x.locatieNaam}`,
      wanneer: x.tot,
      organisatie: null,
      dienst: 'Planning',
      href: null,
    });
  }
  if (p.dublinClaim) {
    uit.push({
      sleutel: 'dublin',
      wat: 'Dublinoverdracht uiterlijk (R12)',
      wanneer: p.dublinClaim.overdrachtUiterlijk,
      organisatie: null,
      dienst: 'ZSM',
      href: null,
      alleenDag: true,
    });
  }
  return uit.sort((a, b) => eindeVan(a.wanneer) - eindeVan(b.wanneer));
}
