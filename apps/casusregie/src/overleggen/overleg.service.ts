import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  isBestaandIsoMoment,
  magOverleggenZien,
  OVERLEG_SOORTEN,
  magVoorstellenBeslissen,
  nietGevonden,
  ORGANISATIES,
  stelAgendaSamen,
  TERMIJN_SOORT_LABEL,
  validatiefouten,
  verplichteTekstFouten,
  type Actor,
  type Organisatie,
  type OverlegSoort,
  type TermijnSoort,
} from '@ketenbeeld/domain';
import { DomeinFout, ValidatieFout } from '@ketenbeeld/platform';
import { CasusWerkService } from '../casussen/casus-werk.service';
import { CasusService } from '../casussen/casus.service';

export const OverlegFoutCode = {
  NIET_GEVONDEN: 'OVERLEG_NIET_GEVONDEN',
  GEEN_RECHT: 'OVERLEG_GEEN_RECHT',
  AGENDAPUNT_NIET_GEVONDEN: 'AGENDAPUNT_NIET_GEVONDEN',
} as const;

const organisatie = z.enum(ORGANISATIES as [Organisatie, ...Organisatie[]], {
  error: 'onbekende organisatie',
});
export const overlegInvoerSchema = z
  .object({
    soort: z.enum(OVERLEG_SOORTEN, { error: 'KERNTEAM, LKO, TOPX of REGIETAFEL' }),
    titel: z.string({ error: 'is verplicht' }).trim().min(3, 'minstens 3 tekens').max(200),
    geplandOp: z.iso.datetime({ offset: true, error: 'moet een ISO-8601 tijdstip met tijdzone zijn' }),
    locatieCode: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'locatiecode in hoofdletters, bijvoorbeeld TER_APEL')
      .nullable()
      .optional(),
    deelnemers: z
      .array(z.object({ naam: z.string().trim().min(2, 'minstens 2 tekens').max(200), organisatie }).strict())
      .max(100, 'hoogstens 100')
      .default([]),
  })
  .strict()
  .refine((o) => o.soort !== 'LKO' || !!o.locatieCode, {
    path: ['locatieCode'],
    message: 'een LKO hoort bij één opvanglocatie',
  });

export interface OverlegRij {
  id: string;
  soort: OverlegSoort;
  titel: string;
  locatie_code: string | null;
  gepland_op: Date;
  vorig_overleg_op: Date | null;
}
export interface AgendapuntRij {
  id: string;
  overleg_id: string;
  casus_id: string;
  volgorde: number;
  redenen: string[];
  toelichting: string[];
  handmatig: boolean;
}
export interface BesluitRij {
  id: string;
  agendapunt_id: string;
  casus_id: string;
  tekst: string;
  door_organisatie: Organisatie;
  tijdstip: Date;
  actie_id: string | null;
}

const OVERLEG_KOLOMMEN = `o.*, (SELECT max(v.gepland_op) FROM overleg v WHERE v.soort = o.soort
   AND v.locatie_code IS NOT DISTINCT FROM o.locatie_code AND v.gepland_op < o.gepland_op) AS vorig_overleg_op`;

/**
 * Meetings (overleggen): KERNTEAM (weekly, Monday), LKO (per reception location), TOPX and
 * REGIETAFEL. The agenda is generated (new cases, cases changed since the previous meeting of that
 * kind, overdue actions, deadlines in the coming week); items can be added and reordered; decisions
 * and their actions land on the case.
 */
