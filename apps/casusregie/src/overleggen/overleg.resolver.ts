import {
  Args,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  registerEnumType,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import {
  Organisatie,
  toegestaneTransities,
  volgendeVergadering,
  type Actor,
  OVERLEG_SOORTEN,
  type OverlegSoort,
} from '@ketenbeeld/domain';
import { DomeinFout, HuidigeActor } from '@ketenbeeld/platform';
import { ActieInput, ActieType, CasusType, naarActie, naarCasusType } from '../casussen/casus.graphql-types';
import { CasusService } from '../casussen/casus.service';
import { OverlegService, type AgendapuntRij, type BesluitRij, type OverlegRij } from './overleg.service';

export const OverlegSoortEnum = Object.fromEntries(OVERLEG_SOORTEN.map((s) => [s, s])) as {
  [K in OverlegSoort]: K;
};
registerEnumType(OverlegSoortEnum, {
  name: 'OverlegSoort',
  description: 'KERNTEAM (wekelijks, maandag), LKO (per opvanglocatie), TOPX, REGIETAFEL',
});

@ObjectType('OverlegDeelnemer')
export class OverlegDeelnemerType {
  @Field() naam!: string;
  @Field(() => Organisatie) organisatie!: Organisatie;
  @Field(() => Boolean, { nullable: true, description: 'null: nog niet vastgelegd' }) aanwezig!:
    boolean | null;
}

@ObjectType('Besluit')
export class BesluitType {
  @Field(() => ID) id!: string;
  @Field(() => ID) casusId!: string;
  @Field() tekst!: string;
  @Field(() => Organisatie) doorOrganisatie!: Organisatie;
  @Field() tijdstip!: string;
  @Field(() => ID, { nullable: true, description: 'De actie die uit het besluit volgde' }) actieId!:
    string | null;
}

@ObjectType('Agendapunt')
export class AgendapuntType {
  @Field(() => ID) id!: string;
  @Field(() => ID) casusId!: string;
  @Field(() => Int) volgorde!: number;
  @Field(() => [String], { description: 'ACTIE_TE_LAAT, TERMIJN_DEZE_WEEK, NIEUW, GEWIJZIGD of HANDMATIG' })
  redenen!: string[];
  @Field(() => [String]) toelichting!: string[];
  @Field() handmatig!: boolean;
}

@ObjectType('Overleg')
export class OverlegType {
  @Field(() => ID) id!: string;
  @Field(() => OverlegSoortEnum) soort!: OverlegSoort;
  @Field() titel!: string;
  @Field(() => String, { nullable: true }) locatieCode!: string | null;
  @Field() geplandOp!: string;
  @Field(() => String, { nullable: true, description: 'Het vorige overleg van deze soort (en locatie)' })
  vorigOverlegOp!: string | null;
}

@InputType('OverlegDeelnemerInvoer')
export class OverlegDeelnemerInput {
  @Field() naam!: string;
  @Field(() => Organisatie) organisatie!: Organisatie;
}

@InputType('OverlegInvoer')
export class OverlegInput {
  @Field(() => OverlegSoortEnum) soort!: OverlegSoort;
  @Field() titel!: string;
  @Field({ description: 'ISO-8601' }) geplandOp!: string;
  @Field(() => String, { nullable: true, description: 'Verplicht voor een LKO' }) locatieCode?: string | null;
  @Field(() => [OverlegDeelnemerInput], { nullable: true }) deelnemers?: OverlegDeelnemerInput[];
}

const naarOverleg = (o: OverlegRij): OverlegType => ({
  id: o.id,
  soort: o.soort,
  titel: o.titel,
  locatieCode: o.locatie_code,
  geplandOp: new Date(o.gepland_op).toISOString(),
  vorigOverlegOp: o.vorig_overleg_op ? new Date(o.vorig_overleg_op).toISOString() : null,
});
const naarPunt = (p: AgendapuntRij): AgendapuntType => ({
  id: p.id,
  casusId: p.casus_id,
  volgorde: p.volgorde,
  redenen: p.redenen,
  toelichting: p.toelichting,
  handmatig: p.handmatig,
});
const naarBesluit = (b: BesluitRij): BesluitType => ({
  id: b.id,
  casusId: b.casus_id,
  tekst: b.tekst,
  doorOrganisatie: b.door_organisatie,
  tijdstip: new Date(b.tijdstip).toISOString(),
  actieId: b.actie_id,
});

@Resolver(() => OverlegType)
export class OverlegResolver {
  constructor(private readonly dienst: OverlegService) {}

  @Query(() => [OverlegType], { description: 'Overleggen, nieuwste eerst' })
  async overleggen(
    @HuidigeActor() actor: Actor,
    @Args('soort', { type: () => OverlegSoortEnum, nullable: true }) soort?: OverlegSoort | null,
    @Args('van', { type: () => String, nullable: true }) van?: string | null,
    @Args('tot', { type: () => String, nullable: true }) tot?: string | null,
  ): Promise<OverlegType[]> {
    return (await this.dienst.lijst(actor, soort, van, tot)).map(naarOverleg);
  }

  @Query(() => OverlegType)
  async overleg(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<OverlegType> {
    return naarOverleg(await this.dienst.haal(actor, id));
  }

  @Query(() => String, {
    nullable: true,
    description: 'Het volgende vaste moment (KERNTEAM: maandag 09:00 Europe/Amsterdam)',
  })
  volgendeVergadering(@Args('soort', { type: () => OverlegSoortEnum }) soort: OverlegSoort): string | null {
    return volgendeVergadering(soort, new Date())?.toISOString() ?? null;
  }

  @ResolveField(() => [OverlegDeelnemerType])
  async deelnemers(@Parent() o: OverlegType): Promise<OverlegDeelnemerType[]> {
    return this.dienst.deelnemers(o.id);
  }

  @ResolveField(() => [AgendapuntType])
  async agenda(@Parent() o: OverlegType): Promise<AgendapuntType[]> {
    return (await this.dienst.agenda(o.id)).map(naarPunt);
  }

  @Mutation(() => OverlegType, { description: 'Plan een overleg; de agenda wordt samengesteld' })
  async planOverleg(
    @HuidigeActor() actor: Actor,
    @Args('invoer', { type: () => OverlegInput }) invoer: OverlegInput,
  ): Promise<OverlegType> {
    return naarOverleg(
      await this.dienst.plan(actor, {
        ...invoer,
        deelnemers: (invoer.deelnemers ?? []).map((d) => ({ ...d })),
      }),
    );
  }

  @Mutation(() => OverlegType, {
    description: 'Stel de agenda opnieuw samen; handmatige punten en punten met besluiten blijven',
  })
  async vernieuwAgenda(
    @HuidigeActor() actor: Actor,
    @Args('overlegId', { type: () => ID }) overlegId: string,
  ): Promise<OverlegType> {
    return naarOverleg(await this.dienst.vernieuwAgenda(actor, overlegId));
  }

  @Mutation(() => OverlegType)
  async voegAgendapuntToe(
    @HuidigeActor() actor: Actor,
    @Args('overlegId', { type: () => ID }) overlegId: string,
    @Args('casusId', { type: () => ID }) casusId: string,
  ): Promise<OverlegType> {
    return naarOverleg(await this.dienst.voegAgendapuntToe(actor, overlegId, casusId));
  }

  @Mutation(() => OverlegType)
  async verplaatsAgendapunt(
    @HuidigeActor() actor: Actor,
    @Args('agendapuntId', { type: () => ID }) agendapuntId: string,
    @Args('volgorde', { type: () => Int }) volgorde: number,
  ): Promise<OverlegType> {
    return naarOverleg(await this.dienst.verplaatsAgendapunt(actor, agendapuntId, volgorde));
  }

  @Mutation(() => OverlegType)
  async registreerAanwezigheid(
    @HuidigeActor() actor: Actor,
    @Args('overlegId', { type: () => ID }) overlegId: string,
    @Args('naam') naam: string,
    @Args('organisatie', { type: () => Organisatie }) organisatie: Organisatie,
    @Args('aanwezig') aanwezig: boolean,
  ): Promise<OverlegType> {
    return naarOverleg(
      await this.dienst.registreerAanwezigheid(actor, overlegId, naam, organisatie, aanwezig),
    );
  }

  @Mutation(() => BesluitType, {
    description: 'Leg een besluit vast bij een agendapunt; met een actie komt die op de casus',
  })
  async legBesluitVast(
    @HuidigeActor() actor: Actor,
    @Args('agendapuntId', { type: () => ID }) agendapuntId: string,
    @Args('tekst') tekst: string,
    @Args('actie', { type: () => ActieInput, nullable: true }) actie?: ActieInput | null,
  ): Promise<BesluitType> {
    return naarBesluit(
      await this.dienst.legBesluitVast(actor, agendapuntId, tekst, actie ? { ...actie } : undefined),
    );
  }
}

@Resolver(() => AgendapuntType)
export class AgendapuntResolver {
  constructor(
    private readonly dienst: OverlegService,
    private readonly casussen: CasusService,
  ) {}

  @ResolveField(() => CasusType, {
    nullable: true,
    description: 'null wanneer uw organisatie niet aan de casus deelneemt',
  })
  async casus(@HuidigeActor() actor: Actor, @Parent() p: AgendapuntType): Promise<CasusType | null> {
    try {
      const c = await this.casussen.haal(actor, p.casusId);
      return naarCasusType(c, toegestaneTransities(c.status));
    } catch (e) {
      if (e instanceof DomeinFout && e.soort === 'NIET_GEVONDEN') return null;
      throw e;
    }
  }

  @ResolveField(() => [BesluitType])
  async besluiten(@Parent() p: AgendapuntType): Promise<BesluitType[]> {
    return (await this.dienst.besluiten(p.id)).map(naarBesluit);
  }
}

@Resolver(() => BesluitType)
export class BesluitResolver {
  constructor(private readonly casussen: CasusService) {}

  @ResolveField(() => ActieType, { nullable: true })
  async actie(@Parent() b: BesluitType): Promise<ActieType | null> {
    if (!b.actieId) return null;
    const rij = await this.casussen.actie(b.actieId);
    return rij ? naarActie(rij) : null;
  }
}
