import {
  Args,
  Context,
  Directive,
  Field,
  ID,
  Int,
  Mutation,
  ObjectType,
  Parent,
  Query,
  ResolveField,
  ResolveReference,
  Resolver,
} from '@nestjs/graphql';
import { isUuid, Rol, type Actor } from '@ketenbeeld/domain';
import { HuidigeActor, Rollen, ValidatieFout, type VerzoekMetActor } from '@ketenbeeld/platform';
import { naarPersoonType, naarSignaalType, PersoonType, SignaalType } from '../signalen/dto/signaal.types';
import { SignaalService } from '../signalen/signaal.service';
import { TaxonomieService } from '../signalen/taxonomie.service';
import {
  naarSamenvoegingType,
  PersoonAliasType,
  PersoonKandidaatType,
  SamenvoegingType,
  VoegPersonenSamenInvoer,
} from './dto/persoon.types';
import { PersoonService } from './persoon.service';

/** Merging and linking identities is kernteam work (IND, COA, DT&V under a procesregisseur). */
const REGISSEURS = [Rol.KERNTEAMLID, Rol.PROCESREGISSEUR] as const;

@ObjectType('PersoonTreffer')
export class PersoonTrefferType {
  @Field(() => PersoonType) persoon!: PersoonType;
  @Field({ description: 'V_NUMMER, COA_NUMMER, NAAM of ALIAS' }) gevondenOp!: string;
  @Field(() => String, { nullable: true, description: 'De andere naam die overeenkwam (ALIAS)' }) alias!:
    string | null;
}

@ObjectType('PersoonZoekresultaat')
export class PersoonZoekresultaatType {
  @Field(() => [PersoonTrefferType]) treffers!: PersoonTrefferType[];
  @Field({ description: 'Er zijn meer treffers dan gevraagd: verfijn de zoekterm' }) meer!: boolean;
}

@Resolver(() => PersoonType)
export class PersoonResolver {
  constructor(
    private readonly personen: PersoonService,
    private readonly signaalService: SignaalService,
    private readonly taxonomie: TaxonomieService,
  ) {}

  @Query(() => PersoonZoekresultaatType, {
    description:
      'Personen zoeken op V-nummer, COA-nummer, naam of alias (deel, zonder accenten); alleen wie u mag zien',
  })
  async zoekPersonen(
    @HuidigeActor() actor: Actor,
    @Args('zoekterm') zoekterm: string,
    @Args('eerste', { type: () => Int, defaultValue: 20, description: '1–50' }) eerste: number,
  ): Promise<PersoonZoekresultaatType> {
    const r = await this.personen.zoek(actor, zoekterm, eerste);
    return {
      meer: r.meer,
      treffers: r.treffers.map((t) => ({
        persoon: naarPersoonType(t.persoon),
        gevondenOp: t.gevondenOp,
        alias: t.alias,
      })),
    };
  }

  @Query(() => PersoonType, { nullable: true, description: 'Een persoon, als u die mag zien' })
  // Shareable: casusregie, zsm and planning can start at the person too (see PersoonReferentieResolver).
  @Directive('@shareable')
  async persoon(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<PersoonType | null> {
    // The same answer as the other subgraphs' `persoon` (shareable): a malformed id names the field.
    if (!isUuid(id)) throw new ValidatieFout([{ veld: 'id', reden: 'moet een UUID zijn' }]);
    const p = await this.personen.haal(actor, id);
    return p ? naarPersoonType(p) : null;
  }

  @ResolveField(() => [SignaalType], { description: 'Signalen over deze persoon die u mag zien' })
  async signalen(@HuidigeActor() actor: Actor, @Parent() persoon: PersoonType): Promise<SignaalType[]> {
    const t = await this.taxonomie.taxonomie();
    return (await this.signaalService.vanPersoon(actor, persoon.id)).map((s) => naarSignaalType(s, t));
  }

  @ResolveField(() => [PersoonAliasType], { description: 'Andere namen waaronder deze persoon bekend is' })
  async aliassen(@Parent() persoon: PersoonType): Promise<PersoonAliasType[]> {
    return (await this.personen.aliassen(persoon.id)).map((a) => ({
      ...a,
      toegevoegdOp: a.toegevoegdOp.toISOString(),
    }));
  }

  @ResolveField(() => [PersoonKandidaatType], {
    description: 'Mogelijk dezelfde persoon, met score en redenen',
  })
  async kandidaten(
    @HuidigeActor() actor: Actor,
    @Parent() persoon: PersoonType,
  ): Promise<PersoonKandidaatType[]> {
    const p = await this.personen.haal(actor, persoon.id);
    if (!p) return [];
    return (await this.personen.kandidaten(actor, p)).map((k) => ({
      persoon: naarPersoonType(k.persoon),
      score: k.score,
      redenen: k.redenen,
    }));
  }

  @ResolveField(() => [SamenvoegingType], {
    description: 'Samenvoegingen waarin deze persoon behouden bleef of opging',
  })
  async samenvoegingen(@Parent() persoon: PersoonType): Promise<SamenvoegingType[]> {
    return (await this.personen.samenvoegingen(persoon.id)).map(naarSamenvoegingType);
  }

  @Mutation(() => SamenvoegingType, {
    description: 'Twee records van één persoon samenvoegen (ongedaan te maken met splitsSamenvoeging)',
  })
  @Rollen(...REGISSEURS)
  async voegPersonenSamen(
    @HuidigeActor() actor: Actor,
    @Args('invoer') invoer: VoegPersonenSamenInvoer,
  ): Promise<SamenvoegingType> {
    return naarSamenvoegingType(
      await this.personen.voegSamen(actor, invoer.behoudenId, invoer.opgaandId, invoer.reden),
    );
  }

  @Mutation(() => SamenvoegingType, {
    description: 'Een samenvoeging ongedaan maken: alles terug zoals het was',
  })
  @Rollen(...REGISSEURS)
  async splitsSamenvoeging(
    @HuidigeActor() actor: Actor,
    @Args('samenvoegingId', { type: () => ID }) samenvoegingId: string,
    @Args('reden') reden: string,
  ): Promise<SamenvoegingType> {
    return naarSamenvoegingType(await this.personen.splits(actor, samenvoegingId, reden));
  }

  @Mutation(() => PersoonType, {
    description: 'Een voorlopige identiteit krijgt haar V-nummer (bestaat dat al: samenvoegen)',
  })
  @Rollen(...REGISSEURS)
  async kenVNummerToe(
    @HuidigeActor() actor: Actor,
    @Args('persoonId', { type: () => ID }) persoonId: string,
    @Args('vNummer') vNummer: string,
    @Args('reden') reden: string,
  ): Promise<PersoonType> {
    return naarPersoonType(await this.personen.kenVNummerToe(actor, persoonId, vNummer, reden));
  }

  @ResolveReference()
  async resolveReference(
    // With a decorated parameter next to it, an undecorated one arrives undefined: the reference
    // is the resolver's root value, so it is taken with @Parent().
    @Parent() ref: { id: string },
    @Context('req') req: VerzoekMetActor,
  ): Promise<PersoonType | null> {
    if (!req?.actor) return null;
    const p = await this.personen.haal(req.actor, ref.id);
    return p ? naarPersoonType(p) : null;
  }
}
