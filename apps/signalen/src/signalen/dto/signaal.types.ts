import '@ketenbeeld/platform';
import { ArgsType, Directive, Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Organisatie, ORGANISATIE_NAAM } from '@ketenbeeld/domain';
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

@ObjectType('Plaats')
export class PlaatsType {
  @Field(() => String, { nullable: true }) gemeente!: string | null;
  @Field(() => String, { nullable: true, description: 'Locatiecode, bijvoorbeeld TER_APEL of BUDEL' })
  locatieCode!: string | null;
  @Field(() => Float, { nullable: true }) breedtegraad!: number | null;
  @Field(() => Float, { nullable: true }) lengtegraad!: number | null;
}

@ObjectType('SignaalHistorie', { description: 'Eén versie van het signaal: wie, wanneer, wat en waarom' })
export class SignaalHistorieType {
  @Field(() => Int) versie!: number;
  @Field({ description: 'GEREGISTREERD, GECORRIGEERD, PERSONEN_TOEGEVOEGD of INGETROKKEN' }) actie!: string;
  @Field() tijdstip!: string;
  @Field(() => Organisatie) doorOrganisatie!: Organisatie;
  @Field(() => String, { nullable: true }) reden!: string | null;
  @Field({ description: 'JSON: bij een correctie de oude en nieuwe waarden' }) gegevens!: string;
}

@ObjectType('Signaal')
export class SignaalType {
  @Field(() => ID) id!: string;
  @Field(() => Organisatie) bronOrganisatie!: Organisatie;
  @Field() bronReferentie!: string;
  @Field({ description: 'Code uit de beheerde taxonomie (signaalCategorieen)' }) categorie!: string;
  @Field() categorieLabel!: string;
  @Field(() => String, { nullable: true }) subcategorie!: string | null;
  @Field(() => String, { nullable: true }) subcategorieLabel!: string | null;
  @Field(() => Boolean, { description: 'Geweld tegen een publieke taak (R17: altijd naar het kernteam)' })
  vpt!: boolean;
  @Field(() => Int, { description: 'COA-impactniveau 1–4' }) ernst!: number;
  @Field() omschrijving!: string;
  @Field({ description: 'ISO-8601' }) tijdstipIncident!: string;
  @Field({ description: 'ISO-8601' }) tijdstipMelding!: string;
  @Field(() => PlaatsType) plaats!: PlaatsType;
  @Field() aangifte!: boolean;
  @Field(() => String, { nullable: true }) pvNummer!: string | null;
  @Field({ description: 'ACTIEF of INGETROKKEN' }) status!: string;
  @Field(() => Int) versie!: number;
  @Field({ description: 'ISO-8601' }) geregistreerdOp!: string;
  @Field(() => Organisatie, { description: 'Organisatie van wie het signaal invoerde' })
  geregistreerdDoor!: Organisatie;
  @Field(() => [PersoonType]) personen!: PersoonType[];
}

@ObjectType('SignaalPagina')
export class SignaalPaginaType {
  @Field(() => [SignaalType]) items!: SignaalType[];
  @Field(() => String, {
    nullable: true,
    description: 'Geef door als `na` voor de volgende pagina; leeg = laatste pagina',
  })
  volgendeCursor!: string | null;
}

@ObjectType('OrganisatieOptie')
export class OrganisatieOptie {
  @Field(() => Organisatie) code!: Organisatie;
  @Field() naam!: string;
}

@ObjectType('SubcategorieOptie')
export class SubcategorieOptie {
  @Field() code!: string;
  @Field() label!: string;
}

