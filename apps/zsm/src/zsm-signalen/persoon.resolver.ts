import { Field, Int, ObjectType, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor, PersoonRef } from '@ketenbeeld/platform';
import { ZsmSignaalService } from './zsm-signaal.service';

@ObjectType('SignaalCategorieAantal')
export class SignaalCategorieAantalType {
  @Field({ description: 'Categoriecode uit de beheerde taxonomie' }) categorie!: string;
  @Field(() => Int) aantal!: number;
  @Field({ description: 'Tijdstip van het laatste incident (ISO-8601)' }) laatste!: string;
}

@Resolver(() => PersoonRef)
export class PersoonResolver {
  constructor(private readonly signalen: ZsmSignaalService) {}

  @ResolveField(() => [SignaalCategorieAantalType], {
    nullable: true,
    description: 'Signalen per categorie, uit het ZSM-leesmodel',
  })
  async zsmSignaalOverzicht(
    @HuidigeActor() actor: Actor,
    @Parent() p: PersoonRef,
  ): Promise<SignaalCategorieAantalType[]> {
    return (await this.signalen.overzicht(actor, p.id)).map((r) => ({
      ...r,
      laatste: r.laatste.toISOString(),
    }));
  }
}
