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
