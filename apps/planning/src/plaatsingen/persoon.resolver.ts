import { Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor, PersoonRef } from '@ketenbeeld/platform';
import { PlaatsingService } from './plaatsing.service';

@ObjectType('Plaatsing')
export class PlaatsingType {
  @Field(() => ID) id!: string;
  @Field() locatie!: string;
  @Field() status!: string;
  @Field({ description: 'JJJJ-MM-DD' }) van!: string;
  @Field(() => String, { nullable: true }) tot!: string | null;
}

@ObjectType('PlaatsingsAanleiding', {
  description: 'Signaal dat aanleiding geeft een maatregel of plaatsing te overwegen (R2)',
})
export class PlaatsingsAanleidingType {
  @Field(() => ID) signaalId!: string;
  @Field({ description: 'Categoriecode uit de beheerde taxonomie' }) categorie!: string;
  @Field() tijdstipIncident!: string;
}

@Resolver(() => PersoonRef)
export class PersoonResolver {
  constructor(private readonly plaatsingService: PlaatsingService) {}

  @ResolveField(() => [PlaatsingType], { nullable: true })
  async plaatsingen(@HuidigeActor() actor: Actor, @Parent() p: PersoonRef): Promise<PlaatsingType[]> {
    return (await this.plaatsingService.vanPersoon(actor, p.id)).map((x) => ({
      id: x.id,
      locatie: x.locatie,
      status: x.status,
      van: x.van,
      tot: x.tot,
    }));
  }

  @ResolveField(() => [PlaatsingsAanleidingType], { nullable: true })
  plaatsingsAanleidingen(
    @HuidigeActor() actor: Actor,
    @Parent() p: PersoonRef,
  ): Promise<PlaatsingsAanleidingType[]> {
    return this.plaatsingService.aanleidingen(actor, p.id);
  }
}
