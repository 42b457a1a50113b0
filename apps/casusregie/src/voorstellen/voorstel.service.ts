import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  beoordeelGeschiktheid,
  magVoorstellenBeslissen,
  magVoorstellenZien,
  nietGevonden,
  verplichteTekstFouten,
  type Actor,
  type Criterium,
  type EventPayload,
  type EventName,
  type Procedurefase,
  type Verdict,
} from '@ketenbeeld/domain';
import { DomeinFout, ValidatieFout } from '@ketenbeeld/platform';
import { CasusService } from '../casussen/casus.service';
import type { CasusRij } from '../casussen/casus.types';

export const VoorstelFoutCode = {
  NIET_GEVONDEN: 'VOORSTEL_NIET_GEVONDEN',
  AL_BESLIST: 'VOORSTEL_AL_BESLIST',
  GEEN_RECHT: 'VOORSTEL_GEEN_RECHT',
} as const;

export interface VoorstelRij {
  id: string;
  persoon_id: string;
  signaal_id: string;
  verdict: Verdict;
  criteria: Criterium[];
  uitleg: string;
  status: 'OPEN' | 'BEVESTIGD' | 'AFGEWEZEN' | 'GEKOPPELD';
  casus_id: string | null;
  reden: string | null;
  aangemaakt_op: Date;
  beslist_op: Date | null;
  /** From the signal copy. */
  categorie: string;
  categorie_label: string | null;
  bron_organisatie: string;
  ernst: number | null;
  vpt: boolean;
  locatie_code: string | null;
  tijdstip_incident: Date;
  omschrijving: string | null;
  /** Number of persons on the same signal (a group incident when > 1). */
  groepsgrootte: number;
}

const VOORSTEL_KOLOMMEN = `v.*, sm.categorie, sm.categorie_label, sm.bron_organisatie, sm.ernst, sm.vpt, sm.locatie_code,
  sm.tijdstip_incident, sm.omschrijving,
  (SELECT count(*) FROM signaal_melding g WHERE g.signaal_id = v.signaal_id)::int AS groepsgrootte`;

/**
 * Suitability on intake (R20, R17): every signal for a person without an open case becomes a
 * proposal with an explained verdict; a person confirms it into a case or rejects it with a reason.
 * A signal for a person with an open case attaches to that case and shows there as new.
 */
