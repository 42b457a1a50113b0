import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import {
  CASUS_STATUS_LABEL,
  Dienst,
  heeftNationaleRol,
  nietGevonden,
  QueueName,
  stelDagoverzichtSamen,
  TERMIJN_SOORT_LABEL,
  vorigDagoverzichtMoment,
  type Actor,
  type CasusStatus,
  type Dagoverzicht,
  type GebeurtenisSoort,
  type Organisatie,
  type TermijnSoort,
} from '@ketenbeeld/domain';
import { CONFIG, DomeinFout, redisVerbinding, type BasisConfig } from '@ketenbeeld/platform';

const DAG_MS = 86_400_000;
export const DAGOVERZICHT_PLANNING = {
  id: 'dagoverzicht-0700',
  patroon: '0 7 * * *',
  tijdzone: 'Europe/Amsterdam',
} as const;

export interface DagoverzichtOpslag {
  id: string;
  van: Date;
  tot: Date;
  aanleiding: 'ROOSTER' | 'OP_VERZOEK';
  gemaakt_op: Date;
  inhoud: { overzicht: Dagoverzicht; deelnemers: Record<string, Organisatie[]> };
}

/**
 * The daily overview (dagoverzicht): every morning at 07:00 Europe/Amsterdam (a BullMQ job
 * scheduler, one per deployment however many replicas run; a missed morning is made up at start)
 * and on demand: per active case what changed since the previous overview. Stored, so that what the
 * kernteam saw that morning stays as it was; each reader sees only the cases their organisation
 * takes part in.
 */
