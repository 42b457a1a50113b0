import { EventName } from './events';
import { liveKanaal, liveMeldingVan } from './live';

it('een live-melding noemt het event en de ids, nooit persoonsgegevens', () => {
  expect(
    liveMeldingVan(EventName.SignaalGeregistreerd, {
      signaalId: 's1',
      personen: [
        { persoonId: 'p1', vNummer: '1234567890', naam: 'Geheim' },
        { persoonId: 'p2', vNummer: null },
      ],
      omschrijving: 'vertrouwelijk',
    }),
  ).toEqual({
    event: EventName.SignaalGeregistreerd,
    casusIds: [],
    persoonIds: ['p1', 'p2'],
    signaalIds: ['s1'],
  });
  expect(
    liveMeldingVan(EventName.CasusBijgewerkt, { casusId: 'c1', persoonId: 'p1', status: 'IN_REGIE' }),
  ).toEqual({
    event: EventName.CasusBijgewerkt,
    casusIds: ['c1'],
    persoonIds: ['p1'],
    signaalIds: [],
  });
  expect(
    liveMeldingVan(EventName.PersoonSamengevoegd, { behoudenId: 'a', opgaandId: 'b', samenvoegingId: 'x' }),
  ).toMatchObject({ persoonIds: ['a', 'b'] });
  expect(liveMeldingVan(EventName.TermijnVerstreken, { termijnId: 't' })).toBeNull();
  expect(liveKanaal('kbtest1')).toBe('kbtest1:live');
});