@ObjectType('SignaalCategorieOptie')
export class SignaalCategorieOptie {
  @Field() code!: string;
  @Field() label!: string;
  @Field() vpt!: boolean;
  @Field(() => [SubcategorieOptie]) subcategorieen!: SubcategorieOptie[];
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

@InputType('PlaatsInvoer')
export class PlaatsInvoerInput {
  @Field(() => String, { nullable: true }) gemeente?: string;
  @Field(() => String, { nullable: true }) locatieCode?: string;
  @Field(() => Float, { nullable: true }) breedtegraad?: number;
  @Field(() => Float, { nullable: true }) lengtegraad?: number;
}

@InputType('SignaalInvoer')
export class SignaalInvoerInput {
  @Field(() => Organisatie) bronOrganisatie!: Organisatie;
  @Field() bronReferentie!: string;
  @Field() categorie!: string;
  @Field(() => String, { nullable: true }) subcategorie?: string;
  @Field(() => Int, { description: 'COA-impactniveau 1–4' }) ernst!: number;
  @Field() omschrijving!: string;
  @Field({ description: 'ISO-8601 met tijdzone' }) tijdstipIncident!: string;
  @Field(() => String, { nullable: true, description: 'ISO-8601; standaard nu' }) tijdstipMelding?: string;
  @Field(() => PlaatsInvoerInput) plaats!: PlaatsInvoerInput;
  @Field(() => Boolean, { nullable: true }) aangifte?: boolean;
  @Field(() => String, { nullable: true, description: 'Verplicht bij een aangifte' }) pvNummer?: string;
  @Field(() => [PersoonInvoerInput]) personen!: PersoonInvoerInput[];
}

@InputType('SignaalCorrectie')
export class SignaalCorrectieInput {
  @Field(() => String, { nullable: true }) categorie?: string;
  @Field(() => String, { nullable: true }) subcategorie?: string;
  @Field(() => Int, { nullable: true }) ernst?: number;
  @Field(() => String, { nullable: true }) omschrijving?: string;
  @Field(() => String, { nullable: true }) tijdstipIncident?: string;
  @Field(() => PlaatsInvoerInput, { nullable: true }) plaats?: PlaatsInvoerInput;
  @Field(() => Boolean, { nullable: true }) aangifte?: boolean;
  @Field(() => String, { nullable: true }) pvNummer?: string;
}

@InputType('SignaalFilter')
export class SignaalFilterInput {
  @Field(() => Organisatie, { nullable: true }) bronOrganisatie?: Organisatie;
  @Field(() => String, { nullable: true, description: 'Categorie- of subcategoriecode' }) categorie?: string;
  @Field(() => String, { nullable: true, description: 'Incident vanaf (ISO-8601)' }) van?: string;
  @Field(() => String, { nullable: true, description: 'Incident vóór (ISO-8601)' }) tot?: string;
  @Field(() => String, { nullable: true, description: 'Gemeente of locatiecode' }) plaats?: string;
  @Field(() => ID, { nullable: true }) persoonId?: string;
  @Field(() => Boolean, { nullable: true }) alleenVpt?: boolean;
  @Field(() => String, { nullable: true, description: 'ACTIEF of INGETROKKEN' }) status?: string;
}

@ArgsType()
export class SignalenArgs {
  @Field(() => SignaalFilterInput, { nullable: true }) filter?: SignaalFilterInput;
  @Field(() => Int, { defaultValue: 50, description: 'Paginagrootte (1–200)' }) eerste!: number;
  @Field(() => String, { nullable: true, description: 'volgendeCursor van de vorige pagina' }) na?: string;
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

export interface Taxonomie {
  label(code: string | null): string | null;
  isVpt(code: string): boolean;
}

export function naarSignaalType(s: SignaalEntity, t: Taxonomie): SignaalType {
  return {
    id: s.id,
    bronOrganisatie: s.bronOrganisatie,
    bronReferentie: s.bronReferentie,
    categorie: s.categorie,
    categorieLabel: t.label(s.categorie) ?? s.categorie,
    subcategorie: s.subcategorie,
    subcategorieLabel: t.label(s.subcategorie),
    vpt: t.isVpt(s.categorie),
    ernst: s.ernst,
    omschrijving: s.omschrijving,
    tijdstipIncident: s.tijdstipIncident.toISOString(),
    tijdstipMelding: s.tijdstipMelding.toISOString(),
    plaats: {
      gemeente: s.gemeente,
      locatieCode: s.locatieCode,
      breedtegraad: s.breedtegraad,
      lengtegraad: s.lengtegraad,
    },
    aangifte: s.aangifte,
    pvNummer: s.pvNummer,
    status: s.status,
    versie: s.versie,
    geregistreerdOp: s.geregistreerdOp.toISOString(),
    geregistreerdDoor: s.geregistreerdDoorOrganisatie,
    personen: (s.personen ?? []).map(naarPersoonType),
  };
}

export const ORGANISATIE_OPTIES: OrganisatieOptie[] = Object.values(Organisatie).map((code) => ({
  code,
  naam: ORGANISATIE_NAAM[code],
}));
