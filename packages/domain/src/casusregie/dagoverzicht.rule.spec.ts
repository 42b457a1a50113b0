import {
  stelDagoverzichtSamen,
  vorigDagoverzichtMoment,
  type DagoverzichtInvoer,
  type Gebeurtenis,
  type GebeurtenisSoort,
} from './dagoverzicht.rule';

const d = (iso: string) => new Date(iso);
const casus = (casusId: string) => ({
  casusId,
  omschrijving: `Casus ${casusId}`,
  status: 'IN_REGIE',
  procesregisseur: 'IND – J. de Vries',
});
const g = (
  casusId: string,
  soort: GebeurtenisSoort,
  iso: string,
  omschrijving = soort.toLowerCase(),
): Gebeurtenis => ({
  casusId,
  soort,
  tijdstip: d(iso),
  omschrijving,
});

// Monday 9 March 2026 07:00 CET (06:00Z) up to Tuesday 10 March 07:00 CET.
const VAN = d('2026-03-09T06:00:00Z');
const TOT = d('2026-03-10T06:00:00Z');

function dag(): DagoverzichtInvoer {
  return {
    van: VAN,
    tot: TOT,
    casussen: [
      casus('C-WIJZIGING'),
      casus('C-RUSTIG'),
      casus('C-TERMIJN'),
      casus('C-EEN-SIGNAAL'),
      casus('C-ACTIES'),
      casus('C-SIGNALEN'),
      casus('C-ACTIES-B'),
    ],
    gebeurtenissen: [
      g('C-SIGNALEN', 'SIGNAAL', '2026-03-09T20:00:00Z', 'winkeldiefstal Emmen'),
      g('C-SIGNALEN', 'TRANSITIE', '2026-03-09T09:00:00Z', 'in regie genomen'),
      g('C-SIGNALEN', 'SIGNAAL', '2026-03-09T07:15:00Z', 'COA-incidentmelding'),
      g('C-SIGNALEN', 'SIGNAAL', '2026-03-09T05:59:59.999Z', 'te vroeg'),
      g('C-SIGNALEN', 'SIGNAAL', '2026-03-10T06:00:00Z', 'te laat'),
      g('C-EEN-SIGNAAL', 'SIGNAAL', '2026-03-09T12:00:00Z', 'bedreiging medewerker'),
      g('C-ACTIES-B', 'SIGNAAL', '2026-03-09T13:00:00Z', 'vernieling'),
      g('C-WIJZIGING', 'ESCALATIE', '2026-03-10T05:00:00Z', 'geëscaleerd naar ketenmarinier'),
      g('C-WIJZIGING', 'MAATREGEL', '2026-03-09T06:00:00Z', 'gebiedsverbod 24 uur'),
      g('C-WIJZIGING', 'BESLUIT', '2026-03-09T10:00:00Z', 'versnelde behandeling'),
      g('C-WIJZIGING', 'ACTIE', '2026-03-09T10:00:00Z', 'actie uitgezet'),
      g('C-RUSTIG', 'UITKOMST', '2026-03-08T10:00:00Z', 'beschikking (eergisteren)'),
      g('ONBEKEND', 'SIGNAAL', '2026-03-09T12:00:00Z', 'niet actief'),
    ],
    openActies: [
      { id: 'a1', casusId: 'C-ACTIES', omschrijving: 'Gehoor plannen', deadline: d('2026-03-07T06:00:00Z') },
      { id: 'a2', casusId: 'C-ACTIES', omschrijving: 'Tolk regelen', deadline: d('2026-03-10T01:00:00Z') },
      { id: 'a3', casusId: 'C-ACTIES', omschrijving: 'Op tijd', deadline: TOT },
      {
        id: 'a4',
        casusId: 'C-ACTIES-B',
        omschrijving: 'Vertrekgesprek',
        deadline: d('2026-03-08T06:00:00.001Z'),
      },
      { id: 'a5', casusId: 'ONBEKEND', omschrijving: 'Los', deadline: d('2026-03-01T00:00:00Z') },
    ],
    termijnen: [
      { id: 't1', casusId: 'C-EEN-SIGNAAL', soortLabel: 'Gebiedsverbod', vervaltOp: TOT },
      {
        id: 't2',
        casusId: 'C-EEN-SIGNAAL',
        soortLabel: 'Verblijf HTL',
        vervaltOp: d('2026-03-11T06:00:00Z'),
      },
      {
        id: 't3',
        casusId: 'C-TERMIJN',
        soortLabel: 'Beroepstermijn',
        vervaltOp: d('2026-03-11T05:59:59.999Z'),
      },
      {
        id: 't4',
        casusId: 'C-RUSTIG',
        soortLabel: 'Gebiedsverbod',
        vervaltOp: d('2026-03-10T05:59:59.999Z'),
      },
    ],
  };
}

