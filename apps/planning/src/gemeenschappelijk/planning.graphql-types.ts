import { Directive, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { PersoonRef } from '@ketenbeeld/platform';

/** `Casus` as planning sees it: the key; casusregie owns it, planning adds the procedure plan. */
@ObjectType('Casus')
@Directive('@key(fields: "id")')
export class CasusRef {
  @Field(() => ID) id!: string;
}

@ObjectType('Registratievenster')
export class RegistratievensterType {
  @Field() code!: string;
  @Field({ description: 'UU:MM, Europe/Amsterdam' }) begin!: string;
  @Field({ description: 'UU:MM, Europe/Amsterdam' }) eind!: string;
}

@ObjectType('Locatie', { description: 'Een opvang- of toezichtlocatie op of naast de escalatieladder' })
export class LocatieType {
  @Field() code!: string;
  @Field() naam!: string;
  @Field({ description: 'AANMELDCENTRUM, AZC, VTL, PBL, HTL, VBL of DETENTIECENTRUM' }) soort!: string;
  @Field() soortLabel!: string;
  @Field() regio!: string;
  @Field() gemeente!: string;
  @Field(() => Int, { description: 'Capaciteit vandaag' }) capaciteit!: number;
  @Field(() => [RegistratievensterType]) vensters!: RegistratievensterType[];
}

@ObjectType('BordDag')
export class BordDagType {
  @Field({ description: 'JJJJ-MM-DD' }) datum!: string;
  @Field(() => Int) capaciteit!: number;
  @Field(() => Int) bezet!: number;
  @Field(() => Int, { description: 'capaciteit − bezet (negatief: overbezet)' }) vrij!: number;
}

@ObjectType('BordRij')
export class BordRijType {
  @Field(() => LocatieType) locatie!: LocatieType;
  @Field(() => [BordDagType]) dagen!: BordDagType[];
  @Field(() => Int, { description: 'Personen op de wachtlijst' }) wachtlijst!: number;
}

@ObjectType('Bevinding', { description: 'Uitkomst van een regel bij het beoordelen van een plaatsing' })
export class BevindingType {
  @Field() code!: string;
  @Field(() => String, { nullable: true, description: 'Regel uit DOMAIN.md §5' }) regel!: string | null;
  @Field() tekst!: string;
  @Field({ description: 'Blokkeert de plaatsing' }) blokkerend!: boolean;
}

@ObjectType('PlaatsingHistorie')
export class PlaatsingHistorieType {
  @Field() status!: string;
  @Field() door!: string;
  @Field() op!: string;
  @Field() toelichting!: string;
}

@ObjectType('Plaatsing')
export class PlaatsingType {
  @Field(() => ID) id!: string;
  @Field(() => PersoonRef) persoon!: PersoonRef;
  @Field(() => ID, { nullable: true }) casusId!: string | null;
  @Field({ description: 'Locatiecode' }) locatie!: string;
  @Field() locatieNaam!: string;
  @Field() locatieSoort!: string;
  @Field({ description: 'VOORGESTELD, WACHTLIJST, AANGEBODEN, GOEDGEKEURD, ACTIEF, BEEINDIGD, AFGEWEZEN' })
  status!: string;
  @Field() statusLabel!: string;
  @Field({ description: 'JJJJ-MM-DD' }) van!: string;
  @Field(() => String, { nullable: true, description: 'Gepland einde (JJJJ-MM-DD, inclusief)' }) tot!:
    string | null;
  @Field(() => String, { nullable: true }) werkelijkEind!: string | null;
  @Field(() => String, { nullable: true }) eindReden!: string | null;
  @Field(() => Int, { description: '1 urgent, 2 normaal, 3 laag (wachtlijst)' }) prioriteit!: number;
  @Field() artikel56!: boolean;
  @Field() bewaringVerlengd!: boolean;
  @Field(() => String, { nullable: true }) overslaanReden!: string | null;
  @Field() toelichting!: string;
  @Field(() => [BevindingType]) bevindingen!: BevindingType[];
  @Field(() => ID, { nullable: true }) vervangtPlaatsingId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Termijn die loopt zolang de plaatsing actief is' })
  termijnId!: string | null;
  @Field() voorgesteldDoor!: string;
  @Field() voorgesteldOp!: string;
  @Field(() => String, { nullable: true }) wachtlijstSinds!: string | null;
  @Field(() => String, { nullable: true }) aangebodenOp!: string | null;
}

@ObjectType('PlaatsingsBeoordeling')
export class PlaatsingsBeoordelingType {
  @Field() toegestaan!: boolean;
  @Field(() => [BevindingType]) bevindingen!: BevindingType[];
  @Field(() => String, { nullable: true, description: 'Gepland einde dat wordt vastgelegd' }) tot!:
    string | null;
  @Field(() => String, { nullable: true }) maximaleTot!: string | null;
  @Field(() => String, { nullable: true }) trede!: string | null;
  @Field(() => String, { nullable: true, description: 'Eerste dag waarop de locatie vol is: dan wachtlijst' })
  volOp!: string | null;
}

@InputType('PlaatsingVoorstelInvoer')
export class PlaatsingVoorstelInvoer {
  @Field(() => ID) persoonId!: string;
  @Field() locatie!: string;
  @Field({ description: 'JJJJ-MM-DD' }) van!: string;
  @Field(() => String, { nullable: true }) tot?: string | null;
  @Field(() => Int, { nullable: true, description: '1 urgent, 2 normaal (standaard), 3 laag' })
  prioriteit?: number;
  @Field({ nullable: true }) artikel56?: boolean;
  @Field({ nullable: true }) bewaringVerlengd?: boolean;
  @Field(() => String, { nullable: true, description: 'Verplicht bij het overslaan van een trede (R1)' })
  overslaanReden?: string | null;
  @Field(() => ID, { nullable: true, description: 'De plaatsing die deze vervangt (overplaatsing)' })
  vervangtPlaatsingId?: string | null;
  @Field(() => ID, { nullable: true }) casusId?: string | null;
  @Field(() => String, { nullable: true }) toelichting?: string;
}

@InputType('CapaciteitInvoer')
export class CapaciteitInvoer {
  @Field() locatie!: string;
  @Field({ description: 'JJJJ-MM-DD' }) vanaf!: string;
  @Field(() => Int) capaciteit!: number;
  @Field() reden!: string;
}

@InputType('RegistratievensterInvoer')
export class RegistratievensterInvoer {
  @Field() code!: string;
  @Field() begin!: string;
  @Field() eind!: string;
}

@ObjectType('VerwachtePersoon')
export class VerwachtePersoonType {
  @Field(() => PersoonRef) persoon!: PersoonRef;
  @Field(() => String, { nullable: true }) vNummer!: string | null;
  @Field(() => String, { nullable: true }) naam!: string | null;
  @Field(() => String, { nullable: true }) geregistreerdOp!: string | null;
  @Field({ description: 'Afwezig gemeld na het sluiten van het venster' }) gemist!: boolean;
}

@ObjectType('VensterStand')
export class VensterStandType {
  @Field() locatie!: string;
  @Field() datum!: string;
  @Field() venster!: string;
  @Field() begin!: string;
  @Field() eind!: string;
  @Field({ description: 'KOMEND, OPEN, NAREGISTRATIE (venster voorbij, nog aan te vullen) of AFGESLOTEN' })
  stand!: string;
  @Field(() => [VerwachtePersoonType]) verwacht!: VerwachtePersoonType[];
}

@ObjectType('InhuisregistratiePlicht')
export class InhuisregistratiePlichtType {
  @Field(() => ID) id!: string;
  @Field() locatie!: string;
  @Field() van!: string;
  @Field(() => String, { nullable: true }) tot!: string | null;
  @Field() reden!: string;
  @Field({ description: 'ISO-8601' }) opgelegdOp!: string;
  @Field() opgelegdDoor!: string;
}

@ObjectType('Inhuisregistratie')
export class InhuisregistratieType {
  @Field() datum!: string;
  @Field() venster!: string;
  @Field() locatie!: string;
  @Field(() => String, { nullable: true }) tijdstip!: string | null;
  @Field() gemist!: boolean;
  @Field(() => ID, { nullable: true, description: 'Signaal "niet verschenen" bij een gemist venster' })
  signaalId!: string | null;
}

@InputType('InhuisregistratiePlichtInvoer')
export class InhuisregistratiePlichtInvoer {
  @Field(() => ID) persoonId!: string;
  @Field() locatie!: string;
  @Field() van!: string;
  @Field(() => String, { nullable: true }) tot?: string | null;
  @Field() reden!: string;
}

@InputType('InhuisregistratieInvoer')
export class InhuisregistratieInvoer {
  @Field(() => String, { nullable: true }) vNummer?: string;
  @Field(() => ID, { nullable: true }) persoonId?: string;
  @Field({ description: 'ISO-8601 met tijdzone' }) tijdstip!: string;
}

@ObjectType('InhuisregistratieResultaat')
export class InhuisregistratieResultaatType {
  @Field() locatie!: string;
  @Field(() => Int) geregistreerd!: number;
  @Field(() => Int) alGeregistreerd!: number;
}

@ObjectType('PlanStap')
export class PlanStapType {
  @Field() stap!: string;
  @Field() label!: string;
  @Field({ description: 'Niet van toepassing in dit spoor' }) nvt!: boolean;
  @Field(() => String, { nullable: true }) gepland!: string | null;
  @Field(() => String, { nullable: true }) werkelijk!: string | null;
  @Field(() => String, { nullable: true, description: 'Uiterste datum volgens de regel' }) uiterlijk!:
    string | null;
  @Field(() => String, { nullable: true }) regel!: string | null;
  @Field() uitleg!: string;
  @Field() vertraagd!: boolean;
  @Field(() => String, { nullable: true }) afspraakOp!: string | null;
  @Field(() => String, { nullable: true }) afspraakLocatie!: string | null;
  @Field(() => String, { nullable: true, description: 'IND-slotweek (JJJJ-Www) van een gehoor' }) slotWeek!:
    string | null;
  @Field({ description: 'Er loopt een termijn om transport aan te vragen (R13)' })
  transportAangevraagd!: boolean;
}

@ObjectType('Ttsd', {
  description: 'Time to substantive decision: aanmelding tot beschikking, gepland en werkelijk',
})
export class TtsdType {
  @Field({ description: 'De naam van het kengetal (één plek: packages/domain)' }) kengetal!: string;
  @Field() doelDatum!: string;
  @Field() geplandeDatum!: string;
  @Field(() => String, { nullable: true }) werkelijkeDatum!: string | null;
  @Field(() => Int) dagenGepland!: number;
  @Field(() => Int, { nullable: true }) dagenWerkelijk!: number | null;
  @Field(() => Int, { description: 'Dagen tussen doel en (geplande) beschikking; negatief: te laat' })
  speling!: number;
  @Field({ description: 'AFGEROND, TE_LAAT, KRAP of OP_SCHEMA' }) risico!: string;
  @Field() uitleg!: string;
}

@ObjectType('ProcedurePlan')
export class ProcedurePlanType {
  @Field(() => CasusRef) casus!: CasusRef;
  @Field(() => PersoonRef) persoon!: PersoonRef;
  @Field() aanmelding!: string;
  @Field(() => Int) spoor!: number;
  @Field() rvtOnthouden!: boolean;
  @Field(() => String, { nullable: true, description: 'Afwijkende soort besluit (standaard naar spoor)' })
  soortBesluit!: string | null;
  @Field(() => Int, { nullable: true, description: 'Afwijkende TTSD-norm in dagen (standaard per spoor)' })
  normDagen!: number | null;
  @Field(() => String, { nullable: true }) verblijfLocatie!: string | null;
  @Field(() => [PlanStapType]) stappen!: PlanStapType[];
  @Field(() => TtsdType) ttsd!: TtsdType;
  @Field({ description: 'Laatste wijziging van het plan of een stap (ISO-8601)' }) bijgewerktOp!: string;
  @Field() opgesteldDoor!: string;
}

@ObjectType('ProcesstapResultaat')
export class ProcesstapResultaatType {
  @Field(() => ProcedurePlanType) plan!: ProcedurePlanType;
  @Field(() => [String], { description: 'Bijvoorbeeld: transport had al aangevraagd moeten zijn (R13)' })
  waarschuwingen!: string[];
}

@InputType('ProcedurePlanInvoer')
export class ProcedurePlanInvoer {
  @Field(() => ID) casusId!: string;
  @Field({ description: 'Datum van de asielaanvraag (JJJJ-MM-DD)' }) aanmelding!: string;
  @Field({ nullable: true }) rvtOnthouden?: boolean;
  @Field(() => String, { nullable: true, description: 'AA, KENNELIJK_ONGEGROND, NIET_ONTVANKELIJK, OVERIG' })
  soortBesluit?: string | null;
  @Field(() => Int, { nullable: true, description: 'Afwijkende TTSD-norm in dagen' }) normDagen?:
    number | null;
  @Field(() => String, { nullable: true, description: 'Waar de persoon verblijft (voor transport, R13)' })
  verblijfLocatie?: string | null;
}

@InputType('ProcesstapInvoer')
export class ProcesstapInvoer {
  @Field(() => ID) casusId!: string;
  @Field() stap!: string;
  @Field(() => String, { nullable: true, description: 'Werkelijke datum (JJJJ-MM-DD)' }) werkelijk?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Geplande datum (JJJJ-MM-DD)' }) gepland?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Afspraak (ISO-8601)' }) afspraakOp?: string | null;
  @Field(() => String, { nullable: true }) afspraakLocatie?: string | null;
}

@ObjectType('IndSlotWeek')
export class IndSlotWeekType {
  @Field() week!: string;
  @Field() maandag!: string;
  @Field(() => Int) gereserveerd!: number;
  @Field(() => Int) ingepland!: number;
  @Field(() => Int, { description: 'Gehoren die de plannen in deze week zetten, nog zonder slot' })
  verwacht!: number;
  @Field(() => Int) vrij!: number;
  @Field({ description: 'RUIM, BIJNA_VOL, VOL of OVERBOEKT' }) status!: string;
  @Field() uitleg!: string;
}

@ObjectType('CapaciteitResultaat')
export class CapaciteitResultaat {
  @Field() locatie!: string;
  @Field() vanaf!: string;
  @Field(() => Int) capaciteit!: number;
  @Field() reden!: string;
}
