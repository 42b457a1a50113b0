import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
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
  db = await maakTestDatabase('zsm');
  dienst = await startDienstVoorTest('zsm', (c) => AppModule.met(c), await dienstTestEnv(db.url));
});
afterAll(async () => {
  await dienst?.close();
  await db?.verwijder();
});

it('het leesmodel telt signalen per categorie, één keer per event', async () => {
  const persoonId = randomUUID();
  const consumer = dienst.app.get(EventConsumer);
  const eerste = signaalGeregistreerdEnvelop({ persoonIds: [persoonId], categorie: 'WINKELDIEFSTAL' });
  await consumer.verwerk(eerste);
  await consumer.verwerk(eerste); // herlevering
  await consumer.verwerk(
    signaalGeregistreerdEnvelop({ persoonIds: [persoonId], categorie: 'WINKELDIEFSTAL' }),
  );
  await consumer.verwerk(
    signaalGeregistreerdEnvelop({ persoonIds: [persoonId, randomUUID()], categorie: 'BEDREIGING' }),
  );
  const p = await entiteitVelden<{ zsmSignaalOverzicht: { categorie: string; aantal: number }[] }>(
    `${dienst.url}/graphql`,
    await testToken('dgm-analist'),
    'Persoon',
    persoonId,
    'zsmSignaalOverzicht { categorie aantal }',
  );
  expect(p.zsmSignaalOverzicht.sort((a, b) => a.categorie.localeCompare(b.categorie))).toEqual([
    { categorie: 'BEDREIGING', aantal: 1 },
    { categorie: 'WINKELDIEFSTAL', aantal: 2 },
  ]);
});

it('de subgraaf-SDL is gelijk aan apps/zsm/schema.graphql', () => {
  const sdl = subgraafSdl(dienst.app.get(GraphQLSchemaHost).schema);
  const pad = join(__dirname, '..', 'schema.graphql');
  if (process.env.KETENBEELD_SDL_SCHRIJVEN === '1') writeFileSync(pad, sdl);
  expect(sdl).toBe(readFileSync(pad, 'utf8'));
});
