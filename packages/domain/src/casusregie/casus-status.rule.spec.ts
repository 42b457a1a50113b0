import {
  CasusStatus,
  CASUS_STATUSSEN,
  controleerTransitie,
  isOpen,
  toegestaneTransities,
} from './casus-status.rule';

const ok = { reden: 'besproken in kernteam', aantalUitkomsten: 0 };

describe('casus: toestandsmachine', () => {
  it('staat de lijn aangemeld → in beoordeling → in regie → afgerond toe (afronden met uitkomst)', () => {
    expect(controleerTransitie({ ...ok, van: 'AANGEMELD', naar: 'IN_BEOORDELING' })).toEqual([]);
    expect(controleerTransitie({ ...ok, van: 'IN_BEOORDELING', naar: 'IN_REGIE' })).toEqual([]);
    expect(controleerTransitie({ ...ok, van: 'IN_REGIE', naar: 'AFGEROND', aantalUitkomsten: 1 })).toEqual(
      [],
    );
  });

  it('weigert elke overgang die niet in de tabel staat, en noemt wat wel kan', () => {
    const geweigerd: string[] = [];
    for (const van of CASUS_STATUSSEN) {
      for (const naar of CASUS_STATUSSEN) {
        const fouten = controleerTransitie({
          van,
          naar,
          reden: 'x',
          aantalUitkomsten: 1,
          doorverwezenNaar: naar === 'DOORVERWEZEN' ? 'LKO' : null,
        });
        if (fouten.length) geweigerd.push(`${van}>${naar}`);
      }
    }
    // 7×7 = 49 pairs; allowed: 3 + 3 + 2 + 1 + 1 + 1 + 5 = 16.
    expect(geweigerd).toHaveLength(33);
    expect(geweigerd).toContain('AANGEMELD>AFGEROND');
    expect(geweigerd).toContain('AFGEROND>IN_REGIE');
    expect(controleerTransitie({ ...ok, van: 'AANGEMELD', naar: 'AFGEROND', aantalUitkomsten: 1 })).toEqual([
      {
        veld: 'naar',
        reden: 'van aangemeld naar afgerond kan niet; wel: in beoordeling, niet geschikt, doorverwezen',
      },
    ]);
  });

  it('eist een reden, een uitkomst bij afronden en een bestemming bij doorverwijzen', () => {
    expect(
      controleerTransitie({ van: 'IN_REGIE', naar: 'AFGEROND', reden: ' ', aantalUitkomsten: 0 }),
    ).toEqual([
      { veld: 'reden', reden: 'is verplicht: leg vast waarom' },
      {
        veld: 'naar',
        reden:
          'afronden kan pas als er een uitkomst is vastgelegd (beschikking, beroep, overdracht, vertrek, MOB)',
      },
    ]);
    expect(controleerTransitie({ ...ok, van: 'IN_REGIE', naar: 'DOORVERWEZEN' })).toEqual([
      { veld: 'doorverwezenNaar', reden: 'kies LKO of TOPX' },
    ]);
    expect(
      controleerTransitie({ ...ok, van: 'IN_REGIE', naar: 'DOORVERWEZEN', doorverwezenNaar: 'TOPX' }),
    ).toEqual([]);
    expect(
      controleerTransitie({ ...ok, van: 'AANGEMELD', naar: 'IN_BEOORDELING', doorverwezenNaar: 'LKO' }),
    ).toEqual([{ veld: 'doorverwezenNaar', reden: 'alleen bij doorverwijzen' }]);
  });

  it('heropenen kan vanuit elke eindtoestand; een heropende casus is open', () => {
    for (const eind of [CasusStatus.AFGEROND, CasusStatus.NIET_GESCHIKT, CasusStatus.DOORVERWEZEN]) {
      expect(isOpen(eind)).toBe(false);
      expect(toegestaneTransities(eind)).toEqual(['HEROPEND']);
    }
    expect(isOpen('HEROPEND')).toBe(true);
    expect(toegestaneTransities('HEROPEND')).toContain('IN_REGIE');
  });
});
