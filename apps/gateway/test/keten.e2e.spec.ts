import { Client } from 'pg';
import { randomUUID } from 'node:crypto';
import {
  dienstTestEnv,
  gql,
  maakSleutelpaar,
  maakTestDatabase,
  persona,
  startDienstProces,
  tekenToken,
  testSleutels,
  testToken,
  wachtOp,
  type DienstProces,
  type TestDatabase,
} from '@ketenbeeld/testing';
import { laadConfig } from '@ketenbeeld/platform';
import { gatewayConfigSchema } from '../src/gateway.config';
import { startGateway, type GestarteGateway } from '../src/gateway';

/**
 * End to end: the four services run as their own processes (built output, as in production), the
 * gateway composes them, and a signal travels intake → outbox → relay → BullMQ → consumers.
 */
const DIENSTEN = ['signalen', 'casusregie', 'zsm', 'planning'] as const;
const dbs: Record<string, TestDatabase> = {};
const envs: Record<string, Record<string, string>> = {};
const processen: Record<string, DienstProces> = {};
let gateway: GestarteGateway;
let graphql: string;

beforeAll(async () => {
  const queuePrefix = `kbe2e${randomUUID().slice(0, 8)}`;
  for (const d of DIENSTEN) {
    dbs[d] = await maakTestDatabase(`e2e${d}`);
    envs[d] = await dienstTestEnv(dbs[d].url, { QUEUE_PREFIX: queuePrefix, LOG_LEVEL: 'warn' });
  }
  await Promise.all(DIENSTEN.map(async (d) => (processen[d] = await startDienstProces(d, envs[d]))));
  const k = await testSleutels();
  gateway = await startGateway(
    laadConfig('gateway', gatewayConfigSchema, {
      PORT: '0',
      AUTH_ISSUER: envs.signalen.AUTH_ISSUER,
      AUTH_PUBLIC_KEY: k.publicKeyPem,
      LOG_LEVEL: 'warn',
      SUBGRAAF_SIGNALEN_URL: `${processen.signalen.url}/graphql`,
      SUBGRAAF_CASUSREGIE_URL: `${processen.casusregie.url}/graphql`,
      SUBGRAAF_ZSM_URL: `${processen.zsm.url}/graphql`,
      SUBGRAAF_PLANNING_URL: `${processen.planning.url}/graphql`,
    }),
  );
  graphql = `${gateway.url}/graphql`;
}, 120_000);

afterAll(async () => {
  await gateway?.close();
  await Promise.all(Object.values(processen).map((p) => p.stop()));
  await Promise.all(Object.values(dbs).map((db) => db.verwijder()));
});

const REGISTREER = `mutation($i: SignaalInvoer!) { registreerSignaal(invoer: $i) { id personen { id } } }`;
const KETENBEELD = `query($id: ID!) { persoon(id: $id) { id naam signalen { id } signaalMeldingen { signaalId }
  zsmSignaalOverzicht { categorie aantal } plaatsingen { id } plaatsingsAanleidingen { categorie } } }`;

function invoer(ref: string, categorie = 'NIET_VERSCHENEN') {
  return {
    bronOrganisatie: 'COA',
    bronReferentie: ref,
    categorie,
    omschrijving: 'Niet verschenen bij de inhuisregistratie van 09:00',
    ernst: 2,
    plaats: { locatieCode: 'TER_APEL' },
    tijdstipIncident: new Date(Date.now() - 600_000).toISOString(),
    personen: [{ naam: 'Testpersoon Keten', nationaliteit: 'DZA' }],
  };
}

