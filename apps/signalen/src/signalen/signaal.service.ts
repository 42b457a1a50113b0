import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  EventName,
  type EventPayload,
  heeftNationaleRol,
  isBestaandIsoMoment,
  magAlleSignalenZien,
  magMeldenNamens,
  magSignaalZien,
  MAX_PERSONEN_PER_SIGNAAL,
  naamSleutels,
  nietGevonden,
  persoonInvoerSchema,
  signaalCorrectieSchema,
  signaalInvoerSchema,
  validatiefouten,
  verplichteTekstFouten,
  type Actor,
  type Organisatie,
  type PersoonInvoer,
  type Validatiefout,
} from '@ketenbeeld/domain';
import {
  DomeinFout,
  OUTBOX_KANAAL,
  OutboxPublisher,
  ValidatieFout,
  voerVoorbereidUit,
} from '@ketenbeeld/platform';
import type { IdempotentieClaim } from '../idempotentie/idempotentie.service';
import { PersoonEntity } from '../personen/persoon.entity';
import { SignaalEntity } from './signaal.entity';
import type { Taxonomie } from './dto/signaal.types';
import { TaxonomieService } from './taxonomie.service';

export const SignaalFoutCode = {
  DUBBEL: 'SIGNAAL_DUBBEL',
  NAMENS_ANDERE_ORGANISATIE: 'SIGNAAL_NAMENS_ANDERE_ORGANISATIE',
  NIET_GEVONDEN: 'SIGNAAL_NIET_GEVONDEN',
  INGETROKKEN: 'SIGNAAL_INGETROKKEN',
  GEEN_WIJZIGRECHT: 'SIGNAAL_GEEN_WIJZIGRECHT',
  TE_VEEL_PERSONEN: 'SIGNAAL_TE_VEEL_PERSONEN',
} as const;

export interface SignaalFilter {
  bronOrganisatie?: Organisatie;
  categorie?: string;
  van?: string;
  tot?: string;
  /** Municipality or reception location code. */
  plaats?: string;
  persoonId?: string;
  alleenVpt?: boolean;
  status?: 'ACTIEF' | 'INGETROKKEN';
}

export interface SignaalPagina {
  items: SignaalEntity[];
  volgendeCursor: string | null;
}

export interface HistorieRij {
  versie: number;
  actie: string;
  tijdstip: Date;
  door_organisatie: string;
  reden: string | null;
  gegevens: Record<string, unknown>;
}

const filterSchema = z
  .object({
    bronOrganisatie: z.string().optional(),
    categorie: z.string().optional(),
    van: z.iso.datetime({ offset: true, error: 'moet een ISO-8601 tijdstip zijn' }).optional(),
    tot: z.iso.datetime({ offset: true, error: 'moet een ISO-8601 tijdstip zijn' }).optional(),
    plaats: z.string().optional(),
    persoonId: z.uuid({ error: 'moet een UUID zijn' }).optional(),
    alleenVpt: z.boolean().optional(),
    status: z.enum(['ACTIEF', 'INGETROKKEN'], { error: 'ACTIEF of INGETROKKEN' }).optional(),
  })
  .strict();

function redenVerplicht(reden: string | undefined): Validatiefout[] {
  return verplichteTekstFouten(reden, 'reden', { leeg: 'is verplicht: leg vast waarom' });
}

