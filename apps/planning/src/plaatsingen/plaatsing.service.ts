import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  nietGevonden,
  artikel56Maatregel,
  beoordeelPlaatsing,
  htlVerblijf,
  LADDER,
  magAlleSignalenZien,
  magPlaatsingBeslissen,
  magPlaatsingVoorstellen,
  magPlanningZien,
  ordenWachtlijst,
  pblBehandeltermijn,
  TermijnSoort,
  tredeVan,
  vreemdelingenbewaring,
  type Actor,
  type Bevinding,
  type LocatieSoort,
  type Organisatie,
  type PlaatsingsBeoordeling,
  type SignaalCategorie,
  type Trede,
} from '@ketenbeeld/domain';
import { DomeinFout, TermijnMotor, ValidatieFout, type PlanOpties } from '@ketenbeeld/platform';
import {
  datum,
  eis,
  lees,
  locatieCode,
  PlanningFoutCode,
  plusDagen,
  reden,
  regel,
  uuid,
  vandaag,
} from '../gemeenschappelijk/planning-fouten';
import { LocatieService } from '../locaties/locatie.service';

export type PlaatsingStatus =
  'VOORGESTELD' | 'WACHTLIJST' | 'AANGEBODEN' | 'GOEDGEKEURD' | 'ACTIEF' | 'BEEINDIGD' | 'AFGEWEZEN';

export interface PlaatsingRij {
  id: string;
  persoon_id: string;
  casus_id: string | null;
  locatie: string;
  locatie_naam: string;
  locatie_soort: LocatieSoort;
  status: PlaatsingStatus;
  van: string;
  tot: string | null;
  werkelijk_eind: string | null;
  eind_reden: string | null;
  prioriteit: 1 | 2 | 3;
  artikel56: boolean;
  bewaring_verlengd: boolean;
  overslaan_reden: string | null;
  toelichting: string;
  bevindingen: Bevinding[];
  vervangt_id: string | null;
  termijn_id: string | null;
  voorgesteld_door: string;
  voorgesteld_op: Date;
  wachtlijst_sinds: Date | null;
  aangeboden_op: Date | null;
  versie: number;
}

const KOLOMMEN = `p.id, p.persoon_id, p.casus_id, p.locatie, l.naam AS locatie_naam, l.soort AS locatie_soort, p.status,
  p.van::text AS van, p.tot::text AS tot, p.werkelijk_eind::text AS werkelijk_eind, p.eind_reden, p.prioriteit, p.artikel56,
  p.bewaring_verlengd, p.overslaan_reden, p.toelichting, p.bevindingen, p.vervangt_id, p.termijn_id, p.voorgesteld_door,
  p.voorgesteld_op, p.wachtlijst_sinds, p.aangeboden_op, p.versie`;

/** Statuses in which a placement claims the person's time: two of them may not overlap. */
const LOPEND = `('VOORGESTELD','WACHTLIJST','AANGEBODEN','GOEDGEKEURD','ACTIEF')`;

export const voorstelSchema = z
  .object({
    persoonId: uuid,
    locatie: locatieCode,
    van: datum,
    tot: datum.nullish(),
    // GraphQL sends null for an input left empty: the default then applies, as when it is absent.
    prioriteit: z
      .union([z.literal(1), z.literal(2), z.literal(3)], { error: '1 (urgent), 2 of 3' })
      .nullish()
      .transform((v) => v ?? 2),
    artikel56: z
      .boolean({ error: 'ja of nee' })
      .nullish()
      .transform((v) => v ?? false),
    bewaringVerlengd: z
      .boolean({ error: 'ja of nee' })
      .nullish()
      .transform((v) => v ?? false),
    overslaanReden: z.string({ error: 'moet tekst zijn' }).trim().max(2000).nullish(),
    vervangtPlaatsingId: uuid.nullish(),
    casusId: uuid.nullish(),
    toelichting: z
      .string({ error: 'moet tekst zijn' })
      .trim()
      .max(4000, 'hoogstens 4000 tekens')
      .nullish()
      .transform((v) => v ?? ''),
  })
  .strict()
  .refine((i) => !i.tot || i.tot >= i.van, { path: ['tot'], message: 'ligt vóór de begindatum (van)' });
