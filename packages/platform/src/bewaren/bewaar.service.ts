import { Inject, Injectable, Logger, type Type } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  BEWAAR_DEFINITIES,
  BEWAAR_SOORT_LABEL,
  BEWAARTERMIJN_DEFINITIES,
  BewaarActie,
  bewaarbeleid,
  bewaarGrens,
  bewaartermijnVan,
  type Bewaarbeleid,
  type BewaarSoort,
  type Dienst,
} from '@ketenbeeld/domain';
import { CONFIG, DIENST_NAAM } from '../config/config.module';
import type { BasisConfig } from '../config/config.schema';
import { BEWAAR_REGELS, type BewaarRegel, type BewaarRegelSet } from './bewaar-regel';
import { LOGBOEK_REGEL, OUTBOX_REGEL } from './opschonen';

/** One rule with its period and cut-off at a moment. */
export interface BewaarRegelStand {
  regel: BewaarRegel;
  soort: BewaarSoort;
  soortLabel: string;
  actie: BewaarActie;
  /** ISO-8601 duration. */
  termijn: string;
  variabele: string;
  bron: string;
  aanname: boolean;
  grens: Date;
  /** ANONIMISEREN rules: the cut-off of the kind's VERWIJDEREN period ($2 of the rule's SQL). */
  verwijderGrens: Date | null;
}

export interface BewaarOverzichtRegel extends Omit<BewaarRegelStand, 'regel' | 'verwijderGrens'> {
  regel: string;
  omschrijving: string;
  aantal: number;
}

/** One row of `opschoning`: what one rule did (or, in a dry run, would do) in one run. */
export interface OpschoningRij {
  volgnummer: string;
  run_id: string;
  dienst: string;
  proef: boolean;
  aanleiding: 'ROOSTER' | 'OP_VERZOEK';
  door: string | null;
  regel: string;
  soort: string;
  actie: string;
  termijn: string;
  grens: Date;
  aantal: number;
  voorbeeld: string[];
  fout: string | null;
  gestart_op: Date;
  geeindigd_op: Date;
}

export interface OpschoningOpties {
  /** Dry run: count and sample what would go; change nothing (read-only transactions). */
  proef: boolean;
  aanleiding?: 'ROOSTER' | 'OP_VERZOEK';
  /** Token subject of who asked (null for the nightly job). */
  door?: string | null;
  /** The moment the periods are counted back from (default: now). */
  nu?: Date;
}

/** Serialises retention batches of one service (several replicas, the job and a manual run). */
const BEWAAR_LOCK = 7_361_000_002;
const VOORBEELD = 10;

/**
 * Retention (DOMAIN.md §7): runs every retention rule of this service — those its feature modules
 * contribute (`@BewaarRegels()`) and the platform's own (delivered outbox events, the processing log) — with the configured periods. Each batch
 * of due records is handled in its own transaction under an advisory lock, so two runs at once (two
 * replicas, the nightly job and the privacy officer) never handle a record twice, and a run that
 * stops halfway leaves whole batches. Every rule's result is recorded in `opschoning`, also for a
 * dry run (marked so), which changes nothing else.
 */
