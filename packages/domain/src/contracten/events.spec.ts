import { randomUUID } from 'node:crypto';
import {
  abonneesVan,
  ontvangtEvents,
  ContractSchending,
  EventName,
  eventAbonnementen,
  parseEventPayload,
  type EventPayload,
} from './events';

const geldig: EventPayload<typeof EventName.SignaalGeregistreerd> = {
  signaalId: randomUUID(),
  bronOrganisatie: 'COA',
  bronReferentie: 'COA-1',
  categorie: 'WINKELDIEFSTAL',
  tijdstipIncident: '2026-11-20T10:00:00+01:00',
  personen: [{ persoonId: randomUUID(), vNummer: null }],
};

describe('event-contracten', () => {
  it('laat een geldige payload door', () => {
    expect(parseEventPayload(EventName.SignaalGeregistreerd, geldig)).toEqual(geldig);
  });

  it('weigert een verkeerde payload tijdens runtime, met de velden', () => {
    const fout = (() => {
      try {
        parseEventPayload(EventName.SignaalGeregistreerd, { ...geldig, signaalId: 'x', personen: [] });
      } catch (e) {
        return e;
      }
    })();
    expect(fout).toBeInstanceOf(ContractSchending);
    expect((fout as ContractSchending).fouten.map((f) => f.veld).sort()).toEqual(['personen', 'signaalId']);
  });

  it('weigert een onbekende eventnaam', () => {
    expect(() => parseEventPayload('bestaat.niet.v1' as never, {})).toThrow(ContractSchending);
  });

  it('weigert een verkeerde payload al bij het compileren', () => {
    const onjuist: EventPayload<typeof EventName.SignaalGeregistreerd> = {
      ...geldig,
      // @ts-expect-error bronOrganisatie must be an organisation code
      bronOrganisatie: 'CIA',
    };
    expect(() => parseEventPayload(EventName.SignaalGeregistreerd, onjuist)).toThrow(ContractSchending);
  });

  it('elk event heeft abonnees; PRODUCENT wordt de producerende dienst', () => {
    for (const naam of Object.values(EventName)) expect(eventAbonnementen[naam].length).toBeGreaterThan(0);
    expect(abonneesVan(EventName.TermijnVerstreken, 'zsm')).toEqual(['zsm']);
    expect(abonneesVan(EventName.SignaalGeregistreerd, 'signalen')).toEqual([
      'casusregie',
      'zsm',
      'planning',
    ]);
    expect(ontvangtEvents('signalen')).toBe(true);
  });
});