export type Voorstel = z.infer<typeof voorstelSchema>;

/** Which input field a blocking finding is about (for the error's field/reason pairs). */
const VELD_VAN_BEVINDING: Record<string, string> = {
  PBL_DUBLIN: 'persoonId',
  PBL_MINDERJARIG: 'persoonId',
  PBL_LEEFTIJD_ONBEKEND: 'persoonId',
  HTL_MAXIMUM: 'tot',
  ART56_MAXIMUM: 'tot',
  BEWARING_MAXIMUM: 'tot',
  LADDER_OVERGESLAGEN: 'overslaanReden',
};

/** Which deadline an active placement runs under, and who must act on it. */
function termijnVoor(
  p: Pick<PlaatsingRij, 'id' | 'persoon_id' | 'locatie_soort' | 'van' | 'artikel56' | 'bewaring_verlengd'>,
): PlanOpties<TermijnSoort> | null {
  const basis = { onderwerpType: 'plaatsing', onderwerpId: p.id };
  const payload = { persoonId: p.persoon_id, plaatsingId: p.id };
  // A date reads as 00:00 Amsterdam time on that day (packages/domain tijd).
  const van = p.van;
  const maak = (
    soort: TermijnSoort,
    organisatie: Organisatie,
    t: { vervaltOp: Date; regel: string; uitleg: string },
  ) => ({
    ...basis,
    soort,
    organisatie,
    vervaltOp: t.vervaltOp,
    regel: t.regel,
    uitleg: t.uitleg,
    payload,
  });
  if (p.locatie_soort === 'PBL')
    return maak(TermijnSoort.PBL_BEHANDELTERMIJN, 'IND', pblBehandeltermijn({ plaatsing: p.van }));
  if (p.artikel56)
    return maak(TermijnSoort.ARTIKEL_56_MAATREGEL, 'DTV', artikel56Maatregel({ aanvang: van }));
  if (p.locatie_soort === 'HTL')
    return maak(TermijnSoort.HTL_VERBLIJF, 'COA', htlVerblijf({ plaatsing: van }));
  if (p.locatie_soort === 'DETENTIECENTRUM')
    return maak(
      TermijnSoort.VREEMDELINGENBEWARING,
      'DTV',
      vreemdelingenbewaring({ aanvang: van, verlengd: p.bewaring_verlengd }),
    );
  return null;
}

