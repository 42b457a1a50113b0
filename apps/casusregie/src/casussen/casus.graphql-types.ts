import {
  ArgsType,
  Directive,
  Field,
  ID,
  InputType,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';
import {
  CASUS_STATUS_LABEL,
  CasusStatus,
  Doorverwijzing,
  Organisatie,
  UITKOMST_SOORTEN,
} from '@ketenbeeld/domain';
import { PersoonRef } from '@ketenbeeld/platform';
import { UITKOMST_LABEL, type TijdlijnRegel } from './casus-werk.service';
import type {
  ActieRij,
  CasusRij,
  CasusSignaalRij,
  MaatregelRij,
  TransitieRij,
  UitkomstRij,
} from './casus.types';

registerEnumType(CasusStatus, {
  name: 'CasusStatus',
  description:
    'Toestand van een casus (aangemeld → in beoordeling → in regie → afgerond; niet geschikt; doorverwezen; heropend)',
});
registerEnumType(Doorverwijzing, {
  name: 'Doorverwijzing',
  description: 'Waarheen een casus buiten het kernteam gaat',
});
export const UitkomstSoort = Object.fromEntries(UITKOMST_SOORTEN.map((s) => [s, s])) as {
  [K in (typeof UITKOMST_SOORTEN)[number]]: K;
};
registerEnumType(UitkomstSoort, { name: 'UitkomstSoort' });

@ObjectType('Procesregisseur')
export class ProcesregisseurType {
  @Field(() => String, {
    nullable: true,
    description: 'Gebruikers-id; leeg zolang de rol nog niet is toegewezen',
  })
  sub!: string | null;
  @Field() naam!: string;
  @Field(() => Organisatie) organisatie!: Organisatie;
}

@ObjectType('CasusTransitie', { description: 'Een statusovergang: wie, wanneer, waarom' })
export class CasusTransitieType {
  @Field(() => CasusStatus, { nullable: true }) van!: CasusStatus | null;
  @Field(() => CasusStatus) naar!: CasusStatus;
  @Field() reden!: string;
  @Field(() => Doorverwijzing, { nullable: true }) doorverwezenNaar!: Doorverwijzing | null;
  @Field() doorNaam!: string;
  @Field(() => Organisatie) doorOrganisatie!: Organisatie;
  @Field() tijdstip!: string;
}

@ObjectType('CasusSignaal', { description: 'Een signaal op de casus; nieuw tot iemand het gezien heeft' })
export class CasusSignaalType {
  @Field(() => ID) signaalId!: string;
  @Field() categorie!: string;
  @Field() categorieLabel!: string;
  @Field(() => Organisatie) bronOrganisatie!: Organisatie;
  @Field(() => Int, { nullable: true }) ernst!: number | null;
  @Field() vpt!: boolean;
  @Field() tijdstipIncident!: string;
  @Field(() => String, { nullable: true }) omschrijving!: string | null;
  @Field() gekoppeldOp!: string;
  @Field() nieuw!: boolean;
}

@ObjectType('CasusMaatregel')
export class CasusMaatregelType {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() naam!: string;
  @Field() soort!: string;
  @Field(() => Organisatie) eigenaar!: Organisatie;
  @Field(() => String, { nullable: true }) wettelijkeGrondslag!: string | null;
  @Field() start!: string;
  @Field(() => String, { nullable: true }) eind!: string | null;
  @Field() reden!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) beeindigdReden!: string | null;
  @Field(() => ID, { nullable: true, description: 'De termijn die het einde bewaakt' }) termijnId!:
    string | null;
  @Field(() => ID, {
    nullable: true,
    description: 'Gezet wanneer de maatregel voor een hele groep in één keer is toegepast',
  })
  groepActieId!: string | null;
}

@ObjectType('Actie')
export class ActieType {
  @Field(() => ID) id!: string;
  @Field(() => ID) casusId!: string;
  @Field() omschrijving!: string;
  @Field(() => Organisatie) eigenaarOrganisatie!: Organisatie;
  @Field(() => String, { nullable: true }) eigenaarPersoon!: string | null;
  @Field() deadline!: string;
  @Field() status!: string;
  @Field({ description: 'Open en over de deadline' }) teLaat!: boolean;
  @Field(() => String, { nullable: true }) geescaleerdOp!: string | null;
  @Field(() => ID, { nullable: true, description: 'Het overlegbesluit waaruit de actie kwam' }) besluitId!:
    string | null;
  @Field(() => String, { nullable: true }) afgerondOp!: string | null;
}

@ObjectType('Uitkomst')
export class UitkomstType {
  @Field(() => ID) id!: string;
  @Field(() => UitkomstSoort) soort!: string;
  @Field() soortLabel!: string;
  @Field({ description: 'JJJJ-MM-DD' }) datum!: string;
  @Field(() => String, { nullable: true }) toelichting!: string | null;
  @Field(() => Organisatie) doorOrganisatie!: Organisatie;
}

