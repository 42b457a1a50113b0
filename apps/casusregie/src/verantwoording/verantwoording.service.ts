import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  berekenVerantwoording,
  heeftNationaleRol,
  isBestaandIsoMoment,
  magVoorstellenZien,
  Rol,
  type Actor,
  type CasusFeit,
  type Verantwoording,
} from '@ketenbeeld/domain';
import { DomeinFout, ValidatieFout } from '@ketenbeeld/platform';

const MAX_PERIODE_MS = 5 * 366 * 86_400_000;

/**
 * Figures for DGM/DRM (the evaluation's table, lead times against the national norm, countries,
 * cases per week), computed from the cases for any period and location. PostgreSQL narrows the set
 * to the cases that count (and aggregates their outcomes); the definitions are the pure rule's
 * (`berekenVerantwoording` in packages/domain), so there is one meaning of every figure.
 */
@Injectable()
export class VerantwoordingService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async bereken(
    actor: Actor,
    vanTekst: string,
    totTekst: string,
    locatieCode?: string | null,
  ): Promise<Verantwoording> {
    this.eisInzage(actor);
    const van = new Date(vanTekst);
    const tot = new Date(totTekst);
    const fouten = [
      ...(isBestaandIsoMoment(vanTekst)
        ? []
        : [{ veld: 'van', reden: 'moet een ISO-8601 datum of tijdstip zijn' }]),
      ...(isBestaandIsoMoment(totTekst)
        ? []
        : [{ veld: 'tot', reden: 'moet een ISO-8601 datum of tijdstip zijn' }]),
    ];
    if (!fouten.length && van.getUTCFullYear() < 2000) fouten.push({ veld: 'van', reden: 'ligt vóór 2000' });
    if (!fouten.length && tot.getTime() <= van.getTime()) fouten.push({ veld: 'tot', reden: 'ligt na van' });
    if (!fouten.length && tot.getTime() - van.getTime() > MAX_PERIODE_MS)
      fouten.push({ veld: 'tot', reden: 'een periode van hoogstens vijf jaar' });
    if (fouten.length) throw new ValidatieFout(fouten);
    const w: unknown[] = [van, tot];
    const locatie = locatieCode ? `AND c.locatie_code = $${w.push(locatieCode)}` : '';
    const rijen = await this.ds.query<
      {
        id: string;
        spoor: 1 | 2 | 4 | null;
        land: string | null;
        locatie_code: string | null;
        aangemeld_op: Date;
        status: CasusFeit['status'];
        afgerond_op: Date | null;
        u: [string, string][] | null;
      }[]
    >(
      // Outcomes joined once, grouped (a sub-select per case made PostgreSQL plan ~90k index look-ups
      // and JIT-compile the query on every call); outcomes on or after the end date do not count.
      `SELECT c.id, c.spoor, c.land, c.locatie_code, c.aangemeld_op, c.status, c.afgerond_op, u.u
       FROM casus c
       LEFT JOIN (SELECT casus_id, json_agg(json_build_array(soort, datum)) AS u FROM uitkomst WHERE datum < ($2::timestamptz)::date + 1 GROUP BY casus_id) u
              ON u.casus_id = c.id
       WHERE c.aangemeld_op < $2::timestamptz AND (c.afgerond_op IS NULL OR c.afgerond_op >= $1::timestamptz)
         AND c.status NOT IN ('NIET_GESCHIKT', 'DOORVERWEZEN') ${locatie}`,
      w,
    );
    const normen = await this.normen();
    return berekenVerantwoording(
      rijen.map((r) => ({
        id: r.id,
        spoor: r.spoor,
        land: r.land,
        locatieCode: r.locatie_code,
        aangemeldOp: new Date(r.aangemeld_op),
        status: r.status,
        afgerondOp: r.afgerond_op ? new Date(r.afgerond_op) : null,
        uitkomsten: (r.u ?? []).map(([soort, datum]) => ({
          soort: soort as CasusFeit['uitkomsten'][number]['soort'],
          datum: new Date(`${datum}T00:00:00Z`),
        })),
      })),
      {
        van,
        tot,
        locatieCode: locatieCode ?? null,
        normDagen: Object.fromEntries(normen.map((n) => [n.spoor, n.dagen])),
      },
    );
  }

  async normen(): Promise<{ spoor: 1 | 2 | 4; dagen: number; gewijzigd_op: Date }[]> {
    return this.ds.query(`SELECT spoor, dagen, gewijzigd_op FROM doorlooptijd_norm ORDER BY spoor`);
  }

  /** The national lead-time norm per spoor (aanmelding → beschikking), set by DGM/DRM. */
  async stelNormIn(actor: Actor, spoor: number, dagen: number) {
    if (!actor.rollen.includes(Rol.ANALIST_NATIONAAL)) {
      throw new DomeinFout('VERBODEN', 'NORM_GEEN_RECHT', 'Alleen DGM/DRM stelt de landelijke norm in', [
        { veld: 'actor', reden: 'vraagt de rol ANALIST_NATIONAAL' },
      ]);
    }
    const fouten = [
      ...([1, 2, 4].includes(spoor) ? [] : [{ veld: 'spoor', reden: 'spoor 1, 2 of 4' }]),
      ...(Number.isInteger(dagen) && dagen > 0 && dagen <= 3650
        ? []
        : [{ veld: 'dagen', reden: 'een geheel aantal dagen van 1 tot 3650' }]),
    ];
    if (fouten.length) throw new ValidatieFout(fouten);
    await this.ds.query(
      `INSERT INTO doorlooptijd_norm (spoor, dagen, gewijzigd_door) VALUES ($1, $2, $3)
       ON CONFLICT (spoor) DO UPDATE SET dagen = EXCLUDED.dagen, gewijzigd_door = EXCLUDED.gewijzigd_door, gewijzigd_op = now()`,
      [spoor, dagen, actor.sub],
    );
    return this.normen();
  }

  /**
   * Open actions past their deadline, per owning organisation (dashboard DGM/DRM): counts only,
   * no persons, with the oldest deadline so "how long" is visible too.
   */
  async actieAchterstand(actor: Actor, nu = new Date()) {
    this.eisInzage(actor);
    return this.ds.query<
      { organisatie: string; aantal: number; oudsteDeadline: Date; geescaleerd: number }[]
    >(
      `SELECT eigenaar_organisatie AS organisatie, count(*)::int AS aantal, min(deadline) AS "oudsteDeadline",
              count(*) FILTER (WHERE geescaleerd_op IS NOT NULL)::int AS geescaleerd
       FROM actie WHERE status = 'OPEN' AND deadline < $1
       GROUP BY eigenaar_organisatie ORDER BY count(*) DESC, eigenaar_organisatie`,
      [nu],
    );
  }

  private eisInzage(actor: Actor) {
    if (!heeftNationaleRol(actor) && !magVoorstellenZien(actor)) {
      throw new DomeinFout(
        'VERBODEN',
        'VERANTWOORDING_GEEN_RECHT',
        'Geen inzage in de verantwoordingscijfers',
        [{ veld: 'actor', reden: 'voor DGM/DRM en het kernteam' }],
      );
    }
  }
}
