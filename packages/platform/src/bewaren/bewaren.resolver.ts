import { Args, Directive, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Doel, Rol, type Actor, type Dienst } from '@ketenbeeld/domain';
import { HuidigeActor, Rollen } from '../auth/auth.decorators';
import { DomeinFout, ValidatieFout } from '../errors/domein-fout';
import { huidigeVerwerking } from '../verwerkingslog/verwerking';
import { BewaarService, type OpschoningRij } from './bewaar.service';

@ObjectType('Bewaarregel', {
  description:
    'Eén bewaarregel van een dienst: welke gegevens na welke termijn weg of anoniem gaan, en hoeveel nu',
})
@Directive('@shareable')
export class BewaarregelType {
  @Field({ description: 'Naam van de regel binnen de dienst, bijvoorbeeld signaal-politie-anonimiseren' })
  regel!: string;
  @Field({ description: 'Soort gegevens (BewaarSoort), bijvoorbeeld SIGNAAL_POLITIE' }) soort!: string;
  @Field() soortLabel!: string;
  @Field({ description: 'ANONIMISEREN of VERWIJDEREN' }) actie!: string;
  @Field() omschrijving!: string;
  @Field({ description: 'De ingestelde termijn als ISO-8601-duur, bijvoorbeeld P5Y' }) termijn!: string;
  @Field({ description: 'De instelling (omgevingsvariabele) van deze termijn' }) variabele!: string;
  @Field({ description: 'Bron van de standaardtermijn (regel, wet), of waarom we hem aannemen' })
  bron!: string;
  @Field({ description: 'De standaardtermijn is een aanname, geen regel of wet' }) aanname!: boolean;
  @Field({ description: 'Wat vóór dit tijdstip ligt, is verlopen (ISO-8601)' }) grens!: string;
  @Field(() => Int, { description: 'Hoeveel records nu weg of anoniem zouden gaan' }) aantal!: number;
}

@ObjectType('Bewaaroverzicht', {
  description:
    'Proefopschoning zonder iets te veranderen: per bewaarregel de termijn, de grens en hoeveel zou gaan',
})
@Directive('@shareable')
export class BewaaroverzichtType {
  @Field() dienst!: string;
  @Field({ description: 'Het moment waarop de termijnen zijn teruggeteld (ISO-8601)' }) peilmoment!: string;
  @Field(() => [BewaarregelType]) regels!: BewaarregelType[];
}

@ObjectType('Opschoning', {
  description:
    'Wat één bewaarregel in één opschoning deed (of bij een proef zou doen); alleen-toevoegen vastgelegd',
})
@Directive('@shareable')
export class OpschoningType {
  @Field(() => ID, { description: 'Volgnummer binnen de dienst' }) volgnummer!: string;
  @Field(() => ID, { description: 'Dezelfde voor alle regels van één opschoning' }) runId!: string;
  @Field() dienst!: string;
  @Field({ description: 'Proef: er is niets veranderd' }) proef!: boolean;
  @Field({ description: 'ROOSTER (de nachtelijke taak) of OP_VERZOEK' }) aanleiding!: string;
  @Field(() => String, { nullable: true, description: 'Token-subject van wie erom vroeg' }) door!:
    string | null;
  @Field() regel!: string;
  @Field() soort!: string;
  @Field({ description: 'ANONIMISEREN of VERWIJDEREN' }) actie!: string;
  @Field({ description: 'ISO-8601-duur' }) termijn!: string;
  @Field({ description: 'ISO-8601' }) grens!: string;
  @Field(() => Int, {
    description: 'Aantal records verwijderd of geanonimiseerd (bij een proef: dat zou gaan)',
  })
  aantal!: number;
  @Field(() => [String], { description: 'Een steekproef (hoogstens 10) van de sleutels van die records' })
  voorbeeld!: string[];
  @Field(() => String, { nullable: true, description: 'Waarom de regel (deels) mislukte' }) fout!:
    string | null;
  @Field({ description: 'ISO-8601' }) gestartOp!: string;
  @Field({ description: 'ISO-8601' }) geeindigdOp!: string;
}

