import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import { iso } from '../gemeenschappelijk/planning-fouten';
import {
  InhuisregistratieInvoer,
  InhuisregistratiePlichtInvoer,
  InhuisregistratiePlichtType,
  InhuisregistratieResultaatType,
  VensterStandType,
} from '../gemeenschappelijk/planning.graphql-types';
import { InhuisregistratieService } from './inhuisregistratie.service';

@Resolver(() => VensterStandType)
export class InhuisregistratieResolver {
  constructor(private readonly service: InhuisregistratieService) {}

  @Query(() => [VensterStandType], {
    description:
      'De registratievensters van een locatie op een dag: wie verwacht wordt, wie kwam, wie ontbrak',
  })
  async inhuisregistratieDag(
    @HuidigeActor() actor: Actor,
    @Args('locatie') locatie: string,
    @Args('datum', { type: () => String, nullable: true, description: 'JJJJ-MM-DD, standaard vandaag' })
    datum: string | null,
  ): Promise<VensterStandType[]> {
    return (await this.service.dag(actor, locatie, datum)).map((v) => ({
      ...v,
      begin: iso(v.begin)!,
      eind: iso(v.eind)!,
      verwacht: v.verwacht.map((p) => ({
        persoon: { id: p.persoonId },
        vNummer: p.vNummer,
        naam: p.naam,
        geregistreerdOp: iso(p.geregistreerdOp),
        gemist: p.gemist,
      })),
    }));
  }

  @Mutation(() => InhuisregistratiePlichtType, {
    description: 'Plaats een persoon onder de inhuisregistratie (R1, R2)',
  })
  legInhuisregistratieOp(
    @HuidigeActor() actor: Actor,
    @Args('invoer') invoer: InhuisregistratiePlichtInvoer,
  ) {
    return this.service.legOp(actor, invoer);
  }

  @Mutation(() => InhuisregistratiePlichtType)
  beeindigInhuisregistratie(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('op') op: string,
    @Args('reden') reden: string,
  ) {
    return this.service.beeindigPlicht(actor, id, { op, reden });
  }

  @Mutation(() => InhuisregistratieResultaatType, {
    description:
      'Leg registraties in een venster vast (één of veel); een fout weigert alles en noemt elke regel',
  })
  registreerInhuisregistraties(
    @HuidigeActor() actor: Actor,
    @Args('locatie') locatie: string,
    @Args('registraties', { type: () => [InhuisregistratieInvoer] }) registraties: InhuisregistratieInvoer[],
  ) {
    return this.service.registreer(actor, {
      locatie,
      registraties: registraties.map((r) =>
        Object.fromEntries(Object.entries(r).filter(([, v]) => v != null)),
      ),
    });
  }
}
