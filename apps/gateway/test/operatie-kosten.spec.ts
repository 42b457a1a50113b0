import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  Kind,
  Lexer,
  parse,
  print,
  Source,
  TokenKind,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { laadConfig } from '@ketenbeeld/platform';
import { limietFout, meetOperatie, meetDefinitie } from '../src/beveiliging/operatie-kosten';
import { gatewayConfigSchema } from '../src/gateway.config';
import { leesApiSchema } from '../src/supergraph';

const ROOT = join(__dirname, '..', '..', '..');
const apiSchema = buildSchema(leesApiSchema());

const SCHEMA = buildSchema(`
  type Query {
    persoon(id: ID!): Persoon
    personen(eerste: Int): [Persoon!]!
    pagina(eerste: Int! = 25): Pagina!
    naam: String
  }
  type Pagina { items: [Persoon!]! totaal: Int! }
  type Persoon { id: ID! naam: String signalen: [Signaal!]! vrienden(first: Int): [Persoon!]! }
  type Signaal { id: ID! personen: [Persoon!]! }
`);
const meet = (q: string, variabelen: Record<string, unknown> = {}, lijstAanname = 10) =>
  meetOperatie(SCHEMA, parse(q), { variabelen, lijstAanname });

describe('meetOperatie (het kostenmodel)', () => {
  it('elk veld kost 1; diepte telt geneste selecties; __typename telt niet', () => {
    expect(meet('{ naam }')).toEqual({ diepte: 1, kosten: 1 });
    expect(meet('{ persoon(id: 1) { id naam __typename } }')).toEqual({ diepte: 2, kosten: 3 });
  });

  it('een lijstveld vermenigvuldigt zijn selectie met de aangenomen lijstgrootte', () => {
    // persoon 1 + signalen (1 + 10 × (id 1 + personen (1 + 10 × id 1)))
    expect(meet('{ persoon(id: 1) { signalen { id personen { id } } } }')).toEqual({
      diepte: 4,
      kosten: 1 + 1 + 10 * (1 + 1 + 10 * 1),
    });
    expect(meet('{ persoon(id: 1) { signalen { id } } }', {}, 3).kosten).toBe(1 + 1 + 3);
  });

  it('eerste/first uit literal, variabele, standaard van de variabele of van het schema', () => {
    expect(meet('{ personen(eerste: 5) { id naam } }').kosten).toBe(1 + 5 * 2);
    expect(meet('query($n: Int) { personen(eerste: $n) { id } }', { n: 7 }).kosten).toBe(1 + 7);
    expect(meet('query($n: Int = 3) { personen(eerste: $n) { id } }').kosten).toBe(1 + 3);
    // No value at all: the assumed list size.
    expect(meet('query($n: Int) { personen(eerste: $n) { id } }').kosten).toBe(1 + 10);
    expect(meet('{ persoon(id: 1) { vrienden(first: 2) { id } } }').kosten).toBe(1 + 1 + 2);
  });

  it('een pagina (geen lijst, wel eerste) geeft haar grootte aan de lijst erin, niet aan totaal', () => {
    expect(meet('{ pagina(eerste: 4) { items { id } totaal } }')).toEqual({
      diepte: 3,
      kosten: 1 + 1 + 4 + 1,
    });
    // The schema's default page size (25).
    expect(meet('{ pagina { items { id } } }').kosten).toBe(1 + 1 + 25);
  });

  it('fragmenten worden uitgevouwen waar ze staan; @skip/@include tellen als de waarde bekend is', () => {
    const q = `query($met: Boolean!) {
      persoon(id: 1) { ...P  signalen @include(if: $met) { id } }
    }
    fragment P on Persoon { id naam ... on Persoon { vrienden(first: 3) { id } } }`;
    expect(meet(q, { met: false })).toEqual({ diepte: 3, kosten: 1 + 2 + 1 + 3 });
    expect(meet(q, { met: true }).kosten).toBe(1 + 2 + 1 + 3 + 1 + 10);
    // Unknown condition: counted (an upper bound).
    expect(meet(q).kosten).toBe(1 + 2 + 1 + 3 + 1 + 10);
    expect(meet('{ persoon(id: 1) { id naam @skip(if: true) } }').kosten).toBe(2);
  });

  it('aliassen tellen elk apart (alias-vermenigvuldiging wordt duur)', () => {
    const velden = Array.from({ length: 50 }, (_, i) => `a${i}: personen(eerste: 100) { id }`).join(' ');
    expect(meet(`{ ${velden} }`).kosten).toBe(50 * (1 + 100));
  });

  it('lineair in de documentgrootte: een fragmentketen die zich verdubbelt wordt niet opnieuw doorlopen', () => {
    const n = 40;
    const fragmenten = Array.from({ length: n }, (_, i) =>
      i === n - 1
        ? `fragment F${i} on Persoon { id }`
        : `fragment F${i} on Persoon { ...F${i + 1} ...F${i + 1} }`,
    ).join('\n');
    const start = Date.now();
    const m = meet(`{ persoon(id: 1) { ...F0 } } ${fragmenten}`);
    expect(Date.now() - start).toBeLessThan(1000);
    expect(m.kosten).toBe(1 + 2 ** (n - 1));
  });

  it('de limietfout noemt de limiet en de gemeten waarde, met een code', () => {
    const diep = limietFout('diepte', 14, 10);
    expect(diep.message).toContain('diepte 14');
    expect(diep.message).toContain('limiet is 10');
    expect(diep.extensions).toMatchObject({ code: 'TE_DIEP', diepte: 14, limiet: 10 });
    expect(limietFout('kosten', 900_000, 500_000).extensions).toMatchObject({
      code: 'TE_COMPLEX',
      kosten: 900_000,
      limiet: 500_000,
    });
  });
});