function naarOpschoning(r: OpschoningRij): OpschoningType {
  return {
    volgnummer: r.volgnummer,
    runId: r.run_id,
    dienst: r.dienst,
    proef: r.proef,
    aanleiding: r.aanleiding,
    door: r.door,
    regel: r.regel,
    soort: r.soort,
    actie: r.actie,
    termijn: r.termijn,
    grens: r.grens.toISOString(),
    aantal: r.aantal,
    voorbeeld: r.voorbeeld,
    fout: r.fout,
    gestartOp: r.gestart_op.toISOString(),
    geeindigdOp: r.geeindigd_op.toISOString(),
  };
}

/**
 * Retention for the privacy officer, per subgraph (like `<dienst>Verwerkingen`): `<dienst>Bewaaroverzicht`
 * counts what would go now (a dry run that records nothing), `<dienst>Opschoningen` lists what the
 * runs did, `<dienst>VoerOpschoningUit` runs now (or as a recorded dry run) — removing personal data is
 * processing, so it asks purpose PRIVACYTOEZICHT.
 */
export function bewarenResolver(dienst: Dienst) {
  @Resolver(() => BewaaroverzichtType)
  class BewarenResolver {
    constructor(readonly service: BewaarService) {}

    @Query(() => BewaaroverzichtType, {
      name: `${dienst}Bewaaroverzicht`,
      nullable: true,
      description: `Bewaartermijnen van ${dienst} en hoeveel nu zou gaan (alleen privacy officer; verandert niets)`,
    })
    @Rollen(Rol.PRIVACY_OFFICER)
    async bewaaroverzicht(): Promise<BewaaroverzichtType> {
      const nu = new Date();
      const regels = await this.service.overzicht(nu);
      return {
        dienst,
        peilmoment: nu.toISOString(),
        regels: regels.map((r) => ({ ...r, grens: r.grens.toISOString() })),
      };
    }

    @Query(() => [OpschoningType], {
      name: `${dienst}Opschoningen`,
      nullable: true,
      description: `Wat de opschoningen van ${dienst} deden, nieuwste eerst (alleen privacy officer)`,
    })
    @Rollen(Rol.PRIVACY_OFFICER)
    async opschoningen(
      @Args('eerste', { type: () => Int, defaultValue: 50, description: '1–500' }) eerste = 50,
    ): Promise<OpschoningType[]> {
      if (!Number.isInteger(eerste) || eerste < 1 || eerste > 500) {
        throw new ValidatieFout([{ veld: 'eerste', reden: 'moet tussen 1 en 500 liggen' }]);
      }
      return (await this.service.opschoningen(eerste)).map(naarOpschoning);
    }

    @Mutation(() => [OpschoningType], {
      name: `${dienst}VoerOpschoningUit`,
      description: `Schoon ${dienst} nu op volgens de bewaartermijnen, of doe een vastgelegde proef (alleen privacy officer, doel PRIVACYTOEZICHT)`,
    })
    @Rollen(Rol.PRIVACY_OFFICER)
    async voerOpschoningUit(
      @HuidigeActor() actor: Actor,
      @Args('proef', { type: () => Boolean, description: 'true: alleen tellen en vastleggen wat zou gaan' })
      proef: boolean,
    ): Promise<OpschoningType[]> {
      if (huidigeVerwerking()?.doel !== Doel.PRIVACYTOEZICHT) {
        throw new DomeinFout('VALIDATIE', 'DOEL_ONTBREEKT', 'Opschonen vraagt doel PRIVACYTOEZICHT', [
          { veld: 'Ketenbeeld-Doel', reden: 'moet PRIVACYTOEZICHT zijn' },
        ]);
      }
      const rijen = await this.service.voerUit({ proef, aanleiding: 'OP_VERZOEK', door: actor.sub });
      return rijen.map(naarOpschoning);
    }
  }
  return BewarenResolver;
}
