import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  nietGevonden,
  datumSleutel,
  EventName,
  LADDER,
  magInhuisregistratieOpleggen,
  magInhuisregistratieVastleggen,
  magPlanningZien,
  MAX_TOEKOMST_MS,
  V_NUMMER_PATROON,
  vensterMomenten,
  vensterVan,
  verstrekenVensters,
  volgendeTrede,
  type Actor,
  type Registratievenster,
  type Trede,
} from '@ketenbeeld/domain';
import { DomeinFout, OutboxPublisher, ValidatieFout } from '@ketenbeeld/platform';
import {
  datum,
  eis,
  lees,
  locatieCode,
  PlanningFoutCode,
  reden,
  regel,
  uuid,
  vandaag,
} from '../gemeenschappelijk/planning-fouten';
import { LocatieService } from '../locaties/locatie.service';
import { PlaatsingService } from '../plaatsingen/plaatsing.service';

/** After a window ends COA may still enter the registrations of that window (in bulk) this long. */
export const NAREGISTRATIE_MS = 30 * 60_000;
/** How far back the closing job looks for windows it has not closed (a day of downtime is made up). */
const INHAAL_MS = 2 * 86_400_000;

/** Who proposes the next rung after a missed window (recorded in the placement's history). */
const SYSTEEM = 'systeem:inhuisregistratie';

const plichtSchema = z
  .object({
    persoonId: uuid,
    locatie: locatieCode,
    van: datum,
    tot: datum.nullish(),
    reden: reden(5),
  })
  .strict()
  .refine((i) => !i.tot || i.tot >= i.van, { path: ['tot'], message: 'ligt vóór de begindatum (van)' });

export const registratiesSchema = z
  .object({
    locatie: locatieCode,
    registraties: z
      .array(
        z
          .object({
            vNummer: z
              .string({ error: 'moet tekst zijn' })
              .regex(V_NUMMER_PATROON, 'V-nummer bestaat uit precies 10 cijfers')
              .optional(),
            persoonId: uuid.optional(),
            tijdstip: z.iso.datetime({ offset: true, error: 'moet een ISO-8601 tijdstip met tijdzone zijn' }),
          })
          .strict()
          .refine((r) => !!r.vNummer !== !!r.persoonId, {
            message: 'geef een V-nummer of een persoonId (precies één)',
          }),
        { error: 'moet een lijst van registraties zijn' },
      )
      .min(1, 'minstens één registratie')
      .max(500, 'hoogstens 500 registraties per keer'),
  })
  .strict();

export interface VensterStand {
  locatie: string;
  datum: string;
  venster: string;
  begin: Date;
  eind: Date;
  stand: 'KOMEND' | 'OPEN' | 'NAREGISTRATIE' | 'AFGESLOTEN';
  verwacht: {
    persoonId: string;
    vNummer: string | null;
    naam: string | null;
    geregistreerdOp: Date | null;
    gemist: boolean;
  }[];
}

