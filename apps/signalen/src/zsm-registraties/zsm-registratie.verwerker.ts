import type { EntityManager } from 'typeorm';
import { EventName, Rol, type Actor, type EventEnvelop } from '@ketenbeeld/domain';
import { DomeinFout, VerwerktEvent, type EventVerwerker } from '@ketenbeeld/platform';
import { SignaalFoutCode, SignaalService } from '../signalen/signaal.service';
import { TaxonomieService } from '../signalen/taxonomie.service';

/**
 * A ZSM registration becomes a signal of the OM (with the id zsm chose), so it reaches the kernteam
 * like every other signal: attached to the person's open case, or as a proposal. Idempotent: a
 * redelivery meets the (source, reference) uniqueness and changes nothing.
 */
@VerwerktEvent(EventName.ZsmRegistratieGemeld)
export class ZsmRegistratieVerwerker implements EventVerwerker<typeof EventName.ZsmRegistratieGemeld> {
  constructor(
    private readonly signalen: SignaalService,
    private readonly taxonomie: TaxonomieService,
  ) {}

  async verwerk(e: EventEnvelop<typeof EventName.ZsmRegistratieGemeld>, m: EntityManager): Promise<void> {
    const r = e.payload;
    // Delivered before (at least once): the signal exists, nothing to do.
    if ((await m.query<unknown[]>(`SELECT 1 FROM signaal WHERE id = $1`, [r.signaalId])).length) return;
    const actor: Actor = { sub: r.door, naam: 'ZSM', organisatie: 'OM', rollen: [Rol.ZSM_OFFICIER] };
    // An offence code outside the taxonomy still lands, as an arrest with the code in the text.
    const bekend = (await this.taxonomie.controleer(r.delict, undefined)).length === 0;
    const invoer = {
      bronOrganisatie: 'OM',
      bronReferentie: `ZSM-${r.registratieId}`,
      categorie: bekend ? r.delict : 'AANHOUDING',
      ernst: r.vpt ? 4 : 3,
      omschrijving: `ZSM ${r.zsmLocatie} (${r.zsmReferentie}): ${bekend ? '' : `delict ${r.delict}; `}${r.omschrijving}`,
      tijdstipIncident: r.aanhoudingOp,
      plaats: { gemeente: r.gemeente ?? r.zsmLocatie },
      personen: [
        Object.fromEntries(
          Object.entries({
            vNummer: r.persoon.vNummer,
            naam: r.persoon.naam,
            geboortedatum: r.persoon.geboortedatum,
            nationaliteit: r.persoon.nationaliteit,
          }).filter(([, v]) => v !== null),
        ),
      ],
    };
    try {
      await this.signalen.registreer(actor, invoer, undefined, r.signaalId);
    } catch (fout) {
      if (fout instanceof DomeinFout && fout.code === SignaalFoutCode.DUBBEL) return;
      throw fout;
    }
  }
}
