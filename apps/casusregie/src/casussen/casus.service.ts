import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  CASUS_STATUS_LABEL,
  CASUS_STATUSSEN,
  CasusStatus,
  controleerTransitie,
  EventName,
  isOpen,
  Doorverwijzing,
  heeftNationaleRol,
  magCasusWijzigen,
  magCasusZien,
  ORGANISATIES,
  Rol,
  STANDAARD_DEELNEMERS,
  nietGevonden,
  validatiefouten,
  verplichteTekstFouten,
  type Actor,
  type Organisatie,
} from '@ketenbeeld/domain';
import { DomeinFout, OutboxPublisher, ValidatieFout } from '@ketenbeeld/platform';
import type { ActieRij, CasusRij, GebeurtenisSoort, TransitieRij } from './casus.types';

export const CasusFoutCode = {
  NIET_GEVONDEN: 'CASUS_NIET_GEVONDEN',
  GEEN_WIJZIGRECHT: 'CASUS_GEEN_WIJZIGRECHT',
  ONGELDIGE_TRANSITIE: 'CASUS_ONGELDIGE_TRANSITIE',
  AL_OPEN: 'CASUS_AL_OPEN',
  GELIJKTIJDIG_GEWIJZIGD: 'CASUS_GELIJKTIJDIG_GEWIJZIGD',
  PERSOON_ONBEKEND: 'CASUS_PERSOON_ONBEKEND',
} as const;

const organisatie = z.enum(ORGANISATIES as [Organisatie, ...Organisatie[]], {
  error: 'onbekende organisatie',
});

/** Case facts a person sets (on creation or later); every field optional. */
export const casusGegevensSchema = z
  .object({
    spoor: z
      .union([z.literal(1), z.literal(2), z.literal(4)], {
        error: 'spoor 1, 2 of 4 (3 en 5 zijn niet in gebruik)',
      })
      .nullable()
      .optional(),
    kansarm: z.boolean({ error: 'ja of nee' }).nullable().optional(),
    land: z
      .string()
      .trim()
      .regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 landcode, bijvoorbeeld MAR')
      .nullable()
      .optional(),
    locatieCode: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'locatiecode in hoofdletters, bijvoorbeeld TER_APEL')
      .nullable()
      .optional(),
    procedurefase: z
      .enum(
        [
          'AANMELDING',
          'RUST_EN_VOORBEREIDINGSTIJD',
          'ALGEMENE_ASIELPROCEDURE',
          'VERLENGDE_ASIELPROCEDURE',
          'BESCHIKT',
          'BEROEP',
          'VERTREK',
        ],
        { error: 'onbekende procedurefase' },
      )
      .nullable()
      .optional(),
    procesregisseur: z
      .object({
        sub: z.string().min(1).max(200).nullable().optional(),
        naam: z.string().trim().min(2, 'minstens 2 tekens').max(200),
        organisatie,
      })
      .optional(),
    deelnemers: z.array(organisatie).min(1, 'minstens één organisatie').optional(),
  })
  .strict();
export type CasusGegevens = z.infer<typeof casusGegevensSchema>;

export interface CasusFilter {
  status?: CasusStatus[];
  spoor?: number;
  locatieCode?: string;
  procesregisseur?: string;
  achterstallig?: boolean;
  persoonId?: string;
  groepId?: string;
}

const filterSchema = z
  .object({
    status: z.array(z.enum(CASUS_STATUSSEN, { error: 'onbekende status' })).optional(),
    spoor: z.union([z.literal(1), z.literal(2), z.literal(4)], { error: 'spoor 1, 2 of 4' }).optional(),
    locatieCode: z.string().optional(),
    procesregisseur: z.string().optional(),
    achterstallig: z.boolean().optional(),
    persoonId: z.uuid({ error: 'moet een UUID zijn' }).optional(),
    groepId: z.uuid({ error: 'moet een UUID zijn' }).optional(),
  })
  .strict();

export interface CasusPagina {
  items: CasusRij[];
  volgendeCursor: string | null;
  totaal: number;
}