// ------------------------------------------------------------------------- the console's operations

function graphqlBestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return graphqlBestanden(pad);
    return pad.endsWith('.graphql.ts') ? [pad] : [];
  });
}

/**
 * Every operation in the console's `gql` documents with the fragments it uses. Interpolations
 * (`${FRAGMENT}`) are stripped; fragment definitions are collected across all files.
 */
function consoleOperaties(): {
  naam: string;
  document: DocumentNode;
  operatie: OperationDefinitionNode;
}[] {
  const fragmenten = new Map<string, FragmentDefinitionNode>();
  const operaties: OperationDefinitionNode[] = [];
  for (const bestand of graphqlBestanden(join(ROOT, 'apps', 'console', 'src'))) {
    for (const m of readFileSync(bestand, 'utf8').matchAll(/\bgql`([\s\S]*?)`/g)) {
      const bron = m[1].replace(/\$\{[^}]*\}/g, '');
      for (const d of parse(bron).definitions) {
        if (d.kind === Kind.FRAGMENT_DEFINITION) fragmenten.set(d.name.value, d);
        else if (d.kind === Kind.OPERATION_DEFINITION) operaties.push(d);
      }
    }
  }
  return operaties.map((operatie) => {
    const nodig = new Set<string>();
    const teDoen: DefinitionNode[] = [operatie];
    while (teDoen.length) {
      visit(teDoen.pop()!, {
        FragmentSpread(n) {
          if (nodig.has(n.name.value)) return;
          const f = fragmenten.get(n.name.value);
          if (!f)
            throw new Error(`fragment ${n.name.value} niet gevonden (operatie ${operatie.name?.value})`);
          nodig.add(n.name.value);
          teDoen.push(f);
        },
      });
    }
    return {
      naam: operatie.name?.value ?? '(naamloos)',
      operatie,
      document: {
        kind: Kind.DOCUMENT,
        definitions: [operatie, ...[...nodig].map((n) => fragmenten.get(n)!)],
      },
    };
  });
}

/**
 * The worst case the console can ask: every Int variable (page sizes) at 1000, the largest page any
 * service accepts, and every Boolean true (all @include'd parts).
 */
function slechtsteVariabelen(operatie: OperationDefinitionNode): Record<string, unknown> {
  const v: Record<string, unknown> = {};
  for (const d of operatie.variableDefinitions ?? []) {
    const type = d.type.kind === Kind.NON_NULL_TYPE ? d.type.type : d.type;
    if (type.kind !== Kind.NAMED_TYPE) continue;
    if (type.name.value === 'Int') v[d.variable.name.value] = 1000;
    if (type.name.value === 'Boolean') v[d.variable.name.value] = true;
  }
  return v;
}

