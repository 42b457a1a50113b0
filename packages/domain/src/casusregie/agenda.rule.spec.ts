import { stelAgendaSamen, volgendeVergadering, type AgendaInvoer } from './agenda.rule';

const d = (iso: string) => new Date(iso);
type Casus = AgendaInvoer['casussen'][number];

function casus(casusId: string, over: Partial<Casus> = {}): Casus {
  return {
    casusId,
    aangemeldOp: d('2026-02-02T10:00:00Z'),
    status: 'IN_REGIE',
    laatsteWijzigingOp: null,
    omschrijving: `Casus ${casusId}`,
    ...over,
  };
}

// Kernteam on Monday 9 March 2026 09:00 CET (08:00 UTC); the previous one on Monday 2 March.
const OVERLEG = d('2026-03-09T08:00:00Z');
const VORIG = d('2026-03-02T08:00:00Z');

/** A prepared week: every reason, the ordering rules and every exclusion. */
function week(): AgendaInvoer {
  return {
    overlegOp: OVERLEG,
    vorigOverlegOp: VORIG,
    casussen: [
      casus('K-ACTIE', { laatsteWijzigingOp: d('2026-02-20T10:00:00Z') }),
      casus('K-ACTIE-TERMIJN', { laatsteWijzigingOp: d('2026-03-04T09:00:00Z') }),
      casus('K-TERMIJN-LAAT', {}),
      casus('K-TERMIJN-VROEG', {}),
      casus('K-NIEUW-2', {
        aangemeldOp: d('2026-03-05T12:00:00Z'),
        laatsteWijzigingOp: d('2026-03-06T09:00:00Z'),
      }),
      casus('K-NIEUW-1', { aangemeldOp: d('2026-03-03T07:15:00Z'), status: 'AANGEMELD' }),
      casus('K-NIEUW-OP-OVERLEG', { aangemeldOp: OVERLEG, status: 'IN_BEOORDELING' }),
      casus('K-GEWIJZIGD-B', { laatsteWijzigingOp: d('2026-03-04T10:00:00Z'), status: 'HEROPEND' }),
      casus('K-GEWIJZIGD-A', { laatsteWijzigingOp: d('2026-03-08T10:00:00Z') }),
      // Not on the agenda:
      casus('X-AFGEROND', { status: 'AFGEROND', aangemeldOp: d('2026-03-04T10:00:00Z') }),
      casus('X-NIET-GESCHIKT', { status: 'NIET_GESCHIKT', aangemeldOp: d('2026-03-04T10:00:00Z') }),
      casus('X-DOORVERWEZEN', { status: 'DOORVERWEZEN', laatsteWijzigingOp: d('2026-03-04T10:00:00Z') }),
      casus('X-RUSTIG', { laatsteWijzigingOp: VORIG }),
      casus('X-AANGEMELD-OP-VORIG', { aangemeldOp: VORIG }),
      casus('X-NA-OVERLEG', {
        aangemeldOp: d('2026-03-09T08:00:00.001Z'),
        laatsteWijzigingOp: d('2026-03-09T09:00:00Z'),
      }),
    ],
    openActies: [
      { id: 'a1', casusId: 'K-ACTIE', omschrijving: 'Gehoor plannen', deadline: d('2026-03-06T08:00:00Z') },
      {
        id: 'a2',
        casusId: 'K-ACTIE-TERMIJN',
        omschrijving: 'Vertrekgesprek',
        deadline: d('2026-03-08T07:00:00Z'),
      },
      {
        id: 'a3',
        casusId: 'K-ACTIE-TERMIJN',
        omschrijving: 'Dossier naar IND',
        deadline: d('2026-03-01T08:00:00Z'),
      },
      {
        id: 'a4',
        casusId: 'K-ACTIE-TERMIJN',
        omschrijving: 'Tolk regelen',
        deadline: d('2026-03-09T01:00:00Z'),
      },
      // Exactly at the meeting: not late yet.
      { id: 'a5', casusId: 'X-RUSTIG', omschrijving: 'Op tijd', deadline: OVERLEG },
      { id: 'a6', casusId: 'X-AFGEROND', omschrijving: 'Vergeten', deadline: d('2026-03-01T08:00:00Z') },
      { id: 'a7', casusId: 'ONBEKEND', omschrijving: 'Los', deadline: d('2026-03-01T08:00:00Z') },
    ],
    termijnen: [
      {
        id: 't1',
        casusId: 'K-TERMIJN-LAAT',
        soortLabel: 'Gebiedsverbod',
        vervaltOp: d('2026-03-11T13:00:00Z'),
      },
      {
        id: 't2',
        casusId: 'K-TERMIJN-VROEG',
        soortLabel: 'Beroepstermijn',
        vervaltOp: d('2026-03-10T10:00:00Z'),
      },
      { id: 't3', casusId: 'K-ACTIE-TERMIJN', soortLabel: 'Behandeltermijn PBL', vervaltOp: OVERLEG },
      // Next week, already expired, or for another case: not this week's.
      { id: 't4', casusId: 'X-RUSTIG', soortLabel: 'Gebiedsverbod', vervaltOp: d('2026-03-16T08:00:00Z') },
      {
        id: 't5',
        casusId: 'X-RUSTIG',
        soortLabel: 'Gebiedsverbod',
        vervaltOp: d('2026-03-09T07:59:59.999Z'),
      },
      {
        id: 't6',
        casusId: 'X-NIET-GESCHIKT',
        soortLabel: 'Gebiedsverbod',
        vervaltOp: d('2026-03-10T08:00:00Z'),
      },
      {
        id: 't7',
        casusId: 'K-TERMIJN-LAAT',
        soortLabel: 'Verblijf HTL',
        vervaltOp: d('2026-03-16T07:59:59.999Z'),
      },
    ],
  };
}

