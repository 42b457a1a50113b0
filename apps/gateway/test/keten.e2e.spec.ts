import type { LiveMelding } from '@ketenbeeld/domain';
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
      // Tests and benchmarks call as one user at machine speed: the per-user limit is for people.
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_USER_BURST: '100000',
      RATE_LIMIT_CLIENT_PER_MINUTE: '1000000',
      RATE_LIMIT_CLIENT_BURST: '100000',
      SUBGRAAF_SIGNALEN_URL: `${processen.signalen.url}/graphql`,
      SUBGRAAF_CASUSREGIE_URL: `${processen.casusregie.url}/graphql`,
      SUBGRAAF_ZSM_URL: `${processen.zsm.url}/graphql`,
      SUBGRAAF_PLANNING_URL: `${processen.planning.url}/graphql`,
      REDIS_URL: envs.signalen.REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
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

    // The console's form: each service's part under its own alias of the shareable root field
    // (four parallel root fetches) gives the same picture; a malformed id is refused by every part.
    const DELEN = `query($id: ID!) {
      persoon(id: $id) { id naam signalen { id } }
      kernteam: persoon(id: $id) { id signaalMeldingen { signaalId } }
      strafrecht: persoon(id: $id) { id zsmSignaalOverzicht { categorie aantal } }
      planning: persoon(id: $id) { id plaatsingen { id } plaatsingsAanleidingen { categorie } }
    }`;
    const delen = await gql<Record<string, Record<string, unknown>>>(graphql, ind, DELEN, { id: persoonId });
    expect(delen.errors).toBeUndefined();
    expect({
      ...delen.data!.persoon,
      ...delen.data!.kernteam,
      ...delen.data!.strafrecht,
      ...delen.data!.planning,
    }).toEqual({ id: persoonId, naam: 'Testpersoon Keten', ...beeld });
    const fout = await gql(graphql, ind, DELEN, { id: 'geen-uuid' });
    expect(fout.errors?.map((e) => e.extensions?.foutcode ?? e.extensions?.code)).toContain('VALIDATIE');
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

type LiveEvent = { event: string; data: LiveMelding | null };

