import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { magPlanningZien, type Actor } from '@ketenbeeld/domain';
import { HuidigeActor, PersoonRef } from '@ketenbeeld/platform';
import { iso } from '../gemeenschappelijk/planning-fouten';
import {
  InhuisregistratiePlichtType,
  InhuisregistratieType,
  PlaatsingType,
  ProcedurePlanType,
} from '../gemeenschappelijk/planning.graphql-types';
import { InhuisregistratieService } from '../inhuisregistratie/inhuisregistratie.service';
import { naarPlan } from '../procedure/procedure.resolver';
import { ProcedureService } from '../procedure/procedure.service';
import { naarPlaatsing } from './plaatsing.resolver';
import { PlaatsingService } from './plaatsing.service';
import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('PlaatsingsAanleiding', {
  description: 'Signaal dat aanleiding geeft een maatregel of plaatsing te overwegen (R2)',
})
export class PlaatsingsAanleidingType {
  @Field(() => ID) signaalId!: string;
  @Field({ description: 'Categoriecode uit de beheerde taxonomie' }) categorie!: string;
  @Field() tijdstipIncident!: string;
}

/** What planning adds to a person: placements, the inhuisregistratie and procedure plans. */
@Resolver(() => PersoonRef)
export class PersoonResolver {
  constructor(
    private readonly plaatsingService: PlaatsingService,
    private readonly inhuis: InhuisregistratieService,
    private readonly procedure: ProcedureService,
  ) {}

  // null (not []) for whoever may not see planning: "not for you" is not "nothing there".
  @ResolveField(() => [PlaatsingType], { nullable: true, description: 'null: niet voor u (need-to-know)' })
  async plaatsingen(@HuidigeActor() actor: Actor, @Parent() p: PersoonRef): Promise<PlaatsingType[] | null> {
    if (!magPlanningZien(actor)) return null;
    return (await this.plaatsingService.vanPersoon(actor, p.id)).map(naarPlaatsing);
  }

  @ResolveField(() => [PlaatsingsAanleidingType], { nullable: true })
  plaatsingsAanleidingen(
    @HuidigeActor() actor: Actor,
    @Parent() p: PersoonRef,
  ): Promise<PlaatsingsAanleidingType[]> {
    return this.plaatsingService.aanleidingen(actor, p.id);
  }

  @ResolveField(() => [InhuisregistratiePlichtType], { nullable: true, description: 'null: niet voor u' })
  async inhuisregistratiePlichten(@HuidigeActor() actor: Actor, @Parent() p: PersoonRef) {
    if (!magPlanningZien(actor)) return null;
    return this.inhuis.plichtenVan(actor, p.id);
  }

  @ResolveField(() => [InhuisregistratieType], {
    nullable: true,
    description: 'Registraties en gemiste vensters, 14 dagen',
  })
  async inhuisregistraties(
    @HuidigeActor() actor: Actor,
    @Parent() p: PersoonRef,
  ): Promise<InhuisregistratieType[]> {
    return (await this.inhuis.registratiesVan(actor, p.id)).map((r) => ({ ...r, tijdstip: iso(r.tijdstip) }));
  }

  @ResolveField(() => [ProcedurePlanType], { nullable: true })
  async procedurePlannen(
    @HuidigeActor() actor: Actor,
    @Parent() p: PersoonRef,
  ): Promise<ProcedurePlanType[]> {
    return (await this.procedure.vanPersoon(actor, p.id)).map(naarPlan);
  }
}
