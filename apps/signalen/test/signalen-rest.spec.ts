import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dienstTestEnv, maakTestDatabase, testToken, type TestDatabase } from '@ketenbeeld/testing';
import { startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;

const signaal = (ref: string, extra: Record<string, unknown> = {}) => ({
  bronOrganisatie: 'POLITIE',
  bronReferentie: ref,
  categorie: 'WINKELDIEFSTAL',
  omschrijving: 'Diefstal van telefoonopladers',
  ernst: 1,
  plaats: { gemeente: 'Emmen' },
  tijdstipIncident: new Date(Date.now() - 3600_000).toISOString(),
  personen: [{ naam: 'Proefpersoon Rest', nationaliteit: 'TUN' }],
  ...extra,
});

async function post(pad: string, body: unknown, headers: Record<string, string> = {}) {
  const r = await fetch(`${dienst.url}${pad}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${await testToken('politie-melder')}`,
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return { status: r.status, headers: r.headers, body: (await r.json()) as Record<string, any> };
}
const telling = async (sql: string, p: unknown[] = []) => Number((await pg.query(sql, p)).rows[0].n);

beforeAll(async () => {
  db = await maakTestDatabase('signalenrest');
  dienst = await startDienstVoorTest('signalen', (c) => AppModule.met(c), await dienstTestEnv(db.url));
  pg = new Client({ connectionString: db.url });
  await pg.connect();
});
afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

describe('Idempotency-Key', () => {
  it('een herhaling met dezelfde body geeft het oorspronkelijke antwoord; niets dubbel', async () => {
    const sleutel = randomUUID();
    const body = signaal(`IDEM-${sleutel}`);
    const eerste = await post('/v1/signalen', body, { 'Idempotency-Key': sleutel });
    expect(eerste.status).toBe(201);
    expect(eerste.headers.get('idempotent-replayed')).toBeNull();
    // Same body with its keys in another order: still the same request.
    const omgekeerd = Object.fromEntries(Object.entries(body).reverse());
    const tweede = await post('/v1/signalen', omgekeerd, { 'Idempotency-Key': sleutel });
    expect(tweede.status).toBe(201);
    expect(tweede.headers.get('idempotent-replayed')).toBe('true');
    expect(tweede.body).toEqual(eerste.body);
    expect(tweede.headers.get('location')).toBe(`/v1/signalen/${eerste.body.id}`);
    expect(
      await telling(`SELECT count(*) n FROM signaal WHERE bron_referentie = $1`, [body.bronReferentie]),
    ).toBe(1);
    expect(
      await telling(`SELECT count(*) n FROM outbox WHERE payload->>'signaalId' = $1`, [eerste.body.id]),
    ).toBe(1);
  });

  it('dezelfde sleutel met een andere body: 422 en niets gewijzigd', async () => {
    const sleutel = randomUUID();
    await post('/v1/signalen', signaal(`IDEM-A-${sleutel}`), { 'Idempotency-Key': sleutel });
    const voor = await telling('SELECT count(*) n FROM signaal');
    const anders = await post('/v1/signalen', signaal(`IDEM-B-${sleutel}`), { 'Idempotency-Key': sleutel });
    expect(anders.status).toBe(422);
    expect(anders.body).toMatchObject({
      code: 'IDEMPOTENTIE_ANDERE_BODY',
      fouten: [{ veld: 'Idempotency-Key' }],
    });
    expect(await telling('SELECT count(*) n FROM signaal')).toBe(voor);
  });

  it('gelijktijdige verzoeken met dezelfde sleutel leveren één signaal en hetzelfde antwoord', async () => {
    const sleutel = randomUUID();
    const body = signaal(`IDEM-RACE-${sleutel}`);
    const antwoorden = await Promise.all(
      Array.from({ length: 5 }, () => post('/v1/signalen', body, { 'Idempotency-Key': sleutel })),
    );
    expect(new Set(antwoorden.map((a) => a.status))).toEqual(new Set([201]));
    expect(new Set(antwoorden.map((a) => String(a.body.id))).size).toBe(1);
    expect(
      await telling(`SELECT count(*) n FROM signaal WHERE bron_referentie = $1`, [body.bronReferentie]),
    ).toBe(1);
  });

  it('een geweigerd verzoek legt zijn sleutel niet vast: dezelfde sleutel werkt daarna met een goede body', async () => {
    const sleutel = randomUUID();
    const fout = await post('/v1/signalen', signaal(`IDEM-F-${sleutel}`, { categorie: 'ONBEKEND' }), {
      'Idempotency-Key': sleutel,
    });
    expect(fout.status).toBe(400);
    expect(fout.body.fouten).toEqual([expect.objectContaining({ veld: 'categorie' })]);
    expect(await telling(`SELECT count(*) n FROM idempotentie WHERE sleutel = $1`, [sleutel])).toBe(0);
    const goed = await post('/v1/signalen', signaal(`IDEM-F-${sleutel}`), { 'Idempotency-Key': sleutel });
    expect(goed.status).toBe(201);
  });

  it('met V-nummers: alles in één transactie, een bekend V-nummer wordt dezelfde persoon, een herhaling hetzelfde antwoord', async () => {
    const vNummer = String(Date.now()).slice(-10).padStart(10, '1');
    const eerder = await post('/v1/signalen', signaal(`IDEM-V0-${vNummer}`, { personen: [{ vNummer }] }));
    expect(eerder.status).toBe(201);
    const persoonId = eerder.body.personen[0].id;
    const sleutel = randomUUID();
    const body = signaal(`IDEM-V-${sleutel}`, {
      personen: [{ naam: 'Nieuw Zonder Nummer' }, { vNummer, naam: 'Andere Schrijfwijze' }],
    });
    const eerste = await post('/v1/signalen', body, { 'Idempotency-Key': sleutel });
    expect(eerste.status).toBe(201);
    expect(eerste.body.personen.map((p: { id: string }) => p.id)[1]).toBe(persoonId);
    expect(eerste.body.personen[0]).toMatchObject({ naam: 'Nieuw Zonder Nummer', vNummer: null });
    const herhaald = await post('/v1/signalen', body, { 'Idempotency-Key': sleutel });
    expect(herhaald.headers.get('idempotent-replayed')).toBe('true');
    expect(herhaald.body).toEqual(eerste.body);
    const id = eerste.body.id;
    expect(await telling(`SELECT count(*) n FROM persoon WHERE v_nummer = $1`, [vNummer])).toBe(1);
    expect(await telling(`SELECT count(*) n FROM signaal_persoon WHERE signaal_id = $1`, [id])).toBe(2);
    expect(await telling(`SELECT count(*) n FROM signaal_historie WHERE signaal_id = $1`, [id])).toBe(1);
    expect(await telling(`SELECT count(*) n FROM outbox WHERE payload->>'signaalId' = $1`, [id])).toBe(1);
  });

  it('een ongeldige sleutel wordt geweigerd met het veld', async () => {
    const r = await post('/v1/signalen', signaal('IDEM-X'), { 'Idempotency-Key': 'met spatie' });
    expect(r.status).toBe(400);
    expect(r.body.fouten[0].veld).toBe('Idempotency-Key');
  });
});

describe('POST /v1/signalen/batch', () => {
  it('registreert de goede, weigert de foute, met een resultaat per item', async () => {
    const ref = randomUUID().slice(0, 8);
    const r = await post('/v1/signalen/batch', {
      signalen: [
        signaal(`B-${ref}-1`),
        signaal(`B-${ref}-2`, { categorie: 'ONBEKEND' }),
        signaal(`B-${ref}-3`, { bronOrganisatie: 'COA' }),
        signaal(`B-${ref}-1`),
        signaal(`B-${ref}-5`, { personen: [] }),
        signaal(`B-${ref}-6`),
      ],
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(r.body.resultaten.map((x: { status: number }) => x.status)).toEqual([
      201, 400, 403, 409, 400, 201,
    ]);
    expect(r.body).toMatchObject({ aantal: 6, geregistreerd: 2, geweigerd: 4 });
    expect(r.body.resultaten[1].fout.fouten[0].veld).toBe('signalen.1.categorie');
    expect(r.body.resultaten[4].fout.fouten[0].veld).toBe('signalen.4.personen');
    expect(
      await telling(`SELECT count(*) n FROM signaal WHERE bron_referentie LIKE $1`, [`B-${ref}-%`]),
    ).toBe(2);
  });

  it('1.000 signalen in één verzoek landen allemaal', async () => {
    const ref = randomUUID().slice(0, 8);
    const r = await post('/v1/signalen/batch', {
      signalen: Array.from({ length: 1000 }, (_, i) => signaal(`G-${ref}-${i}`)),
    });
    expect(r.status).toBe(200);
    expect(r.body.geregistreerd).toBe(1000);
    expect(
      await telling(`SELECT count(*) n FROM signaal WHERE bron_referentie LIKE $1`, [`G-${ref}-%`]),
    ).toBe(1000);
  }, 60_000);

  it('weigert geen lijst, een lege lijst en meer dan 1.000', async () => {
    for (const [body, reden] of [
      [{}, /lijst/],
      [{ signalen: [] }, /minstens/],
      [{ signalen: Array.from({ length: 1001 }, () => ({})) }, /hoogstens/],
    ] as const) {
      const r = await post('/v1/signalen/batch', body);
      expect(r.status).toBe(400);
      expect(r.body.fouten[0]).toMatchObject({ veld: 'signalen', reden: expect.stringMatching(reden) });
    }
  });
});

describe('NL GOV API-regels', () => {
  it('/v1/openapi.json is openbaar en beschrijft de endpoints', async () => {
    const r = await fetch(`${dienst.url}/v1/openapi.json`);
    expect(r.status).toBe(200);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    const doc = (await r.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(['/signalen', '/signalen/batch', '/signalen/{id}']);
    expect(doc.components.schemas.SignaalInvoer.required).toEqual(
      expect.arrayContaining([
        'bronOrganisatie',
        'bronReferentie',
        'categorie',
        'omschrijving',
        'tijdstipIncident',
        'personen',
      ]),
    );
  });

  it('ook een foutantwoord draagt API-Version en is problem+json', async () => {
    const r = await fetch(`${dienst.url}/v1/signalen/${randomUUID()}`, {
      headers: {
        authorization: `Bearer ${await testToken('politie-melder')}`,
        'ketenbeeld-doel': 'CASUSREGIE',
      },
    });
    expect(r.status).toBe(404);
    expect(r.headers.get('api-version')).toBe('1.0.0');
    expect(r.headers.get('content-type')).toContain('application/problem+json');
  });
});
