import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  dienstTestEnv,
  entiteitVelden,
  gql,
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
  db = await maakTestDatabase('casusregie');
  dienst = await startDienstVoorTest('casusregie', (c) => AppModule.met(c), await dienstTestEnv(db.url));
});
afterAll(async () => {
  await dienst?.close();
  await db?.verwijder();
});

type Meldingen = { signaalMeldingen: { signaalId: string; categorie: string; status: string }[] };

it('een SignaalGeregistreerd-event wordt één keer een melding voor het kernteam, ook bij herlevering', async () => {
  const persoonId = randomUUID();
  const envelop = signaalGeregistreerdEnvelop({ persoonIds: [persoonId], categorie: 'GEWELD_VPT' });
  const consumer = dienst.app.get(EventConsumer);
  expect(await consumer.verwerk(envelop as never)).toBe('verwerkt');
  expect(await consumer.verwerk(envelop as never)).toBe('dubbel');
  const ind = await testToken('ind-procesregisseur');
  const p = await entiteitVelden<Meldingen>(
    `${dienst.url}/graphql`,
    ind,
    'Persoon',
    persoonId,
    'signaalMeldingen { signaalId categorie status }',
  );
  expect(p.signaalMeldingen).toEqual([
    { signaalId: envelop.payload.signaalId, categorie: 'GEWELD_VPT', status: 'NIEUW' },
  ]);
});

it('need-to-know: een gemeente ziet alleen meldingen uit eigen bron', async () => {
  const persoonId = randomUUID();
  const consumer = dienst.app.get(EventConsumer);
  await consumer.verwerk(signaalGeregistreerdEnvelop({ persoonIds: [persoonId], bronOrganisatie: 'COA' }));
  const gemeente = await testToken('gemeente-melder');
  const p = await entiteitVelden<Meldingen>(
    `${dienst.url}/graphql`,
    gemeente,
    'Persoon',
    persoonId,
    'signaalMeldingen { signaalId }',
  );
  expect(p.signaalMeldingen).toEqual([]);
});

it('een payload die het contract schendt wordt geweigerd en niet opgeslagen', async () => {
  const consumer = dienst.app.get(EventConsumer);
  const kapot = { ...signaalGeregistreerdEnvelop({ persoonIds: [] }) };
  await expect(consumer.verwerk(kapot as never)).rejects.toThrow(/personen/);
});

it('zonder token: 401', async () => {
  expect((await gql(`${dienst.url}/graphql`, undefined, '{ __typename }')).status).toBe(401);
});

it('de subgraaf-SDL is gelijk aan apps/casusregie/schema.graphql', () => {
  const sdl = subgraafSdl(dienst.app.get(GraphQLSchemaHost).schema);
  const pad = join(__dirname, '..', 'schema.graphql');
  if (process.env.KETENBEELD_SDL_SCHRIJVEN === '1') writeFileSync(pad, sdl);
  expect(sdl).toBe(readFileSync(pad, 'utf8'));
});
