import { Args, Field, Float, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import type { Actor, Verantwoording } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import { VerantwoordingService } from './verantwoording.service';

@ObjectType('PerSpoor')
class PerSpoorType {
  @Field(() => Int) spoor1!: number;
  @Field(() => Int) spoor2!: number;
  @Field(() => Int) spoor4!: number;
  @Field(() => Int) onbekend!: number;
}
@ObjectType('LandAantal')
class LandAantalType {
  @Field() land!: string;
  @Field(() => Int) aantal!: number;
}
@ObjectType('AantalPercentage')
class AantalPercentageType {
  @Field(() => Int) aantal!: number;
  @Field(() => Float) percentage!: number;
}
@ObjectType('VertrekCijfers')
class VertrekType {
  @Field(() => Int) zelfstandig!: number;
  @Field(() => Int) gedwongen!: number;
  @Field(() => Int) mob!: number;
}
@ObjectType('BeroepCijfers')
class BeroepType {
  @Field(() => Int) ingesteld!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) ongegrond!: number;
  @Field(() => Int) gegrond!: number;
  @Field(() => Int) ingetrokken!: number;
}
@ObjectType('Doorlooptijd', { description: 'Aanmelding → beschikking in dagen; spoor null = alle casussen' })
class DoorlooptijdType {
  @Field(() => Int, { nullable: true }) spoor!: number | null;
  @Field(() => Int) aantal!: number;
  @Field(() => Float, { nullable: true }) mediaanDagen!: number | null;
  @Field(() => Float, { nullable: true }) gemiddeldeDagen!: number | null;
  @Field(() => Int, { nullable: true }) normDagen!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'norm / mediaan: hoeveel keer sneller dan de landelijke norm',
  })
  factorSnellerDanNorm!: number | null;
}
@ObjectType('WeekCijfers')
class WeekType {
  @Field({ description: 'ISO-week, bijvoorbeeld 2026-W47' }) week!: string;
  @Field(() => Int) aangemeld!: number;
  @Field(() => Int) afgerond!: number;
}
@ObjectType('Verantwoording', { description: 'De cijfers voor DGM/DRM over een periode (peildatum: tot)' })
export class VerantwoordingType {
  @Field() van!: string;
  @Field() tot!: string;
  @Field(() => String, { nullable: true }) locatieCode!: string | null;
  @Field(() => Int) behandeld!: number;
  @Field(() => PerSpoorType) perSpoor!: PerSpoorType;
  @Field(() => [LandAantalType]) perLand!: LandAantalType[];
  @Field(() => AantalPercentageType) definitiefAfgehandeld!: AantalPercentageType;
  @Field(() => Int) overdrachten!: number;
  @Field(() => VertrekType) vertrek!: VertrekType;
  @Field(() => Int) opnieuwAangemeld!: number;
  @Field(() => BeroepType) beroepen!: BeroepType;
  @Field(() => [DoorlooptijdType]) doorlooptijd!: DoorlooptijdType[];
  @Field(() => [WeekType]) perWeek!: WeekType[];
}
@ObjectType('DoorlooptijdNorm')
export class DoorlooptijdNormType {
  @Field(() => Int) spoor!: number;
  @Field(() => Int) dagen!: number;
  @Field() gewijzigdOp!: string;
}

@ObjectType('ActieAchterstand', { description: 'Open acties over hun deadline, per eigenaar' })
export class ActieAchterstandType {
  @Field() organisatie!: string;
  @Field(() => Int) aantal!: number;
  @Field({ description: 'ISO-8601' }) oudsteDeadline!: string;
  @Field(() => Int, { description: 'Waarvan geëscaleerd' }) geescaleerd!: number;
}

const naarType = (v: Verantwoording): VerantwoordingType => ({
  ...v,
  van: v.van.toISOString(),
  tot: v.tot.toISOString(),
});

@Resolver(() => VerantwoordingType)
export class VerantwoordingResolver {
  constructor(private readonly dienst: VerantwoordingService) {}

  @Query(() => VerantwoordingType, { description: 'Cijfers over [van, tot), optioneel voor één locatie' })
  async verantwoording(
    @HuidigeActor() actor: Actor,
    @Args('van') van: string,
    @Args('tot') tot: string,
    @Args('locatieCode', { type: () => String, nullable: true }) locatieCode?: string | null,
  ): Promise<VerantwoordingType> {
    return naarType(await this.dienst.bereken(actor, van, tot, locatieCode));
  }

  @Query(() => [ActieAchterstandType], {
    description: 'Achterstallige acties per organisatie (aantallen, geen personen): DGM/DRM en het kernteam',
  })
  async actieAchterstand(@HuidigeActor() actor: Actor): Promise<ActieAchterstandType[]> {
    return (await this.dienst.actieAchterstand(actor)).map((r) => ({
      ...r,
      oudsteDeadline: new Date(r.oudsteDeadline).toISOString(),
    }));
  }

  @Query(() => [DoorlooptijdNormType])
  async doorlooptijdNormen(): Promise<DoorlooptijdNormType[]> {
    return (await this.dienst.normen()).map((n) => ({
      spoor: n.spoor,
      dagen: n.dagen,
      gewijzigdOp: new Date(n.gewijzigd_op).toISOString(),
    }));
  }

  @Mutation(() => [DoorlooptijdNormType], { description: 'Landelijke doorlooptijdnorm per spoor (DGM/DRM)' })
  async stelDoorlooptijdNormIn(
    @HuidigeActor() actor: Actor,
    @Args('spoor', { type: () => Int }) spoor: number,
    @Args('dagen', { type: () => Int }) dagen: number,
  ): Promise<DoorlooptijdNormType[]> {
    return (await this.dienst.stelNormIn(actor, spoor, dagen)).map((n) => ({
      spoor: n.spoor,
      dagen: n.dagen,
      gewijzigdOp: new Date(n.gewijzigd_op).toISOString(),
    }));
  }
}
