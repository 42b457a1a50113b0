import { Directive, Field, ID, ObjectType, ResolveReference, Resolver } from '@nestjs/graphql';

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
  @ResolveReference()
  resolveReference(ref: { id: string }): PersoonRef {
    return { id: ref.id };
  }
}