@Injectable()
export class InhuisregistratieService {
  private readonly logger = new Logger('Inhuisregistratie');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly locaties: LocatieService,
    private readonly plaatsingen: PlaatsingService,
    private readonly outbox: OutboxPublisher,
  ) {}

  private async venstersVan(m: EntityManager, locatie: string): Promise<Registratievenster[]> {
    return (await this.locaties.vensters(m, locatie)).map((v) => ({
      code: v.code,
      begin: v.begin,
      eind: v.eind,
    }));
  }

  /** Put a registered person under the twice-daily inhuisregistratie at a location (R1's first rung). */
  async legOp(actor: Actor, ruw: unknown) {
    eis(
      magInhuisregistratieOpleggen,
      actor,
      'inhuisregistratie opleggen',
      'vraagt een kernteamrol bij IND, COA of DT&V',
    );
    const i = lees(plichtSchema, ruw);
    return this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('plaatsing:' || $1))`, [i.persoonId]);
      await this.locaties.haal(m, i.locatie);
      if (!(await this.venstersVan(m, i.locatie)).length) {
        throw new ValidatieFout([{ veld: 'locatie', reden: `${i.locatie} heeft geen registratievensters` }]);
      }
      const persoon = await this.plaatsingen.persoon(m, i.persoonId);
      if (!persoon.v_nummer) {
        throw new ValidatieFout([
          {
            veld: 'persoonId',
            reden:
              'heeft nog geen V-nummer: de inhuisregistratie geldt voor geregistreerde personen (na I&R)',
          },
        ]);
      }
      const [o] = await m.query<{ locatie: string; van: string; tot: string | null }[]>(
        `SELECT locatie, van::text AS van, tot::text AS tot FROM inhuisregistratie_plicht
         WHERE persoon_id = $1 AND daterange(van, tot, '[]') && daterange($2::date, $3::date, '[]') LIMIT 1`,
        [i.persoonId, i.van, i.tot ?? null],
      );
      if (o) {
        throw new DomeinFout(
          'CONFLICT',
          PlanningFoutCode.OVERLAP,
          'Er loopt al een inhuisregistratie in die periode',
          [
            {
              veld: 'van',
              reden: `overlapt met de inhuisregistratie in ${o.locatie} van ${o.van} t/m ${o.tot ?? 'open einde'}`,
            },
          ],
        );
      }
      const id = randomUUID();
      await m.query(
        `INSERT INTO inhuisregistratie_plicht (id, persoon_id, locatie, van, tot, reden, opgelegd_door) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
        [id, i.persoonId, i.locatie, i.van, i.tot ?? null, i.reden, actor.sub],
      );
      return this.plicht(m, id);
    });
  }

  async beeindigPlicht(actor: Actor, id: string, ruw: unknown) {
    eis(
      magInhuisregistratieOpleggen,
      actor,
      'inhuisregistratie beëindigen',
      'vraagt een kernteamrol bij IND, COA of DT&V',
    );
    const i = lees(z.object({ op: datum, reden: reden(3) }).strict(), ruw);
    return this.ds.transaction(async (m) => {
      const p = await this.plicht(m, id, true);
      if (p.tot && p.tot < i.op)
        throw new ValidatieFout([{ veld: 'op', reden: `de inhuisregistratie eindigde al op ${p.tot}` }]);
      if (i.op < p.van) throw new ValidatieFout([{ veld: 'op', reden: `ligt vóór de begindatum ${p.van}` }]);
      await m.query(`UPDATE inhuisregistratie_plicht SET tot = $2, eind_reden = $3 WHERE id = $1`, [
        id,
        i.op,
        i.reden,
      ]);
      return this.plicht(m, id);
    });
  }

  async plicht(m: EntityManager, id: string, slot = false) {
    const [p] = uuid.safeParse(id).success
      ? await m.query<
          {
            id: string;
            persoon_id: string;
            locatie: string;
            van: string;
            tot: string | null;
            reden: string;
            opgelegd_door: string;
            eind_reden: string | null;
            opgelegdDoor: string;
            opgelegdOp: string;
          }[]
        >(
          `SELECT id, persoon_id, locatie, van::text AS van, tot::text AS tot, reden, opgelegd_door, eind_reden,
                  opgelegd_door AS "opgelegdDoor",
                  to_char(opgelegd_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "opgelegdOp"
           FROM inhuisregistratie_plicht WHERE id = $1 ${slot ? 'FOR UPDATE' : ''}`,
          [id],
        )
      : [];
    if (!p) {
      throw new DomeinFout(
        'NIET_GEVONDEN',
        PlanningFoutCode.NIET_GEVONDEN,
        nietGevonden('Inhuisregistratie', id),
        [{ veld: 'id', reden: 'onbekende inhuisregistratie' }],
      );
    }
    return p;
  }

  async plichtenVan(actor: Actor, persoonId: string) {
    if (!magPlanningZien(actor)) return [];
    return this.ds.query<
      {
        id: string;
        locatie: string;
        van: string;
        tot: string | null;
        reden: string;
        opgelegdOp: string;
        opgelegdDoor: string;
      }[]
    >(
      `SELECT id, locatie, van::text AS van, tot::text AS tot, reden,
              to_char(opgelegd_op AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "opgelegdOp", opgelegd_door AS "opgelegdDoor"
       FROM inhuisregistratie_plicht WHERE persoon_id = $1 ORDER BY van DESC`,
      [persoonId],
    );
  }

  async registratiesVan(actor: Actor, persoonId: string, dagen = 14) {
    if (!magPlanningZien(actor)) return [];
    return this.ds.query<
      {
        datum: string;
        venster: string;
        locatie: string;
        tijdstip: Date | null;
        gemist: boolean;
        signaalId: string | null;
      }[]
    >(
      `SELECT datum::text AS datum, venster, locatie, tijdstip, false AS gemist, NULL::uuid AS "signaalId" FROM inhuisregistratie
         WHERE persoon_id = $1 AND datum >= current_date - $2::int
       UNION ALL
       SELECT datum::text, venster, locatie, NULL, true, signaal_id FROM gemiste_registratie
         WHERE persoon_id = $1 AND datum >= current_date - $2::int
       ORDER BY 1 DESC, 2`,
      [persoonId, dagen],
    );
  }

  /**
   * COA records who registered (one or many at the end of a window). Every registration must fall
   * inside a window of the location and concern a person under the inhuisregistratie there; any
   * error refuses the whole batch, naming each row. A repeat of the same registration is accepted once.
   */
  async registreer(actor: Actor, ruw: unknown) {
    eis(
      magInhuisregistratieVastleggen,
      actor,
      'inhuisregistraties vastleggen',
      'vraagt het COA (locatiemanager, kernteamlid of COA-systeem)',
    );
    const i = lees(registratiesSchema, ruw);
    return this.ds.transaction(async (m) => {
      await this.locaties.haal(m, i.locatie);
      const vensters = await this.venstersVan(m, i.locatie);
      const nu = Date.now();
      const fouten: { veld: string; reden: string }[] = [];
      const rijen: { persoonId: string; datum: string; venster: string; tijdstip: string }[] = [];
      const vNummers = i.registraties.flatMap((r) => (r.vNummer ? [r.vNummer] : []));
      const personen = new Map(
        (
          await m.query<{ persoon_id: string; v_nummer: string }[]>(
            `SELECT persoon_id, v_nummer FROM planning_persoon WHERE v_nummer = ANY($1::text[])`,
            [vNummers],
          )
        ).map((p) => [p.v_nummer, p.persoon_id]),
      );
      for (const [n, r] of i.registraties.entries()) {
        const veld = `registraties.${n}`;
        const t = new Date(r.tijdstip);
        if (t.getTime() > nu + MAX_TOEKOMST_MS) {
          fouten.push({ veld: `${veld}.tijdstip`, reden: 'ligt in de toekomst' });
          continue;
        }
        const v = vensterVan(t, vensters);
        if (!v) {
          fouten.push({
            veld: `${veld}.tijdstip`,
            reden: `valt buiten elk registratievenster van ${i.locatie} (${vensters.map((x) => `${x.begin}–${x.eind}`).join(', ')})`,
          });
          continue;
        }
        const persoonId = r.persoonId ?? personen.get(r.vNummer!);
        if (!persoonId) {
          fouten.push({ veld: `${veld}.vNummer`, reden: 'onbekend V-nummer' });
          continue;
        }
        rijen.push({ persoonId, datum: v.datum, venster: v.venster.code, tijdstip: r.tijdstip });
      }
      if (!fouten.length) {
        // Under the inhuisregistratie at this location on that day, and the window not closed yet.
        const controle = await m.query<{ n: number; plicht: boolean; afgesloten: Date | null }[]>(
          `SELECT x.n, EXISTS (SELECT 1 FROM inhuisregistratie_plicht p WHERE p.persoon_id = x.persoon_id AND p.locatie = $1
                    AND p.van <= x.datum AND (p.tot IS NULL OR p.tot >= x.datum)) AS plicht,
                  (SELECT a.afgesloten_op FROM venster_afsluiting a WHERE a.locatie = $1 AND a.datum = x.datum AND a.venster = x.venster) AS afgesloten
           FROM jsonb_to_recordset($2::jsonb) AS x(n int, persoon_id uuid, datum date, venster text)`,
          [
            i.locatie,
            JSON.stringify(
              rijen.map((r, n) => ({ n, persoon_id: r.persoonId, datum: r.datum, venster: r.venster })),
            ),
          ],
        );
        for (const c of controle) {
          // No earlier error: row n of the check is row n of the input.
          const bron = c.n;
          if (!c.plicht)
            fouten.push({
              // The person the row names (by persoonId or by V-nummer) is the field at fault.
              veld: `registraties.${bron}.${i.registraties[bron].persoonId ? 'persoonId' : 'vNummer'}`,
              reden: `deze persoon staat op ${rijen[c.n].datum} niet onder de inhuisregistratie in ${i.locatie}`,
            });
          else if (c.afgesloten)
            fouten.push({
              veld: `registraties.${bron}.tijdstip`,
              reden: `het venster ${rijen[c.n].venster.toLowerCase()} van ${rijen[c.n].datum} is al afgesloten en de afwezigheid gemeld`,
            });
        }
      }
      if (fouten.length) throw new ValidatieFout(fouten, 'INHUISREGISTRATIE_ONGELDIG');
      const nieuw = await m.query<{ id: string }[]>(
        `INSERT INTO inhuisregistratie (id, persoon_id, locatie, datum, venster, tijdstip, geregistreerd_door)
         SELECT gen_random_uuid(), persoon_id, $1, datum, venster, tijdstip, $3
         FROM jsonb_to_recordset($2::jsonb) AS x(persoon_id uuid, datum date, venster text, tijdstip timestamptz)
         ON CONFLICT (persoon_id, datum, venster) DO NOTHING RETURNING id`,
        [
          i.locatie,
          JSON.stringify(
            rijen.map((r) => ({
              persoon_id: r.persoonId,
              datum: r.datum,
              venster: r.venster,
              tijdstip: r.tijdstip,
            })),
          ),
          actor.sub,
        ],
      );
      return {
        locatie: i.locatie,
        geregistreerd: nieuw.length,
        alGeregistreerd: rijen.length - nieuw.length,
      };
    });
  }

  /** A location's windows of one day with who is expected, who came and who was missed (COA's screen). */
  async dag(actor: Actor, locatie: string, dag?: string | null, nu = new Date()): Promise<VensterStand[]> {
    eis(
      magPlanningZien,
      actor,
      'de inhuisregistratie bekijken',
      'vraagt een kernteamrol of een landelijke rol',
    );
    const d = lees(datum.nullish(), dag) ?? vandaag(nu);
    const m = this.ds.manager;
    await this.locaties.haal(m, locatie);
    const vensters = await this.venstersVan(m, locatie);
    const verwacht = await m.query<
      {
        persoon_id: string;
        v_nummer: string | null;
        naam: string | null;
        venster: string;
        tijdstip: Date | null;
        gemist: boolean;
        opgelegd_op: Date;
      }[]
    >(
      `SELECT p.persoon_id, pp.v_nummer, pp.naam, v.code AS venster, r.tijdstip, (g.persoon_id IS NOT NULL) AS gemist, p.opgelegd_op
       FROM inhuisregistratie_plicht p
       JOIN registratievenster v ON v.locatie = p.locatie
       LEFT JOIN planning_persoon pp ON pp.persoon_id = p.persoon_id
       LEFT JOIN inhuisregistratie r ON r.persoon_id = p.persoon_id AND r.datum = $2 AND r.venster = v.code
       LEFT JOIN gemiste_registratie g ON g.persoon_id = p.persoon_id AND g.datum = $2 AND g.venster = v.code
       WHERE p.locatie = $1 AND p.van <= $2 AND (p.tot IS NULL OR p.tot >= $2)
       ORDER BY pp.naam NULLS LAST, pp.v_nummer`,
      [locatie, d],
    );
    const afgesloten = new Set(
      (
        await m.query<{ venster: string }[]>(
          `SELECT venster FROM venster_afsluiting WHERE locatie = $1 AND datum = $2`,
          [locatie, d],
        )
      ).map((a) => a.venster),
    );
    return vensters.map((v) => {
      const { begin, eind } = regel(() => vensterMomenten(d, v));
      const stand: VensterStand['stand'] = afgesloten.has(v.code)
        ? 'AFGESLOTEN'
        : nu < begin
          ? 'KOMEND'
          : nu < eind
            ? 'OPEN'
            : 'NAREGISTRATIE';
      return {
        locatie,
        datum: d,
        venster: v.code,
        begin,
        eind,
        stand,
        verwacht: verwacht
          .filter((x) => x.venster === v.code && x.opgelegd_op < eind)
          .map((x) => ({
            persoonId: x.persoon_id,
            vNummer: x.v_nummer,
            naam: x.naam,
            geregistreerdOp: x.tijdstip,
            gemist: x.gemist,
          })),
      };
    });
  }

  /**
   * Close every window that ended (plus the time for late entry) and was not closed yet: each person
   * under the inhuisregistratie who did not register gets a signal 'niet verschenen bij de
   * inhuisregistratie' (through signalen) and a proposal for the next rung of the ladder (R2).
   * Idempotent and safe with several instances: a window is closed once (primary key), in one
   * transaction with everything it causes.
   */
  async sluitVensters(nu = new Date()): Promise<{ afgesloten: number; gemist: number }> {
    const locaties = await this.ds.query<{ locatie: string }[]>(
      `SELECT DISTINCT locatie FROM registratievenster`,
    );
    let afgesloten = 0;
    let gemist = 0;
    const tot = new Date(nu.getTime() - NAREGISTRATIE_MS);
    for (const { locatie } of locaties) {
      const vensters = await this.venstersVan(this.ds.manager, locatie);
      for (const v of regel(() => verstrekenVensters(new Date(nu.getTime() - INHAAL_MS), tot, vensters))) {
        const r = await this.sluitVenster(locatie, v.datum, v.venster).catch((e: Error) => {
          this.logger.error(`venster ${locatie} ${v.datum} ${v.venster.code} niet afgesloten: ${e.message}`);
          return null;
        });
        if (r) {
          afgesloten++;
          gemist += r.gemist;
        }
      }
    }
    return { afgesloten, gemist };
  }

  async sluitVenster(locatie: string, dag: string, venster: Registratievenster) {
    return this.ds.transaction(async (m) => {
      const { begin, eind } = vensterMomenten(dag, venster);
      const verwacht = `
        SELECT p.persoon_id, pp.v_nummer FROM inhuisregistratie_plicht p
        LEFT JOIN planning_persoon pp ON pp.persoon_id = p.persoon_id
        WHERE p.locatie = $1 AND p.van <= $2::date AND (p.tot IS NULL OR p.tot >= $2::date) AND p.opgelegd_op < $4
          AND NOT EXISTS (SELECT 1 FROM inhuisregistratie r WHERE r.persoon_id = p.persoon_id AND r.datum = $2::date AND r.venster = $3)`;
      const ontbrekend = await m.query<{ persoon_id: string; v_nummer: string | null }[]>(verwacht, [
        locatie,
        dag,
        venster.code,
        eind,
      ]);
      // Closed once: a second closer (another instance, a retry) waits on the key and then finds it taken.
      const gesloten = await m.query<unknown[]>(
        `INSERT INTO venster_afsluiting (locatie, datum, venster, verwacht, gemist)
         SELECT $1, $2, $3, count(*), $5 FROM inhuisregistratie_plicht p
         WHERE p.locatie = $1 AND p.van <= $2::date AND (p.tot IS NULL OR p.tot >= $2::date) AND p.opgelegd_op < $4
         ON CONFLICT DO NOTHING RETURNING 1`,
        [locatie, dag, venster.code, eind, ontbrekend.length],
      );
      if (!gesloten.length) return null;
      const [{ gemeente }] = await m.query<{ gemeente: string }[]>(
        `SELECT gemeente FROM locatie WHERE code = $1`,
        [locatie],
      );
      for (const p of ontbrekend) {
        const signaalId = randomUUID();
        const voorstel = await this.stelVolgendeTredeVoor(m, p.persoon_id, locatie, dag, venster.code);
        await m.query(
          `INSERT INTO gemiste_registratie (persoon_id, locatie, datum, venster, signaal_id, plaatsing_id, toelichting)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [p.persoon_id, locatie, dag, venster.code, signaalId, voorstel.plaatsingId, voorstel.toelichting],
        );
        if (p.v_nummer) {
          await this.outbox.publiceer(m, EventName.InhuisregistratieGemist, {
            signaalId,
            persoonId: p.persoon_id,
            vNummer: p.v_nummer,
            locatieCode: locatie,
            gemeente,
            datum: dag,
            venster: venster.code,
            vensterBegin: begin.toISOString(),
            vensterEind: eind.toISOString(),
          });
        }
      }
      return { gemist: ontbrekend.length };
    });
  }

  /**
   * R2: a missed registration → consider the next rung. Proposes a placement on the next rung the
   * person is eligible for (skipping a refused rung, with the reason), at the location of that kind
   * with room (nearest region first), unless a proposal for the person is already open. Never
   * proposes detention by itself: that stays a human decision.
   */
  private async stelVolgendeTredeVoor(
    m: EntityManager,
    persoonId: string,
    locatie: string,
    dag: string,
    venster: string,
  ): Promise<{ plaatsingId: string | null; toelichting: string }> {
    const [open] = await m.query<{ id: string; locatie: string }[]>(
      `SELECT id, locatie FROM plaatsing WHERE persoon_id = $1 AND status IN ('VOORGESTELD','WACHTLIJST','AANGEBODEN') LIMIT 1`,
      [persoonId],
    );
    if (open) return { plaatsingId: null, toelichting: `Er staat al een voorstel open (${open.locatie})` };
    const [actief] = await m.query<{ id: string }[]>(
      `SELECT id FROM plaatsing WHERE persoon_id = $1 AND status = 'ACTIEF' ORDER BY van DESC LIMIT 1`,
      [persoonId],
    );
    const hoogste = await this.plaatsingen.hoogsteTrede(m, persoonId);
    const overgeslagen: string[] = [];
    const van = datumSleutel(new Date(Date.parse(`${dag}T12:00:00Z`) + 86_400_000));
    for (let t: Trede | null = volgendeTrede(hoogste); t && t !== 'DETENTIECENTRUM'; t = volgendeTrede(t)) {
      const kandidaten = await m.query<{ code: string }[]>(
        `SELECT l.code FROM locatie l WHERE l.soort = $1
         ORDER BY (l.regio = (SELECT regio FROM locatie WHERE code = $2)) DESC, l.code`,
        [t, locatie],
      );
      for (const k of kandidaten) {
        const voorstel = {
          persoonId,
          locatie: k.code,
          van,
          tot: null,
          prioriteit: 2 as const,
          artikel56: false,
          bewaringVerlengd: false,
          overslaanReden: overgeslagen.length
            ? `R2 na gemiste inhuisregistratie; overgeslagen: ${overgeslagen.join('; ')}`
            : null,
          vervangtPlaatsingId: actief?.id ?? null,
          casusId: null,
          toelichting: `R2: niet verschenen bij de inhuisregistratie (${venster.toLowerCase()}, ${dag}, ${locatie}); volgende trede van de ladder`,
        };
        const b = await this.plaatsingen.beoordeling(m, voorstel);
        if (!b.toegestaan) {
          overgeslagen.push(
            `${t}: ${b.bevindingen
              .filter((x) => x.blokkerend)
              .map((x) => x.tekst)
              .join(' ')}`,
          );
          break; // the rung is refused for this person, whatever the location
        }
        const p = await this.plaatsingen.stelVoorIn(m, voorstel, SYSTEEM);
        return { plaatsingId: p.id, toelichting: `Voorgesteld: ${p.locatie} (${p.status.toLowerCase()})` };
      }
    }
    return {
      plaatsingId: null,
      toelichting: `Geen volgende trede voor te stellen${overgeslagen.length ? ` (${overgeslagen.join('; ')})` : ''}; beoordeel handmatig (ladder: ${LADDER.join(' → ')})`,
    };
  }
}