/** The columns of a case with its counters for lists and pages. */
const CASUS_KOLOMMEN = `c.*,
  (SELECT count(*) FROM casus_signaal cs WHERE cs.casus_id = c.id AND cs.gezien_op IS NULL)::int AS nieuwe_signalen,
  (SELECT count(*) FROM actie a WHERE a.casus_id = c.id AND a.status = 'OPEN' AND a.deadline < now())::int AS acties_te_laat`;

/**
 * Cases: creation (from a confirmed proposal or by hand), facts, participants, the state machine
 * with who/when/why, need-to-know on every read, and the append-only event list that feeds the
 * timeline and the daily overview.
 */
@Injectable()
export class CasusService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  // ------------------------------------------------------------------ reading

  /** A case the actor may see; otherwise NIET_GEVONDEN, exactly as for a case that does not exist. */
  async haal(actor: Actor, id: string, m: EntityManager = this.ds.manager, slot = false): Promise<CasusRij> {
    const rij = z.uuid().safeParse(id).success
      ? ((
          await m.query<CasusRij[]>(
            `SELECT ${CASUS_KOLOMMEN} FROM casus c WHERE c.id = $1 ${slot ? 'FOR UPDATE OF c' : ''}`,
            [id],
          )
        )[0] ?? null)
      : null;
    if (!rij || !magCasusZien(actor, rij.deelnemers)) {
      throw new DomeinFout('NIET_GEVONDEN', CasusFoutCode.NIET_GEVONDEN, nietGevonden('Casus', id), [
        { veld: 'id', reden: 'bestaat niet of u neemt niet deel aan deze casus' },
      ]);
    }
    return rij;
  }

  /** A case the actor may change (a participant who works cases), locked for the transaction. */
  async haalVoorWijziging(actor: Actor, id: string, m: EntityManager): Promise<CasusRij> {
    const actueel = await this.haal(actor, id, m, true);
    if (!magCasusWijzigen(actor, actueel.deelnemers)) {
      throw new DomeinFout(
        'VERBODEN',
        CasusFoutCode.GEEN_WIJZIGRECHT,
        `${actor.organisatie} mag casus ${id} niet wijzigen`,
        [
          {
            veld: 'casusId',
            reden: heeftNationaleRol(actor)
              ? 'een nationale rol leest mee maar wijzigt niet'
              : 'alleen deelnemende organisaties met een rol in het kernteam wijzigen een casus',
          },
        ],
      );
    }
    return actueel;
  }

  async lijst(actor: Actor, ruwFilter: unknown, eerste = 50, na?: string | null): Promise<CasusPagina> {
    const parsed = filterSchema.safeParse(ruwFilter ?? {});
    if (!parsed.success) {
      throw new ValidatieFout(validatiefouten(parsed.error).map((f) => ({ ...f, veld: `filter.${f.veld}` })));
    }
    if (!Number.isInteger(eerste) || eerste < 1 || eerste > 500) {
      throw new ValidatieFout([{ veld: 'eerste', reden: 'een geheel getal van 1 tot 500' }]);
    }
    const f = parsed.data;
    const w: unknown[] = [];
    const $ = (v: unknown) => `$${w.push(v)}`;
    const waar: string[] = [];
    if (!heeftNationaleRol(actor)) waar.push(`c.deelnemers @> ARRAY[${$(actor.organisatie)}]::text[]`);
    if (f.status?.length) waar.push(`c.status = ANY(${$(f.status)}::text[])`);
    if (f.spoor) waar.push(`c.spoor = ${$(f.spoor)}`);
    if (f.locatieCode) waar.push(`c.locatie_code = ${$(f.locatieCode)}`);
    if (f.procesregisseur) {
      const p = $(f.procesregisseur);
      waar.push(`(c.procesregisseur_sub = ${p} OR c.procesregisseur_naam ILIKE '%' || ${p} || '%')`);
    }
    if (f.persoonId) waar.push(`c.persoon_id = ${$(f.persoonId)}`);
    if (f.groepId) waar.push(`c.groep_id = ${$(f.groepId)}`);
    if (f.achterstallig) {
      waar.push(
        `EXISTS (SELECT 1 FROM actie a WHERE a.casus_id = c.id AND a.status = 'OPEN' AND a.deadline < now())`,
      );
    }
    const telWaar = waar.length ? `WHERE ${waar.join(' AND ')}` : '';
    const telParams = [...w];
    if (na) {
      const [tijd, id] = leesCursor(na);
      waar.push(`(c.aangemeld_op, c.id) < (${$(tijd)}::timestamptz, ${$(id)}::uuid)`);
    }
    const items = await this.ds.query<CasusRij[]>(
      `SELECT ${CASUS_KOLOMMEN} FROM casus c ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''}
       ORDER BY c.aangemeld_op DESC, c.id DESC LIMIT ${$(eerste + 1)}`,
      w,
    );
    const [{ n }] = await this.ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM casus c ${telWaar}`,
      telParams,
    );
    const meer = items.length > eerste;
    const pagina = items.slice(0, eerste);
    const laatste = pagina[pagina.length - 1];
    return {
      items: pagina,
      volgendeCursor: meer && laatste ? maakCursor(laatste) : null,
      totaal: n,
    };
  }

  async actie(id: string): Promise<ActieRij | undefined> {
    const [rij] = await this.ds.query<ActieRij[]>(`SELECT * FROM actie WHERE id = $1`, [id]);
    return rij;
  }

  async transities(casusId: string): Promise<TransitieRij[]> {
    return this.ds.query(`SELECT * FROM casus_transitie WHERE casus_id = $1 ORDER BY tijdstip, id`, [
      casusId,
    ]);
  }

  /** The open case of a person, if any (used on intake: signals attach to it). */
  async openCasusVan(m: EntityManager, persoonId: string): Promise<CasusRij | undefined> {
    const [rij] = await m.query<CasusRij[]>(`SELECT * FROM casus WHERE persoon_id = $1 AND open`, [
      persoonId,
    ]);
    return rij;
  }

  // ------------------------------------------------------------------ writing

  /**
   * Create a case (status AANGEMELD) in the caller's transaction. Participants default to the
   * kernteam (IND, COA, DT&V) plus the actor's own organisation; the procesregisseur defaults to the
   * actor when they hold that role, else to the IND coördinator still to be assigned.
   */
  async maak(
    m: EntityManager,
    actor: Actor,
    invoer: { persoonId: string; groepId?: string | null; reden: string; gegevens?: unknown },
  ): Promise<CasusRij> {
    const parsed = casusGegevensSchema.safeParse(invoer.gegevens ?? {});
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    const g = parsed.data;
    if (await this.openCasusVan(m, invoer.persoonId)) {
      throw new DomeinFout(
        'CONFLICT',
        CasusFoutCode.AL_OPEN,
        `Er loopt al een casus voor persoon ${invoer.persoonId}`,
        [{ veld: 'persoonId', reden: 'heeft al een open casus; nieuwe signalen worden daaraan gekoppeld' }],
      );
    }
    const deelnemers = [...new Set([...(g.deelnemers ?? STANDAARD_DEELNEMERS), actor.organisatie])];
    const regisseur =
      g.procesregisseur ??
      (actor.rollen.includes(Rol.PROCESREGISSEUR)
        ? { sub: actor.sub, naam: actor.naam, organisatie: actor.organisatie }
        : { sub: null, naam: 'IND-coördinator (nog toe te wijzen)', organisatie: 'IND' as Organisatie });
    if (!deelnemers.includes(regisseur.organisatie)) {
      throw new ValidatieFout([
        {
          veld: 'procesregisseur.organisatie',
          reden: 'de procesregisseur komt uit een deelnemende organisatie',
        },
      ]);
    }
    const id = randomUUID();
    try {
      await m.query(
        `INSERT INTO casus (id, persoon_id, groep_id, status, spoor, kansarm, land, locatie_code, procedurefase,
                            procesregisseur_sub, procesregisseur_naam, procesregisseur_organisatie, deelnemers)
         VALUES ($1, $2, $3, 'AANGEMELD', $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          id,
          invoer.persoonId,
          invoer.groepId ?? null,
          g.spoor ?? null,
          g.kansarm ?? null,
          g.land ?? null,
          g.locatieCode ?? null,
          g.procedurefase ?? null,
          regisseur.sub ?? null,
          regisseur.naam,
          regisseur.organisatie,
          deelnemers,
        ],
      );
    } catch (e) {
      // Two requests for the same person at once: the unique index decides, the loser gets the conflict.
      if ((e as { constraint?: string }).constraint === 'casus_een_open_per_persoon') {
        throw new DomeinFout(
          'CONFLICT',
          CasusFoutCode.AL_OPEN,
          `Er loopt al een casus voor persoon ${invoer.persoonId}`,
          [{ veld: 'persoonId', reden: 'heeft al een open casus; nieuwe signalen worden daaraan gekoppeld' }],
        );
      }
      throw e;
    }
    await this.legTransitieVast(m, actor, id, null, CasusStatus.AANGEMELD, invoer.reden, null);
    const [rij] = await m.query<CasusRij[]>(`SELECT * FROM casus WHERE id = $1`, [id]);
    return rij;
  }

  /** Register a case by hand (e.g. after an LKO), without a proposal. */
  async meldAan(actor: Actor, persoonId: string, reden: string, gegevens?: unknown): Promise<CasusRij> {
    const fouten = [
      ...(z.uuid().safeParse(persoonId).success ? [] : [{ veld: 'persoonId', reden: 'moet een UUID zijn' }]),
      ...verplichteTekstFouten(reden, 'reden', { leeg: 'is verplicht: leg vast waarom' }),
    ];
    if (fouten.length) throw new ValidatieFout(fouten);
    if (!actor.rollen.some((r) => r === Rol.PROCESREGISSEUR || r === Rol.KERNTEAMLID)) {
      throw new DomeinFout(
        'VERBODEN',
        CasusFoutCode.GEEN_WIJZIGRECHT,
        'Alleen het kernteam meldt casussen aan',
        [{ veld: 'actor', reden: 'vraagt de rol KERNTEAMLID of PROCESREGISSEUR' }],
      );
    }
    return this.ds.transaction(async (m) => {
      // A person casusregie has no signal about is unknown here (persons come from signals): no case
      // for an id that refers to nobody.
      const [bekend] = await m.query<unknown[]>(
        `SELECT 1 FROM signaal_melding WHERE persoon_id = $1 LIMIT 1`,
        [persoonId],
      );
      if (!bekend) {
        throw new DomeinFout(
          'NIET_GEVONDEN',
          CasusFoutCode.PERSOON_ONBEKEND,
          nietGevonden('Persoon', persoonId),
          [{ veld: 'persoonId', reden: 'onbekende persoon: er is nog geen signaal over deze persoon' }],
        );
      }
      const c = await this.maak(m, actor, { persoonId, reden: reden.trim(), gegevens });
      return this.haal(actor, c.id, m);
    });
  }

  /** Change a case's facts, participants or procesregisseur (recorded on the timeline). */
  async wijzig(actor: Actor, id: string, ruweGegevens: unknown, reden: string): Promise<CasusRij> {
    const parsed = casusGegevensSchema.safeParse(ruweGegevens ?? {});
    const fouten = [
      ...verplichteTekstFouten(reden, 'reden', { leeg: 'is verplicht: leg vast waarom' }),
      ...(parsed.success
        ? []
        : validatiefouten(parsed.error).map((f) => ({ ...f, veld: `gegevens.${f.veld}` }))),
    ];
    if (fouten.length || !parsed.success) throw new ValidatieFout(fouten);
    const g = parsed.data;
    return this.ds.transaction(async (m) => {
      const c = await this.haalVoorWijziging(actor, id, m);
      const deelnemers = g.deelnemers ? [...new Set(g.deelnemers)] : c.deelnemers;
      const regisseurOrg = g.procesregisseur?.organisatie ?? c.procesregisseur_organisatie;
      if (!deelnemers.includes(regisseurOrg)) {
        throw new ValidatieFout([
          {
            veld: 'gegevens.deelnemers',
            reden: `de organisatie van de procesregisseur (${regisseurOrg}) blijft deelnemer`,
          },
        ]);
      }
      const zet: string[] = [];
      const w: unknown[] = [id];
      const wijzigingen: string[] = [];
      const veld = (kolom: string, waarde: string | number | boolean | null | string[], label: string) => {
        w.push(waarde);
        zet.push(`${kolom} = $${w.length}`);
        wijzigingen.push(
          `${label}: ${waarde === null ? '—' : Array.isArray(waarde) ? waarde.join(', ') : String(waarde)}`,
        );
      };
      if (g.spoor !== undefined) veld('spoor', g.spoor, 'spoor');
      if (g.kansarm !== undefined) veld('kansarm', g.kansarm, 'kansarm');
      if (g.land !== undefined) veld('land', g.land, 'land');
      if (g.locatieCode !== undefined) veld('locatie_code', g.locatieCode, 'locatie');
      if (g.procedurefase !== undefined) veld('procedurefase', g.procedurefase, 'procedurefase');
      if (g.deelnemers) veld('deelnemers', deelnemers, 'deelnemers');
      if (g.procesregisseur) {
        veld('procesregisseur_sub', g.procesregisseur.sub ?? null, 'procesregisseur-id');
        veld('procesregisseur_naam', g.procesregisseur.naam, 'procesregisseur');
        veld('procesregisseur_organisatie', g.procesregisseur.organisatie, 'organisatie procesregisseur');
      }
      if (!zet.length)
        throw new ValidatieFout([{ veld: 'gegevens', reden: 'geef minstens één gegeven om te wijzigen' }]);
      await m.query(`UPDATE casus SET ${zet.join(', ')}, versie = versie + 1 WHERE id = $1`, w);
      await this.gebeurtenis(
        m,
        id,
        'TRANSITIE',
        `Gegevens gewijzigd (${wijzigingen.filter((x) => !x.startsWith('procesregisseur-id')).join('; ')}): ${reden.trim()}`,
        null,
        actor.organisatie,
      );
      return this.haal(actor, id, m);
    });
  }

  /** Move a case through its state machine; refused transitions name the field and what is possible. */
  async zetStatus(
    actor: Actor,
    id: string,
    naar: CasusStatus,
    reden: string,
    doorverwezenNaar?: Doorverwijzing | null,
  ): Promise<CasusRij> {
    if (!(CASUS_STATUSSEN as string[]).includes(naar)) {
      throw new ValidatieFout([{ veld: 'naar', reden: 'onbekende status' }]);
    }
    if (doorverwezenNaar && !Object.values(Doorverwijzing).includes(doorverwezenNaar)) {
      throw new ValidatieFout([{ veld: 'doorverwezenNaar', reden: 'LKO of TOPX' }]);
    }
    // Empty is the transition rule's to name (with the other problems); too long is refused here.
    const teLang = verplichteTekstFouten(reden, 'reden').filter((f) => f.reden !== 'is verplicht');
    if (teLang.length) throw new ValidatieFout(teLang);
    return this.ds.transaction(async (m) => {
      const c = await this.haalVoorWijziging(actor, id, m);
      const [{ n }] = await m.query<{ n: number }[]>(
        `SELECT count(*)::int n FROM uitkomst WHERE casus_id = $1`,
        [id],
      );
      const fouten = controleerTransitie({
        van: c.status,
        naar,
        reden,
        doorverwezenNaar,
        aantalUitkomsten: n,
      });
      if (fouten.length) throw new ValidatieFout(fouten, CasusFoutCode.ONGELDIGE_TRANSITIE);
      await m.query(
        `UPDATE casus SET status = $2, doorverwezen_naar = $3, versie = versie + 1,
           afgerond_op = CASE WHEN $2 IN ('AFGEROND','NIET_GESCHIKT','DOORVERWEZEN') THEN now() ELSE NULL END
         WHERE id = $1`,
        [id, naar, naar === CasusStatus.DOORVERWEZEN ? doorverwezenNaar : null],
      );
      await this.legTransitieVast(m, actor, id, c.status, naar, reden.trim(), doorverwezenNaar ?? null);
      return this.haal(actor, id, m);
    });
  }

  /** Mark the case's new signals as seen (they stop showing as new). */
  async markeerSignalenGezien(actor: Actor, id: string): Promise<CasusRij> {
    return this.ds.transaction(async (m) => {
      await this.haal(actor, id, m);
      await m.query(`UPDATE casus_signaal SET gezien_op = now() WHERE casus_id = $1 AND gezien_op IS NULL`, [
        id,
      ]);
      return this.haal(actor, id, m);
    });
  }

  private async legTransitieVast(
    m: EntityManager,
    actor: Actor,
    casusId: string,
    van: CasusStatus | null,
    naar: CasusStatus,
    reden: string,
    doorverwezenNaar: Doorverwijzing | null,
  ) {
    const id = randomUUID();
    await m.query(
      `INSERT INTO casus_transitie (id, casus_id, van, naar, reden, doorverwezen_naar, door, door_naam, door_organisatie)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [id, casusId, van, naar, reden, doorverwezenNaar, actor.sub, actor.naam, actor.organisatie],
    );
    const wat = van
      ? `${CASUS_STATUS_LABEL[van]} → ${CASUS_STATUS_LABEL[naar]}${doorverwezenNaar ? ` (${doorverwezenNaar})` : ''}`
      : 'Casus aangemeld';
    await this.gebeurtenis(m, casusId, 'TRANSITIE', `${wat}: ${reden}`, id, actor.organisatie);
  }

  /** Append to the case's event list (timeline, daily overview) and mark the case as changed. */
  async gebeurtenis(
    m: EntityManager,
    casusId: string,
    soort: GebeurtenisSoort,
    omschrijving: string,
    refId: string | null,
    organisatie: Organisatie | null,
  ): Promise<void> {
    await m.query(
      `INSERT INTO casus_gebeurtenis (casus_id, soort, omschrijving, ref_id, door_organisatie) VALUES ($1, $2, $3, $4, $5)`,
      [casusId, soort, omschrijving, refId, organisatie],
    );
    await m.query(`UPDATE casus SET bijgewerkt_op = now() WHERE id = $1`, [casusId]);
    await this.publiceerStand(m, casusId);
  }

  /** The case as it now stands, for zsm's read model (CasusBijgewerkt), in the caller's transaction. */
  async publiceerStand(m: EntityManager, casusId: string): Promise<void> {
    const [c] = await m.query<CasusRij[]>(`SELECT * FROM casus WHERE id = $1`, [casusId]);
    if (!c) return;
    const maatregelen = await m.query<{ code: string; naam: string; eind: Date | null }[]>(
      `SELECT cm.code, d.naam, cm.eind FROM casus_maatregel cm JOIN maatregel_definitie d USING (code)
       WHERE cm.casus_id = $1 AND cm.status = 'ACTIEF' AND (cm.eind IS NULL OR cm.eind > now()) ORDER BY cm.start`,
      [casusId],
    );
    const topx = await m.query<{ regio: string; maand: string }[]>(
      `SELECT t.regio, t.maand FROM topx_lid l JOIN topx_lijst t ON t.id = l.lijst_id
       WHERE l.persoon_id = $1 AND l.opgenomen AND t.status = 'BEVESTIGD' ORDER BY t.maand DESC`,
      [c.persoon_id],
    );
    await this.outbox.publiceer(m, EventName.CasusBijgewerkt, {
      casusId: c.id,
      persoonId: c.persoon_id,
      versie: c.versie,
      bijgewerktOp: new Date(c.bijgewerkt_op).toISOString(),
      status: c.status,
      open: isOpen(c.status),
      spoor: c.spoor,
      kansarm: c.kansarm,
      procedurefase: c.procedurefase,
      locatieCode: c.locatie_code,
      procesregisseur: { naam: c.procesregisseur_naam, organisatie: c.procesregisseur_organisatie },
      deelnemers: c.deelnemers,
      maatregelen: maatregelen.map((x) => ({
        code: x.code,
        naam: x.naam,
        eind: x.eind ? new Date(x.eind).toISOString() : null,
      })),
      topx,
    });
  }
}

function maakCursor(c: CasusRij): string {
  return Buffer.from(JSON.stringify([new Date(c.aangemeld_op).toISOString(), c.id])).toString('base64url');
}

function leesCursor(c: string): [string, string] {
  try {
    const [tijd, id] = JSON.parse(Buffer.from(c, 'base64url').toString()) as [string, string];
    if (typeof tijd === 'string' && z.uuid().safeParse(id).success && !Number.isNaN(Date.parse(tijd)))
      return [tijd, id];
  } catch {
    /* fall through */
  }
  throw new ValidatieFout([
    { veld: 'na', reden: 'ongeldige cursor; gebruik volgendeCursor uit een eerder antwoord' },
  ]);
}
