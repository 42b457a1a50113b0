import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  Resolver,
} from '@nestjs/graphql';
import { AFDOENING_LABEL, type Actor, type AfdoeningSoort } from '@ketenbeeld/domain';
import { HuidigeActor, PersoonRef } from '@ketenbeeld/platform';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ZsmService, type RegistratieRij } from './zsm.service';

@ObjectType('ZsmAfdoening')
export class ZsmAfdoeningType {
  @Field() soort!: string;
  @Field() soortLabel!: string;
  @Field() besluitOp!: string;
  @Field(() => String, { nullable: true }) vrijlatingOp!: string | null;
  @Field(() => String, { nullable: true }) toelichting!: string | null;
}
@ObjectType('ZsmRegistratie', { description: 'Een verdachte bij ZSM, met de beslissingen van het OM' })
export class ZsmRegistratieType {
  @Field(() => ID) id!: string;
  @Field() zsmReferentie!: string;
  @Field(() => PersoonRef, {
    nullable: true,
    description: 'Leeg zolang signalen de persoon nog niet heeft herkend',
  })
  persoon!: PersoonRef | null;
  @Field(() => String, { nullable: true }) vNummer!: string | null;
  @Field() aanhoudingOp!: string;
  @Field() delict!: string;
  @Field() omschrijving!: string;
  @Field() vpt!: boolean;
  @Field() zsmLocatie!: string;
  @Field() custodyKlokkenGestart!: boolean;
  @Field(() => [ZsmAfdoeningType]) afdoeningen!: ZsmAfdoeningType[];
}
@ObjectType('Detentie')
export class DetentieType {
  @Field(() => ID) id!: string;
  @Field(() => PersoonRef) persoon!: PersoonRef;
  @Field() soort!: string;
  @Field() begin!: string;
  @Field(() => String, { nullable: true }) eind!: string | null;
  @Field() inrichting!: string;
}
@ObjectType('DublinClaim')
export class DublinClaimType {
  @Field() lidstaat!: string;
  @Field() akkoordOp!: string;
  @Field({ description: 'R12: 6 maanden na akkoord, 12 bij detentie, 18 bij onderduiken' })
  overdrachtUiterlijk!: string;
  @Field() verlengdWegensDetentie!: boolean;
}
@ObjectType('Afdoeningsadvies', { description: 'Advies van het kernteam aan de ZSM-tafel' })
export class AfdoeningsadviesType {
  @Field() tekst!: string;
  @Field() door!: string;
  @Field() bijgewerktOp!: string;
}
@ObjectType('CustodyKlok', {
  description: 'Een lopende strafrechtelijke termijn (ophouden, inverzekeringstelling, voorgeleiding)',
})
export class CustodyKlokType {
  @Field(() => ID) termijnId!: string;
  @Field() soort!: string;
  @Field() zsmReferentie!: string;
  @Field(() => PersoonRef, { nullable: true }) persoon!: PersoonRef | null;
  @Field() vervaltOp!: string;
  @Field(() => Int, { description: 'Minuten tot het verstrijken (negatief: verstreken)' })
  minutenResterend!: number;
  @Field() uitleg!: string;
}
@ObjectType('ZsmOverzicht')
export class ZsmOverzichtType {
  @Field(() => [ZsmRegistratieType]) registraties!: ZsmRegistratieType[];
  @Field(() => [CustodyKlokType]) klokken!: CustodyKlokType[];
  @Field(() => [DetentieType]) detenties!: DetentieType[];
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
const naarRegistratie = (
  r: RegistratieRij & {
    afdoeningen: {
      soort: string;
      besluit_op: string;
      vrijlating_op: string | null;
      toelichting: string | null;
    }[];
  },
): ZsmRegistratieType => ({
  id: r.id,
  zsmReferentie: r.zsm_referentie,
  persoon: r.persoon_id ? { id: r.persoon_id } : null,
  vNummer: r.v_nummer,
  aanhoudingOp: iso(r.aanhouding_op)!,
  delict: r.delict,
  omschrijving: r.omschrijving,
  vpt: r.vpt,
  zsmLocatie: r.zsm_locatie,
  custodyKlokkenGestart: r.klokken_gepland,
  afdoeningen: r.afdoeningen.map((a) => ({
    soort: a.soort,
    soortLabel: AFDOENING_LABEL[a.soort as AfdoeningSoort] ?? a.soort,
    besluitOp: iso(a.besluit_op)!,
    vrijlatingOp: iso(a.vrijlating_op),
    toelichting: a.toelichting,
  })),
});
const naarDetentie = (d: {
  id: string;
  persoon_id: string;
  soort: string;
  begin: Date;
  eind: Date | null;
  inrichting: string;
}): DetentieType => ({
  id: d.id,
  persoon: { id: d.persoon_id },
  soort: d.soort,
  begin: iso(d.begin)!,
  eind: iso(d.eind),
  inrichting: d.inrichting,
});

@Resolver(() => PersoonRef)
export class PersoonZsmResolver {
  constructor(
    private readonly zsm: ZsmService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @ResolveField(() => [ZsmRegistratieType], {
    nullable: true,
    description: 'ZSM-contacten met de beslissingen van het OM',
  })
  async zsmRegistraties(
    @HuidigeActor() actor: Actor,
    @Parent() p: PersoonRef,
  ): Promise<ZsmRegistratieType[] | null> {
    if (!this.zsm.magZsmZien(actor)) return null;
    return (await this.zsm.registratiesVan(p.id)).map(naarRegistratie);
  }

  @ResolveField(() => [DetentieType], { nullable: true })
  async detenties(@HuidigeActor() actor: Actor, @Parent() p: PersoonRef): Promise<DetentieType[] | null> {
    if (!this.zsm.magZsmZien(actor)) return null;
    return (await this.zsm.detentiesVan(p.id)).map(naarDetentie);
  }

  @ResolveField(() => DublinClaimType, { nullable: true })
  async dublinClaim(@HuidigeActor() actor: Actor, @Parent() p: PersoonRef): Promise<DublinClaimType | null> {
    if (!this.zsm.magZsmZien(actor)) return null;
    return this.zsm.dublin(this.ds.manager, p.id);
  }

  @ResolveField(() => AfdoeningsadviesType, { nullable: true })
  async afdoeningsadvies(
    @HuidigeActor() actor: Actor,
    @Parent() p: PersoonRef,
  ): Promise<AfdoeningsadviesType | null> {
    if (!this.zsm.magZsmZien(actor)) return null;
    return (await this.zsm.ketenbeeld(p.id)).afdoeningsadvies;
  }
}

@Resolver(() => ZsmOverzichtType)
export class ZsmOverzichtResolver {
  constructor(
    private readonly zsm: ZsmService,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  @Query(() => ZsmOverzichtType, {
    nullable: true,
    description: 'Recente ZSM-registraties, lopende klokken en detenties (kernteam, OM, nationaal)',
  })
  async zsmOverzicht(
    @HuidigeActor() actor: Actor,
    @Args('eerste', { type: () => Int, defaultValue: 50 }) eerste: number,
  ): Promise<ZsmOverzichtType | null> {
    if (!this.zsm.magZsmZien(actor)) return null;
    const klokken = await this.ds.query<
      {
        id: string;
        soort: string;
        onderwerp_id: string;
        vervalt_op: Date;
        uitleg: string;
        payload: { persoonId?: string; zsmZaak?: string };
      }[]
    >(
      `SELECT id, soort, onderwerp_id, vervalt_op, uitleg, payload FROM termijn
       WHERE onderwerp_type = 'zsm_registratie' AND status IN ('GEPLAND','GEWAARSCHUWD') ORDER BY vervalt_op LIMIT 200`,
    );
    const nu = Date.now();
    return {
      registraties: (await this.zsm.recenteRegistraties(eerste)).map(naarRegistratie),
      klokken: klokken.map((k) => ({
        termijnId: k.id,
        soort: k.soort,
        zsmReferentie: k.payload.zsmZaak ?? '',
        persoon: k.payload.persoonId ? { id: k.payload.persoonId } : null,
        vervaltOp: iso(k.vervalt_op)!,
        minutenResterend: Math.round((new Date(k.vervalt_op).getTime() - nu) / 60_000),
        uitleg: k.uitleg,
      })),
      detenties: (await this.zsm.detentiesVan(null)).map(naarDetentie),
    };
  }

  @Mutation(() => AfdoeningsadviesType, {
    description: 'Het kernteam schrijft (of herschrijft) het advies dat ZSM-tafels zien',
  })
  async schrijfAfdoeningsadvies(
    @HuidigeActor() actor: Actor,
    @Args('persoonId', { type: () => ID }) persoonId: string,
    @Args('tekst') tekst: string,
  ): Promise<AfdoeningsadviesType> {
    return this.zsm.schrijfAdvies(actor, persoonId, tekst);
  }

  @Mutation(() => DublinClaimType, {
    description: 'IND: akkoord van de verantwoordelijke lidstaat; de overdrachtstermijn (R12) loopt',
  })
  async registreerDublinAkkoord(
    @HuidigeActor() actor: Actor,
    @Args('persoonId', { type: () => ID }) persoonId: string,
    @Args('lidstaat') lidstaat: string,
    @Args('akkoordOp') akkoordOp: string,
  ): Promise<DublinClaimType> {
    return (await this.zsm.registreerDublinAkkoord(actor, persoonId, lidstaat, akkoordOp))!;
  }
}
