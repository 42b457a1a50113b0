import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { z } from 'zod';
import {
  AFDOENING_LABEL,
  afdoeningSchema,
  VRIJLATENDE_AFDOENINGEN,
  type Afdoening,
  bevragingSchema,
  detentieEindeSchema,
  detentieSchema,
  dublinOverdrachttermijn,
  EventName,
  heeftNationaleRol,
  inverzekeringstelling,
  isBestaandIsoMoment,
  KANDIDAAT_DREMPEL,
  KERNTEAM_ORGANISATIES,
  magVoorstellenBeslissen,
  naamSleutels,
  nietGevonden,
  ophoudenVoorOnderzoek,
  Rol,
  TermijnSoort,
  validatiefouten,
  vergelijkPersonen,
  voorgeleiding,
  zsmRegistratieSchema,
  type Actor,
  isDoel,
} from '@ketenbeeld/domain';
import {
  DomeinFout,
  huidigeTrace,
  meldBetrokkenen,
  OutboxPublisher,
  TermijnMotor,
  ValidatieFout,
  zetAttribuut,
  zetDoel,
} from '@ketenbeeld/platform';

export const ZsmFoutCode = {
  GEEN_RECHT: 'ZSM_GEEN_RECHT',
  REGISTRATIE_NIET_GEVONDEN: 'ZSM_REGISTRATIE_NIET_GEVONDEN',
  PERSOON_ONBEKEND: 'ZSM_PERSOON_ONBEKEND',
  DETENTIE_NIET_GEVONDEN: 'ZSM_DETENTIE_NIET_GEVONDEN',
} as const;

interface PersoonRij {
  persoon_id: string;
  v_nummer: string | null;
  naam: string | null;
  geboortedatum: string | null;
  nationaliteit: string | null;
}
interface CasusRij {
  casus_id: string;
  status: string;
  spoor: 1 | 2 | 4 | null;
  kansarm: boolean | null;
  procedurefase: string | null;
  locatie_code: string | null;
  procesregisseur_naam: string;
  procesregisseur_organisatie: string;
  maatregelen: { code: string; naam: string; eind: string | null }[];
  topx: { regio: string; maand: string }[];
  bijgewerkt_op: Date;
}
export interface RegistratieRij {
  id: string;
  signaal_id: string;
  zsm_referentie: string;
  persoon_id: string | null;
  v_nummer: string | null;
  naam: string | null;
  aanhouding_op: Date;
  delict: string;
  omschrijving: string;
  vpt: boolean;
  voorlopige_hechtenis: boolean;
  zsm_locatie: string;
  klokken_gepland: boolean;
  geregistreerd_op: Date;
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const datumTekst = (d: Date | string | null) =>
  d === null ? null : typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10);

/**
 * The ZSM/strafrecht link. A lookup answers from zsm's own event-fed read model (persons, cases,
 * signals, detentions, Dublin claims, the kernteam's afdoeningsadvies) — fast, and still when
 * signalen and casusregie are down, saying how fresh each source is. Registrations, OM decisions
 * and detentions are stored here and travel to the chain as events; custody clocks and the Dublin
 * transfer deadline run in this service's deadline engine.
 */