describe('stelDagoverzichtSamen', () => {
  const o = stelDagoverzichtSamen(dag());
  const perCasus = new Map(o.casussen.map((c) => [c.casusId, c]));

  it('volgorde: meeste nieuwe signalen, dan meeste acties te laat, dan casusId', () => {
    expect(o.casussen.map((c) => [c.casusId, c.nieuweSignalen.length, c.actiesTeLaat.length])).toEqual([
      ['C-SIGNALEN', 2, 0],
      ['C-ACTIES-B', 1, 1],
      ['C-EEN-SIGNAAL', 1, 0],
      ['C-ACTIES', 0, 2],
      ['C-TERMIJN', 0, 0],
      ['C-WIJZIGING', 0, 0],
    ]);
  });

  it('nieuwe signalen en wijzigingen in [van, tot), op tijdstip', () => {
    const signalen = perCasus.get('C-SIGNALEN')!;
    expect(signalen.nieuweSignalen.map((s) => s.omschrijving)).toEqual([
      'COA-incidentmelding',
      'winkeldiefstal Emmen',
    ]);
    expect(signalen.wijzigingen).toEqual([
      g('C-SIGNALEN', 'TRANSITIE', '2026-03-09T09:00:00Z', 'in regie genomen'),
    ]);
    expect(perCasus.get('C-WIJZIGING')!.wijzigingen.map((w) => [w.soort, w.tijdstip.toISOString()])).toEqual([
      ['MAATREGEL', '2026-03-09T06:00:00.000Z'], // exactly at van: included
      ['ACTIE', '2026-03-09T10:00:00.000Z'], // same time: by soort
      ['BESLUIT', '2026-03-09T10:00:00.000Z'],
      ['ESCALATIE', '2026-03-10T05:00:00.000Z'],
    ]);
  });

  it('acties te laat: deadline vóór tot, hele dagen naar beneden afgerond', () => {
    expect(perCasus.get('C-ACTIES')!.actiesTeLaat).toEqual([
      { id: 'a1', omschrijving: 'Gehoor plannen', deadline: d('2026-03-07T06:00:00Z'), dagenTeLaat: 3 },
      { id: 'a2', omschrijving: 'Tolk regelen', deadline: d('2026-03-10T01:00:00Z'), dagenTeLaat: 0 },
    ]);
    // 1 ms short of 2 days.
    expect(perCasus.get('C-ACTIES-B')!.actiesTeLaat).toEqual([
      { id: 'a4', omschrijving: 'Vertrekgesprek', deadline: d('2026-03-08T06:00:00.001Z'), dagenTeLaat: 1 },
    ]);
  });

  it('termijnen binnenkort: [tot, tot + 24 uur)', () => {
    expect(perCasus.get('C-EEN-SIGNAAL')!.termijnenBinnenkort).toEqual([
      { id: 't1', soortLabel: 'Gebiedsverbod', vervaltOp: TOT },
    ]);
    expect(perCasus.get('C-TERMIJN')!.termijnenBinnenkort).toEqual([
      { id: 't3', soortLabel: 'Beroepstermijn', vervaltOp: d('2026-03-11T05:59:59.999Z') },
    ]);
  });

  it('volledige regel van een casus', () => {
    expect(perCasus.get('C-ACTIES-B')).toEqual({
      casusId: 'C-ACTIES-B',
      omschrijving: 'Casus C-ACTIES-B',
      status: 'IN_REGIE',
      procesregisseur: 'IND – J. de Vries',
      nieuweSignalen: [g('C-ACTIES-B', 'SIGNAAL', '2026-03-09T13:00:00Z', 'vernieling')],
      wijzigingen: [],
      actiesTeLaat: [
        { id: 'a4', omschrijving: 'Vertrekgesprek', deadline: d('2026-03-08T06:00:00.001Z'), dagenTeLaat: 1 },
      ],
      termijnenBinnenkort: [],
    });
  });

  it('ongewijzigd telt actieve casussen zonder nieuws; onbekende casussen worden genegeerd', () => {
    expect(o.ongewijzigd).toBe(1);
    expect(perCasus.has('C-RUSTIG')).toBe(false);
    expect(perCasus.has('ONBEKEND')).toBe(false);
  });

  it('totalen', () => {
    expect(o.totalen).toEqual({ nieuweSignalen: 4, wijzigingen: 5, actiesTeLaat: 3, termijnenBinnenkort: 2 });
    expect(o.van).toEqual(VAN);
    expect(o.tot).toEqual(TOT);
  });

  it('een rustige dag: alleen de telling', () => {
    const rustig = stelDagoverzichtSamen({ ...dag(), gebeurtenissen: [], openActies: [], termijnen: [] });
    expect(rustig.casussen).toEqual([]);
    expect(rustig.ongewijzigd).toBe(7);
    expect(rustig.totalen).toEqual({
      nieuweSignalen: 0,
      wijzigingen: 0,
      actiesTeLaat: 0,
      termijnenBinnenkort: 0,
    });
  });

  it('ongeldige invoer → fout met het veld', () => {
    expect(() => stelDagoverzichtSamen({ ...dag(), tot: VAN })).toThrow('tot: moet na van liggen');
    expect(() => stelDagoverzichtSamen({ ...dag(), casussen: [casus('a'), casus('a')] })).toThrow(
      'casussen[1].casusId',
    );
    expect(() =>
      stelDagoverzichtSamen({ ...dag(), gebeurtenissen: [g('C-RUSTIG', 'SIGNAAL', 'geen datum')] }),
    ).toThrow('gebeurtenissen[0].tijdstip');
  });
});