describe('stelAgendaSamen', () => {
  const agenda = stelAgendaSamen(week());

  it('volgorde: actie te laat, termijn deze week (eerst verlopend eerst), nieuw (oudste eerst), gewijzigd', () => {
    expect(agenda.map((v) => [v.volgorde, v.casusId])).toEqual([
      [1, 'K-ACTIE'],
      [2, 'K-ACTIE-TERMIJN'],
      [3, 'K-TERMIJN-VROEG'],
      [4, 'K-TERMIJN-LAAT'],
      [5, 'K-NIEUW-1'],
      [6, 'K-NIEUW-2'],
      [7, 'K-NIEUW-OP-OVERLEG'],
      [8, 'K-GEWIJZIGD-A'],
      [9, 'K-GEWIJZIGD-B'],
    ]);
  });

  it('één voorstel per casus met al zijn redenen en één toelichtingsregel per reden', () => {
    const [actie, actieTermijn] = agenda;
    expect(actie).toEqual({
      casusId: 'K-ACTIE',
      omschrijving: 'Casus K-ACTIE',
      redenen: ['ACTIE_TE_LAAT'],
      toelichting: ["actie 'Gehoor plannen' 3 dagen te laat"],
      volgorde: 1,
    });
    expect(actieTermijn).toEqual({
      casusId: 'K-ACTIE-TERMIJN',
      omschrijving: 'Casus K-ACTIE-TERMIJN',
      redenen: ['ACTIE_TE_LAAT', 'TERMIJN_DEZE_WEEK', 'GEWIJZIGD'],
      toelichting: [
        "actie 'Dossier naar IND' 8 dagen te laat; actie 'Vertrekgesprek' 1 dag te laat; actie 'Tolk regelen' minder dan een dag te laat",
        "termijn 'Behandeltermijn PBL' verloopt 9 maart 2026 09:00",
        'gewijzigd sinds het vorige overleg (laatst op 4 maart 2026 10:00)',
      ],
      volgorde: 2,
    });
  });

  it('termijn deze week: [overleg, overleg + 7 dagen)', () => {
    const perCasus = new Map(agenda.map((v) => [v.casusId, v]));
    expect(perCasus.get('K-TERMIJN-VROEG')?.toelichting).toEqual([
      "termijn 'Beroepstermijn' verloopt 10 maart 2026 11:00",
    ]);
    // t7 expires 1 ms before the next meeting: still this week.
    expect(perCasus.get('K-TERMIJN-LAAT')?.toelichting).toEqual([
      "termijn 'Gebiedsverbod' verloopt 11 maart 2026 14:00; termijn 'Verblijf HTL' verloopt 16 maart 2026 08:59",
    ]);
    expect(perCasus.get('K-TERMIJN-LAAT')?.redenen).toEqual(['TERMIJN_DEZE_WEEK']);
  });

  it('nieuw: na het vorige overleg en uiterlijk op het overleg; nieuw is niet ook gewijzigd', () => {
    const perCasus = new Map(agenda.map((v) => [v.casusId, v]));
    expect(perCasus.get('K-NIEUW-2')?.redenen).toEqual(['NIEUW']);
    expect(perCasus.get('K-NIEUW-2')?.toelichting).toEqual(['nieuw: aangemeld op 5 maart 2026 13:00']);
    expect(perCasus.get('K-NIEUW-OP-OVERLEG')?.redenen).toEqual(['NIEUW']);
    expect(perCasus.get('K-GEWIJZIGD-B')).toEqual({
      casusId: 'K-GEWIJZIGD-B',
      omschrijving: 'Casus K-GEWIJZIGD-B',
      redenen: ['GEWIJZIGD'],
      toelichting: ['gewijzigd sinds het vorige overleg (laatst op 4 maart 2026 11:00)'],
      volgorde: 9,
    });
  });

  it('uitsluitingen: afgerond, niet geschikt, doorverwezen, niets te melden, aangemeld op het vorige overleg of erna', () => {
    const ids = agenda.map((v) => v.casusId);
    for (const id of [
      'X-AFGEROND',
      'X-NIET-GESCHIKT',
      'X-DOORVERWEZEN',
      'X-RUSTIG',
      'X-AANGEMELD-OP-VORIG',
      'X-NA-OVERLEG',
      'ONBEKEND',
    ]) {
      expect(ids).not.toContain(id);
    }
    expect(agenda).toHaveLength(9);
  });

  it('eerste overleg (geen vorig overleg): elke lopende casus is nieuw', () => {
    const invoer: AgendaInvoer = {
      overlegOp: OVERLEG,
      vorigOverlegOp: null,
      casussen: [
        casus('b', { aangemeldOp: d('2025-01-01T00:00:00Z'), laatsteWijzigingOp: d('2026-03-01T00:00:00Z') }),
        casus('a', { aangemeldOp: d('2025-01-01T00:00:00Z') }),
        casus('c', { aangemeldOp: d('2024-06-01T00:00:00Z') }),
      ],
      openActies: [],
      termijnen: [],
    };
    expect(stelAgendaSamen(invoer).map((v) => [v.casusId, v.redenen])).toEqual([
      ['c', ['NIEUW']],
      ['a', ['NIEUW']],
      ['b', ['NIEUW']],
    ]);
  });

  it('gelijke groepen zonder eigen sortering: op casusId', () => {
    const invoer: AgendaInvoer = {
      overlegOp: OVERLEG,
      vorigOverlegOp: VORIG,
      casussen: [casus('z'), casus('m'), casus('b')],
      openActies: [
        { id: '1', casusId: 'z', omschrijving: 'x', deadline: d('2026-03-01T00:00:00Z') },
        { id: '2', casusId: 'm', omschrijving: 'x', deadline: d('2026-03-08T00:00:00Z') },
        { id: '3', casusId: 'b', omschrijving: 'x', deadline: d('2026-03-05T00:00:00Z') },
      ],
      termijnen: [],
    };
    expect(stelAgendaSamen(invoer).map((v) => v.casusId)).toEqual(['b', 'm', 'z']);
  });

  it('leeg: geen voorstellen', () => {
    expect(
      stelAgendaSamen({
        overlegOp: OVERLEG,
        vorigOverlegOp: VORIG,
        casussen: [],
        openActies: [],
        termijnen: [],
      }),
    ).toEqual([]);
  });

  it('ongeldige invoer → fout met het veld', () => {
    const basis = week();
    expect(() => stelAgendaSamen({ ...basis, overlegOp: new Date('x') })).toThrow('overlegOp:');
    expect(() => stelAgendaSamen({ ...basis, vorigOverlegOp: OVERLEG })).toThrow('vorigOverlegOp:');
    expect(() => stelAgendaSamen({ ...basis, casussen: [casus('a'), casus('a')] })).toThrow(
      'casussen[1].casusId',
    );
    expect(() =>
      stelAgendaSamen({
        ...basis,
        termijnen: [{ id: 't', casusId: 'a', soortLabel: 'x', vervaltOp: new Date('x') }],
      }),
    ).toThrow('termijnen[0].vervaltOp');
  });
});