@ObjectType('TijdlijnRegel', { description: 'Eén regel van de tijdlijn van een casus' })
export class TijdlijnRegelType {
  @Field() tijdstip!: string;
  @Field({ description: 'SIGNAAL, TRANSITIE, MAATREGEL, ACTIE, UITKOMST, BESLUIT, ESCALATIE of TERMIJN' })
  soort!: string;
  @Field() omschrijving!: string;
  @Field(() => ID, { nullable: true }) refId!: string | null;
  @Field(() => Organisatie, { nullable: true }) organisatie!: Organisatie | null;
}

@ObjectType('Casus', { description: 'Een casus onder regie van het kernteam, voor één persoon' })
@Directive('@key(fields: "id")')
export class CasusType {
  @Field(() => ID) id!: string;
  @Field(() => PersoonRef) persoon!: PersoonRef;
  @Field(() => ID, { nullable: true, description: 'Groepscasus: de casussen uit één gebeurtenis' }) groepId!:
    string | null;
  @Field(() => CasusStatus) status!: CasusStatus;
  @Field() statusLabel!: string;
  @Field(() => [CasusStatus], { description: 'Waarheen de casus nu kan' })
  mogelijkeTransities!: CasusStatus[];
  @Field(() => Int, { nullable: true }) spoor!: number | null;
  @Field(() => Boolean, { nullable: true }) kansarm!: boolean | null;
  @Field(() => String, { nullable: true, description: 'Land van herkomst (ISO 3166-1 alpha-3)' }) land!:
    string | null;
  @Field(() => String, { nullable: true }) locatieCode!: string | null;
  @Field(() => String, { nullable: true }) procedurefase!: string | null;
  @Field(() => ProcesregisseurType) procesregisseur!: ProcesregisseurType;
  @Field(() => [Organisatie], { description: 'Deelnemende organisaties: alleen zij zien de casus' })
  deelnemers!: Organisatie[];
  @Field(() => Doorverwijzing, { nullable: true }) doorverwezenNaar!: Doorverwijzing | null;
  @Field() aangemeldOp!: string;
  @Field(() => String, { nullable: true }) afgerondOp!: string | null;
  @Field() bijgewerktOp!: string;
  @Field(() => Int) nieuweSignalen!: number;
  @Field(() => Int) actiesTeLaat!: number;
}

@ObjectType('CasusPagina')
export class CasusPaginaType {
  @Field(() => [CasusType]) items!: CasusType[];
  @Field(() => String, { nullable: true }) volgendeCursor!: string | null;
  @Field(() => Int, { description: 'Aantal casussen dat aan het filter voldoet' }) totaal!: number;
}

@ObjectType('MaatregelDefinitie', {
  description: 'Een maatregel uit de beheerde catalogus (toolbox, DOMAIN.md §6)',
})
export class MaatregelDefinitieType {
  @Field() code!: string;
  @Field() naam!: string;
  @Field() soort!: string;
  @Field(() => Organisatie) eigenaar!: Organisatie;
  @Field(() => String, { nullable: true }) wettelijkeGrondslag!: string | null;
  @Field(() => Int, { nullable: true }) standaardDuurDagen!: number | null;
  @Field(() => [String]) toepassing!: string[];
}

@InputType('CasusFilter')
export class CasusFilterInput {
  @Field(() => [CasusStatus], { nullable: true }) status?: CasusStatus[];
  @Field(() => Int, { nullable: true }) spoor?: number;
  @Field({ nullable: true }) locatieCode?: string;
  @Field({ nullable: true, description: 'Naam (deel) of id van de procesregisseur' })
  procesregisseur?: string;
  @Field({ nullable: true, description: 'Alleen casussen met een actie over de deadline' })
  achterstallig?: boolean;
  @Field(() => ID, { nullable: true }) persoonId?: string;
  @Field(() => ID, { nullable: true }) groepId?: string;
}

@ArgsType()
export class CasussenArgs {
  @Field(() => CasusFilterInput, { nullable: true }) filter?: CasusFilterInput;
  @Field(() => Int, { defaultValue: 50 }) eerste!: number;
  @Field(() => String, { nullable: true }) na?: string | null;
}

@InputType('ProcesregisseurInvoer')
export class ProcesregisseurInput {
  @Field(() => String, { nullable: true }) sub?: string | null;
  @Field() naam!: string;
  @Field(() => Organisatie) organisatie!: Organisatie;
}

@InputType('CasusGegevens', {
  description: 'Gegevens van een casus; weggelaten velden blijven zoals ze zijn, null wist',
})
export class CasusGegevensInput {
  @Field(() => Int, { nullable: true }) spoor?: number | null;
  @Field(() => Boolean, { nullable: true }) kansarm?: boolean | null;
  @Field(() => String, { nullable: true }) land?: string | null;
  @Field(() => String, { nullable: true }) locatieCode?: string | null;
  @Field(() => String, { nullable: true }) procedurefase?: string | null;
  @Field(() => ProcesregisseurInput, { nullable: true }) procesregisseur?: ProcesregisseurInput;
  @Field(() => [Organisatie], { nullable: true }) deelnemers?: Organisatie[];
}

