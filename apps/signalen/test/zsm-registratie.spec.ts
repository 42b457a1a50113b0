import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { dienstTestEnv, maakTestDatabase, type TestDatabase } from '@ketenbeeld/testing';
import { EventConsumer, startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;

beforeAll(async () => {
  db = await maakTestDatabase('signalenzsm');
  dienst = await startDienstVoorTest('signalen', (c) => AppModule.met(c), await dienstTestEnv(db.url));
  pg = new Client({ connectionString: db.url });
  await pg.connect();
});
afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const registratie = (delict: string, vNummer: string | null) => ({
  registratieId: randomUUID(),
  signaalId: randomUUID(),
  zsmReferentie: `ZSM-GRN-${randomUUID().slice(0, 6)}`,
  persoon: { vNummer, naam: vNummer ? null : 'Zsm Proefpersoon', geboortedatum: null, nationaliteit: 'DZA' },
  aanhoudingOp: new Date(Date.now() - 3600_000).toISOString(),
  delict,
  omschrijving: 'Winkeldiefstal, aangehouden door de politie',
  vpt: false,
  zsmLocatie: 'ZSM Groningen',
  gemeente: 'Groningen',
  door: 'u-om-zsm-0001',
});
const envelop = (payload: object) => ({
  id: randomUUID(),
  naam: 'zsm.zsm-registratie-gemeld.v1',
  producent: 'zsm',
  opgetredenOp: new Date().toISOString(),
  payload,
});

it('een ZSM-registratie wordt een OM-signaal met het gekozen id, op de bekende persoon; herlevering maakt niets dubbel', async () => {
  const vNummer = `77${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const r = registratie('WINKELDIEFSTAL', vNummer);
  const consumer = dienst.app.get(EventConsumer);
  expect(await consumer.verwerk(envelop(r) as never)).toBe('verwerkt');
  expect(await consumer.verwerk(envelop(r) as never)).toBe('verwerkt'); // another delivery id, same registration
  const { rows } = await pg.query(
    `SELECT s.id, s.bron_organisatie, s.categorie, s.ernst, p.v_nummer FROM signaal s
     JOIN signaal_persoon sp ON sp.signaal_id = s.id JOIN persoon p ON p.id = sp.persoon_id WHERE s.bron_referentie = $1`,
    [`ZSM-${r.registratieId}`],
  );
  expect(rows).toEqual([
    { id: r.signaalId, bron_organisatie: 'OM', categorie: 'WINKELDIEFSTAL', ernst: 3, v_nummer: vNummer },
  ]);
  const { rows: outbox } = await pg.query(`SELECT payload FROM outbox WHERE payload->>'signaalId' = $1`, [
    r.signaalId,
  ]);
  expect(outbox[0].payload.personen[0]).toMatchObject({ vNummer });
});

it('een delict buiten de taxonomie landt als aanhouding met het delict in de tekst', async () => {
  const r = registratie('ONBEKEND_DELICT', null);
  expect(await dienst.app.get(EventConsumer).verwerk(envelop(r) as never)).toBe('verwerkt');
  const { rows } = await pg.query(`SELECT categorie, omschrijving FROM signaal WHERE id = $1`, [r.signaalId]);
  expect(rows[0].categorie).toBe('AANHOUDING');
  expect(rows[0].omschrijving).toContain('delict ONBEKEND_DELICT');
});

it('een gemiste inhuisregistratie (planning) wordt een COA-signaal "niet verschenen" op de persoon met dat V-nummer; eenmaal', async () => {
  const vNummer = `78${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const signaalId = randomUUID();
  const gemist = {
    id: randomUUID(),
    naam: 'planning.inhuisregistratie-gemist.v1',
    producent: 'planning',
    opgetredenOp: new Date().toISOString(),
    payload: {
      signaalId,
      persoonId: randomUUID(),
      vNummer,
      locatieCode: 'TER_APEL',
      gemeente: 'Westerwolde',
      datum: '2026-11-20',
      venster: 'OCHTEND',
      vensterBegin: '2026-11-20T07:00:00.000Z',
      vensterEind: '2026-11-20T09:00:00.000Z',
    },
  };
  const consumer = dienst.app.get(EventConsumer);
  expect(await consumer.verwerk(gemist as never)).toBe('verwerkt');
  expect(await consumer.verwerk({ ...gemist, id: randomUUID() } as never)).toBe('verwerkt');
  const { rows } = await pg.query(
    `SELECT s.id, s.bron_organisatie, s.categorie, s.subcategorie, s.locatie_code, s.omschrijving, p.v_nummer FROM signaal s
     JOIN signaal_persoon sp ON sp.signaal_id = s.id JOIN persoon p ON p.id = sp.persoon_id WHERE s.bron_referentie LIKE $1`,
    [`IHR-TER_APEL-2026-11-20-OCHTEND-${vNummer}`],
  );
  expect(rows).toEqual([
    {
      id: signaalId,
      bron_organisatie: 'COA',
      categorie: 'NIET_VERSCHENEN',
      subcategorie: 'NIET_VERSCHENEN_INHUISREGISTRATIE',
      locatie_code: 'TER_APEL',
      omschrijving:
        'Niet verschenen bij de inhuisregistratie (ochtend, 08:00–10:00) op 2026-11-20, locatie TER_APEL.',
      v_nummer: vNummer,
    },
  ]);
});