describe('stelAgendaSamen — zomertijdweken', () => {
  const invoer = (overlegOp: Date, vervaltOp: Date): AgendaInvoer => ({
    overlegOp,
    vorigOverlegOp: null,
    casussen: [casus('k', { aangemeldOp: d('2020-01-01T00:00:00Z'), status: 'IN_REGIE' })],
    openActies: [],
    termijnen: [{ id: 't', casusId: 'k', soortLabel: 'Gebiedsverbod', vervaltOp }],
  });
  const redenen = (overlegOp: Date, vervaltOp: Date) =>
    stelAgendaSamen(invoer(overlegOp, vervaltOp))[0]?.redenen;

  it('eind oktober (169 uur tot het volgende overleg): maandag 08:30 CET valt nog in de week', () => {
    // Mon 19 Oct 2026 09:00 CEST = 07:00Z; next Monday 26 Oct 09:00 CET = 08:00Z.
    const overleg = d('2026-10-19T07:00:00Z');
    expect(redenen(overleg, d('2026-10-26T07:30:00Z'))).toEqual(['TERMIJN_DEZE_WEEK', 'NIEUW']);
    expect(redenen(overleg, d('2026-10-26T07:59:59.999Z'))).toEqual(['TERMIJN_DEZE_WEEK', 'NIEUW']);
    expect(redenen(overleg, d('2026-10-26T08:00:00Z'))).toEqual(['NIEUW']);
  });

  it('eind maart (167 uur tot het volgende overleg): maandag 09:30 CEST valt al in de volgende week', () => {
    // Mon 23 Mar 2026 09:00 CET = 08:00Z; next Monday 30 Mar 09:00 CEST = 07:00Z.
    const overleg = d('2026-03-23T08:00:00Z');
    expect(redenen(overleg, d('2026-03-30T06:59:59.999Z'))).toEqual(['TERMIJN_DEZE_WEEK', 'NIEUW']);
    expect(redenen(overleg, d('2026-03-30T07:00:00Z'))).toEqual(['NIEUW']);
    expect(redenen(overleg, d('2026-03-30T07:30:00Z'))).toEqual(['NIEUW']);
  });
});

