import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { datumSleutel } from '@ketenbeeld/domain';
import { dienstTestEnv, gql, maakTestDatabase, testToken, type TestDatabase } from '@ketenbeeld/testing';
import { EventConsumer, startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

/** The planning service on a database of its own for one test file, with a direct connection to it. */
export interface Omgeving {
  dienst: DienstVoorTest;
  pg: Client;
}

export function planningOmgeving(naam: string, env: Record<string, string> = {}): Omgeving {
  const o = {} as Omgeving;
  let db: TestDatabase;
  beforeAll(async () => {
    db = await maakTestDatabase(naam);
    o.dienst = await startDienstVoorTest(
      'planning',
      (c) => AppModule.met(c),
      await dienstTestEnv(db.url, env),
    );
    o.pg = new Client({ connectionString: db.url });
    await o.pg.connect();
  });
  afterAll(async () => {
    await o.pg?.end();
    await o.dienst?.close();
    await db?.verwijder();
  });
  return o;
}

export type Fout = {
  message: string;
  extensions?: { code?: string; foutcode?: string; fouten?: { veld: string; reden: string }[] };
};

export async function vraag<T = Record<string, unknown>>(
  o: Omgeving,
  persona: string,
  query: string,
  variables = {},
) {
  return gql<T>(`${o.dienst.url}/graphql`, await testToken(persona), query, variables);
}

export const fouten = (r: { errors?: Fout[] }) => r.errors?.[0]?.extensions?.fouten ?? [];

/** A date n days from `basis` on the Amsterdam calendar (the service's 'today' is Amsterdam's). */
export const dag = (n: number, basis = new Date()) =>
  datumSleutel(new Date(basis.getTime() + n * 86_400_000));

const vNummer = () => String(Math.floor(Math.random() * 9e9) + 1e9);

/** Deliver an event through the service's real consumer, as the relay would. */
export async function bericht(
  o: Omgeving,
  naam: string,
  producent: string,
  payload: Record<string, unknown>,
) {
  await o.dienst.app.get(EventConsumer).verwerk({
    id: randomUUID(),
    naam,
    producent,
    opgetredenOp: new Date().toISOString(),
    payload,
  } as never);
}

/** A person as signalen and casusregie tell planning about them: a signal, then an open case. */
export async function persoon(
  o: Omgeving,
  p: { geboortedatum?: string | null; spoor?: 1 | 2 | 4; categorie?: string } = {},
) {
  const persoonId = randomUUID();
  const casusId = randomUUID();
  const v = vNummer();
  await bericht(o, 'signalen.signaal-geregistreerd.v1', 'signalen', {
    signaalId: randomUUID(),
    bronOrganisatie: 'COA',
    bronReferentie: `T-${randomUUID()}`,
    categorie: p.categorie ?? 'OVERLAST_OPVANGLOCATIE',
    tijdstipIncident: new Date(Date.now() - 3600_000).toISOString(),
    personen: [
      {
        persoonId,
        vNummer: v,
        naam: 'Testpersoon Fictief',
        geboortedatum: p.geboortedatum === undefined ? '1995-04-01' : p.geboortedatum,
        nationaliteit: 'MAR',
      },
    ],
  });
  await bericht(o, 'casusregie.casus-bijgewerkt.v1', 'casusregie', {
    casusId,
    persoonId,
    versie: 1,
    bijgewerktOp: new Date().toISOString(),
    status: 'IN_REGIE',
    open: true,
    spoor: p.spoor ?? 2,
    kansarm: true,
    procedurefase: null,
    locatieCode: 'TER_APEL',
    procesregisseur: { naam: 'Regisseur (fictief)', organisatie: 'IND' },
    deelnemers: ['IND', 'COA', 'DTV'],
    maatregelen: [],
    topx: [],
  });
  return { persoonId, casusId, vNummer: v };
}

/** A location of its own (so tests do not share places or persons), with capacity and optional windows. */
export async function eigenLocatie(
  o: Omgeving,
  soort: 'PBL' | 'AZC',
  capaciteit: number,
  vensters = false,
): Promise<string> {
  const code = `${soort}_T${randomUUID().slice(0, 8).toUpperCase()}`;
  await o.pg.query(
    `INSERT INTO locatie (code, naam, soort, regio, gemeente) VALUES ($1, $1, $2, 'Noord', 'Westerwolde')`,
    [code, soort],
  );
  await o.pg.query(
    `INSERT INTO locatie_capaciteit (locatie, geldig_vanaf, capaciteit, reden, gewijzigd_door) VALUES ($1, '2025-01-01', $2, 'test', 'test')`,
    [code, capaciteit],
  );
  if (vensters)
    await o.pg.query(
      `INSERT INTO registratievenster (locatie, code, begin, eind) VALUES ($1, 'OCHTEND', '08:00', '10:00'), ($1, 'AVOND', '20:00', '22:00')`,
      [code],
    );
  return code;
}
