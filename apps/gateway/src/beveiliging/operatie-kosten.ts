import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

/**
 * Depth and cost of a GraphQL operation, measured against the API schema before the gateway plans
 * it. The model is deliberately simple, so that a developer can predict it by reading a query:
 *
 * - every field costs 1 (`__typename` and the introspection fields `__schema`/`__type` cost 0 and
 *   add no depth; introspection is off in production);
 * - the cost of a field's selection is multiplied by the number of items the field stands for:
 *   - a field with a page-size argument (`eerste`, `first` or `limit`): that number (from the
 *     literal, the variable, the variable's default or the argument's schema default);
 *   - otherwise a list field inside a "page" (a non-list field that has a page-size argument, such
 *     as `casussen(eerste: 50) { items { … } }`): the page's size;
 *   - otherwise a list field: the assumed list size (`lijstAanname`);
 *   - otherwise 1;
 * - depth: a root field is at depth 1; every nested selection adds 1 (fragments add nothing);
 * - fragments and inline fragments are expanded where they are used; `@skip`/`@include` are
 *   honoured when their condition is known, else the selection counts (an upper bound); selections
 *   of the same field are not merged (also an upper bound).
 *
 * The cost is an estimate of the values the subgraphs are asked to produce, not a prediction of the
 * time it takes; its purpose is to refuse queries that multiply lists into one another.
 */
export interface OperatieMeting {
  diepte: number;
  kosten: number;
}

export interface KostenLimieten {
  maxDiepte: number;
  maxKosten: number;
  /** Items assumed for a list field without a page-size argument. */
  lijstAanname: number;
}

/** Argument names that set the number of items a field returns. */
export const PAGINA_ARGUMENTEN: readonly string[] = ['eerste', 'first', 'limit'];

interface Omgeving {
  schema: GraphQLSchema;
  fragmenten: ReadonlyMap<string, FragmentDefinitionNode>;
  variabelen: Readonly<Record<string, unknown>>;
  variabeleStandaard: ReadonlyMap<string, ValueNode>;
  lijstAanname: number;
  /** Fragment results per (name, inherited page size): keeps the walk linear in the document. */
  geheugen: Map<string, OperatieMeting>;
  actieveFragmenten: Set<string>;
}

/** Measure one operation of `document` (the one named `operatieNaam`, or the only one). */
export function meetOperatie(
  schema: GraphQLSchema,
  document: DocumentNode,
  opties: {
    operatieNaam?: string | null;
    variabelen?: Readonly<Record<string, unknown>>;
    lijstAanname: number;
  },
): OperatieMeting {
  const operaties = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operatie = opties.operatieNaam
    ? operaties.find((o) => o.name?.value === opties.operatieNaam)
    : operaties.length === 1
      ? operaties[0]
      : undefined;
  if (!operatie)
    throw new Error(`Operatie '${opties.operatieNaam ?? '(naamloos)'}' niet gevonden in het document`);
  return meetDefinitie(schema, document, operatie, opties);
}

/** Measure an operation definition (its fragments are looked up in `document`). */
export function meetDefinitie(
  schema: GraphQLSchema,
  document: DocumentNode,
  operatie: OperationDefinitionNode,
  opties: { variabelen?: Readonly<Record<string, unknown>>; lijstAanname: number },
): OperatieMeting {
  const fragmenten = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragmenten.set(d.name.value, d);
  const variabeleStandaard = new Map<string, ValueNode>();
  for (const v of operatie.variableDefinitions ?? [])
    if (v.defaultValue) variabeleStandaard.set(v.variable.name.value, v.defaultValue);
  const wortel = schema.getRootType(operatie.operation);
  const omgeving: Omgeving = {
    schema,
    fragmenten,
    variabelen: opties.variabelen ?? {},
    variabeleStandaard,
    lijstAanname: opties.lijstAanname,
    geheugen: new Map(),
    actieveFragmenten: new Set(),
  };
  return meetSelectie(omgeving, operatie.selectionSet, wortel ?? undefined, undefined);
}

function meetSelectie(
  o: Omgeving,
  selectie: SelectionSetNode,
  ouder: GraphQLNamedType | undefined,
  paginaGrootte: number | undefined,
): OperatieMeting {
  let kosten = 0;
  let diepte = 0;
  for (const s of selectie.selections) {
    if (!doetMee(o, s.directives)) continue;
    let m: OperatieMeting;
    switch (s.kind) {
      case Kind.FIELD:
        m = meetVeld(o, s.name.value, s.arguments ?? [], s.selectionSet, ouder, paginaGrootte);
        break;
      case Kind.INLINE_FRAGMENT:
        m = meetSelectie(
          o,
          s.selectionSet,
          s.typeCondition ? o.schema.getType(s.typeCondition.name.value) : ouder,
          paginaGrootte,
        );
        break;
      case Kind.FRAGMENT_SPREAD:
        m = meetFragment(o, s.name.value, paginaGrootte);
        break;
    }
    kosten += m.kosten;
    diepte = Math.max(diepte, m.diepte);
  }
  return { kosten, diepte };
}

