import { Field, ID, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor, PersoonRef } from '@ketenbeeld/platform';
import { SignaalMeldingService } from './signaal-melding.service';

@ObjectType('SignaalMelding', { description: 'Een signaal zoals het het kernteam bereikte' })
export class SignaalMeldingType {
  @Field(() => ID) signaalId!: string;
  @Field({ description: 'Categoriecode uit de beheerde taxonomie' }) categorie!: string;
  @Field() tijdstipIncident!: string;
  @Field() ontvangenOp!: string;
  @Field() status!: string;
}

@Resolver(() => PersoonRef)
export class PersoonResolver {
  constructor(private readonly meldingen: SignaalMeldingService) {}

  @ResolveField(() => [SignaalMeldingType], {
    nullable: true,
    description: 'Signalen over deze persoon die het kernteam bereikten',
  })
  async signaalMeldingen(
    @HuidigeActor() actor: Actor,
    @Parent() persoon: PersoonRef,
  ): Promise<SignaalMeldingType[]> {
    return (await this.meldingen.vanPersoon(actor, persoon.id)).map((m) => ({
      signaalId: m.signaalId,
      categorie: m.categorie,
      tijdstipIncident: m.tijdstipIncident.toISOString(),
      ontvangenOp: m.ontvangenOp.toISOString(),
      status: m.status,
    }));
  }
}
