import { bevatInterneDetails, schoonFoutOp } from '../src/beveiliging/fout-opschoning';

describe('bevatInterneDetails', () => {
  it.each([
    'request to http://127.0.0.1:4101/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:4101',
    'connect ECONNREFUSED',
    'getaddrinfo ENOTFOUND planning',
    'verbinding met localhost:5432 mislukt',
    'postgres://ketenbeeld:geheim@db/ketenbeeld',
    'niet bereikbaar: casusregie.ketenbeeld.internal',
    'Error: x\n    at Object.<anonymous> (/app/dist/main.js:1:1)',
    'at CasusService.zoek (/srv/app/dist/casus/casus.service.js:42:13)',
    'SELECT "p"."id" FROM "persoon" "p" WHERE "p"."id" = $1',
    'insert into casus (id) values ($1)',
    'relation "verwerkingslog" does not exist',
    'duplicate key value violates unique constraint "casus_pkey"',
    'new row violates check constraint "ernst_bereik"',
    'syntax error at or near "FROM"',
    'QueryFailedError: deadlock detected',
    'Cannot find module /app/node_modules/x/index.js',
  ])('intern: %s', (tekst) => expect(bevatInterneDetails(tekst)).toBe(true));

  it.each([
    'Ongeldige invoer: ernst: moet 1–5 zijn',
    'Geen toegang: uw organisatie neemt niet deel aan deze casus',
    'Casus niet gevonden',
    'De query is te complex: kosten 600000, de limiet is 500000.',
    'Variable "$id" of required type "ID!" was not provided.',
    'Cannot query field "bestaatNiet" on type "Query".',
    'Overdracht uiterlijk 2026-05-01 (R12: 6 maanden na akkoord)',
    'Plaatsing geweigerd: locatie TER_APEL is vol op 2026-03-02',
  ])('voor de client: %s', (tekst) => expect(bevatInterneDetails(tekst)).toBe(false));
});

describe('schoonFoutOp', () => {
  it('houdt melding, pad, locaties en de toegestane extensies; voegt het trace-id toe', () => {
    const { fout, intern } = schoonFoutOp(
      {
        message: 'Ongeldige invoer',
        path: ['registreerSignaal'],
        locations: [{ line: 1, column: 3 }],
        extensions: {
          code: 'BAD_USER_INPUT',
          foutcode: 'VALIDATIE',
          fouten: [{ veld: 'ernst', reden: 'moet 1–5 zijn' }],
          stacktrace: ['x'],
          exception: { stacktrace: ['y'] },
          serviceName: 'signalen',
        },
      },
      'abc',
    );
    expect(intern).toBe(false);
    expect(fout).toEqual({
      message: 'Ongeldige invoer',
      path: ['registreerSignaal'],
      locations: [{ line: 1, column: 3 }],
      extensions: {
        code: 'BAD_USER_INPUT',
        foutcode: 'VALIDATIE',
        fouten: [{ veld: 'ernst', reden: 'moet 1–5 zijn' }],
        traceId: 'abc',
      },
    });
  });

  it.each([
    ['zonder code', { message: 'boem' }],
    ['INTERNAL_SERVER_ERROR', { message: 'boem', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    ['een onbekende code', { message: 'boem', extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } }],
    [
      'interne details in fouten[].reden',
      {
        message: 'Ongeldige invoer',
        extensions: { code: 'BAD_USER_INPUT', fouten: [{ veld: 'x', reden: 'relation "x" does not exist' }] },
      },
    ],
  ])('%s: de algemene melding met trace-id', (_naam, invoer) => {
    const { fout, intern } = schoonFoutOp({ path: ['a'], ...invoer }, 'abc');
    expect(intern).toBe(true);
    expect(fout).toEqual({
      message: expect.stringContaining('trace-id abc'),
      path: ['a'],
      extensions: { code: 'INTERNAL_SERVER_ERROR', traceId: 'abc' },
    });
  });
});
