import { wachtOp } from '@ketenbeeld/testing';
import { bezettingPerDag } from '@ketenbeeld/domain';
import {
  bericht,
  dag,
  eigenLocatie,
  fouten,
  persoon as maakPersoon,
  planningOmgeving,
  vraag as vraagAan,
} from './hulp';

const o = planningOmgeving('planning_plaatsing');
const vraag = <T = Record<string, unknown>>(persona: string, query: string, variables = {}) =>
  vraagAan<T>(o, persona, query, variables);
const persoon = (p: { geboortedatum?: string | null; spoor?: 1 | 2 | 4 } = {}) => maakPersoon(o, p);

/** R1: straight to the VTL skips the inhuisregistratie rung, which needs a reason. */
const VTL_REDEN = 'Zware overlast: direct naar de VTL';
const VELDEN = 'id status locatie van tot bevindingen { code regel tekst blokkerend } prioriteit';
type P = {
  id: string;
  status: string;
  locatie: string;
  van: string;
  tot: string | null;
  bevindingen: { code: string; blokkerend: boolean }[];
};
async function stelVoor(invoer: Record<string, unknown>, persona = 'dtv-regievoerder') {
  return vraag<{ stelPlaatsingVoor: P }>(
    persona,
    `mutation($i: PlaatsingVoorstelInvoer!) { stelPlaatsingVoor(invoer: $i) { ${VELDEN} } }`,
    { i: invoer },
  );
}
async function actie(
  naam: string,
  args: string,
  variables: Record<string, unknown>,
  persona = 'dtv-regievoerder',
) {
  return vraag<Record<string, P>>(persona, `mutation(${args}) { ${naam} { ${VELDEN} } }`, variables);
}
const telPlaatsingen = async (persoonId: string) =>
  Number(
    (await o.pg.query(`SELECT count(*) FROM plaatsing WHERE persoon_id = $1`, [persoonId])).rows[0].count,
  );

const pbl = (capaciteit: number) => eigenLocatie(o, 'PBL', capaciteit);

describe('geschiktheid (R3) via de dienst', () => {
  it('een minderjarige wordt geweigerd voor de PBL, met uitleg en veld; niets opgeslagen', async () => {
    const { persoonId } = await persoon({ geboortedatum: dag(-365 * 16) });
    const r = await stelVoor({
      persoonId,
      locatie: await pbl(5),
      van: dag(1),
      overslaanReden: 'Test: direct naar de PBL na incidenten',
    });
    expect(r.errors?.[0]?.extensions?.foutcode).toBe('PLAATSING_NIET_TOEGESTAAN');
    expect(fouten(r)).toEqual([
      { veld: 'persoonId', reden: expect.stringMatching(/minderjarig/i) as string },
    ]);
    expect(await telPlaatsingen(persoonId)).toBe(0);
  });

  it('een Dublinclaimant (spoor 1) wordt geweigerd voor de PBL', async () => {
    const { persoonId } = await persoon({ spoor: 1 });
    const r = await stelVoor({
      persoonId,
      locatie: await pbl(5),
      van: dag(1),
      overslaanReden: 'Test: direct naar de PBL na incidenten',
    });
    expect(fouten(r)).toEqual([{ veld: 'persoonId', reden: expect.stringMatching(/Dublin/) as string }]);
    expect(await telPlaatsingen(persoonId)).toBe(0);
  });

  it('een volwassene uit een veilig land wordt voorgesteld als er plaats is, anders op de wachtlijst', async () => {
    const locatie = await pbl(1);
    const a = await persoon();
    const b = await persoon();
    const reden = 'Test: direct naar de PBL na incidenten';
    const eerste = await stelVoor({ persoonId: a.persoonId, locatie, van: dag(1), overslaanReden: reden });
    expect(eerste.errors).toBeUndefined();
    expect(eerste.data!.stelPlaatsingVoor).toMatchObject({ status: 'VOORGESTELD', tot: dag(29) });
    expect(eerste.data!.stelPlaatsingVoor.bevindingen.map((x) => x.code)).toEqual(
      expect.arrayContaining(['PBL_BEHANDELTERMIJN', 'LADDER_OVERGESLAGEN_MET_REDEN']),
    );
    const id = eerste.data!.stelPlaatsingVoor.id;
    expect(
      (await actie('keurPlaatsingGoed(id: $id)', '$id: ID!', { id })).data!.keurPlaatsingGoed.status,
    ).toBe('GOEDGEKEURD');
    const tweede = await stelVoor({
      persoonId: b.persoonId,
      locatie,
      van: dag(1),
      overslaanReden: reden,
      prioriteit: 1,
    });
    expect(tweede.data!.stelPlaatsingVoor.status).toBe('WACHTLIJST');
  });

  it('de ladder (R1): een trede overslaan zonder reden wordt geweigerd op het veld overslaanReden', async () => {
    const { persoonId } = await persoon();
    const r = await stelVoor({ persoonId, locatie: 'HTL_HOOGEVEEN', van: dag(1) });
    expect(fouten(r).map((f) => f.veld)).toEqual(['overslaanReden']);
    expect(await telPlaatsingen(persoonId)).toBe(0);
  });
});

