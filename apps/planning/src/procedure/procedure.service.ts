import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  beoordeelTransport,
  controleerStapDatum,
  datumSleutel,
  GEHOOR_STAPPEN,
  kiesSlotWeek,
  maandagVan,
  magIndSlotsBeheren,
  magPlanningZien,
  magProcedurePlannen,
  planProcedure,
  PROCEDURE_STAPPEN,
  TermijnSoort,
  transportNodig,
  weekSleutel,
  weekStatus,
  type Actor,
  type ProcedurePlan,
  type ProcedureStap,
  type SoortBesluit,
  type WeekBezetting,
} from '@ketenbeeld/domain';
import { DomeinFout, TermijnMotor, ValidatieFout } from '@ketenbeeld/platform';
import {
  datum,
  eis,
  lees,
  locatieCode,
  PlanningFoutCode,
  plusDagen,
  regel,
  uuid,
  vandaag,
} from '../gemeenschappelijk/planning-fouten';

interface PlanRij {
  casus_id: string;
  persoon_id: string;
  aanmelding: string;
  spoor: 1 | 2 | 4;
  rvt_onthouden: boolean;
  soort_besluit: SoortBesluit | null;
  norm_dagen: number | null;
  verblijf_locatie: string | null;
  standaard_norm: number;
  dublin_uiterlijk: Date | null;
  opgesteld_door: string;
  bijgewerkt_op: Date;
  pbl_van: string | null;
}
interface StapRij {
  casus_id: string;
  stap: ProcedureStap;
  vastgepland: string | null;
  werkelijk: string | null;
  afspraak_op: Date | null;
  afspraak_locatie: string | null;
  slot_week: string | null;
  transport_termijn_id: string | null;
}

export interface BerekendPlan {
  casusId: string;
  persoonId: string;
  aanmelding: string;
  spoor: 1 | 2 | 4;
  rvtOnthouden: boolean;
  soortBesluit: SoortBesluit | null;
  normDagen: number | null;
  verblijfLocatie: string | null;
  opgesteldDoor: string;
  bijgewerktOp: Date;
  plan: ProcedurePlan;
  stappen: StapRij[];
}

const SOORT_BESLUIT = ['AA', 'KENNELIJK_ONGEGROND', 'NIET_ONTVANKELIJK', 'OVERIG'] as const;

const planSchema = z
  .object({
    casusId: uuid,
    aanmelding: datum,
    rvtOnthouden: z.boolean({ error: 'ja of nee' }).default(false),
    soortBesluit: z.enum(SOORT_BESLUIT, { error: `een van ${SOORT_BESLUIT.join(', ')}` }).nullish(),
    normDagen: z
      .number()
      .int('geheel aantal dagen')
      .min(1, 'minstens 1 dag')
      .max(365, 'hoogstens 365 dagen')
      .nullish(),
    verblijfLocatie: locatieCode.nullish(),
  })
  .strict();

const stapSchema = z
  .object({
    casusId: uuid,
    stap: z.enum(PROCEDURE_STAPPEN, { error: `een van ${PROCEDURE_STAPPEN.join(', ')}` }),
    werkelijk: datum.nullish(),
    gepland: datum.nullish(),
    afspraakOp: z.iso
      .datetime({ offset: true, error: 'moet een ISO-8601 tijdstip met tijdzone zijn' })
      .nullish(),
    afspraakLocatie: locatieCode.nullish(),
  })
  .strict()
  .refine((s) => s.werkelijk || s.gepland || s.afspraakOp, {
    path: ['werkelijk'],
    message: 'geef een werkelijke datum, een geplande datum of een afspraak',
  })
  .refine((s) => !s.afspraakOp === !s.afspraakLocatie, {
    path: ['afspraakLocatie'],
    message: 'een afspraak heeft een tijdstip én een locatie',
  });

const slotSchema = z
  .object({
    week: z
      .string({ error: 'moet tekst zijn' })
      .regex(/^\d{4}-W\d{2}$/, "ISO-week 'JJJJ-Www', bijvoorbeeld 2026-W49"),
    gereserveerd: z
      .number({ error: 'moet een getal zijn' })
      .int('geheel getal')
      .min(0, 'mag niet negatief zijn')
      .max(1000, 'hoogstens 1000'),
  })
  .strict();