@Injectable()
export class OverlegService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly casussen: CasusService,
    private readonly werk: CasusWerkService,
  ) {}

  async lijst(
    actor: Actor,
    soort?: OverlegSoort | null,
    van?: string | null,
    tot?: string | null,
  ): Promise<OverlegRij[]> {
    if (!magOverleggenZien(actor)) return [];
    const w: unknown[] = [];
    const waar: string[] = [];
    if (soort) waar.push(`o.soort = $${w.push(soort)}`);
    if (van) waar.push(`o.gepland_op >= $${w.push(this.moment(van, 'van'))}`);
    if (tot) waar.push(`o.gepland_op < $${w.push(this.moment(tot, 'tot'))}`);
    return this.ds.query(
      `SELECT ${OVERLEG_KOLOMMEN} FROM overleg o ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY o.gepland_op DESC LIMIT 200`,
      w,
    );
  }

  async haal(actor: Actor, id: string, m: EntityManager = this.ds.manager): Promise<OverlegRij> {
    const [o] =
      magOverleggenZien(actor) && z.uuid().safeParse(id).success
        ? await m.query<OverlegRij[]>(`SELECT ${OVERLEG_KOLOMMEN} FROM overleg o WHERE o.id = $1`, [id])
        : [];
    if (!o) {
      throw new DomeinFout('NIET_GEVONDEN', OverlegFoutCode.NIET_GEVONDEN, nietGevonden('Overleg', id), [
        { veld: 'id', reden: 'bestaat niet of is niet voor uw organisatie' },
      ]);
    }
    return o;
  }

  async agenda(overlegId: string): Promise<AgendapuntRij[]> {
    return this.ds.query(`SELECT * FROM agendapunt WHERE overleg_id = $1 ORDER BY volgorde, id`, [overlegId]);
  }

  async deelnemers(overlegId: string) {
    return this.ds.query<{ naam: string; organisatie: Organisatie; aanwezig: boolean | null }[]>(
      `SELECT naam, organisatie, aanwezig FROM overleg_deelnemer WHERE overleg_id = $1 ORDER BY organisatie, naam`,
      [overlegId],
    );
  }

  async besluiten(agendapuntId: string): Promise<BesluitRij[]> {
    return this.ds.query(
      `SELECT b.*, (SELECT a.id FROM actie a WHERE a.besluit_id = b.id LIMIT 1) AS actie_id
       FROM besluit b WHERE b.agendapunt_id = $1 ORDER BY b.tijdstip, b.id`,
      [agendapuntId],
    );
  }

  /** Plan a meeting and generate its agenda. */
  async plan(actor: Actor, ruw: unknown): Promise<OverlegRij> {
    this.eisRecht(actor);
    const parsed = overlegInvoerSchema.safeParse(ruw);
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    const o = parsed.data;
    return this.ds.transaction(async (m) => {
      const id = randomUUID();
      await m.query(
        `INSERT INTO overleg (id, soort, titel, locatie_code, gepland_op, aangemaakt_door) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, o.soort, o.titel, o.locatieCode ?? null, new Date(o.geplandOp), actor.sub],
      );
      const gezien = new Set<string>();
      for (const d of o.deelnemers) {
        const sleutel = `${d.organisatie}/${d.naam}`;
        if (gezien.has(sleutel)) continue;
        gezien.add(sleutel);
        await m.query(`INSERT INTO overleg_deelnemer (overleg_id, naam, organisatie) VALUES ($1, $2, $3)`, [
          id,
          d.naam,
          d.organisatie,
        ]);
      }
      await this.genereerAgenda(m, id);
      return this.haal(actor, id, m);
    });
  }

  /** Generate the agenda again (e.g. the morning of the meeting); items added by hand stay. */
  async vernieuwAgenda(actor: Actor, overlegId: string): Promise<OverlegRij> {
    this.eisRecht(actor);
    return this.ds.transaction(async (m) => {
      await this.haal(actor, overlegId, m);
      await m.query(`SELECT 1 FROM overleg WHERE id = $1 FOR UPDATE`, [overlegId]);
      await this.genereerAgenda(m, overlegId);
      return this.haal(actor, overlegId, m);
    });
  }

  async voegAgendapuntToe(actor: Actor, overlegId: string, casusId: string): Promise<OverlegRij> {
    this.eisRecht(actor);
    return this.ds.transaction(async (m) => {
      await this.haal(actor, overlegId, m);
      await m.query(`SELECT 1 FROM overleg WHERE id = $1 FOR UPDATE`, [overlegId]);
      await this.casussen.haal(actor, casusId, m);
      const [{ n }] = await m.query<{ n: number }[]>(
        `SELECT coalesce(max(volgorde), 0)::int n FROM agendapunt WHERE overleg_id = $1`,
        [overlegId],
      );
      const toegevoegd = await m.query<unknown[]>(
        `INSERT INTO agendapunt (id, overleg_id, casus_id, volgorde, redenen, toelichting, handmatig)
         VALUES ($1, $2, $3, $4, '{HANDMATIG}', $5, true) ON CONFLICT (overleg_id, casus_id) DO NOTHING RETURNING id`,
        [randomUUID(), overlegId, casusId, n + 1, [`toegevoegd door ${actor.naam} (${actor.organisatie})`]],
      );
      if (!toegevoegd.length) throw new ValidatieFout([{ veld: 'casusId', reden: 'staat al op de agenda' }]);
      return this.haal(actor, overlegId, m);
    });
  }

  /** Move an item to position `volgorde` (1-based); the others shift. */
  async verplaatsAgendapunt(actor: Actor, agendapuntId: string, volgorde: number): Promise<OverlegRij> {
    this.eisRecht(actor);
    return this.ds.transaction(async (m) => {
      const punt = await this.haalPunt(m, agendapuntId);
      const o = await this.haal(actor, punt.overleg_id, m);
      await m.query(`SELECT 1 FROM overleg WHERE id = $1 FOR UPDATE`, [o.id]);
      const punten = await m.query<{ id: string }[]>(
        `SELECT id FROM agendapunt WHERE overleg_id = $1 ORDER BY volgorde, id`,
        [o.id],
      );
      if (!Number.isInteger(volgorde) || volgorde < 1 || volgorde > punten.length) {
        throw new ValidatieFout([{ veld: 'volgorde', reden: `een positie van 1 tot ${punten.length}` }]);
      }
      const rest = punten.filter((p) => p.id !== agendapuntId);
      rest.splice(volgorde - 1, 0, { id: agendapuntId });
      await m.query(
        `UPDATE agendapunt a SET volgorde = v.volgorde FROM unnest($1::uuid[]) WITH ORDINALITY AS v(id, volgorde) WHERE a.id = v.id`,
        [rest.map((p) => p.id)],
      );
      return this.haal(actor, o.id, m);
    });
  }

  async registreerAanwezigheid(
    actor: Actor,
    overlegId: string,
    naam: string,
    org: Organisatie,
    aanwezig: boolean,
  ): Promise<OverlegRij> {
    this.eisRecht(actor);
    const naamFouten = verplichteTekstFouten(naam, 'naam', { max: 200 });
    if (naamFouten.length) throw new ValidatieFout(naamFouten);
    if (!(ORGANISATIES as readonly string[]).includes(org))
      throw new ValidatieFout([{ veld: 'organisatie', reden: 'onbekende organisatie' }]);
    return this.ds.transaction(async (m) => {
      await this.haal(actor, overlegId, m);
      await m.query(
        `INSERT INTO overleg_deelnemer (overleg_id, naam, organisatie, aanwezig) VALUES ($1, $2, $3, $4)
         ON CONFLICT (overleg_id, naam, organisatie) DO UPDATE SET aanwezig = EXCLUDED.aanwezig`,
        [overlegId, naam.trim(), org, aanwezig],
      );
      return this.haal(actor, overlegId, m);
    });
  }

  /**
   * Record a decision on an agenda item; it lands on the case's timeline, and an optional action is
   * created on the case with the decision as its origin — in one transaction.
   */
  async legBesluitVast(
    actor: Actor,
    agendapuntId: string,
    tekst: string,
    actie?: unknown,
  ): Promise<BesluitRij> {
    const tekstFouten = verplichteTekstFouten(tekst, 'tekst', { leeg: 'is verplicht: wat is besloten' });
    if (tekstFouten.length) throw new ValidatieFout(tekstFouten);
    return this.ds.transaction(async (m) => {
      const punt = await this.haalPunt(m, agendapuntId);
      const o = await this.haal(actor, punt.overleg_id, m);
      const c = await this.casussen.haalVoorWijziging(actor, punt.casus_id, m);
      const id = randomUUID();
      await m.query(
        `INSERT INTO besluit (id, agendapunt_id, casus_id, tekst, door, door_organisatie) VALUES ($1, $2, $3, $4, $5, $6)`,
        [id, agendapuntId, c.id, tekst.trim(), actor.sub, actor.organisatie],
      );
      await this.casussen.gebeurtenis(
        m,
        c.id,
        'BESLUIT',
        `Besluit ${o.titel}: ${tekst.trim()}`,
        id,
        actor.organisatie,
      );
      if (actie) await this.werk.maakActieIn(m, actor, c, actie, id);
      return (
        await m.query<BesluitRij[]>(
          `SELECT b.*, (SELECT a.id FROM actie a WHERE a.besluit_id = b.id LIMIT 1) AS actie_id FROM besluit b WHERE b.id = $1`,
          [id],
        )
      )[0];
    });
  }

  private async genereerAgenda(m: EntityManager, overlegId: string) {
    const [o] = await m.query<OverlegRij[]>(`SELECT ${OVERLEG_KOLOMMEN} FROM overleg o WHERE o.id = $1`, [
      overlegId,
    ]);
    const geplandOp = new Date(o.gepland_op);
    // LKO: the cases of that location; TOPX: persons on a confirmed Top-X list; else every open case.
    const bereik =
      o.soort === 'LKO'
        ? `AND c.locatie_code = $1`
        : o.soort === 'TOPX'
          ? `AND EXISTS (SELECT 1 FROM topx_lid l JOIN topx_lijst t ON t.id = l.lijst_id WHERE l.persoon_id = c.persoon_id AND l.opgenomen AND t.status = 'BEVESTIGD')`
          : '';
    const casussen = await m.query<
      { id: string; aangemeld_op: Date; status: string; bijgewerkt_op: Date; omschrijving: string }[]
    >(
      `SELECT c.id, c.aangemeld_op, c.status, c.bijgewerkt_op,
              concat_ws(' · ', 'spoor ' || c.spoor, c.locatie_code, c.procesregisseur_naam) AS omschrijving
       FROM casus c WHERE c.open ${bereik}`,
      o.soort === 'LKO' ? [o.locatie_code] : [],
    );
    const ids = casussen.map((c) => c.id);
    const acties = await m.query<{ id: string; casus_id: string; omschrijving: string; deadline: Date }[]>(
      `SELECT id, casus_id, omschrijving, deadline FROM actie WHERE status = 'OPEN' AND casus_id = ANY($1::uuid[])`,
      [ids],
    );
    const termijnen = await m.query<
      { id: string; onderwerp_id: string; soort: TermijnSoort; vervalt_op: Date }[]
    >(
      `SELECT id, onderwerp_id, soort, vervalt_op FROM termijn
         WHERE onderwerp_type = 'casus' AND onderwerp_id = ANY($1::text[]) AND status IN ('GEPLAND','GEWAARSCHUWD')`,
      [ids],
    );
    const voorstel = stelAgendaSamen({
      overlegOp: geplandOp,
      vorigOverlegOp: o.vorig_overleg_op ? new Date(o.vorig_overleg_op) : null,
      casussen: casussen.map((c) => ({
        casusId: c.id,
        aangemeldOp: new Date(c.aangemeld_op),
        status: c.status,
        laatsteWijzigingOp: new Date(c.bijgewerkt_op),
        omschrijving: c.omschrijving,
      })),
      openActies: acties.map((a) => ({
        id: a.id,
        casusId: a.casus_id,
        omschrijving: a.omschrijving,
        deadline: new Date(a.deadline),
      })),
      termijnen: termijnen.map((t) => ({
        id: t.id,
        casusId: t.onderwerp_id,
        soortLabel: TERMIJN_SOORT_LABEL[t.soort],
        vervaltOp: new Date(t.vervalt_op),
      })),
    });
    // Generated items are replaced; items added by hand keep their place after them.
    await m.query(
      `DELETE FROM agendapunt a WHERE a.overleg_id = $1 AND NOT a.handmatig AND NOT EXISTS (SELECT 1 FROM besluit b WHERE b.agendapunt_id = a.id)`,
      [overlegId],
    );
    const blijvend = await m.query<{ id: string; casus_id: string }[]>(
      `SELECT id, casus_id FROM agendapunt WHERE overleg_id = $1 ORDER BY volgorde`,
      [overlegId],
    );
    const opAgenda = new Set(blijvend.map((b) => b.casus_id));
    let volgorde = 0;
    for (const v of voorstel) {
      if (opAgenda.has(v.casusId)) continue;
      await m.query(
        `INSERT INTO agendapunt (id, overleg_id, casus_id, volgorde, redenen, toelichting) VALUES ($1, $2, $3, $4, $5, $6)`,
        [randomUUID(), overlegId, v.casusId, ++volgorde, v.redenen, v.toelichting],
      );
    }
    for (const b of blijvend) {
      await m.query(`UPDATE agendapunt SET volgorde = $2 WHERE id = $1`, [b.id, ++volgorde]);
    }
  }

  private async haalPunt(m: EntityManager, id: string): Promise<AgendapuntRij> {
    const [p] = z.uuid().safeParse(id).success
      ? await m.query<AgendapuntRij[]>(`SELECT * FROM agendapunt WHERE id = $1`, [id])
      : [];
    if (!p) {
      throw new DomeinFout(
        'NIET_GEVONDEN',
        OverlegFoutCode.AGENDAPUNT_NIET_GEVONDEN,
        nietGevonden('Agendapunt', id),
        [{ veld: 'agendapuntId', reden: 'bestaat niet' }],
      );
    }
    return p;
  }

  private moment(v: string, veld: string): Date {
    if (!isBestaandIsoMoment(v))
      throw new ValidatieFout([{ veld, reden: 'moet een ISO-8601 tijdstip zijn' }]);
    return new Date(v);
  }

  private eisRecht(actor: Actor) {
    if (!magVoorstellenBeslissen(actor)) {
      throw new DomeinFout(
        'VERBODEN',
        OverlegFoutCode.GEEN_RECHT,
        `${actor.organisatie} plant of voert geen kernteamoverleg`,
        [{ veld: 'actor', reden: 'alleen kernteamleden en procesregisseurs van IND, COA en DT&V' }],
      );
    }
  }
}
