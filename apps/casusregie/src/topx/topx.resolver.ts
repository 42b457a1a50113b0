import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor, PersoonRef } from '@ketenbeeld/platform';
import { CasusType } from '../casussen/casus.graphql-types';
import { TopXService, type TopXLijstRij } from './topx.service';

@ObjectType('TopXLid')
export class TopXLidType {
  @Field(() => PersoonRef) persoon!: PersoonRef;
  @Field(() => Int) rang!: number;
  @Field(() => Int) score!: number;
  @Field() uitleg!: string;
  @Field() opgenomen!: boolean;
}
@ObjectType('TopXLijst', {
  description: 'Maandelijkse Top-X per regio: voorgesteld uit signalen, bevestigd door een mens',
})
export class TopXLijstType {
  @Field(() => ID) id!: string;
  @Field() regio!: string;
  @Field() maand!: string;
  @Field() status!: string;
  @Field() voorgesteldOp!: string;
  @Field(() => String, { nullable: true }) bevestigdOp!: string | null;
}
@ObjectType('TopXLidmaatschap')
export class TopXLidmaatschapType {
  @Field() regio!: string;
  @Field() maand!: string;
  @Field(() => Int) rang!: number;
  @Field(() => Int) score!: number;
  @Field() uitleg!: string;
}

const naarLijst = (l: TopXLijstRij): TopXLijstType => ({
  id: l.id,
  regio: l.regio,
  maand: l.maand,
  status: l.status,
  voorgesteldOp: new Date(l.voorgesteld_op).toISOString(),
  bevestigdOp: l.bevestigd_op ? new Date(l.bevestigd_op).toISOString() : null,
});

@Resolver(() => TopXLijstType)
export class TopXResolver {
  constructor(private readonly dienst: TopXService) {}

  @Query(() => [TopXLijstType])
  async topxLijsten(
    @HuidigeActor() actor: Actor,
    @Args('regio', { type: () => String, nullable: true }) regio?: string | null,
    @Args('maand', { type: () => String, nullable: true }) maand?: string | null,
  ): Promise<TopXLijstType[]> {
    return (await this.dienst.lijsten(actor, regio, maand)).map(naarLijst);
  }

  @ResolveField(() => [TopXLidType])
  async leden(@Parent() l: TopXLijstType): Promise<TopXLidType[]> {
    return (await this.dienst.leden(l.id)).map((x) => ({
      persoon: { id: x.persoon_id },
      rang: x.rang,
      score: x.score,
      uitleg: x.uitleg,
      opgenomen: x.opgenomen,
    }));
  }

  @Mutation(() => TopXLijstType, {
    description: 'Stel de Top-X van een regio voor een maand voor (uit signalen van de laatste 3 maanden)',
  })
  async stelTopXVoor(
    @HuidigeActor() actor: Actor,
    @Args('regio') regio: string,
    @Args('maand') maand: string,
  ): Promise<TopXLijstType> {
    return naarLijst(await this.dienst.stelVoor(actor, regio, maand));
  }

  @Mutation(() => TopXLijstType)
  async bevestigTopX(
    @HuidigeActor() actor: Actor,
    @Args('lijstId', { type: () => ID }) lijstId: string,
    @Args('weglaten', {
      type: () => [ID],
      nullable: true,
      description: 'Personen die niet op de lijst komen',
    })
    weglaten?: string[] | null,
  ): Promise<TopXLijstType> {
    return naarLijst(await this.dienst.bevestig(actor, lijstId, weglaten ?? []));
  }
}

@Resolver(() => PersoonRef)
export class PersoonTopXResolver {
  constructor(private readonly dienst: TopXService) {}

  @ResolveField(() => [TopXLidmaatschapType], {
    nullable: true,
    description: 'Bevestigde Top-X-lijsten waarop deze persoon staat',
  })
  async topx(@HuidigeActor() actor: Actor, @Parent() p: PersoonRef): Promise<TopXLidmaatschapType[]> {
    return this.dienst.lidmaatschappen(actor, p.id);
  }
}

@Resolver(() => CasusType)
export class CasusTopXResolver {
  constructor(private readonly dienst: TopXService) {}

  @ResolveField(() => [TopXLidmaatschapType], {
    description: 'Top-X-lidmaatschap van de persoon van deze casus',
  })
  async topx(@HuidigeActor() actor: Actor, @Parent() c: CasusType): Promise<TopXLidmaatschapType[]> {
    return this.dienst.lidmaatschappen(actor, c.persoon.id);
  }
}
