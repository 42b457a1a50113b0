import '@ketenbeeld/platform';
import { Directive, Field, ID, InputType, Int, ObjectType, ArgsType } from '@nestjs/graphql';
import { Organisatie, SIGNAAL_CATEGORIE_LABEL, SignaalCategorie, ORGANISATIE_NAAM } from '@ketenbeeld/domain';
import type { PersoonEntity } from '../../personen/persoon.entity';
import type { SignaalEntity } from '../signaal.entity';

@ObjectType('Persoon')
@Directive('@key(fields: "id")')
export class PersoonType {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description: 'V-nummer (10 cijfers), leeg voor een voorlopige identiteit',
  })
  vNummer!: string | null;
  @Field(() => String, { nullable: true }) naam!: string | null;
  @Field(() => String, { nullable: true, description: 'JJJJ-MM-DD' }) geboortedatum!: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-3' }) nationaliteit!: string | null;
  @Field(() => Int, { nullable: true, description: 'Geschat geboortejaar als de datum onbekend is' })
  geboortejaar!: number | null;
  @Field(() => String, { nullable: true }) coaNummer!: string | null;
  @Field(() => String, { nullable: true, description: 'Beschrijving van een (nog) onbekende persoon' })
  omschrijving!: string | null;
  @Field({ description: 'ACTIEF of SAMENGEVOEGD' }) status!: string;
  @Field(() => ID, { nullable: true, description: 'De persoon waarin dit record is opgegaan' })
  samengevoegdIn!: string | null;
}

@ObjectType('Signaal')
export class SignaalType {
  @Field(() => ID) id!: string;
  @Field(() => Organisatie) bronOrganisatie!: Organisatie;
  @Field() bronReferentie!: string;
  @Field(() => SignaalCategorie) categorie!: SignaalCategorie;
  @Field() categorieLabel!: string;
  @Field() omschrijving!: string;
  @Field({ description: 'ISO-8601' }) tijdstipIncident!: string;
  @Field({ description: 'ISO-8601' }) geregistreerdOp!: string;
  @Field(() => Organisatie, { description: 'Organisatie van wie het signaal invoerde' })
  geregistreerdDoor!: Organisatie;
  @Field(() => [PersoonType]) personen!: PersoonType[];
}

@ObjectType('OrganisatieOptie')
export class OrganisatieOptie {
  @Field(() => Organisatie) code!: Organisatie;
  @Field() naam!: string;
}

@ObjectType('SignaalCategorieOptie')
export class SignaalCategorieOptie {
  @Field(() => SignaalCategorie) code!: SignaalCategorie;
  @Field() label!: string;
}

@InputType('PersoonInvoer')
export class PersoonInvoerInput {
  @Field(() => String, { nullable: true }) vNummer?: string;
  @Field(() => String, { nullable: true }) naam?: string;
  @Field(() => String, { nullable: true }) geboortedatum?: string;
  @Field(() => String, { nullable: true }) nationaliteit?: string;
  @Field(() => Int, { nullable: true }) geboortejaar?: number;
  @Field(() => String, { nullable: true }) coaNummer?: string;
  @Field(() => String, { nullable: true }) omschrijving?: string;
}

@InputType('SignaalInvoer')
export class SignaalInvoerInput {
  @Field(() => Organisatie) bronOrganisatie!: Organisatie;
  @Field() bronReferentie!: string;
  @Field(() => SignaalCategorie) categorie!: SignaalCategorie;
  @Field() omschrijving!: string;
  @Field({ description: 'ISO-8601 met tijdzone' }) tijdstipIncident!: string;
  @Field(() => [PersoonInvoerInput]) personen!: PersoonInvoerInput[];
}

@ArgsType()
export class SignalenArgs {
  @Field(() => Int, { defaultValue: 50, description: 'Aantal nieuwste signalen (1–500)' }) eerste!: number;
}

export function naarPersoonType(p: PersoonEntity): PersoonType {
  return {
    id: p.id,
    vNummer: p.vNummer,
    naam: p.naam,
    geboortedatum: p.geboortedatum,
    nationaliteit: p.nationaliteit,
    geboortejaar: p.geboortejaar,
    coaNummer: p.coaNummer,
    omschrijving: p.omschrijving,
    status: p.status,
    samengevoegdIn: p.samengevoegdIn,
  };
}

export function naarSignaalType(s: SignaalEntity): SignaalType {
  return {
    id: s.id,
    bronOrganisatie: s.bronOrganisatie,
    bronReferentie: s.bronReferentie,
    categorie: s.categorie,
    categorieLabel: SIGNAAL_CATEGORIE_LABEL[s.categorie] ?? s.categorie,
    omschrijving: s.omschrijving,
    tijdstipIncident: s.tijdstipIncident.toISOString(),
    geregistreerdOp: s.geregistreerdOp.toISOString(),
    geregistreerdDoor: s.geregistreerdDoorOrganisatie,
    personen: (s.personen ?? []).map(naarPersoonType),
  };
}

export const ORGANISATIE_OPTIES: OrganisatieOptie[] = Object.values(Organisatie).map((code) => ({
  code,
  naam: ORGANISATIE_NAAM[code],
}));
export const CATEGORIE_OPTIES: SignaalCategorieOptie[] = Object.values(SignaalCategorie).map((code) => ({
  code,
  label: SIGNAAL_CATEGORIE_LABEL[code],
}));
