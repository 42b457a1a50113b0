import {
  Args,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  ResolveField,
  Resolver,
  Parent,
} from '@nestjs/graphql';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import {
  naarSignaalType,
  ORGANISATIE_OPTIES,
  OrganisatieOptie,
  PersoonInvoerInput,
  SignaalCategorieOptie,
  SignaalCorrectieInput,
  SignaalHistorieType,
  SignaalInvoerInput,
  SignaalPaginaType,
  SignaalType,
  SignalenArgs,
} from './dto/signaal.types';
import { SignaalService } from './signaal.service';
import { TaxonomieService } from './taxonomie.service';

@ObjectType('SignalenPerLocatie', {
  description: 'Aantal signalen op een locatie (of gemeente) in een periode',
})
export class SignalenPerLocatieType {
  @Field({ description: 'Locatiecode, anders de gemeente' }) locatie!: string;
  @Field(() => Int) aantal!: number;
  @Field(() => Int, { description: 'Waarvan geweld tegen een publieke taak (VPT)' }) vpt!: number;
  @Field(() => Int, { description: 'Waarvan met ernst 3 of 4' }) ernstig!: number;
}

@Resolver(() => SignaalType)
export class SignaalResolver {
  constructor(
    private readonly signaalService: SignaalService,
    private readonly taxonomie: TaxonomieService,
  ) {}

  @Query(() => SignaalPaginaType, {
    description: 'Signalen die u mag zien, nieuwste eerst, gefilterd en per pagina',
  })
  async signalen(@HuidigeActor() actor: Actor, @Args() args: SignalenArgs): Promise<SignaalPaginaType> {
    const pagina = await this.signaalService.lijst(
      actor,
      stripNulls(args.filter ?? {}),
      args.eerste,
      args.na,
    );
    const t = await this.taxonomie.taxonomie();
    return { items: pagina.items.map((s) => naarSignaalType(s, t)), volgendeCursor: pagina.volgendeCursor };
  }

  @Query(() => SignaalType)
  async signaal(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SignaalType> {
    return naarSignaalType(await this.signaalService.haal(actor, id), await this.taxonomie.taxonomie());
  }

  @ResolveField(() => [SignaalHistorieType], {
    description: 'Alle versies: registratie, correcties, toegevoegde personen, intrekking',
  })
  async historie(@Parent() s: SignaalType): Promise<SignaalHistorieType[]> {
    return (await this.signaalService.historieVan(s.id)).map((h) => ({
      versie: h.versie,
      actie: h.actie,
      tijdstip: h.tijdstip.toISOString(),
      doorOrganisatie: h.door_organisatie as SignaalHistorieType['doorOrganisatie'],
      reden: h.reden,
      gegevens: JSON.stringify(h.gegevens),
    }));
  }

  @Mutation(() => SignaalType)
  async registreerSignaal(
    @HuidigeActor() actor: Actor,
    @Args('invoer') invoer: SignaalInvoerInput,
  ): Promise<SignaalType> {
    return naarSignaalType(
      await this.signaalService.registreer(actor, stripNulls(invoer)),
      await this.taxonomie.taxonomie(),
    );
  }

  @Mutation(() => SignaalType, {
    description: 'Personen toevoegen aan een signaal (de groep groeit naarmate mensen bekend worden)',
  })
  async voegPersonenToe(
    @HuidigeActor() actor: Actor,
    @Args('signaalId', { type: () => ID }) signaalId: string,
    @Args('personen', { type: () => [PersoonInvoerInput] }) personen: PersoonInvoerInput[],
    @Args('reden') reden: string,
  ): Promise<SignaalType> {
    return naarSignaalType(
      await this.signaalService.voegPersonenToe(actor, signaalId, stripNulls(personen), reden),
      await this.taxonomie.taxonomie(),
    );
  }

  @Mutation(() => SignaalType, {
    description: 'Een signaal corrigeren: een nieuwe versie, de oude blijft in de historie',
  })
  async corrigeerSignaal(
    @HuidigeActor() actor: Actor,
    @Args('signaalId', { type: () => ID }) signaalId: string,
    @Args('correctie') correctie: SignaalCorrectieInput,
    @Args('reden') reden: string,
  ): Promise<SignaalType> {
    return naarSignaalType(
      // In a correction an explicit null clears a field (subcategorie, pvNummer); inside plaats it means absent.
      await this.signaalService.corrigeer(
        actor,
        signaalId,
        { ...correctie, ...(correctie.plaats ? { plaats: stripNulls(correctie.plaats) } : {}) },
        reden,
      ),
      await this.taxonomie.taxonomie(),
    );
  }

  @Mutation(() => SignaalType, { description: 'Een signaal intrekken, met reden' })
  async trekSignaalIn(
    @HuidigeActor() actor: Actor,
    @Args('signaalId', { type: () => ID }) signaalId: string,
    @Args('reden') reden: string,
  ): Promise<SignaalType> {
    return naarSignaalType(
      await this.signaalService.trekIn(actor, signaalId, reden),
      await this.taxonomie.taxonomie(),
    );
  }

  @Query(() => [SignalenPerLocatieType], {
    description:
      'Signalen per locatie in [van, tot) (aantallen, geen personen); wie niet alles mag zien telt de eigen signalen',
  })
  signalenPerLocatie(
    @HuidigeActor() actor: Actor,
    @Args('van') van: string,
    @Args('tot') tot: string,
  ): Promise<SignalenPerLocatieType[]> {
    return this.signaalService.perLocatie(actor, van, tot);
  }

  @Query(() => [OrganisatieOptie])
  organisaties(): OrganisatieOptie[] {
    return ORGANISATIE_OPTIES;
  }

  @Query(() => [SignaalCategorieOptie], { description: 'De beheerde taxonomie van signaalcategorieën' })
  signaalCategorieen(): Promise<SignaalCategorieOptie[]> {
    return this.taxonomie.opties();
  }
}

/** GraphQL gives explicit nulls for absent optional fields; the schema treats absent as absent. */
function stripNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripNulls);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([k, x]) => [k, stripNulls(x)]),
    );
  }
  return v;
}