@Injectable()
export class DagoverzichtService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Dagoverzicht');
  private redis?: Redis;
  private workerRedis?: Redis;
  private queue?: Queue;
  private worker?: Worker;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(CONFIG) private readonly config: BasisConfig,
  ) {}

  async onApplicationBootstrap() {
    if (!this.config.TERMIJN_WORKER) return;
    const naam = QueueName.roosterVoor(Dienst.CASUSREGIE);
    this.redis = redisVerbinding(this.config.REDIS_URL, 'rooster-casusregie');
    this.queue = new Queue(naam, { connection: this.redis, prefix: this.config.QUEUE_PREFIX });
    await this.queue.upsertJobScheduler(
      DAGOVERZICHT_PLANNING.id,
      { pattern: DAGOVERZICHT_PLANNING.patroon, tz: DAGOVERZICHT_PLANNING.tijdzone },
      { name: 'dagoverzicht', opts: { removeOnComplete: 100, removeOnFail: 100 } },
    );
    this.worker = new Worker(naam, async () => this.maakVolgensRooster(new Date()), {
      connection: (this.workerRedis = redisVerbinding(this.config.REDIS_URL, 'rooster-worker-casusregie')),
      prefix: this.config.QUEUE_PREFIX,
    });
    this.worker.on('failed', (_job, e) => this.logger.warn(`dagoverzicht mislukt: ${e.message}`));
    // Made up after downtime: this morning's overview if it is missing.
    void this.maakVolgensRooster(new Date()).catch((e: Error) =>
      this.logger.warn(`inhalen mislukt: ${e.message}`),
    );
  }

  async beforeApplicationShutdown() {
    await this.worker?.close();
    await this.queue?.close();
    this.redis?.disconnect();
    this.workerRedis?.disconnect();
  }

  /** The scheduled overview ending at the most recent 07:00; made once (a unique index keeps it so). */
  async maakVolgensRooster(nu: Date): Promise<DagoverzichtOpslag | undefined> {
    const tot = vorigDagoverzichtMoment(nu);
    const [bestaand] = await this.ds.query<{ id: string }[]>(
      `SELECT id FROM dagoverzicht WHERE aanleiding = 'ROOSTER' AND tot = $1`,
      [tot],
    );
    if (bestaand) return undefined;
    return this.maak('ROOSTER', tot, null);
  }

  /** On demand: from the end of the previous overview up to now. */
  async maakOpVerzoek(actor: Actor): Promise<DagoverzichtOpslag> {
    return this.maak('OP_VERZOEK', new Date(), actor.sub);
  }

  async maak(
    aanleiding: 'ROOSTER' | 'OP_VERZOEK',
    tot: Date,
    door: string | null,
  ): Promise<DagoverzichtOpslag> {
    return this.ds.transaction('REPEATABLE READ', async (m) => {
      const [vorige] = await m.query<{ tot: Date }[]>(
        `SELECT tot FROM dagoverzicht WHERE tot <= $1 ORDER BY tot DESC LIMIT 1`,
        [tot],
      );
      let van = vorige ? new Date(vorige.tot) : new Date(tot.getTime() - DAG_MS);
      if (van.getTime() >= tot.getTime()) van = new Date(tot.getTime() - DAG_MS);
      const casussen = await m.query<
        {
          id: string;
          status: CasusStatus;
          procesregisseur_naam: string;
          spoor: number | null;
          locatie_code: string | null;
          land: string | null;
          deelnemers: Organisatie[];
        }[]
      >(
        `SELECT id, status, procesregisseur_naam, spoor, locatie_code, land, deelnemers FROM casus WHERE open`,
      );
      const ids = casussen.map((c) => c.id);
      const gebeurtenissen = await m.query<
        { casus_id: string; soort: GebeurtenisSoort; tijdstip: Date; omschrijving: string }[]
      >(
        `SELECT casus_id, soort, tijdstip, omschrijving FROM casus_gebeurtenis WHERE tijdstip >= $1 AND tijdstip < $2 AND casus_id = ANY($3::uuid[])`,
        [van, tot, ids],
      );
      const acties = await m.query<{ id: string; casus_id: string; omschrijving: string; deadline: Date }[]>(
        `SELECT id, casus_id, omschrijving, deadline FROM actie WHERE status = 'OPEN' AND casus_id = ANY($1::uuid[])`,
        [ids],
      );
      const termijnen = await m.query<
        { id: string; onderwerp_id: string; soort: TermijnSoort; vervalt_op: Date }[]
      >(
        `SELECT id, onderwerp_id, soort, vervalt_op FROM termijn WHERE onderwerp_type = 'casus' AND status IN ('GEPLAND','GEWAARSCHUWD')
             AND onderwerp_id = ANY($1::text[]) AND vervalt_op < $2`,
        [ids, new Date(tot.getTime() + DAG_MS)],
      );
      const overzicht = stelDagoverzichtSamen({
        van,
        tot,
        casussen: casussen.map((c) => ({
          casusId: c.id,
          omschrijving:
            [c.spoor ? `spoor ${c.spoor}` : null, c.locatie_code, c.land].filter(Boolean).join(' · ') ||
            'casus',
          status: CASUS_STATUS_LABEL[c.status],
          procesregisseur: c.procesregisseur_naam,
        })),
        gebeurtenissen: gebeurtenissen.map((g) => ({
          casusId: g.casus_id,
          soort: g.soort,
          tijdstip: new Date(g.tijdstip),
          omschrijving: g.omschrijving,
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
      const deelnemers = Object.fromEntries(casussen.map((c) => [c.id, c.deelnemers]));
      const id = randomUUID();
      const rijen = await m.query<DagoverzichtOpslag[]>(
        `INSERT INTO dagoverzicht (id, van, tot, aanleiding, gemaakt_door, inhoud) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING *`,
        [id, van, tot, aanleiding, door, JSON.stringify({ overzicht, deelnemers })],
      );
      if (!rijen[0]) {
        // Another replica made this morning's overview first.
        return (
          await m.query<DagoverzichtOpslag[]>(
            `SELECT * FROM dagoverzicht WHERE aanleiding = 'ROOSTER' AND tot = $1`,
            [tot],
          )
        )[0];
      }
      return rijen[0];
    });
  }

  /** One stored overview (the latest when no id), narrowed to the cases the actor may see. */
  async haal(actor: Actor, id?: string | null): Promise<DagoverzichtOpslag | null> {
    if (id && !z.uuid().safeParse(id).success) {
      throw new DomeinFout('NIET_GEVONDEN', 'DAGOVERZICHT_NIET_GEVONDEN', nietGevonden('Dagoverzicht', id), [
        { veld: 'id', reden: 'bestaat niet' },
      ]);
    }
    const [rij] = id
      ? await this.ds.query<DagoverzichtOpslag[]>(`SELECT * FROM dagoverzicht WHERE id = $1`, [id])
      : await this.ds.query<DagoverzichtOpslag[]>(
          `SELECT * FROM dagoverzicht ORDER BY tot DESC, gemaakt_op DESC LIMIT 1`,
        );
    if (!rij) {
      if (id)
        throw new DomeinFout(
          'NIET_GEVONDEN',
          'DAGOVERZICHT_NIET_GEVONDEN',
          nietGevonden('Dagoverzicht', id),
          [{ veld: 'id', reden: 'bestaat niet' }],
        );
      return null;
    }
    return { ...rij, inhoud: { ...rij.inhoud, overzicht: voorActor(actor, rij.inhoud) } };
  }

  async lijst(eerste = 30) {
    return this.ds.query<{ id: string; van: Date; tot: Date; aanleiding: string; gemaakt_op: Date }[]>(
      `SELECT id, van, tot, aanleiding, gemaakt_op FROM dagoverzicht ORDER BY tot DESC, gemaakt_op DESC LIMIT $1`,
      [Math.min(Math.max(eerste, 1), 365)],
    );
  }
}

/** Need-to-know: only the cases the actor's organisation takes part in (national roles: all); totals recomputed. */
function voorActor(actor: Actor, inhoud: DagoverzichtOpslag['inhoud']): Dagoverzicht {
  const o = inhoud.overzicht;
  const mag = (casusId: string) =>
    heeftNationaleRol(actor) || (inhoud.deelnemers[casusId] ?? []).includes(actor.organisatie);
  const casussen = o.casussen.filter((c) => mag(c.casusId));
  return {
    ...o,
    casussen,
    ongewijzigd: Object.keys(inhoud.deelnemers).filter(mag).length - casussen.length,
    totalen: {
      nieuweSignalen: casussen.reduce((n, c) => n + c.nieuweSignalen.length, 0),
      wijzigingen: casussen.reduce((n, c) => n + c.wijzigingen.length, 0),
      actiesTeLaat: casussen.reduce((n, c) => n + c.actiesTeLaat.length, 0),
      termijnenBinnenkort: casussen.reduce((n, c) => n + c.termijnenBinnenkort.length, 0),
    },
  };
}