@Injectable()
export class VoorstelService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly casussen: CasusService,
  ) {}

  /** Called by the SignaalGeregistreerd handler, in the consumer's transaction (idempotent per event). */
  async verwerkSignaal(
    m: EntityManager,
    s: EventPayload<typeof EventName.SignaalGeregistreerd>,
  ): Promise<void> {
    for (const p of s.personen) {
      const open = await this.casussen.openCasusVan(m, p.persoonId);
      if (open) {
        await this.koppel(
          m,
          open.id,
          s.signaalId,
          `Nieuw signaal: ${s.categorieLabel ?? s.categorie} (${s.bronOrganisatie})`,
          s.bronOrganisatie,
        );
        continue;
      }
      // What the last case knew about this person still counts (spoor, kansarm, phase).
      const [vorige] = await m.query<
        { spoor: 1 | 2 | 4 | null; kansarm: boolean | null; procedurefase: Procedurefase | null }[]
      >(
        `SELECT spoor, kansarm, procedurefase FROM casus WHERE persoon_id = $1 ORDER BY aangemeld_op DESC LIMIT 1`,
        [p.persoonId],
      );
      const oordeel = beoordeelGeschiktheid({
        heeftOpenCasus: false,
        kansarm: vorige?.kansarm ?? null,
        spoor: vorige?.spoor ?? null,
        procedurefase: vorige?.procedurefase ?? null,
        locatieCode: s.locatieCode ?? null,
        vpt: s.vpt ?? false,
      });
      await m.query(
        `INSERT INTO casus_voorstel (id, persoon_id, signaal_id, verdict, criteria, uitleg)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (persoon_id, signaal_id) DO NOTHING`,
        [
          randomUUID(),
          p.persoonId,
          s.signaalId,
          oordeel.verdict,
          JSON.stringify(oordeel.criteria),
          oordeel.uitleg,
        ],
      );
    }
  }

  async lijst(actor: Actor, status: string[] = ['OPEN'], signaalId?: string | null): Promise<VoorstelRij[]> {
    if (!magVoorstellenZien(actor)) return [];
    if (signaalId && !z.uuid().safeParse(signaalId).success)
      throw new ValidatieFout([{ veld: 'signaalId', reden: 'moet een UUID zijn' }]);
    const w: unknown[] = [status];
    let extra = '';
    if (signaalId) {
      w.push(signaalId);
      extra = ` AND v.signaal_id = $2`;
    }
    return this.ds.query(
      `SELECT ${VOORSTEL_KOLOMMEN} FROM casus_voorstel v
       JOIN signaal_melding sm ON sm.signaal_id = v.signaal_id AND sm.persoon_id = v.persoon_id
       WHERE v.status = ANY($1::text[])${extra} ORDER BY v.aangemaakt_op DESC, v.id LIMIT 500`,
      w,
    );
  }

  /** Confirm one proposal into a case (with optional facts); the person's other open proposals attach to it. */
  async bevestig(actor: Actor, voorstelId: string, reden: string, gegevens?: unknown): Promise<CasusRij> {
    this.eisBeslisrecht(actor);
    if (reden?.trim()) {
      const fouten = verplichteTekstFouten(reden, 'reden');
      if (fouten.length) throw new ValidatieFout(fouten);
    }
    return this.ds.transaction(async (m) => {
      const v = await this.haalOpen(m, voorstelId);
      const casus = await this.casussen.maak(m, actor, {
        persoonId: v.persoon_id,
        reden: reden?.trim() || `Voorstel bevestigd: ${v.uitleg}`,
        gegevens,
      });
      await this.sluitVoorstellenVanPersoon(m, actor, v.persoon_id, casus.id, v.id);
      return this.casussen.haal(actor, casus.id, m);
    });
  }

  /**
   * Confirm every open proposal of one signal as a group case: one case per person, tied by one
   * groepscasus (the bus incident: 40 persons, one COA report).
   */
  async bevestigGroep(
    actor: Actor,
    signaalId: string,
    omschrijving: string,
    gegevens?: unknown,
  ): Promise<{ groepId: string; casussen: CasusRij[] }> {
    this.eisBeslisrecht(actor);
    if (!z.uuid().safeParse(signaalId).success)
      throw new ValidatieFout([{ veld: 'signaalId', reden: 'moet een UUID zijn' }]);
    const omschrijvingFouten = verplichteTekstFouten(omschrijving, 'omschrijving', {
      leeg: 'is verplicht, bijvoorbeeld het incident',
    });
    if (omschrijvingFouten.length) throw new ValidatieFout(omschrijvingFouten);
    return this.ds.transaction(async (m) => {
      const voorstellen = await m.query<{ id: string; persoon_id: string }[]>(
        `SELECT id, persoon_id FROM casus_voorstel WHERE signaal_id = $1 AND status = 'OPEN' ORDER BY id FOR UPDATE`,
        [signaalId],
      );
      if (!voorstellen.length) {
        throw new DomeinFout(
          'NIET_GEVONDEN',
          VoorstelFoutCode.NIET_GEVONDEN,
          `Geen open voorstellen voor signaal ${signaalId}`,
          [{ veld: 'signaalId', reden: 'heeft geen open voorstellen (al beslist of onbekend)' }],
        );
      }
      const groepId = randomUUID();
      await m.query(
        `INSERT INTO groepscasus (id, omschrijving, signaal_id, aangemaakt_door) VALUES ($1, $2, $3, $4)`,
        [groepId, omschrijving.trim(), signaalId, actor.sub],
      );
      const casussen: CasusRij[] = [];
      for (const v of voorstellen) {
        const c = await this.casussen.maak(m, actor, {
          persoonId: v.persoon_id,
          groepId,
          reden: `Groepscasus bevestigd: ${omschrijving.trim()}`,
          gegevens,
        });
        await this.sluitVoorstellenVanPersoon(m, actor, v.persoon_id, c.id, v.id);
        casussen.push(c);
      }
      return { groepId, casussen };
    });
  }

  async wijsAf(actor: Actor, voorstelId: string, reden: string): Promise<VoorstelRij> {
    this.eisBeslisrecht(actor);
    const redenFouten = verplichteTekstFouten(reden, 'reden', { leeg: 'is verplicht: leg vast waarom' });
    if (redenFouten.length) throw new ValidatieFout(redenFouten);
    return this.ds.transaction(async (m) => {
      const v = await this.haalOpen(m, voorstelId);
      await m.query(
        `UPDATE casus_voorstel SET status = 'AFGEWEZEN', beslist_door = $2, beslist_op = now(), reden = $3 WHERE id = $1`,
        [v.id, actor.sub, reden.trim()],
      );
      return (
        await m.query<VoorstelRij[]>(
          `SELECT ${VOORSTEL_KOLOMMEN} FROM casus_voorstel v JOIN signaal_melding sm ON sm.signaal_id = v.signaal_id AND sm.persoon_id = v.persoon_id WHERE v.id = $1`,
          [v.id],
        )
      )[0];
    });
  }

  private async sluitVoorstellenVanPersoon(
    m: EntityManager,
    actor: Actor,
    persoonId: string,
    casusId: string,
    bevestigdId: string,
  ) {
    const open = await m.query<
      {
        id: string;
        signaal_id: string;
        categorie: string;
        categorie_label: string | null;
        bron_organisatie: string;
      }[]
    >(
      `SELECT v.id, v.signaal_id, sm.categorie, sm.categorie_label, sm.bron_organisatie
       FROM casus_voorstel v JOIN signaal_melding sm ON sm.signaal_id = v.signaal_id AND sm.persoon_id = v.persoon_id
       WHERE v.persoon_id = $1 AND v.status = 'OPEN' ORDER BY sm.tijdstip_incident`,
      [persoonId],
    );
    for (const v of open) {
      await m.query(
        `UPDATE casus_voorstel SET status = $2, casus_id = $3, beslist_door = $4, beslist_op = now() WHERE id = $1`,
        [v.id, v.id === bevestigdId ? 'BEVESTIGD' : 'GEKOPPELD', casusId, actor.sub],
      );
      await this.koppel(
        m,
        casusId,
        v.signaal_id,
        `Signaal: ${v.categorie_label ?? v.categorie} (${v.bron_organisatie})`,
        null,
      );
    }
  }

  private async koppel(
    m: EntityManager,
    casusId: string,
    signaalId: string,
    omschrijving: string,
    organisatie: string | null,
  ) {
    const nieuw = await m.query<unknown[]>(
      `INSERT INTO casus_signaal (casus_id, signaal_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING signaal_id`,
      [casusId, signaalId],
    );
    if (nieuw.length)
      await this.casussen.gebeurtenis(m, casusId, 'SIGNAAL', omschrijving, signaalId, organisatie as never);
  }

  private async haalOpen(m: EntityManager, id: string) {
    const [v] = z.uuid().safeParse(id).success
      ? await m.query<{ id: string; persoon_id: string; status: string; uitleg: string }[]>(
          `SELECT id, persoon_id, status, uitleg FROM casus_voorstel WHERE id = $1 FOR UPDATE`,
          [id],
        )
      : [];
    if (!v) {
      throw new DomeinFout('NIET_GEVONDEN', VoorstelFoutCode.NIET_GEVONDEN, nietGevonden('Voorstel', id), [
        { veld: 'voorstelId', reden: 'bestaat niet' },
      ]);
    }
    if (v.status !== 'OPEN') {
      throw new DomeinFout(
        'CONFLICT',
        VoorstelFoutCode.AL_BESLIST,
        `Voorstel ${id} is al beslist (${v.status.toLowerCase()})`,
        [{ veld: 'voorstelId', reden: `is al ${v.status.toLowerCase()}` }],
      );
    }
    return v;
  }

  private eisBeslisrecht(actor: Actor) {
    if (!magVoorstellenBeslissen(actor)) {
      throw new DomeinFout(
        'VERBODEN',
        VoorstelFoutCode.GEEN_RECHT,
        `${actor.organisatie} beslist niet over casusvoorstellen`,
        [{ veld: 'actor', reden: 'alleen kernteamleden en procesregisseurs van IND, COA en DT&V' }],
      );
    }
  }
}
