import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import {
  EventName,
  isOrganisatie,
  isTermijnSoort,
  QueueName,
  STANDAARD_WAARSCHUWINGEN_MS,
  termijnPayloadSchemas,
  TermijnStatus,
  type Dienst,
  type Organisatie,
  type TermijnEvent,
  type TermijnPayload,
  type TermijnSoort,
  type Validatiefout,
} from '@ketenbeeld/domain';
import { CONFIG, DIENST_NAAM } from '../config/config.module';
import type { BasisConfig } from '../config/config.schema';
import { DomeinFout, ValidatieFout } from '../errors/domein-fout';
import { huidigeTrace, metTrace, traceUit } from '../logging/trace';
import { OutboxPublisher } from '../events/outbox.publisher';
import { redisVerbinding } from '../events/redis';
import { alarmStand, sorteerWaarschuwingen } from './alarm';

export const TERMIJN_KANAAL = 'ketenbeeld_termijnen';
const ACTIEF = [TermijnStatus.GEPLAND, TermijnStatus.GEWAARSCHUWD] as const;

export interface PlanOpties<S extends TermijnSoort> {
  soort: S;
  onderwerpType: string;
  onderwerpId: string;
  /** The organisation responsible for acting before the deadline. */
  organisatie: Organisatie;
  vervaltOp: Date;
  payload: TermijnPayload<S>;
  /** Rule id from DOMAIN.md §5 (e.g. 'R12'), or null for a deadline set by people. */
  regel?: string | null;
  /** Human explanation in Dutch, e.g. from the legal-time rules. */
  uitleg: string;
  /** Warnings before the due time in milliseconds; default 24 h and 2 h. */
  waarschuwingenMs?: readonly number[];
  door?: string;
}

export interface GeplandeTermijn {
  id: string;
  /** True when the due time had already passed: the deadline fires at once. */
  direct: boolean;
  melding: string;
}

export interface TermijnRij {
  id: string;
  soort: TermijnSoort;
  onderwerp_type: string;
  onderwerp_id: string;
  organisatie: Organisatie;
  vervalt_op: Date;
  oorspronkelijk_op: Date;
  regel: string | null;
  uitleg: string;
  payload: Record<string, unknown>;
  waarschuwingen_ms: string[];
  gewaarschuwd: number;
  status: TermijnStatus;
  opgeschort_sinds: Date | null;
  volgende_alarm_op: Date | null;
  versie: number;
  afgevuurd_op: Date | null;
}

export type VuurUitkomst = 'gewaarschuwd' | 'verstreken' | 'niets';

export const TermijnFoutCode = {
  ONGELDIG: 'TERMIJN_ONGELDIG',
  NIET_GEVONDEN: 'TERMIJN_NIET_GEVONDEN',
  STATUS: 'TERMIJN_STATUS',
} as const;

/**
 * The durable deadline engine of one service. PostgreSQL holds the truth (a termijn row with state
 * and an append-only history); BullMQ delayed jobs only ring the alarm. A reconciliation at start-up
 * and every TERMIJN_RECONCILE_MS fires whatever is due and re-adds alarms for the coming horizon, so
 * a flushed or restarted Redis loses nothing. Firing takes a row lock and checks the state: a
 * deadline fires once, whichever worker gets there, and a worker dying mid-fire rolls back.
 */
