import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  EventName,
  heeftNationaleRol,
  isOpen,
  magCasusWijzigen,
  nietGevonden,
  ORGANISATIES,
  TERMIJN_SOORT_LABEL,
  TermijnSoort,
  UITKOMST_SOORTEN,
  validatiefouten,
  verplichteTekstFouten,
  type Actor,
  type EventEnvelop,
  type Organisatie,
  type UitkomstSoort,
} from '@ketenbeeld/domain';
import {
  DomeinFout,
  TermijnMotor,
  ValidatieFout,
  VerwerktEvent,
  type EventVerwerker,
} from '@ketenbeeld/platform';
import { CasusService } from './casus.service';
import type {
  ActieRij,
  CasusRij,
  CasusSignaalRij,
  GebeurtenisRij,
  MaatregelRij,
  UitkomstRij,
} from './casus.types';

export const CasusWerkFoutCode = {
  ONBEKENDE_MAATREGEL: 'MAATREGEL_ONBEKEND',
  MAATREGEL_NIET_GEVONDEN: 'MAATREGEL_NIET_GEVONDEN',
  ACTIE_NIET_GEVONDEN: 'ACTIE_NIET_GEVONDEN',
  GROEP_NIET_GEVONDEN: 'GROEP_NIET_GEVONDEN',
  CASUS_GESLOTEN: 'CASUS_GESLOTEN',
} as const;

const organisatie = z.enum(ORGANISATIES as [Organisatie, ...Organisatie[]], {
  error: 'onbekende organisatie',
});
const tijdstip = z.iso.datetime({ offset: true, error: 'moet een ISO-8601 tijdstip met tijdzone zijn' });
const reden = z
  .string({ error: 'is verplicht' })
  .trim()
  .min(3, 'leg in een paar woorden vast waarom')
  .max(2000);

export const maatregelInvoerSchema = z
  .object({
    code: z.string({ error: 'is verplicht' }).min(1, 'is verplicht'),
    start: tijdstip,
    eind: tijdstip.nullable().optional(),
    reden,
  })
  .strict()
  .refine((m) => !m.eind || Date.parse(m.eind) > Date.parse(m.start), {
    path: ['eind'],
    message: 'ligt na de start',
  });

export const actieInvoerSchema = z
  .object({
    omschrijving: z.string({ error: 'is verplicht' }).trim().min(3, 'minstens 3 tekens').max(500),
    eigenaarOrganisatie: organisatie,
    eigenaarPersoon: z.string().trim().min(2).max(200).nullable().optional(),
    deadline: tijdstip,
  })
  .strict();
export type ActieInvoer = z.infer<typeof actieInvoerSchema>;

export const UITKOMST_LABEL: Record<UitkomstSoort, string> = {
  BESCHIKKING: 'Beschikking',
  BEROEP_INGESTELD: 'Beroep ingesteld',
  BEROEP_ONGEGROND: 'Beroep ongegrond',
  BEROEP_GEGROND: 'Beroep gegrond',
  BEROEP_INGETROKKEN: 'Beroep ingetrokken',
  OVERDRACHT: 'Overdracht (Dublin)',
  VERTREK_ZELFSTANDIG: 'Zelfstandig vertrek',
  VERTREK_GEDWONGEN: 'Gedwongen vertrek',
  MOB: 'Vertrokken met onbekende bestemming (MOB)',
  OPNIEUW_AANGEMELD: 'Opnieuw aangemeld',
};