@Injectable()
export class SignaalService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly taxonomie: TaxonomieService,
  ) {}

  /**
   * Register a signal: validate (also against the managed taxonomy), check the caller may report for
   * the source, resolve persons, store the signal, its history and its SignaalGeregistreerd event in
   * one transaction. Nothing is stored on refusal.
   */
  async registreer(
    actor: Actor,
    ruweInvoer: unknown,
    idempotentie?: IdempotentieClaim & { antwoord: (s: SignaalEntity) => unknown },
    /** A signal id chosen by the producer (a ZSM registration names its signal in advance). */
    signaalId?: string,
  ): Promise<SignaalEntity> {
    const parsed = signaalInvoerSchema().safeParse(ruweInvoer);
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    const invoer = parsed.data;
    if (!magMeldenNamens(actor, invoer.bronOrganisatie)) {
      throw new DomeinFout(
        'VERBODEN',
        SignaalFoutCode.NAMENS_ANDERE_ORGANISATIE,
        `${actor.organisatie} mag geen signaal melden namens ${invoer.bronOrganisatie}`,
        [{ veld: 'bronOrganisatie', reden: `moet ${actor.organisatie} zijn (uw organisatie)` }],
      );
    }
    const fouten = [
      ...dubbeleVNummers(invoer.personen),
      ...(await this.taxonomie.controleer(invoer.categorie, invoer.subcategorie)),
    ];
    if (fouten.length) throw new ValidatieFout(fouten);

    const nu = new Date();
    const signaal = this.ds.manager.create(SignaalEntity, {
      id: signaalId ?? randomUUID(),
      bronOrganisatie: invoer.bronOrganisatie,
      bronReferentie: invoer.bronReferentie,
      categorie: invoer.categorie,
      subcategorie: invoer.subcategorie ?? null,
      ernst: invoer.ernst,
      omschrijving: invoer.omschrijving,
      tijdstipIncident: new Date(invoer.tijdstipIncident),
      tijdstipMelding: invoer.tijdstipMelding ? new Date(invoer.tijdstipMelding) : nu,
      gemeente: invoer.plaats.gemeente ?? null,
      locatieCode: invoer.plaats.locatieCode ?? null,
      breedtegraad: invoer.plaats.breedtegraad ?? null,
      lengtegraad: invoer.plaats.lengtegraad ?? null,
      aangifte: invoer.aangifte,
      pvNummer: invoer.pvNummer ?? null,
      status: 'ACTIEF',
      versie: 1,
      geregistreerdOp: nu,
      geregistreerdDoor: actor.sub,
      geregistreerdDoorOrganisatie: actor.organisatie,
    });
    // Provisional persons are new records with ids made here; V-nummers resolve to the one record.
    const nieuw = invoer.personen.filter((p) => !p.vNummer).map((p) => nieuwePersoon(p));
    const t = await this.taxonomie.taxonomie();
    const metVNummer = invoer.personen.filter((p) => p.vNummer);

    try {
      if (!metVNummer.length) {
        // The common intake (persons not yet through I&R): every row in one statement, one round trip.
        signaal.personen = nieuw;
        await voerVoorbereidUit(
          this.ds,
          ...this.registratieStatement(t, actor, signaal, nieuw, idempotentie),
        );
      } else {
        await this.ds.transaction(async (m) => {
          const bekend = await this.personenMetVNummer(m, metVNummer);
          let i = 0;
          let j = 0;
          signaal.personen = invoer.personen.map((p) => (p.vNummer ? bekend[i++] : nieuw[j++]));
          await voerVoorbereidUit(m, ...this.registratieStatement(t, actor, signaal, nieuw, idempotentie));
        });
      }
      return signaal;
    } catch (e) {
      if ((e as { constraint?: string }).constraint === 'signaal_bron_uniek') {
        throw new DomeinFout(
          'CONFLICT',
          SignaalFoutCode.DUBBEL,
          `Er is al een signaal van ${invoer.bronOrganisatie} met referentie '${invoer.bronReferentie}'`,
          [{ veld: 'bronReferentie', reden: 'is al gebruikt voor een eerder signaal van deze bron' }],
        );
      }
      throw e;
    }
  }

  /**
   * One statement for a registration: the new provisional persons, the signal, its person links, its
   * first history entry, its SignaalGeregistreerd event (with the NOTIFY that wakes the relay) and,
   * with an Idempotency-Key, the key with its answer. A single statement is atomic on its own.
   */
  private registratieStatement(
    t: Taxonomie,
    actor: Actor,
    s: SignaalEntity,
    nieuw: PersoonEntity[],
    idem: (IdempotentieClaim & { antwoord: (s: SignaalEntity) => unknown }) | undefined,
  ): [string, unknown[]] {
    const w: unknown[] = [];
    const $ = (v: unknown) => `$${w.push(v)}`;
    const event = this.outbox.rij(EventName.SignaalGeregistreerd, geregistreerdPayload(s, s.personen, t));
    const delen = [
      nieuw.length &&
        `p AS (INSERT INTO persoon (id, naam, geboortedatum, geboortejaar, nationaliteit, coa_nummer, omschrijving, naam_sleutels)
           SELECT id, naam, geboortedatum, geboortejaar, nationaliteit, coa_nummer, omschrijving, naam_sleutels
           FROM jsonb_to_recordset(${$(
             JSON.stringify(
               nieuw.map((p) => ({
                 id: p.id,
                 naam: p.naam,
                 geboortedatum: p.geboortedatum,
                 geboortejaar: p.geboortejaar,
                 nationaliteit: p.nationaliteit,
                 coa_nummer: p.coaNummer,
                 omschrijving: p.omschrijving,
                 naam_sleutels: p.naamSleutels,
               })),
             ),
           )}::jsonb) AS x(id uuid, naam text, geboortedatum date, geboortejaar int, nationaliteit text,
                            coa_nummer text, omschrijving text, naam_sleutels text[]))`,
      `s AS (INSERT INTO signaal (id, bron_organisatie, bron_referentie, categorie, subcategorie, ernst, omschrijving,
               tijdstip_incident, tijdstip_melding, gemeente, locatie_code, breedtegraad, lengtegraad, aangifte, pv_nummer,
               status, versie, geregistreerd_op, geregistreerd_door, geregistreerd_door_organisatie)
             VALUES (${[
               s.id,
               s.bronOrganisatie,
               s.bronReferentie,
               s.categorie,
               s.subcategorie,
               s.ernst,
               s.omschrijving,
               s.tijdstipIncident,
               s.tijdstipMelding,
               s.gemeente,
               s.locatieCode,
               s.breedtegraad,
               s.lengtegraad,
               s.aangifte,
               s.pvNummer,
             ]
               .map($)
               .join(',')}, 'ACTIEF', 1, ${$(s.geregistreerdOp)}, ${$(actor.sub)}, ${$(actor.organisatie)}))`,
      `sp AS (INSERT INTO signaal_persoon (signaal_id, persoon_id)
              SELECT DISTINCT ${$(s.id)}::uuid, unnest(${$(s.personen.map((p) => p.id))}::uuid[]))`,
      `h AS (INSERT INTO signaal_historie (signaal_id, versie, actie, door, door_organisatie, reden, gegevens)
             VALUES (${$(s.id)}, 1, 'GEREGISTREERD', ${$(actor.sub)}, ${$(actor.organisatie)}, NULL, '{}'))`,
      `o AS (INSERT INTO outbox (id, naam, producent, payload, opgetreden_op, traceparent)
             VALUES (${[event.id, event.naam, event.producent, event.payload].map($).join(',')}, now(), ${$(event.traceparent)}))`,
      idem &&
        `i AS (INSERT INTO idempotentie (organisatie, sleutel, verzoek_hash, status_code, antwoord)
               VALUES (${[
                 idem.organisatie,
                 idem.sleutel,
                 idem.hash,
                 idem.status,
                 JSON.stringify(idem.antwoord(s)),
               ]
                 .map($)
                 .join(',')}))`,
    ].filter(Boolean);
    return [`WITH ${delen.join(',\n')} SELECT pg_notify(${$(OUTBOX_KANAAL)}, '')`, w];
  }

  /** V-nummer persons in input order: the existing record, or a new one (concurrent intakes agree). */
  private async personenMetVNummer(m: EntityManager, personen: PersoonInvoer[]): Promise<PersoonEntity[]> {
    const rijen = personen.map((p) => ({ ...persoonVelden(p), id: randomUUID(), v_nummer: p.vNummer }));
    // DO UPDATE (a no-op write) rather than DO NOTHING so RETURNING also yields the existing rows.
    const gevonden = await m.query<Record<string, unknown>[]>(
      `INSERT INTO persoon (id, v_nummer, naam, geboortedatum, geboortejaar, nationaliteit, coa_nummer, omschrijving, naam_sleutels)
       SELECT id, v_nummer, naam, geboortedatum, geboortejaar, nationaliteit, coa_nummer, omschrijving, naam_sleutels
       FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, v_nummer text, naam text, geboortedatum date, geboortejaar int,
                                               nationaliteit text, coa_nummer text, omschrijving text, naam_sleutels text[])
       ON CONFLICT (v_nummer) DO UPDATE SET v_nummer = EXCLUDED.v_nummer
       RETURNING *`,
      [JSON.stringify(rijen)],
    );
    const perVNummer = new Map(gevonden.map((r) => [r.v_nummer as string, r]));
    return personen.map((p) => m.create(PersoonEntity, rijNaarPersoon(perVNummer.get(p.vNummer!)!)));
  }

  /** The group grows as persons are identified (the bus: 40 people, 10 named first). */
  async voegPersonenToe(
    actor: Actor,
    signaalId: string,
    ruwePersonen: unknown,
    reden: string,
  ): Promise<SignaalEntity> {
    const parsed = z
      .array(persoonInvoerSchema, { error: 'moet een lijst van personen zijn' })
      .min(1, 'minstens één persoon')
      .safeParse(ruwePersonen);
    const fouten = [
      ...redenVerplicht(reden),
      ...(parsed.success
        ? dubbeleVNummers(parsed.data)
        : validatiefouten(parsed.error).map((f) => ({ ...f, veld: `personen.${f.veld}` }))),
    ];
    if (fouten.length || !parsed.success) throw new ValidatieFout(fouten);
    await this.ds.transaction(async (m) => {
      const signaal = await this.vergrendelVoorWijziging(m, actor, signaalId);
      const [{ n }] = await m.query<[{ n: number }]>(
        `SELECT count(*)::int n FROM signaal_persoon WHERE signaal_id = $1`,
        [signaalId],
      );
      if (n + parsed.data.length > MAX_PERSONEN_PER_SIGNAAL) {
        throw new DomeinFout(
          'VALIDATIE',
          SignaalFoutCode.TE_VEEL_PERSONEN,
          `Een signaal heeft hoogstens ${MAX_PERSONEN_PER_SIGNAAL} personen`,
          [
            {
              veld: 'personen',
              reden: `er staan er al ${n}; hoogstens ${MAX_PERSONEN_PER_SIGNAAL - n} erbij`,
            },
          ],
        );
      }
      const nieuw: PersoonEntity[] = [];
      for (const p of parsed.data) {
        const persoon = await this.persoonVoor(m, p);
        const toegevoegd = await m.query<unknown[]>(
          `INSERT INTO signaal_persoon (signaal_id, persoon_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING persoon_id`,
          [signaalId, persoon.id],
        );
        if (toegevoegd.length) nieuw.push(persoon);
      }
      signaal.versie += 1;
      await m.query(`UPDATE signaal SET versie = $2 WHERE id = $1`, [signaalId, signaal.versie]);
      await this.historie(m, signaal, 'PERSONEN_TOEGEVOEGD', actor, reden.trim(), {
        persoonIds: nieuw.map((p) => p.id),
      });
      // Followers learn of the new persons as they learned of the first ones.
      if (nieuw.length) await this.publiceer(m, signaal, nieuw);
    });
    return this.haal(actor, signaalId);
  }

  /** Correct fields of a signal: an appended version with the old and new values, never an overwrite without trace. */
  async corrigeer(
    actor: Actor,
    signaalId: string,
    ruweCorrectie: unknown,
    reden: string,
  ): Promise<SignaalEntity> {
    const parsed = signaalCorrectieSchema().safeParse(ruweCorrectie);
    const fouten = [
      ...redenVerplicht(reden),
      ...(parsed.success
        ? []
        : validatiefouten(parsed.error).map((f) => ({ ...f, veld: `correctie.${f.veld}` }))),
    ];
    if (!parsed.success || fouten.length) throw new ValidatieFout(fouten);
    const c = parsed.data;
    await this.ds.transaction(async (m) => {
      const s = await this.vergrendelVoorWijziging(m, actor, signaalId);
      const taxFouten = await this.taxonomie.controleer(
        c.categorie ?? s.categorie,
        c.subcategorie === undefined ? (c.categorie ? null : s.subcategorie) : c.subcategorie,
      );
      if (taxFouten.length)
        throw new ValidatieFout(taxFouten.map((f) => ({ ...f, veld: `correctie.${f.veld}` })));
      const nieuw: Record<string, unknown> = {
        ...(c.categorie !== undefined
          ? { categorie: c.categorie, subcategorie: c.subcategorie ?? null }
          : {}),
        ...(c.subcategorie !== undefined ? { subcategorie: c.subcategorie } : {}),
        ...(c.ernst !== undefined ? { ernst: c.ernst } : {}),
        ...(c.omschrijving !== undefined ? { omschrijving: c.omschrijving } : {}),
        ...(c.tijdstipIncident !== undefined ? { tijdstipIncident: new Date(c.tijdstipIncident) } : {}),
        ...(c.plaats
          ? {
              gemeente: c.plaats.gemeente ?? null,
              locatieCode: c.plaats.locatieCode ?? null,
              breedtegraad: c.plaats.breedtegraad ?? null,
              lengtegraad: c.plaats.lengtegraad ?? null,
            }
          : {}),
        ...(c.aangifte !== undefined ? { aangifte: c.aangifte } : {}),
        ...(c.pvNummer !== undefined ? { pvNummer: c.pvNummer } : {}),
      };
      const oud = Object.fromEntries(
        Object.keys(nieuw).map((k) => [k, (s as unknown as Record<string, unknown>)[k]]),
      );
      const na = { ...s, ...nieuw };
      if (na.aangifte && !na.pvNummer)
        throw new ValidatieFout([{ veld: 'correctie.pvNummer', reden: 'is verplicht bij een aangifte' }]);
      na.versie = s.versie + 1;
      await m
        .getRepository(SignaalEntity)
        .update({ id: signaalId }, { ...(nieuw as Partial<SignaalEntity>), versie: na.versie });
      await this.historie(m, na, 'GECORRIGEERD', actor, reden.trim(), { oud, nieuw });
      await this.outbox.publiceer(m, EventName.SignaalGecorrigeerd, {
        signaalId: na.id,
        versie: na.versie,
        categorie: na.categorie,
        tijdstipIncident: na.tijdstipIncident.toISOString(),
        reden: reden.trim(),
      });
    });
    return this.haal(actor, signaalId);
  }

  /** Withdraw a signal (e.g. entered in error): it stays, marked INGETROKKEN, with who and why. */
  async trekIn(actor: Actor, signaalId: string, reden: string): Promise<SignaalEntity> {
    const fouten = redenVerplicht(reden);
    if (fouten.length) throw new ValidatieFout(fouten);
    await this.ds.transaction(async (m) => {
      const s = await this.vergrendelVoorWijziging(m, actor, signaalId);
      s.versie += 1;
      await m.query(`UPDATE signaal SET status = 'INGETROKKEN', versie = $2 WHERE id = $1`, [
        signaalId,
        s.versie,
      ]);
      await this.historie(m, s, 'INGETROKKEN', actor, reden.trim(), {});
      await this.outbox.publiceer(m, EventName.SignaalIngetrokken, {
        signaalId: s.id,
        versie: s.versie,
        reden: reden.trim(),
      });
    });
    return this.haal(actor, signaalId);
  }

  /** Newest first, filtered, with a keyset cursor (stable under concurrent inserts). */
  /**
   * Signals per location over a period (dashboard): counts only, no persons. Only those who may see
   * every signal get the whole picture; another organisation gets the counts of its own signals.
   */
  async perLocatie(actor: Actor, van: string, tot: string) {
    const fouten = [
      ...(isBestaandIsoMoment(van)
        ? []
        : [{ veld: 'van', reden: 'moet een ISO-8601 datum of tijdstip zijn' }]),
      ...(isBestaandIsoMoment(tot)
        ? []
        : [{ veld: 'tot', reden: 'moet een ISO-8601 datum of tijdstip zijn' }]),
    ];
    if (!fouten.length && Date.parse(tot) <= Date.parse(van))
      fouten.push({ veld: 'tot', reden: 'moet na van liggen' });
    if (fouten.length) throw new ValidatieFout(fouten);
    return this.ds.query<{ locatie: string; aantal: number; vpt: number; ernstig: number }[]>(
      `SELECT COALESCE(locatie_code, gemeente, 'ONBEKEND') AS locatie, count(*)::int AS aantal,
              count(*) FILTER (WHERE categorie = 'GEWELD_VPT')::int AS vpt,
              count(*) FILTER (WHERE ernst >= 3)::int AS ernstig
       FROM signaal
       WHERE status <> 'INGETROKKEN' AND tijdstip_incident >= $1 AND tijdstip_incident < $2
         AND ($3::boolean OR bron_organisatie = $4)
       GROUP BY 1 ORDER BY 2 DESC, 1`,
      [new Date(van), new Date(tot), magAlleSignalenZien(actor), actor.organisatie],
    );
  }

  async lijst(actor: Actor, ruwFilter: unknown, eerste: number, na?: string | null): Promise<SignaalPagina> {
    const f = filterSchema.safeParse(ruwFilter ?? {});
    if (!f.success)
      throw new ValidatieFout(validatiefouten(f.error).map((x) => ({ ...x, veld: `filter.${x.veld}` })));
    const filter = f.data;
    const aantal = Math.min(Math.max(eerste, 1), 200);
    const q = this.ds
      .getRepository(SignaalEntity)
      .createQueryBuilder('s')
      .orderBy('s.geregistreerdOp', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .take(aantal + 1);
    if (!magAlleSignalenZien(actor)) q.andWhere('s.bronOrganisatie = :org', { org: actor.organisatie });
    if (filter.bronOrganisatie) q.andWhere('s.bronOrganisatie = :bron', { bron: filter.bronOrganisatie });
    if (filter.categorie)
      q.andWhere('(s.categorie = :cat OR s.subcategorie = :cat)', { cat: filter.categorie });
    if (filter.van) q.andWhere('s.tijdstipIncident >= :van', { van: filter.van });
    if (filter.tot) q.andWhere('s.tijdstipIncident < :tot', { tot: filter.tot });
    if (filter.plaats)
      q.andWhere('(s.gemeente ILIKE :plaats OR s.locatieCode = upper(:plaats))', { plaats: filter.plaats });
    if (filter.status) q.andWhere('s.status = :status', { status: filter.status });
    if (filter.alleenVpt) q.andWhere(`s.categorie IN (SELECT code FROM signaal_categorie WHERE vpt)`);
    if (filter.persoonId)
      q.andWhere(`s.id IN (SELECT signaal_id FROM signaal_persoon WHERE persoon_id = :pid)`, {
        pid: filter.persoonId,
      });
    if (na) {
      const [tijd, id] = leesCursor(na);
      q.andWhere('(s.geregistreerdOp, s.id) < (:tijd, :id)', { tijd, id });
    }
    const gevonden = await q.getMany();
    const items = gevonden.slice(0, aantal);
    // Persons in one query for the whole page.
    if (items.length) {
      const koppels = await this.ds.query<(Record<string, unknown> & { signaal_id: string })[]>(
        `SELECT sp.signaal_id, p.* FROM signaal_persoon sp JOIN persoon p ON p.id = sp.persoon_id WHERE sp.signaal_id = ANY($1::uuid[])`,
        [items.map((s) => s.id)],
      );
      const per = new Map<string, PersoonEntity[]>();
      for (const k of koppels) {
        const lijst = per.get(k.signaal_id) ?? [];
        lijst.push(this.ds.getRepository(PersoonEntity).create(rijNaarPersoon(k)));
        per.set(k.signaal_id, lijst);
      }
      for (const s of items) s.personen = per.get(s.id) ?? [];
    }
    const laatste = items[items.length - 1];
    return { items, volgendeCursor: gevonden.length > aantal && laatste ? maakCursor(laatste) : null };
  }

  async haal(actor: Actor, id: string): Promise<SignaalEntity> {
    const s = z.uuid().safeParse(id).success
      ? await this.ds.getRepository(SignaalEntity).findOne({ where: { id }, relations: { personen: true } })
      : null;
    // Absent and not allowed look the same: no existence leak.
    if (!s || !magSignaalZien(actor, s)) {
      throw new DomeinFout('NIET_GEVONDEN', SignaalFoutCode.NIET_GEVONDEN, nietGevonden('Signaal', id), [
        { veld: 'id', reden: 'bestaat niet of is niet voor uw organisatie' },
      ]);
    }
    return s;
  }

  async historieVan(signaalId: string): Promise<HistorieRij[]> {
    return this.ds.query<HistorieRij[]>(
      `SELECT versie, actie, tijdstip, door_organisatie, reden, gegevens FROM signaal_historie WHERE signaal_id = $1 ORDER BY volgnummer`,
      [signaalId],
    );
  }

  async vanPersoon(actor: Actor, persoonId: string): Promise<SignaalEntity[]> {
    const q = this.ds
      .getRepository(SignaalEntity)
      .createQueryBuilder('s')
      .innerJoin('signaal_persoon', 'sp', 'sp.signaal_id = s.id AND sp.persoon_id = :persoonId', {
        persoonId,
      })
      .orderBy('s.tijdstipIncident', 'DESC');
    if (!magAlleSignalenZien(actor)) q.andWhere('s.bronOrganisatie = :org', { org: actor.organisatie });
    return q.getMany();
  }

  // ---------------------------------------------------------------- helpers

  /** Lock the signal for a change; only its reporting organisation or a national role may change it. */
  private async vergrendelVoorWijziging(
    m: EntityManager,
    actor: Actor,
    signaalId: string,
  ): Promise<SignaalEntity> {
    const s = z.uuid().safeParse(signaalId).success
      ? await m
          .getRepository(SignaalEntity)
          .findOne({ where: { id: signaalId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!s || !magSignaalZien(actor, s))
      throw new DomeinFout(
        'NIET_GEVONDEN',
        SignaalFoutCode.NIET_GEVONDEN,
        nietGevonden('Signaal', signaalId),
        [{ veld: 'signaalId', reden: 'bestaat niet of is niet voor uw organisatie' }],
      );
    if (s.bronOrganisatie !== actor.organisatie && !heeftNationaleRol(actor)) {
      throw new DomeinFout(
        'VERBODEN',
        SignaalFoutCode.GEEN_WIJZIGRECHT,
        `Alleen ${s.bronOrganisatie} (de bron) of een landelijke rol wijzigt dit signaal`,
      );
    }
    if (s.status === 'INGETROKKEN')
      throw new DomeinFout('CONFLICT', SignaalFoutCode.INGETROKKEN, 'Dit signaal is ingetrokken');
    return s;
  }

  private async historie(
    m: EntityManager,
    s: SignaalEntity,
    actie: string,
    actor: Actor,
    reden: string | null,
    gegevens: object,
  ) {
    await m.query(
      `INSERT INTO signaal_historie (signaal_id, versie, actie, door, door_organisatie, reden, gegevens) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [s.id, s.versie, actie, actor.sub, actor.organisatie, reden, JSON.stringify(gegevens)],
    );
  }

  private async publiceer(m: EntityManager, s: SignaalEntity, personen: PersoonEntity[]) {
    await this.outbox.publiceer(
      m,
      EventName.SignaalGeregistreerd,
      geregistreerdPayload(s, personen, await this.taxonomie.taxonomie()),
    );
  }

  /**
   * Exact V-nummer match, else a new (provisional) person. Name-based matching never merges here: it
   * proposes candidates (PersoonService.kandidaten) for a person to decide on.
   */
  private async persoonVoor(m: EntityManager, p: PersoonInvoer): Promise<PersoonEntity> {
    const velden = persoonEigenschappen(p);
    if (p.vNummer) {
      await m.query(
        `INSERT INTO persoon (id, v_nummer, naam, geboortedatum, geboortejaar, nationaliteit, coa_nummer, omschrijving, naam_sleutels)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (v_nummer) DO NOTHING`,
        [
          randomUUID(),
          p.vNummer,
          velden.naam,
          velden.geboortedatum,
          velden.geboortejaar,
          velden.nationaliteit,
          velden.coaNummer,
          velden.omschrijving,
          velden.naamSleutels,
        ],
      );
      return m.findOneByOrFail(PersoonEntity, { vNummer: p.vNummer });
    }
    return m.save(nieuwePersoon(p));
  }
}

/** What followers need of a new signal (casusregie proposes cases and ranks Top-X from it). */
function geregistreerdPayload(
  s: SignaalEntity,
  personen: PersoonEntity[],
  t: Taxonomie,
): EventPayload<typeof EventName.SignaalGeregistreerd> {
  return {
    signaalId: s.id,
    bronOrganisatie: s.bronOrganisatie,
    bronReferentie: s.bronReferentie,
    categorie: s.categorie,
    categorieLabel: t.label(s.categorie) ?? s.categorie,
    ernst: s.ernst,
    vpt: t.isVpt(s.categorie),
    locatieCode: s.locatieCode,
    gemeente: s.gemeente,
    omschrijving: s.omschrijving,
    tijdstipIncident: s.tijdstipIncident.toISOString(),
    personen: personen.map((p) => ({
      persoonId: p.id,
      vNummer: p.vNummer,
      naam: p.naam,
      geboortedatum: datumTekst(p.geboortedatum),
      nationaliteit: p.nationaliteit,
    })),
  };
}

/** A `date` column arrives from node-postgres as a Date at local midnight; the contract wants JJJJ-MM-DD. */
function datumTekst(d: string | Date | null): string | null {
  if (d === null || typeof d === 'string') return d;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function persoonEigenschappen(p: PersoonInvoer) {
  return {
    naam: p.naam ?? null,
    geboortedatum: p.geboortedatum ?? null,
    geboortejaar: p.geboortejaar ?? (p.geboortedatum ? Number(p.geboortedatum.slice(0, 4)) : null),
    nationaliteit: p.nationaliteit ?? null,
    coaNummer: p.coaNummer ?? null,
    omschrijving: p.omschrijving ?? null,
    naamSleutels: p.naam ? naamSleutels(p.naam) : [],
  };
}

/** Column names of persoonEigenschappen, for jsonb_to_recordset. */
function persoonVelden(p: PersoonInvoer) {
  const e = persoonEigenschappen(p);
  return {
    naam: e.naam,
    geboortedatum: e.geboortedatum,
    geboortejaar: e.geboortejaar,
    nationaliteit: e.nationaliteit,
    coa_nummer: e.coaNummer,
    omschrijving: e.omschrijving,
    naam_sleutels: e.naamSleutels,
  };
}

/** A new provisional person (no V-nummer yet) from intake data. */
function nieuwePersoon(p: PersoonInvoer): PersoonEntity {
  return Object.assign(new PersoonEntity(), {
    id: randomUUID(),
    vNummer: null,
    status: 'ACTIEF' as const,
    samengevoegdIn: null,
    ...persoonEigenschappen(p),
  });
}

function dubbeleVNummers(personen: readonly PersoonInvoer[]): Validatiefout[] {
  const gezien = new Map<string, number>();
  return personen.flatMap((p, i) => {
    if (!p.vNummer) return [];
    if (gezien.has(p.vNummer)) {
      return [{ veld: `personen.${i}.vNummer`, reden: `staat al op positie ${gezien.get(p.vNummer)}` }];
    }
    gezien.set(p.vNummer, i);
    return [];
  });
}

function maakCursor(s: SignaalEntity): string {
  return Buffer.from(JSON.stringify([s.geregistreerdOp.toISOString(), s.id])).toString('base64url');
}

function leesCursor(c: string): [string, string] {
  try {
    const [tijd, id] = JSON.parse(Buffer.from(c, 'base64url').toString()) as [string, string];
    if (typeof tijd === 'string' && typeof id === 'string' && !Number.isNaN(Date.parse(tijd)))
      return [tijd, id];
  } catch {
    /* fall through */
  }
  throw new ValidatieFout([
    { veld: 'na', reden: 'ongeldige cursor; gebruik volgendeCursor uit een eerder antwoord' },
  ]);
}

function rijNaarPersoon(r: Record<string, unknown>): Partial<PersoonEntity> {
  return {
    id: r.id as string,
    vNummer: r.v_nummer as string | null,
    naam: r.naam as string | null,
    geboortedatum: r.geboortedatum as string | null,
    nationaliteit: r.nationaliteit as string | null,
    geboortejaar: r.geboortejaar as number | null,
    coaNummer: r.coa_nummer as string | null,
    omschrijving: r.omschrijving as string | null,
    status: r.status as 'ACTIEF' | 'SAMENGEVOEGD',
    samengevoegdIn: r.samengevoegd_in as string | null,
  };
}
