import {
  Args,
  Int,
  Mutation,
  Parent,
  Query,
  ResolveField,
  ResolveReference,
  Resolver,
} from '@nestjs/graphql';
import { TTSD, type Actor } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import { iso } from '../gemeenschappelijk/planning-fouten';
import {
  CasusRef,
  IndSlotWeekType,
  ProcedurePlanInvoer,
  ProcedurePlanType,
  ProcesstapInvoer,
  ProcesstapResultaatType,
} from '../gemeenschappelijk/planning.graphql-types';
import { ProcedureService, type BerekendPlan } from './procedure.service';

export function naarPlan(b: BerekendPlan): ProcedurePlanType {
  return {
    casus: { id: b.casusId },
    persoon: { id: b.persoonId },
    aanmelding: b.aanmelding,
    spoor: b.spoor,
    rvtOnthouden: b.rvtOnthouden,
    soortBesluit: b.soortBesluit,
    normDagen: b.normDagen,
    verblijfLocatie: b.verblijfLocatie,
    stappen: b.plan.stappen.map((s) => {
      const opgeslagen = b.stappen.find((x) => x.stap === s.stap);
      return {
        ...s,
        regel: s.regel ?? null,
        afspraakOp: iso(opgeslagen?.afspraak_op ?? null),
        afspraakLocatie: opgeslagen?.afspraak_locatie ?? null,
        slotWeek: opgeslagen?.slot_week ?? null,
        transportAangevraagd: !!opgeslagen?.transport_termijn_id,
      };
    }),
    ttsd: { ...b.plan.ttsd, kengetal: TTSD.label },
    bijgewerktOp: new Date(b.bijgewerktOp).toISOString(),
    opgesteldDoor: b.opgesteldDoor,
  };
}

@Resolver(() => CasusRef)
export class CasusPlanResolver {
  constructor(private readonly service: ProcedureService) {}

  @ResolveReference()
  resolveReference(ref: { id: string }): CasusRef {
    return { id: ref.id };
  }

  @ResolveField(() => ProcedurePlanType, { nullable: true, description: 'Het procedureplan met TTSD' })
  async procedurePlan(
    @HuidigeActor() actor: Actor,
    @Parent() c: CasusRef,
  ): Promise<ProcedurePlanType | null> {
    const b = await this.service.vanCasus(actor, c.id);
    return b ? naarPlan(b) : null;
  }
}

@Resolver(() => ProcedurePlanType)
export class ProcedureResolver {
  constructor(private readonly service: ProcedureService) {}

  @Query(() => [ProcedurePlanType], {
    description: 'Procedureplannen, de casussen met risico eerst (minste speling)',
  })
  async procedurePlannen(
    @HuidigeActor() actor: Actor,
    @Args('risico', {
      type: () => [String],
      nullable: true,
      description: 'TE_LAAT, KRAP, OP_SCHEMA, AFGEROND',
    })
    risico: string[] | null,
    @Args('eerste', { type: () => Int, nullable: true }) eerste: number | null,
  ): Promise<ProcedurePlanType[]> {
    return (await this.service.lijst(actor, { risico, eerste })).map(naarPlan);
  }

  @Query(() => [IndSlotWeekType], {
    description: 'IND-slotkalender: gereserveerd, ingepland en verwacht per week',
  })
  indSlotKalender(
    @HuidigeActor() actor: Actor,
    @Args('vanafWeek', { type: () => String, nullable: true, description: 'JJJJ-Www, standaard deze week' })
    vanafWeek: string | null,
    @Args('weken', { type: () => Int, nullable: true }) weken: number | null,
  ): Promise<IndSlotWeekType[]> {
    return this.service.slotKalender(actor, vanafWeek, weken);
  }

  @Mutation(() => ProcedurePlanType, {
    description: 'Stel het procedureplan van een casus op (of wijzig de basis)',
  })
  async stelProcedurePlanOp(@HuidigeActor() actor: Actor, @Args('invoer') invoer: ProcedurePlanInvoer) {
    return naarPlan(await this.service.stelOp(actor, invoer));
  }

  @Mutation(() => ProcesstapResultaatType, {
    description:
      'Leg een processtap vast: werkelijke datum, geplande datum (gehoor in een IND-slot) of afspraak',
  })
  async legProcesstapVast(@HuidigeActor() actor: Actor, @Args('invoer') invoer: ProcesstapInvoer) {
    const r = await this.service.legStapVast(actor, invoer);
    return { plan: naarPlan(r.plan), waarschuwingen: r.waarschuwingen };
  }

  @Mutation(() => IndSlotWeekType, {
    description: 'Reserveer IND-gehoorslots voor kernteamzaken in een week',
  })
  reserveerIndSlots(
    @HuidigeActor() actor: Actor,
    @Args('week') week: string,
    @Args('gereserveerd', { type: () => Int }) gereserveerd: number,
  ) {
    return this.service.reserveerSlots(actor, { week, gereserveerd });
  }
}
