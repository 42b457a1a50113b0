import { Args, ID, Parent, Query, ResolveField, ResolveReference, Resolver, Context } from '@nestjs/graphql';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor, type VerzoekMetActor } from '@ketenbeeld/platform';
import { naarPersoonType, naarSignaalType, PersoonType, SignaalType } from '../signalen/dto/signaal.types';
import { SignaalService } from '../signalen/signaal.service';
import { PersoonService } from './persoon.service';

@Resolver(() => PersoonType)
export class PersoonResolver {
  constructor(
    private readonly personen: PersoonService,
    private readonly signaalService: SignaalService,
  ) {}

  @Query(() => PersoonType, { nullable: true, description: 'Een persoon, als u die mag zien' })
  async persoon(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PersoonType | null> {
    const p = await this.personen.haal(actor, id);
    return p ? naarPersoonType(p) : null;
  }

  @ResolveField(() => [SignaalType], { description: 'Signalen over deze persoon die u mag zien' })
  async signalen(@HuidigeActor() actor: Actor, @Parent() persoon: PersoonType): Promise<SignaalType[]> {
    return (await this.signaalService.vanPersoon(actor, persoon.id)).map(naarSignaalType);
  }

  @ResolveReference()
  async resolveReference(
    ref: { id: string },
    @Context('req') req: VerzoekMetActor,
  ): Promise<PersoonType | null> {
    if (!req?.actor) return null;
    const p = await this.personen.haal(req.actor, ref.id);
    return p ? naarPersoonType(p) : null;
  }
}