export const uitkomstInvoerSchema = z
  .object({
    soort: z.enum(UITKOMST_SOORTEN, { error: 'onbekende uitkomst' }),
    datum: z.iso.date({ error: 'datum als JJJJ-MM-DD' }),
    toelichting: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();

const DAG_MS = 86_400_000;

/** One line of the case timeline (events of the case plus its deadlines). */
export interface TijdlijnRegel {
  tijdstip: Date;
  soort: string;
  omschrijving: string;
  refId: string | null;
  organisatie: Organisatie | null;
}

/**
 * Work on a case: measures from the managed catalogue (with their end and warnings through the
 * deadline engine), actions (overdue ones escalate to the procesregisseur), outcomes, signals and
 * the timeline that puts them all in order.
 */
@Injectable()
export class CasusWerkService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly casussen: CasusService,
    private readonly termijnen: TermijnMotor,
  ) {}

  // --------------------------------------------------------------- measures

  async catalogus(alleenActief = true) {
    return this.ds.query<
      {
        code: string;
        naam: string;
        soort: string;
        eigenaar: Organisatie;
        wettelijke_grondslag: string | null;
        standaard_duur_dagen: number | null;
        termijn_soort: string | null;
        toepassing: string[];
        actief: boolean;
      }[]
    >(`SELECT * FROM maatregel_definitie ${alleenActief ? 'WHERE actief' : ''} ORDER BY soort, naam`);
  }

  async maatregelen(casusId: string): Promise<MaatregelRij[]> {
    return this.ds.query(
      `SELECT cm.*, d.naam, d.soort, d.eigenaar, d.wettelijke_grondslag
       FROM casus_maatregel cm JOIN maatregel_definitie d USING (code) WHERE cm.casus_id = $1 ORDER BY cm.start, cm.id`,
      [casusId],
    );
  }

  async pasMaatregelToe(actor: Actor, casusId: string, ruw: unknown): Promise<MaatregelRij> {
    const invoer = this.leesMaatregel(ruw);
    return this.ds.transaction(async (m) => {
      const c = await this.casussen.haalVoorWijziging(actor, casusId, m);
      const id = await this.legMaatregelVast(m, actor, c, invoer, null);
      return (
        await m.query<MaatregelRij[]>(
          `SELECT cm.*, d.naam, d.soort, d.eigenaar, d.wettelijke_grondslag
         FROM casus_maatregel cm JOIN maatregel_definitie d USING (code) WHERE cm.id = $1`,
          [id],
        )
      )[0];
    });
  }

  /**
   * One measure for every open case of a group, in one transaction: e.g. withholding the RVT for all
   * members of a group case on one COA incident report (R8). All or nothing.
   */
  async pasMaatregelToeOpGroep(
    actor: Actor,
    groepId: string,
    ruw: unknown,
  ): Promise<{ groepActieId: string; maatregelen: number }> {
    const invoer = this.leesMaatregel(ruw);
    if (!z.uuid().safeParse(groepId).success) {
      throw new ValidatieFout([{ veld: 'groepId', reden: 'moet een UUID zijn' }]);
    }
    return this.ds.transaction(async (m) => {
      const leden = await m.query<{ id: string }[]>(
        `SELECT id FROM casus WHERE groep_id = $1 AND open ORDER BY id FOR UPDATE`,
        [groepId],
      );
      if (!leden.length) {
        throw new DomeinFout(
          'NIET_GEVONDEN',
          CasusWerkFoutCode.GROEP_NIET_GEVONDEN,
          nietGevonden('Groepscasus', groepId),
          [{ veld: 'groepId', reden: 'bestaat niet of heeft geen open casussen' }],
        );
      }
      const groepActieId = randomUUID();
      for (const { id } of leden) {
        const c = await this.casussen.haalVoorWijziging(actor, id, m);
        await this.legMaatregelVast(m, actor, c, invoer, groepActieId);
      }
      return { groepActieId, maatregelen: leden.length };
    });
  }

  async beeindigMaatregel(actor: Actor, maatregelId: string, reden: string): Promise<MaatregelRij> {
    const redenFouten = verplichteTekstFouten(reden, 'reden', { leeg: 'is verplicht: leg vast waarom' });
    if (redenFouten.length) throw new ValidatieFout(redenFouten);
    const { casusId, termijnId } = await this.ds.transaction(async (m) => {
      const [rij] = z.uuid().safeParse(maatregelId).success
        ? await m.query<MaatregelRij[]>(`SELECT * FROM casus_maatregel WHERE id = $1`, [maatregelId])
        : [];
      if (!rij) throw this.nietGevonden(CasusWerkFoutCode.MAATREGEL_NIET_GEVONDEN, 'Maatregel', maatregelId);
      await this.casussen.haalVoorWijziging(actor, rij.casus_id, m);
      if (rij.status !== 'ACTIEF') {
        throw new ValidatieFout([{ veld: 'maatregelId', reden: 'deze maatregel is al beëindigd' }]);
      }
      await m.query(
        `UPDATE casus_maatregel SET status = 'BEEINDIGD', beeindigd_reden = $2, eind = LEAST(coalesce(eind, now()), now()) WHERE id = $1`,
        [maatregelId, reden.trim()],
      );
      await this.casussen.gebeurtenis(
        m,
        rij.casus_id,
        'MAATREGEL',
        `Maatregel ${rij.code} beëindigd: ${reden.trim()}`,
        maatregelId,
        actor.organisatie,
      );
      return { casusId: rij.casus_id, termijnId: rij.termijn_id };
    });
    if (termijnId) await this.annuleerTermijn(termijnId, `maatregel beëindigd: ${reden.trim()}`, actor.sub);
    return (await this.maatregelen(casusId)).find((x) => x.id === maatregelId)!;
  }

  private leesMaatregel(ruw: unknown) {
    const parsed = maatregelInvoerSchema.safeParse(ruw);
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    return parsed.data;
  }

  private async legMaatregelVast(
    m: EntityManager,
    actor: Actor,
    c: CasusRij,
    invoer: z.infer<typeof maatregelInvoerSchema>,
    groepActieId: string | null,
  ): Promise<string> {
    this.eisOpen(c);
    const [def] = await m.query<
      { code: string; naam: string; standaard_duur_dagen: number | null; eigenaar: Organisatie }[]
    >(
      `SELECT code, naam, standaard_duur_dagen, eigenaar FROM maatregel_definitie WHERE code = $1 AND actief`,
      [invoer.code],
    );
    if (!def) {
      throw new ValidatieFout(
        [
          {
            veld: 'code',
            reden: /^[A-Z0-9_]{1,60}$/.test(invoer.code)
              ? `onbekende of niet-actieve maatregel '${invoer.code}'; zie maatregelCatalogus`
              : 'onbekende maatregelcode; zie maatregelCatalogus',
          },
        ],
        CasusWerkFoutCode.ONBEKENDE_MAATREGEL,
      );
    }
    const start = new Date(invoer.start);
    const eind = invoer.eind
      ? new Date(invoer.eind)
      : def.standaard_duur_dagen
        ? new Date(start.getTime() + def.standaard_duur_dagen * DAG_MS)
        : null;
    const id = randomUUID();
    let termijnId: string | null = null;
    if (eind && eind.getTime() > Date.now()) {
      termijnId = (
        await this.termijnen.plan(
          {
            soort: TermijnSoort.MAATREGEL,
            onderwerpType: 'casus',
            onderwerpId: c.id,
            organisatie: def.eigenaar,
            vervaltOp: eind,
            payload: { persoonId: c.persoon_id, maatregelId: id, casusId: c.id, code: def.code },
            regel: null,
            uitleg: `${def.naam} loopt af${def.standaard_duur_dagen && !invoer.eind ? ` (standaardduur ${def.standaard_duur_dagen} dagen)` : ''}`,
            door: actor.sub,
          },
          m,
        )
      ).id;
    }
    await m.query(
      `INSERT INTO casus_maatregel (id, casus_id, code, start, eind, reden, termijn_id, groep_actie_id, door, door_organisatie)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [id, c.id, def.code, start, eind, invoer.reden, termijnId, groepActieId, actor.sub, actor.organisatie],
    );
    await this.casussen.gebeurtenis(
      m,
      c.id,
      'MAATREGEL',
      `Maatregel ${def.naam}${eind ? ` tot ${eind.toISOString().slice(0, 10)}` : ''}${groepActieId ? ' (voor de hele groep)' : ''}: ${invoer.reden}`,
      id,
      actor.organisatie,
    );
    return id;
  }

  // ---------------------------------------------------------------- actions

  async acties(casusId: string): Promise<ActieRij[]> {
    return this.ds.query(
      `SELECT * FROM actie WHERE casus_id = $1 ORDER BY status = 'OPEN' DESC, deadline, id`,
      [casusId],
    );
  }

  async maakActie(actor: Actor, casusId: string, ruw: unknown): Promise<ActieRij> {
    return this.ds.transaction(async (m) => {
      const c = await this.casussen.haalVoorWijziging(actor, casusId, m);
      const id = await this.maakActieIn(m, actor, c, ruw, null);
      return (await m.query<ActieRij[]>(`SELECT * FROM actie WHERE id = $1`, [id]))[0];
    });
  }

  /** Create an action in the caller's transaction (also used for meeting decisions). */
  async maakActieIn(
    m: EntityManager,
    actor: Actor,
    c: CasusRij,
    ruw: unknown,
    besluitId: string | null,
  ): Promise<string> {
    const parsed = actieInvoerSchema.safeParse(ruw);
    if (!parsed.success)
      throw new ValidatieFout(validatiefouten(parsed.error).map((f) => ({ ...f, veld: `actie.${f.veld}` })));
    this.eisOpen(c);
    const a = parsed.data;
    if (!c.deelnemers.includes(a.eigenaarOrganisatie)) {
      throw new ValidatieFout([
        {
          veld: 'actie.eigenaarOrganisatie',
          reden: `${a.eigenaarOrganisatie} neemt niet deel aan deze casus`,
        },
      ]);
    }
    const id = randomUUID();
    const deadline = new Date(a.deadline);
    const termijn = await this.termijnen.plan(
      {
        soort: TermijnSoort.ACTIE,
        onderwerpType: 'casus',
        onderwerpId: c.id,
        organisatie: a.eigenaarOrganisatie,
        vervaltOp: deadline,
        payload: { actieId: id, casusId: c.id, omschrijving: a.omschrijving },
        regel: null,
        uitleg: `Actie: ${a.omschrijving}`,
        door: actor.sub,
      },
      m,
    );
    await m.query(
      `INSERT INTO actie (id, casus_id, omschrijving, eigenaar_organisatie, eigenaar_persoon, deadline, termijn_id, besluit_id, aangemaakt_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        id,
        c.id,
        a.omschrijving,
        a.eigenaarOrganisatie,
        a.eigenaarPersoon ?? null,
        deadline,
        termijn.id,
        besluitId,
        actor.sub,
      ],
    );
    await this.casussen.gebeurtenis(
      m,
      c.id,
      'ACTIE',
      `Actie voor ${a.eigenaarOrganisatie}${a.eigenaarPersoon ? ` (${a.eigenaarPersoon})` : ''}: ${a.omschrijving} — uiterlijk ${deadline.toISOString().slice(0, 10)}`,
      id,
      actor.organisatie,
    );
    return id;
  }

  async rondActieAf(actor: Actor, actieId: string): Promise<ActieRij> {
    const { rij, termijnId } = await this.ds.transaction(async (m) => {
      const [a] = z.uuid().safeParse(actieId).success
        ? await m.query<ActieRij[]>(`SELECT * FROM actie WHERE id = $1 FOR UPDATE`, [actieId])
        : [];
      if (!a) throw this.nietGevonden(CasusWerkFoutCode.ACTIE_NIET_GEVONDEN, 'Actie', actieId);
      const c = await this.casussen.haal(actor, a.casus_id, m);
      // The owner organisation may tick its own action off, as may any case worker.
      const mag =
        magCasusWijzigen(actor, c.deelnemers) ||
        (a.eigenaar_organisatie === actor.organisatie && !heeftNationaleRol(actor));
      if (!mag) {
        throw new DomeinFout(
          'VERBODEN',
          'ACTIE_GEEN_WIJZIGRECHT',
          `${actor.organisatie} mag deze actie niet afronden`,
          [
            {
              veld: 'actieId',
              reden: 'alleen de eigenaar of een deelnemer in het kernteam rondt een actie af',
            },
          ],
        );
      }
      if (a.status !== 'OPEN')
        throw new ValidatieFout([{ veld: 'actieId', reden: 'deze actie is al afgerond' }]);
      await m.query(`UPDATE actie SET status = 'GEDAAN', afgerond_op = now() WHERE id = $1`, [actieId]);
      await this.casussen.gebeurtenis(
        m,
        a.casus_id,
        'ACTIE',
        `Actie gedaan: ${a.omschrijving}`,
        actieId,
        actor.organisatie,
      );
      return {
        rij: (await m.query<ActieRij[]>(`SELECT * FROM actie WHERE id = $1`, [actieId]))[0],
        termijnId: a.termijn_id,
      };
    });
    if (termijnId) await this.annuleerTermijn(termijnId, 'actie gedaan', actor.sub);
    return rij;
  }

  /** An action's deadline passed while it is still open: escalate to the procesregisseur. */
  async escaleer(m: EntityManager, actieId: string): Promise<boolean> {
    const [a] = await m.query<ActieRij[]>(`SELECT * FROM actie WHERE id = $1 FOR UPDATE`, [actieId]);
    if (!a || a.status !== 'OPEN' || a.geescaleerd_op) return false;
    const [c] = await m.query<CasusRij[]>(`SELECT * FROM casus WHERE id = $1`, [a.casus_id]);
    await m.query(`UPDATE actie SET geescaleerd_op = now() WHERE id = $1`, [actieId]);
    await this.casussen.gebeurtenis(
      m,
      a.casus_id,
      'ESCALATIE',
      `Actie te laat: ${a.omschrijving} (${a.eigenaar_organisatie}, uiterlijk ${new Date(a.deadline).toISOString().slice(0, 10)}) — geëscaleerd naar procesregisseur ${c?.procesregisseur_naam ?? ''}`.trim(),
      actieId,
      null,
    );
    return true;
  }

  // --------------------------------------------------------------- outcomes

  async uitkomsten(casusId: string): Promise<UitkomstRij[]> {
    return this.ds.query(
      `SELECT id, casus_id, soort, to_char(datum, 'YYYY-MM-DD') AS datum, toelichting, door_organisatie, geregistreerd_op
       FROM uitkomst WHERE casus_id = $1 ORDER BY datum, geregistreerd_op`,
      [casusId],
    );
  }

  async registreerUitkomst(actor: Actor, casusId: string, ruw: unknown): Promise<UitkomstRij> {
    const parsed = uitkomstInvoerSchema.safeParse(ruw);
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    const u = parsed.data;
    if (Date.parse(u.datum) > Date.now() + DAG_MS) {
      throw new ValidatieFout([{ veld: 'datum', reden: 'ligt in de toekomst' }]);
    }
    return this.ds.transaction(async (m) => {
      await this.casussen.haalVoorWijziging(actor, casusId, m);
      const id = randomUUID();
      await m.query(
        `INSERT INTO uitkomst (id, casus_id, soort, datum, toelichting, door, door_organisatie) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, casusId, u.soort, u.datum, u.toelichting ?? null, actor.sub, actor.organisatie],
      );
      await this.casussen.gebeurtenis(
        m,
        casusId,
        'UITKOMST',
        `${UITKOMST_LABEL[u.soort]} (${u.datum})${u.toelichting ? `: ${u.toelichting}` : ''}`,
        id,
        actor.organisatie,
      );
      return (
        await m.query<UitkomstRij[]>(
          `SELECT id, casus_id, soort, to_char(datum, 'YYYY-MM-DD') AS datum, toelichting, door_organisatie, geregistreerd_op FROM uitkomst WHERE id = $1`,
          [id],
        )
      )[0];
    });
  }

  // ------------------------------------------------------------- signals, timeline

  async signalen(casusId: string): Promise<CasusSignaalRij[]> {
    return this.ds.query(
      `SELECT cs.signaal_id, cs.gekoppeld_op, cs.gezien_op, sm.categorie, sm.categorie_label, sm.bron_organisatie,
              sm.ernst, sm.vpt, sm.tijdstip_incident, sm.omschrijving
       FROM casus_signaal cs
       JOIN casus c ON c.id = cs.casus_id
       JOIN LATERAL (SELECT * FROM signaal_melding s WHERE s.signaal_id = cs.signaal_id ORDER BY s.persoon_id = c.persoon_id DESC LIMIT 1) sm ON true
       WHERE cs.casus_id = $1 ORDER BY sm.tijdstip_incident DESC`,
      [casusId],
    );
  }

  /** Signals, transitions, measures, actions, outcomes, decisions, escalations and deadlines, in order. */
  async tijdlijn(casusId: string): Promise<TijdlijnRegel[]> {
    const [gebeurtenissen, termijnen] = await Promise.all([
      this.ds.query<GebeurtenisRij[]>(
        `SELECT * FROM casus_gebeurtenis WHERE casus_id = $1 ORDER BY tijdstip, id`,
        [casusId],
      ),
      this.termijnen.lijst({ weergave: 'ALLE', onderwerp: { type: 'casus', id: casusId }, eerste: 1000 }),
    ]);
    const regels: TijdlijnRegel[] = gebeurtenissen.map((g) => ({
      tijdstip: new Date(g.tijdstip),
      soort: g.soort,
      omschrijving: g.omschrijving,
      refId: g.ref_id,
      organisatie: g.door_organisatie,
    }));
    for (const t of termijnen) {
      regels.push({
        tijdstip: new Date(t.vervalt_op),
        soort: 'TERMIJN',
        omschrijving: `${TERMIJN_SOORT_LABEL[t.soort]} — ${t.uitleg} (${t.status.toLowerCase()})`,
        refId: t.id,
        organisatie: t.organisatie,
      });
    }
    return regels.sort((a, b) => a.tijdstip.getTime() - b.tijdstip.getTime());
  }

  private eisOpen(c: CasusRij) {
    if (!isOpen(c.status)) {
      throw new ValidatieFout(
        [
          {
            veld: 'casusId',
            reden: `de casus is ${c.status.toLowerCase().replace('_', ' ')}; heropen haar eerst`,
          },
        ],
        CasusWerkFoutCode.CASUS_GESLOTEN,
      );
    }
  }

  private nietGevonden(code: string, wat: string, id: string) {
    return new DomeinFout('NIET_GEVONDEN', code, nietGevonden(wat, id), [
      { veld: 'id', reden: 'bestaat niet of u neemt niet deel aan de casus' },
    ]);
  }

  private async annuleerTermijn(id: string, reden: string, door: string) {
    try {
      await this.termijnen.annuleer(id, reden, door);
    } catch (e) {
      // Already fired or cancelled: nothing left to cancel.
      if (!(e instanceof DomeinFout)) throw e;
    }
  }
}

/** Overdue actions escalate when their ACTIE deadline expires (fired by this service's own engine). */
@VerwerktEvent(EventName.TermijnVerstreken)
export class ActieVerstrekenVerwerker implements EventVerwerker<typeof EventName.TermijnVerstreken> {
  constructor(private readonly werk: CasusWerkService) {}

  async verwerk(e: EventEnvelop<typeof EventName.TermijnVerstreken>, m: EntityManager): Promise<void> {
    if (e.payload.soort !== TermijnSoort.ACTIE) return;
    const actieId = e.payload.payload.actieId;
    if (typeof actieId === 'string') await this.werk.escaleer(m, actieId);
  }
}
