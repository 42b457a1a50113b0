import { Args, ID, Mutation, Parent, Query, ResolveField, ResolveReference, Resolver } from '@nestjs/graphql';
import { toegestaneTransities, type Actor, type CasusStatus, type Doorverwijzing } from '@ketenbeeld/domain';
import { HuidigeActor, PersoonRef } from '@ketenbeeld/platform';
import { CasusWerkService } from './casus-werk.service';
import {
  ActieInput,
  ActieType,
  CasusGegevensInput,
  CasusMaatregelType,
  CasusPaginaType,
  CasusSignaalType,
  CasussenArgs,
  CasusTransitieType,
  CasusType,
  GroepsMaatregelResultaatType,
  MaatregelDefinitieType,
  MaatregelInput,
  naarActie,
  naarCasusSignaal,
  naarCasusType,
  naarMaatregel,
  naarTijdlijnRegel,
  naarTransitie,
  naarUitkomst,
  TijdlijnRegelType,
  UitkomstInput,
  UitkomstType,
} from './casus.graphql-types';
import { CasusService } from './casus.service';
import type { CasusRij } from './casus.types';
import { CasusStatus as CasusStatusEnum, Doorverwijzing as DoorverwijzingEnum } from '@ketenbeeld/domain';

const alsType = (c: CasusRij) => naarCasusType(c, toegestaneTransities(c.status));

@Resolver(() => CasusType)
export class CasusResolver {
  constructor(
    private readonly casusService: CasusService,
    private readonly werk: CasusWerkService,
  ) {}

  @Query(() => CasusPaginaType, {
    description: 'Casussen waaraan uw organisatie deelneemt (nationaal: alle), nieuwste eerst',
  })
  async casussen(@HuidigeActor() actor: Actor, @Args() args: CasussenArgs): Promise<CasusPaginaType> {
    const p = await this.casusService.lijst(actor, args.filter ?? {}, args.eerste, args.na);
    return { items: p.items.map(alsType), volgendeCursor: p.volgendeCursor, totaal: p.totaal };
  }