@InputType('MaatregelInvoer')
export class MaatregelInput {
  @Field() code!: string;
  @Field({ description: 'ISO-8601' }) start!: string;
  @Field(() => String, { nullable: true, description: 'Leeg: de standaardduur uit de catalogus' }) eind?:
    string | null;
  @Field() reden!: string;
}

@InputType('ActieInvoer')
export class ActieInput {
  @Field() omschrijving!: string;
  @Field(() => Organisatie) eigenaarOrganisatie!: Organisatie;
  @Field(() => String, { nullable: true }) eigenaarPersoon?: string | null;
  @Field({ description: 'ISO-8601' }) deadline!: string;
}

@InputType('UitkomstInvoer')
export class UitkomstInput {
  @Field(() => UitkomstSoort) soort!: string;
  @Field({ description: 'JJJJ-MM-DD' }) datum!: string;
  @Field(() => String, { nullable: true }) toelichting?: string | null;
}

@ObjectType('GroepsMaatregelResultaat')
export class GroepsMaatregelResultaatType {
  @Field(() => ID) groepActieId!: string;
  @Field(() => Int) maatregelen!: number;
}

// ------------------------------------------------------------------ mapping

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function naarCasusType(c: CasusRij, mogelijk: readonly CasusStatus[]): CasusType {
  return {
    id: c.id,
    persoon: { id: c.persoon_id },
    groepId: c.groep_id,
    status: c.status,
    statusLabel: CASUS_STATUS_LABEL[c.status],
    mogelijkeTransities: [...mogelijk],
    spoor: c.spoor,
    kansarm: c.kansarm,
    land: c.land,
    locatieCode: c.locatie_code,
    procedurefase: c.procedurefase,
    procesregisseur: {
      sub: c.procesregisseur_sub,
      naam: c.procesregisseur_naam,
      organisatie: c.procesregisseur_organisatie,
    },
    deelnemers: c.deelnemers,
    doorverwezenNaar: c.doorverwezen_naar,
    aangemeldOp: iso(c.aangemeld_op)!,
    afgerondOp: iso(c.afgerond_op),
    bijgewerktOp: iso(c.bijgewerkt_op)!,
    nieuweSignalen: c.nieuwe_signalen ?? 0,
    actiesTeLaat: c.acties_te_laat ?? 0,
  };
}

export const naarTransitie = (t: TransitieRij): CasusTransitieType => ({
  van: t.van,
  naar: t.naar,
  reden: t.reden,
  doorverwezenNaar: t.doorverwezen_naar as Doorverwijzing | null,
  doorNaam: t.door_naam,
  doorOrganisatie: t.door_organisatie,
  tijdstip: iso(t.tijdstip)!,
});

export const naarCasusSignaal = (s: CasusSignaalRij): CasusSignaalType => ({
  signaalId: s.signaal_id,
  categorie: s.categorie,
  categorieLabel: s.categorie_label ?? s.categorie,
  bronOrganisatie: s.bron_organisatie,
  ernst: s.ernst,
  vpt: s.vpt,
  tijdstipIncident: iso(s.tijdstip_incident)!,
  omschrijving: s.omschrijving,
  gekoppeldOp: iso(s.gekoppeld_op)!,
  nieuw: s.gezien_op === null,
});

export const naarMaatregel = (m: MaatregelRij): CasusMaatregelType => ({
  id: m.id,
  code: m.code,
  naam: m.naam,
  soort: m.soort,
  eigenaar: m.eigenaar,
  wettelijkeGrondslag: m.wettelijke_grondslag,
  start: iso(m.start)!,
  eind: iso(m.eind),
  reden: m.reden,
  status: m.status,
  beeindigdReden: m.beeindigd_reden,
  termijnId: m.termijn_id,
  groepActieId: m.groep_actie_id,
});

export const naarActie = (a: ActieRij, nu = Date.now()): ActieType => ({
  id: a.id,
  casusId: a.casus_id,
  omschrijving: a.omschrijving,
  eigenaarOrganisatie: a.eigenaar_organisatie,
  eigenaarPersoon: a.eigenaar_persoon,
  deadline: iso(a.deadline)!,
  status: a.status,
  teLaat: a.status === 'OPEN' && new Date(a.deadline).getTime() < nu,
  geescaleerdOp: iso(a.geescaleerd_op),
  besluitId: a.besluit_id,
  afgerondOp: iso(a.afgerond_op),
});

export const naarUitkomst = (u: UitkomstRij): UitkomstType => ({
  id: u.id,
  soort: u.soort,
  soortLabel: UITKOMST_LABEL[u.soort as keyof typeof UITKOMST_LABEL] ?? u.soort,
  datum: u.datum,
  toelichting: u.toelichting,
  doorOrganisatie: u.door_organisatie,
});

export const naarTijdlijnRegel = (r: TijdlijnRegel): TijdlijnRegelType => ({
  tijdstip: r.tijdstip.toISOString(),
  soort: r.soort,
  omschrijving: r.omschrijving,
  refId: r.refId,
  organisatie: r.organisatie,
});