@Injectable()
export class ProcedureService {
  private readonly logger = new Logger('Procedureplanning');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly termijnen: TermijnMotor,
  ) {}

  // ------------------------------------------------------------------ plans

  /** Draw up the plan of a case from its aanmelding date; the case's spoor comes from casusregie. */
  async stelOp(actor: Actor, ruw: unknown): Promise<BerekendPlan> {
    eis(
      magProcedurePlannen,
      actor,
      'een procedureplan opstellen',
      'vraagt een kernteamrol bij IND, COA of DT&V',
    );
    const i = lees(planSchema, ruw);
    if (i.aanmelding > vandaag())
      throw new ValidatieFout([{ veld: 'aanmelding', reden: 'ligt in de toekomst' }]);
    return this.ds.transaction(async (m) => {
      const [c] = await m.query<{ persoon_id: string; spoor: 1 | 2 | 4 | null }[]>(
        `SELECT persoon_id, spoor FROM planning_persoon WHERE casus_id = $1`,
        [i.casusId],
      );
      if (!c) {
        throw new DomeinFout(
          'NIET_GEVONDEN',
          PlanningFoutCode.NIET_GEVONDEN,
          `Casus ${i.casusId} is niet bekend in planning`,
          [{ veld: 'casusId', reden: 'onbekende casus' }],
        );
      }
      if (!c.spoor)
        throw new ValidatieFout([
          { veld: 'casusId', reden: 'de casus heeft nog geen spoor (1, 2 of 4): leg dat eerst vast' },
        ]);
      if (i.verblijfLocatie) await this.bestaatLocatie(m, i.verblijfLocatie, 'verblijfLocatie');
      await m.query(
        `INSERT INTO procedure_plan (casus_id, persoon_id, aanmelding, spoor, rvt_onthouden, soort_besluit, norm_dagen, verblijf_locatie, opgesteld_door)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
         ON CONFLICT (casus_id) DO UPDATE SET aanmelding = EXCLUDED.aanmelding, rvt_onthouden = EXCLUDED.rvt_onthouden,
           soort_besluit = EXCLUDED.soort_besluit, norm_dagen = EXCLUDED.norm_dagen, verblijf_locatie = EXCLUDED.verblijf_locatie,
           bijgewerkt_op = now()`,
        [
          i.casusId,
          c.persoon_id,
          i.aanmelding,
          c.spoor,
          i.rvtOnthouden,
          i.soortBesluit ?? null,
          i.normDagen ?? null,
          i.verblijfLocatie ?? null,
          actor.sub,
        ],
      );
      return this.berekendPlan(m, i.casusId);
    });
  }

  private async bestaatLocatie(m: EntityManager, code: string, veld: string) {
    if (!(await m.query<unknown[]>(`SELECT 1 FROM locatie WHERE code = $1`, [code])).length)
      throw new ValidatieFout([
        {
          veld,
          reden: locatieCode.safeParse(code).success ? `onbekende locatie '${code}'` : 'onbekende locatie',
        },
      ]);
  }

  private async rijen(m: EntityManager, casusIds: string[] | null, slot = false) {
    const plannen = await m.query<PlanRij[]>(
      `SELECT pp.casus_id, pp.persoon_id, pp.aanmelding::text AS aanmelding, pp.spoor, pp.rvt_onthouden, pp.soort_besluit,
              pp.norm_dagen, pp.verblijf_locatie, n.dagen AS standaard_norm, pe.dublin_uiterlijk, pp.opgesteld_door,
              GREATEST(pp.bijgewerkt_op, (SELECT max(s.bijgewerkt_op) FROM procedure_stap s WHERE s.casus_id = pp.casus_id)) AS bijgewerkt_op,
              (SELECT min(p.van)::text FROM plaatsing p JOIN locatie l ON l.code = p.locatie
                 WHERE p.persoon_id = pp.persoon_id AND l.soort = 'PBL' AND p.status IN ('GOEDGEKEURD','ACTIEF','BEEINDIGD')
                   AND p.van >= pp.aanmelding) AS pbl_van
       FROM procedure_plan pp JOIN ttsd_norm n ON n.spoor = pp.spoor
       LEFT JOIN planning_persoon pe ON pe.persoon_id = pp.persoon_id
       WHERE ($1::uuid[] IS NULL OR pp.casus_id = ANY($1)) ${slot ? 'FOR UPDATE OF pp' : ''}`,
      [casusIds],
    );
    const stappen = await m.query<StapRij[]>(
      `SELECT casus_id, stap, vastgepland::text AS vastgepland, werkelijk::text AS werkelijk, afspraak_op, afspraak_locatie,
              slot_week, transport_termijn_id
       FROM procedure_stap WHERE ($1::uuid[] IS NULL OR casus_id = ANY($1))`,
      [casusIds],
    );
    return { plannen, stappen };
  }

  private bereken(p: PlanRij, stappen: StapRij[], nu = new Date()): BerekendPlan {
    const eigen = stappen.filter((s) => s.casus_id === p.casus_id);
    const werkelijk: Partial<Record<ProcedureStap, string>> = {};
    const vastgepland: Partial<Record<ProcedureStap, string>> = {};
    for (const s of eigen) {
      if (s.werkelijk) werkelijk[s.stap] = s.werkelijk;
      const gepland = s.vastgepland ?? (s.afspraak_op ? datumSleutel(s.afspraak_op) : null);
      if (gepland) vastgepland[s.stap] = gepland;
    }
    const plan = regel(() =>
      planProcedure({
        aanmelding: p.aanmelding,
        spoor: p.spoor,
        rvtOnthouden: p.rvt_onthouden,
        ...(p.soort_besluit ? { soortBesluit: p.soort_besluit } : {}),
        werkelijk,
        vastgepland,
        pblPlaatsing: p.pbl_van,
        dublinOverdrachtUiterlijk: p.dublin_uiterlijk ? datumSleutel(p.dublin_uiterlijk) : null,
        vandaag: vandaag(nu),
        normDagen: p.norm_dagen ?? p.standaard_norm,
      }),
    );
    return {
      casusId: p.casus_id,
      persoonId: p.persoon_id,
      aanmelding: p.aanmelding,
      spoor: p.spoor,
      rvtOnthouden: p.rvt_onthouden,
      soortBesluit: p.soort_besluit,
      normDagen: p.norm_dagen,
      verblijfLocatie: p.verblijf_locatie,
      opgesteldDoor: p.opgesteld_door,
      bijgewerktOp: p.bijgewerkt_op,
      plan,
      stappen: eigen,
    };
  }

  /** The plan of one case as it stands now (TTSD depends on today, so it is computed, never stored). */
  private async berekendPlan(m: EntityManager, casusId: string): Promise<BerekendPlan> {
    const { plannen, stappen } = await this.rijen(m, [casusId]);
    return this.bereken(plannen[0], stappen);
  }

  async vanCasus(actor: Actor, casusId: string): Promise<BerekendPlan | null> {
    if (!magPlanningZien(actor)) return null;
    const { plannen, stappen } = await this.rijen(this.ds.manager, [casusId]);
    return plannen[0] ? this.bereken(plannen[0], stappen) : null;
  }

  async vanPersoon(actor: Actor, persoonId: string): Promise<BerekendPlan[]> {
    if (!magPlanningZien(actor)) return [];
    const ids = await this.ds.query<{ casus_id: string }[]>(
      `SELECT casus_id FROM procedure_plan WHERE persoon_id = $1`,
      [persoonId],
    );
    if (!ids.length) return [];
    const { plannen, stappen } = await this.rijen(
      this.ds.manager,
      ids.map((x) => x.casus_id),
    );
    return plannen.map((p) => this.bereken(p, stappen));
  }

  /** All plans, the cases at risk first (least slack); closed ones (beschikking done) last unless asked. */
  async lijst(
    actor: Actor,
    filter: { risico?: string[] | null; eerste?: number | null },
  ): Promise<BerekendPlan[]> {
    eis(magPlanningZien, actor, 'procedureplannen bekijken', 'vraagt een kernteamrol of een landelijke rol');
    const eerste = lees(
      z.number().int().min(1, 'minstens 1').max(1000, 'hoogstens 1000').default(200),
      filter.eerste ?? undefined,
    );
    const { plannen, stappen } = await this.rijen(this.ds.manager, null);
    const volgorde = { TE_LAAT: 0, KRAP: 1, OP_SCHEMA: 2, AFGEROND: 3 } as const;
    return plannen
      .map((p) => this.bereken(p, stappen))
      .filter((b) => !filter.risico?.length || filter.risico.includes(b.plan.ttsd.risico))
      .sort(
        (a, b) =>
          volgorde[a.plan.ttsd.risico] - volgorde[b.plan.ttsd.risico] ||
          a.plan.ttsd.speling - b.plan.ttsd.speling ||
          a.casusId.localeCompare(b.casusId),
      )
      .slice(0, eerste);
  }

  // ------------------------------------------------------------------ steps

  /**
   * Record a step: its actual date, a planned date (a hearing goes into a reserved IND slot of its
   * week), or an appointment at a location (R13: a person housed outside Ter Apel needs transport
   * requested 14 days before; the system plans that deadline and warns when it is already too late).
   */
  async legStapVast(actor: Actor, ruw: unknown): Promise<{ plan: BerekendPlan; waarschuwingen: string[] }> {
    eis(
      magProcedurePlannen,
      actor,
      'een processtap vastleggen',
      'vraagt een kernteamrol bij IND, COA of DT&V',
    );
    const i = lees(stapSchema, ruw);
    const waarschuwingen: string[] = [];
    const teAnnuleren: string[] = [];
    const nu = new Date();
    const r = await this.ds.transaction(async (m) => {
      const { plannen, stappen } = await this.rijen(m, [i.casusId], true);
      if (!plannen[0]) {
        throw new DomeinFout(
          'NIET_GEVONDEN',
          PlanningFoutCode.NIET_GEVONDEN,
          `Casus ${i.casusId} heeft geen procedureplan`,
          [{ veld: 'casusId', reden: 'stel eerst een procedureplan op' }],
        );
      }
      const huidig = this.bereken(plannen[0], stappen, nu);
      const stap = huidig.plan.stappen.find((s) => s.stap === i.stap)!;
      if (stap.nvt)
        throw new ValidatieFout([{ veld: 'stap', reden: `is niet van toepassing in spoor ${huidig.spoor}` }]);
      if (i.werkelijk) {
        if (i.werkelijk > vandaag(nu))
          throw new ValidatieFout([{ veld: 'werkelijk', reden: 'ligt in de toekomst' }]);
        regel(() => controleerStapDatum(i.stap, i.werkelijk!, huidig.plan));
      }
      const oud = huidig.stappen.find((s) => s.stap === i.stap);
      const gepland = i.gepland ?? (i.afspraakOp ? datumSleutel(new Date(i.afspraakOp)) : null);
      if (gepland && gepland < huidig.aanmelding)
        throw new ValidatieFout([
          {
            veld: i.gepland ? 'gepland' : 'afspraakOp',
            reden: `ligt vóór de aanmelding (${huidig.aanmelding})`,
          },
        ]);
      let slotWeek = oud?.slot_week ?? null;
      if (gepland && GEHOOR_STAPPEN.includes(i.stap))
        slotWeek = await this.reserveerSlot(m, i.casusId, i.stap, gepland, oud?.slot_week ?? null);
      let transportTermijn = oud?.transport_termijn_id ?? null;
      if (i.afspraakOp && i.afspraakLocatie) {
        await this.bestaatLocatie(m, i.afspraakLocatie, 'afspraakLocatie');
        if (transportTermijn) teAnnuleren.push(transportTermijn);
        transportTermijn = null;
        const verblijf = await this.verblijfplaats(m, huidig);
        if (transportNodig({ afspraakLocatie: i.afspraakLocatie, verblijfLocatie: verblijf })) {
          const afspraak = new Date(i.afspraakOp);
          const t = beoordeelTransport({ afspraak, nu });
          if (t.teLaat) waarschuwingen.push(t.uitleg);
          else {
            const plan = await this.termijnen.plan(
              {
                soort: TermijnSoort.TRANSPORT_AANVRAAG,
                onderwerpType: 'casus',
                onderwerpId: i.casusId,
                organisatie: 'COA',
                vervaltOp: t.uiterlijkAanvragen,
                payload: {
                  persoonId: huidig.persoonId,
                  afspraak: afspraak.toISOString(),
                  casusId: i.casusId,
                  stap: i.stap,
                },
                regel: 'R13',
                uitleg: `${t.uitleg} (verblijf ${verblijf}, afspraak in ${i.afspraakLocatie})`,
                door: actor.sub,
              },
              m,
            );
            transportTermijn = plan.id;
          }
        }
      }
      await m.query(
        `INSERT INTO procedure_stap (casus_id, stap, vastgepland, werkelijk, afspraak_op, afspraak_locatie, slot_week, transport_termijn_id, bijgewerkt_door)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
         ON CONFLICT (casus_id, stap) DO UPDATE SET
           vastgepland = COALESCE(EXCLUDED.vastgepland, procedure_stap.vastgepland),
           werkelijk = COALESCE(EXCLUDED.werkelijk, procedure_stap.werkelijk),
           afspraak_op = COALESCE(EXCLUDED.afspraak_op, procedure_stap.afspraak_op),
           afspraak_locatie = COALESCE(EXCLUDED.afspraak_locatie, procedure_stap.afspraak_locatie),
           slot_week = EXCLUDED.slot_week, transport_termijn_id = EXCLUDED.transport_termijn_id,
           bijgewerkt_door = EXCLUDED.bijgewerkt_door, bijgewerkt_op = now()`,
        [
          i.casusId,
          i.stap,
          i.gepland ?? null,
          i.werkelijk ?? null,
          i.afspraakOp ? new Date(i.afspraakOp) : null,
          i.afspraakLocatie ?? null,
          slotWeek,
          transportTermijn,
          actor.sub,
        ],
      );
      return this.berekendPlan(m, i.casusId);
    });
    for (const t of teAnnuleren)
      await this.termijnen
        .annuleer(t, 'afspraak verplaatst', actor.sub)
        .catch((e: Error) => this.logger.warn(`termijn ${t}: ${e.message}`));
    return { plan: r, waarschuwingen };
  }

  /** Where the person stays now: an active placement, else the plan's stated residence. */
  private async verblijfplaats(m: EntityManager, b: BerekendPlan): Promise<string | null> {
    const [p] = await m.query<{ locatie: string }[]>(
      `SELECT locatie FROM plaatsing WHERE persoon_id = $1 AND status = 'ACTIEF' ORDER BY van DESC LIMIT 1`,
      [b.persoonId],
    );
    return p?.locatie ?? b.verblijfLocatie;
  }

  /** A hearing takes a reserved slot of its week; a full week is refused, naming the first week with room. */
  private async reserveerSlot(
    m: EntityManager,
    casusId: string,
    stap: ProcedureStap,
    gepland: string,
    vorige: string | null,
  ) {
    const week = regel(() => weekSleutel(gepland));
    if (week === vorige) return week;
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('ind-slot'))`);
    const weken = await this.weekBezetting(m, week, 12, { casusId, stap }, false);
    const deze = weken.find((w) => w.week === week)!;
    if (deze.ingepland >= deze.gereserveerd) {
      const vrij = kiesSlotWeek(weken, gepland);
      throw new DomeinFout(
        'CONFLICT',
        PlanningFoutCode.SLOTS_VOL,
        `Geen vrij IND-slot in week ${week} (${deze.ingepland}/${deze.gereserveerd} ingepland)`,
        [
          {
            veld: 'gepland',
            reden:
              deze.gereserveerd === 0
                ? `in week ${week} zijn geen slots voor het kernteam gereserveerd${vrij ? `; eerste week met ruimte: ${vrij} (vanaf ${maandagVan(vrij)})` : ''}`
                : `week ${week} is vol${vrij ? `; eerste week met ruimte: ${vrij} (vanaf ${maandagVan(vrij)})` : ''}`,
          },
        ],
      );
    }
    return week;
  }

  // ------------------------------------------------------------------ IND slots

  private async weekBezetting(
    m: EntityManager,
    vanafWeek: string,
    aantal: number,
    behalve?: { casusId: string; stap: ProcedureStap },
    metVerwacht = true,
  ): Promise<WeekBezetting[]> {
    const maandag = regel(() => maandagVan(vanafWeek));
    const weken = Array.from({ length: aantal }, (_, n) => weekSleutel(plusDagen(maandag, 7 * n)));
    const rijen = await m.query<{ week: string; gereserveerd: number; ingepland: number }[]>(
      `SELECT w.week, COALESCE(s.gereserveerd, 0) AS gereserveerd,
              (SELECT count(*)::int FROM procedure_stap p WHERE p.slot_week = w.week
                 AND NOT (p.casus_id IS NOT DISTINCT FROM $2::uuid AND p.stap IS NOT DISTINCT FROM $3::text)) AS ingepland
       FROM unnest($1::text[]) WITH ORDINALITY AS w(week, n) LEFT JOIN ind_slot_week s ON s.week = w.week
       ORDER BY w.n`,
      [weken, behalve?.casusId ?? null, behalve?.stap ?? null],
    );
    // Expected: hearings the plans put in a week that have no slot yet (visible before the week fills).
    // Computing it means computing every plan: only the calendar needs it, not booking a slot.
    const verwacht = new Map<string, number>();
    if (!metVerwacht) return rijen.map((r) => ({ ...r, verwacht: 0 }));
    const { plannen, stappen } = await this.rijen(m, null);
    for (const p of plannen) {
      const b = this.bereken(p, stappen);
      for (const s of b.plan.stappen) {
        if (!GEHOOR_STAPPEN.includes(s.stap) || s.nvt || s.werkelijk || !s.gepland) continue;
        if (b.stappen.some((x) => x.stap === s.stap && x.slot_week)) continue;
        const w = weekSleutel(s.gepland);
        verwacht.set(w, (verwacht.get(w) ?? 0) + 1);
      }
    }
    return rijen.map((r) => ({ ...r, verwacht: verwacht.get(r.week) ?? 0 }));
  }

  async slotKalender(actor: Actor, vanafWeek?: string | null, weken?: number | null) {
    eis(
      magPlanningZien,
      actor,
      'de IND-slotkalender bekijken',
      'vraagt een kernteamrol of een landelijke rol',
    );
    const i = lees(
      z.object({
        vanafWeek: slotSchema.shape.week.nullish(),
        weken: z.number().int().min(1, 'minstens 1 week').max(26, 'hoogstens 26 weken').nullish(),
      }),
      { vanafWeek, weken },
    );
    const bezetting = await this.weekBezetting(
      this.ds.manager,
      i.vanafWeek ?? weekSleutel(vandaag()),
      i.weken ?? 8,
    );
    return bezetting.map((w) => ({ ...w, maandag: maandagVan(w.week), ...weekStatus(w) }));
  }

  /** The IND coördinator reserves hearing slots for kernteam cases; never below what is already scheduled. */
  async reserveerSlots(actor: Actor, ruw: unknown) {
    eis(
      magIndSlotsBeheren,
      actor,
      'IND-slots reserveren',
      'vraagt de rol procesregisseur bij de IND (coördinator)',
    );
    const i = lees(slotSchema, ruw);
    regel(() => maandagVan(i.week));
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('ind-slot'))`);
      const [{ ingepland }] = await m.query<{ ingepland: number }[]>(
        `SELECT count(*)::int AS ingepland FROM procedure_stap WHERE slot_week = $1`,
        [i.week],
      );
      if (i.gereserveerd < ingepland) {
        throw new DomeinFout(
          'CONFLICT',
          PlanningFoutCode.CAPACITEIT_TE_LAAG,
          `Week ${i.week} heeft al ${ingepland} gehoren ingepland`,
          [
            {
              veld: 'gereserveerd',
              reden: `ligt onder de ${ingepland} al ingeplande gehoren; verplaats die eerst`,
            },
          ],
        );
      }
      await m.query(
        `INSERT INTO ind_slot_week (week, gereserveerd, gewijzigd_door) VALUES ($1, $2, $3)
         ON CONFLICT (week) DO UPDATE SET gereserveerd = EXCLUDED.gereserveerd, gewijzigd_door = EXCLUDED.gewijzigd_door, gewijzigd_op = now()`,
        [i.week, i.gereserveerd, actor.sub],
      );
      const [w] = await this.weekBezetting(m, i.week, 1);
      return { ...w, maandag: maandagVan(w.week), ...weekStatus(w) };
    });
  }
}
