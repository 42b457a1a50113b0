import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Client } from 'pg';
import {
  dienstTestEnv,
  entiteitVelden,
  maakTestDatabase,
  signaalGeregistreerdEnvelop,
  testToken,
  type TestDatabase,
} from '@ketenbeeld/testing';
import { EventConsumer, startDienstVoorTest, subgraafSdl, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

let db: TestDatabase;
let dienst: DienstVoorTest;

beforeAll(async () => {
  db = await maakTestDatabase('planning');
  dienst = await startDienstVoorTest('planning', (c) => AppModule.met(c), await dienstTestEnv(db.url));
});
afterAll(async () => {
  await dienst?.close();
  await db?.verwijder();
});

type Velden = {
  plaatsingen: { locatie: string; status: string; van: string }[];
  plaatsingsAanleidingen: { categorie: string }[];
};

it('R2: alleen signalen die tot een plaatsing kunnen leiden worden aanleiding; plaatsingen komen uit de eigen tabel', async () => {
  const persoonId = randomUUID();
  const consumer = dienst.app.get(EventConsumer);
  await consumer.verwerk(
    signaalGeregistreerdEnvelop({ persoonIds: [persoonId], categorie: 'NIET_VERSCHENEN' }),
  );
  await consumer.verwerk(
    signaalGeregistreerdEnvelop({ persoonIds: [persoonId], categorie: 'WINKELDIEFSTAL' }),
  );
  const pg = new Client({ connectionString: db.url });
  await pg.connect();
  await pg.query(
    `INSERT INTO plaatsing (id, persoon_id, locatie, status, van) VALUES ($1, $2, 'VTL_TER_APEL', 'ACTIEF', '2026-11-01')`,
    [randomUUID(), persoonId],
  );
  await pg.end();
  const ind = await testToken('ind-procesregisseur');
  const p = await entiteitVelden<Velden>(
    `${dienst.url}/graphql`,
    ind,
    'Persoon',
    persoonId,
    'plaatsingen { locatie status van } plaatsingsAanleidingen { categorie }',
  );
  expect(p.plaatsingsAanleidingen).toEqual([{ categorie: 'NIET_VERSCHENEN' }]);
  expect(p.plaatsingen).toEqual([{ locatie: 'VTL_TER_APEL', status: 'ACTIEF', van: '2026-11-01' }]);
  const gemeente = await testToken('gemeente-melder');
  const q = await entiteitVelden<Velden>(
    `${dienst.url}/graphql`,
    gemeente,
    'Persoon',
    persoonId,
    'plaatsingen { locatie }',
  );
  expect(q.plaatsingen).toBeNull(); // not for a municipality: absent, not empty
});

it('de subgraaf-SDL is gelijk aan apps/planning/schema.graphql', () => {
  const sdl = subgraafSdl(dienst.app.get(GraphQLSchemaHost).schema);
  const pad = join(__dirname, '..', 'schema.graphql');
  if (process.env.KETENBEELD_SDL_SCHRIJVEN === '1') writeFileSync(pad, sdl);
  expect(sdl).toBe(readFileSync(pad, 'utf8'));
});
