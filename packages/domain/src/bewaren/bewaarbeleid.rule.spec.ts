import {
  BEWAAR_DEFINITIES,
  BEWAAR_SOORTEN,
  BEWAARTERMIJN_DEFINITIES,
  BewaarActie,
  BewaarSoort,
  isPolitiebron,
} from './bewaar-soorten';
import {
  bewaarbeleid,
  BewaarbeleidOngeldig,
  bewaartermijnVan,
  controleerBewaarbeleid,
} from './bewaarbeleid.rule';
import { casusBewaarSoort } from './casus-bewaren.rule';
import { isBewaartermijn } from './bewaartermijn.rule';

describe('de soorten en hun standaardtermijnen', () => {
  it('elke soort heeft een of twee termijnen, met een geldige standaard, een bron en een eigen variabele', () => {
    const variabelen = BEWAARTERMIJN_DEFINITIES.map((d) => d.variabele);
    expect(new Set(variabelen).size).toBe(variabelen.length);
    for (const s of BEWAAR_SOORTEN) {
      const d = BEWAAR_DEFINITIES[s];
      expect(d.soort).toBe(s);
      expect(d.termijnen.length).toBeGreaterThanOrEqual(1);
      expect(d.diensten.length).toBeGreaterThanOrEqual(1);
      for (const t of d.termijnen) {
        expect(isBewaartermijn(t.standaard)).toBe(true);
        expect(t.bron.length).toBeGreaterThan(10);
        expect(t.variabele).toMatch(/^BEWAARTERMIJN_[A-Z_]+$/);
        // A default that is ours says so.
        if (t.aanname) expect(t.bron).toMatch(/^aanname/);
      }
    }
    expect(controleerBewaarbeleid({})).toEqual([]);
  });

  it('R21: politiesignalen na 5 jaar anoniem, na 10 jaar weg; de standaard is de wet, geen aanname', () => {
    const beleid = bewaarbeleid({});
    const anon = bewaartermijnVan(beleid, BewaarSoort.SIGNAAL_POLITIE, BewaarActie.ANONIMISEREN)!;
    const weg = bewaartermijnVan(beleid, BewaarSoort.SIGNAAL_POLITIE, BewaarActie.VERWIJDEREN)!;
    expect([anon.termijn.iso, weg.termijn.iso]).toEqual(['P5Y', 'P10Y']);
    expect(anon.definitie).toMatchObject({ aanname: false, bron: expect.stringMatching(/^R21/) });
    expect(bewaartermijnVan(beleid, BewaarSoort.SIGNAAL, BewaarActie.ANONIMISEREN)).toBeUndefined();
    expect(['POLITIE', 'AVIM', 'KMAR'].every(isPolitiebron)).toBe(true);
    expect(['COA', 'OM', 'GEMEENTE'].some(isPolitiebron)).toBe(false);
  });

  it('leest ingestelde termijnen; leeg is de standaard', () => {
    const beleid = bewaarbeleid({ BEWAARTERMIJN_SIGNAAL: 'P3Y', BEWAARTERMIJN_LOGBOEK: ' ', ANDERS: 'x' });
    expect(beleid.BEWAARTERMIJN_SIGNAAL.iso).toBe('P3Y');
    expect(beleid.BEWAARTERMIJN_LOGBOEK.iso).toBe('P5Y');
  });
});

describe('ongeldige instellingen worden geweigerd met de naam van de instelling', () => {
  it('het logboek nooit korter dan een jaar', () => {
    expect(controleerBewaarbeleid({ BEWAARTERMIJN_LOGBOEK: 'P6M' })).toEqual([
      {
        variabele: 'BEWAARTERMIJN_LOGBOEK',
        reden:
          'P6M is te kort: minstens P1Y (het logboek gaat nooit binnen een jaar weg; de database weigert dat)',
      },
    ]);
    expect(controleerBewaarbeleid({ BEWAARTERMIJN_LOGBOEK: 'P365D' })).toHaveLength(1);
    expect(controleerBewaarbeleid({ BEWAARTERMIJN_LOGBOEK: 'P1Y' })).toEqual([]);
  });

  it('politiegegevens niet langer dan R21 toestaat, en anonimiseren niet na verwijderen', () => {
    expect(controleerBewaarbeleid({ BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN: 'P12Y' })).toEqual([
      {
        variabele: 'BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN',
        reden: expect.stringMatching(/^P12Y is te lang: hoogstens P10Y \(R21/),
      },
    ]);
    expect(
      controleerBewaarbeleid({
        BEWAARTERMIJN_SIGNAAL_POLITIE_ANONIMISEREN: 'P4Y',
        BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN: 'P3Y',
      }),
    ).toEqual([
      {
        variabele: 'BEWAARTERMIJN_SIGNAAL_POLITIE_ANONIMISEREN',
        reden:
          'P4Y is langer dan BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN (P3Y): anonimiseren moet vóór of tegelijk met verwijderen',
      },
    ]);
    // Equal is fine: anonymise and remove on the same night (removal wins).
    expect(
      controleerBewaarbeleid({
        BEWAARTERMIJN_ZSM_REGISTRATIE_ANONIMISEREN: 'P3Y',
        BEWAARTERMIJN_ZSM_REGISTRATIE_VERWIJDEREN: 'P3Y',
      }),
    ).toEqual([]);
  });

  it('onleesbare waarden, alle tegelijk', () => {
    const fouten = controleerBewaarbeleid({ BEWAARTERMIJN_SIGNAAL: '5 jaar', BEWAARTERMIJN_DETENTIE: 'P0D' });
    expect(fouten).toEqual([
      {
        variabele: 'BEWAARTERMIJN_SIGNAAL',
        reden: expect.stringContaining("'5 jaar' moet een ISO-8601-duur zijn"),
      },
      { variabele: 'BEWAARTERMIJN_DETENTIE', reden: "'P0D' moet langer zijn dan nul" },
    ]);
    expect(() => bewaarbeleid({ BEWAARTERMIJN_SIGNAAL: '5 jaar' })).toThrow(BewaarbeleidOngeldig);
  });
});

describe('casussen naar uitkomst', () => {
  it('open casussen vervallen nooit; gesloten casussen naar status en laatste uitkomst', () => {
    expect(casusBewaarSoort({ status: 'IN_REGIE', laatsteUitkomst: 'VERTREK_GEDWONGEN' })).toBeNull();
    expect(casusBewaarSoort({ status: 'HEROPEND', laatsteUitkomst: null })).toBeNull();
    expect(casusBewaarSoort({ status: 'NIET_GESCHIKT', laatsteUitkomst: null })).toBe('CASUS_NIET_GESCHIKT');
    expect(casusBewaarSoort({ status: 'DOORVERWEZEN', laatsteUitkomst: null })).toBe('CASUS_DOORVERWEZEN');
    expect(casusBewaarSoort({ status: 'AFGEROND', laatsteUitkomst: 'OVERDRACHT' })).toBe('CASUS_VERTROKKEN');
    expect(casusBewaarSoort({ status: 'AFGEROND', laatsteUitkomst: 'VERTREK_ZELFSTANDIG' })).toBe(
      'CASUS_VERTROKKEN',
    );
    expect(casusBewaarSoort({ status: 'AFGEROND', laatsteUitkomst: 'MOB' })).toBe('CASUS_AFGEROND');
    expect(casusBewaarSoort({ status: 'AFGEROND', laatsteUitkomst: 'BEROEP_ONGEGROND' })).toBe(
      'CASUS_AFGEROND',
    );
  });
});