describe('live', () => {
  /** Read server-sent events from /live until `klaar` says so (or the time is up). */
  async function luister(token: string, klaar: (e: LiveEvent) => boolean, ms: number) {
    const ac = new AbortController();
    const tijd = setTimeout(() => ac.abort(), ms);
    const r = await fetch(`${gateway.url}/live`, {
      headers: { authorization: `Bearer ${token}`, 'ketenbeeld-doel': 'CASUSREGIE' },
      signal: ac.signal,
    });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/event-stream');
    const lezer = r.body!.getReader();
    const ontvangen: LiveEvent[] = [];
    let buffer = '';
    const verbonden = new Promise<void>((verbind) => {
      void (async () => {
        try {
          for (;;) {
            const { value, done } = await lezer.read();
            if (done) return;
            buffer += new TextDecoder().decode(value);
            let i;
            while ((i = buffer.indexOf('\n\n')) >= 0) {
              const blok = buffer.slice(0, i);
              buffer = buffer.slice(i + 2);
              const event = /^event: (.*)$/m.exec(blok)?.[1];
              const data = /^data: (.*)$/m.exec(blok)?.[1];
              if (!event) continue;
              const e: LiveEvent = { event, data: data ? (JSON.parse(data) as LiveMelding) : null };
              if (event === 'verbonden') verbind();
              ontvangen.push(e);
              if (klaar(e)) {
                ac.abort();
                return;
              }
            }
          }
        } catch {
          // aborted: done listening
        } finally {
          clearTimeout(tijd);
        }
      })();
    });
    await verbonden;
    return {
      ontvangen,
      klaar: new Promise<void>((r) => {
        ac.signal.addEventListener('abort', () => r());
      }),
    };
  }

  it('een nieuw signaal op een persoon met een casus komt binnen vijf seconden als live-melding (alleen ids); zonder token 401', async () => {
    expect((await fetch(`${gateway.url}/live`)).status).toBe(401);
    const coa = await testToken('coa-locatiemanager');
    const ind = await testToken('ind-procesregisseur');
    const vNummer = `55${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const eerste = await gql<any>(graphql, coa, REGISTREER, {
      i: { ...invoer(`LIVE-${randomUUID()}`, 'OVERLAST_OPVANGLOCATIE'), personen: [{ vNummer }] },
    });
    const voorstel: { id: string } = await wachtOp(async () => {
      const v = await gql<any>(graphql, ind, `query($s: ID!) { casusVoorstellen(signaalId: $s) { id } }`, {
        s: eerste.data.registreerSignaal.id,
      });
      return v.data?.casusVoorstellen?.[0] as { id: string } | undefined;
    }, 20_000);
    const casus = await gql<any>(graphql, ind, `mutation($id: ID!) { bevestigVoorstel(id: $id) { id } }`, {
      id: voorstel.id,
    });
    const casusId: string = casus.data.bevestigVoorstel.id;
    // The page of that case listens; a partner reports a new signal about the person.
    const l = await luister(
      ind,
      (e) =>
        e.event === 'wijziging' &&
        e.data?.casusIds.includes(casusId) === true &&
        e.data.event === 'casusregie.casus-bijgewerkt.v1',
      10_000,
    );
    const start = Date.now();
    const tweede = await gql<any>(graphql, coa, REGISTREER, {
      i: { ...invoer(`LIVE-${randomUUID()}`, 'HUISREGELOVERTREDING'), personen: [{ vNummer }] },
    });
    expect(tweede.errors).toBeUndefined();
    await l.klaar;
    const duur = Date.now() - start;
    const melding = l.ontvangen.find((e) => e.data?.casusIds?.includes(casusId));
    expect(melding).toBeDefined();
    expect(duur).toBeLessThan(5000);
    expect(Object.keys(melding!.data!).sort()).toEqual(['casusIds', 'event', 'persoonIds', 'signaalIds']);
    expect(JSON.stringify(l.ontvangen)).not.toContain(vNummer);
    console.log(`live-melding voor de casus na ${duur} ms`);
  }, 60_000);
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
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'ketenbeeld-doel': 'CASUSREGIE',
      },
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
      // A second signalen on another database shares the event queue: stop it, or it takes events
      // meant for the real one (e.g. ZSM registrations in the next test).
      await processen.crashHerstart?.stop();
      delete processen.crashHerstart;
    }
  });
});

describe('ZSM-koppeling: het Dublinpad', () => {
  it('Dublinclaimant bij ZSM → kernteam ziet het → heenzending → AVIM-actie vóór vrijlating → detentie verlengt de overdrachtstermijn, ook in het procedureplan van planning; zonder casusregie en signalen antwoordt de bevraging nog', async () => {
    const ind = await testToken('ind-procesregisseur');
    const coa = await testToken('coa-locatiemanager');
    const om = await testToken('om-zsm');
    const dji = await testToken('dji-detentiemelder');
    const vNummer = `66${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const rest = async (url: string, token: string, body: unknown) => {
      const r = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'ketenbeeld-doel': 'CASUSREGIE',
        },
        body: JSON.stringify(body),
      });
      return { status: r.status, body: (await r.json()) as Record<string, any> };
    };

    // A Dublin claimant with an open kernteam case (spoor 1).
    const s = await gql<any>(graphql, coa, REGISTREER, {
      i: {
        ...invoer(`DUB-${randomUUID()}`, 'OVERLAST_OPVANGLOCATIE'),
        personen: [{ vNummer, naam: 'Dublin Proefpersoon', nationaliteit: 'MAR' }],
      },
    });
    expect(s.errors).toBeUndefined();
    const persoonId: string = s.data.registreerSignaal.personen[0].id;
    const voorstel: { id: string } = await wachtOp(async () => {
      const v = await gql<any>(graphql, ind, `query($s: ID!) { casusVoorstellen(signaalId: $s) { id } }`, {
        s: s.data.registreerSignaal.id,
      });
      return v.data?.casusVoorstellen?.[0] as { id: string } | undefined;
    }, 20_000);
    const casus = await gql<any>(
      graphql,
      ind,
      `mutation($id: ID!) { bevestigVoorstel(id: $id, gegevens: { spoor: 1, kansarm: true, locatieCode: "TER_APEL" }) { id } }`,
      { id: voorstel.id },
    );
    expect(casus.errors).toBeUndefined();
    const casusId: string = casus.data.bevestigVoorstel.id;
    const dublin = await gql<any>(
      graphql,
      ind,
      `mutation($p: ID!) { registreerDublinAkkoord(persoonId: $p, lidstaat: "DE", akkoordOp: "2026-11-02T10:00:00Z") { overdrachtUiterlijk } }`,
      { p: persoonId },
    );
    expect(dublin.data.registreerDublinAkkoord.overdrachtUiterlijk).toBe('2027-05-02T21:59:59.999Z');
    // planning knows the case (event from casusregie): the procedure plan, read through the gateway
    // as a field of casusregie's Casus, ends in the Dublin transfer deadline from zsm's claim (R12).
    const PLAN = `query($id: ID!) { casus(id: $id) { status procedurePlan { spoor stappen { stap nvt uiterlijk } ttsd { kengetal risico } } } }`;
    type PlanAntwoord = {
      casus: {
        status: string;
        procedurePlan: {
          spoor: number;
          stappen: { stap: string; nvt: boolean; uiterlijk: string | null }[];
        } | null;
      };
    };
    await wachtOp(async () => {
      const r = await gql<any>(
        graphql,
        ind,
        `mutation($i: ProcedurePlanInvoer!) { stelProcedurePlanOp(invoer: $i) { spoor } }`,
        { i: { casusId, aanmelding: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) } },
      );
      return !r.errors && r.data.stelProcedurePlanOp.spoor === 1;
    }, 20_000);
    const overdrachtInPlan = async () => {
      const r = await gql<PlanAntwoord>(graphql, ind, PLAN, { id: casusId });
      expect(r.errors).toBeUndefined();
      return r.data!.casus.procedurePlan!.stappen.find((x) => x.stap === 'VERTREK_OF_OVERDRACHT')!.uiterlijk;
    };
    await wachtOp(async () => (await overdrachtInPlan()) === '2027-05-02', 20_000);

    // zsm's read model has the case (snapshot event from casusregie).
    await wachtOp(async () => {
      const b = await rest(`${processen.zsm.url}/v1/zsm/bevragingen`, om, {
        doel: 'ZSM_AFDOENING',
        zsmReferentie: 'ZSM-E2E',
        vNummer,
      });
      return b.body.ketenbeeld?.kernteamCasus?.casusId === casusId;
    }, 20_000);

    // Registered at ZSM for shoplifting → the kernteam sees it on the case.
    const start = Date.now();
    const reg = await rest(`${processen.zsm.url}/v1/zsm/registraties`, om, {
      zsmReferentie: 'ZSM-GRN-E2E-1',
      vNummer,
      aanhoudingOp: new Date(Date.now() - 20 * 60_000).toISOString(),
      delict: 'WINKELDIEFSTAL',
      omschrijving: 'Diefstal van telefoonopladers',
      vpt: false,
      voorlopigeHechtenisToegestaan: false,
      zsmLocatie: 'ZSM Groningen',
      gemeente: 'Groningen',
    });
    expect(reg.status).toBe(201);
    expect(reg.body.custodyKlokkenGestart).toBe(true);
    await wachtOp(
      async () => {
        const c = await gql<{ casus: { signalen: { signaalId: string; nieuw: boolean }[] } }>(
          graphql,
          ind,
          `query($id: ID!) { casus(id: $id) { signalen { signaalId nieuw } } }`,
          { id: casusId },
        );
        return (c.data?.casus?.signalen ?? []).some((x) => x.signaalId === reg.body.signaalId && x.nieuw);
      },
      10_000,
      20,
    );
    console.log(`ZSM-registratie zichtbaar op de casus na ${Date.now() - start} ms`);

    // The OM sends the suspect home → an AVIM action on the case, due at the release.
    const vrijlating = new Date(Date.now() + 2 * 3600_000).toISOString();
    const afd = await rest(`${processen.zsm.url}/v1/zsm/registraties/${reg.body.id}/afdoeningen`, om, {
      soort: 'HEENZENDING',
      besluitOp: new Date().toISOString(),
      vrijlatingOp: vrijlating,
    });
    expect(afd.status).toBe(201);
    const actie = await wachtOp(async () => {
      type Casus = {
        deelnemers: string[];
        acties: { omschrijving: string; eigenaarOrganisatie: string; deadline: string; status: string }[];
        tijdlijn: { soort: string; omschrijving: string }[];
      };
      const c = await gql<{ casus: Casus }>(
        graphql,
        ind,
        `query($id: ID!) { casus(id: $id) { deelnemers acties { omschrijving eigenaarOrganisatie deadline status } tijdlijn { soort omschrijving } } }`,
        { id: casusId },
      );
      const casus = c.data?.casus;
      return casus?.acties.some((a) => a.eigenaarOrganisatie === 'AVIM') ? casus : undefined;
    }, 10_000);
    const avim = actie.acties.find((a) => a.eigenaarOrganisatie === 'AVIM')!;
    expect(avim.omschrijving).toContain('Overname door AVIM / vreemdelingenbewaring beoordelen');
    expect(avim.deadline).toBe(vrijlating);
    expect(avim.status).toBe('OPEN');
    expect(actie.deelnemers).toContain('AVIM');
    expect(
      actie.tijdlijn.some(
        (t: { soort: string; omschrijving: string }) =>
          t.soort === 'ZSM' && t.omschrijving.includes('Heenzending'),
      ),
    ).toBe(true);

    // DJI reports detention → the transfer deadline moves to 12 months (R12).
    const det = await rest(`${processen.zsm.url}/v1/detenties`, dji, {
      vNummer,
      soort: 'HUIS_VAN_BEWARING',
      begin: new Date().toISOString(),
      inrichting: 'PI Proefstad',
    });
    expect(det.status).toBe(201);
    const p = await gql<any>(
      graphql,
      ind,
      `query($id: ID!) { persoon(id: $id) { dublinClaim { overdrachtUiterlijk verlengdWegensDetentie } detenties { inrichting } zsmRegistraties { zsmReferentie afdoeningen { soort } } } }`,
      { id: persoonId },
    );
    expect(p.data.persoon.dublinClaim).toEqual({
      overdrachtUiterlijk: '2027-11-02T22:59:59.999Z',
      verlengdWegensDetentie: true,
    });
    // planning follows: the plan's transfer deadline moved with the claim.
    await wachtOp(async () => (await overdrachtInPlan()) === '2027-11-02', 20_000);
    expect(p.data.persoon.zsmRegistraties).toEqual([
      { zsmReferentie: 'ZSM-GRN-E2E-1', afdoeningen: [{ soort: 'HEENZENDING' }] },
    ]);

    // casusregie and signalen down: the lookup answers from zsm's read model and says how fresh it is.
    await processen.casusregie.stop();
    await processen.signalen.stop();
    const b = await rest(`${processen.zsm.url}/v1/zsm/bevragingen`, om, {
      doel: 'ZSM_AFDOENING',
      zsmReferentie: 'ZSM-GRN-E2E-1',
      vNummer,
    });
    expect(b.status).toBe(200);
    expect(b.body.ketenbeeld).toMatchObject({
      dublinclaimant: true,
      kernteamCasus: { casusId },
      detentie: { gedetineerd: true },
    });
    expect(Date.parse(b.body.leesmodel.casusregie)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(b.body.leesmodel.signalen)).toBeLessThanOrEqual(Date.now());
  }, 120_000);
});