  @Query(() => CasusType, {
    description: 'Eén casus; NOT_FOUND als die niet bestaat of u er niet aan deelneemt',
  })
  async casus(@HuidigeActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<CasusType> {
    return alsType(await this.casusService.haal(actor, id));
  }

  /** A case referenced from another subgraph (planning's procedure plan): the same need-to-know. */
  @ResolveReference()
  async resolveReference(@Parent() ref: { id: string }, @HuidigeActor() actor: Actor): Promise<CasusType> {
    return alsType(await this.casusService.haal(actor, ref.id));
  }

  @Query(() => [MaatregelDefinitieType], { description: 'De beheerde maatregelencatalogus' })
  async maatregelCatalogus(): Promise<MaatregelDefinitieType[]> {
    return (await this.werk.catalogus()).map((d) => ({
      code: d.code,
      naam: d.naam,
      soort: d.soort,
      eigenaar: d.eigenaar,
      wettelijkeGrondslag: d.wettelijke_grondslag,
      standaardDuurDagen: d.standaard_duur_dagen,
      toepassing: d.toepassing,
    }));
  }

  @ResolveField(() => [CasusTransitieType])
  async transities(@Parent() c: CasusType): Promise<CasusTransitieType[]> {
    return (await this.casusService.transities(c.id)).map(naarTransitie);
  }

  @ResolveField(() => [CasusSignaalType])
  async signalen(@Parent() c: CasusType): Promise<CasusSignaalType[]> {
    return (await this.werk.signalen(c.id)).map(naarCasusSignaal);
  }

  @ResolveField(() => [CasusMaatregelType])
  async maatregelen(@Parent() c: CasusType): Promise<CasusMaatregelType[]> {
    return (await this.werk.maatregelen(c.id)).map(naarMaatregel);
  }

  @ResolveField(() => [ActieType])
  async acties(@Parent() c: CasusType): Promise<ActieType[]> {
    const nu = Date.now();
    return (await this.werk.acties(c.id)).map((a) => naarActie(a, nu));
  }

  @ResolveField(() => [UitkomstType])
  async uitkomsten(@Parent() c: CasusType): Promise<UitkomstType[]> {
    return (await this.werk.uitkomsten(c.id)).map(naarUitkomst);
  }

  @ResolveField(() => [TijdlijnRegelType], {
    description:
      'Signalen, statusovergangen, maatregelen, acties, uitkomsten, besluiten en termijnen op volgorde',
  })
  async tijdlijn(@Parent() c: CasusType): Promise<TijdlijnRegelType[]> {
    return (await this.werk.tijdlijn(c.id)).map(naarTijdlijnRegel);
  }

  @Mutation(() => CasusType, { description: 'Meld een casus aan zonder voorstel (bijvoorbeeld na een LKO)' })
  async meldCasusAan(
    @HuidigeActor() actor: Actor,
    @Args('persoonId', { type: () => ID }) persoonId: string,
    @Args('reden') reden: string,
    @Args('gegevens', { type: () => CasusGegevensInput, nullable: true }) gegevens?: CasusGegevensInput,
  ): Promise<CasusType> {
    return alsType(await this.casusService.meldAan(actor, persoonId, reden, gegevens));
  }

  @Mutation(() => CasusType)
  async wijzigCasus(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('gegevens', { type: () => CasusGegevensInput }) gegevens: CasusGegevensInput,
    @Args('reden') reden: string,
  ): Promise<CasusType> {
    return alsType(await this.casusService.wijzig(actor, id, gegevens, reden));
  }

  @Mutation(() => CasusType, {
    description: 'Statusovergang met reden; ongeldige overgangen worden geweigerd met uitleg',
  })
  async zetCasusStatus(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('naar', { type: () => CasusStatusEnum }) naar: CasusStatus,
    @Args('reden') reden: string,
    @Args('doorverwezenNaar', { type: () => DoorverwijzingEnum, nullable: true })
    doorverwezenNaar?: Doorverwijzing | null,
  ): Promise<CasusType> {
    return alsType(await this.casusService.zetStatus(actor, id, naar, reden, doorverwezenNaar));
  }

  @Mutation(() => CasusType)
  async markeerSignalenGezien(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<CasusType> {
    return alsType(await this.casusService.markeerSignalenGezien(actor, id));
  }

  @Mutation(() => CasusMaatregelType)
  async pasMaatregelToe(
    @HuidigeActor() actor: Actor,
    @Args('casusId', { type: () => ID }) casusId: string,
    @Args('maatregel', { type: () => MaatregelInput }) maatregel: MaatregelInput,
  ): Promise<CasusMaatregelType> {
    return naarMaatregel(await this.werk.pasMaatregelToe(actor, casusId, { ...maatregel }));
  }

  @Mutation(() => GroepsMaatregelResultaatType, {
    description:
      'Eén maatregel voor alle open casussen van een groepscasus in één handeling (bijv. RVT onthouden)',
  })
  async pasMaatregelToeOpGroep(
    @HuidigeActor() actor: Actor,
    @Args('groepId', { type: () => ID }) groepId: string,
    @Args('maatregel', { type: () => MaatregelInput }) maatregel: MaatregelInput,
  ): Promise<GroepsMaatregelResultaatType> {
    return this.werk.pasMaatregelToeOpGroep(actor, groepId, { ...maatregel });
  }

  @Mutation(() => CasusMaatregelType)
  async beeindigMaatregel(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reden') reden: string,
  ): Promise<CasusMaatregelType> {
    return naarMaatregel(await this.werk.beeindigMaatregel(actor, id, reden));
  }

  @Mutation(() => ActieType)
  async maakActie(
    @HuidigeActor() actor: Actor,
    @Args('casusId', { type: () => ID }) casusId: string,
    @Args('actie', { type: () => ActieInput }) actie: ActieInput,
  ): Promise<ActieType> {
    return naarActie(await this.werk.maakActie(actor, casusId, { ...actie }));
  }

  @Mutation(() => ActieType)
  async rondActieAf(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<ActieType> {
    return naarActie(await this.werk.rondActieAf(actor, id));
  }

  @Mutation(() => UitkomstType)
  async registreerUitkomst(
    @HuidigeActor() actor: Actor,
    @Args('casusId', { type: () => ID }) casusId: string,
    @Args('uitkomst', { type: () => UitkomstInput }) uitkomst: UitkomstInput,
  ): Promise<UitkomstType> {
    return naarUitkomst(await this.werk.registreerUitkomst(actor, casusId, { ...uitkomst }));
  }
}

@Resolver(() => PersoonRef)
export class PersoonCasussenResolver {
  constructor(private readonly casusService: CasusService) {}

  // Nullable: when casusregie is down the gateway leaves this null instead of nulling the whole person.
  @ResolveField(() => [CasusType], {
    nullable: true,
    description: 'Casussen over deze persoon waaraan u deelneemt',
  })
  async casussen(@HuidigeActor() actor: Actor, @Parent() p: PersoonRef): Promise<CasusType[]> {
    return (await this.casusService.lijst(actor, { persoonId: p.id }, 100)).items.map(alsType);
  }
}