@Injectable()
export class TermijnMotor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('TermijnMotor');
  private redis?: Redis;
  private workerRedis?: Redis;
  private queue?: Queue;
  private worker?: Worker;
  private luisteraar?: Client;
  private timer?: NodeJS.Timeout;
  private lopendeAfstemming?: Promise<void>;
  private gestopt = false;

  constructor(
    private readonly ds: DataSource,
    private readonly outbox: OutboxPublisher,
    @Inject(CONFIG) private readonly config: BasisConfig,
    @Inject(DIENST_NAAM) private readonly dienst: Dienst,
  ) {}

  async onApplicationBootstrap() {
    this.redis = redisVerbinding(this.config.REDIS_URL, `termijnen-${this.dienst}`);
    this.queue = new Queue(QueueName.termijnenVoor(this.dienst), {
      connection: this.redis,
      prefix: this.config.QUEUE_PREFIX,
    });
    if (!this.config.TERMIJN_WORKER) return;
    this.worker = new Worker(
      QueueName.termijnenVoor(this.dienst),
      async (job) => this.vuur((job.data as { termijnId: string }).termijnId),
      {
        connection: (this.workerRedis = redisVerbinding(
          this.config.REDIS_URL,
          `termijn-worker-${this.dienst}`,
        )),
        prefix: this.config.QUEUE_PREFIX,
        concurrency: 8,
      },
    );
    this.worker.on('failed', (job, err) => this.logger.warn(`alarm ${job?.id} mislukt: ${err.message}`));
    this.luisteraar = new Client({
      connectionString: this.config.DATABASE_URL,
      application_name: 'ketenbeeld-termijnen',
    });
    this.luisteraar.on('notification', (n) => {
      if (n.payload)
        void this.wekVoor(n.payload).catch((e: Error) => this.logger.warn(`alarm zetten: ${e.message}`));
    });
    this.luisteraar.on('error', (e) =>
      this.logger.warn(`LISTEN-verbinding: ${e.message}; afstemming gaat door`),
    );
    await this.luisteraar.connect();
    await this.luisteraar.query(`LISTEN ${TERMIJN_KANAAL}`);
    // The first reconciliation runs right after start-up, not during it: a deadline locked by
    // another instance must not keep this one from serving.
    this.planAfstemming(0);
  }

  async beforeApplicationShutdown() {
    this.gestopt = true;
    if (this.timer) clearTimeout(this.timer);
    await this.lopendeAfstemming?.catch(() => undefined);
    await this.worker?.close();
    await this.luisteraar?.end().catch(() => undefined);
    await this.queue?.close();
    this.redis?.disconnect();
    this.workerRedis?.disconnect();
  }

  // ---------------------------------------------------------------- scheduling API

  /**
   * Schedule a deadline. Inside the caller's transaction when `manager` is given (the alarm is set
   * once it commits); otherwise in its own. A due time in the past fires at once, and says so.
   */
  async plan<S extends TermijnSoort>(
    opties: PlanOpties<S>,
    manager?: EntityManager,
  ): Promise<GeplandeTermijn> {
    const fouten = valideer(opties);
    if (fouten.length) throw new ValidatieFout(fouten, TermijnFoutCode.ONGELDIG);
    const payload = termijnPayloadSchemas[opties.soort].parse(opties.payload) as Record<string, unknown>;
    const waarschuwingen = sorteerWaarschuwingen(opties.waarschuwingenMs ?? STANDAARD_WAARSCHUWINGEN_MS);
    const id = randomUUID();
    const uitvoeren = async (m: EntityManager) => {
      const nu = await this.nu(m);
      const stand = alarmStand(opties.vervaltOp, waarschuwingen, nu);
      await m.query(
        `INSERT INTO termijn (id, soort, onderwerp_type, onderwerp_id, organisatie, vervalt_op, oorspronkelijk_op, regel, uitleg,
                              payload, waarschuwingen_ms, gewaarschuwd, status, volgende_alarm_op, traceparent)
         VALUES ($1,$2,$3,$4,$5,$6,$6,$7,$8,$9,$10,$11,'GEPLAND',$12,$13)`,
        [
          id,
          opties.soort,
          opties.onderwerpType,
          opties.onderwerpId,
          opties.organisatie,
          opties.vervaltOp,
          opties.regel ?? null,
          opties.uitleg,
          JSON.stringify(payload),
          waarschuwingen,
          stand.gewaarschuwd,
          stand.volgendeAlarmOp,
          huidigeTrace()?.traceparent ?? null,
        ],
      );
      await this.historie(m, id, 'GEPLAND', opties.vervaltOp, null, opties.door);
      await m.query(`SELECT pg_notify($1, $2)`, [TERMIJN_KANAAL, id]);
      return opties.vervaltOp.getTime() <= nu.getTime();
    };
    const direct = manager ? await uitvoeren(manager) : await this.ds.transaction(uitvoeren);
    if (!manager) await this.wekVoor(id);
    return {
      id,
      direct,
      melding: direct
        ? `Vervaldatum ligt in het verleden: de termijn verstrijkt direct`
        : `Gepland: vervalt op ${opties.vervaltOp.toISOString()}`,
    };
  }

  /** Move the due time (e.g. a Dublin transfer from 6 to 12 months when imprisonment is reported). */
  async herplan(id: string, vervaltOp: Date, reden: string, door?: string): Promise<TermijnRij> {
    if (Number.isNaN(vervaltOp.getTime()))
      throw new ValidatieFout([{ veld: 'vervaltOp', reden: 'ongeldig tijdstip' }], TermijnFoutCode.ONGELDIG);
    return this.wijzig(
      id,
      [TermijnStatus.GEPLAND, TermijnStatus.GEWAARSCHUWD, TermijnStatus.OPGESCHORT],
      async (m, t, nu) => {
        const opgeschort = t.status === TermijnStatus.OPGESCHORT;
        const stand = alarmStand(vervaltOp, t.waarschuwingen_ms.map(Number), nu);
        await m.query(
          `UPDATE termijn SET vervalt_op = $2, gewaarschuwd = $3, volgende_alarm_op = $4, versie = versie + 1,
                status = CASE WHEN status = 'OPGESCHORT' THEN status WHEN $3 > 0 THEN 'GEWAARSCHUWD' ELSE 'GEPLAND' END
          WHERE id = $1`,
          [id, vervaltOp, stand.gewaarschuwd, opgeschort ? null : stand.volgendeAlarmOp],
        );
        await this.historie(m, id, 'HERGEPLAND', vervaltOp, reden, door);
      },
    );
  }

  async annuleer(id: string, reden: string, door?: string): Promise<TermijnRij> {
    return this.wijzig(
      id,
      [TermijnStatus.GEPLAND, TermijnStatus.GEWAARSCHUWD, TermijnStatus.OPGESCHORT],
      async (m, t) => {
        await m.query(
          `UPDATE termijn SET status = 'GEANNULEERD', volgende_alarm_op = NULL, versie = versie + 1 WHERE id = $1`,
          [id],
        );
        await this.historie(m, id, 'GEANNULEERD', t.vervalt_op, reden, door);
      },
    );
  }

  /** Opschorting: the clock stops; on resume the due time shifts by exactly the time suspended. */
  async schortOp(id: string, reden: string, door?: string): Promise<TermijnRij> {
    return this.wijzig(id, [...ACTIEF], async (m, t, nu) => {
      await m.query(
        `UPDATE termijn SET status = 'OPGESCHORT', opgeschort_sinds = $2, volgende_alarm_op = NULL, versie = versie + 1 WHERE id = $1`,
        [id, nu],
      );
      await this.historie(m, id, 'OPGESCHORT', t.vervalt_op, reden, door, nu);
    });
  }

  async hervat(id: string, reden: string, door?: string): Promise<TermijnRij> {
    return this.wijzig(id, [TermijnStatus.OPGESCHORT], async (m, t, nu) => {
      const verschuiving = nu.getTime() - t.opgeschort_sinds!.getTime();
      const vervaltOp = new Date(t.vervalt_op.getTime() + verschuiving);
      const stand = alarmStand(vervaltOp, t.waarschuwingen_ms.map(Number), nu, t.gewaarschuwd);
      await m.query(
        `UPDATE termijn SET status = CASE WHEN $3 > 0 THEN 'GEWAARSCHUWD' ELSE 'GEPLAND' END, vervalt_op = $2, gewaarschuwd = $3,
                opgeschort_sinds = NULL, volgende_alarm_op = $4, versie = versie + 1 WHERE id = $1`,
        [id, vervaltOp, stand.gewaarschuwd, stand.volgendeAlarmOp],
      );
      await this.historie(
        m,
        id,
        'HERVAT',
        vervaltOp,
        `${reden} (opgeschort ${Math.round(verschuiving / 1000)} s)`,
        door,
        nu,
      );
    });
  }

  // ---------------------------------------------------------------- queries

  async haal(id: string): Promise<TermijnRij> {
    const [t] = await this.ds.query<TermijnRij[]>(`SELECT * FROM termijn WHERE id = $1`, [id]);
    if (!t)
      throw new DomeinFout('NIET_GEVONDEN', TermijnFoutCode.NIET_GEVONDEN, `Termijn ${id} niet gevonden`);
    return t;
  }

  async historieVan(
    id: string,
  ): Promise<
    { tijdstip: Date; gebeurtenis: string; vervalt_op: Date; reden: string | null; door: string | null }[]
  > {
    return this.ds.query(
      `SELECT tijdstip, gebeurtenis, vervalt_op, reden, door FROM termijn_historie WHERE termijn_id = $1 ORDER BY volgnummer`,
      [id],
    );
  }

  /** Upcoming (not yet expired, incl. suspended), expired, or per subject; optionally for organisations. */
  async lijst(filter: {
    weergave: 'KOMEND' | 'VERSTREKEN' | 'ALLE';
    onderwerp?: { type: string; id: string };
    organisaties?: readonly Organisatie[];
    /** Only deadlines due before this instant (e.g. "this week"). */
    vervaltVoor?: Date;
    eerste?: number;
  }): Promise<TermijnRij[]> {
    const waar: string[] = [];
    const params: unknown[] = [];
    if (filter.weergave === 'KOMEND') waar.push(`status IN ('GEPLAND','GEWAARSCHUWD','OPGESCHORT')`);
    if (filter.weergave === 'VERSTREKEN') waar.push(`status = 'VERSTREKEN'`);
    if (filter.onderwerp) {
      params.push(filter.onderwerp.type, filter.onderwerp.id);
      waar.push(`onderwerp_type = $${params.length - 1} AND onderwerp_id = $${params.length}`);
    }
    if (filter.organisaties) {
      params.push(filter.organisaties);
      waar.push(`organisatie = ANY($${params.length})`);
    }
    if (filter.vervaltVoor) {
      params.push(filter.vervaltVoor);
      waar.push(`vervalt_op < $${params.length}`);
    }
    params.push(Math.min(Math.max(filter.eerste ?? 100, 1), 1000));
    const volgorde = filter.weergave === 'VERSTREKEN' ? 'vervalt_op DESC' : 'vervalt_op ASC';
    return this.ds.query(
      `SELECT * FROM termijn ${waar.length ? `WHERE ${waar.join(' AND ')}` : ''} ORDER BY ${volgorde}, id LIMIT $${params.length}`,
      params,
    );
  }

  // ---------------------------------------------------------------- firing

  /** Fire whatever is due for this deadline: the next warning, or the expiry. Idempotent. */
  async vuur(id: string): Promise<VuurUitkomst> {
    // Continue the trace the deadline was planned in (its events carry it on); a new one if none.
    const [bron] = await this.ds.query<{ traceparent: string | null }[]>(
      `SELECT traceparent FROM termijn WHERE id = $1`,
      [id],
    );
    return metTrace(traceUit(bron?.traceparent), () => this.vuurBinnenTrace(id));
  }

  private async vuurBinnenTrace(id: string): Promise<VuurUitkomst> {
    const uitkomst = await this.ds.transaction(async (m) => {
      const [t] = await m.query<TermijnRij[]>(`SELECT * FROM termijn WHERE id = $1 FOR UPDATE`, [id]);
      if (!t || !(ACTIEF as readonly string[]).includes(t.status) || !t.volgende_alarm_op)
        return 'niets' as const;
      const nu = await this.nu(m);
      if (t.volgende_alarm_op.getTime() > nu.getTime()) return 'niets' as const;
      const waarschuwingen = t.waarschuwingen_ms.map(Number);
      if (t.gewaarschuwd < waarschuwingen.length && t.vervalt_op.getTime() > nu.getTime()) {
        const stand = alarmStand(t.vervalt_op, waarschuwingen, nu, t.gewaarschuwd + 1);
        await m.query(
          `UPDATE termijn SET status = 'GEWAARSCHUWD', gewaarschuwd = $2, volgende_alarm_op = $3 WHERE id = $1`,
          [id, stand.gewaarschuwd, stand.volgendeAlarmOp],
        );
        await this.historie(m, id, 'GEWAARSCHUWD', t.vervalt_op, null, null, nu);
        await this.outbox.publiceer(m, EventName.TermijnGewaarschuwd, {
          ...eventVan(t),
          waarschuwingMs: waarschuwingen[t.gewaarschuwd],
        });
        return 'gewaarschuwd' as const;
      }
      await m.query(
        `UPDATE termijn SET status = 'VERSTREKEN', gewaarschuwd = $2, volgende_alarm_op = NULL, afgevuurd_op = $3 WHERE id = $1`,
        [id, waarschuwingen.length, nu],
      );
      await this.historie(m, id, 'VERSTREKEN', t.vervalt_op, null, null, nu);
      await this.outbox.publiceer(m, EventName.TermijnVerstreken, eventVan(t));
      return 'verstreken' as const;
    });
    if (uitkomst === 'gewaarschuwd') await this.wekVoor(id);
    return uitkomst;
  }

  /** Reconcile: fire everything due, and make sure every alarm within the horizon has a job. */
  async stemAf(): Promise<{ afgevuurd: number; alarmen: number }> {
    let afgevuurd = 0;
    for (;;) {
      const due = await this.ds.query<{ id: string }[]>(
        `SELECT id FROM termijn WHERE status IN ('GEPLAND','GEWAARSCHUWD') AND volgende_alarm_op <= now()
          ORDER BY volgende_alarm_op LIMIT 500`,
      );
      if (!due.length) break;
      for (let i = 0; i < due.length; i += 16) {
        const uitkomsten = await Promise.all(due.slice(i, i + 16).map((d) => this.vuur(d.id)));
        afgevuurd += uitkomsten.filter((u) => u !== 'niets').length;
      }
      if (due.length < 500 || this.gestopt) break;
    }
    const komend = await this.ds.query<
      { id: string; versie: number; gewaarschuwd: number; volgende_alarm_op: Date }[]
    >(
      `SELECT id, versie, gewaarschuwd, volgende_alarm_op FROM termijn
        WHERE status IN ('GEPLAND','GEWAARSCHUWD') AND volgende_alarm_op <= now() + ($1::int * interval '1 millisecond')`,
      [this.config.TERMIJN_HORIZON_MS],
    );
    await this.zetAlarmen(komend);
    if (afgevuurd) this.logger.log(`afstemming: ${afgevuurd} alarmen afgegaan die nog openstonden`);
    return { afgevuurd, alarmen: komend.length };
  }

  private planAfstemming(na = this.config.TERMIJN_RECONCILE_MS) {
    if (this.gestopt) return;
    this.timer = setTimeout(() => {
      this.lopendeAfstemming = this.stemAf()
        .then(() => undefined)
        .catch((e: Error) => this.logger.error(`afstemming mislukt: ${e.message}`))
        .finally(() => this.planAfstemming());
    }, na);
    this.timer.unref();
  }

  /** Set the alarm for one deadline if it rings within the horizon (called after commit / NOTIFY). */
  private async wekVoor(id: string): Promise<void> {
    if (this.gestopt) return;
    const rijen = await this.ds.query<
      { id: string; versie: number; gewaarschuwd: number; volgende_alarm_op: Date }[]
    >(
      `SELECT id, versie, gewaarschuwd, volgende_alarm_op FROM termijn
        WHERE id = $1 AND status IN ('GEPLAND','GEWAARSCHUWD') AND volgende_alarm_op <= now() + ($2::int * interval '1 millisecond')`,
      [id, this.config.TERMIJN_HORIZON_MS],
    );
    await this.zetAlarmen(rijen);
  }

  private async zetAlarmen(
    rijen: { id: string; versie: number; gewaarschuwd: number; volgende_alarm_op: Date }[],
  ) {
    if (!rijen.length || !this.queue) return;
    const nu = Date.now();
    for (let i = 0; i < rijen.length; i += 1000) {
      await this.queue.addBulk(
        rijen.slice(i, i + 1000).map((r) => ({
          name: 'alarm',
          data: { termijnId: r.id },
          opts: {
            // One job per alarm moment; adding it again (reconciliation) is a no-op.
            jobId: `${r.id}_${r.versie}_${r.gewaarschuwd}`,
            delay: Math.max(0, new Date(r.volgende_alarm_op).getTime() - nu),
            attempts: 5,
            backoff: { type: 'exponential', delay: 200 },
            removeOnComplete: { age: 3600 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        })),
      );
    }
  }

  // ---------------------------------------------------------------- helpers

  private async wijzig(
    id: string,
    toegestaan: readonly TermijnStatus[],
    actie: (m: EntityManager, t: TermijnRij, nu: Date) => Promise<void>,
  ): Promise<TermijnRij> {
    await this.ds.transaction(async (m) => {
      const [t] = await m.query<TermijnRij[]>(`SELECT * FROM termijn WHERE id = $1 FOR UPDATE`, [id]);
      if (!t)
        throw new DomeinFout('NIET_GEVONDEN', TermijnFoutCode.NIET_GEVONDEN, `Termijn ${id} niet gevonden`);
      if (!toegestaan.includes(t.status)) {
        throw new DomeinFout(
          'CONFLICT',
          TermijnFoutCode.STATUS,
          `Termijn ${id} is ${t.status}; dit kan alleen bij ${toegestaan.join(', ')}`,
        );
      }
      await actie(m, t, await this.nu(m));
      await m.query(`SELECT pg_notify($1, $2)`, [TERMIJN_KANAAL, id]);
    });
    await this.wekVoor(id);
    return this.haal(id);
  }

  private async historie(
    m: EntityManager,
    id: string,
    gebeurtenis: string,
    vervaltOp: Date,
    reden: string | null,
    door?: string | null,
    tijdstip?: Date,
  ) {
    await m.query(
      `INSERT INTO termijn_historie (termijn_id, gebeurtenis, vervalt_op, reden, door, tijdstip) VALUES ($1,$2,$3,$4,$5, COALESCE($6, clock_timestamp()))`,
      [id, gebeurtenis, vervaltOp, reden, door ?? null, tijdstip ?? null],
    );
  }

  /** The database clock: one time source for every instance. */
  private async nu(m: EntityManager): Promise<Date> {
    const [{ nu }] = await m.query<[{ nu: Date }]>(`SELECT clock_timestamp() AS nu`);
    return nu;
  }
}

function eventVan(t: TermijnRij): TermijnEvent {
  return {
    termijnId: t.id,
    soort: t.soort,
    onderwerpType: t.onderwerp_type,
    onderwerpId: t.onderwerp_id,
    organisatie: t.organisatie,
    vervaltOp: t.vervalt_op.toISOString(),
    regel: t.regel,
    uitleg: t.uitleg,
    payload: t.payload,
  };
}

function valideer(o: PlanOpties<TermijnSoort>): Validatiefout[] {
  const fouten: Validatiefout[] = [];
  if (!isTermijnSoort(o.soort))
    fouten.push({ veld: 'soort', reden: `onbekende termijnsoort '${String(o.soort)}'` });
  else {
    const r = termijnPayloadSchemas[o.soort].safeParse(o.payload);
    if (!r.success)
      for (const i of r.error.issues)
        fouten.push({ veld: ['payload', ...i.path.map(String)].join('.'), reden: i.message });
  }
  if (!(o.vervaltOp instanceof Date) || Number.isNaN(o.vervaltOp.getTime()))
    fouten.push({ veld: 'vervaltOp', reden: 'ongeldig tijdstip' });
  if (!o.onderwerpType?.trim()) fouten.push({ veld: 'onderwerpType', reden: 'is verplicht' });
  if (!o.onderwerpId?.trim()) fouten.push({ veld: 'onderwerpId', reden: 'is verplicht' });
  if (!isOrganisatie(o.organisatie)) fouten.push({ veld: 'organisatie', reden: 'onbekende organisatie' });
  if (!o.uitleg?.trim()) fouten.push({ veld: 'uitleg', reden: 'is verplicht' });
  for (const [i, w] of (o.waarschuwingenMs ?? []).entries()) {
    if (!Number.isInteger(w) || w <= 0)
      fouten.push({
        veld: `waarschuwingenMs.${i}`,
        reden: 'moet een positief geheel aantal milliseconden zijn',
      });
  }
  return fouten;
}