@Injectable()
export class ZsmService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly termijnen: TermijnMotor,
  ) {}

  // ------------------------------------------------------------------ lookup

  async bevraag(actor: Actor, ruw: unknown) {
    this.eisZsm(actor);
    const parsed = bevragingSchema.safeParse(ruw ?? {});
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    const b = parsed.data;
    let persoon: PersoonRij | undefined;
    let kandidaten: (PersoonRij & { score: number; redenen: string[] })[] = [];
    if (b.vNummer) {
      [persoon] = await this.ds.query<PersoonRij[]>(
        `SELECT persoon_id, v_nummer, naam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, nationaliteit FROM zsm_persoon WHERE v_nummer = $1`,
        [b.vNummer],
      );
    } else {
      const rijen = await this.ds.query<PersoonRij[]>(
        `SELECT persoon_id, v_nummer, naam, to_char(geboortedatum, 'YYYY-MM-DD') AS geboortedatum, nationaliteit
         FROM zsm_persoon WHERE naam_sleutels && $1::text[] LIMIT 500`,
        [naamSleutels(b.naam!)],
      );
      kandidaten = rijen
        .map((r) => ({
          ...r,
          ...vergelijkPersonen(
            { naam: b.naam, geboortedatum: b.geboortedatum ?? null, nationaliteit: b.nationaliteit ?? null },
            { naam: r.naam, geboortedatum: r.geboortedatum, nationaliteit: r.nationaliteit },
          ),
        }))
        .filter((k) => k.score >= KANDIDAAT_DREMPEL)
        .sort((x, y) => y.score - x.score)
        .slice(0, 10);
      if (
        kandidaten.length === 1 ||
        (kandidaten[0] && kandidaten[0].score >= 90 && (kandidaten[1]?.score ?? 0) < 90)
      )
        persoon = kandidaten[0];
    }
    await this.log(
      actor,
      b.doel,
      b.zsmReferentie,
      persoon?.persoon_id ?? null,
      b.vNummer ? 'bevraging op V-nummer' : `bevraging op naam (${kandidaten.length} kandidaten)`,
    );
    const stand = Object.fromEntries(
      (
        await this.ds.query<{ bron: string; bijgewerkt_op: Date }[]>(
          `SELECT bron, bijgewerkt_op FROM leesmodel_stand`,
        )
      ).map((s) => [s.bron, iso(s.bijgewerkt_op)]),
    );
    const antwoord = {
      gevonden: !!persoon,
      persoon: persoon ? this.persoonUit(persoon) : null,
      kandidaten: persoon
        ? []
        : kandidaten.map((k) => ({ ...this.persoonUit(k), score: k.score, redenen: k.redenen })),
      leesmodel: {
        signalen: stand.signalen ?? null,
        casusregie: stand.casusregie ?? null,
        beantwoordOp: new Date().toISOString(),
      },
    };
    if (!persoon) return { ...antwoord, inAsielketen: false, ketenbeeld: null };
    return {
      ...antwoord,
      inAsielketen: !!persoon.v_nummer,
      ketenbeeld: await this.ketenbeeld(persoon.persoon_id),
    };
  }

  /** Everything the chain knows of a person, from the read model. */
  async ketenbeeld(persoonId: string) {
    const [casus] = await this.ds.query<CasusRij[]>(
      `SELECT * FROM zsm_casus WHERE persoon_id = $1 ORDER BY open DESC, bijgewerkt_op DESC LIMIT 1`,
      [persoonId],
    );
    const [dublin] = await this.ds.query<
      { lidstaat: string; akkoord_op: Date; vervalt_op: Date; gedetineerd: boolean }[]
    >(`SELECT lidstaat, akkoord_op, vervalt_op, gedetineerd FROM dublin_claim WHERE persoon_id = $1`, [
      persoonId,
    ]);
    const signalen = await this.ds.query<
      { categorie: string; label: string | null; aantal: number; laatste: Date; vpt: boolean }[]
    >(
      `SELECT categorie, max(categorie_label) AS label, count(*)::int AS aantal, max(tijdstip_incident) AS laatste, bool_or(vpt) AS vpt
       FROM zsm_persoon_signaal WHERE persoon_id = $1 AND tijdstip_incident > now() - interval '12 months'
       GROUP BY categorie ORDER BY max(tijdstip_incident) DESC`,
      [persoonId],
    );
    const [detentie] = await this.ds.query<
      { soort: string; inrichting: string; begin: Date; eind: Date | null }[]
    >(
      `SELECT soort, inrichting, begin, eind FROM detentie WHERE persoon_id = $1 ORDER BY begin DESC LIMIT 1`,
      [persoonId],
    );
    const [advies] = await this.ds.query<
      { tekst: string; door_naam: string; door_organisatie: string; bijgewerkt_op: Date }[]
    >(
      `SELECT tekst, door_naam, door_organisatie, bijgewerkt_op FROM afdoeningsadvies WHERE persoon_id = $1`,
      [persoonId],
    );
    const gedetineerd = !!detentie && (detentie.eind === null || new Date(detentie.eind) > new Date());
    return {
      spoor: casus?.spoor ?? null,
      procedurefase: casus?.procedurefase ?? null,
      kansarm: casus?.kansarm ?? null,
      dublinclaimant: casus?.spoor === 1 || !!dublin,
      dublin: dublin
        ? {
            lidstaat: dublin.lidstaat,
            akkoordOp: iso(dublin.akkoord_op),
            overdrachtUiterlijk: iso(dublin.vervalt_op),
            verlengdWegensDetentie: dublin.gedetineerd,
          }
        : null,
      kernteamCasus: casus
        ? {
            casusId: casus.casus_id,
            status: casus.status,
            locatieCode: casus.locatie_code,
            procesregisseur: {
              naam: casus.procesregisseur_naam,
              organisatie: casus.procesregisseur_organisatie,
            },
            bijgewerktOp: iso(casus.bijgewerkt_op),
          }
        : null,
      maatregelen: casus?.maatregelen ?? [],
      topx: casus?.topx ?? [],
      recenteSignalen: signalen.map((s) => ({
        categorie: s.categorie,
        label: s.label ?? s.categorie,
        aantal: s.aantal,
        laatste: iso(s.laatste),
        vpt: s.vpt,
      })),
      detentie: detentie
        ? {
            gedetineerd,
            soort: detentie.soort,
            inrichting: detentie.inrichting,
            begin: iso(detentie.begin),
            eind: iso(detentie.eind),
          }
        : { gedetineerd: false },
      afdoeningsadvies: advies
        ? {
            tekst: advies.tekst,
            door: `${advies.door_naam} (${advies.door_organisatie})`,
            bijgewerktOp: new Date(advies.bijgewerkt_op).toISOString(),
          }
        : null,
    };
  }

  // ------------------------------------------------------------ registration

  async registreer(actor: Actor, ruw: unknown) {
    this.eisZsm(actor);
    const parsed = zsmRegistratieSchema.safeParse(ruw ?? {});
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    const r = parsed.data;
    if (Date.parse(r.aanhoudingOp) > Date.now() + 5 * 60_000) {
      throw new ValidatieFout([{ veld: 'aanhoudingOp', reden: 'ligt in de toekomst' }]);
    }
    return this.ds.transaction(async (m) => {
      const [bekend] = r.vNummer
        ? await m.query<{ persoon_id: string }[]>(`SELECT persoon_id FROM zsm_persoon WHERE v_nummer = $1`, [
            r.vNummer,
          ])
        : [];
      const id = randomUUID();
      const signaalId = randomUUID();
      await m.query(
        `INSERT INTO zsm_registratie (id, signaal_id, zsm_referentie, persoon_id, v_nummer, naam, aanhouding_op, delict, omschrijving, vpt,
                                      voorlopige_hechtenis, zsm_locatie, geregistreerd_door)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [
          id,
          signaalId,
          r.zsmReferentie,
          bekend?.persoon_id ?? null,
          r.vNummer ?? null,
          r.naam ?? null,
          new Date(r.aanhoudingOp),
          r.delict,
          r.omschrijving,
          r.vpt,
          r.voorlopigeHechtenisToegestaan,
          r.zsmLocatie,
          actor.sub,
        ],
      );
      await this.outbox.publiceer(m, EventName.ZsmRegistratieGemeld, {
        registratieId: id,
        signaalId,
        zsmReferentie: r.zsmReferentie,
        persoon: {
          vNummer: r.vNummer ?? null,
          naam: r.naam ?? null,
          geboortedatum: r.geboortedatum ?? null,
          nationaliteit: r.nationaliteit ?? null,
        },
        aanhoudingOp: r.aanhoudingOp,
        delict: r.delict,
        omschrijving: r.omschrijving,
        vpt: r.vpt,
        zsmLocatie: r.zsmLocatie,
        gemeente: r.gemeente ?? null,
        door: actor.sub,
      });
      // Custody clocks start now when the person is known; otherwise as soon as signalen has resolved them.
      if (bekend) await this.planKlokken(m, id);
      return this.registratie(m, id);
    });
  }

  /** R14 ophouden voor onderzoek and R15 voorgeleiding, once per registration with a known person. */
  async planKlokken(m: EntityManager, registratieId: string): Promise<void> {
    const [r] = await m.query<RegistratieRij[]>(`SELECT * FROM zsm_registratie WHERE id = $1 FOR UPDATE`, [
      registratieId,
    ]);
    if (!r?.persoon_id || r.klokken_gepland) return;
    const aanhouding = new Date(r.aanhouding_op);
    const ophouden = ophoudenVoorOnderzoek({ aanvang: aanhouding, duurUren: r.voorlopige_hechtenis ? 9 : 6 });
    const voorgeleid = voorgeleiding({ aanhouding });
    for (const [soort, t] of [
      [TermijnSoort.OPHOUDEN_VOOR_ONDERZOEK, ophouden],
      [TermijnSoort.VOORGELEIDING, voorgeleid],
    ] as const) {
      await this.termijnen.plan(
        {
          soort,
          onderwerpType: 'zsm_registratie',
          onderwerpId: r.id,
          organisatie: 'OM',
          vervaltOp: t.vervaltOp,
          payload: { persoonId: r.persoon_id, zsmZaak: r.zsm_referentie },
          regel: t.regel,
          uitleg: t.uitleg,
        },
        m,
      );
    }
    await m.query(`UPDATE zsm_registratie SET klokken_gepland = true WHERE id = $1`, [r.id]);
  }

  async afdoening(actor: Actor, registratieId: string, ruw: unknown) {
    this.eisZsm(actor);
    const parsed = afdoeningSchema.safeParse(ruw ?? {});
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    const a = parsed.data;
    const resultaat = await this.vastleggenAfdoening(actor, registratieId, a);
    // Released: the custody clocks of this registration stop (with the decision as reason).
    if (VRIJLATENDE_AFDOENINGEN.includes(a.soort)) {
      const lopend = await this.ds.query<{ id: string }[]>(
        `SELECT id FROM termijn WHERE onderwerp_type = 'zsm_registratie' AND onderwerp_id = $1 AND status IN ('GEPLAND','GEWAARSCHUWD','OPGESCHORT')`,
        [resultaat.registratieId],
      );
      for (const t of lopend) {
        await this.termijnen
          .annuleer(t.id, `vrijgelaten na ${AFDOENING_LABEL[a.soort].toLowerCase()}`, actor.sub)
          .catch(() => undefined);
      }
    }
    return resultaat;
  }

  private async vastleggenAfdoening(actor: Actor, registratieId: string, a: Afdoening) {
    return this.ds.transaction(async (m) => {
      const r = await this.registratie(m, registratieId, true);
      if (Date.parse(a.besluitOp) < new Date(r.aanhouding_op).getTime()) {
        throw new ValidatieFout([{ veld: 'besluitOp', reden: 'ligt vóór de aanhouding' }]);
      }
      const id = randomUUID();
      await m.query(
        `INSERT INTO afdoening (id, registratie_id, soort, besluit_op, vrijlating_op, toelichting, door) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          r.id,
          a.soort,
          new Date(a.besluitOp),
          a.vrijlatingOp ? new Date(a.vrijlatingOp) : null,
          a.toelichting ?? null,
          actor.sub,
        ],
      );
      await this.outbox.publiceer(m, EventName.ZsmAfdoeningGeregistreerd, {
        afdoeningId: id,
        registratieId: r.id,
        signaalId: r.signaal_id,
        zsmReferentie: r.zsm_referentie,
        soort: a.soort,
        besluitOp: a.besluitOp,
        vrijlatingOp: a.vrijlatingOp ?? null,
        toelichting: a.toelichting ?? null,
      });
      if (a.soort === 'INVERZEKERINGSTELLING' && r.persoon_id) {
        const t = inverzekeringstelling({ aanvang: new Date(a.besluitOp) });
        await this.termijnen.plan(
          {
            soort: TermijnSoort.INVERZEKERINGSTELLING,
            onderwerpType: 'zsm_registratie',
            onderwerpId: r.id,
            organisatie: 'OM',
            vervaltOp: t.vervaltOp,
            payload: { persoonId: r.persoon_id, zsmZaak: r.zsm_referentie, verlengd: false },
            regel: t.regel,
            uitleg: t.uitleg,
          },
          m,
        );
      }
      return {
        id,
        registratieId: r.id,
        soort: a.soort,
        soortLabel: AFDOENING_LABEL[a.soort],
        besluitOp: a.besluitOp,
        vrijlatingOp: a.vrijlatingOp ?? null,
        toelichting: a.toelichting ?? null,
      };
    });
  }

  async registratie(m: EntityManager, id: string, slot = false): Promise<RegistratieRij> {
    const [r] = z.uuid().safeParse(id).success
      ? await m.query<RegistratieRij[]>(
          `SELECT * FROM zsm_registratie WHERE id = $1 ${slot ? 'FOR UPDATE' : ''}`,
          [id],
        )
      : [];
    if (!r) {
      throw new DomeinFout(
        'NIET_GEVONDEN',
        ZsmFoutCode.REGISTRATIE_NIET_GEVONDEN,
        nietGevonden('ZSM-registratie', id),
        [{ veld: 'registratieId', reden: 'onbekende ZSM-zaak: registreer de zaak eerst' }],
      );
    }
    return r;
  }

  // --------------------------------------------------------------- detention

  async meldDetentie(actor: Actor, ruw: unknown) {
    this.eisDji(actor);
    const parsed = detentieSchema.safeParse(ruw ?? {});
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    const d = parsed.data;
    const { detentie, verlenging } = await this.ds.transaction(async (m) => {
      const [p] = await m.query<{ persoon_id: string }[]>(
        `SELECT persoon_id FROM zsm_persoon WHERE v_nummer = $1`,
        [d.vNummer],
      );
      if (!p) {
        throw new DomeinFout(
          'NIET_GEVONDEN',
          ZsmFoutCode.PERSOON_ONBEKEND,
          `V-nummer ${d.vNummer} is niet bekend in de keten`,
          [
            {
              veld: 'vNummer',
              reden: 'niet bekend in de keten; detenties van anderen worden niet vastgelegd',
            },
          ],
        );
      }
      const id = randomUUID();
      await m.query(
        `INSERT INTO detentie (id, persoon_id, soort, begin, eind, inrichting, gemeld_door) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          id,
          p.persoon_id,
          d.soort,
          new Date(d.begin),
          d.eind ? new Date(d.eind) : null,
          d.inrichting,
          actor.sub,
        ],
      );
      await this.outbox.publiceer(m, EventName.DetentieGemeld, {
        detentieId: id,
        persoonId: p.persoon_id,
        melding: d.eind && Date.parse(d.eind) <= Date.now() ? 'UIT' : 'IN',
        soort: d.soort,
        begin: d.begin,
        eind: d.eind ?? null,
        inrichting: d.inrichting,
      });
      const verlenging =
        !d.eind || Date.parse(d.eind) > Date.now()
          ? await this.verlengDublinBijDetentie(m, p.persoon_id)
          : null;
      return { detentie: await this.detentie(m, id), verlenging };
    });
    // The deadline engine moves the transfer deadline (with its history and alarms) after the commit.
    if (verlenging)
      await this.termijnen.herplan(verlenging.termijnId, verlenging.vervaltOp, verlenging.reden, actor.sub);
    return detentie;
  }

  async beeindigDetentie(actor: Actor, id: string, ruw: unknown) {
    this.eisDji(actor);
    const parsed = detentieEindeSchema.safeParse(ruw ?? {});
    if (!parsed.success) throw new ValidatieFout(validatiefouten(parsed.error));
    return this.ds.transaction(async (m) => {
      const d = await this.detentie(m, id, true);
      if (d.eind) throw new ValidatieFout([{ veld: 'id', reden: 'deze detentie is al beëindigd' }]);
      if (Date.parse(parsed.data.eind) <= Date.parse(d.begin))
        throw new ValidatieFout([{ veld: 'eind', reden: 'moet na het begin liggen' }]);
      await m.query(`UPDATE detentie SET eind = $2 WHERE id = $1`, [id, new Date(parsed.data.eind)]);
      await this.outbox.publiceer(m, EventName.DetentieGemeld, {
        detentieId: id,
        persoonId: d.persoonId,
        melding: 'UIT',
        soort: d.soort,
        begin: d.begin,
        eind: parsed.data.eind,
        inrichting: d.inrichting,
      });
      return this.detentie(m, id);
    });
  }

  async detentie(m: EntityManager, id: string, slot = false) {
    const [d] = z.uuid().safeParse(id).success
      ? await m.query<
          {
            id: string;
            persoon_id: string;
            soort: string;
            begin: Date;
            eind: Date | null;
            inrichting: string;
          }[]
        >(`SELECT * FROM detentie WHERE id = $1 ${slot ? 'FOR UPDATE' : ''}`, [id])
      : [];
    if (!d)
      throw new DomeinFout(
        'NIET_GEVONDEN',
        ZsmFoutCode.DETENTIE_NIET_GEVONDEN,
        nietGevonden('Detentie', id),
        [{ veld: 'id', reden: 'bestaat niet' }],
      );
    return {
      id: d.id,
      persoonId: d.persoon_id,
      soort: d.soort,
      begin: iso(d.begin)!,
      eind: iso(d.eind),
      inrichting: d.inrichting,
    };
  }

  // ---------------------------------------------------------------- Dublin

  /** IND registers the acceptance of a Dublin claim; the transfer deadline (R12) is planned. */
  async registreerDublinAkkoord(actor: Actor, persoonId: string, lidstaat: string, akkoordOp: string) {
    if (!(actor.organisatie === 'IND' && magVoorstellenBeslissen(actor))) {
      throw new DomeinFout('VERBODEN', ZsmFoutCode.GEEN_RECHT, 'Alleen de IND legt een Dublinakkoord vast', [
        { veld: 'actor', reden: 'vraagt een kernteamrol bij de IND' },
      ]);
    }
    const fouten = [
      ...(z.uuid().safeParse(persoonId).success ? [] : [{ veld: 'persoonId', reden: 'moet een UUID zijn' }]),
      ...(/^[A-Z]{2}$/.test(lidstaat)
        ? []
        : [{ veld: 'lidstaat', reden: 'ISO 3166-1 alpha-2 landcode, bijvoorbeeld DE' }]),
      ...(isBestaandIsoMoment(akkoordOp)
        ? []
        : [{ veld: 'akkoordOp', reden: 'moet een ISO-8601 tijdstip zijn' }]),
    ];
    if (fouten.length) throw new ValidatieFout(fouten);
    await this.eisBekendePersoon(persoonId);
    return this.ds
      .transaction(async (m) => {
        const [bestaand] = await m.query<{ termijn_id: string | null }[]>(
          `SELECT termijn_id FROM dublin_claim WHERE persoon_id = $1 FOR UPDATE`,
          [persoonId],
        );
        const [gedetineerd] = await m.query<unknown[]>(
          `SELECT 1 FROM detentie WHERE persoon_id = $1 AND (eind IS NULL OR eind > now())`,
          [persoonId],
        );
        const t = dublinOverdrachttermijn({ akkoord: new Date(akkoordOp), gedetineerd: !!gedetineerd });
        const plan = await this.termijnen.plan(
          {
            soort: TermijnSoort.DUBLIN_OVERDRACHT,
            onderwerpType: 'persoon',
            onderwerpId: persoonId,
            organisatie: 'DTV',
            vervaltOp: t.vervaltOp,
            payload: { persoonId, lidstaat },
            regel: t.regel,
            uitleg: t.uitleg,
            door: actor.sub,
          },
          m,
        );
        await m.query(
          `INSERT INTO dublin_claim (persoon_id, lidstaat, akkoord_op, gedetineerd, termijn_id, vervalt_op, geregistreerd_door) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (persoon_id) DO UPDATE SET lidstaat = EXCLUDED.lidstaat, akkoord_op = EXCLUDED.akkoord_op, gedetineerd = EXCLUDED.gedetineerd,
           termijn_id = EXCLUDED.termijn_id, vervalt_op = EXCLUDED.vervalt_op, geregistreerd_door = EXCLUDED.geregistreerd_door, bijgewerkt_op = now()`,
          [persoonId, lidstaat, new Date(akkoordOp), !!gedetineerd, plan.id, t.vervaltOp, actor.sub],
        );
        await this.outbox.publiceer(m, EventName.DublinClaimBijgewerkt, {
          persoonId,
          lidstaat,
          akkoordOp: new Date(akkoordOp).toISOString(),
          overdrachtUiterlijk: t.vervaltOp.toISOString(),
          gedetineerd: !!gedetineerd,
        });
        return { bestaandeTermijn: bestaand?.termijn_id ?? null, claim: await this.dublin(m, persoonId) };
      })
      .then(async (r) => {
        if (r.bestaandeTermijn)
          await this.termijnen
            .annuleer(r.bestaandeTermijn, 'nieuw Dublinakkoord vastgelegd', actor.sub)
            .catch(() => undefined);
        return r.claim;
      });
  }

  async dublin(m: EntityManager, persoonId: string) {
    const [d] = await m.query<
      {
        lidstaat: string;
        akkoord_op: Date;
        vervalt_op: Date;
        gedetineerd: boolean;
        termijn_id: string | null;
      }[]
    >(`SELECT * FROM dublin_claim WHERE persoon_id = $1`, [persoonId]);
    return d
      ? {
          lidstaat: d.lidstaat,
          akkoordOp: iso(d.akkoord_op)!,
          overdrachtUiterlijk: iso(d.vervalt_op)!,
          verlengdWegensDetentie: d.gedetineerd,
          termijnId: d.termijn_id,
        }
      : null;
  }

  /** R12: imprisonment extends the transfer deadline to 12 months (once; the deadline is moved, not replaced). */
  private async verlengDublinBijDetentie(m: EntityManager, persoonId: string) {
    const [d] = await m.query<
      { akkoord_op: Date; gedetineerd: boolean; termijn_id: string | null; lidstaat: string }[]
    >(
      `SELECT akkoord_op, gedetineerd, termijn_id, lidstaat FROM dublin_claim WHERE persoon_id = $1 FOR UPDATE`,
      [persoonId],
    );
    if (!d || d.gedetineerd) return null;
    const t = dublinOverdrachttermijn({ akkoord: new Date(d.akkoord_op), gedetineerd: true });
    await m.query(
      `UPDATE dublin_claim SET gedetineerd = true, vervalt_op = $2, bijgewerkt_op = now() WHERE persoon_id = $1`,
      [persoonId, t.vervaltOp],
    );
    await this.outbox.publiceer(m, EventName.DublinClaimBijgewerkt, {
      persoonId,
      lidstaat: d.lidstaat,
      akkoordOp: new Date(d.akkoord_op).toISOString(),
      overdrachtUiterlijk: t.vervaltOp.toISOString(),
      gedetineerd: true,
    });
    return d.termijn_id ? { termijnId: d.termijn_id, vervaltOp: t.vervaltOp, reden: t.uitleg } : null;
  }

  // ----------------------------------------------------------- advice, lists

  /** A person zsm knows (from a signal or a registration): no advice or claim for an id of nobody. */
  private async eisBekendePersoon(persoonId: string) {
    const [bekend] = await this.ds.query<unknown[]>(`SELECT 1 FROM zsm_persoon WHERE persoon_id = $1`, [
      persoonId,
    ]);
    if (!bekend) {
      throw new DomeinFout(
        'NIET_GEVONDEN',
        ZsmFoutCode.PERSOON_ONBEKEND,
        nietGevonden('Persoon', persoonId),
        [
          {
            veld: 'persoonId',
            reden: 'onbekende persoon: er is nog geen signaal of registratie over deze persoon',
          },
        ],
      );
    }
  }

  async schrijfAdvies(actor: Actor, persoonId: string, tekst: string) {
    if (!magVoorstellenBeslissen(actor)) {
      throw new DomeinFout(
        'VERBODEN',
        ZsmFoutCode.GEEN_RECHT,
        'Alleen het kernteam schrijft een afdoeningsadvies',
        [{ veld: 'actor', reden: 'vraagt een kernteamrol bij IND, COA of DT&V' }],
      );
    }
    const fouten = [
      ...(z.uuid().safeParse(persoonId).success ? [] : [{ veld: 'persoonId', reden: 'moet een UUID zijn' }]),
      ...(tekst?.trim()
        ? tekst.length > 4000
          ? [{ veld: 'tekst', reden: 'hoogstens 4000 tekens' }]
          : []
        : [{ veld: 'tekst', reden: 'is verplicht' }]),
    ];
    if (fouten.length) throw new ValidatieFout(fouten);
    await this.eisBekendePersoon(persoonId);
    await this.ds.query(
      `INSERT INTO afdoeningsadvies (persoon_id, tekst, door_naam, door_organisatie) VALUES ($1, $2, $3, $4)
       ON CONFLICT (persoon_id) DO UPDATE SET tekst = EXCLUDED.tekst, door_naam = EXCLUDED.door_naam, door_organisatie = EXCLUDED.door_organisatie, bijgewerkt_op = now()`,
      [persoonId, tekst.trim(), actor.naam, actor.organisatie],
    );
    return (await this.ketenbeeld(persoonId)).afdoeningsadvies!;
  }

  /** Kernteam, national roles and the OM see ZSM data in the console. */
  magZsmZien(actor: Actor): boolean {
    return (
      heeftNationaleRol(actor) ||
      KERNTEAM_ORGANISATIES.includes(actor.organisatie) ||
      actor.rollen.includes(Rol.ZSM_OFFICIER)
    );
  }

  async registratiesVan(persoonId: string) {
    return this.ds.query<
      (RegistratieRij & {
        afdoeningen: {
          soort: string;
          besluit_op: string;
          vrijlating_op: string | null;
          toelichting: string | null;
        }[];
      })[]
    >(
      `SELECT r.*, coalesce((SELECT json_agg(json_build_object('soort', a.soort, 'besluit_op', a.besluit_op, 'vrijlating_op', a.vrijlating_op, 'toelichting', a.toelichting) ORDER BY a.besluit_op)
                             FROM afdoening a WHERE a.registratie_id = r.id), '[]') AS afdoeningen
       FROM zsm_registratie r WHERE r.persoon_id = $1 ORDER BY r.aanhouding_op DESC`,
      [persoonId],
    );
  }

  async recenteRegistraties(eerste = 50) {
    return this.ds.query<
      (RegistratieRij & {
        afdoeningen: {
          soort: string;
          besluit_op: string;
          vrijlating_op: string | null;
          toelichting: string | null;
        }[];
      })[]
    >(
      `SELECT r.*, coalesce((SELECT json_agg(json_build_object('soort', a.soort, 'besluit_op', a.besluit_op, 'vrijlating_op', a.vrijlating_op, 'toelichting', a.toelichting) ORDER BY a.besluit_op)
                             FROM afdoening a WHERE a.registratie_id = r.id), '[]') AS afdoeningen
       FROM zsm_registratie r ORDER BY r.aanhouding_op DESC LIMIT $1`,
      [Math.min(Math.max(eerste, 1), 500)],
    );
  }

  async detentiesVan(persoonId: string | null) {
    return this.ds.query<
      { id: string; persoon_id: string; soort: string; begin: Date; eind: Date | null; inrichting: string }[]
    >(
      persoonId
        ? `SELECT * FROM detentie WHERE persoon_id = $1 ORDER BY begin DESC`
        : `SELECT * FROM detentie WHERE eind IS NULL OR eind > now() ORDER BY begin DESC LIMIT 200`,
      persoonId ? [persoonId] : [],
    );
  }

  private persoonUit(p: PersoonRij) {
    return {
      persoonId: p.persoon_id,
      vNummer: p.v_nummer,
      naam: p.naam,
      geboortedatum: datumTekst(p.geboortedatum),
      nationaliteit: p.nationaliteit,
    };
  }

  private async log(
    actor: Actor,
    doel: string,
    zsmReferentie: string | null,
    persoonId: string | null,
    wat: string,
  ) {
    // The processing log (platform logboek) gets this purpose, the ZSM reference and the person too;
    // this table stays the ZSM desk's own register of lookups per ZSM case.
    if (isDoel(doel)) zetDoel(doel);
    if (zsmReferentie) zetAttribuut('zsmReferentie', zsmReferentie);
    meldBetrokkenen(persoonId);
    await this.ds.query(
      `INSERT INTO verwerkingslog (actor, organisatie, rollen, doel, zsm_referentie, persoon_id, wat, traceparent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        actor.sub,
        actor.organisatie,
        [...actor.rollen],
        doel,
        zsmReferentie,
        persoonId,
        wat,
        huidigeTrace()?.traceparent ?? null,
      ],
    );
  }

  private eisZsm(actor: Actor) {
    if (!actor.rollen.includes(Rol.ZSM_OFFICIER)) {
      throw new DomeinFout(
        'VERBODEN',
        ZsmFoutCode.GEEN_RECHT,
        'Alleen een ZSM-officier van het OM gebruikt de ZSM-koppeling',
        [{ veld: 'actor', reden: 'vraagt de rol ZSM_OFFICIER' }],
      );
    }
  }

  private eisDji(actor: Actor) {
    if (!actor.rollen.includes(Rol.DETENTIEMELDER)) {
      throw new DomeinFout('VERBODEN', ZsmFoutCode.GEEN_RECHT, 'Alleen DJI meldt detenties', [
        { veld: 'actor', reden: 'vraagt de rol DETENTIEMELDER' },
      ]);
    }
  }
}
