import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  controleerVensters,
  LOCATIE_SOORT_LABEL,
  magCapaciteitBeheren,
  magPlanningZien,
  type Actor,
  type LocatieSoort,
} from '@ketenbeeld/domain';
import { DomeinFout, ValidatieFout } from '@ketenbeeld/platform';
import {
  datum,
  eis,
  lees,
  locatieCode,
  PlanningFoutCode,
  plusDagen,
  reden,
  regel,
  vandaag,
} from '../gemeenschappelijk/planning-fouten';

export interface LocatieRij {
  code: string;
  naam: string;
  soort: LocatieSoort;
  regio: string;
  gemeente: string;
  capaciteit: number;
}

export interface BordDag {
  datum: string;
  capaciteit: number;
  bezet: number;
}
export interface BordRij {
  locatie: LocatieRij;
  dagen: BordDag[];
  wachtlijst: number;
}

/** Statuses that hold a place at a location (an offered place is held until it is taken or refused). */
/** How far ahead a placement without a planned end is checked against capacity. */
export const OPEN_EINDE_HORIZON_DAGEN = 84;

const BEZETTENDE_STATUSSEN = ['AANGEBODEN', 'GOEDGEKEURD', 'ACTIEF'] as const;
const BEZETTEND = `(${BEZETTENDE_STATUSSEN.map((s) => `'${s}'`).join(',')})`;

/**
 * Occupancy per location per day, from placements and their planned ends, against the capacity
 * that applies on that day. One statement, and linear in the placements: each placement adds +1 on
 * its first day in the period and −1 the day after its planned end, and a running total per
 * location gives the occupancy of every day (no placement × day pairing). The capacity is the
 * latest history row on or before each day.
 */
export function bordQuery(extraLocatieFilter = ''): string {
  return `
    WITH dagen AS (
      SELECT d::date AS dag FROM generate_series($1::date, $1::date + ($2::int - 1), interval '1 day') d
    ), loc AS (
      SELECT * FROM locatie l WHERE ($3::text[] IS NULL OR l.code = ANY($3)) ${extraLocatieFilter}
    ), lopend AS (
      SELECT p.locatie, p.van, p.tot FROM plaatsing p
      WHERE p.status IN ${BEZETTEND} AND p.locatie IN (SELECT code FROM loc)
        AND p.van <= $1::date + ($2::int - 1) AND (p.tot IS NULL OR p.tot >= $1::date)
    ), verschil AS (
      SELECT locatie, dag, sum(d)::int AS d FROM (
        SELECT locatie, GREATEST(van, $1::date) AS dag, 1 AS d FROM lopend
        UNION ALL
        SELECT locatie, tot + 1, -1 FROM lopend WHERE tot IS NOT NULL AND tot + 1 <= $1::date + ($2::int - 1)
      ) x GROUP BY locatie, dag
    )
    SELECT l.code, d.dag::text AS datum,
           COALESCE((SELECT c.capaciteit FROM locatie_capaciteit c
                     WHERE c.locatie = l.code AND c.geldig_vanaf <= d.dag ORDER BY c.geldig_vanaf DESC LIMIT 1), 0) AS capaciteit,
           (COALESCE(sum(v.d) OVER (PARTITION BY l.code ORDER BY d.dag), 0))::int AS bezet
    FROM loc l CROSS JOIN dagen d LEFT JOIN verschil v ON v.locatie = l.code AND v.dag = d.dag
    ORDER BY l.code, d.dag`;
}

const capaciteitSchema = z
  .object({
    locatie: locatieCode,
    vanaf: datum,
    capaciteit: z
      .number({ error: 'moet een getal zijn' })
      .int('moet een geheel getal zijn')
      .min(0, 'mag niet negatief zijn')
      .max(100_000, 'hoogstens 100.000'),
    reden: reden(5),
  })
  .strict();

const vensterSchema = z
  .object({
    locatie: locatieCode,
    vensters: z
      .array(
        z
          .object({
            code: z
              .string({ error: 'moet tekst zijn' })
              .regex(/^[A-Z][A-Z0-9_]{1,19}$/, 'code in hoofdletters, bijvoorbeeld OCHTEND'),
            begin: z.string({ error: "moet een tijd 'UU:MM' zijn" }),
            eind: z.string({ error: "moet een tijd 'UU:MM' zijn" }),
          })
          .strict(),
        { error: 'moet een lijst van vensters zijn' },
      )
      .min(1, 'minstens één venster'),
  })
  .strict();

