import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  magTopXBevestigen,
  magVoorstellenZien,
  nietGevonden,
  stelTopXVoor,
  type Actor,
} from '@ketenbeeld/domain';
import { DomeinFout, ValidatieFout } from '@ketenbeeld/platform';

export interface TopXLijstRij {
  id: string;
  regio: string;
  maand: string;
  status: 'VOORGESTELD' | 'BEVESTIGD';
  voorgesteld_op: Date;
  bevestigd_op: Date | null;
}
export interface TopXLidRij {
  lijst_id: string;
  persoon_id: string;
  rang: number;
  score: number;
  uitleg: string;
  opgenomen: boolean;
}

/** Proposal parameters (R19: the most persistent offenders, monthly from police and COA data). */
export const TOPX_STANDAARD = { maxAantal: 25, minSignalen: 3, terugkijkMaanden: 3 } as const;

/**
 * Top-X: a monthly list per region, proposed from signal counts and severity (pure rule
 * `stelTopXVoor`), confirmed by a person (a ketenmarinier or a kernteam procesregisseur), who may
 * leave names out. A region is a reception location code or a municipality, as signals carry them.
 */
@Injectable()
export class TopXService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async stelVoor(actor: Actor, regioRuw: string, maand: string): Promise<TopXLijstRij> {
    this.eisBevestigrecht(actor);
    const regio = regioRuw?.trim().toUpperCase();
    const fouten = [
      ...(regio ? [] : [{ veld: 'regio', reden: 'is verplicht: een locatiecode (TER_APEL) of gemeente' }]),
      ...(regio && regio.length > 100 ? [{ veld: 'regio', reden: 'hoogstens 100 tekens' }] : []),
      ...(/^\d{4}-(0[1-9]|1[0-2])$/.test(maand ?? '') ? [] : [{ veld: 'maand', reden: 'als JJJJ-MM' }]),
    ];
    if (fouten.length) throw new ValidatieFout(fouten);
    const [jaar, mnd] = maand.split('-').map(Number) as [number, number];
    const vanaf = new Date(Date.UTC(jaar, mnd - TOPX_STANDAARD.terugkijkMaanden, 1));
    const tot = new Date(Date.UTC(jaar, mnd, 1));
    const signalen = await this.ds.query<
      { persoon_id: string; ernst: number | null; vpt: boolean; tijdstip_incident: Date }[]
    >(
      `SELECT persoon_id, ernst, vpt, tijdstip_incident FROM signaal_melding
       WHERE tijdstip_incident >= $1 AND tijdstip_incident < $2
         AND (upper(locatie_code) = $3 OR upper(gemeente) = $3)`,
      [vanaf, tot, regio],
    );
    const voorstel = stelTopXVoor(
      signalen.map((s) => ({
        persoonId: s.persoon_id,
        ernst: (s.ernst ?? 1) as 1 | 2 | 3 | 4,
        vpt: s.vpt,
        tijdstip: new Date(s.tijdstip_incident),
        regio,
      })),
      { regio, maand, ...TOPX_STANDAARD },
    );
    return this.ds.transaction(async (m) => {
      const id = randomUUID();
      await m.query(`INSERT INTO topx_lijst (id, regio, maand, status) VALUES ($1, $2, $3, 'VOORGESTELD')`, [
        id,
        regio,
        maand,
      ]);
      for (const v of voorstel) {
        await m.query(
          `INSERT INTO topx_lid (lijst_id, persoon_id, rang, score, uitleg) VALUES ($1, $2, $3, $4, $5)`,
          [id, v.persoonId, v.rang, v.score, v.uitleg],
        );
      }
      return (await m.query<TopXLijstRij[]>(`SELECT * FROM topx_lijst WHERE id = $1`, [id]))[0];
    });
  }

  /** Confirm a proposed list, leaving out the persons a person decided against. */
  async bevestig(actor: Actor, lijstId: string, weglaten: string[] = []): Promise<TopXLijstRij> {
    this.eisBevestigrecht(actor);
    const ongeldig = (weglaten ?? []).flatMap((id, i) =>
      z.uuid().safeParse(id).success ? [] : [{ veld: `weglaten.${i}`, reden: 'moet een UUID zijn' }],
    );
    if (ongeldig.length) throw new ValidatieFout(ongeldig);
    return this.ds.transaction(async (m) => {
      const [l] = z.uuid().safeParse(lijstId).success
        ? await m.query<TopXLijstRij[]>(`SELECT * FROM topx_lijst WHERE id = $1 FOR UPDATE`, [lijstId])
        : [];
      if (!l)
        throw new DomeinFout('NIET_GEVONDEN', 'TOPX_NIET_GEVONDEN', nietGevonden('Top-X-lijst', lijstId), [
          { veld: 'lijstId', reden: 'bestaat niet' },
        ]);
      if (l.status === 'BEVESTIGD') throw new ValidatieFout([{ veld: 'lijstId', reden: 'is al bevestigd' }]);
      // Only names on the list can be left out: an id that is not on it is a mistake, not a no-op.
      const leden = new Set(
        (
          await m.query<{ persoon_id: string }[]>(`SELECT persoon_id FROM topx_lid WHERE lijst_id = $1`, [
            lijstId,
          ])
        ).map((r) => r.persoon_id),
      );
      const vreemd = weglaten.flatMap((id, i) =>
        leden.has(id.toLowerCase()) ? [] : [{ veld: `weglaten.${i}`, reden: 'staat niet op deze lijst' }],
      );
      if (vreemd.length) throw new ValidatieFout(vreemd);
      await m.query(
        `UPDATE topx_lid SET opgenomen = NOT (persoon_id = ANY($2::uuid[])) WHERE lijst_id = $1`,
        [lijstId, weglaten],
      );
      try {
        await m.query(
          `UPDATE topx_lijst SET status = 'BEVESTIGD', bevestigd_door = $2, bevestigd_op = now() WHERE id = $1`,
          [lijstId, actor.sub],
        );
      } catch (e) {
        if ((e as { constraint?: string }).constraint === 'topx_lijst_bevestigd') {
          throw new DomeinFout(
            'CONFLICT',
            'TOPX_AL_BEVESTIGD',
            `Er is al een bevestigde lijst voor ${l.regio} ${l.maand}`,
            [{ veld: 'lijstId', reden: `${l.regio} ${l.maand} heeft al een bevestigde lijst` }],
          );
        }
        throw e;
      }
      return (await m.query<TopXLijstRij[]>(`SELECT * FROM topx_lijst WHERE id = $1`, [lijstId]))[0];
    });
  }

  async lijsten(actor: Actor, regio?: string | null, maand?: string | null): Promise<TopXLijstRij[]> {
    if (!magVoorstellenZien(actor) && !magTopXBevestigen(actor)) return [];
    if (maand && !/^\d{4}-(0[1-9]|1[0-2])$/.test(maand))
      throw new ValidatieFout([{ veld: 'maand', reden: 'als JJJJ-MM' }]);
    if (regio && regio.length > 100)
      throw new ValidatieFout([{ veld: 'regio', reden: 'hoogstens 100 tekens' }]);
    const w: unknown[] = [];
    const waar: string[] = [];
    if (regio) waar.push(`regio = $${w.push(regio.trim().toUpperCase())}`);
    if (maand) waar.push(`maand = $${w.push(maand)}`);
    return this.ds.query(
      `SELECT * FROM topx_lijst ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY maand DESC, regio, voorgesteld_op DESC LIMIT 100`,
      w,
    );
  }

  async leden(lijstId: string): Promise<TopXLidRij[]> {
    return this.ds.query(`SELECT * FROM topx_lid WHERE lijst_id = $1 ORDER BY rang`, [lijstId]);
  }

  /** Confirmed memberships of a person (shown on the person and the case). */
  async lidmaatschappen(actor: Actor, persoonId: string) {
    if (!magVoorstellenZien(actor) && !magTopXBevestigen(actor)) return [];
    return this.ds.query<{ regio: string; maand: string; rang: number; score: number; uitleg: string }[]>(
      `SELECT t.regio, t.maand, l.rang, l.score, l.uitleg FROM topx_lid l JOIN topx_lijst t ON t.id = l.lijst_id
       WHERE l.persoon_id = $1 AND l.opgenomen AND t.status = 'BEVESTIGD' ORDER BY t.maand DESC`,
      [persoonId],
    );
  }

  private eisBevestigrecht(actor: Actor) {
    if (!magTopXBevestigen(actor)) {
      throw new DomeinFout(
        'VERBODEN',
        'TOPX_GEEN_RECHT',
        'Alleen een ketenmarinier of procesregisseur stelt de Top-X vast',
        [{ veld: 'actor', reden: 'vraagt KETENMARINIER, of PROCESREGISSEUR bij IND, COA of DT&V' }],
      );
    }
  }
}