describe('gateway', () => {
  it('401 zonder token, met een vreemde sleutel of verlopen; health zonder token', async () => {
    expect((await gql(graphql, undefined, '{ signalen { items { id } } }')).status).toBe(401);
    const vreemd = await tekenToken(persona('dgm-analist'), await maakSleutelpaar('ander'));
    expect((await gql(graphql, vreemd, '{ signalen { items { id } } }')).status).toBe(401);
    const verlopen = await testToken('dgm-analist', { geldigheidSeconden: -60 });
    expect((await gql(graphql, verlopen, '{ signalen { items { id } } }')).status).toBe(401);
    expect((await fetch(`${gateway.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${gateway.url}/health/ready`);
    expect(await ready.json()).toMatchObject({ status: 'up' });
  });

  it('één query geeft het ketenbeeld van een persoon uit vier diensten, gevoed door events', async () => {
    const coa = await testToken('coa-locatiemanager');
    const r = await gql<{ registreerSignaal: { id: string; personen: { id: string }[] } }>(
      graphql,
      coa,
      REGISTREER,
      { i: invoer(`E2E-${randomUUID()}`) },
    );
    expect(r.errors).toBeUndefined();
    const persoonId = r.data!.registreerSignaal.personen[0].id;
    const ind = await testToken('ind-procesregisseur');
    type Beeld = {
      persoon: {
        signalen: unknown[];
        signaalMeldingen: unknown[];
        zsmSignaalOverzicht: { categorie: string; aantal: number }[];
        plaatsingsAanleidingen: unknown[];
        plaatsingen: unknown[];
      };
    };
    const beeld = await wachtOp(async () => {
      const b = await gql<Beeld>(graphql, ind, KETENBEELD, { id: persoonId });
      const p = b.data?.persoon;
      return p && p.signaalMeldingen.length && p.zsmSignaalOverzicht.length && p.plaatsingsAanleidingen.length
        ? p
        : undefined;
    });
    expect(beeld.signalen).toHaveLength(1);
    expect(beeld.signaalMeldingen).toEqual([{ signaalId: r.data!.registreerSignaal.id }]);
    expect(beeld.zsmSignaalOverzicht).toEqual([{ categorie: 'NIET_VERSCHENEN', aantal: 1 }]);
    expect(beeld.plaatsingsAanleidingen).toEqual([{ categorie: 'NIET_VERSCHENEN' }]);
    expect(beeld.plaatsingen).toEqual([]);
    // Need-to-know through the gateway: the police did not report on this person and sees nothing.
    const politie = await gql<{ persoon: unknown }>(graphql, await testToken('politie-melder'), KETENBEELD, {
      id: persoonId,
    });
    expect(politie.data?.persoon).toBeNull();
  });

  it('validatiefouten komen door de gateway met code en velden', async () => {
    const r = await gql(graphql, await testToken('coa-locatiemanager'), REGISTREER, {
      i: { ...invoer('E2E-FOUT'), personen: [{ vNummer: '99' }] },
    });
    expect(r.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fouten: [{ veld: 'personen.0.vNummer' }],
    });
  });
});

describe('personenregister', () => {
  it('samenvoegen en splitsen in signalen wordt gevolgd door de kopieën in casusregie, zsm en planning', async () => {
    const coa = await testToken('coa-locatiemanager');
    const vNummer = `99${String(Date.now()).slice(-8)}`;
    const a = await gql<{ registreerSignaal: { id: string; personen: { id: string }[] } }>(
      graphql,
      coa,
      REGISTREER,
      {
        i: {
          ...invoer(`E2E-A-${randomUUID()}`),
          personen: [{ naam: 'Walid Fictiefstra', nationaliteit: 'LBY' }],
        },
      },
    );
    const b = await gql<{ registreerSignaal: { id: string; personen: { id: string }[] } }>(
      graphql,
      coa,
      REGISTREER,
      {
        i: {
          ...invoer(`E2E-B-${randomUUID()}`),
          personen: [{ vNummer, naam: 'Oualid Fictiefstra', nationaliteit: 'LBY' }],
        },
      },
    );
    const opgaand = a.data!.registreerSignaal.personen[0].id;
    const behouden = b.data!.registreerSignaal.personen[0].id;
    const signaalA = a.data!.registreerSignaal.id;
    const kopie = async (dienst: 'casusregie' | 'zsm' | 'planning', tabel: string) => {
      const c = new Client({ connectionString: dbs[dienst].url });
      await c.connect();
      try {
        const r = await c.query(`SELECT persoon_id FROM ${tabel} WHERE signaal_id = $1`, [signaalA]);
        return r.rows.map((x: { persoon_id: string }) => x.persoon_id);
      } finally {
        await c.end();
      }
    };
    const alle = async () => [
      await kopie('casusregie', 'signaal_melding'),
      await kopie('zsm', 'zsm_persoon_signaal'),
      await kopie('planning', 'plaatsing_aanleiding'),
    ];
    await wachtOp(async () => (await alle()).every((ids) => ids.length === 1 && ids[0] === opgaand));
    const ind = await testToken('ind-procesregisseur');
    const samen = await gql<{ voegPersonenSamen: { id: string } }>(
      graphql,
      ind,
      `mutation($i: VoegPersonenSamenInvoer!) { voegPersonenSamen(invoer: $i) { id } }`,
      { i: { behoudenId: behouden, opgaandId: opgaand, reden: 'zelfde persoon' } },
    );
    expect(samen.errors).toBeUndefined();
    await wachtOp(async () => (await alle()).every((ids) => ids.length === 1 && ids[0] === behouden));
    const split = await gql(
      graphql,
      ind,
      `mutation($id: ID!) { splitsSamenvoeging(samenvoegingId: $id, reden: "toch niet") { id } }`,
      {
        id: samen.data!.voegPersonenSamen.id,
      },
    );
    expect(split.errors).toBeUndefined();
    await wachtOp(async () => (await alle()).every((ids) => ids.length === 1 && ids[0] === opgaand));
  });
});

describe('signaal corrigeren en intrekken', () => {
  it('de kopieën volgen een correctie en verdwijnen bij intrekken', async () => {
    const coa = await testToken('coa-locatiemanager');
    const r = await gql<{ registreerSignaal: { id: string; personen: { id: string }[] } }>(
      graphql,
      coa,
      REGISTREER,
      {
        i: invoer(`E2E-C-${randomUUID()}`, 'OVERLAST_OPVANGLOCATIE'),
      },
    );
    const signaalId = r.data!.registreerSignaal.id;
    const zsm = new Client({ connectionString: dbs.zsm.url });
    await zsm.connect();
    try {
      const categorie = async () =>
        (
          await zsm.query(`SELECT categorie FROM zsm_persoon_signaal WHERE signaal_id = $1`, [signaalId])
        ).rows.map((x: { categorie: string }) => x.categorie);
      await wachtOp(async () => (await categorie()).length === 1);
      const c = await gql(
        graphql,
        coa,
        `mutation($id: ID!) { corrigeerSignaal(signaalId: $id, correctie: { categorie: "BEDREIGING" }, reden: "verkeerde categorie") { id } }`,
        { id: signaalId },
      );
      expect(c.errors).toBeUndefined();
      await wachtOp(async () => (await categorie())[0] === 'BEDREIGING');
      const t = await gql(
        graphql,
        coa,
        `mutation($id: ID!) { trekSignaalIn(signaalId: $id, reden: "dubbel ingevoerd") { id } }`,
        { id: signaalId },
      );
      expect(t.errors).toBeUndefined();
      await wachtOp(async () => (await categorie()).length === 0);
    } finally {
      await zsm.end();
    }
  });
});

describe('configuratie', () => {
  it('een dienst met foute configuratie start niet en noemt de variabele', async () => {
    const { DATABASE_URL: _weg, ...zonderDb } = envs.zsm;
    await expect(startDienstProces('zsm', { ...zonderDb, BODY_LIMIT: 'groot' }, 10_000)).rejects.toThrow(
      /DATABASE_URL: ontbreekt[\s\S]*BODY_LIMIT/,
    );
  });
});

describe('outbox', () => {
  it('een event overleeft een crash tussen commit en relay en wordt één keer afgehandeld', async () => {
    // 1. A signalen instance (own database) whose relay cannot reach Redis: the signal commits, the event waits.
    const crashDb = await maakTestDatabase('e2ecrash');
    dbs.crash = crashDb;
    const crashEnv = { ...envs.signalen, DATABASE_URL: crashDb.url };
    const dood = await startDienstProces('signalen', { ...crashEnv, REDIS_URL: 'redis://127.0.0.1:1' });
    const token = await testToken('coa-locatiemanager');
    const ref = `CRASH-${randomUUID()}`;
    const res = await fetch(`${dood.url}/v1/signalen`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(invoer(ref, 'OVERLAST_OPVANGLOCATIE')),
    });
    expect(res.status).toBe(201);
    const signaal = (await res.json()) as { id: string; personen: { id: string }[] };
    // 2. Crash it (SIGKILL): committed, never relayed.
    await dood.crash();
    const pg = new Client({ connectionString: crashDb.url });
    await pg.connect();
    try {
      const rij = await pg.query(`SELECT id, verzonden_op FROM outbox WHERE payload->>'signaalId' = $1`, [
        signaal.id,
      ]);
      expect(rij.rows).toHaveLength(1);
      expect(rij.rows[0].verzonden_op).toBeNull();
      // 3. Restart: the new instance's relay picks it up; casusregie handles it once.
      processen.crashHerstart = await startDienstProces('signalen', crashEnv);
      const casus = new Client({ connectionString: dbs.casusregie.url });
      await casus.connect();
      try {
        const telling = async () =>
          Number(
            (await casus.query(`SELECT count(*) n FROM signaal_melding WHERE signaal_id = $1`, [signaal.id]))
              .rows[0].n,
          );
        await wachtOp(async () => (await telling()) === 1);
        // 4. Simulate a crash after enqueueing but before marking: the relay sends it again.
        await pg.query(`UPDATE outbox SET verzonden_op = NULL WHERE payload->>'signaalId' = $1`, [
          signaal.id,
        ]);
        await wachtOp(
          async () =>
            (
              await pg.query(
                `SELECT 1 FROM outbox WHERE payload->>'signaalId' = $1 AND verzonden_op IS NOT NULL`,
                [signaal.id],
              )
            ).rowCount === 1,
        );
        await new Promise((r) => setTimeout(r, 500));
        expect(await telling()).toBe(1);
        const verwerkt = await casus.query(`SELECT count(*) n FROM verwerkt_event WHERE event_id = $1`, [
          rij.rows[0].id,
        ]);
        expect(Number(verwerkt.rows[0].n)).toBe(1);
      } finally {
        await casus.end();
      }
    } finally {
      await pg.end();
    }
  });
});
