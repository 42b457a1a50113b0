import { defaultFieldResolver, getNamedType, isObjectType, type GraphQLSchema } from 'graphql';
import { meldBetrokkenen } from './verwerking';

const GEMARKEERD = Symbol('ketenbeeld.betrokkenen');

function meldWaarde(v: unknown): void {
  meldBetrokkenen(...(Array.isArray(v) ? (v as unknown[]) : [v]));
}

/**
 * Who an answer concerns, for the processing log, at the cost of only the fields that tell: each
 * field of `Persoon` records its person (the source's id), each `persoonId`/`persoonIds` field its
 * value, and each field that takes a `persoonId` argument (or an `id` and returns a Persoon) the
 * person asked for, also when the answer is empty or null. Every other field keeps its own resolver
 * untouched (a per-field plugin hook made large answers several times slower). Changes the schema's
 * resolvers in place; idempotent.
 */
export function instrumenteerBetrokkenen(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const veld of Object.values(type.getFields())) {
      const persoonVeld = type.name === 'Persoon';
      const idVeld = veld.name === 'persoonId' || veld.name === 'persoonIds';
      const vraagtPersoon =
        veld.args.some((a) => a.name === 'persoonId') ||
        (veld.args.some((a) => a.name === 'id') && getNamedType(veld.type).name === 'Persoon');
      if (!persoonVeld && !idVeld && !vraagtPersoon) continue;
      const eigen = veld.resolve ?? defaultFieldResolver;
      if ((eigen as { [GEMARKEERD]?: boolean })[GEMARKEERD]) continue;
      const omhuld: typeof eigen = (bron, args, context, info) => {
        if (persoonVeld) meldBetrokkenen((bron as { id?: unknown } | null)?.id);
        if (vraagtPersoon) {
          const gevraagd = args as { persoonId?: unknown; id?: unknown };
          meldBetrokkenen(gevraagd.persoonId, gevraagd.id);
        }
        const uitkomst: unknown = eigen(bron, args, context, info);
        if (idVeld) {
          if (uitkomst instanceof Promise) void uitkomst.then(meldWaarde, () => undefined);
          else meldWaarde(uitkomst);
        }
        return uitkomst;
      };
      (omhuld as { [GEMARKEERD]?: boolean })[GEMARKEERD] = true;
      veld.resolve = omhuld;
    }
  }
  return schema;
}