describe('wachtlijst en capaciteit', () => {
  it('een beëindigde PBL-plaatsing biedt de plaats aan de eerste geschikte op de wachtlijst; de termijn loopt en stopt', async () => {
    const locatie = await pbl(1);
    const reden = 'Test: direct naar de PBL na incidenten';
    const bewoner = await persoon();
    const wachtNormaal = await persoon();
    const wachtUrgent = await persoon();
    const wachtDublin = await persoon();
    const p = (await stelVoor({ persoonId: bewoner.persoonId, locatie, van: dag(0), overslaanReden: reden }))
      .data!.stelPlaatsingVoor;
    await actie('keurPlaatsingGoed(id: $id)', '$id: ID!', { id: p.id });
    const start = await actie('startPlaatsing(id: $id)', '$id: ID!', { id: p.id });
    expect(start.errors).toBeUndefined();
    const actief = start.data!.startPlaatsing;
    expect(actief.status).toBe('ACTIEF');
    const termijn = (
      await o.pg.query(
        `SELECT t.soort, t.status, t.regel FROM termijn t JOIN plaatsing p ON p.termijn_id = t.id WHERE p.id = $1`,
        [p.id],
      )
    ).rows[0];
    expect(termijn).toEqual({ soort: 'PBL_BEHANDELTERMIJN', status: 'GEPLAND', regel: 'R3' });

    const normaal = (
      await stelVoor({ persoonId: wachtNormaal.persoonId, locatie, van: dag(1), overslaanReden: reden })
    ).data!.stelPlaatsingVoor;
    const dublin = (
      await stelVoor({
        persoonId: wachtDublin.persoonId,
        locatie,
        van: dag(1),
        overslaanReden: reden,
        prioriteit: 1,
      })
    ).data!.stelPlaatsingVoor;
    const urgent = (
      await stelVoor({
        persoonId: wachtUrgent.persoonId,
        locatie,
        van: dag(1),
        overslaanReden: reden,
        prioriteit: 1,
      })
    ).data!.stelPlaatsingVoor;
    expect([normaal.status, dublin.status, urgent.status]).toEqual([
      'WACHTLIJST',
      'WACHTLIJST',
      'WACHTLIJST',
    ]);
    // The first urgent one on the list became a Dublin claimant meanwhile (zsm): no longer eligible.
    await bericht(o, 'zsm.dublin-claim-bijgewerkt.v1', 'zsm', {
      persoonId: wachtDublin.persoonId,
      lidstaat: 'DE',
      akkoordOp: new Date().toISOString(),
      overdrachtUiterlijk: new Date(Date.now() + 180 * 86_400_000).toISOString(),
      gedetineerd: false,
    });

    const einde = await actie(
      'beeindigPlaatsing(id: $id, op: $op, reden: $r)',
      '$id: ID!, $op: String!, $r: String!',
      { id: p.id, op: dag(0), r: 'Beschikking genomen, vertrek' },
    );
    expect(einde.data!.beeindigPlaatsing.status).toBe('BEEINDIGD');
    const stand = async (id: string) =>
      (await o.pg.query(`SELECT status FROM plaatsing WHERE id = $1`, [id])).rows[0].status as string;
    expect([await stand(urgent.id), await stand(dublin.id), await stand(normaal.id)]).toEqual([
      'AANGEBODEN',
      'WACHTLIJST',
      'WACHTLIJST',
    ]);
    expect(
      (await o.pg.query(`SELECT status FROM termijn WHERE onderwerp_id = $1`, [p.id])).rows[0].status,
    ).toBe('GEANNULEERD');
    const historie = await vraag<{ plaatsingHistorie: { status: string; toelichting: string }[] }>(
      'dgm-analist',
      `query($id: ID!) { plaatsingHistorie(id: $id) { status toelichting } }`,
      { id: urgent.id },
    );
    expect(historie.data!.plaatsingHistorie.map((h) => h.status)).toEqual(['WACHTLIJST', 'AANGEBODEN']);
  });

  it('capaciteit onder de bezetting wordt geweigerd op het veld capaciteit; niets gewijzigd', async () => {
    const locatie = await pbl(2);
    const reden = 'Test: direct naar de PBL na incidenten';
    for (let n = 0; n < 2; n++) {
      const { persoonId } = await persoon();
      const p = (await stelVoor({ persoonId, locatie, van: dag(2), overslaanReden: reden })).data!
        .stelPlaatsingVoor;
      await actie('keurPlaatsingGoed(id: $id)', '$id: ID!', { id: p.id });
    }
    const r = await vraag(
      'coa-locatiemanager',
      `mutation($i: CapaciteitInvoer!) { wijzigCapaciteit(invoer: $i) { capaciteit } }`,
      {
        i: { locatie, vanaf: dag(0), capaciteit: 1, reden: 'Verbouwing vleugel B' },
      },
    );
    expect(r.errors?.[0]?.extensions?.foutcode).toBe('CAPACITEIT_ONDER_BEZETTING');
    expect(fouten(r)).toEqual([
      { veld: 'capaciteit', reden: expect.stringContaining('ligt onder de bezetting (2 op') as string },
    ]);
    expect(
      (await o.pg.query(`SELECT count(*) FROM locatie_capaciteit WHERE locatie = $1`, [locatie])).rows[0]
        .count,
    ).toBe('1');
    const bord = await vraag<{
      capaciteitsbord: {
        locatie: { code: string };
        dagen: { datum: string; capaciteit: number; bezet: number }[];
      }[];
    }>(
      'dgm-analist',
      `query($l: [String!]) { capaciteitsbord(weken: 1, locaties: $l) { locatie { code } dagen { datum capaciteit bezet } } }`,
      { l: [locatie] },
    );
    expect(bord.data!.capaciteitsbord[0].dagen.slice(0, 4)).toEqual([
      { datum: dag(0), capaciteit: 2, bezet: 0 },
      { datum: dag(1), capaciteit: 2, bezet: 0 },
      { datum: dag(2), capaciteit: 2, bezet: 2 },
      { datum: dag(3), capaciteit: 2, bezet: 2 },
    ]);
  });
});