describe('vorigDagoverzichtMoment (07:00 Amsterdam)', () => {
  it.each([
    // winter: 07:00 CET = 06:00Z
    ['2026-03-09T06:00:00Z', '2026-03-09T06:00:00Z'], // exactly 07:00: at or before
    ['2026-03-09T05:59:59.999Z', '2026-03-08T06:00:00Z'],
    ['2026-03-09T22:30:00Z', '2026-03-09T06:00:00Z'],
    ['2026-03-09T23:30:00Z', '2026-03-09T06:00:00Z'], // 00:30 on 10 March in Amsterdam: before its 07:00
    // late March: summer time from Sunday 29 March 2026 02:00 → 03:00; 07:00 CEST = 05:00Z
    ['2026-03-29T05:00:00Z', '2026-03-29T05:00:00Z'],
    ['2026-03-29T04:59:59.999Z', '2026-03-28T06:00:00Z'],
    ['2026-03-29T01:30:00Z', '2026-03-28T06:00:00Z'], // 03:30 CEST, just after the switch
    ['2026-03-30T04:00:00Z', '2026-03-29T05:00:00Z'],
    // late October: winter time from Sunday 25 October 2026 03:00 → 02:00; 07:00 CET = 06:00Z
    ['2026-10-25T06:00:00Z', '2026-10-25T06:00:00Z'],
    ['2026-10-25T05:30:00Z', '2026-10-24T05:00:00Z'], // 06:30 CET
    ['2026-10-25T00:30:00Z', '2026-10-24T05:00:00Z'], // 02:30 CEST, first pass
    ['2026-10-25T01:30:00Z', '2026-10-24T05:00:00Z'], // 02:30 CET, second pass
    // year end
    ['2027-01-01T05:00:00Z', '2026-12-31T06:00:00Z'],
  ])('nu %s → %s', (nu, verwacht) => {
    expect(vorigDagoverzichtMoment(d(nu))).toEqual(d(verwacht));
  });

  it('de nacht van de zomertijd duurt 23 uur, die van de wintertijd 25 uur', () => {
    const zomer = vorigDagoverzichtMoment(d('2026-03-29T12:00:00Z'));
    const daarvoor = vorigDagoverzichtMoment(new Date(zomer.getTime() - 1));
    expect((zomer.getTime() - daarvoor.getTime()) / 3_600_000).toBe(23);
    const winter = vorigDagoverzichtMoment(d('2026-10-25T12:00:00Z'));
    expect(
      (winter.getTime() - vorigDagoverzichtMoment(new Date(winter.getTime() - 1)).getTime()) / 3_600_000,
    ).toBe(25);
  });

  it('dagoverzicht over de zomertijdnacht: een signaal om 06:30 CEST valt erin', () => {
    const tot = vorigDagoverzichtMoment(d('2026-03-29T12:00:00Z'));
    const van = vorigDagoverzichtMoment(new Date(tot.getTime() - 1));
    const o = stelDagoverzichtSamen({
      van,
      tot,
      casussen: [casus('k')],
      gebeurtenissen: [g('k', 'SIGNAAL', '2026-03-29T04:30:00Z'), g('k', 'SIGNAAL', '2026-03-29T05:00:00Z')],
      openActies: [],
      termijnen: [],
    });
    expect(o.casussen[0]?.nieuweSignalen.map((s) => s.tijdstip.toISOString())).toEqual([
      '2026-03-29T04:30:00.000Z',
    ]);
  });

  it('ongeldige invoer → fout met het veld', () => {
    expect(() => vorigDagoverzichtMoment(new Date('x'))).toThrow('nu:');
  });
});
