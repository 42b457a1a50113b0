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
import { EventConsumer, startDienstVoorTest, type DienstVoorTest } from '@ketenbeeld/platform';
import { AppModule } from '../src/app.module';
import { DagoverzichtService } from '../src/dagoverzicht/dagoverzicht.service';

/**
 * Meetings, the daily overview and Top-X on prepared data: this file has a database of its own, so
 * the agenda and the overview contain exactly what is prepared here.
 */
let db: TestDatabase;
let dienst: DienstVoorTest;
let pg: Client;
let url: string;
let ind: string;

beforeAll(async () => {
  db = await maakTestDatabase('casusregie_regie');
  // No scheduler here: the overviews are made explicitly for prepared moments.
  dienst = await startDienstVoorTest(
    'casusregie',
    (c) => AppModule.met(c),
    await dienstTestEnv(db.url, { TERMIJN_WORKER: 'false' }),
  );
  url = `${dienst.url}/graphql`;
  pg = new Client({ connectionString: db.url });
  await pg.connect();
  ind = await testToken('ind-procesregisseur');
});
afterAll(async () => {
  await pg?.end();
  await dienst?.close();
  await db?.verwijder();
});

async function ok<T = any>(query: string, variables: Record<string, unknown> = {}, token = ind): Promise<T> {
  const r = await gql(url, token, query, variables);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}

/** A case at `locatie` via signal → proposal → confirmation; then its timestamps are set as prepared. */
async function casus(
  locatie: string,
  aangemeldOp: string,
  bijgewerktOp: string,
): Promise<{ id: string; persoonId: string }> {
  const persoonId = randomUUID();
  const e = signaalGeregistreerdEnvelop({
    persoonIds: [persoonId],
    extra: { locatieCode: locatie, ernst: 2 },
  });
  await dienst.app.get(EventConsumer).verwerk(e);
  const v = (
    await ok<{ casusVoorstellen: { id: string }[] }>(
      `query($s: ID!) { casusVoorstellen(signaalId: $s) { id } }`,
      { s: e.payload.signaalId },
    )
  ).casusVoorstellen[0];
  const c = await ok(
    `mutation($id: ID!, $l: String) { bevestigVoorstel(id: $id, gegevens: { locatieCode: $l, spoor: 2 }) { id } }`,
    { id: v.id, l: locatie },
  );
  const id = c.bevestigVoorstel.id as string;
  await pg.query(`UPDATE casus SET aangemeld_op = $2, bijgewerkt_op = $3 WHERE id = $1`, [
    id,
    aangemeldOp,
    bijgewerktOp,
  ]);
  return { id, persoonId };
}

