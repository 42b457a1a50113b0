import type { EntityManager } from 'typeorm';
import {
  AFDOENING_LABEL,
  EventName,
  OVERNAME_ACTIE,
  vraagtOvernameActie,
  type Actor,
  type AfdoeningSoort,
  type EventEnvelop,
} from '@ketenbeeld/domain';
import { VerwerktEvent, type EventVerwerker } from '@ketenbeeld/platform';
import { CasusWerkService } from '../casussen/casus-werk.service';
import { CasusService } from '../casussen/casus.service';
import type { CasusRij } from '../casussen/casus.types';

/** Who acts when the chain reacts to ZSM by itself (recorded as such on the case). */
const ZSM_KOPPELING: Actor = {
  sub: 'systeem:zsm-koppeling',
  naam: 'ZSM-koppeling',
  organisatie: 'OM',
  rollen: [],
};

const tijd = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(iso));

/**
 * An OM decision at ZSM lands on the open case of every person on the ZSM signal. When a Dublin
 * claimant or a kansarm person is sent home (heenzending), an action for AVIM — take over, assess
 * vreemdelingenbewaring — is raised at once, due before the release; AVIM joins the case for it.
 */
@VerwerktEvent(EventName.ZsmAfdoeningGeregistreerd)
export class ZsmAfdoeningVerwerker implements EventVerwerker<typeof EventName.ZsmAfdoeningGeregistreerd> {
  constructor(
    private readonly casussen: CasusService,
    private readonly werk: CasusWerkService,
  ) {}

  async verwerk(
    e: EventEnvelop<typeof EventName.ZsmAfdoeningGeregistreerd>,
    m: EntityManager,
  ): Promise<void> {
    const a = e.payload;
    const soort = a.soort as AfdoeningSoort;
    // The decision can overtake its own signal (zsm → signalen → casusregie): without the signal we
    // do not yet know whose case it is, so fail and let the queue redeliver it (with backoff).
    const [bekend] = await m.query<unknown[]>(`SELECT 1 FROM signaal_melding WHERE signaal_id = $1 LIMIT 1`, [
      a.signaalId,
    ]);
    if (!bekend)
      throw new Error(
        `ZSM-afdoening ${a.afdoeningId}: signaal ${a.signaalId} is hier nog niet aangekomen; volgt opnieuw`,
      );
    const open = await m.query<CasusRij[]>(
      `SELECT c.* FROM casus c JOIN signaal_melding s ON s.persoon_id = c.persoon_id WHERE s.signaal_id = $1 AND c.open FOR UPDATE OF c`,
      [a.signaalId],
    );
    for (const c of open) {
      await this.casussen.gebeurtenis(
        m,
        c.id,
        'ZSM',
        `ZSM-afdoening (${a.zsmReferentie}): ${AFDOENING_LABEL[soort] ?? a.soort}${a.vrijlatingOp ? `, vrijlating ${tijd(a.vrijlatingOp)}` : ''}${a.toelichting ? ` — ${a.toelichting}` : ''}`,
        a.afdoeningId,
        'OM',
      );
      const oordeel = vraagtOvernameActie({ soort, spoor: c.spoor, kansarm: c.kansarm });
      if (!oordeel.nodig) continue;
      let deelnemers = c.deelnemers;
      if (!deelnemers.includes('AVIM')) {
        deelnemers = [...deelnemers, 'AVIM'];
        await m.query(`UPDATE casus SET deelnemers = $2, versie = versie + 1 WHERE id = $1`, [
          c.id,
          deelnemers,
        ]);
        await this.casussen.gebeurtenis(
          m,
          c.id,
          'TRANSITIE',
          'AVIM neemt deel aan de casus (overname na heenzending)',
          null,
          'OM',
        );
      }
      await this.werk.maakActieIn(
        m,
        ZSM_KOPPELING,
        { ...c, deelnemers },
        {
          omschrijving: `${OVERNAME_ACTIE} — ${oordeel.uitleg} (${a.zsmReferentie})`,
          eigenaarOrganisatie: 'AVIM',
          deadline: a.vrijlatingOp ?? a.besluitOp,
        },
        null,
      );
    }
  }
}

/** DJI's detention reports show on the person's open case at once. */
@VerwerktEvent(EventName.DetentieGemeld)
export class DetentieVerwerker implements EventVerwerker<typeof EventName.DetentieGemeld> {
  constructor(private readonly casussen: CasusService) {}

  async verwerk(e: EventEnvelop<typeof EventName.DetentieGemeld>, m: EntityManager): Promise<void> {
    const d = e.payload;
    const open = await m.query<{ id: string }[]>(`SELECT id FROM casus WHERE persoon_id = $1 AND open`, [
      d.persoonId,
    ]);
    for (const c of open) {
      await this.casussen.gebeurtenis(
        m,
        c.id,
        'DETENTIE',
        d.melding === 'IN'
          ? `In detentie (${d.soort.toLowerCase().replace(/_/g, ' ')}, ${d.inrichting}) sinds ${tijd(d.begin)}`
          : `Uit detentie (${d.inrichting}) op ${tijd(d.eind ?? d.begin)}`,
        d.detentieId,
        'DJI',
      );
    }
  }
}
