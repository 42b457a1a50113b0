import { Args, Directive, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import {
  isBestaandIsoMoment,
  magAlleSignalenZien,
  Organisatie,
  TERMIJN_SOORT_LABEL,
  TermijnSoort,
  TermijnStatus,
  type Actor,
  type Dienst,
} from '@ketenbeeld/domain';
import { HuidigeActor } from '../auth/auth.decorators';
import { ValidatieFout } from '../errors/domein-fout';
import { TermijnWeergave } from '../graphql/enums';
import { TermijnMotor, type TermijnRij } from './termijn.motor';

@ObjectType('Termijn', { description: 'Een wettelijke of afgesproken termijn, met de regel en de uitleg' })
@Directive('@shareable')
export class TermijnType {
  @Field(() => ID) id!: string;
  @Field({ description: 'De dienst die de termijn bewaakt' }) dienst!: string;
  @Field(() => TermijnSoort) soort!: TermijnSoort;
  @Field() soortLabel!: string;
  @Field() onderwerpType!: string;
  @Field() onderwerpId!: string;
  @Field(() => Organisatie, { description: 'Organisatie die vóór de vervaldatum moet handelen' })
  organisatie!: Organisatie;
  @Field({ description: 'ISO-8601' }) vervaltOp!: string;
  @Field({ description: 'Vervaldatum bij het plannen (ISO-8601)' }) oorspronkelijkVervaltOp!: string;
  @Field(() => String, { nullable: true, description: 'Regel uit DOMAIN.md §5, bijvoorbeeld R12' }) regel!:
    string | null;
  @Field() uitleg!: string;
  @Field(() => TermijnStatus) status!: TermijnStatus;
  @Field(() => String, { nullable: true }) afgevuurdOp!: string | null;
  @Field(() => String, { nullable: true }) opgeschortSinds!: string | null;
}

export function naarTermijnType(dienst: string, t: TermijnRij): TermijnType {
  return {
    id: t.id,
    dienst,
    soort: t.soort,
    soortLabel: TERMIJN_SOORT_LABEL[t.soort] ?? t.soort,
    onderwerpType: t.onderwerp_type,
    onderwerpId: t.onderwerp_id,
    organisatie: t.organisatie,
    vervaltOp: t.vervalt_op.toISOString(),
    oorspronkelijkVervaltOp: t.oorspronkelijk_op.toISOString(),
    regel: t.regel,
    uitleg: t.uitleg,
    status: t.status,
    afgevuurdOp: t.afgevuurd_op?.toISOString() ?? null,
    opgeschortSinds: t.opgeschort_sinds?.toISOString() ?? null,
  };
}

/**
 * Each subgraph exposes the deadlines of its own subjects as `<dienst>Termijnen`. Need-to-know:
 * national roles and kernteam members see all; any other organisation sees those it must act on.
 */
export function termijnenResolver(dienst: Dienst) {
  @Resolver(() => TermijnType)
  class TermijnenResolver {
    constructor(readonly motor: TermijnMotor) {}

    @Query(() => [TermijnType], {
      name: `${dienst}Termijnen`,
      // Nullable: when one service is down the gateway still returns the others' deadlines.
      nullable: true,
      description: `Termijnen die ${dienst} bewaakt`,
    })
    async termijnen(
      @HuidigeActor() actor: Actor,
      @Args('weergave', { type: () => TermijnWeergave, defaultValue: TermijnWeergave.KOMEND })
      weergave: TermijnWeergave,
      @Args('eerste', { type: () => Int, defaultValue: 100, description: '1–1000' }) eerste: number,
      @Args('vervaltVoor', {
        type: () => String,
        nullable: true,
        description: 'Alleen termijnen die vóór dit tijdstip vervallen (ISO-8601), bijvoorbeeld "deze week"',
      })
      vervaltVoor?: string | null,
    ): Promise<TermijnType[]> {
      if (vervaltVoor !== null && vervaltVoor !== undefined && !isBestaandIsoMoment(vervaltVoor))
        throw new ValidatieFout([{ veld: 'vervaltVoor', reden: 'moet een ISO-8601 tijdstip zijn' }]);
      const rijen = await this.motor.lijst({
        weergave,
        eerste,
        ...(vervaltVoor ? { vervaltVoor: new Date(vervaltVoor) } : {}),
        ...(magAlleSignalenZien(actor) ? {} : { organisaties: [actor.organisatie] }),
      });
      return rijen.map((t) => naarTermijnType(dienst, t));
    }
  }
  return TermijnenResolver;
}
