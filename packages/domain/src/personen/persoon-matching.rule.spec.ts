import {
  KANDIDAAT_DREMPEL,
  naamSleutel,
  naamSleutels,
  normaliseerNaam,
  vergelijkPersonen,
} from './persoon-matching.rule';

describe('naamnormalisatie', () => {
  it('haalt diakrieten en leestekens weg', () => {
    expect(normaliseerNaam('  Şükrü  Öztürk-Ali ')).toBe('sukru ozturk ali');
    expect(normaliseerNaam('Zoë Ağaoğlu')).toBe('zoe agaoglu');
  });
  it.each([
    [['Mohammed', 'Muhammad', 'Mohamed', 'Mohamad'], 'mhmd'],
    [['Youssef', 'Yusuf', 'Jusuf', 'Yousef'], 'ysf'],
    [['Oualid', 'Walid'], 'wld'],
    [['Khaled', 'Khalid', 'Chaled'], null],
  ])('transliteraties van %j vallen samen', (namen, verwacht) => {
    const sleutels = new Set(namen.map(naamSleutel));
    if (verwacht) {
      expect(sleutels).toEqual(new Set([verwacht]));
    } else {
      // Khaled/Khalid agree; "Chaled" (French ch = sh) is a different sound and may differ.
      expect(naamSleutel('Khaled')).toBe(naamSleutel('Khalid'));
    }
  });
  it('volgorde van namen en partikels tellen niet', () => {
    expect(naamSleutels('Ahmed el Mansouri')).toEqual(naamSleutels('Mansouri Ahmed'));
  });
});

describe('vergelijkPersonen', () => {
  it('zelfde V-nummer: 100; verschillend: 0', () => {
    expect(vergelijkPersonen({ vNummer: '1234567890' }, { vNummer: '1234567890', naam: 'X' })).toEqual({
      score: 100,
      redenen: ['zelfde V-nummer'],
    });
    expect(
      vergelijkPersonen({ vNummer: '1234567890', naam: 'A B' }, { vNummer: '1234567891', naam: 'A B' }).score,
    ).toBe(0);
  });
  it('andere schrijfwijze, zelfde geboortedatum en nationaliteit: sterke kandidaat met redenen', () => {
    const u = vergelijkPersonen(
      { naam: 'Mohamed Ben Youssef', geboortedatum: '1998-04-02', nationaliteit: 'TUN' },
      { naam: 'Youssef Muhammad', geboortedatum: '1998-04-02', nationaliteit: 'TUN', vNummer: '9912345678' },
    );
    expect(u.redenen).toEqual([
      'naam gelijk op schrijfwijze na (transliteratie)',
      'zelfde geboortedatum',
      'zelfde nationaliteit',
    ]);
    expect(u.score).toBe(78);
  });
  it('zelfde namen in andere volgorde', () => {
    expect(vergelijkPersonen({ naam: 'Karim Amrani' }, { naam: 'Amrani Karim' })).toEqual({
      score: 45,
      redenen: ['zelfde namen in een andere volgorde'],
    });
  });
  it('alleen een gedeelde voornaam en een andere nationaliteit: geen kandidaat', () => {
    const u = vergelijkPersonen(
      { naam: 'Karim Amrani', nationaliteit: 'MAR' },
      { naam: 'Karim Haddad', nationaliteit: 'DZA' },
    );
    expect(u.score).toBeLessThan(KANDIDAAT_DREMPEL);
    expect(u.redenen).toEqual(['1 naam gemeenschappelijk', 'andere nationaliteit']);
  });
  it('geschat geboortejaar telt mee, een groot verschil telt tegen', () => {
    expect(
      vergelijkPersonen(
        { naam: 'Samir Testrade', geboortejaar: 2001 },
        { naam: 'Samir Testrade', geboortedatum: '2001-07-09' },
      ).redenen,
    ).toContain('zelfde geboortejaar');
    expect(
      vergelijkPersonen(
        { naam: 'Samir Testrade', geboortejaar: 1990 },
        { naam: 'Samir Testrade', geboortedatum: '2001-07-09' },
      ).score,
    ).toBe(25);
  });
  it('zelfde COA-nummer weegt zwaar', () => {
    expect(vergelijkPersonen({ coaNummer: 'coa-123' }, { coaNummer: 'COA-123' })).toEqual({
      score: 40,
      redenen: ['zelfde COA-nummer'],
    });
  });
});
