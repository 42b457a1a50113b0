import { Args, Directive, Field, ID, ObjectType, Query, ResolveReference, Resolver } from '@nestjs/graphql';
import { isUuid } from '@ketenbeeld/domain';
import { ValidatieFout } from '../errors/domein-fout';

/**
 * `Persoon` as a subgraph that extends it sees it: only the key. Persons are owned by signalen;
 * casusregie, zsm and planning add fields with `@ResolveField` on `@Resolver(() => PersoonRef)`.
 */
@ObjectType('Persoon')
@Directive('@key(fields: "id")')
export class PersoonRef {
  @Field(() => ID) id!: string;
}

/** Resolves a `Persoon` reference to its key; registered by `subgraafModule(dienst, { breidtPersoonUit: true })`. */
@Resolver(() => PersoonRef)
export class PersoonReferentieResolver {
  /**
   * `persoon(id)` is shareable: every subgraph that adds fields to Persoon can start a query at the
   * person, so a client that asks each service's part under its own alias (the console's ketenbeeld)
   * gets four root fetches the gateway runs in parallel, instead of signalen first and the rest after.
   * Here it is only the key: whether the person exists and may be seen is signalen's answer; the
   * fields of this service apply their own need-to-know.
   */
  @Query(() => PersoonRef, { name: 'persoon', nullable: true, description: 'Een persoon (als sleutel)' })
  @Directive('@shareable')
  persoon(@Args('id', { type: () => ID }) id: string): PersoonRef {
    if (!isUuid(id)) throw new ValidatieFout([{ veld: 'id', reden: 'moet een UUID zijn' }]);
    return { id: id.toLowerCase() };
  }

  @ResolveReference()
  resolveReference(ref: { id: string }): PersoonRef {
    return { id: ref.id };
  }
}
