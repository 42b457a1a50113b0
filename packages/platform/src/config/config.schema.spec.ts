import { basisConfigSchema, ConfigFout, laadConfig } from './config.schema';

const geldig = {
  PORT: '4001',
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/ketenbeeld_signalen',
  REDIS_URL: 'redis://127.0.0.1:6379',
  AUTH_ISSUER: 'https://idp.example',
  AUTH_JWKS_URL: 'https://idp.example/.well-known/jwks.json',
};

describe('config', () => {
  it('leest een geldige omgeving, met standaardwaarden', () => {
    const c = laadConfig('signalen', basisConfigSchema, geldig);
    expect(c.PORT).toBe(4001);
    expect(c.BODY_LIMIT).toBe('256kb');
    expect(c.DATABASE_MIGRATIONS_RUN).toBe(true);
    expect(c.WORKERS).toBe(1);
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('weigert te starten en noemt elke foute variabele', () => {
    const fout = (() => {
      try {
        laadConfig('signalen', basisConfigSchema, {
          ...geldig,
          PORT: 'zeventig',
          DATABASE_URL: 'mysql://x',
          REDIS_URL: undefined,
        });
      } catch (e) {
        return e as ConfigFout;
      }
    })();
    expect(fout).toBeInstanceOf(ConfigFout);
    expect(fout!.fouten.map((f) => f.variabele).sort()).toEqual(['DATABASE_URL', 'PORT', 'REDIS_URL']);
    expect(fout!.fouten.find((f) => f.variabele === 'REDIS_URL')!.reden).toBe('ontbreekt');
    expect(fout!.message).toContain("Configuratie van 'signalen' is ongeldig");
  });

  it('WORKERS is een heel getal van 1 tot 64', () => {
    expect(laadConfig('x', basisConfigSchema, { ...geldig, WORKERS: '4' }).WORKERS).toBe(4);
    for (const fout of ['0', '65', 'twee', '1.5']) {
      expect(() => laadConfig('x', basisConfigSchema, { ...geldig, WORKERS: fout })).toThrow(/WORKERS/);
    }
  });

  it('eist precies één sleutelbron: JWKS (productie) of publieke sleutel (ontwikkeling)', () => {
    expect(() => laadConfig('x', basisConfigSchema, { ...geldig, AUTH_JWKS_URL: undefined })).toThrow(
      /AUTH_JWKS_URL/,
    );
    expect(() => laadConfig('x', basisConfigSchema, { ...geldig, AUTH_PUBLIC_KEY: 'pem' })).toThrow(
      /precies één/,
    );
  });
});

describe('bewaartermijnen', () => {
  it('hebben de standaard van het domein en lezen ISO-8601-duren', () => {
    const c = laadConfig('x', basisConfigSchema, geldig);
    expect(c.BEWAARTERMIJN_SIGNAAL).toBe('P5Y');
    expect(c.BEWAARTERMIJN_SIGNAAL_POLITIE_ANONIMISEREN).toBe('P5Y');
    expect(c.BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN).toBe('P10Y');
    expect(c.BEWAARTERMIJN_LOGBOEK).toBe('P5Y');
    expect(c.BEWAREN_BATCHGROOTTE).toBe(500);
    const eigen = laadConfig('x', basisConfigSchema, {
      ...geldig,
      BEWAARTERMIJN_SIGNAAL: 'p3y',
      BEWAARTERMIJN_LOGBOEK: '',
    });
    expect([eigen.BEWAARTERMIJN_SIGNAAL, eigen.BEWAARTERMIJN_LOGBOEK]).toEqual(['P3Y', 'P5Y']);
  });

  it('het logboek korter dan een jaar: de dienst start niet, en de melding noemt de variabele', () => {
    expect(() => laadConfig('zsm', basisConfigSchema, { ...geldig, BEWAARTERMIJN_LOGBOEK: 'P6M' })).toThrow(
      "Configuratie van 'zsm' is ongeldig; de dienst start niet:\n" +
        '  - BEWAARTERMIJN_LOGBOEK: P6M is te kort: minstens P1Y (het logboek gaat nooit binnen een jaar weg; de database weigert dat)',
    );
  });

  it('onleesbaar, langer dan R21, of eerst verwijderen en dan anonimiseren: geweigerd met de naam', () => {
    const fout = (env: Record<string, string>) => {
      try {
        laadConfig('signalen', basisConfigSchema, { ...geldig, ...env });
      } catch (e) {
        return (e as ConfigFout).fouten;
      }
      return [];
    };
    expect(fout({ BEWAARTERMIJN_SIGNAAL: '5 jaar' })).toEqual([
      {
        variabele: 'BEWAARTERMIJN_SIGNAAL',
        reden: "'5 jaar' moet een ISO-8601-duur zijn, bijvoorbeeld P5Y (5 jaar), P18M of P30D",
      },
    ]);
    expect(fout({ BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN: 'P15Y' })[0].variabele).toBe(
      'BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN',
    );
    expect(
      fout({
        BEWAARTERMIJN_SIGNAAL_POLITIE_ANONIMISEREN: 'P4Y',
        BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN: 'P2Y',
      }),
    ).toEqual([
      {
        variabele: 'BEWAARTERMIJN_SIGNAAL_POLITIE_ANONIMISEREN',
        reden:
          'P4Y is langer dan BEWAARTERMIJN_SIGNAAL_POLITIE_VERWIJDEREN (P2Y): anonimiseren moet vóór of tegelijk met verwijderen',
      },
    ]);
    expect(fout({ BEWAREN_BATCHGROOTTE: '0' })[0].variabele).toBe('BEWAREN_BATCHGROOTTE');
  });
});