describe('slechte invoer', () => {
  it('overlappende plaatsingen voor één persoon: duidelijke fout, niets opgeslagen', async () => {
    const { persoonId } = await persoon();
    const eerste = await stelVoor({
      persoonId,
      locatie: 'VTL_TER_APEL',
      van: dag(1),
      tot: dag(20),
      overslaanReden: VTL_REDEN,
    });
    expect(eerste.data!.stelPlaatsingVoor.status).toBe('VOORGESTELD');
    const r = await stelVoor({
      persoonId,
      locatie: 'VTL_BUDEL',
      van: dag(10),
      tot: dag(30),
      overslaanReden: VTL_REDEN,
    });
    expect(r.errors?.[0]?.extensions?.foutcode).toBe('PLAATSING_OVERLAP');
    expect(fouten(r)).toEqual([
      {
        veld: 'van',
        reden: expect.stringContaining(
          `overlapt met de plaatsing in VTL_TER_APEL van ${dag(1)} t/m ${dag(20)}`,
        ) as string,
      },
    ]);
    expect(await telPlaatsingen(persoonId)).toBe(1);
  });

  it('einde vóór begin, onbekende locatie en een verkeerd type worden per veld geweigerd', async () => {
    const { persoonId } = await persoon();
    const r = await stelVoor({ persoonId, locatie: 'VTL_TER_APEL', van: dag(10), tot: dag(5) });
    expect(fouten(r)).toEqual([{ veld: 'tot', reden: 'ligt vóór de begindatum (van)' }]);
    const onbekend = await stelVoor({ persoonId, locatie: 'NERGENS', van: dag(1) });
    expect(fouten(onbekend)).toEqual([{ veld: 'locatie', reden: "onbekende locatie 'NERGENS'" }]);
    const datum = await stelVoor({ persoonId, locatie: 'VTL_TER_APEL', van: '31-12-2026' });
    expect(fouten(datum)).toEqual([{ veld: 'van', reden: 'moet een datum zijn (JJJJ-MM-DD)' }]);
    expect(await telPlaatsingen(persoonId)).toBe(0);
  });

  it('beëindigen vóór de start wordt geweigerd; de plaatsing blijft actief', async () => {
    const { persoonId } = await persoon();
    const p = (await stelVoor({ persoonId, locatie: 'VTL_TER_APEL', van: dag(0), overslaanReden: VTL_REDEN }))
      .data!.stelPlaatsingVoor;
    await actie('keurPlaatsingGoed(id: $id)', '$id: ID!', { id: p.id });
    await actie('startPlaatsing(id: $id)', '$id: ID!', { id: p.id });
    const r = await actie(
      'beeindigPlaatsing(id: $id, op: $op, reden: $r)',
      '$id: ID!, $op: String!, $r: String!',
      { id: p.id, op: dag(-3), r: 'Vertrokken' },
    );
    expect(fouten(r)).toEqual([{ veld: 'op', reden: `ligt vóór de begindatum ${dag(0)} van de plaatsing` }]);
    expect((await o.pg.query(`SELECT status FROM plaatsing WHERE id = $1`, [p.id])).rows[0].status).toBe(
      'ACTIEF',
    );
  });

  it('wie niet mag: een gemeente kan niets voorstellen en ziet geen plaatsingen', async () => {
    const { persoonId } = await persoon();
    const r = await stelVoor({ persoonId, locatie: 'VTL_TER_APEL', van: dag(1) }, 'gemeente-melder');
    expect(r.errors?.[0]?.extensions?.foutcode).toBe('PLANNING_GEEN_RECHT');
    const lijst = await vraag('gemeente-melder', `{ plaatsingen { id } }`);
    expect(lijst.errors?.[0]?.extensions?.foutcode).toBe('PLANNING_GEEN_RECHT');
    expect(await telPlaatsingen(persoonId)).toBe(0);
  });
});