@Injectable()
export class LocatieService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async lijst(actor: Actor, m: EntityManager = this.ds.manager): Promise<LocatieRij[]> {
    eis(magPlanningZien, actor, 'locaties bekijken', 'vraagt een kernteamrol of een landelijke rol');
    return m.query<LocatieRij[]>(
      `SELECT l.code, l.naam, l.soort, l.regio, l.gemeente,
              COALESCE((SELECT c.capaciteit FROM locatie_capaciteit c WHERE c.locatie = l.code AND c.geldig_vanaf <= $1::date
                        ORDER BY c.geldig_vanaf DESC LIMIT 1), 0) AS capaciteit
       FROM locatie l ORDER BY l.soort, l.code`,
      [vandaag()],
    );
  }

  async haal(m: EntityManager, code: string, slot = false): Promise<LocatieRij & { soortLabel: string }> {
    // Not a location code at all: refused as such (and never echoed into a message).
    const vorm = locatieCode.safeParse(code);
    if (!vorm.success) throw new ValidatieFout([{ veld: 'locatie', reden: vorm.error.issues[0].message }]);
    const [l] = await m.query<LocatieRij[]>(
      `SELECT code, naam, soort, regio, gemeente, 0 AS capaciteit FROM locatie WHERE code = $1 ${slot ? 'FOR UPDATE' : ''}`,
      [code],
    );
    if (!l) {
      throw new DomeinFout('NIET_GEVONDEN', PlanningFoutCode.NIET_GEVONDEN, `Locatie ${code} bestaat niet`, [
        { veld: 'locatie', reden: `onbekende locatie '${code}'` },
      ]);
    }
    return { ...l, soortLabel: LOCATIE_SOORT_LABEL[l.soort] };
  }

  /** The capacity board: locations × days with occupancy, and the waiting list per location. */
  async bord(
    actor: Actor,
    invoer: { vanaf?: string | null; weken?: number | null; locaties?: string[] | null },
  ): Promise<BordRij[]> {
    eis(
      magPlanningZien,
      actor,
      'het capaciteitsbord bekijken',
      'vraagt een kernteamrol of een landelijke rol',
    );
    const { vanaf, weken } = lees(
      z.object({
        vanaf: datum.nullish(),
        weken: z
          .number()
          .int('geheel aantal weken')
          .min(1, 'minstens 1 week')
          .max(26, 'hoogstens 26 weken')
          .nullish(),
      }),
      { vanaf: invoer.vanaf, weken: invoer.weken },
    );
    const start = vanaf ?? vandaag();
    const dagen = (weken ?? 4) * 7;
    const [locaties, rijen, wachtlijst] = await Promise.all([
      this.lijst(actor),
      this.ds.query<{ code: string; datum: string; capaciteit: number; bezet: number }[]>(bordQuery(), [
        start,
        dagen,
        invoer.locaties?.length ? invoer.locaties : null,
      ]),
      this.ds.query<{ locatie: string; aantal: number }[]>(
        `SELECT locatie, count(*)::int AS aantal FROM plaatsing WHERE status = 'WACHTLIJST' GROUP BY locatie`,
      ),
    ]);
    const perLocatie = new Map<string, BordDag[]>();
    for (const r of rijen) {
      const l = perLocatie.get(r.code) ?? [];
      l.push({ datum: r.datum, capaciteit: r.capaciteit, bezet: r.bezet });
      perLocatie.set(r.code, l);
    }
    const wacht = new Map(wachtlijst.map((w) => [w.locatie, w.aantal]));
    return locaties
      .filter((l) => perLocatie.has(l.code))
      .map((l) => ({ locatie: l, dagen: perLocatie.get(l.code)!, wachtlijst: wacht.get(l.code) ?? 0 }));
  }

  /**
   * The first day in [van, tot] on which one more placement would not fit, or null. A placement
   * without a planned end is checked over the coming 12 weeks (the board's horizon).
   */
  async eersteVolleDag(
    m: EntityManager,
    locatie: string,
    van: string,
    tot: string | null,
  ): Promise<{ datum: string; capaciteit: number; bezet: number } | null> {
    const eind = tot ?? plusDagen(van, OPEN_EINDE_HORIZON_DAGEN - 1);
    const [r] = await m.query<{ datum: string; capaciteit: number; bezet: number }[]>(
      `SELECT * FROM (
         SELECT d::date::text AS datum,
                COALESCE((SELECT c.capaciteit FROM locatie_capaciteit c WHERE c.locatie = $1 AND c.geldig_vanaf <= d::date
                          ORDER BY c.geldig_vanaf DESC LIMIT 1), 0) AS capaciteit,
                (SELECT count(*)::int FROM plaatsing p WHERE p.locatie = $1 AND p.status IN ${BEZETTEND}
                   AND p.van <= d::date AND (p.tot IS NULL OR p.tot >= d::date)) AS bezet
         FROM generate_series($2::date, $3::date, interval '1 day') d
       ) x WHERE x.bezet + 1 > x.capaciteit ORDER BY x.datum LIMIT 1`,
      [locatie, van, eind],
    );
    return r ?? null;
  }

  /**
   * Change a location's capacity from a day on. Refused when it would drop below the occupancy
   * already planned on any day from then on (the placements exist; move them first).
   */
  async wijzigCapaciteit(actor: Actor, ruw: unknown) {
    eis(
      magCapaciteitBeheren,
      actor,
      'capaciteit wijzigen',
      'vraagt de rol locatiemanager bij het COA of een landelijke rol',
    );
    const i = lees(capaciteitSchema, ruw);
    return this.ds.transaction(async (m) => {
      await this.haal(m, i.locatie, true);
      const [hoogste] = await m.query<{ datum: string; bezet: number }[]>(
        `SELECT d::date::text AS datum,
                (SELECT count(*)::int FROM plaatsing p WHERE p.locatie = $1 AND p.status IN ${BEZETTEND}
                   AND p.van <= d::date AND (p.tot IS NULL OR p.tot >= d::date)) AS bezet
         FROM generate_series($2::date, GREATEST($2::date, (SELECT COALESCE(max(COALESCE(tot, van)), $2::date) FROM plaatsing
                WHERE locatie = $1 AND status IN ${BEZETTEND})), interval '1 day') d
         ORDER BY 2 DESC, 1 LIMIT 1`,
        [i.locatie, i.vanaf],
      );
      if (hoogste && hoogste.bezet > i.capaciteit) {
        throw new DomeinFout(
          'CONFLICT',
          PlanningFoutCode.CAPACITEIT_TE_LAAG,
          `Capaciteit ${i.capaciteit} is lager dan de bezetting van ${hoogste.bezet} op ${hoogste.datum}`,
          [
            {
              veld: 'capaciteit',
              reden: `ligt onder de bezetting (${hoogste.bezet} op ${hoogste.datum}); beëindig of verplaats eerst plaatsingen`,
            },
          ],
        );
      }
      await m.query(
        `INSERT INTO locatie_capaciteit (locatie, geldig_vanaf, capaciteit, reden, gewijzigd_door) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (locatie, geldig_vanaf) DO UPDATE SET capaciteit = EXCLUDED.capaciteit, reden = EXCLUDED.reden,
           gewijzigd_door = EXCLUDED.gewijzigd_door, gewijzigd_op = now()`,
        [i.locatie, i.vanaf, i.capaciteit, i.reden, actor.sub],
      );
      return i;
    });
  }

  async capaciteitHistorie(actor: Actor, locatie: string) {
    eis(magPlanningZien, actor, 'capaciteit bekijken', 'vraagt een kernteamrol of een landelijke rol');
    return this.ds.query<
      { geldigVanaf: string; capaciteit: number; reden: string; gewijzigdDoor: string; gewijzigdOp: Date }[]
    >(
      `SELECT geldig_vanaf::text AS "geldigVanaf", capaciteit, reden, gewijzigd_door AS "gewijzigdDoor", gewijzigd_op AS "gewijzigdOp"
       FROM locatie_capaciteit WHERE locatie = $1 ORDER BY geldig_vanaf DESC`,
      [locatie],
    );
  }

  alleVensters() {
    return this.vensters(this.ds.manager);
  }

  async vensters(m: EntityManager, locatie?: string) {
    return m.query<{ locatie: string; code: string; begin: string; eind: string }[]>(
      `SELECT locatie, code, to_char(begin, 'HH24:MI') AS begin, to_char(eind, 'HH24:MI') AS eind
       FROM registratievenster WHERE ($1::text IS NULL OR locatie = $1) ORDER BY locatie, begin`,
      [locatie ?? null],
    );
  }

  /** Set a location's registration windows (R2: e.g. 08:00–10:00 and 20:00–22:00). */
  async stelVenstersIn(actor: Actor, ruw: unknown) {
    eis(
      magCapaciteitBeheren,
      actor,
      'registratievensters instellen',
      'vraagt de rol locatiemanager bij het COA',
    );
    const i = lees(vensterSchema, ruw);
    regel(() => controleerVensters(i.vensters));
    return this.ds.transaction(async (m) => {
      await this.haal(m, i.locatie, true);
      await m.query(`DELETE FROM registratievenster WHERE locatie = $1`, [i.locatie]);
      await m.query(
        `INSERT INTO registratievenster (locatie, code, begin, eind)
         SELECT $1, code, begin::time, eind::time FROM jsonb_to_recordset($2::jsonb) AS x(code text, begin text, eind text)`,
        [i.locatie, JSON.stringify(i.vensters)],
      );
      return this.vensters(m, i.locatie);
    });
  }
}
