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
