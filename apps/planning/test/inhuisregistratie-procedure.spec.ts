import { testToken } from '@ketenbeeld/testing';
import { vensterMomenten, weekSleutel } from '@ketenbeeld/domain';
import { InhuisregistratieService } from '../src/inhuisregistratie/inhuisregistratie.service';
import {
  bericht as berichtAan,
  dag,
  eigenLocatie,
  fouten,
  persoon as maakPersoon,
  planningOmgeving,
  vraag as vraagAan,
} from './hulp';

// Windows are closed by hand here: the scheduler must not race the tests.
const o = planningOmgeving('planning_ihr', { ROOSTER: 'false' });
const vraag = <T = Record<string, unknown>>(persona: string, query: string, variables = {}) =>
  vraagAan<T>(o, persona, query, variables);
const bericht = (naam: string, producent: string, payload: Record<string, unknown>) =>
  berichtAan(o, naam, producent, payload);
const persoon = (spoor: 1 | 2 | 4 = 2) => maakPersoon(o, { spoor, categorie: 'WINKELDIEFSTAL' });
const locatie = () => eigenLocatie(o, 'AZC', 100, true);
/** An Amsterdam wall-clock time on a date as an instant (DST-correct, through the domain's own conversion). */
const om = (datum: string, uurMinuut: string) =>
  vensterMomenten(datum, { code: 'T', begin: uurMinuut, eind: '23:59' }).begin;

async function legOp(persoonId: string, code: string, van: string) {
  const r = await vraag<{ legInhuisregistratieOp: { id: string } }>(
    'ind-procesregisseur',
    `mutation($i: InhuisregistratiePlichtInvoer!) { legInhuisregistratieOp(invoer: $i) { id } }`,
    { i: { persoonId, locatie: code, van, reden: 'Overlast op de locatie: R2' } },
  );
  expect(r.errors).toBeUndefined();
  // Put under the approach well before the window (a person enrolled during a window is not expected in it).
  await o.pg.query(`UPDATE inhuisregistratie_plicht SET opgelegd_op = $2::date - 1 WHERE id = $1`, [
    r.data!.legInhuisregistratieOp.id,
    van,
  ]);
}

