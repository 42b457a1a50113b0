import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  dienstTestEnv,
  gql,
  maakTestDatabase,
  signaalGeregistreerdEnvelop,
  testToken,
  type TestDatabase,
} from '@ketenbeeld/testing';
import { BewaarService, EventConsumer, startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';

/**
 * Retention in casusregie (DOMAIN.md §7): closed cases go a period after closing, by how they ended —
 * not suitable and referred after 2 years, departed or other outcomes after 5 — with everything on
 * them; daily overviews after a year, Top-X lists after two. And when signalen removes or anonymises a
 * signal, casusregie drops its copy and links.
 */
let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;
let url: string;
let ind: string;
let bewaren: BewaarService;

const TABELLEN = [
  'casus',
  'casus_transitie',
  'casus_gebeurtenis',
  'casus_signaal',
  'casus_voorstel',
  'casus_maatregel',
  'actie',
  'uitkomst',
  'agendapunt',
  'besluit',
  'groepscasus',
  'signaal_melding',
  'termijn',
  'termijn_historie',
  'dagoverzicht',
  'topx_lijst',
  'topx_lid',
  'outbox',
];

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const r = await gql(url, ind, query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

async function checksums(): Promise<Record<string, string>> {
  const uit: Record<string, string> = {};
  for (const t of TABELLEN) {
    const r = await pg.query(
      `SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS c FROM ${t} x`,
    );
    uit[t] = r.rows[0].c;
  }
  return uit;
}

/** A case from a signal (proposal → confirmed), with an action and a measure (each with a deadline). */
async function casus(): Promise<{ id: string; persoonId: string; signaalId: string }> {
  const persoonId = randomUUID();
  const e = signaalGeregistreerdEnvelop({
    persoonIds: [persoonId],
    extra: { omschrijving: 'Vrije tekst met een naam' },
  });
  await dienst.app.get(EventConsumer).verwerk(e);
  const [v] = (
    await ok(`query($s: ID!) { casusVoorstellen(signaalId: $s) { id } }`, { s: e.payload.signaalId })
  ).casusVoorstellen as { id: string }[];
  const id = (
    await ok(`mutation($id: ID!) { bevestigVoorstel(id: $id, gegevens: { spoor: 2 }) { id } }`, { id: v.id })
  ).bevestigVoorstel.id as string;
  const over = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
  await ok(
    `mutation($id: ID!, $d: String!) { maakActie(casusId: $id, actie: { omschrijving: "Gehoor plannen", eigenaarOrganisatie: IND, deadline: $d }) { id } }`,
    { id, d: over(5) },
  );
  await ok(
    `mutation($id: ID!, $s: String!, $e: String!) { pasMaatregelToe(casusId: $id, maatregel: { code: "ONTHOUDEN_RVT", start: $s, eind: $e, reden: "COA-incidentmelding" }) { id } }`,
    { id, s: over(0), e: over(10) },
  );
  return { id, persoonId, signaalId: e.payload.signaalId };
}

async function status(id: string, naar: string, extra = '') {
  await ok(
    `mutation($id: ID!, $n: CasusStatus!) { zetCasusStatus(id: $id, naar: $n, reden: "bewaartest"${extra}) { id } }`,
    {
      id,
      n: naar,
    },
  );
}

async function sluit(id: string, hoe: 'NIET_GESCHIKT' | 'DOORVERWEZEN' | string[], jarenGeleden: number) {
  if (hoe === 'NIET_GESCHIKT') await status(id, 'NIET_GESCHIKT');
  else if (hoe === 'DOORVERWEZEN') await status(id, 'DOORVERWEZEN', ', doorverwezenNaar: LKO');
  else {
    for (const soort of hoe) {
      await ok(
        `mutation($id: ID!, $s: UitkomstSoort!, $d: String!) { registreerUitkomst(casusId: $id, uitkomst: { soort: $s, datum: $d }) { id } }`,
        {
          id,
          s: soort,
          d: new Date().toISOString().slice(0, 10),
        },
      );
    }
    await status(id, 'IN_BEOORDELING');
    await status(id, 'IN_REGIE');
    await status(id, 'AFGEROND');
  }
  await pg.query(
    `UPDATE casus SET afgerond_op = now() - make_interval(years => $2) - interval '1 day' WHERE id = $1`,
    [id, jarenGeleden],
  );
}

const k = {} as Record<
  | 'nietGeschiktOud'
  | 'nietGeschiktJong'
  | 'doorverwezenOud'
  | 'vertrokkenOud'
  | 'afgerondOud'
  | 'vertrokkenJong'
  | 'open',
  Awaited<ReturnType<typeof casus>>
>;

beforeAll(async () => {
  db = await maakTestDatabase('bewarencasusregie');
  dienst = await startDienstVoorTest(
    'casusregie',
    (c) => AppModule.met(c),
    await dienstTestEnv(db.url, {
      TERMIJN_WORKER: 'false',
      OUTBOX_RELAY: 'false',
      EVENT_CONSUMER: 'false',
      BEWAREN_BATCHGROOTTE: '2',
    }),
  );
  url = `${dienst.url}/graphql`;
  bewaren = dienst.app.get(BewaarService);
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  ind = await testToken('ind-procesregisseur');

  for (const naam of Object.keys({
    nietGeschiktOud: 0,
    nietGeschiktJong: 0,
    doorverwezenOud: 0,
    vertrokkenOud: 0,
    afgerondOud: 0,
    vertrokkenJong: 0,
    open: 0,
  })) {
    k[naam as keyof typeof k] = await casus();
  }
  await sluit(k.nietGeschiktOud.id, 'NIET_GESCHIKT', 2);
  await sluit(k.nietGeschiktJong.id, 'NIET_GESCHIKT', 1);
  await sluit(k.doorverwezenOud.id, 'DOORVERWEZEN', 2);
  await sluit(k.vertrokkenOud.id, ['BESCHIKKING', 'VERTREK_GEDWONGEN'], 5);
  await sluit(k.afgerondOud.id, ['VERTREK_ZELFSTANDIG', 'OPNIEUW_AANGEMELD'], 5);
  await sluit(k.vertrokkenJong.id, ['OVERDRACHT'], 4);
  // The old closed case was on a meeting's agenda with a decision.
  const overleg = randomUUID();
  const punt = randomUUID();
  await pg.query(
    `INSERT INTO overleg (id, soort, titel, gepland_op, aangemaakt_door) VALUES ($1, 'KERNTEAM', 'Kernteam', now() - interval '6 years', 'u-ind-0001')`,
    [overleg],
  );
  await pg.query(
    `INSERT INTO agendapunt (id, overleg_id, casus_id, volgorde, redenen, toelichting) VALUES ($1, $2, $3, 1, '{NIEUW}', '{x}')`,
    [punt, overleg, k.afgerondOud.id],
  );
  await pg.query(
    `INSERT INTO besluit (id, agendapunt_id, casus_id, tekst, door, door_organisatie) VALUES ($1, $2, $3, 'Vertrekgesprek', 'u-ind-0001', 'IND')`,
    [randomUUID(), punt, k.afgerondOud.id],
  );
  await pg.query(
    `INSERT INTO dagoverzicht (id, van, tot, aanleiding, inhoud) VALUES
       ($1, now() - interval '14 months', now() - interval '13 months', 'OP_VERZOEK', '{}'),
       ($2, now() - interval '2 days', now() - interval '1 day', 'OP_VERZOEK', '{}')`,
    [randomUUID(), randomUUID()],
  );
  const [oud, jong] = [randomUUID(), randomUUID()];
  await pg.query(
    `INSERT INTO topx_lijst (id, regio, maand, status, voorgesteld_op) VALUES
       ($1, 'Noord', '2023-01', 'BEVESTIGD', now() - interval '3 years'), ($2, 'Noord', '2026-01', 'VOORGESTELD', now())`,
    [oud, jong],
  );
  await pg.query(
    `INSERT INTO topx_lid (lijst_id, persoon_id, rang, score, uitleg) VALUES ($1, $3, 1, 10, 'x'), ($2, $3, 1, 10, 'x')`,
    [oud, jong, k.open.persoonId],
  );
}, 180_000);

afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

const VERWACHT = [
  ['casus-niet-geschikt', 1],
  ['casus-doorverwezen', 1],
  ['casus-vertrokken', 1],
  ['casus-afgerond', 1],
  ['dagoverzicht', 1],
  ['topx-lijst', 1],
  ['outbox', 0],
  ['logboek', 0],
];

it('het overzicht telt per uitkomst wat zou gaan, en een proef verandert niets', async () => {
  const overzicht = await bewaren.overzicht();
  expect(overzicht.map((r) => [r.regel, r.aantal])).toEqual(VERWACHT);
  expect(overzicht.map((r) => [r.soort, r.termijn])).toEqual([
    ['CASUS_NIET_GESCHIKT', 'P2Y'],
    ['CASUS_DOORVERWEZEN', 'P2Y'],
    ['CASUS_VERTROKKEN', 'P5Y'],
    ['CASUS_AFGEROND', 'P5Y'],
    ['DAGOVERZICHT', 'P1Y'],
    ['TOPX_LIJST', 'P2Y'],
    ['OUTBOX', 'P30D'],
    ['LOGBOEK', 'P5Y'],
  ]);
  const voor = await checksums();
  const proef = await bewaren.voerUit({ proef: true });
  expect(await checksums()).toEqual(voor);
  expect(proef.map((r) => [r.regel, r.aantal])).toEqual(VERWACHT);
  expect(proef[2].voorbeeld).toEqual([k.vertrokkenOud.id]);
  expect(proef[3].voorbeeld).toEqual([k.afgerondOud.id]);
});

describe('de opschoning', () => {
  let gegaan: string[];
  beforeAll(async () => {
    const rijen = await bewaren.voerUit({ proef: false });
    expect(rijen.map((r) => [r.regel, r.aantal, r.fout])).toEqual(VERWACHT.map(([r, n]) => [r, n, null]));
    gegaan = [k.nietGeschiktOud.id, k.doorverwezenOud.id, k.vertrokkenOud.id, k.afgerondOud.id];
  });

  it('verwijdert precies de verlopen casussen met alles wat erop staat; jongere en open casussen blijven', async () => {
    const over = await pg.query<{ id: string }>(`SELECT id FROM casus ORDER BY id`);
    expect(over.rows.map((r) => r.id)).toEqual(
      [k.nietGeschiktJong.id, k.vertrokkenJong.id, k.open.id].sort(),
    );
    for (const t of [
      'casus_transitie',
      'casus_gebeurtenis',
      'casus_signaal',
      'casus_voorstel',
      'casus_maatregel',
      'actie',
      'uitkomst',
      'agendapunt',
      'besluit',
    ]) {
      const n = await pg.query(`SELECT count(*)::int AS n FROM ${t} WHERE casus_id = ANY($1::uuid[])`, [
        gegaan,
      ]);
      expect([t, n.rows[0].n]).toEqual([t, 0]);
    }
    const termijnen = await pg.query(
      `SELECT (SELECT count(*) FROM termijn WHERE onderwerp_id = ANY($1::text[]))::int AS weg,
              (SELECT count(*) FROM termijn WHERE onderwerp_id = $2)::int AS blijft,
              (SELECT count(*) FROM termijn_historie h WHERE NOT EXISTS (SELECT 1 FROM termijn t WHERE t.id = h.termijn_id))::int AS wees`,
      [gegaan, k.open.id],
    );
    expect(termijnen.rows[0]).toEqual({ weg: 0, blijft: 2, wees: 0 });
    // The kept cases still have their timeline and deadlines; the signals' copies are casusregie's own (kept).
    const blijft = await pg.query(`SELECT count(*)::int AS n FROM casus_gebeurtenis WHERE casus_id = $1`, [
      k.vertrokkenJong.id,
    ]);
    expect(blijft.rows[0].n).toBeGreaterThan(3);
    expect((await pg.query(`SELECT count(*)::int AS n FROM dagoverzicht`)).rows[0].n).toBe(1);
    expect((await pg.query(`SELECT maand FROM topx_lijst`)).rows).toEqual([{ maand: '2026-01' }]);
    expect((await pg.query(`SELECT count(*)::int AS n FROM topx_lid`)).rows[0].n).toBe(1);
  });

  it('kondigt elke verwijderde casus aan, met persoon en soort', async () => {
    const { rows } = await pg.query(
      `SELECT payload FROM outbox WHERE naam = 'casusregie.casus-opgeschoond.v1'`,
    );
    expect(
      Object.fromEntries(rows.map((r) => [r.payload.casusId, [r.payload.persoonId, r.payload.soort]])),
    ).toEqual({
      [k.nietGeschiktOud.id]: [k.nietGeschiktOud.persoonId, 'CASUS_NIET_GESCHIKT'],
      [k.doorverwezenOud.id]: [k.doorverwezenOud.persoonId, 'CASUS_DOORVERWEZEN'],
      [k.vertrokkenOud.id]: [k.vertrokkenOud.persoonId, 'CASUS_VERTROKKEN'],
      [k.afgerondOud.id]: [k.afgerondOud.persoonId, 'CASUS_AFGEROND'],
    });
  });

  it('een tweede opschoning doet niets; de casustijdlijn blijft voor ieder ander alleen-toevoegen', async () => {
    const voor = await checksums();
    const rijen = await bewaren.voerUit({ proef: false });
    expect(rijen.every((r) => r.aantal === 0 && r.fout === null)).toBe(true);
    expect(await checksums()).toEqual(voor);
    await expect(pg.query(`DELETE FROM casus_gebeurtenis WHERE casus_id = $1`, [k.open.id])).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('een signaal is opgeschoond in signalen', () => {
  const envelop = (signaalId: string, actie: 'ANONIMISEREN' | 'VERWIJDEREN') => ({
    id: randomUUID(),
    naam: 'signalen.signaal-opgeschoond.v1' as const,
    producent: 'signalen' as const,
    opgetredenOp: new Date().toISOString(),
    payload: { signaalId, actie, soort: 'SIGNAAL_POLITIE' as const, grens: new Date().toISOString() },
  });

  it('de kopie, de koppelingen en een open voorstel gaan; de tijdlijnregel blijft zonder verwijzing; idempotent', async () => {
    const consumer = dienst.app.get(EventConsumer);
    const ander = signaalGeregistreerdEnvelop({ persoonIds: [randomUUID()] });
    await consumer.verwerk(ander);
    const s = k.open.signaalId;
    const tel = async (signaalId: string) =>
      (
        await pg.query<Record<string, number>>(
          `SELECT (SELECT count(*) FROM signaal_melding WHERE signaal_id = $1)::int AS melding,
                  (SELECT count(*) FROM casus_signaal WHERE signaal_id = $1)::int AS koppeling,
                  (SELECT count(*) FROM casus_voorstel WHERE signaal_id = $1)::int AS voorstel,
                  (SELECT count(*) FROM casus_gebeurtenis WHERE ref_id = $1)::int AS tijdlijn`,
          [signaalId],
        )
      ).rows[0];
    expect(await tel(s)).toEqual({ melding: 1, koppeling: 1, voorstel: 1, tijdlijn: 1 });
    expect(await tel(ander.payload.signaalId)).toEqual({
      melding: 1,
      koppeling: 0,
      voorstel: 1,
      tijdlijn: 0,
    });
    const regels = (
      await pg.query(`SELECT count(*)::int AS n FROM casus_gebeurtenis WHERE casus_id = $1`, [k.open.id])
    ).rows[0].n;

    const e = envelop(s, 'ANONIMISEREN');
    expect(await consumer.verwerk(e as never)).toBe('verwerkt');
    expect(await consumer.verwerk(envelop(ander.payload.signaalId, 'VERWIJDEREN') as never)).toBe('verwerkt');
    // The proposal that became the case stays with the case; the one that never did goes.
    expect(await tel(s)).toEqual({ melding: 0, koppeling: 0, voorstel: 1, tijdlijn: 0 });
    expect(await tel(ander.payload.signaalId)).toEqual({
      melding: 0,
      koppeling: 0,
      voorstel: 0,
      tijdlijn: 0,
    });
    expect(
      (await pg.query(`SELECT count(*)::int AS n FROM casus_gebeurtenis WHERE casus_id = $1`, [k.open.id]))
        .rows[0].n,
    ).toBe(regels);
    expect(await consumer.verwerk(e as never)).toBe('dubbel');
    // Outside the handler the timeline is append-only again.
    await expect(
      pg.query(`UPDATE casus_gebeurtenis SET ref_id = NULL WHERE casus_id = $1`, [k.open.id]),
    ).rejects.toThrow(/append-only/);
  });
});
