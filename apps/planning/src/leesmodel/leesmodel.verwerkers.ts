import type { EntityManager } from 'typeorm';
import { EventName, SignaalCategorie, type EventEnvelop, type EventPayload } from '@ketenbeeld/domain';
import { VerwerktEvent, type EventVerwerker, type PersoonVolgHaken } from '@ketenbeeld/platform';

/**
 * R2: a missed registration, absconding or nuisance at the reception location is a reason to
 * consider an art. 56 measure and a PBL placement. Such signals are kept as aanleidingen.
 */
export const PLAATSINGS_AANLEIDING: readonly SignaalCategorie[] = [
  SignaalCategorie.NIET_VERSCHENEN,
  SignaalCategorie.ONTTREKKING_TOEZICHT,
  SignaalCategorie.OVERLAST_OPVANGLOCATIE,
  SignaalCategorie.HUISREGELOVERTREDING,
  SignaalCategorie.GEWELD,
  SignaalCategorie.GEWELD_VPT,
  SignaalCategorie.BEDREIGING,
];

/**
 * Every signal tells planning who a person is (V-nummer, name, date of birth: the PBL refuses
 * minors, R3), and some signals are reasons for a placement.
 */
@VerwerktEvent(EventName.SignaalGeregistreerd)
export class SignaalGeregistreerdVerwerker implements EventVerwerker<typeof EventName.SignaalGeregistreerd> {
  async verwerk(e: EventEnvelop<typeof EventName.SignaalGeregistreerd>, m: EntityManager): Promise<void> {
    // What is known is kept; a later signal fills gaps but never erases (a V-nummer does not disappear).
    await m.query(
      `INSERT INTO planning_persoon (persoon_id, v_nummer, naam, geboortedatum, nationaliteit)
       SELECT persoon_id, v_nummer, naam, geboortedatum, nationaliteit
       FROM jsonb_to_recordset($1::jsonb) AS x(persoon_id uuid, v_nummer text, naam text, geboortedatum text, nationaliteit text)
       ON CONFLICT (persoon_id) DO UPDATE SET
         v_nummer = COALESCE(EXCLUDED.v_nummer, planning_persoon.v_nummer),
         naam = COALESCE(EXCLUDED.naam, planning_persoon.naam),
         geboortedatum = COALESCE(EXCLUDED.geboortedatum, planning_persoon.geboortedatum),
         nationaliteit = COALESCE(EXCLUDED.nationaliteit, planning_persoon.nationaliteit),
         bijgewerkt_op = now()`,
      [
        JSON.stringify(
          e.payload.personen.map((p) => ({
            persoon_id: p.persoonId,
            v_nummer: p.vNummer,
            naam: p.naam ?? null,
            geboortedatum: p.geboortedatum ?? null,
            nationaliteit: p.nationaliteit ?? null,
          })),
        ),
      ],
    );
    if (!PLAATSINGS_AANLEIDING.includes(e.payload.categorie as SignaalCategorie)) return;
    await m.query(
      `INSERT INTO plaatsing_aanleiding (signaal_id, persoon_id, categorie, bron_organisatie, tijdstip_incident)
       SELECT $1, unnest($2::uuid[]), $3, $4, $5 ON CONFLICT DO NOTHING`,
      [
        e.payload.signaalId,
        e.payload.personen.map((p) => p.persoonId),
        e.payload.categorie,
        e.payload.bronOrganisatie,
        e.payload.tijdstipIncident,
      ],
    );
  }
}

/** The case of a person: its spoor decides the procedure plan and whether the person is a Dublin claimant. */
@VerwerktEvent(EventName.CasusBijgewerkt)
export class CasusBijgewerktVerwerker implements EventVerwerker<typeof EventName.CasusBijgewerkt> {
  async verwerk(e: EventEnvelop<typeof EventName.CasusBijgewerkt>, m: EntityManager): Promise<void> {
    const c = e.payload;
    // A closed case does not overwrite the person's open one (at most one open case per person).
    await m.query(
      `INSERT INTO planning_persoon (persoon_id, casus_id, casus_open, spoor, kansarm, locatie_code)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (persoon_id) DO UPDATE SET
         casus_id = EXCLUDED.casus_id, casus_open = EXCLUDED.casus_open, spoor = EXCLUDED.spoor,
         kansarm = EXCLUDED.kansarm, locatie_code = EXCLUDED.locatie_code, bijgewerkt_op = now()
       WHERE EXCLUDED.casus_open OR planning_persoon.casus_id = EXCLUDED.casus_id OR NOT planning_persoon.casus_open
             OR planning_persoon.casus_id IS NULL`,
      [c.persoonId, c.casusId, c.open, c.spoor, c.kansarm, c.locatieCode],
    );
    // The plan follows the case's spoor (set or changed in casusregie).
    if (c.spoor !== null) {
      await m.query(
        `UPDATE procedure_plan SET spoor = $2, bijgewerkt_op = now() WHERE casus_id = $1 AND spoor <> $2`,
        [c.casusId, c.spoor],
      );
    }
  }
}

/** R12: the Dublin transfer deadline (moved by zsm when a detention is reported). */
@VerwerktEvent(EventName.DublinClaimBijgewerkt)
export class DublinClaimBijgewerktVerwerker implements EventVerwerker<
  typeof EventName.DublinClaimBijgewerkt