describe('volgendeVergadering', () => {
  it.each([
    // winter: 09:00 CET = 08:00Z
    ['2026-03-04T12:00:00Z', '2026-03-09T08:00:00Z'], // Wednesday
    ['2026-03-09T07:59:59.999Z', '2026-03-09T08:00:00Z'], // Monday just before
    ['2026-03-09T08:00:00Z', '2026-03-16T08:00:00Z'], // exactly at the meeting: strictly after
    ['2026-03-08T23:30:00Z', '2026-03-09T08:00:00Z'], // Monday 00:30 Amsterdam, Sunday in UTC
    // late March: DST starts Sunday 29 March 2026 02:00 → 03:00
    ['2026-03-23T08:00:00Z', '2026-03-30T07:00:00Z'],
    ['2026-03-29T01:30:00Z', '2026-03-30T07:00:00Z'], // Sunday 03:30 CEST
    ['2026-03-30T06:59:59.999Z', '2026-03-30T07:00:00Z'],
    // late October: DST ends Sunday 25 October 2026 03:00 → 02:00
    ['2026-10-19T07:00:00Z', '2026-10-26T08:00:00Z'],
    ['2026-10-25T00:30:00Z', '2026-10-26T08:00:00Z'], // Sunday 02:30 CEST (first pass)
    ['2026-10-26T07:30:00Z', '2026-10-26T08:00:00Z'], // Monday 08:30 CET
    ['2026-10-26T08:00:00Z', '2026-11-02T08:00:00Z'],
    // year end
    ['2026-12-31T10:00:00Z', '2027-01-04T08:00:00Z'],
  ])('kernteam na %s → %s', (na, verwacht) => {
    expect(volgendeVergadering('KERNTEAM', d(na))).toEqual(d(verwacht));
  });

  it.each(['LKO', 'TOPX', 'REGIETAFEL'] as const)('%s wordt met de hand gepland: null', (soort) => {
    expect(volgendeVergadering(soort, d('2026-03-04T12:00:00Z'))).toBeNull();
  });

  it('ongeldige invoer → fout met het veld', () => {
    expect(() => volgendeVergadering('KERNTEAM', new Date('x'))).toThrow('na:');
    expect(() => volgendeVergadering('WEEKOVERLEG' as never, d('2026-03-04T12:00:00Z'))).toThrow('soort:');
  });
});