function aantalTokens(tekst: string): number {
  const lexer = new Lexer(new Source(tekst));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

/** The query the benchmark measures (bench/ketenbeeld.mjs: VELDEN per service and WORTEL). */
function benchKetenbeeld(): string {
  const bron = readFileSync(join(ROOT, 'bench', 'ketenbeeld.mjs'), 'utf8');
  const blok = /const VELDEN = \{([\s\S]*?)\n\};/.exec(bron);
  const wortel = /const WORTEL = \{ planning: '([^']*)' \}/.exec(bron);
  if (!blok || !wortel) throw new Error('VELDEN/WORTEL niet gevonden in bench/ketenbeeld.mjs');
  const velden = [...blok[1].matchAll(/\w+: `([^`]*)`/g)].map((m) => m[1]);
  expect(velden).toHaveLength(4);
  // As the benchmark sends it: each subgraph's fields under its own alias of persoon(id) (in VELDEN's
  // order: signalen, casusregie, zsm, planning), like the console's query.
  const aliassen = ['persoon', 'kernteam: persoon', 'strafrecht: persoon', 'planning: persoon'];
  const delen = velden.map((v, i) => `${aliassen[i]}(id: $id) { id ${v} }`);
  return `query Ketenbeeld($id: ID!) { ${delen.join('\n')} ${wortel[1]} }`;
}

describe('de standaardlimieten laten elke query van de console ruim door', () => {
  const config = laadConfig('gateway', gatewayConfigSchema, {
    AUTH_ISSUER: 'x',
    AUTH_PUBLIC_KEY: 'x',
    SUBGRAAF_SIGNALEN_URL: 'http://a/graphql',
    SUBGRAAF_CASUSREGIE_URL: 'http://a/graphql',
    SUBGRAAF_ZSM_URL: 'http://a/graphql',
    SUBGRAAF_PLANNING_URL: 'http://a/graphql',
  });
  const operaties = consoleOperaties();
  /** Margin: the console stays under half of every limit. */
  const MARGE = 2;

  it('vindt de documenten van de console (waaronder query Ketenbeeld)', () => {
    expect(operaties.length).toBeGreaterThan(50);
    expect(operaties.map((o) => o.naam)).toContain('Ketenbeeld');
  });

  it.each(consoleOperaties().map((o) => [o.naam, o] as const))('%s', (_naam, o) => {
    const m = meetDefinitie(apiSchema, o.document, o.operatie, {
      variabelen: slechtsteVariabelen(o.operatie),
      lijstAanname: config.GRAPHQL_LIST_SIZE,
    });
    expect(m.diepte * MARGE).toBeLessThanOrEqual(config.GRAPHQL_MAX_DEPTH);
    expect(m.kosten * MARGE).toBeLessThanOrEqual(config.GRAPHQL_MAX_COST);
    // The document as sent: the operation with the fragments it uses.
    expect(aantalTokens(print(o.document)) * MARGE).toBeLessThanOrEqual(config.GRAPHQL_MAX_TOKENS);
    if (process.env.KOSTEN_RAPPORT)
      process.stdout.write(
        `KOSTEN ${o.naam} diepte=${m.diepte} kosten=${m.kosten} tokens=${aantalTokens(print(o.document))}\n`,
      );
  });

  it('query Ketenbeeld van de console en van bench/ketenbeeld.mjs: ver onder de limieten', () => {
    const ketenbeeld = operaties.find((o) => o.naam === 'Ketenbeeld')!;
    const console = meetDefinitie(apiSchema, ketenbeeld.document, ketenbeeld.operatie, {
      variabelen: { metKoppelen: true, metPlanning: true },
      lijstAanname: config.GRAPHQL_LIST_SIZE,
    });
    const bench = meetOperatie(apiSchema, parse(benchKetenbeeld()), {
      variabelen: { id: 'x' },
      lijstAanname: config.GRAPHQL_LIST_SIZE,
    });
    for (const m of [console, bench]) {
      expect(m.diepte).toBeLessThanOrEqual(5);
      expect(m.kosten * 10).toBeLessThanOrEqual(config.GRAPHQL_MAX_COST);
    }
    // The benchmark asks the same fields as the console.
    expect(bench).toEqual(console);
  });
});
