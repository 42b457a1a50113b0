import {
  Directive,
  Field,
  ID,
  Int,
  ObjectType,
  Parent,
  ResolveField,
  ResolveReference,
  Resolver,
} from '@nestjs/graphql';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import { ZsmSignaalService } from './zsm-signaal.service';

@ObjectType('Persoon')
@Directive('@key(fields: "id")')
export class PersoonRef {
  @Field(() => ID) id!: string;
}

@ObjectType('SignaalCategorieAantal')
export class SignaalCategorieAantalType {
  @Field({ description: 'Categoriecode uit de beheerde taxonomie' }) categorie!: string;
  @Field(() => Int) aantal!: number;
  @Field({ description: 'Tijdstip van het laatste incident (ISO-8601)' }) laatste!: string;
}

@Resolver(() => PersoonRef)
export class PersoonResolver {
  constructor(private readonly signalen: ZsmSignaalService) {}

  @ResolveReference()
  resolveReference(ref: { id: string }): PersoonRef {
    return { id: ref.id };
  }

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
