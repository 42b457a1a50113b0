import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PersoonType } from '../../signalen/dto/signaal.types';
import type { SamenvoegingRij } from '../persoon.service';

@ObjectType('PersoonAlias')
export class PersoonAliasType {
  @Field() naam!: string;
  @Field({ description: 'Herkomst, bijvoorbeeld samenvoeging:<id>' }) bron!: string;
  @Field() toegevoegdOp!: string;
}

@ObjectType('PersoonKandidaat', { description: 'Mogelijk dezelfde persoon: nooit automatisch samengevoegd' })
export class PersoonKandidaatType {
  @Field(() => PersoonType) persoon!: PersoonType;
  @Field(() => Int, { description: '0–100' }) score!: number;
  @Field(() => [String]) redenen!: string[];
}

@ObjectType('Samenvoeging')
export class SamenvoegingType {
  @Field(() => ID) id!: string;
  @Field(() => ID) behoudenId!: string;
  @Field(() => ID) opgaandId!: string;
  @Field() reden!: string;
  @Field() op!: string;
  @Field({ description: 'Organisatie van wie samenvoegde' }) doorOrganisatie!: string;
  @Field(() => Int, { description: 'Aantal signalen dat naar de behouden persoon ging' })
  aantalSignalen!: number;
  @Field(() => String, { nullable: true }) gesplitstOp!: string | null;
  @Field(() => String, { nullable: true }) gesplitstReden!: string | null;
}

@InputType('VoegPersonenSamenInvoer')
export class VoegPersonenSamenInvoer {
  @Field(() => ID, {
    description: 'De persoon die blijft (met het V-nummer, als een van beiden er een heeft)',
  })
  behoudenId!: string;
  @Field(() => ID, { description: 'De persoon die opgaat in de behouden persoon' }) opgaandId!: string;
  @Field() reden!: string;
}

export function naarSamenvoegingType(s: SamenvoegingRij): SamenvoegingType {
  return {
    id: s.id,
    behoudenId: s.behouden_id,
    opgaandId: s.opgaand_id,
    reden: s.reden,
    op: s.op.toISOString(),
    doorOrganisatie: s.door_organisatie,
    aantalSignalen: s.verplaatst.length + s.samengevallen.length,
    gesplitstOp: s.gesplitst_op?.toISOString() ?? null,
    gesplitstReden: s.gesplitst_reden,
  };
}