describe('overleg: gegenereerde agenda voor een voorbereide week', () => {
  it('nieuwe, gewijzigde, achterstallige en termijn-casussen staan op de agenda, in volgorde; een rustige niet', async () => {
    const L = 'PROEF_LKO_WEEK';
    await ok(
      `mutation { planOverleg(invoer: { soort: LKO, titel: "LKO vorige week", geplandOp: "2027-03-01T08:00:00Z", locatieCode: "${L}" }) { id } }`,
    );
    const nieuw = await casus(L, '2027-03-03T10:00:00Z', '2027-03-03T10:00:00Z');
    const gewijzigd = await casus(L, '2027-02-01T10:00:00Z', '2027-03-04T12:00:00Z');
    const achterstallig = await casus(L, '2027-02-01T10:00:00Z', '2027-02-20T10:00:00Z');
    const termijn = await casus(L, '2027-02-01T10:00:00Z', '2027-02-20T10:00:00Z');
    const rustig = await casus(L, '2027-01-10T10:00:00Z', '2027-01-10T10:00:00Z');
    await ok(
      `mutation($id: ID!) { maakActie(casusId: $id, actie: { omschrijving: "Gehoor plannen", eigenaarOrganisatie: IND, deadline: "2027-03-05T12:00:00Z" }) { id } }`,
      { id: achterstallig.id },
    );
    await ok(
      `mutation($id: ID!) { pasMaatregelToe(casusId: $id, maatregel: { code: "ONTHOUDEN_RVT", start: "2027-03-01T08:00:00Z", eind: "2027-03-10T08:00:00Z", reden: "COA-incidentmelding" }) { id } }`,
      { id: termijn.id },
    );
    // Making the action and the measure touched the cases: put their last change back as prepared.
    await pg.query(`UPDATE casus SET bijgewerkt_op = '2027-02-20T10:00:00Z' WHERE id = ANY($1::uuid[])`, [
      [achterstallig.id, termijn.id],
    ]);

    const o = await ok(
      `mutation { planOverleg(invoer: { soort: LKO, titel: "LKO ${L}", geplandOp: "2027-03-08T08:00:00Z", locatieCode: "${L}", deelnemers: [{ naam: "Mira Veldkamp (fictief)", organisatie: IND }] }) { id vorigOverlegOp agenda { id casusId volgorde redenen toelichting } } }`,
    );
    const agenda = o.planOverleg.agenda as {
      casusId: string;
      volgorde: number;
      redenen: string[];
      toelichting: string[];
    }[];
    expect(o.planOverleg.vorigOverlegOp).toBe('2027-03-01T08:00:00.000Z');
    expect(agenda.map((a) => [a.casusId, a.redenen])).toEqual([
      [achterstallig.id, ['ACTIE_TE_LAAT']],
      [termijn.id, ['TERMIJN_DEZE_WEEK']],
      [nieuw.id, ['NIEUW']],
      [gewijzigd.id, ['GEWIJZIGD']],
    ]);
    expect(agenda.map((a) => a.volgorde)).toEqual([1, 2, 3, 4]);
    expect(agenda.map((a) => a.casusId)).not.toContain(rustig.id);
    expect(agenda[0].toelichting[0]).toContain("actie 'Gehoor plannen'");

    // Add the quiet case by hand, move it to the top; regenerating keeps it.
    const metHand = await ok(
      `mutation($o: ID!, $c: ID!) { voegAgendapuntToe(overlegId: $o, casusId: $c) { agenda { id casusId handmatig } } }`,
      { o: o.planOverleg.id, c: rustig.id },
    );
    const handpunt = metHand.voegAgendapuntToe.agenda.find(
      (a: { casusId: string }) => a.casusId === rustig.id,
    );
    const verplaatst = await ok(
      `mutation($p: ID!) { verplaatsAgendapunt(agendapuntId: $p, volgorde: 1) { agenda { casusId volgorde } } }`,
      { p: handpunt.id },
    );
    expect(verplaatst.verplaatsAgendapunt.agenda[0]).toEqual({ casusId: rustig.id, volgorde: 1 });
    const dubbel = await gql(
      url,
      ind,
      `mutation($o: ID!, $c: ID!) { voegAgendapuntToe(overlegId: $o, casusId: $c) { id } }`,
      { o: o.planOverleg.id, c: rustig.id },
    );
    expect(dubbel.errors?.[0]?.extensions?.fouten).toEqual([
      { veld: 'casusId', reden: 'staat al op de agenda' },
    ]);
    const buiten = await gql(
      url,
      ind,
      `mutation($p: ID!) { verplaatsAgendapunt(agendapuntId: $p, volgorde: 9) { id } }`,
      { p: handpunt.id },
    );
    expect(buiten.errors?.[0]?.extensions?.fouten).toEqual([
      { veld: 'volgorde', reden: 'een positie van 1 tot 5' },
    ]);
    const vernieuwd = await ok(
      `mutation($o: ID!) { vernieuwAgenda(overlegId: $o) { agenda { casusId handmatig } } }`,
      { o: o.planOverleg.id },
    );
    expect(vernieuwd.vernieuwAgenda.agenda).toHaveLength(5);
    expect(vernieuwd.vernieuwAgenda.agenda.filter((a: { handmatig: boolean }) => a.handmatig)).toEqual([
      { casusId: rustig.id, handmatig: true },
    ]);
  });

  it('een besluit met actie landt op de casus (tijdlijn en acties), in één handeling', async () => {
    const L = 'PROEF_LKO_BESLUIT';
    const c = await casus(L, '2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z');
    const o = await ok(
      `mutation { planOverleg(invoer: { soort: LKO, titel: "LKO besluit", geplandOp: "2026-11-23T08:00:00Z", locatieCode: "${L}" }) { id agenda { id casusId } } }`,
    );
    const punt = o.planOverleg.agenda.find((a: { casusId: string }) => a.casusId === c.id);
    const b = await ok(
      `mutation($p: ID!) { legBesluitVast(agendapuntId: $p, tekst: "Versneld gehoor aanvragen", actie: { omschrijving: "Gehoor aanvragen bij IND", eigenaarOrganisatie: IND, deadline: "2026-12-01T12:00:00Z" }) { id tekst actie { omschrijving besluitId status } } }`,
      { p: punt.id },
    );
    expect(b.legBesluitVast.actie).toEqual({
      omschrijving: 'Gehoor aanvragen bij IND',
      besluitId: b.legBesluitVast.id,
      status: 'OPEN',
    });
    const d = await ok(
      `query($id: ID!) { casus(id: $id) { acties { omschrijving besluitId } tijdlijn { soort omschrijving } } }`,
      { id: c.id },
    );
    expect(d.casus.acties).toEqual([
      { omschrijving: 'Gehoor aanvragen bij IND', besluitId: b.legBesluitVast.id },
    ]);
    expect(d.casus.tijdlijn.map((t: { soort: string }) => t.soort)).toEqual(
      expect.arrayContaining(['BESLUIT', 'ACTIE']),
    );
    expect(d.casus.tijdlijn.find((t: { soort: string }) => t.soort === 'BESLUIT').omschrijving).toBe(
      'Besluit LKO besluit: Versneld gehoor aanvragen',
    );
    // A decision whose action is invalid stores nothing.
    const fout = await gql(
      url,
      ind,
      `mutation($p: ID!) { legBesluitVast(agendapuntId: $p, tekst: "Nog een", actie: { omschrijving: "Bellen", eigenaarOrganisatie: POLITIE, deadline: "2026-12-01T12:00:00Z" }) { id } }`,
      { p: punt.id },
    );
    expect(fout.errors?.[0]?.extensions?.fouten).toEqual([
      { veld: 'actie.eigenaarOrganisatie', reden: 'POLITIE neemt niet deel aan deze casus' },
    ]);
    const { rows } = await pg.query(`SELECT count(*)::int n FROM besluit WHERE agendapunt_id = $1`, [
      punt.id,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('weigert een LKO zonder locatie en een persona zonder kernteamrol', async () => {
    const r = await gql(
      url,
      ind,
      `mutation { planOverleg(invoer: { soort: LKO, titel: "x", geplandOp: "morgen" }) { id } }`,
    );
    expect(r.errors?.[0]?.extensions?.fouten).toEqual(
      expect.arrayContaining([
        { veld: 'titel', reden: 'minstens 3 tekens' },
        { veld: 'geplandOp', reden: 'moet een ISO-8601 tijdstip met tijdzone zijn' },
      ]),
    );
    const zonderLocatie = await gql(
      url,
      ind,
      `mutation { planOverleg(invoer: { soort: LKO, titel: "LKO zonder plek", geplandOp: "2026-12-01T08:00:00Z" }) { id } }`,
    );
    expect(zonderLocatie.errors?.[0]?.extensions?.fouten).toEqual([
      { veld: 'locatieCode', reden: 'een LKO hoort bij één opvanglocatie' },
    ]);
    const politie = await gql(
      url,
      await testToken('politie-melder'),
      `mutation { planOverleg(invoer: { soort: KERNTEAM, titel: "Kernteam", geplandOp: "2026-12-01T08:00:00Z" }) { id } }`,
    );
    expect(politie.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await ok(`{ overleggen { id } }`, {}, await testToken('politie-melder'))).overleggen).toEqual([]);
  });
});

describe('dagoverzicht voor een voorbereide dag', () => {
  it('per actieve casus: nieuwe signalen, wijzigingen, te late acties en termijnen binnen 24 uur; rustige casussen geteld', async () => {
    const L = 'PROEF_DAG';
    const druk = await casus(L, '2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z');
    const rustig = await casus(L, '2026-10-01T10:00:00Z', '2026-10-01T10:00:00Z');
    const overzichten = dienst.app.get(DagoverzichtService);
    const vorige = await overzichten.maak('ROOSTER', new Date('2027-04-07T05:00:00Z'), null);
    expect(vorige.aanleiding).toBe('ROOSTER');
    const g = (soort: string, tijdstip: string, omschrijving: string) =>
      pg.query(
        `INSERT INTO casus_gebeurtenis (casus_id, soort, tijdstip, omschrijving) VALUES ($1, $2, $3, $4)`,
        [druk.id, soort, tijdstip, omschrijving],
      );
    await g('SIGNAAL', '2027-04-07T09:00:00Z', 'Nieuw signaal: Winkeldiefstal (POLITIE)');
    await g('MAATREGEL', '2027-04-07T11:00:00Z', 'Maatregel Onthouden RVT');
    await g('TRANSITIE', '2027-04-08T04:59:59Z', 'Aangemeld → In beoordeling: besproken');
    await g('SIGNAAL', '2027-04-08T05:00:00Z', 'te laat voor dit overzicht');
    await g('SIGNAAL', '2027-04-07T04:59:59Z', 'te vroeg voor dit overzicht');
    await ok(
      `mutation($id: ID!) { maakActie(casusId: $id, actie: { omschrijving: "Gesprek voeren", eigenaarOrganisatie: COA, deadline: "2027-04-05T12:00:00Z" }) { id } }`,
      { id: druk.id },
    );
    await ok(
      `mutation($id: ID!) { pasMaatregelToe(casusId: $id, maatregel: { code: "ONTHOUDEN_RVT", start: "2027-04-01T08:00:00Z", eind: "2027-04-08T20:00:00Z", reden: "incident" }) { id } }`,
      { id: druk.id },
    );

    // 07:00 Amsterdam on 8 April 2027 (summer time) is 05:00 UTC.
    const d = await overzichten.maak('ROOSTER', new Date('2027-04-08T05:00:00Z'), null);
    expect([d.van, d.tot].map((x) => new Date(x).toISOString())).toEqual([
      '2027-04-07T05:00:00.000Z',
      '2027-04-08T05:00:00.000Z',
    ]);
    const r = await ok(
      `query($id: ID) { dagoverzicht(id: $id) { van tot aanleiding ongewijzigd totalen { nieuweSignalen wijzigingen actiesTeLaat termijnenBinnenkort } casussen { casusId nieuweSignalen { omschrijving } wijzigingen { soort omschrijving } actiesTeLaat { omschrijving dagenTeLaat } termijnenBinnenkort { soortLabel vervaltOp } } } }`,
      { id: d.id },
    );
    const o = r.dagoverzicht;
    const mijn = o.casussen.find((c: { casusId: string }) => c.casusId === druk.id);
    expect(mijn.nieuweSignalen).toEqual([{ omschrijving: 'Nieuw signaal: Winkeldiefstal (POLITIE)' }]);
    expect(mijn.wijzigingen.map((w: { soort: string }) => w.soort)).toEqual(['MAATREGEL', 'TRANSITIE']);
    expect(mijn.actiesTeLaat).toEqual([{ omschrijving: 'Gesprek voeren', dagenTeLaat: 2 }]);
    expect(mijn.termijnenBinnenkort).toEqual([
      { soortLabel: 'Einde maatregel', vervaltOp: '2027-04-08T20:00:00.000Z' },
    ]);
    expect(o.casussen.map((c: { casusId: string }) => c.casusId)).not.toContain(rustig.id);
    expect(o.ongewijzigd).toBeGreaterThanOrEqual(1);
    // Made once per morning: a second run for the same 07:00 gives the same overview.
    expect(await overzichten.maakVolgensRooster(new Date('2027-04-08T09:00:00Z'))).toBeUndefined();
    // Need-to-know: the police take part in no case here and see none of them.
    const politie = await ok(
      `query($id: ID) { dagoverzicht(id: $id) { casussen { casusId } totalen { nieuweSignalen } } }`,
      { id: d.id },
      await testToken('politie-melder'),
    );
    expect(politie.dagoverzicht).toEqual({ casussen: [], totalen: { nieuweSignalen: 0 } });
  });
});

describe('Top-X', () => {
  it('stelt per regio en maand voor uit signalen en ernst; een mens bevestigt; lidmaatschap toont op persoon en casus', async () => {
    const regio = 'PROEF_TOPX';
    const zwaar = randomUUID();
    const licht = randomUUID();
    const te_weinig = randomUUID();
    const meld = async (persoonId: string, ernst: number, vpt = false, tijdstip = '2026-10-15T10:00:00Z') =>
      dienst.app.get(EventConsumer).verwerk(
        signaalGeregistreerdEnvelop({
          persoonIds: [persoonId],
          extra: { locatieCode: regio, ernst, vpt, tijdstipIncident: tijdstip },
        }),
      );
    for (const e of [4, 4, 3]) await meld(zwaar, e);
    await meld(zwaar, 2, true);
    for (const e of [1, 1, 2]) await meld(licht, e);
    await meld(licht, 4, false, '2026-07-31T10:00:00Z'); // before the 3-month window (Aug–Oct)
    for (const e of [4, 4]) await meld(te_weinig, e);
    const l = await ok(
      `mutation { stelTopXVoor(regio: "${regio.toLowerCase()}", maand: "2026-10") { id regio status leden { persoon { id } rang score uitleg } } }`,
    );
    expect(l.stelTopXVoor.regio).toBe(regio);
    expect(l.stelTopXVoor.leden).toEqual([
      {
        persoon: { id: zwaar },
        rang: 1,
        score: 8 + 8 + 4 + 2 + 4,
        uitleg: '4 signalen, zwaarste ernst 4, 1 VPT',
      },
      { persoon: { id: licht }, rang: 2, score: 1 + 1 + 2, uitleg: '3 signalen, zwaarste ernst 2, geen VPT' },
    ]);
    const b = await ok(
      `mutation($l: ID!, $w: [ID!]) { bevestigTopX(lijstId: $l, weglaten: $w) { status leden { persoon { id } opgenomen } } }`,
      { l: l.stelTopXVoor.id, w: [licht] },
    );
    expect(b.bevestigTopX.status).toBe('BEVESTIGD');
    expect(b.bevestigTopX.leden).toEqual([
      { persoon: { id: zwaar }, opgenomen: true },
      { persoon: { id: licht }, opgenomen: false },
    ]);
    const p = await ok(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Persoon { topx { regio maand rang } } } }`,
      {
        r: [
          { __typename: 'Persoon', id: zwaar },
          { __typename: 'Persoon', id: licht },
        ],
      },
    );
    expect(p._entities).toEqual([{ topx: [{ regio, maand: '2026-10', rang: 1 }] }, { topx: [] }]);
    const fout = await gql(url, ind, `mutation { stelTopXVoor(regio: "", maand: "2026-13") { id } }`);
    expect(fout.errors?.[0]?.extensions?.fouten).toEqual([
      { veld: 'regio', reden: 'is verplicht: een locatiecode (TER_APEL) of gemeente' },
      { veld: 'maand', reden: 'als JJJJ-MM' },
    ]);
    const coa = await gql(
      url,
      await testToken('coa-locatiemanager'),
      `mutation { stelTopXVoor(regio: "X", maand: "2026-10") { id } }`,
    );
    expect(coa.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