@Injectable()
export class PlaatsingService {
  private readonly logger = new Logger('Plaatsingen');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly locaties: LocatieService,
    private readonly termijnen: TermijnMotor,
  ) {}

  // ------------------------------------------------------------------ reading

  async vanPersoon(actor: Actor, persoonId: string): Promise<PlaatsingRij[]> {
    if (!magPlanningZien(actor)) return [];
    return this.ds.query<PlaatsingRij[]>(
      `SELECT ${KOLOMMEN} FROM plaatsing p JOIN locatie l ON l.code = p.locatie WHERE p.persoon_id = $1 ORDER BY p.van DESC, p.voorgesteld_op DESC`,
      [persoonId],
    );
  }

  async lijst(
    actor: Actor,
    filter: { status?: PlaatsingStatus[] | null; locatie?: string | null; eerste?: number | null },
  ): Promise<PlaatsingRij[]> {
    eis(magPlanningZien, actor, 'plaatsingen bekijken', 'vraagt een kernteamrol of een landelijke rol');
    const eerste = lees(
      z.number().int().min(1, 'minstens 1').max(1000, 'hoogstens 1000').default(200),
      filter.eerste ?? undefined,
    );
    return this.ds.query<PlaatsingRij[]>(
      `SELECT ${KOLOMMEN} FROM plaatsing p JOIN locatie l ON l.code = p.locatie
       WHERE ($1::text[] IS NULL OR p.status = ANY($1)) AND ($2::text IS NULL OR p.locatie = $2)
       ORDER BY CASE p.status WHEN 'WACHTLIJST' THEN 0 WHEN 'AANGEBODEN' THEN 1 WHEN 'VOORGESTELD' THEN 2 ELSE 3 END,
                p.prioriteit, p.wachtlijst_sinds NULLS LAST, p.van DESC
       LIMIT $3`,
      [filter.status?.length ? filter.status : null, filter.locatie ?? null, eerste],
    );
  }

  async haal(m: EntityManager, id: string, slot = false): Promise<PlaatsingRij> {
    const [p] = uuid.safeParse(id).success
      ? await m.query<PlaatsingRij[]>(
          `SELECT ${KOLOMMEN} FROM plaatsing p JOIN locatie l ON l.code = p.locatie WHERE p.id = $1 ${slot ? 'FOR UPDATE OF p' : ''}`,
          [id],
        )
      : [];
    if (!p) {
      throw new DomeinFout('NIET_GEVONDEN', PlanningFoutCode.NIET_GEVONDEN, nietGevonden('Plaatsing', id), [
        { veld: 'id', reden: 'onbekende plaatsing' },
      ]);
    }
    return p;
  }

  async historie(actor: Actor, plaatsingId: string) {
    if (!magPlanningZien(actor)) return [];
    // Checked before the uuid cast in SQL: an id that is no UUID has no history (and is no server error).
    if (!uuid.safeParse(plaatsingId).success)
      throw new ValidatieFout([{ veld: 'id', reden: 'moet een UUID zijn' }]);
    return this.ds.query<{ status: string; door: string; op: Date; toelichting: string }[]>(
      `SELECT status, door, op, toelichting FROM plaatsing_historie WHERE plaatsing_id = $1 ORDER BY id`,
      [plaatsingId],
    );
  }

  async aanleidingen(actor: Actor, persoonId: string) {
    const rijen: { signaal_id: string; categorie: SignaalCategorie; tijdstip_incident: Date }[] =
      await this.ds.query(
        `SELECT signaal_id, categorie, tijdstip_incident FROM plaatsing_aanleiding
        WHERE persoon_id = $1 AND ($2::boolean OR bron_organisatie = $3) ORDER BY tijdstip_incident DESC`,
        [persoonId, magAlleSignalenZien(actor), actor.organisatie],
      );
    return rijen.map((r) => ({
      signaalId: r.signaal_id,
      categorie: r.categorie,
      tijdstipIncident: new Date(r.tijdstip_incident).toISOString(),
    }));
  }

  // ------------------------------------------------------------------ eligibility

  /** The highest rung of the ladder (R1) the person reached: placements taken and the inhuisregistratie. */
  async hoogsteTrede(
    m: EntityManager,
    persoonId: string,
    behalve: string | null = null,
  ): Promise<Trede | null> {
    const rijen = await m.query<{ soort: LocatieSoort | 'INHUISREGISTRATIE' }[]>(
      `SELECT DISTINCT l.soort FROM plaatsing p JOIN locatie l ON l.code = p.locatie
       WHERE p.persoon_id = $1 AND p.status IN ('GOEDGEKEURD','ACTIEF','BEEINDIGD') AND p.id IS DISTINCT FROM $2
       UNION SELECT 'INHUISREGISTRATIE' FROM inhuisregistratie_plicht WHERE persoon_id = $1`,
      [persoonId, behalve],
    );
    let hoogste = -1;
    for (const r of rijen) {
      const t = r.soort === 'INHUISREGISTRATIE' ? 'INHUISREGISTRATIE' : tredeVan(r.soort);
      if (t) hoogste = Math.max(hoogste, LADDER.indexOf(t));
    }
    return hoogste < 0 ? null : LADDER[hoogste];
  }

  async persoon(m: EntityManager, persoonId: string) {
    const [p] = await m.query<
      {
        geboortedatum: string | null;
        dublinclaimant: boolean;
        casus_id: string | null;
        v_nummer: string | null;
      }[]
    >(
      `SELECT geboortedatum, (spoor = 1 OR dublin_lidstaat IS NOT NULL) IS TRUE AS dublinclaimant, casus_id, v_nummer
       FROM planning_persoon WHERE persoon_id = $1`,
      [persoonId],
    );
    if (!p) {
      throw new DomeinFout(
        'NIET_GEVONDEN',
        PlanningFoutCode.PERSOON_ONBEKEND,
        `Persoon ${persoonId} is niet bekend in planning`,
        [
          {
            veld: 'persoonId',
            reden: 'onbekende persoon: er is nog geen signaal of casus over deze persoon',
          },
        ],
      );
    }
    return p;
  }

  async beoordeling(
    m: EntityManager,
    i: Voorstel,
    behalve: string | null = null,
  ): Promise<PlaatsingsBeoordeling> {
    const [locatie, persoon, hoogste] = await Promise.all([
      this.locaties.haal(m, i.locatie),
      this.persoon(m, i.persoonId),
      this.hoogsteTrede(m, i.persoonId, behalve),
    ]);
    return regel(() =>
      beoordeelPlaatsing({
        locatieSoort: locatie.soort,
        van: i.van,
        tot: i.tot ?? null,
        persoon: { geboortedatum: persoon.geboortedatum, dublinclaimant: persoon.dublinclaimant },
        hoogsteTrede: hoogste,
        overslaanReden: i.overslaanReden ?? null,
        artikel56: i.artikel56,
        bewaringVerlengd: i.bewaringVerlengd,
      }),
    );
  }

  /** Dry run for the console: the explanation and whether the location has room, nothing stored. */
  async beoordeel(actor: Actor, ruw: unknown) {
    eis(
      magPlaatsingVoorstellen,
      actor,
      'een plaatsing beoordelen',
      'vraagt een kernteamrol bij IND, COA of DT&V',
    );
    const i = lees(voorstelSchema, ruw);
    const b = await this.beoordeling(this.ds.manager, i);
    const vol = b.toegestaan
      ? await this.locaties.eersteVolleDag(this.ds.manager, i.locatie, i.van, b.tot)
      : null;
    return { ...b, volOp: vol?.datum ?? null };
  }

  private weiger(b: PlaatsingsBeoordeling): never {
    const blokkerend = b.bevindingen.filter((x) => x.blokkerend);
    throw new DomeinFout(
      'ONVERWERKBAAR',
      PlanningFoutCode.NIET_TOEGESTAAN,
      `Plaatsing niet toegestaan: ${blokkerend.map((x) => x.tekst).join(' ')}`,
      blokkerend.map((x) => ({ veld: VELD_VAN_BEVINDING[x.code] ?? 'locatie', reden: x.tekst })),
    );
  }

  /** One person, one placement at a time: two periods may not overlap (the one replaced excepted). */
  private async controleerOverlap(
    m: EntityManager,
    persoonId: string,
    van: string,
    tot: string | null,
    behalve: readonly string[],
  ) {
    const [o] = await m.query<
      { id: string; locatie: string; status: string; van: string; tot: string | null }[]
    >(
      `SELECT id, locatie, status, van::text AS van, tot::text AS tot FROM plaatsing
       WHERE persoon_id = $1 AND status IN ${LOPEND} AND NOT (id = ANY($4::uuid[]))
         AND daterange(van, tot, '[]') && daterange($2::date, $3::date, '[]')
       ORDER BY van LIMIT 1`,
      [persoonId, van, tot, behalve],
    );
    if (o) {
      throw new DomeinFout(
        'CONFLICT',
        PlanningFoutCode.OVERLAP,
        `De periode overlapt met plaatsing ${o.id} (${o.locatie}, ${o.status.toLowerCase()}, ${o.van} t/m ${o.tot ?? 'open einde'})`,
        [
          {
            veld: 'van',
            reden: `overlapt met de plaatsing in ${o.locatie} van ${o.van} t/m ${o.tot ?? 'open einde'}; geef die op als vervangtPlaatsingId of kies een andere periode`,
          },
        ],
      );
    }
  }

  // ------------------------------------------------------------------ workflow

  /**
   * Propose a placement. Refused with the rules' explanation when not allowed (nothing stored); on
   * a location that is full on some day of the period it goes to the waiting list with its priority.
   */
  async stelVoor(actor: Actor, ruw: unknown, door?: string): Promise<PlaatsingRij> {
    eis(
      magPlaatsingVoorstellen,
      actor,
      'een plaatsing voorstellen',
      'vraagt een kernteamrol bij IND, COA of DT&V',
    );
    const i = lees(voorstelSchema, ruw);
    return this.ds.transaction((m) => this.stelVoorIn(m, i, door ?? actor.sub));
  }

  async stelVoorIn(m: EntityManager, i: Voorstel, door: string): Promise<PlaatsingRij> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('plaatsing:' || $1))`, [i.persoonId]);
    const b = await this.beoordeling(m, i);
    if (!b.toegestaan) this.weiger(b);
    const vervangt = i.vervangtPlaatsingId ? await this.haal(m, i.vervangtPlaatsingId) : null;
    if (
      vervangt &&
      (vervangt.persoon_id !== i.persoonId || !['GOEDGEKEURD', 'ACTIEF'].includes(vervangt.status))
    ) {
      throw new DomeinFout('ONVERWERKBAAR', PlanningFoutCode.STATUS, 'De te vervangen plaatsing past niet', [
        {
          veld: 'vervangtPlaatsingId',
          reden: 'moet een goedgekeurde of actieve plaatsing van dezelfde persoon zijn',
        },
      ]);
    }
    await this.controleerOverlap(m, i.persoonId, i.van, b.tot, vervangt ? [vervangt.id] : []);
    await this.locaties.haal(m, i.locatie, true);
    const vol = await this.locaties.eersteVolleDag(m, i.locatie, i.van, b.tot);
    const id = randomUUID();
    const persoon = await this.persoon(m, i.persoonId);
    // A case given explicitly must be this person's case (planning's copy): not just any UUID.
    if (i.casusId && i.casusId !== persoon.casus_id)
      throw new ValidatieFout([{ veld: 'casusId', reden: 'is niet de casus van deze persoon' }]);
    await m.query(
      `INSERT INTO plaatsing (id, persoon_id, casus_id, locatie, status, van, tot, prioriteit, artikel56, bewaring_verlengd,
         overslaan_reden, toelichting, bevindingen, vervangt_id, voorgesteld_door, wachtlijst_sinds)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15, CASE WHEN $5 = 'WACHTLIJST' THEN now() END)`,
      [
        id,
        i.persoonId,
        i.casusId ?? persoon.casus_id,
        i.locatie,
        vol ? 'WACHTLIJST' : 'VOORGESTELD',
        i.van,
        b.tot,
        i.prioriteit,
        i.artikel56,
        i.bewaringVerlengd,
        i.overslaanReden ?? null,
        i.toelichting,
        JSON.stringify(b.bevindingen),
        vervangt?.id ?? null,
        door,
      ],
    );
    await this.schrijfHistorie(
      m,
      id,
      vol ? 'WACHTLIJST' : 'VOORGESTELD',
      door,
      vol
        ? `Voorgesteld; ${i.locatie} is vol op ${vol.datum} (${vol.bezet}/${vol.capaciteit}): op de wachtlijst met prioriteit ${i.prioriteit}`
        : `Voorgesteld${i.toelichting ? `: ${i.toelichting}` : ''}`,
    );
    return this.haal(m, id);
  }

  /** Approve a proposal or an offered place: capacity is checked again under the location's lock. */
  async keurGoed(actor: Actor, id: string, toelichting?: string | null): Promise<PlaatsingRij> {
    eis(
      magPlaatsingBeslissen,
      actor,
      'een plaatsing goedkeuren',
      'vraagt de rol procesregisseur, regievoerder of locatiemanager',
    );
    lees(z.object({ toelichting: z.string().trim().max(2000, 'hoogstens 2000 tekens').nullish() }), {
      toelichting,
    });
    return this.ds.transaction(async (m) => {
      const p = await this.haal(m, id, true);
      this.eisStatus(p, ['VOORGESTELD', 'AANGEBODEN'], 'goedkeuren');
      await this.locaties.haal(m, p.locatie, true);
      // Eligibility may have changed since the proposal (a Dublin claim, a birth date): check again.
      const b = await this.beoordeling(m, this.alsVoorstel(p), p.id);
      if (!b.toegestaan) this.weiger(b);
      if (p.status === 'VOORGESTELD') {
        const vol = await this.locaties.eersteVolleDag(m, p.locatie, p.van, p.tot);
        if (vol) {
          throw new DomeinFout(
            'CONFLICT',
            PlanningFoutCode.LOCATIE_VOL,
            `${p.locatie} is vol op ${vol.datum} (${vol.bezet}/${vol.capaciteit})`,
            [
              {
                veld: 'id',
                reden: `${p.locatie} is vol op ${vol.datum}; wijs het voorstel af of doe een nieuw voorstel voor de wachtlijst`,
              },
            ],
          );
        }
      }
      if (p.vervangt_id) {
        // The move is planned: the replaced placement ends the day before this one starts.
        await m.query(
          `UPDATE plaatsing SET tot = $2::date, versie = versie + 1 WHERE id = $1 AND (tot IS NULL OR tot >= $2::date)`,
          [p.vervangt_id, plusDagen(p.van, -1)],
        );
        await this.schrijfHistorie(
          m,
          p.vervangt_id,
          'EINDE_GEPLAND',
          actor.sub,
          `Eindigt op ${plusDagen(p.van, -1)}: overplaatsing naar ${p.locatie}`,
        );
      }
      await m.query(`UPDATE plaatsing SET status = 'GOEDGEKEURD', versie = versie + 1 WHERE id = $1`, [id]);
      await this.schrijfHistorie(m, id, 'GOEDGEKEURD', actor.sub, toelichting?.trim() || 'Goedgekeurd');
      return this.haal(m, id);
    });
  }

  /** The person arrived: the placement is active and its deadline runs (R3 PBL 28 days, R6, R7). */
  async activeer(actor: Actor, id: string, op?: string | null): Promise<PlaatsingRij> {
    eis(
      magPlaatsingBeslissen,
      actor,
      'een plaatsing starten',
      'vraagt de rol procesregisseur, regievoerder of locatiemanager',
    );
    const start = lees(z.object({ op: datum.nullish() }), { op }).op ?? vandaag();
    const teAnnuleren: string[] = [];
    const r = await this.ds.transaction(async (m) => {
      const p = await this.haal(m, id, true);
      this.eisStatus(p, ['GOEDGEKEURD'], 'starten');
      if (start < p.van) {
        throw new DomeinFout('VALIDATIE', 'VALIDATIE', 'De startdatum ligt vóór de geplande begindatum', [
          { veld: 'op', reden: `ligt vóór de begindatum ${p.van} van de plaatsing` },
        ]);
      }
      if (start !== p.van) {
        await this.controleerOverlap(m, p.persoon_id, start, p.tot, [
          p.id,
          ...(p.vervangt_id ? [p.vervangt_id] : []),
        ]);
        await m.query(`UPDATE plaatsing SET van = $2 WHERE id = $1`, [id, start]);
      }
      if (p.vervangt_id) {
        const oud = await this.haal(m, p.vervangt_id, true);
        if (oud.status === 'ACTIEF') {
          await this.beeindigIn(
            m,
            oud,
            plusDagen(start, -1) < oud.van ? oud.van : plusDagen(start, -1),
            `Overgeplaatst naar ${p.locatie}`,
            actor.sub,
          );
          if (oud.termijn_id) teAnnuleren.push(oud.termijn_id);
        }
      }
      const t = termijnVoor({ ...p, van: start });
      const plan = t ? await this.termijnen.plan({ ...t, door: actor.sub }, m) : null;
      await m.query(
        `UPDATE plaatsing SET status = 'ACTIEF', termijn_id = $2, versie = versie + 1 WHERE id = $1`,
        [id, plan?.id ?? null],
      );
      await this.schrijfHistorie(
        m,
        id,
        'ACTIEF',
        actor.sub,
        `Gestart op ${start}${t ? `; ${t.uitleg}` : ''}`,
      );
      return this.haal(m, id);
    });
    await this.annuleerTermijnen(teAnnuleren, 'plaatsing beëindigd (overplaatsing)', actor.sub);
    return r;
  }

  /** End an active placement (with a reason); the place goes to the first eligible person waiting. */
  async beeindig(actor: Actor, id: string, ruw: unknown): Promise<PlaatsingRij> {
    eis(
      magPlaatsingBeslissen,
      actor,
      'een plaatsing beëindigen',
      'vraagt de rol procesregisseur, regievoerder of locatiemanager',
    );
    const i = lees(z.object({ op: datum, reden: reden(3) }).strict(), ruw);
    let termijnId: string | null = null;
    const r = await this.ds.transaction(async (m) => {
      const p = await this.haal(m, id, true);
      this.eisStatus(p, ['ACTIEF'], 'beëindigen');
      if (i.op < p.van) {
        throw new DomeinFout('VALIDATIE', 'VALIDATIE', 'De einddatum ligt vóór de start', [
          { veld: 'op', reden: `ligt vóór de begindatum ${p.van} van de plaatsing` },
        ]);
      }
      termijnId = p.termijn_id;
      await this.beeindigIn(m, p, i.op, i.reden, actor.sub);
      return this.haal(m, id);
    });
    if (termijnId) await this.annuleerTermijnen([termijnId], `plaatsing beëindigd: ${i.reden}`, actor.sub);
    return r;
  }

  /** Reject or withdraw a placement not yet started (proposal, waiting list, offer, approved). */
  async wijsAf(actor: Actor, id: string, ruw: unknown): Promise<PlaatsingRij> {
    eis(
      magPlaatsingBeslissen,
      actor,
      'een plaatsing afwijzen',
      'vraagt de rol procesregisseur, regievoerder of locatiemanager',
    );
    const i = lees(z.object({ reden: reden(3) }).strict(), ruw);
    return this.ds.transaction(async (m) => {
      const p = await this.haal(m, id, true);
      this.eisStatus(p, ['VOORGESTELD', 'WACHTLIJST', 'AANGEBODEN', 'GOEDGEKEURD'], 'afwijzen');
      await m.query(
        `UPDATE plaatsing SET status = 'AFGEWEZEN', eind_reden = $2, versie = versie + 1 WHERE id = $1`,
        [id, i.reden],
      );
      await this.schrijfHistorie(m, id, 'AFGEWEZEN', actor.sub, i.reden);
      // A place that was held (offered or approved) is free again.
      if (p.status === 'AANGEBODEN' || p.status === 'GOEDGEKEURD')
        await this.biedPlaatsenAan(m, p.locatie, actor.sub);
      return this.haal(m, id);
    });
  }

  private async beeindigIn(m: EntityManager, p: PlaatsingRij, op: string, waarom: string, door: string) {
    await m.query(
      `UPDATE plaatsing SET status = 'BEEINDIGD', werkelijk_eind = $2, tot = LEAST(COALESCE(tot, $2::date), $2::date),
         eind_reden = $3, versie = versie + 1 WHERE id = $1`,
      [p.id, op, waarom],
    );
    await this.schrijfHistorie(m, p.id, 'BEEINDIGD', door, `Beëindigd op ${op}: ${waarom}`);
    await this.biedPlaatsenAan(m, p.locatie, door);
  }

  /**
   * Offer free places at a location to the waiting list: in order of priority and waiting time,
   * the first person who is still eligible and whose period now fits gets the place (AANGEBODEN,
   * holding it until approved or refused). Repeats while places remain.
   */
  async biedPlaatsenAan(m: EntityManager, locatie: string, door: string): Promise<string[]> {
    await this.locaties.haal(m, locatie, true);
    const wachtenden = await m.query<(PlaatsingRij & { aangemeldOp: string })[]>(
      `SELECT ${KOLOMMEN}, to_char(p.wachtlijst_sinds AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "aangemeldOp"
       FROM plaatsing p JOIN locatie l ON l.code = p.locatie
       WHERE p.locatie = $1 AND p.status = 'WACHTLIJST' FOR UPDATE OF p`,
      [locatie],
    );
    const aangeboden: string[] = [];
    const geordend = ordenWachtlijst(wachtenden);
    for (const w of geordend) {
      const van = w.van < vandaag() ? vandaag() : w.van;
      const tot = w.tot && w.tot < van ? null : w.tot;
      let b: PlaatsingsBeoordeling;
      try {
        b = await this.beoordeling(m, { ...this.alsVoorstel(w), van, tot }, w.id);
      } catch {
        continue;
      }
      if (!b.toegestaan) continue;
      if (await this.locaties.eersteVolleDag(m, locatie, van, b.tot)) continue;
      await m.query(
        `UPDATE plaatsing SET status = 'AANGEBODEN', van = $2, tot = $3, aangeboden_op = now(), versie = versie + 1 WHERE id = $1`,
        [w.id, van, b.tot],
      );
      await this.schrijfHistorie(
        m,
        w.id,
        'AANGEBODEN',
        door,
        `Plaats vrijgekomen in ${locatie}: aangeboden vanaf ${van} (wachtlijst, prioriteit ${w.prioriteit})`,
      );
      aangeboden.push(w.id);
    }
    return aangeboden;
  }

  private alsVoorstel(p: PlaatsingRij): Voorstel {
    return {
      persoonId: p.persoon_id,
      locatie: p.locatie,
      van: p.van,
      tot: p.tot,
      prioriteit: p.prioriteit,
      artikel56: p.artikel56,
      bewaringVerlengd: p.bewaring_verlengd,
      overslaanReden: p.overslaan_reden,
      vervangtPlaatsingId: p.vervangt_id,
      casusId: p.casus_id,
      toelichting: p.toelichting,
    };
  }

  private eisStatus(p: PlaatsingRij, toegestaan: PlaatsingStatus[], wat: string) {
    if (!toegestaan.includes(p.status)) {
      throw new DomeinFout(
        'CONFLICT',
        PlanningFoutCode.STATUS,
        `Plaatsing ${p.id} is ${p.status.toLowerCase()}: ${wat} kan alleen vanuit ${toegestaan.map((s) => s.toLowerCase()).join(', ')}`,
        [{ veld: 'id', reden: `status is ${p.status.toLowerCase()}` }],
      );
    }
  }

  async schrijfHistorie(m: EntityManager, id: string, status: string, door: string, toelichting: string) {
    await m.query(
      `INSERT INTO plaatsing_historie (plaatsing_id, status, door, toelichting) VALUES ($1, $2, $3, $4)`,
      [id, status, door, toelichting],
    );
  }

  private async annuleerTermijnen(ids: readonly string[], waarom: string, door: string) {
    for (const t of ids) {
      await this.termijnen.annuleer(t, waarom, door).catch((e: Error) =>
        // Already fired or cancelled: nothing to undo; anything else is logged (the reconciliation keeps state true).
        this.logger.warn(`termijn ${t} niet geannuleerd: ${e.message}`),
      );
    }
  }
}
