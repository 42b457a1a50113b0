import type { EntityManager } from 'typeorm';
import { EventName, naamSleutels, type EventEnvelop } from '@ketenbeeld/domain';
import { VerwerktEvent, type EventVerwerker } from '@ketenbeeld/platform';
import { ZsmService } from '../koppeling/zsm.service';

/**
 * Keeps the ZSM read model current, so a lookup answers even when signalen is down: signals per
 * person, and each person's identity as registered (for lookups by V-nummer or name). A signal
 * made from a ZSM registration tells which person it is; the custody clocks then start.
 */
@VerwerktEvent(EventName.SignaalGeregistreerd)
export class SignaalGeregistreerdVerwerker implements EventVerwerker<typeof EventName.SignaalGeregistreerd> {
  constructor(private readonly zsm: ZsmService) {}

  async verwerk(e: EventEnvelop<typeof EventName.SignaalGeregistreerd>, m: EntityManager): Promise<void> {
    const s = e.payload;
    for (const p of s.personen) {
      await m.query(
        `INSERT INTO zsm_persoon_signaal (signaal_id, persoon_id, categorie, bron_organisatie, tijdstip_incident, ernst, vpt, categorie_label)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
        [
          s.signaalId,
          p.persoonId,
          s.categorie,
          s.bronOrganisatie,
          s.tijdstipIncident,
          s.ernst ?? null,
          s.vpt ?? false,
          s.categorieLabel ?? null,
        ],
      );
      // Identity: what signalen registered; a V-nummer that moved to another record moves here too.
      if (p.vNummer)
        await m.query(`UPDATE zsm_persoon SET v_nummer = NULL WHERE v_nummer = $1 AND persoon_id <> $2`, [
          p.vNummer,
          p.persoonId,
        ]);
      await m.query(
        `INSERT INTO zsm_persoon (persoon_id, v_nummer, naam, naam_sleutels, geboortedatum, nationaliteit) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (persoon_id) DO UPDATE SET v_nummer = coalesce(EXCLUDED.v_nummer, zsm_persoon.v_nummer),
           naam = coalesce(EXCLUDED.naam, zsm_persoon.naam),
           naam_sleutels = CASE WHEN EXCLUDED.naam IS NULL THEN zsm_persoon.naam_sleutels ELSE EXCLUDED.naam_sleutels END,
           geboortedatum = coalesce(EXCLUDED.geboortedatum, zsm_persoon.geboortedatum),
           nationaliteit = coalesce(EXCLUDED.nationaliteit, zsm_persoon.nationaliteit), bijgewerkt_op = now()`,
        [
          p.persoonId,
          p.vNummer,
          p.naam ?? null,
          p.naam ? naamSleutels(p.naam) : [],
          p.geboortedatum ?? null,
          p.nationaliteit ?? null,
        ],
      );
    }
    // A signal this service asked for (a ZSM registration): now the person is known.
    // TypeORM answers UPDATE … RETURNING with [rows, count].
    const [gekoppeld] = await m.query<[{ id: string }[], number]>(
      `UPDATE zsm_registratie SET persoon_id = $2 WHERE signaal_id = $1 AND persoon_id IS NULL RETURNING id`,
      [s.signaalId, s.personen[0].persoonId],
    );
    for (const r of gekoppeld) await this.zsm.planKlokken(m, r.id);
    await m.query(
      `INSERT INTO leesmodel_stand (bron, bijgewerkt_op) VALUES ('signalen', now()) ON CONFLICT (bron) DO UPDATE SET bijgewerkt_op = now()`,
    );
  }
}

/** Each case's latest snapshot from casusregie (older or repeated snapshots change nothing). */
@VerwerktEvent(EventName.CasusBijgewerkt)
export class CasusBijgewerktVerwerker implements EventVerwerker<typeof EventName.CasusBijgewerkt> {
  async verwerk(e: EventEnvelop<typeof EventName.CasusBijgewerkt>, m: EntityManager): Promise<void> {
    const c = e.payload;
    await m.query(
      `INSERT INTO zsm_casus (casus_id, persoon_id, versie, open, status, spoor, kansarm, procedurefase, locatie_code,
                              procesregisseur_naam, procesregisseur_organisatie, maatregelen, topx, bijgewerkt_op)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (casus_id) DO UPDATE SET persoon_id = EXCLUDED.persoon_id, versie = EXCLUDED.versie, open = EXCLUDED.open,
         status = EXCLUDED.status, spoor = EXCLUDED.spoor, kansarm = EXCLUDED.kansarm, procedurefase = EXCLUDED.procedurefase,
         locatie_code = EXCLUDED.locatie_code, procesregisseur_naam = EXCLUDED.procesregisseur_naam,
         procesregisseur_organisatie = EXCLUDED.procesregisseur_organisatie, maatregelen = EXCLUDED.maatregelen,
         topx = EXCLUDED.topx, bijgewerkt_op = EXCLUDED.bijgewerkt_op
       WHERE zsm_casus.bijgewerkt_op <= EXCLUDED.bijgewerkt_op`,
      [
        c.casusId,
        c.persoonId,
        c.versie,
        c.open,
        c.status,
        c.spoor,
        c.kansarm,
        c.procedurefase,
        c.locatieCode,
        c.procesregisseur.naam,
        c.procesregisseur.organisatie,
        JSON.stringify(c.maatregelen),
        JSON.stringify(c.topx),
        c.bijgewerktOp,
      ],
    );
    await m.query(
      `INSERT INTO leesmodel_stand (bron, bijgewerkt_op) VALUES ('casusregie', now()) ON CONFLICT (bron) DO UPDATE SET bijgewerkt_op = now()`,
    );
  }
}
