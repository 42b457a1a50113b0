import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ketenbeeld/domain';
import { HuidigeActor } from '@ketenbeeld/platform';
import {
  CATEGORIE_OPTIES,
  naarSignaalType,
  ORGANISATIE_OPTIES,
  OrganisatieOptie,
  SignaalCategorieOptie,
  SignaalInvoerInput,
  SignaalType,
  SignalenArgs,
} from './dto/signaal.types';
import { SignaalService } from './signaal.service';

@Resolver(() => SignaalType)
export class SignaalResolver {
  constructor(private readonly signaalService: SignaalService) {}

  @Query(() => [SignaalType], { description: 'Nieuwste signalen die u mag zien' })
  async signalen(@HuidigeActor() actor: Actor, @Args() args: SignalenArgs): Promise<SignaalType[]> {
    return (await this.signaalService.lijst(actor, args.eerste)).map(naarSignaalType);
  }

  @Query(() => SignaalType)
  async signaal(
    @HuidigeActor() actor: Actor,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<SignaalType> {
    return naarSignaalType(await this.signaalService.haal(actor, id));
  }

  @Mutation(() => SignaalType)
  async registreerSignaal(
    @HuidigeActor() actor: Actor,
    @Args('invoer') invoer: SignaalInvoerInput,
  ): Promise<SignaalType> {
    return naarSignaalType(await this.signaalService.registreer(actor, stripNulls(invoer)));
  }

  @Query(() => [OrganisatieOptie])
  organisaties(): OrganisatieOptie[] {
    return ORGANISATIE_OPTIES;
  }

  @Query(() => [SignaalCategorieOptie])
  signaalCategorieen(): SignaalCategorieOptie[] {
    return CATEGORIE_OPTIES;
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