it('het capaciteitsbord telt per dag wat de regel bezettingPerDag telt, voor willekeurige plaatsingen', async () => {
  const locatie = await pbl(50);
  const statussen = [
    'VOORGESTELD',
    'WACHTLIJST',
    'AANGEBODEN',
    'GOEDGEKEURD',
    'ACTIEF',
    'BEEINDIGD',
    'AFGEWEZEN',
  ];
  let zaad = 7;
  const willekeurig = (n: number) => {
    zaad = (zaad * 1103515245 + 12345) % 2 ** 31;
    return zaad % n;
  };
  const rijen = Array.from({ length: 200 }, () => {
    const van = dag(willekeurig(60) - 20);
    const tot = willekeurig(4) === 0 ? null : dag(willekeurig(40), new Date(`${van}T12:00:00Z`));
    return { van, tot, status: statussen[willekeurig(statussen.length)] };
  });
  await o.pg.query(
    `INSERT INTO plaatsing (id, persoon_id, locatie, status, van, tot, voorgesteld_door)
     SELECT gen_random_uuid(), gen_random_uuid(), $1, status, van, tot, 'test'
     FROM jsonb_to_recordset($2::jsonb) AS x(status text, van date, tot date)`,
    [locatie, JSON.stringify(rijen)],
  );
  const bord = await vraag<{ capaciteitsbord: { dagen: { datum: string; bezet: number }[] }[] }>(
    'dgm-analist',
    `query($l: [String!]) { capaciteitsbord(weken: 6, locaties: $l) { dagen { datum bezet } } }`,
    { l: [locatie] },
  );
  const bezettend = rijen.filter((r) => ['AANGEBODEN', 'GOEDGEKEURD', 'ACTIEF'].includes(r.status));
  const verwacht = bezettingPerDag(bezettend, dag(0), 42);
  expect(bord.data!.capaciteitsbord[0].dagen.map((d) => d.bezet)).toEqual(verwacht);
  expect(bord.data!.capaciteitsbord[0].dagen.map((d) => d.datum)).toEqual(
    Array.from({ length: 42 }, (_, n) => dag(n)),
  );
  expect(Math.max(...verwacht)).toBeGreaterThan(5);
});