function meetFragment(o: Omgeving, naam: string, paginaGrootte: number | undefined): OperatieMeting {
  const sleutel = `${naam}|${paginaGrootte ?? ''}`;
  const bekend = o.geheugen.get(sleutel);
  if (bekend) return bekend;
  const fragment = o.fragmenten.get(naam);
  // Unknown or cyclic fragments are refused by validation before we get here; count nothing.
  if (!fragment || o.actieveFragmenten.has(naam)) return { kosten: 0, diepte: 0 };
  o.actieveFragmenten.add(naam);
  const m = meetSelectie(
    o,
    fragment.selectionSet,
    o.schema.getType(fragment.typeCondition.name.value),
    paginaGrootte,
  );
  o.actieveFragmenten.delete(naam);
  o.geheugen.set(sleutel, m);
  return m;
}

function meetVeld(
  o: Omgeving,
  naam: string,
  argumenten: readonly { name: { value: string }; value: ValueNode }[],
  selectie: SelectionSetNode | undefined,
  ouder: GraphQLNamedType | undefined,
  paginaGrootte: number | undefined,
): OperatieMeting {
  if (naam.startsWith('__')) return { kosten: 0, diepte: 0 };
  const definitie: GraphQLField<unknown, unknown> | undefined =
    ouder && (isObjectType(ouder) || isInterfaceType(ouder)) ? ouder.getFields()[naam] : undefined;
  if (!selectie) return { kosten: 1, diepte: 1 };

  const isLijst = definitie ? isListType(getNullableType(definitie.type)) : false;
  const eigenGrootte = paginaArgument(o, argumenten, definitie);
  let factor = 1;
  let doorgeven: number | undefined;
  if (isLijst) factor = eigenGrootte ?? paginaGrootte ?? o.lijstAanname;
  else if (eigenGrootte !== undefined) doorgeven = eigenGrootte;

  const kind = meetSelectie(o, selectie, definitie ? getNamedType(definitie.type) : undefined, doorgeven);
  return { kosten: 1 + factor * kind.kosten, diepte: 1 + kind.diepte };
}

/** The page size a field asks for, when it has a page-size argument with a known value. */
function paginaArgument(
  o: Omgeving,
  argumenten: readonly { name: { value: string }; value: ValueNode }[],
  definitie: GraphQLField<unknown, unknown> | undefined,
): number | undefined {
  for (const naam of PAGINA_ARGUMENTEN) {
    const arg = argumenten.find((a) => a.name.value === naam);
    const waarde = arg ? getalUit(o, arg.value) : undefined;
    if (waarde !== undefined) return waarde;
    const standaard = definitie?.args.find((a) => a.name === naam)?.defaultValue;
    if (!arg && typeof standaard === 'number' && standaard >= 0) return standaard;
  }
  return undefined;
}

function getalUit(o: Omgeving, waarde: ValueNode): number | undefined {
  if (waarde.kind === Kind.INT) return Number(waarde.value);
  if (waarde.kind !== Kind.VARIABLE) return undefined;
  const v = o.variabelen[waarde.name.value];
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  if (v !== undefined && v !== null) return undefined;
  const standaard = o.variabeleStandaard.get(waarde.name.value);
  return standaard?.kind === Kind.INT ? Number(standaard.value) : undefined;
}

/** @skip/@include: false only when the condition is known to exclude the selection. */
function doetMee(o: Omgeving, directives: readonly DirectiveNode[] | undefined): boolean {
  for (const d of directives ?? []) {
    if (d.name.value !== 'skip' && d.name.value !== 'include') continue;
    const als = d.arguments?.find((a) => a.name.value === 'if')?.value;
    let waarde: unknown;
    if (als?.kind === Kind.BOOLEAN) waarde = als.value;
    else if (als?.kind === Kind.VARIABLE) {
      waarde = o.variabelen[als.name.value];
      const standaard = o.variabeleStandaard.get(als.name.value);
      if (waarde === undefined && standaard?.kind === Kind.BOOLEAN) waarde = standaard.value;
    }
    if (typeof waarde !== 'boolean') continue;
    if (d.name.value === 'skip' ? waarde : !waarde) return false;
  }
  return true;
}