@Injectable()
export class BewaarService {
  private readonly logger = new Logger('Bewaren');
  private readonly beleid: Bewaarbeleid;
  private gevonden?: BewaarRegel[];

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    @Inject(CONFIG) private readonly config: BasisConfig,
    @Inject(DIENST_NAAM) private readonly dienst: Dienst,
  ) {
    this.beleid = bewaarbeleid(
      Object.fromEntries(BEWAARTERMIJN_DEFINITIES.map((d) => [d.variabele, config[d.variabele]])),
    );
  }

  /** The rules of this service: removal before anonymisation; the platform's (outbox, processing log) last. */
  regels(): readonly BewaarRegel[] {
    if (this.gevonden) return this.gevonden;
    const regels: BewaarRegel[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const metatype = wrapper.metatype as Type | null;
      if (
        !wrapper.instance ||
        !metatype ||
        !this.reflector.get<boolean | undefined>(BEWAAR_REGELS, metatype)
      ) {
        continue;
      }
      regels.push(...(wrapper.instance as BewaarRegelSet).regels());
    }
    regels.sort(
      (a, b) => Number(a.actie === BewaarActie.ANONIMISEREN) - Number(b.actie === BewaarActie.ANONIMISEREN),
    );
    regels.push(OUTBOX_REGEL, LOGBOEK_REGEL);
    const namen = new Set<string>();
    for (const r of regels) {
      if (namen.has(r.naam)) throw new Error(`Twee bewaarregels '${r.naam}' in ${this.dienst}`);
      namen.add(r.naam);
      if (!(BEWAAR_DEFINITIES[r.soort].diensten as readonly Dienst[]).includes(this.dienst)) {
        throw new Error(`Bewaarregel '${r.naam}': ${r.soort} hoort niet bij ${this.dienst}`);
      }
      if (!bewaartermijnVan(this.beleid, r.soort, r.actie)) {
        throw new Error(
          `Bewaarregel '${r.naam}': ${r.soort} heeft geen termijn om te ${r.actie.toLowerCase()}`,
        );
      }
    }
    this.gevonden = regels;
    return regels;
  }

  /** Every rule with its period and cut-off at `nu`. */
  standen(nu: Date = new Date()): BewaarRegelStand[] {
    return this.regels().map((regel) => {
      const { termijn, definitie } = bewaartermijnVan(this.beleid, regel.soort, regel.actie)!;
      const weg =
        regel.actie === BewaarActie.ANONIMISEREN
          ? bewaartermijnVan(this.beleid, regel.soort, BewaarActie.VERWIJDEREN)
          : undefined;
      return {
        regel,
        soort: regel.soort,
        soortLabel: BEWAAR_SOORT_LABEL[regel.soort],
        actie: regel.actie,
        termijn: termijn.iso,
        variabele: definitie.variabele,
        bron: definitie.bron,
        aanname: definitie.aanname,
        grens: bewaarGrens(termijn, nu),
        verwijderGrens: weg ? bewaarGrens(weg.termijn, nu) : null,
      };
    });
  }

  /** Per rule: the period, the cut-off and how many records would go now. Reads only. */
  async overzicht(nu: Date = new Date()): Promise<BewaarOverzichtRegel[]> {
    const standen = this.standen(nu);
    return this.ds.transaction(async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      const uit: BewaarOverzichtRegel[] = [];
      for (const { regel, verwijderGrens, ...s } of standen) {
        const [{ n }] = await m.query<[{ n: number }]>(
          `SELECT count(*)::int AS n FROM (${regel.verlopen}) AS verlopen`,
          parameters(s.grens, verwijderGrens, regel),
        );
        uit.push({ ...s, regel: regel.naam, omschrijving: regel.omschrijving, aantal: n });
      }
      return uit;
    });
  }

  /**
   * Run every rule now, or in a dry run count what would go. Returns what was recorded in
   * `opschoning` (one row per rule). A rule that fails is recorded with its error; the others run.
   */
  async voerUit(opties: OpschoningOpties): Promise<OpschoningRij[]> {
    const nu = opties.nu ?? new Date();
    const runId = randomUUID();
    const rijen: OpschoningRij[] = [];
    for (const stand of this.standen(nu)) {
      const gestart = new Date();
      // Filled batch by batch: what committed before a failure is recorded too.
      const voortgang = { aantal: 0, voorbeeld: [] as string[] };
      let fout: string | null = null;
      try {
        if (opties.proef) Object.assign(voortgang, await this.tel(stand));
        else await this.handel(stand, nu, voortgang);
      } catch (e) {
        fout = e instanceof Error ? e.message : String(e);
        this.logger.error(`bewaarregel ${stand.regel.naam} mislukt: ${fout}`);
      }
      const [rij] = await this.ds.query<OpschoningRij[]>(
        `INSERT INTO opschoning (run_id, dienst, proef, aanleiding, door, regel, soort, actie, termijn, grens, aantal,
                                 voorbeeld, fout, gestart_op, geeindigd_op)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         RETURNING volgnummer::text, run_id, dienst, proef, aanleiding, door, regel, soort, actie, termijn, grens,
                   aantal, voorbeeld, fout, gestart_op, geeindigd_op`,
        [
          runId,
          this.dienst,
          opties.proef,
          opties.aanleiding ?? 'OP_VERZOEK',
          opties.door ?? null,
          stand.regel.naam,
          stand.soort,
          stand.actie,
          stand.termijn,
          stand.grens,
          voortgang.aantal,
          voortgang.voorbeeld,
          fout,
          gestart,
          // Both ends from this clock: a database clock a little behind would break geeindigd >= gestart.
          new Date(),
        ],
      );
      rijen.push(rij);
    }
    const totaal = rijen.reduce((n, r) => n + r.aantal, 0);
    if (!opties.proef && totaal)
      this.logger.log(`opschoning ${runId}: ${totaal} records verwijderd of geanonimiseerd`);
    return rijen;
  }

  /** Recorded runs, newest first. */
  async opschoningen(eerste = 50): Promise<OpschoningRij[]> {
    return this.ds.query<OpschoningRij[]>(
      `SELECT volgnummer::text, run_id, dienst, proef, aanleiding, door, regel, soort, actie, termijn, grens, aantal,
              voorbeeld, fout, gestart_op, geeindigd_op
         FROM opschoning ORDER BY gestart_op DESC, volgnummer DESC LIMIT $1`,
      [eerste],
    );
  }

  private async tel(s: BewaarRegelStand): Promise<{ aantal: number; voorbeeld: string[] }> {
    return this.ds.transaction(async (m) => {
      await m.query('SET TRANSACTION READ ONLY');
      const p = parameters(s.grens, s.verwijderGrens, s.regel);
      const [{ n }] = await m.query<[{ n: number }]>(
        `SELECT count(*)::int AS n FROM (${s.regel.verlopen}) AS verlopen`,
        p,
      );
      const voorbeeld = await m.query<{ id: string }[]>(
        `SELECT id::text AS id FROM (${s.regel.verlopen}) AS verlopen ORDER BY 1 LIMIT ${VOORBEELD}`,
        p,
      );
      return { aantal: n, voorbeeld: voorbeeld.map((r) => r.id) };
    });
  }

  private async handel(
    s: BewaarRegelStand,
    nu: Date,
    voortgang: { aantal: number; voorbeeld: string[] },
  ): Promise<void> {
    const batch = this.config.BEWAREN_BATCHGROOTTE;
    const p = parameters(s.grens, s.verwijderGrens, s.regel);
    const context = { soort: s.soort, actie: s.actie, grens: s.grens, nu };
    let vorige = new Set<string>();
    for (;;) {
      const { ids, aantal } = await this.ds.transaction(async (m) => {
        // SET LOCAL: append-only tables let the retention job's DELETE (and anonymising UPDATE) through.
        await m.query(
          `SELECT set_config('ketenbeeld.opschonen', 'bewaartermijn', true), pg_advisory_xact_lock($1)`,
          [BEWAAR_LOCK],
        );
        const rijen = await m.query<{ id: string }[]>(
          `SELECT id::text AS id FROM (${s.regel.verlopen}) AS verlopen LIMIT $${p.length + 1}`,
          [...p, batch],
        );
        const ids = rijen.map((r) => r.id);
        if (ids.some((id) => vorige.has(id))) {
          throw new Error(
            `regel ${s.regel.naam}: records blijven verlopen na ${s.actie.toLowerCase()} (${ids[0]})`,
          );
        }
        return { ids, aantal: ids.length ? await s.regel.voerUit(m, ids, context) : 0 };
      });
      voortgang.aantal += aantal;
      for (const id of ids) if (voortgang.voorbeeld.length < VOORBEELD) voortgang.voorbeeld.push(id);
      if (ids.length < batch) return;
      vorige = new Set(ids);
    }
  }
}

/** $1 the cut-off; for an ANONIMISEREN rule also $2, the kind's removal cut-off. */
function parameters(grens: Date, verwijderGrens: Date | null, regel: BewaarRegel): unknown[] {
  return regel.actie === BewaarActie.ANONIMISEREN ? [grens, verwijderGrens] : [grens];
}