> {
  async verwerk(e: EventEnvelop<typeof EventName.DublinClaimBijgewerkt>, m: EntityManager): Promise<void> {
    await m.query(
      `INSERT INTO planning_persoon (persoon_id, dublin_lidstaat, dublin_uiterlijk) VALUES ($1, $2, $3)
       ON CONFLICT (persoon_id) DO UPDATE SET dublin_lidstaat = EXCLUDED.dublin_lidstaat,
         dublin_uiterlijk = EXCLUDED.dublin_uiterlijk, bijgewerkt_op = now()`,
      [e.payload.persoonId, e.payload.lidstaat, e.payload.overdrachtUiterlijk],
    );
  }
}

type Samenvoeging = EventPayload<typeof EventName.PersoonSamengevoegd>;

/** Tables keyed by an id of their own with a persoon_id column: they follow a merge and a split. */
const VOLGENDE_TABELLEN = [
  { tabel: 'plaatsing', sleutel: 'id' },
  { tabel: 'inhuisregistratie_plicht', sleutel: 'id' },
  { tabel: 'inhuisregistratie', sleutel: 'id' },
  { tabel: 'procedure_plan', sleutel: 'casus_id' },
] as const;

/**
 * Placements, registrations and plans follow a person merge (recorded, so a split moves exactly
 * those back). The read model keeps the kept person's identity and fills its gaps from the other.
 */
export const planningPersoonVolgers: PersoonVolgHaken = {
  async samengevoegd(m: EntityManager, e: Samenvoeging) {
    for (const { tabel, sleutel } of VOLGENDE_TABELLEN) {
      const [rijen] = await m.query<[{ ref: string }[], number]>(
        `UPDATE ${tabel} SET persoon_id = $2 WHERE persoon_id = $1 RETURNING ${sleutel}::text AS ref`,
        [e.opgaandId, e.behoudenId],
      );
      for (const r of rijen) {
        await m.query(
          `INSERT INTO persoon_verplaatsing (samenvoeging_id, tabel, ref_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
          [e.samenvoegingId, tabel, r.ref],
        );
      }
    }
    await m.query(
      `UPDATE planning_persoon b SET
         v_nummer = COALESCE(b.v_nummer, o.v_nummer), naam = COALESCE(b.naam, o.naam),
         geboortedatum = COALESCE(b.geboortedatum, o.geboortedatum), nationaliteit = COALESCE(b.nationaliteit, o.nationaliteit),
         dublin_lidstaat = COALESCE(b.dublin_lidstaat, o.dublin_lidstaat), dublin_uiterlijk = COALESCE(b.dublin_uiterlijk, o.dublin_uiterlijk)
       FROM planning_persoon o WHERE b.persoon_id = $1 AND o.persoon_id = $2`,
      [e.behoudenId, e.opgaandId],
    );
  },
  async gesplitst(m: EntityManager, e: Samenvoeging) {
    const [terug] = await m.query<[{ tabel: string; ref_id: string }[], number]>(
      `DELETE FROM persoon_verplaatsing WHERE samenvoeging_id = $1 RETURNING tabel, ref_id`,
      [e.samenvoegingId],
    );
    for (const t of terug) {
      const doel = VOLGENDE_TABELLEN.find((x) => x.tabel === t.tabel);
      if (!doel) continue;
      await m.query(`UPDATE ${doel.tabel} SET persoon_id = $2 WHERE ${doel.sleutel}::text = $1`, [
        t.ref_id,
        e.opgaandId,
      ]);
    }
  },
};

/** What a placement deadline's alarm means for the placement, in its history (who must act, and why). */
async function termijnInHistorie(
  m: EntityManager,
  e: EventPayload<typeof EventName.TermijnVerstreken>,
  status: 'TERMIJN_WAARSCHUWING' | 'TERMIJN_VERSTREKEN',
): Promise<void> {
  if (e.onderwerpType !== 'plaatsing') return;
  const wat =
    status === 'TERMIJN_VERSTREKEN'
      ? `Termijn verstreken (${e.regel ?? 'afspraak'}): ${e.organisatie} moet handelen — ${e.uitleg}`
      : `Termijn verstrijkt op ${e.vervaltOp} (${e.regel ?? 'afspraak'}): ${e.uitleg}`;
  await m.query(
    `INSERT INTO plaatsing_historie (plaatsing_id, status, door, toelichting)
     SELECT id, $2, 'systeem:termijnen', $3 FROM plaatsing WHERE id::text = $1`,
    [e.onderwerpId, status, wat],
  );
}

/** A placement's deadline (R3 PBL 28 days, R6, R7) warned: the placement's history says so. */
@VerwerktEvent(EventName.TermijnGewaarschuwd)
export class TermijnGewaarschuwdVerwerker implements EventVerwerker<typeof EventName.TermijnGewaarschuwd> {
  async verwerk(e: EventEnvelop<typeof EventName.TermijnGewaarschuwd>, m: EntityManager): Promise<void> {
    await termijnInHistorie(m, e.payload, 'TERMIJN_WAARSCHUWING');
  }
}

/** A placement's deadline expired: recorded on the placement for the kernteam to act on. */
@VerwerktEvent(EventName.TermijnVerstreken)
export class TermijnVerstrekenVerwerker implements EventVerwerker<typeof EventName.TermijnVerstreken> {
  async verwerk(e: EventEnvelop<typeof EventName.TermijnVerstreken>, m: EntityManager): Promise<void> {
    await termijnInHistorie(m, e.payload, 'TERMIJN_VERSTREKEN');
  }
}
