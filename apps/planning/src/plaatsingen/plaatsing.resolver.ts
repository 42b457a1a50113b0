import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LOCATIE_SOORT_LABEL, type Actor, type Bevinding } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import { iso } from '../gemeenschappelijk/planning-fouten';
import {
  BordRijType,
  CapaciteitInvoer,
  CapaciteitResultaat,
  LocatieType,
  PlaatsingHistorieType,
  PlaatsingsBeoordelingType,
  PlaatsingType,
  PlaatsingVoorstelInvoer,
  RegistratievensterInvoer,
  RegistratievensterType,
} from '../gemeenschappelijk/planning.graphql-types';
import { LocatieService } from '../locaties/locatie.service';
import { PlaatsingService, type PlaatsingRij, type PlaatsingStatus } from './plaatsing.service';

export const PLAATSING_STATUS_LABEL: Record<PlaatsingStatus, string> = {
  VOORGESTELD: 'Voorgesteld',
  WACHTLIJST: 'Op de wachtlijst',
  AANGEBODEN: 'Plaats aangeboden',
  GOEDGEKEURD: 'Goedgekeurd',
  ACTIEF: 'Actief',
  BEEINDIGD: 'Beëindigd',
  AFGEWEZEN: 'Afgewezen',
};

const bevinding = (b: Bevinding) => ({
  code: b.code,
  regel: b.regel,
  tekst: b.tekst,
  blokkerend: b.blokkerend,
});

export function naarPlaatsing(p: PlaatsingRij): PlaatsingType {
  return {
    id: p.id,
    persoon: { id: p.persoon_id },
    casusId: p.casus_id,
    locatie: p.locatie,
    locatieNaam: p.locatie_naam,
    locatieSoort: p.locatie_soort,
    status: p.status,
    statusLabel: PLAATSING_STATUS_LABEL[p.status],
    van: p.van,
    tot: p.tot,
    werkelijkEind: p.werkelijk_eind,
    eindReden: p.eind_reden,
    prioriteit: p.prioriteit,
    artikel56: p.artikel56,
    bewaringVerlengd: p.bewaring_verlengd,
    overslaanReden: p.overslaan_reden,
    toelichting: p.toelichting,
    bevindingen: p.bevindingen.map(bevinding),
    vervangtPlaatsingId: p.vervangt_id,
    termijnId: p.termijn_id,
    voorgesteldDoor: p.voorgesteld_door,
    voorgesteldOp: iso(p.voorgesteld_op)!,
    wachtlijstSinds: iso(p.wachtlijst_sinds),
    aangebodenOp: iso(p.aangeboden_op),
  };
}

@Resolver(() => PlaatsingType)
export class PlaatsingResolver {
  constructor(
    private readonly plaatsingService: PlaatsingService,
    private readonly locatieService: LocatieService,
  ) {}

  @Query(() => [LocatieType], { description: 'Locaties met hun capaciteit vandaag en registratievensters' })
  async locaties(@HuidigeActor() actor: Actor): Promise<LocatieType[]> {
    const [lijst, vensters] = await Promise.all([
      this.locatieService.lijst(actor),
      this.locatieService.alleVensters(),
    ]);
    return lijst.map((l) => ({
      ...l,
      soortLabel: LOCATIE_SOORT_LABEL[l.soort],
      vensters: vensters.filter((v) => v.locatie === l.code),
    }));
  }

  @Query(() => [BordRijType], {
    description: 'Capaciteitsbord: bezetting per locatie per dag, met de wachtlijst',
  })
  async capaciteitsbord(
    @HuidigeActor() actor: Actor,
    @Args('vanaf', { type: () => String, nullable: true, description: 'JJJJ-MM-DD, standaard vandaag' })
    vanaf: string | null,
    @Args('weken', { type: () => Int, nullable: true, description: '1–26, standaard 4' })
    weken: number | null,
    @Args('locaties', { type: () => [String], nullable: true }) locaties: string[] | null,
  ): Promise<BordRijType[]> {
    const rijen = await this.locatieService.bord(actor, { vanaf, weken, locaties });
    return rijen.map((r) => ({
      locatie: { ...r.locatie, soortLabel: LOCATIE_SOORT_LABEL[r.locatie.soort], vensters: [] },
      wachtlijst: r.wachtlijst,
      dagen: r.dagen.map((d) => ({ ...d, vrij: d.capaciteit - d.bezet })),
    }));
  }