/** The error for an operation over a limit: a GraphQL error with HTTP 400 and the measured value. */
export function limietFout(soort: 'diepte' | 'kosten', gemeten: number, limiet: number): GraphQLError {
  const bericht =
    soort === 'diepte'
      ? `De query is te diep genest: diepte ${gemeten}, de limiet is ${limiet}. Vraag minder geneste velden op.`
      : `De query is te complex: kosten ${gemeten}, de limiet is ${limiet}. Vraag minder velden of kleinere pagina's (eerste) op.`;
  return new GraphQLError(bericht, {
    extensions: {
      code: soort === 'diepte' ? 'TE_DIEP' : 'TE_COMPLEX',
      [soort]: gemeten,
      limiet,
      http: { status: 400 },
    },
  });
}

/** What the gateway reports in `extensions.kosten` of every accepted operation. */
export interface KostenRapport {
  diepte: number;
  kosten: number;
  limiet: { diepte: number; kosten: number };
}

/**
 * Measures every operation after it is parsed, validated and resolved (and before the gateway builds
 * a query plan for it), refuses it over a limit, and reports the measurement in the response.
 */
export function operatieKostenPlugin(limieten: KostenLimieten): ApolloServerPlugin {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await
    async requestDidStart() {
      let rapport: KostenRapport | undefined;
      return {
        // eslint-disable-next-line @typescript-eslint/require-await
        async didResolveOperation(ctx) {
          // Nothing to measure: operatieVereistPlugin refuses a request without a resolvable operation.
          if (!ctx.operation) return;
          const m = meetDefinitie(ctx.schema, ctx.document, ctx.operation, {
            variabelen: ctx.request.variables ?? {},
            lijstAanname: limieten.lijstAanname,
          });
          if (m.diepte > limieten.maxDiepte) throw limietFout('diepte', m.diepte, limieten.maxDiepte);
          if (m.kosten > limieten.maxKosten) throw limietFout('kosten', m.kosten, limieten.maxKosten);
          rapport = { ...m, limiet: { diepte: limieten.maxDiepte, kosten: limieten.maxKosten } };
        },
        // eslint-disable-next-line @typescript-eslint/require-await
        async willSendResponse(ctx) {
          if (!rapport || ctx.response.body.kind !== 'single') return;
          const r = ctx.response.body.singleResult;
          r.extensions = { ...r.extensions, kosten: rapport };
        },
      };
    },
  };
}

const GRAPHQL_NAAM = /^[_A-Za-z][_0-9A-Za-z]{0,127}$/;

/**
 * The error for a request whose document has no operation to run: `operationName` names none of its
 * operations, or it has several and no `operationName`. A GraphQL error with HTTP 400 and
 * OPERATION_RESOLUTION_FAILURE, with `operationName` as the field. The name is only repeated when it
 * is a GraphQL name (any other text could look like internals and is the caller's own anyway).
 */
export function operatieNietGevonden(
  document: DocumentNode,
  operationName: string | null | undefined,
): GraphQLError {
  const namen = document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((o) => o.name?.value ?? '(naamloos)');
  const beschikbaar = namen.length
    ? ` Het document heeft: ${namen.slice(0, 10).join(', ')}${namen.length > 10 ? ', …' : ''}.`
    : '';
  let reden: string;
  if (operationName === null || operationName === undefined)
    reden = namen.length
      ? 'het document heeft meerdere operaties: geef in operationName op welke moet worden uitgevoerd'
      : 'het document bevat geen operatie';
  else if (GRAPHQL_NAAM.test(operationName))
    reden = `het document heeft geen operatie met de naam '${operationName}'`;
  else reden = 'het document heeft geen operatie met deze naam (geen geldige GraphQL-naam)';
  return new GraphQLError(`Ongeldige operationName: ${reden}.${beschikbaar}`, {
    extensions: {
      code: 'OPERATION_RESOLUTION_FAILURE',
      fouten: [{ veld: 'operationName', reden }],
      http: { status: 400 },
    },
  });
}

/**
 * Refuses a request whose operation cannot be resolved (see operatieNietGevonden). Apollo Server does
 * this itself only when it executes the schema; with a gateway it leaves it to the gateway's
 * executor, which throws INVALID_GRAPHQL — answered as HTTP 500 and, by the error sanitising
 * (fout-opschoning.ts), as INTERNAL_SERVER_ERROR: a caller's mistake reported as ours.
 */
export function operatieVereistPlugin(): ApolloServerPlugin {
  return {
    // eslint-disable-next-line @typescript-eslint/require-await
    async requestDidStart() {
      return {
        // eslint-disable-next-line @typescript-eslint/require-await
        async didResolveOperation(ctx) {
          if (!ctx.operation) throw operatieNietGevonden(ctx.document, ctx.request.operationName);
        },
      };
    },
  };
}
