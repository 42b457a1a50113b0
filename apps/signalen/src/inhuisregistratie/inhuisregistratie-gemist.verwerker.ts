import type { EntityManager } from 'typeorm';
import { EventName, Rol, type Actor, type EventEnvelop } from '@ketenbeeld/domain';
import { DomeinFout, VerwerktEvent, type EventVerwerker } from '@ketenbeeld/platform';
import { SignaalFoutCode, SignaalService } from '../signalen/signaal.service';

const tijd = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));

/**
 * A missed inhuisregistratie (R2, reported by planning) becomes a COA signal 'niet verschenen bij de
 * inhuisregistratie' with the id planning chose, so it reaches the kernteam like every other signal.
 * Idempotent: a redelivery finds the signal (or meets the source-reference uniqueness).
 */
@VerwerktEvent(EventName.InhuisregistratieGemist)
export class InhuisregistratieGemistVerwerker implements EventVerwerker<
  typeof EventName.InhuisregistratieGemist
> {
  constructor(private readonly signalen: SignaalService) {}

  async verwerk(e: EventEnvelop<typeof EventName.InhuisregistratieGemist>, m: EntityManager): Promise<void> {
    const g = e.payload;
    if ((await m.query<unknown[]>(`SELECT 1 FROM signaal WHERE id = $1`, [g.signaalId])).length) return;
    const actor: Actor = {
      sub: 'systeem:planning',
      naam: 'Inhuisregistratie (planning)',
      organisatie: 'COA',
      rollen: [Rol.LOCATIEMANAGER],
    };
    try {
      await this.signalen.registreer(
        actor,
        {
          bronOrganisatie: 'COA',
          bronReferentie: `IHR-${g.locatieCode}-${g.datum}-${g.venster}-${g.vNummer}`,
          categorie: 'NIET_VERSCHENEN',
          subcategorie: 'NIET_VERSCHENEN_INHUISREGISTRATIE',
          ernst: 2,
          omschrijving:
            `Niet verschenen bij de inhuisregistratie (${g.venster.toLowerCase()}, ${tijd(g.vensterBegin)}–` +
            `${tijd(g.vensterEind)}) op ${g.datum}, locatie ${g.locatieCode}.`,
          tijdstipIncident: g.vensterEind,
          plaats: { locatieCode: g.locatieCode, ...(g.gemeente ? { gemeente: g.gemeente } : {}) },
          personen: [{ vNummer: g.vNummer }],
        },
        undefined,
        g.signaalId,
      );
    } catch (fout) {
      if (fout instanceof DomeinFout && fout.code === SignaalFoutCode.DUBBEL) return;
      throw fout;
    }
  }
}