  @Query(() => [PlaatsingType], { description: 'Plaatsingen; wachtlijst en aanbiedingen eerst' })
  async plaatsingen(
    @HuidigeActor() actor: Actor,
    @Args('status', { type: () => [String], nullable: true }) status: PlaatsingStatus[] | null,
    @Args('locatie', { type: () => String, nullable: true }) locatie: string | null,
    @Args('eerste', { type: () => Int, nullable: true }) eerste: number | null,
  ): Promise<PlaatsingType[]> {
    return (await this.plaatsingService.lijst(actor, { status, locatie, eerste })).map(naarPlaatsing);
  }

  @Query(() => [PlaatsingHistorieType])
  async plaatsingHistorie(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PlaatsingHistorieType[]> {
    return (await this.plaatsingService.historie(actor, id)).map((h) => ({ ...h, op: iso(h.op)! }));
  }

  @Query(() => PlaatsingsBeoordelingType, {
    description:
      'Proefbeoordeling van een voorstel: de regels met uitleg en of er plaats is; niets opgeslagen',
  })
  async beoordeelPlaatsing(
    @HuidigeActor() actor: Actor,
    @Args('invoer') invoer: PlaatsingVoorstelInvoer,
  ): Promise<PlaatsingsBeoordelingType> {
    const b = await this.plaatsingService.beoordeel(actor, invoer);
    return { ...b, bevindingen: b.bevindingen.map(bevinding) };
  }

  @Mutation(() => PlaatsingType, {
    description: 'Stel een plaatsing voor (bij een volle locatie: wachtlijst)',
  })
  async stelPlaatsingVoor(@HuidigeActor() actor: Actor, @Args('invoer') invoer: PlaatsingVoorstelInvoer) {
    return naarPlaatsing(await this.plaatsingService.stelVoor(actor, invoer));
  }

  @Mutation(() => PlaatsingType)
  async keurPlaatsingGoed(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('toelichting', { type: () => String, nullable: true }) toelichting: string | null,
  ) {
    return naarPlaatsing(await this.plaatsingService.keurGoed(actor, id, toelichting));
  }

  @Mutation(() => PlaatsingType, {
    description: 'De persoon is aangekomen; de termijn van de plaatsing loopt',
  })
  async startPlaatsing(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('op', { type: () => String, nullable: true, description: 'JJJJ-MM-DD, standaard vandaag' })
    op: string | null,
  ) {
    return naarPlaatsing(await this.plaatsingService.activeer(actor, id, op));
  }

  @Mutation(() => PlaatsingType, { description: 'Beëindig een plaatsing; de plaats gaat naar de wachtlijst' })
  async beeindigPlaatsing(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('op') op: string,
    @Args('reden') reden: string,
  ) {
    return naarPlaatsing(await this.plaatsingService.beeindig(actor, id, { op, reden }));
  }

  @Mutation(() => PlaatsingType, { description: 'Wijs een voorstel, wachtlijstplaats of aanbod af' })
  async wijsPlaatsingAf(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reden') reden: string,
  ) {
    return naarPlaatsing(await this.plaatsingService.wijsAf(actor, id, { reden }));
  }

  @Mutation(() => CapaciteitResultaat, {
    description: 'Wijzig de capaciteit van een locatie vanaf een datum',
  })
  async wijzigCapaciteit(@HuidigeActor() actor: Actor, @Args('invoer') invoer: CapaciteitInvoer) {
    const r = await this.locatieService.wijzigCapaciteit(actor, invoer);
    return { ...r };
  }

  @Mutation(() => [RegistratievensterType], {
    description: 'Stel de registratievensters van een locatie in (R2)',
  })
  async stelRegistratievenstersIn(
    @HuidigeActor() actor: Actor,
    @Args('locatie') locatie: string,
    @Args('vensters', { type: () => [RegistratievensterInvoer] }) vensters: RegistratievensterInvoer[],
  ) {
    return this.locatieService.stelVenstersIn(actor, { locatie, vensters: vensters.map((v) => ({ ...v })) });
  }
}