it('een verstreken plaatsingstermijn (R3) staat in de historie van de plaatsing', async () => {
  const { persoonId } = await persoon();
  const locatie = await pbl(3);
  const p = (
    await stelVoor({
      persoonId,
      locatie,
      van: dag(-40),
      overslaanReden: 'Test: direct naar de PBL na incidenten',
    })
  ).data!.stelPlaatsingVoor;
  await actie('keurPlaatsingGoed(id: $id)', '$id: ID!', { id: p.id });
  const start = await actie('startPlaatsing(id: $id, op: $op)', '$id: ID!, $op: String', {
    id: p.id,
    op: dag(-40),
  });
  expect(start.errors).toBeUndefined();
  // Started 40 days ago: the 28 days have passed, so the engine fires at once and planning records it.
  await wachtOp(async () => {
    const { rows } = await o.pg.query(
      `SELECT toelichting FROM plaatsing_historie WHERE plaatsing_id = $1 AND status = 'TERMIJN_VERSTREKEN'`,
      [p.id],
    );
    return rows.length === 1 && (rows[0].toelichting as string).includes('IND moet handelen');
  }, 30_000); // engine → outbox → relay → queue → consumer, on a busy CI machine
}, 40_000);

it('lege velden uit een formulier (null) krijgen de standaardwaarde, zoals weggelaten velden', async () => {
  const { persoonId } = await persoon();
  const r = await stelVoor({
    persoonId,
    locatie: 'VTL_TER_APEL',
    van: dag(1),
    tot: null,
    prioriteit: null,
    artikel56: null,
    bewaringVerlengd: null,
    toelichting: null,
    overslaanReden: VTL_REDEN,
  });
  expect(r.errors).toBeUndefined();
  expect(r.data!.stelPlaatsingVoor).toMatchObject({ status: 'VOORGESTELD', prioriteit: 2, tot: null });
});

it('planningTermijnen met vervaltVoor geeft alleen wat vóór dat tijdstip vervalt; een fout tijdstip per veld', async () => {
  const { persoonId } = await persoon();
  const locatie = await pbl(3);
  const p = (
    await stelVoor({
      persoonId,
      locatie,
      van: dag(0),
      overslaanReden: 'Test: direct naar de PBL na incidenten',
    })
  ).data!.stelPlaatsingVoor;
  await actie('keurPlaatsingGoed(id: $id)', '$id: ID!', { id: p.id });
  await actie('startPlaatsing(id: $id)', '$id: ID!', { id: p.id });
  const lijst = async (vervaltVoor: string) =>
    vraag<{ planningTermijnen: { onderwerpId: string }[] }>(
      'dgm-analist',
      `query($v: String) { planningTermijnen(eerste: 1000, vervaltVoor: $v) { onderwerpId } }`,
      { v: vervaltVoor },
    );
  const binnenWeek = await lijst(new Date(Date.now() + 7 * 86_400_000).toISOString());
  const binnenMaand = await lijst(new Date(Date.now() + 35 * 86_400_000).toISOString());
  // The PBL decision is due 28 days after the start: not this week, but within five weeks.
  expect(binnenWeek.data!.planningTermijnen.map((t) => t.onderwerpId)).not.toContain(p.id);
  expect(binnenMaand.data!.planningTermijnen.map((t) => t.onderwerpId)).toContain(p.id);
  expect(fouten(await lijst('volgende week'))).toEqual([
    { veld: 'vervaltVoor', reden: 'moet een ISO-8601 tijdstip zijn' },
  ]);
});
