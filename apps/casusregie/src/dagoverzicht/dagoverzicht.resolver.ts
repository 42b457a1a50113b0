import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import {
  magVoorstellenBeslissen,
  magVoorstellenZien,
  type Actor,
  type DagoverzichtCasus,
} from '@ketenbeeld/domain';
import { DomeinFout, HuidigeActor } from '@ketenbeeld/platform';
import { DagoverzichtService, type DagoverzichtOpslag } from './dagoverzicht.service';

@ObjectType('DagoverzichtRegel')
export class DagoverzichtRegelType {
  @Field() soort!: string;
  @Field() tijdstip!: string;
  @Field() omschrijving!: string;
}
@ObjectType('DagoverzichtActie')
export class DagoverzichtActieType {
  @Field(() => ID) id!: string;
  @Field() omschrijving!: string;
  @Field() deadline!: string;
  @Field(() => Int) dagenTeLaat!: number;
}
@ObjectType('DagoverzichtTermijn')
export class DagoverzichtTermijnType {
  @Field(() => ID) id!: string;
  @Field() soortLabel!: string;
  @Field() vervaltOp!: string;
}
@ObjectType('DagoverzichtCasus')
export class DagoverzichtCasusType {
  @Field(() => ID) casusId!: string;
  @Field() omschrijving!: string;
  @Field() status!: string;
  @Field() procesregisseur!: string;
  @Field(() => [DagoverzichtRegelType]) nieuweSignalen!: DagoverzichtRegelType[];
  @Field(() => [DagoverzichtRegelType]) wijzigingen!: DagoverzichtRegelType[];
  @Field(() => [DagoverzichtActieType]) actiesTeLaat!: DagoverzichtActieType[];
  @Field(() => [DagoverzichtTermijnType]) termijnenBinnenkort!: DagoverzichtTermijnType[];
}
@ObjectType('DagoverzichtTotalen')
export class DagoverzichtTotalenType {
  @Field(() => Int) nieuweSignalen!: number;
  @Field(() => Int) wijzigingen!: number;
  @Field(() => Int) actiesTeLaat!: number;
  @Field(() => Int) termijnenBinnenkort!: number;
}
@ObjectType('Dagoverzicht', { description: 'Per actieve casus wat veranderde sinds het vorige overzicht' })
export class DagoverzichtType {
  @Field(() => ID) id!: string;
  @Field() van!: string;
  @Field() tot!: string;
  @Field({ description: 'ROOSTER (07:00) of OP_VERZOEK' }) aanleiding!: string;
  @Field() gemaaktOp!: string;
  @Field(() => [DagoverzichtCasusType]) casussen!: DagoverzichtCasusType[];
  @Field(() => Int, { description: 'Actieve casussen zonder iets te melden' }) ongewijzigd!: number;
  @Field(() => DagoverzichtTotalenType) totalen!: DagoverzichtTotalenType;
}
@ObjectType('DagoverzichtKop')
export class DagoverzichtKopType {
  @Field(() => ID) id!: string;
  @Field() van!: string;
  @Field() tot!: string;
  @Field() aanleiding!: string;
  @Field() gemaaktOp!: string;
}

const iso = (d: Date | string) => new Date(d).toISOString();
const regel = (g: {
  soort: string;
  tijdstip: Date | string;
  omschrijving: string;
}): DagoverzichtRegelType => ({
  soort: g.soort,
  tijdstip: iso(g.tijdstip),
  omschrijving: g.omschrijving,
});
const naarCasus = (c: DagoverzichtCasus): DagoverzichtCasusType => ({
  casusId: c.casusId,
  omschrijving: c.omschrijving,
  status: c.status,
  procesregisseur: c.procesregisseur,
  nieuweSignalen: c.nieuweSignalen.map(regel),
  wijzigingen: c.wijzigingen.map(regel),
  actiesTeLaat: c.actiesTeLaat.map((a) => ({
    id: a.id,
    omschrijving: a.omschrijving,
    deadline: iso(a.deadline),
    dagenTeLaat: a.dagenTeLaat,
  })),
  termijnenBinnenkort: c.termijnenBinnenkort.map((t) => ({
    id: t.id,
    soortLabel: t.soortLabel,
    vervaltOp: iso(t.vervaltOp),
  })),
});
const naarType = (d: DagoverzichtOpslag): DagoverzichtType => ({
  id: d.id,
  van: iso(d.van),
  tot: iso(d.tot),
  aanleiding: d.aanleiding,
  gemaaktOp: iso(d.gemaakt_op),
  casussen: d.inhoud.overzicht.casussen.map(naarCasus),
  ongewijzigd: d.inhoud.overzicht.ongewijzigd,
  totalen: d.inhoud.overzicht.totalen,
});

@Resolver(() => DagoverzichtType)
export class DagoverzichtResolver {
  constructor(private readonly dienst: DagoverzichtService) {}

  @Query(() => DagoverzichtType, { nullable: true, description: 'Een dagoverzicht (zonder id: het laatste)' })
  async dagoverzicht(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID, nullable: true }) id?: string | null,
  ): Promise<DagoverzichtType | null> {
    const d = await this.dienst.haal(actor, id);
    return d ? naarType(d) : null;
  }

  @Query(() => [DagoverzichtKopType])
  async dagoverzichten(
    @HuidigeActor() actor: Actor,
    @Args('eerste', { type: () => Int, defaultValue: 30 }) eerste: number,
  ): Promise<DagoverzichtKopType[]> {
    if (!magVoorstellenZien(actor)) return [];
    return (await this.dienst.lijst(eerste)).map((d) => ({
      id: d.id,
      van: iso(d.van),
      tot: iso(d.tot),
      aanleiding: d.aanleiding,
      gemaaktOp: iso(d.gemaakt_op),
    }));
  }

  @Mutation(() => DagoverzichtType, { description: 'Maak nu een dagoverzicht (sinds het vorige)' })
  async maakDagoverzicht(@HuidigeActor() actor: Actor): Promise<DagoverzichtType> {
    if (!magVoorstellenBeslissen(actor)) {
      throw new DomeinFout(
        'VERBODEN',
        'DAGOVERZICHT_GEEN_RECHT',
        'Alleen het kernteam maakt een dagoverzicht op verzoek',
        [{ veld: 'actor', reden: 'vraagt KERNTEAMLID of PROCESREGISSEUR bij IND, COA of DT&V' }],
      );
    }
    const d = await this.dienst.maakOpVerzoek(actor);
    return naarType((await this.dienst.haal(actor, d.id))!);
  }
}
