import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { toegestaneTransities, type Actor } from '@ketenbeeld/domain';
import { HuidigeActor, PersoonRef } from '@ketenbeeld/platform';
import { CasusGegevensInput, CasusType, naarCasusType } from '../casussen/casus.graphql-types';
import { VoorstelService, type VoorstelRij } from './voorstel.service';

@ObjectType('GeschiktheidCriterium', { description: 'Eén criterium van R20 en of het geldt' })
export class GeschiktheidCriteriumType {
  @Field() naam!: string;
  @Field(() => Boolean, { nullable: true, description: 'null: nog onbekend, te controleren' }) voldaan!:
    boolean | null;
  @Field() uitleg!: string;
}

@ObjectType('CasusVoorstel', {
  description: 'Een voorgestelde casus uit een signaal, met een uitgelegd oordeel; een mens beslist',
})
export class CasusVoorstelType {
  @Field(() => ID) id!: string;
  @Field(() => PersoonRef) persoon!: PersoonRef;
  @Field(() => ID) signaalId!: string;
  @Field({ description: 'KOPPELEN_AAN_CASUS, CASUS_VOORSTELLEN, DOORVERWIJZEN_LKO_TOPX of NIET_GESCHIKT' })
  verdict!: string;
  @Field(() => [GeschiktheidCriteriumType]) criteria!: GeschiktheidCriteriumType[];
  @Field() uitleg!: string;
  @Field() status!: string;
  @Field(() => ID, { nullable: true }) casusId!: string | null;
  @Field(() => String, { nullable: true }) reden!: string | null;
  @Field() aangemaaktOp!: string;
  @Field() categorie!: string;
  @Field() categorieLabel!: string;
  @Field() bronOrganisatie!: string;
  @Field(() => Int, { nullable: true }) ernst!: number | null;
  @Field() vpt!: boolean;
  @Field(() => String, { nullable: true }) locatieCode!: string | null;
  @Field() tijdstipIncident!: string;
  @Field(() => String, { nullable: true }) omschrijving!: string | null;
  @Field(() => Int, { description: 'Personen op hetzelfde signaal (groep bij meer dan 1)' })
  groepsgrootte!: number;
}

@ObjectType('Groepscasus')
export class GroepscasusType {
  @Field(() => ID) groepId!: string;
  @Field(() => [CasusType]) casussen!: CasusType[];
}

const naarVoorstel = (v: VoorstelRij): CasusVoorstelType => ({
  id: v.id,
  persoon: { id: v.persoon_id },
  signaalId: v.signaal_id,
  verdict: v.verdict,
  criteria: v.criteria,
  uitleg: v.uitleg,
  status: v.status,
  casusId: v.casus_id,
  reden: v.reden,
  aangemaaktOp: new Date(v.aangemaakt_op).toISOString(),
  categorie: v.categorie,
  categorieLabel: v.categorie_label ?? v.categorie,
  bronOrganisatie: v.bron_organisatie,
  ernst: v.ernst,
  vpt: v.vpt,
  locatieCode: v.locatie_code,
  tijdstipIncident: new Date(v.tijdstip_incident).toISOString(),
  omschrijving: v.omschrijving,
  groepsgrootte: v.groepsgrootte,
});

@Resolver(() => CasusVoorstelType)
export class VoorstelResolver {
  constructor(private readonly voorstellen: VoorstelService) {}

  @Query(() => [CasusVoorstelType], {
    description: 'Casusvoorstellen uit signalen (standaard de open), voor het kernteam',
  })
  async casusVoorstellen(
    @HuidigeActor() actor: Actor,
    @Args('status', { type: () => [String], nullable: true }) status?: string[] | null,
    @Args('signaalId', { type: () => ID, nullable: true }) signaalId?: string | null,
  ): Promise<CasusVoorstelType[]> {
    return (await this.voorstellen.lijst(actor, status ?? ['OPEN'], signaalId)).map(naarVoorstel);
  }

  @Mutation(() => CasusType, {
    description: 'Bevestig een voorstel: er ontstaat een casus (status aangemeld)',
  })
  async bevestigVoorstel(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reden', { nullable: true }) reden?: string,
    @Args('gegevens', { type: () => CasusGegevensInput, nullable: true }) gegevens?: CasusGegevensInput,
  ): Promise<CasusType> {
    const c = await this.voorstellen.bevestig(actor, id, reden ?? '', gegevens);
    return naarCasusType(c, toegestaneTransities(c.status));
  }

  @Mutation(() => GroepscasusType, {
    description: 'Bevestig alle open voorstellen van één signaal als groepscasus',
  })
  async bevestigGroepsvoorstel(
    @HuidigeActor() actor: Actor,
    @Args('signaalId', { type: () => ID }) signaalId: string,
    @Args('omschrijving') omschrijving: string,
    @Args('gegevens', { type: () => CasusGegevensInput, nullable: true }) gegevens?: CasusGegevensInput,
  ): Promise<GroepscasusType> {
    const r = await this.voorstellen.bevestigGroep(actor, signaalId, omschrijving, gegevens);
    return {
      groepId: r.groepId,
      casussen: r.casussen.map((c) => naarCasusType(c, toegestaneTransities(c.status))),
    };
  }

  @Mutation(() => CasusVoorstelType)
  async wijsVoorstelAf(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reden') reden: string,
  ): Promise<CasusVoorstelType> {
    return naarVoorstel(await this.voorstellen.wijsAf(actor, id, reden));
  }
}