describe('inhuisregistratie (R2)', () => {
  it('een gemist venster geeft een signaal (via signalen) en een voorstel voor de volgende trede; eenmaal, ook bij herhaling', async () => {
    const code = await locatie();
    const gemist = await persoon();
    const gekomen = await persoon();
    const gisteren = dag(-1);
    await legOp(gemist.persoonId, code, gisteren);
    await legOp(gekomen.persoonId, code, gisteren);
    // COA registers the one who came, in the morning window of yesterday (09:15 Amsterdam).
    const ochtend = om(gisteren, '09:15').toISOString();
    const reg = await vraag<{ registreerInhuisregistraties: { geregistreerd: number } }>(
      'coa-locatiemanager',
      `mutation($l: String!, $r: [InhuisregistratieInvoer!]!) { registreerInhuisregistraties(locatie: $l, registraties: $r) { geregistreerd alGeregistreerd } }`,
      { l: code, r: [{ vNummer: gekomen.vNummer, tijdstip: ochtend }] },
    );
    expect(reg.data).toEqual({ registreerInhuisregistraties: { geregistreerd: 1, alGeregistreerd: 0 } });

    const service = o.dienst.app.get(InhuisregistratieService);
    const nu = om(gisteren, '11:00');
    const eerste = await service.sluitVensters(nu);
    expect(eerste.gemist).toBeGreaterThanOrEqual(1);
    expect(await service.sluitVensters(nu)).toEqual({ afgesloten: 0, gemist: 0 });

    const { rows: gemisteRijen } = await o.pg.query(
      `SELECT g.persoon_id, g.venster, g.signaal_id, p.status, p.locatie FROM gemiste_registratie g LEFT JOIN plaatsing p ON p.id = g.plaatsing_id WHERE g.locatie = $1`,
      [code],
    );
    expect(gemisteRijen).toEqual([
      {
        persoon_id: gemist.persoonId,
        venster: 'OCHTEND',
        signaal_id: expect.any(String) as string,
        status: 'VOORGESTELD',
        locatie: 'VTL_TER_APEL',
      },
    ]);
    const { rows: events } = await o.pg.query(
      `SELECT payload FROM outbox WHERE naam = 'planning.inhuisregistratie-gemist.v1' AND payload->>'locatieCode' = $1`,
      [code],
    );
    expect(events).toEqual([
      {
        payload: expect.objectContaining({
          signaalId: gemisteRijen[0].signaal_id,
          persoonId: gemist.persoonId,
          vNummer: gemist.vNummer,
          datum: gisteren,
          venster: 'OCHTEND',
        }) as object,
      },
    ]);
    // The proposal explains itself (R2) and is made by the system.
    const { rows: historie } = await o.pg.query(
      `SELECT h.door, p.toelichting FROM plaatsing p JOIN plaatsing_historie h ON h.plaatsing_id = p.id WHERE p.persoon_id = $1`,
      [gemist.persoonId],
    );
    expect(historie).toEqual([
      {
        door: 'systeem:inhuisregistratie',
        toelichting: expect.stringContaining('R2: niet verschenen bij de inhuisregistratie') as string,
      },
    ]);

    // COA's screen for that day: the morning window is closed, one came, one missed.
    const scherm = await vraag<{
      inhuisregistratieDag: {
        venster: string;
        stand: string;
        verwacht: { vNummer: string; gemist: boolean; geregistreerdOp: string | null }[];
      }[];
    }>(
      'coa-locatiemanager',
      `query($l: String!, $d: String) { inhuisregistratieDag(locatie: $l, datum: $d) { venster stand verwacht { vNummer gemist geregistreerdOp } } }`,
      { l: code, d: gisteren },
    );
    const ochtendStand = scherm.data!.inhuisregistratieDag.find((v) => v.venster === 'OCHTEND')!;
    expect(ochtendStand.stand).toBe('AFGESLOTEN');
    expect(ochtendStand.verwacht.find((p) => p.vNummer === gemist.vNummer)).toMatchObject({
      gemist: true,
      geregistreerdOp: null,
    });
    expect(ochtendStand.verwacht.find((p) => p.vNummer === gekomen.vNummer)).toMatchObject({
      gemist: false,
      geregistreerdOp: ochtend,
    });
  });

  it('een registratie buiten elk venster, van iemand zonder inhuisregistratie of na het sluiten: fout per regel, niets opgeslagen', async () => {
    const code = await locatie();
    const p = await persoon();
    const vreemde = await persoon();
    await legOp(p.persoonId, code, dag(-3));
    const gisteren = dag(-1);
    const r = await vraag(
      'coa-locatiemanager',
      `mutation($l: String!, $r: [InhuisregistratieInvoer!]!) { registreerInhuisregistraties(locatie: $l, registraties: $r) { geregistreerd } }`,
      {
        l: code,
        r: [
          { vNummer: p.vNummer, tijdstip: om(gisteren, '20:30').toISOString() },
          { vNummer: p.vNummer, tijdstip: om(gisteren, '13:00').toISOString() },
        ],
      },
    );
    expect(r.errors?.[0]?.extensions?.foutcode).toBe('INHUISREGISTRATIE_ONGELDIG');
    expect(fouten(r)).toEqual([
      {
        veld: 'registraties.1.tijdstip',
        reden: `valt buiten elk registratievenster van ${code} (08:00–10:00, 20:00–22:00)`,
      },
    ]);
    const zonderPlicht = await vraag(
      'coa-locatiemanager',
      `mutation($l: String!, $r: [InhuisregistratieInvoer!]!) { registreerInhuisregistraties(locatie: $l, registraties: $r) { geregistreerd } }`,
      { l: code, r: [{ persoonId: vreemde.persoonId, tijdstip: om(gisteren, '08:30').toISOString() }] },
    );
    expect(fouten(zonderPlicht)).toEqual([
      {
        veld: 'registraties.0.persoonId',
        reden: `deze persoon staat op ${gisteren} niet onder de inhuisregistratie in ${code}`,
      },
    ]);
    await o.dienst.app.get(InhuisregistratieService).sluitVensters(om(gisteren, '11:00'));
    const telaat = await vraag(
      'coa-locatiemanager',
      `mutation($l: String!, $r: [InhuisregistratieInvoer!]!) { registreerInhuisregistraties(locatie: $l, registraties: $r) { geregistreerd } }`,
      { l: code, r: [{ vNummer: p.vNummer, tijdstip: om(gisteren, '09:00').toISOString() }] },
    );
    expect(fouten(telaat)[0]).toEqual({
      veld: 'registraties.0.tijdstip',
      reden: `het venster ochtend van ${gisteren} is al afgesloten en de afwezigheid gemeld`,
    });
    expect(
      (await o.pg.query(`SELECT count(*) FROM inhuisregistratie WHERE locatie = $1`, [code])).rows[0].count,
    ).toBe('0');
  });

  it('de REST-API voor het COA: 201 met telling, 400 problem+json met het veld; alleen het COA', async () => {
    const code = await locatie();
    const p = await persoon();
    await legOp(p.persoonId, code, dag(-3));
    const post = async (persona: string, body: unknown) =>
      fetch(`${o.dienst.url}/v1/inhuisregistraties`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await testToken(persona)}`,
          'ketenbeeld-doel': 'CASUSREGIE',
        },
        body: JSON.stringify(body),
      });
    const t = om(dag(-1), '21:00').toISOString();
    const ok = await post('coa-locatiemanager', {
      locatie: code,
      registraties: [{ vNummer: p.vNummer, tijdstip: t }],
    });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toEqual({ locatie: code, geregistreerd: 1, alGeregistreerd: 0 });
    const nogmaals = await post('coa-locatiemanager', {
      locatie: code,
      registraties: [{ vNummer: p.vNummer, tijdstip: t }],
    });
    expect(await nogmaals.json()).toEqual({ locatie: code, geregistreerd: 0, alGeregistreerd: 1 });
    const fout = await post('coa-locatiemanager', { locatie: code, registraties: [] });
    expect(fout.status).toBe(400);
    expect(fout.headers.get('content-type')).toContain('application/problem+json');
    expect(((await fout.json()) as { fouten: unknown }).fouten).toEqual([
      { veld: 'registraties', reden: 'minstens één registratie' },
    ]);
    expect(
      (await post('dtv-regievoerder', { locatie: code, registraties: [{ vNummer: p.vNummer, tijdstip: t }] }))
        .status,
    ).toBe(403);
  });
});

describe('procedureplan en TTSD', () => {
  const PLAN = `casus { id } spoor aanmelding stappen { stap gepland werkelijk uiterlijk regel nvt slotWeek transportAangevraagd }
    ttsd { kengetal doelDatum geplandeDatum speling risico uitleg }`;
  type Plan = {
    spoor: number;
    stappen: {
      stap: string;
      gepland: string | null;
      werkelijk: string | null;
      uiterlijk: string | null;
      regel: string | null;
      nvt: boolean;
      slotWeek: string | null;
      transportAangevraagd: boolean;
    }[];
    ttsd: { kengetal: string; doelDatum: string; geplandeDatum: string; speling: number; risico: string };
  };

  it('een Dublinzaak: geen RVT en geen nader gehoor; een detentiemelding verschuift de overdrachtstermijn (R12) in het plan', async () => {
    const p = await persoon(1);
    const aanmelding = dag(-2);
    const r = await vraag<{ stelProcedurePlanOp: Plan }>(
      'ind-procesregisseur',
      `mutation($i: ProcedurePlanInvoer!) { stelProcedurePlanOp(invoer: $i) { ${PLAN} } }`,
      { i: { casusId: p.casusId, aanmelding } },
    );
    expect(r.errors).toBeUndefined();
    const plan = r.data!.stelProcedurePlanOp;
    expect(plan.ttsd.kengetal).toBe('TTSD');
    expect(plan.stappen.filter((s) => s.nvt).map((s) => s.stap)).toEqual(['RVT', 'NADER_GEHOOR']);
    expect(plan.stappen.find((s) => s.stap === 'VERTREK_OF_OVERDRACHT')!.uiterlijk).toBeNull();

    const akkoord = new Date(Date.now() - 86_400_000).toISOString();
    const zes = new Date(Date.now() + 180 * 86_400_000).toISOString();
    const twaalf = new Date(Date.now() + 360 * 86_400_000).toISOString();
    // The plan shows the calendar day in Europe/Amsterdam (late in the UTC evening that is the next day).
    const amsterdamseDag = (iso: string) =>
      new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(new Date(iso));
    await bericht('zsm.dublin-claim-bijgewerkt.v1', 'zsm', {
      persoonId: p.persoonId,
      lidstaat: 'IT',
      akkoordOp: akkoord,
      overdrachtUiterlijk: zes,
      gedetineerd: false,
    });
    const lees = async () =>
      (
        await vraag<{ procedurePlannen: (Plan & { casus: { id: string } })[] }>(
          'dgm-analist',
          `{ procedurePlannen(eerste: 1000) { ${PLAN} } }`,
        )
      ).data!.procedurePlannen.find((x) => x.casus.id === p.casusId)!;
    const overdracht = async () => (await lees()).stappen.find((s) => s.stap === 'VERTREK_OF_OVERDRACHT')!;
    expect(await overdracht()).toMatchObject({ uiterlijk: amsterdamseDag(zes), regel: 'R12' });
    // DJI reports a detention; zsm extends the claim to 12 months and says so.
    await bericht('zsm.dublin-claim-bijgewerkt.v1', 'zsm', {
      persoonId: p.persoonId,
      lidstaat: 'IT',
      akkoordOp: akkoord,
      overdrachtUiterlijk: twaalf,
      gedetineerd: true,
    });
    expect((await overdracht()).uiterlijk).toBe(amsterdamseDag(twaalf));
  });

  it('een gehoor gaat in een gereserveerd IND-slot; een volle week wordt geweigerd met de eerste week met ruimte', async () => {
    const a = await persoon(2);
    const b = await persoon(2);
    const maandag = (() => {
      const d = new Date(`${dag(21)}T12:00:00Z`);
      d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
      return d.toISOString().slice(0, 10);
    })();
    const week = weekSleutel(maandag);
    const volgende = weekSleutel(dag(7, new Date(`${maandag}T12:00:00Z`)));
    for (const [w, n] of [
      [week, 1],
      [volgende, 3],
    ] as const) {
      const s = await vraag(
        'ind-procesregisseur',
        `mutation($w: String!, $n: Int!) { reserveerIndSlots(week: $w, gereserveerd: $n) { week } }`,
        { w, n },
      );
      expect(s.errors).toBeUndefined();
    }
    const nietIndDtv = await vraag(
      'dtv-regievoerder',
      `mutation { reserveerIndSlots(week: "${week}", gereserveerd: 9) { week } }`,
    );
    expect(nietIndDtv.errors?.[0]?.extensions?.foutcode).toBe('PLANNING_GEEN_RECHT');
    for (const x of [a, b]) {
      await vraag(
        'ind-procesregisseur',
        `mutation($i: ProcedurePlanInvoer!) { stelProcedurePlanOp(invoer: $i) { spoor } }`,
        {
          i: { casusId: x.casusId, aanmelding: dag(-1) },
        },
      );
    }
    const stap = (casusId: string) =>
      vraag<{ legProcesstapVast: { plan: Plan; waarschuwingen: string[] } }>(
        'ind-procesregisseur',
        `mutation($i: ProcesstapInvoer!) { legProcesstapVast(invoer: $i) { plan { ${PLAN} } waarschuwingen } }`,
        { i: { casusId, stap: 'NADER_GEHOOR', gepland: dag(2, new Date(`${maandag}T12:00:00Z`)) } },
      );
    const eerste = await stap(a.casusId);
    expect(eerste.errors).toBeUndefined();
    expect(eerste.data!.legProcesstapVast.plan.stappen.find((s) => s.stap === 'NADER_GEHOOR')!.slotWeek).toBe(
      week,
    );
    const tweede = await stap(b.casusId);
    expect(tweede.errors?.[0]?.extensions?.foutcode).toBe('IND_SLOTS_VOL');
    expect(fouten(tweede)).toEqual([
      { veld: 'gepland', reden: expect.stringContaining(`eerste week met ruimte: ${volgende}`) as string },
    ]);
    const kalender = await vraag<{
      indSlotKalender: { week: string; gereserveerd: number; ingepland: number; status: string }[];
    }>(
      'dgm-analist',
      `query($w: String) { indSlotKalender(vanafWeek: $w, weken: 2) { week gereserveerd ingepland status } }`,
      { w: week },
    );
    expect(kalender.data!.indSlotKalender[0]).toEqual({ week, gereserveerd: 1, ingepland: 1, status: 'VOL' });
  });

  it('R13: een afspraak in Ter Apel voor iemand in een azc elders plant de transportaanvraag, of waarschuwt als het te laat is', async () => {
    const p = await persoon(4);
    await vraag(
      'ind-procesregisseur',
      `mutation($i: ProcedurePlanInvoer!) { stelProcedurePlanOp(invoer: $i) { spoor } }`,
      {
        i: { casusId: p.casusId, aanmelding: dag(-1), verblijfLocatie: 'AZC_ASSEN' },
      },
    );
    const afspraak = (dagen: number) =>
      vraag<{ legProcesstapVast: { plan: Plan; waarschuwingen: string[] } }>(
        'ind-procesregisseur',
        `mutation($i: ProcesstapInvoer!) { legProcesstapVast(invoer: $i) { plan { ${PLAN} } waarschuwingen } }`,
        {
          i: {
            casusId: p.casusId,
            stap: 'VERTREKGESPREK',
            afspraakOp: new Date(Date.now() + dagen * 86_400_000).toISOString(),
            afspraakLocatie: 'TER_APEL',
          },
        },
      );
    const tijdig = await afspraak(30);
    expect(tijdig.errors).toBeUndefined();
    expect(tijdig.data!.legProcesstapVast.waarschuwingen).toEqual([]);
    expect(
      tijdig.data!.legProcesstapVast.plan.stappen.find((s) => s.stap === 'VERTREKGESPREK')!
        .transportAangevraagd,
    ).toBe(true);
    const { rows } = await o.pg.query(
      `SELECT soort, organisatie, regel, status FROM termijn WHERE onderwerp_id = $1`,
      [p.casusId],
    );
    expect(rows).toEqual([
      { soort: 'TRANSPORT_AANVRAAG', organisatie: 'COA', regel: 'R13', status: 'GEPLAND' },
    ]);
    const telaat = await afspraak(5);
    expect(telaat.data!.legProcesstapVast.waarschuwingen).toEqual([
      expect.stringMatching(/transport/i) as string,
    ]);
    // The earlier request deadline was for the moved appointment: cancelled, none planned for the late one.
    const { rows: na } = await o.pg.query(
      `SELECT status FROM termijn WHERE onderwerp_id = $1 ORDER BY oorspronkelijk_op`,
      [p.casusId],
    );
    expect(na).toEqual([{ status: 'GEANNULEERD' }]);
  });

  it('een werkelijke datum in de toekomst of vóór een eerdere stap wordt per veld geweigerd; niets opgeslagen', async () => {
    const p = await persoon(2);
    await vraag(
      'ind-procesregisseur',
      `mutation($i: ProcedurePlanInvoer!) { stelProcedurePlanOp(invoer: $i) { spoor } }`,
      {
        i: { casusId: p.casusId, aanmelding: dag(-5) },
      },
    );
    const leg = (stap: string, werkelijk: string) =>
      vraag(
        'ind-procesregisseur',
        `mutation($i: ProcesstapInvoer!) { legProcesstapVast(invoer: $i) { waarschuwingen } }`,
        {
          i: { casusId: p.casusId, stap, werkelijk },
        },
      );
    expect(fouten(await leg('AANMELDGEHOOR', dag(3)))).toEqual([
      { veld: 'werkelijk', reden: 'ligt in de toekomst' },
    ]);
    expect(fouten(await leg('AANMELDGEHOOR', dag(-9)))[0].veld).toMatch(/werkelijk|datum/);
    expect(fouten(await leg('RVT', dag(-1)))).toEqual([
      { veld: 'stap', reden: 'is niet van toepassing in spoor 2' },
    ]);
    expect(
      (await o.pg.query(`SELECT count(*) FROM procedure_stap WHERE casus_id = $1`, [p.casusId])).rows[0]
        .count,
    ).toBe('0');
  });
});

it('de OpenAPI-beschrijving van planning is openbaar en beschrijft de inhuisregistratie', async () => {
  const r = await fetch(`${o.dienst.url}/v1/openapi.json`);
  expect(r.status).toBe(200);
  const doc = (await r.json()) as { paths: Record<string, unknown> };
  expect(Object.keys(doc.paths)).toEqual(['/v1/inhuisregistraties']);
});
