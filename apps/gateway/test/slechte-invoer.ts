import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  isLeafType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { connect } from 'node:net';
import type { Client } from 'pg';

/**
 * Generators for the bad-input suite (slechte-invoer.e2e.spec.ts): malformed values derived from the
 * committed API schema (GraphQL) and the services' OpenAPI documents (REST), each one change away
 * from a valid baseline, plus database snapshots to prove that a refused request wrote nothing.
 */

// ------------------------------------------------------------------------------------------ cases

/**
 * `weigeren`: the input is wrong; expect a clear 4xx that names the field, and no write.
 * `verdragen`: the input is odd but may be legitimate (an emoji or a quote in free text, a filter that
 * matches nothing): accepted, or a clear 4xx; never a 5xx. Accepted text must be stored as sent.
 */
export type Soort = 'weigeren' | 'verdragen';

export interface Verzoek {
  methode: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array;
  /** Send over a plain socket (header bytes exactly as given). */
  rauw?: boolean;
}

export interface Geval {
  /** `mutation registreerSignaal`, `query casus`, `POST /v1/signalen`. */
  operatie: string;
  /** What is wrong, readable: `invoer.personen.0.naam: 100 kB`. */
  wat: string;
  soort: Soort;
  /** The field the error must name (last name in the path); undefined for body-level problems. */
  veld?: string;
  /** Text that must be found in a database when a `verdragen` write was accepted. */
  marker?: string;
  verzoek: Verzoek;
  /** The signal batch endpoint: 200 with a problem per item. */
  perItem?: boolean;
}

// ------------------------------------------------------------------------------------ value sets

export const KB100 = 'x'.repeat(100 * 1024);
export const MB1 = 'y'.repeat(1024 * 1024);

/** Strings that cannot be stored as sent (PostgreSQL text refuses NUL; UTF-8 has no lone surrogates). */
export const ONOPSLAGBAAR: Record<string, string> = {
  'losse surrogaat \\ud800': 'Test \ud800 tekst',
  'NUL \\u0000': 'Test \u0000 tekst',
};

/** Unicode that is valid text: accepted (stored exactly) or refused by a format rule. */
export const UNICODE: Record<string, string> = {
  'RTL-override \\u202e': 'Test \u202e tekst',
  'zero-width joiner': 'Test \u{1F468}\u200d\u{1F469}\u200d\u{1F467} tekst',
  emoji: 'Test \u{1F693}\u{1F525} tekst',
  'combinerende tekens': 'Test e\u0301\u0308\u0323 tekst',
};

export const INJECTIE: Record<string, string> = {
  'SQL-injectie': "'; DROP TABLE signaal; --",
  'HTML-script': '<script>alert(1)</script>',
  'template-expressie': '{{7*7}}',
  'JNDI-lookup': '${jndi:ldap://x}',
  'pad-traversal': '../../etc/passwd',
};

/**
 * The text cases sent per String position: each string above, grouped into three values so that the
 * run stays short (every string still reaches every field; a failure names the group and shows the
 * value). Unicode together, and the injections in two groups that fit most length limits.
 */
export const TEKSTGEVALLEN: Record<string, string> = {
  'unicode (RTL-override, ZWJ, emoji, combinerende tekens)': Object.values(UNICODE)
    .map((t) => t.replace(/^Test | tekst$/g, ''))
    .join(' '),
  'injectie (SQL, HTML)': `${INJECTIE['SQL-injectie']} ${INJECTIE['HTML-script']}`,
  'injectie (template, JNDI, pad)': `${INJECTIE['template-expressie']} ${INJECTIE['JNDI-lookup']} ${INJECTIE['pad-traversal']}`,
};

export const ONMOGELIJKE_DATA = ['2026-02-30', '0000-00-00', '9999-99-99T99:99'];

/** A valid UUID that exists nowhere (a fresh one per case: one accepted by mistake cannot leak into the next). */
export const onbekendeUuid = () => randomUUID();

/** `{"a":{"a":…}}` nested `diepte` levels. */
export function diepGenest(diepte: number): unknown {
  let v: unknown = 'bodem';
  for (let i = 0; i < diepte; i++) v = { a: v };
  return v;
}

let markerTeller = 0;
/** A unique, searchable prefix for text that may be stored (so the suite can find it again). */
function gemarkeerd(tekst: string): { waarde: string; marker: string } {
  const waarde = `KBSI${++markerTeller}X ${tekst}`;
  return { waarde, marker: waarde };
}

// ----------------------------------------------------------------------------- date-like fields

const DATUMNAMEN =
  /^(van|tot|op|datum|vanaf|aanmelding|geboortedatum|start|eind|begin|deadline|geplandOp|gepland|werkelijk|afspraakOp|akkoordOp|aanhoudingOp|besluitOp|vrijlatingOp|maand|week|vanafWeek|vervaltVoor|tijdstip\w*)$/;

export type Datumsoort = 'datum' | 'tijdstip' | 'maand' | 'week' | 'tijd';

/** What kind of date or time a String field holds, from its description or name (undefined: none). */
export function datumsoort(
  naam: string,
  beschrijving?: string | null,
  format?: string,
): Datumsoort | undefined {
  const b = beschrijving ?? '';
  if (format === 'date') return 'datum';
  if (format === 'date-time') return 'tijdstip';
  if (/UU:MM/.test(b)) return 'tijd';
  if (/JJJJ-Www/.test(b) || /week$/i.test(naam)) return 'week';
  if (/JJJJ-MM-DD/.test(b)) return 'datum';
  if (/ISO-8601/.test(b)) return 'tijdstip';
  if (naam === 'maand') return 'maand';
  if (/^(begin|eind)$/.test(naam) && !format) return undefined;
  if (!DATUMNAMEN.test(naam)) return undefined;
  if (/(Op|tijdstip\w*|start|eind|deadline|vervaltVoor)$/.test(naam)) return 'tijdstip';
  return 'datum';
}

// ------------------------------------------------------------------------------------ baselines

export type Pad = (string | number)[];
const WEG = Symbol('weg');
/** A JSON value as the generators handle it, or WEG (left out). */
type Waarde = unknown;

/** Values for required scalars by name: what the generic baseline fills in. */
export interface Hints {
  /** Real ids by field/argument name (persoonId, casusId, …). */
  ids: Record<string, string>;
  locatie: string;
  vandaag: string;
}

export function datumWaarde(soort: Datumsoort, h: Hints): string {
  switch (soort) {
    case 'datum':
      return h.vandaag;
    case 'tijdstip':
      return new Date(Date.now() + 86_400_000).toISOString();
    case 'maand':
      return h.vandaag.slice(0, 7);
    case 'week': {
      const d = new Date(`${h.vandaag}T00:00:00Z`);
      const dag = d.getUTCDay() || 7;
      d.setUTCDate(d.getUTCDate() + 4 - dag);
      const jaarStart = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
      const week = Math.ceil(((d.getTime() - jaarStart.getTime()) / 86_400_000 + 1) / 7);
      return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
    }
    case 'tijd':
      return '09:00';
  }
}

export class GeenBasiswaarde extends Error {}

function scalairBasis(naam: string, typeNaam: string, beschrijving: string | null | undefined, h: Hints) {
  switch (typeNaam) {
    case 'ID': {
      const id = h.ids[naam];
      if (!id) throw new GeenBasiswaarde(`geen id voor '${naam}' in de seed: geef een expliciete basislijn`);
      return id;
    }
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'String': {
      const d = datumsoort(naam, beschrijving);
      if (d) return datumWaarde(d, h);
      if (/^(locatie|locatieCode|verblijfLocatie)$/.test(naam)) return h.locatie;
      if (/^(reden|omschrijving|tekst|toelichting|titel)$/.test(naam))
        return 'Basislijn van de slechte-invoertest';
      if (naam === 'naam') return 'Test Persoon';
      return 'basis';
    }
    default:
      throw new GeenBasiswaarde(`geen basiswaarde voor scalar ${typeNaam} ('${naam}')`);
  }
}

/** A minimal valid value for a GraphQL input type: required fields only, filled from hints. */
export function minimaal(
  type: GraphQLInputType,
  naam: string,
  beschrijving: string | null | undefined,
  h: Hints,
): Waarde {
  const t = isNonNullType(type) ? type.ofType : type;
  if (isListType(t)) return [minimaal(t.ofType, naam, beschrijving, h)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) return scalairBasis(naam, t.name, beschrijving, h);
  if (isInputObjectType(t)) {
    const o: Record<string, Waarde> = {};
    for (const f of Object.values(t.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined)
        o[f.name] = minimaal(f.type, f.name, f.description, h);
    }
    return o;
  }
  throw new GeenBasiswaarde(`onbekend invoertype voor '${naam}'`);
}

// ------------------------------------------------------------------------ GraphQL case generation

export interface GqlOperatie {
  soort: 'mutation' | 'query';
  veld: GraphQLField<unknown, unknown>;
}

export function operatieSleutel(op: GqlOperatie): string {
  return `${op.soort} ${op.veld.name}`;
}

/** The document for an operation: every argument as a variable of its declared type. */
export function gqlDocument(op: GqlOperatie, extraArgument?: string): string {
  // An argument with a default may be left out: its variable is nullable (allowed in that position).
  const decl = op.veld.args.map(
    (a) =>
      `$${a.name}: ${String(a.defaultValue !== undefined && isNonNullType(a.type) ? a.type.ofType : a.type)}`,
  );
  const args = op.veld.args.map((a) => `${a.name}: $${a.name}`);
  if (extraArgument) {
    decl.push(`$${extraArgument}: String`);
    args.push(`${extraArgument}: $${extraArgument}`);
  }
  const selectie = isLeafType(getNamedType(op.veld.type)) ? '' : ' { __typename }';
  const v = decl.length ? `(${decl.join(', ')})` : '';
  const a = args.length ? `(${args.join(', ')})` : '';
  return `${op.soort} SlechteInvoer${v} { ${op.veld.name}${a}${selectie} }`;
}

interface Positie {
  pad: Pad;
  naam: string;
  type: GraphQLInputType;
  beschrijving?: string | null;
  /** The value here in the baseline (generated when the baseline leaves it out). */
  waarde: Waarde;
  /** The whole argument object with this position set to `v` (WEG: left out). */
  bouw: (v: Waarde) => Record<string, Waarde>;
}

function* posities(
  pad: Pad,
  naam: string,
  type: GraphQLInputType,
  beschrijving: string | null | undefined,
  waarde: Waarde,
  bouw: Positie['bouw'],
  h: Hints,
  diepte = 0,
): Generator<Positie> {
  yield { pad, naam, type, beschrijving, waarde, bouw };
  if (diepte > 5) return;
  const t = isNonNullType(type) ? type.ofType : type;
  if (isInputObjectType(t)) {
    const obj = (
      waarde && typeof waarde === 'object' ? waarde : minimaal(t, naam, beschrijving, h)
    ) as Record<string, Waarde>;
    for (const f of Object.values(t.getFields())) {
      const hier = obj[f.name] ?? safeMinimaal(f.type, f.name, f.description, h);
      if (hier === WEG) continue;
      yield* posities(
        [...pad, f.name],
        f.name,
        f.type,
        f.description,
        hier,
        (v) => {
          const kopie = { ...obj };
          if (v === WEG) delete kopie[f.name];
          else kopie[f.name] = v;
          return bouw(kopie);
        },
        h,
        diepte + 1,
      );
    }
  } else if (isListType(t)) {
    const lijst =
      Array.isArray(waarde) && waarde.length ? waarde : [safeMinimaal(t.ofType, naam, beschrijving, h)];
    if (lijst[0] === WEG) return;
    yield* posities(
      [...pad, 0],
      naam,
      t.ofType,
      beschrijving,
      lijst[0],
      (v) => bouw(v === WEG ? lijst.slice(1) : [v, ...lijst.slice(1)]),
      h,
      diepte + 1,
    );
  }
}

/**
 * minimaal(), or when no baseline value can be made: undefined for a scalar (its bad values need no
 * baseline), WEG for an object or list (nothing to put the bad value in).
 */
function safeMinimaal(
  type: GraphQLInputType,
  naam: string,
  beschrijving: string | null | undefined,
  h: Hints,
) {
  try {
    return minimaal(type, naam, beschrijving, h);
  } catch (e) {
    if (!(e instanceof GeenBasiswaarde)) throw e;
    return isLeafType(getNamedType(type)) ? undefined : WEG;
  }
}

interface WaardeGeval {
  wat: string;
  soort: Soort;
  waarde: Waarde;
  marker?: string;
  /** Body-level: the error need not name the field (1 MB bodies meet the body limit first). */
  lichaam?: boolean;
}

/** The bad values for one position of a GraphQL input, from its type. */
function waardeGevallen(p: Positie, eersteTekst: { gedaan: boolean }): WaardeGeval[] {
  const g: WaardeGeval[] = [];
  const nonNull = isNonNullType(p.type);
  const t = isNonNullType(p.type) ? p.type.ofType : p.type;
  const inLijst = typeof p.pad[p.pad.length - 1] === 'number';
  if (nonNull) {
    // A list item cannot be left out (that is just a shorter list); it can be null.
    if (!inLijst) g.push({ wat: 'ontbreekt', soort: 'weigeren', waarde: WEG });
    g.push({ wat: 'null', soort: 'weigeren', waarde: null });
  }
  if (isListType(t)) {
    if (isNonNullType(t.ofType)) g.push({ wat: '[null]', soort: 'weigeren', waarde: [null] });
    g.push({ wat: 'object in plaats van lijst', soort: 'weigeren', waarde: { onbekend: 1 } });
    g.push({ wat: 'lege lijst', soort: 'verdragen', waarde: [] });
    g.push({
      wat: '1000 elementen',
      soort: 'verdragen',
      waarde: Array.from({ length: 1000 }, () =>
        Array.isArray(p.waarde) ? (p.waarde as unknown[])[0] : undefined,
      ),
    });
    return g;
  }
  if (isInputObjectType(t)) {
    const basis = (p.waarde && typeof p.waarde === 'object' ? p.waarde : {}) as Record<string, Waarde>;
    g.push({ wat: 'onbekend extra veld', soort: 'weigeren', waarde: { ...basis, onbekendVeld: 'x' } });
    g.push({ wat: 'tekst in plaats van object', soort: 'weigeren', waarde: 'geen object' });
    g.push({ wat: 'lijst in plaats van object', soort: 'weigeren', waarde: [basis, basis] });
    g.push({ wat: '1000 niveaus diep genest', soort: 'weigeren', waarde: diepGenest(1000) });
    return g;
  }
  if (isEnumType(t)) {
    const eerste = t.getValues()[0].value as string;
    g.push({ wat: 'onbekende enumwaarde', soort: 'weigeren', waarde: 'ONBEKENDE_WAARDE' });
    g.push({ wat: 'enumwaarde in kleine letters', soort: 'weigeren', waarde: eerste.toLowerCase() });
    g.push({ wat: 'SQL-injectie als enum', soort: 'weigeren', waarde: INJECTIE['SQL-injectie'] });
    return g;
  }
  if (!isScalarType(t)) return g;
  const objectVoorScalar: WaardeGeval = { wat: 'object voor scalar', soort: 'weigeren', waarde: { a: 1 } };
  switch (t.name) {
    case 'Int':
      g.push(
        { wat: 'tekst voor Int', soort: 'weigeren', waarde: '1' },
        { wat: 'breuk voor Int', soort: 'weigeren', waarde: 1.5 },
        { wat: '2^31 (buiten Int)', soort: 'weigeren', waarde: 2 ** 31 },
        { wat: "'NaN' voor Int", soort: 'weigeren', waarde: 'NaN' },
        { wat: 'negatief (-1)', soort: 'weigeren', waarde: -1 },
        { wat: 'minimum Int', soort: 'weigeren', waarde: -(2 ** 31) },
        { wat: 'maximum Int', soort: 'verdragen', waarde: 2 ** 31 - 1 },
        { wat: 'nul', soort: 'verdragen', waarde: 0 },
        objectVoorScalar,
      );
      break;
    case 'Float':
      g.push(
        { wat: 'tekst voor Float', soort: 'weigeren', waarde: '1.5' },
        { wat: "'NaN' voor Float", soort: 'weigeren', waarde: 'NaN' },
        { wat: '1e308', soort: 'weigeren', waarde: 1e308 },
        { wat: '-1e308', soort: 'weigeren', waarde: -1e308 },
      );
      break;
    case 'Boolean':
      g.push(
        { wat: "'true' als tekst", soort: 'weigeren', waarde: 'true' },
        { wat: '1 voor Boolean', soort: 'weigeren', waarde: 1 },
      );
      break;
    case 'ID':
      g.push(
        { wat: 'geen UUID', soort: 'weigeren', waarde: 'geen-uuid' },
        { wat: 'lege tekst', soort: 'weigeren', waarde: '' },
        { wat: 'onbekende UUID', soort: 'weigeren', waarde: onbekendeUuid() },
        { wat: 'getal als ID', soort: 'weigeren', waarde: 12345 },
        {
          wat: 'UUID in hoofdletters met spaties',
          soort: 'weigeren',
          waarde: ` ${onbekendeUuid().toUpperCase()} `,
        },
        { wat: '100 kB', soort: 'weigeren', waarde: KB100 },
        ...Object.entries(ONOPSLAGBAAR).map(([wat, v]) => ({ wat, soort: 'weigeren' as const, waarde: v })),
        ...Object.entries(TEKSTGEVALLEN).map(([wat, v]) => ({ wat, soort: 'weigeren' as const, waarde: v })),
        objectVoorScalar,
      );
      break;
    case 'String': {
      g.push(
        { wat: 'getal voor String', soort: 'weigeren', waarde: 12345 },
        objectVoorScalar,
        { wat: '100 kB', soort: 'weigeren', waarde: KB100 },
        ...Object.entries(ONOPSLAGBAAR).map(([wat, v]) => ({ wat, soort: 'weigeren' as const, waarde: v })),
        { wat: 'lege tekst', soort: nonNull ? 'weigeren' : 'verdragen', waarde: '' },
        { wat: 'alleen spaties', soort: nonNull ? 'weigeren' : 'verdragen', waarde: '   ' },
      );
      if (!eersteTekst.gedaan) {
        eersteTekst.gedaan = true;
        g.push({ wat: '1 MB', soort: 'weigeren', waarde: MB1, lichaam: true });
      }
      const d = datumsoort(p.naam, p.beschrijving);
      if (d) {
        for (const o of ONMOGELIJKE_DATA)
          g.push({ wat: `onmogelijke datum ${o}`, soort: 'weigeren', waarde: o });
      }
      for (const [wat, v] of Object.entries(TEKSTGEVALLEN)) {
        const m = gemarkeerd(v);
        g.push({ wat, soort: d ? 'weigeren' : 'verdragen', waarde: m.waarde, marker: m.marker });
      }
      break;
    }
    default:
      g.push(objectVoorScalar);
  }
  return g;
}

/** Every case of one GraphQL operation, one change away from `basis`. */
export function gqlGevallen(
  op: GqlOperatie,
  basis: Record<string, Waarde>,
  url: string,
  headers: Record<string, string>,
  h: Hints,
): Geval[] {
  const sleutel = operatieSleutel(op);
  const doc = gqlDocument(op);
  const uit: Geval[] = [];
  const verzoek = (variables: Record<string, Waarde>, document = doc): Verzoek => ({
    methode: 'POST',
    url,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: document, variables }),
  });
  const eersteTekst = { gedaan: false };
  for (const arg of op.veld.args as GraphQLArgument[]) {
    const hier = basis[arg.name] ?? safeMinimaal(arg.type, arg.name, arg.description, h);
    if (hier === WEG) continue;
    const bouwArg = (v: Waarde) => {
      const kopie = { ...basis };
      if (v === WEG) delete kopie[arg.name];
      else kopie[arg.name] = v;
      return kopie;
    };
    for (const p of posities([arg.name], arg.name, arg.type, arg.description, hier, bouwArg, h)) {
      for (const w of waardeGevallen(p, eersteTekst)) {
        // Leaving out an argument that has a default is valid.
        if (w.waarde === WEG && p.pad.length === 1 && arg.defaultValue !== undefined) continue;
        // Queries read: a filter that matches nothing is an answer, not an error.
        const soort: Soort =
          op.soort === 'query' &&
          w.soort === 'weigeren' &&
          !schemaFout(p, w) &&
          !w.wat.startsWith('onmogelijke')
            ? 'verdragen'
            : w.soort;
        uit.push({
          operatie: sleutel,
          wat: `${p.pad.join('.')}: ${w.wat}`,
          soort,
          veld: w.lichaam ? undefined : String(p.pad.filter((x) => typeof x === 'string').pop()),
          marker: op.soort === 'mutation' ? w.marker : undefined,
          verzoek: verzoek(p.bouw(w.waarde)),
        });
      }
    }
  }
  uit.push({
    operatie: sleutel,
    wat: 'onbekend argument',
    soort: 'weigeren',
    veld: 'onbekendArgument',
    verzoek: verzoek({ ...basis, onbekendArgument: 'x' }, gqlDocument(op, 'onbekendArgument')),
  });
  return uit;
}

/** Whether graphql-js itself refuses this value (type, nullability, unknown field): refused for queries too. */
function schemaFout(p: Positie, w: WaardeGeval): boolean {
  if (w.waarde === WEG || w.waarde === null) return isNonNullType(p.type);
  const t = getNamedType(p.type);
  if (isInputObjectType(t) || isEnumType(t)) return true;
  const v = w.waarde;
  if (typeof v === 'object') return true;
  switch (t.name) {
    case 'Int':
      return typeof v !== 'number' || !Number.isInteger(v) || v > 2 ** 31 - 1 || v < -(2 ** 31);
    case 'Float':
      return typeof v !== 'number';
    case 'Boolean':
      return typeof v !== 'boolean';
    case 'ID':
      return typeof v !== 'string' && !(typeof v === 'number' && Number.isInteger(v));
    case 'String':
      return typeof v !== 'string';
    default:
      return false;
  }
}

// --------------------------------------------------------------------------- REST (OpenAPI) cases

/** The part of JSON Schema that zod's toJSONSchema produces for these APIs. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  description?: string;
}

export interface RestOperatie {
  sleutel: string;
  methode: string;
  /** Path template with {param}. */
  pad: string;
  padParameters: { naam: string; schema: JsonSchema }[];
  headerParameters: { naam: string; schema: JsonSchema }[];
  body?: JsonSchema;
}

/** The operations of an OpenAPI document, with $refs resolved. */
export function restOperaties(doc: {
  servers?: { url: string }[];
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string; schema: JsonSchema }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components?: { schemas?: Record<string, JsonSchema> };
}): RestOperatie[] {
  const los = (s: JsonSchema): JsonSchema => {
    if (s.$ref) {
      const naam = s.$ref.replace('#/components/schemas/', '');
      const doel = doc.components?.schemas?.[naam];
      if (!doel) throw new Error(`onbekende $ref ${s.$ref}`);
      return los(doel);
    }
    return s;
  };
  const prefix = doc.servers?.[0]?.url ?? '';
  const uit: RestOperatie[] = [];
  for (const [pad, methoden] of Object.entries(doc.paths)) {
    for (const [methode, o] of Object.entries(methoden)) {
      const vol = pad.startsWith(prefix) ? pad : `${prefix}${pad}`;
      const body = o.requestBody?.content['application/json']?.schema;
      uit.push({
        sleutel: `${methode.toUpperCase()} ${vol}`,
        methode: methode.toUpperCase(),
        pad: vol,
        padParameters: (o.parameters ?? [])
          .filter((p) => p.in === 'path')
          .map((p) => ({ naam: p.name, schema: p.schema })),
        headerParameters: (o.parameters ?? [])
          .filter((p) => p.in === 'header')
          .map((p) => ({ naam: p.name, schema: p.schema })),
        body: body ? los(body) : undefined,
      });
    }
  }
  // Resolve refs inside the body schema too (items of a batch).
  const diep = (s: JsonSchema): JsonSchema => {
    const r = los(s);
    return {
      ...r,
      ...(r.properties
        ? { properties: Object.fromEntries(Object.entries(r.properties).map(([k, v]) => [k, diep(v)])) }
        : {}),
      ...(r.items ? { items: diep(r.items) } : {}),
      ...(r.anyOf ? { anyOf: r.anyOf.map(diep) } : {}),
    };
  };
  return uit.map((o) => ({ ...o, body: o.body ? diep(o.body) : undefined }));
}

function schemaType(s: JsonSchema): string | undefined {
  if (s.anyOf) return schemaType(s.anyOf.find((x) => x.type !== 'null') ?? {});
  if (s.enum) return 'enum';
  return Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
}

/** A minimal valid JSON value for a schema (required properties only), from hints. */
export function jsonMinimaal(s: JsonSchema, naam: string, h: Hints): Waarde {
  if (s.anyOf) return jsonMinimaal(s.anyOf.find((x) => x.type !== 'null') ?? {}, naam, h);
  if (s.default !== undefined) return s.default;
  if (s.enum) return s.enum[0];
  switch (schemaType(s)) {
    case undefined:
      throw new GeenBasiswaarde(`geen type voor '${naam}'`);
    case 'object': {
      const o: Record<string, Waarde> = {};
      for (const r of s.required ?? []) o[r] = jsonMinimaal(s.properties?.[r] ?? {}, r, h);
      return o;
    }
    case 'array':
      return [jsonMinimaal(s.items ?? {}, naam, h)];
    case 'integer':
    case 'number':
      return s.minimum ?? 1;
    case 'boolean':
      return false;
    case 'string': {
      if (s.format === 'uuid') {
        const id = h.ids[naam];
        if (!id) throw new GeenBasiswaarde(`geen id voor '${naam}'`);
        return id;
      }
      const d = datumsoort(naam, s.description, s.format);
      if (d) return datumWaarde(d, h);
      if (/^(locatie|locatieCode)$/.test(naam)) return h.locatie;
      return 'basis';
    }
    default:
      throw new GeenBasiswaarde(`geen basiswaarde voor '${naam}'`);
  }
}

interface JsonPositie {
  pad: Pad;
  naam: string;
  schema: JsonSchema;
  verplicht: boolean;
  waarde: Waarde;
  bouw: (v: Waarde) => Waarde;
}

function* jsonPosities(
  pad: Pad,
  naam: string,
  schema: JsonSchema,
  verplicht: boolean,
  waarde: Waarde,
  bouw: JsonPositie['bouw'],
  h: Hints,
): Generator<JsonPositie> {
  if (pad.length) yield { pad, naam, schema, verplicht, waarde, bouw };
  const s = schema.anyOf ? (schema.anyOf.find((x) => x.type !== 'null') ?? {}) : schema;
  const t = schemaType(s);
  if (t === 'object' && s.properties) {
    const obj = (
      waarde && typeof waarde === 'object' && !Array.isArray(waarde) ? waarde : jsonMinimaal(s, naam, h)
    ) as Record<string, Waarde>;
    for (const [k, sub] of Object.entries(s.properties)) {
      let hier: Waarde = obj[k];
      if (hier === undefined) {
        try {
          hier = jsonMinimaal(sub, k, h);
        } catch (e) {
          if (e instanceof GeenBasiswaarde) continue;
          throw e;
        }
      }
      yield* jsonPosities(
        [...pad, k],
        k,
        sub,
        (s.required ?? []).includes(k),
        hier,
        (v) => {
          const kopie = { ...obj };
          if (v === WEG) delete kopie[k];
          else kopie[k] = v;
          return bouw(kopie);
        },
        h,
      );
    }
  } else if (t === 'array' && s.items) {
    const lijst = Array.isArray(waarde) && waarde.length ? waarde : [jsonMinimaal(s.items, naam, h)];
    yield* jsonPosities(
      [...pad, 0],
      naam,
      s.items,
      true,
      lijst[0],
      (v) => bouw(v === WEG ? lijst.slice(1) : [v, ...lijst.slice(1)]),
      h,
    );
  }
}

function jsonWaardeGevallen(p: JsonPositie, eersteTekst: { gedaan: boolean }): WaardeGeval[] {
  const g: WaardeGeval[] = [];
  const s = p.schema.anyOf ? (p.schema.anyOf.find((x) => x.type !== 'null') ?? {}) : p.schema;
  const nullbaar = !!p.schema.anyOf?.some((x) => x.type === 'null');
  const t = schemaType(s);
  if (p.verplicht && typeof p.pad[p.pad.length - 1] === 'string')
    g.push({ wat: 'ontbreekt', soort: 'weigeren', waarde: WEG });
  if (!nullbaar) g.push({ wat: 'null', soort: 'weigeren', waarde: null });
  const objectVoorScalar: WaardeGeval = { wat: 'object voor scalar', soort: 'weigeren', waarde: { a: 1 } };
  const lijstVoorScalar: WaardeGeval = { wat: 'lijst voor scalar', soort: 'weigeren', waarde: ['a'] };
  switch (t) {
    case undefined:
      break;
    case 'object':
      g.push(
        {
          wat: 'onbekend extra veld',
          soort: 'weigeren',
          waarde: { ...(p.waarde as object), onbekendVeld: 'x' },
        },
        { wat: 'lijst in plaats van object', soort: 'weigeren', waarde: [p.waarde] },
        { wat: 'tekst in plaats van object', soort: 'weigeren', waarde: 'geen object' },
        { wat: '1000 niveaus diep genest', soort: 'weigeren', waarde: diepGenest(1000) },
      );
      break;
    case 'array':
      g.push(
        { wat: 'object in plaats van lijst', soort: 'weigeren', waarde: { a: 1 } },
        { wat: 'tekst in plaats van lijst', soort: 'weigeren', waarde: 'geen lijst' },
        { wat: 'lege lijst', soort: (s.minItems ?? 0) > 0 ? 'weigeren' : 'verdragen', waarde: [] },
      );
      if (s.maxItems !== undefined)
        g.push({
          wat: `${s.maxItems + 1} elementen (boven maxItems)`,
          soort: 'weigeren',
          waarde: Array.from({ length: s.maxItems + 1 }, () => (p.waarde as unknown[])[0]),
        });
      break;
    case 'enum':
      g.push(
        { wat: 'onbekende enumwaarde', soort: 'weigeren', waarde: 'ONBEKENDE_WAARDE' },
        {
          wat: 'enumwaarde in kleine letters',
          soort: 'weigeren',
          waarde: String((s.enum ?? [''])[0]).toLowerCase(),
        },
        { wat: 'getal voor enum', soort: 'weigeren', waarde: 1 },
        { wat: 'SQL-injectie als enum', soort: 'weigeren', waarde: INJECTIE['SQL-injectie'] },
      );
      break;
    case 'integer':
    case 'number':
      g.push(
        { wat: 'tekst voor getal', soort: 'weigeren', waarde: '1' },
        { wat: 'boolean voor getal', soort: 'weigeren', waarde: true },
        { wat: '1e308', soort: 'weigeren', waarde: 1e308 },
        { wat: '-1e308', soort: 'weigeren', waarde: -1e308 },
        objectVoorScalar,
      );
      if (t === 'integer') g.push({ wat: 'breuk voor integer', soort: 'weigeren', waarde: 1.5 });
      break;
    case 'boolean':
      g.push(
        { wat: "'true' als tekst", soort: 'weigeren', waarde: 'true' },
        { wat: '1 voor boolean', soort: 'weigeren', waarde: 1 },
        objectVoorScalar,
      );
      break;
    case 'string': {
      const vorm = !!(s.format || s.pattern);
      g.push(
        { wat: 'getal voor tekst', soort: 'weigeren', waarde: 12345 },
        { wat: 'boolean voor tekst', soort: 'weigeren', waarde: true },
        objectVoorScalar,
        lijstVoorScalar,
        { wat: '100 kB', soort: 'weigeren', waarde: KB100 },
        ...Object.entries(ONOPSLAGBAAR).map(([wat, v]) => ({ wat, soort: 'weigeren' as const, waarde: v })),
        {
          wat: 'lege tekst',
          soort: p.verplicht || vorm || (s.minLength ?? 0) > 0 ? 'weigeren' : 'verdragen',
          waarde: '',
        },
      );
      if (!eersteTekst.gedaan) {
        eersteTekst.gedaan = true;
        g.push({ wat: '1 MB', soort: 'weigeren', waarde: MB1, lichaam: true });
      }
      const d = datumsoort(p.naam, s.description, s.format);
      if (d)
        for (const o of ONMOGELIJKE_DATA)
          g.push({ wat: `onmogelijke datum ${o}`, soort: 'weigeren', waarde: o });
      for (const [wat, v] of Object.entries(TEKSTGEVALLEN)) {
        const m = gemarkeerd(v);
        g.push({ wat, soort: vorm ? 'weigeren' : 'verdragen', waarde: m.waarde, marker: m.marker });
      }
      break;
    }
    default:
      break;
  }
  return g;
}

export interface RestContext {
  basisUrl: string;
  token: () => string;
  /** Headers every request carries (the purpose). */
  headers?: Record<string, string>;
  /** The endpoint is a read (a lookup): accepted text is not stored. */
  leest?: boolean;
}

/** Every case of one REST operation, one change away from the baseline. */
export function restGevallen(
  op: RestOperatie,
  basis: { pad: Record<string, string>; body?: Waarde; headers?: Record<string, string> },
  ctx: RestContext,
  h: Hints,
): Geval[] {
  const uit: Geval[] = [];
  const perItem = op.pad.endsWith('/batch');
  const url = (pad: Record<string, string>) =>
    ctx.basisUrl + op.pad.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(pad[n] ?? ''));
  const verzoek = (o: {
    pad?: Record<string, string>;
    body?: string | Uint8Array;
    headers?: Record<string, string>;
  }): Verzoek => ({
    methode: op.methode,
    url: url(o.pad ?? basis.pad),
    headers: {
      ...(op.body ? { 'content-type': 'application/json' } : {}),
      ...ctx.headers,
      ...basis.headers,
      authorization: `Bearer ${ctx.token()}`,
      ...o.headers,
    },
    body:
      op.methode === 'GET'
        ? undefined
        : (o.body ?? (basis.body === undefined ? undefined : JSON.stringify(basis.body))),
  });
  const geval = (wat: string, soort: Soort, veld: string | undefined, v: Verzoek, marker?: string) =>
    uit.push({
      operatie: op.sleutel,
      wat,
      soort,
      veld,
      verzoek: v,
      marker: ctx.leest ? undefined : marker,
      perItem,
    });

  // Path parameters.
  for (const p of op.padParameters) {
    const met = (w: string) => ({ ...basis.pad, [p.naam]: w });
    geval(`pad ${p.naam}: geen UUID`, 'weigeren', p.naam, verzoek({ pad: met('geen-uuid') }));
    geval(`pad ${p.naam}: onbekende UUID`, 'weigeren', p.naam, verzoek({ pad: met(onbekendeUuid()) }));
    geval(`pad ${p.naam}: 8 kB`, 'weigeren', p.naam, verzoek({ pad: met('z'.repeat(8 * 1024)) }));
    geval(`pad ${p.naam}: NUL`, 'weigeren', p.naam, verzoek({ pad: met('a\u0000b') }));
    for (const [wat, v] of Object.entries(TEKSTGEVALLEN))
      geval(`pad ${p.naam}: ${wat}`, 'weigeren', p.naam, verzoek({ pad: met(v) }));
    // A lone surrogate cannot be percent-encoded as UTF-8: send the raw bytes of one.
    uit.push({
      operatie: op.sleutel,
      wat: `pad ${p.naam}: ongeldige UTF-8 (%ED%A0%80)`,
      soort: 'weigeren',
      veld: undefined,
      verzoek: {
        ...verzoek({}),
        url: url(basis.pad).replace(encodeURIComponent(basis.pad[p.naam]), '%ED%A0%80'),
      },
    });
    uit.push({
      operatie: op.sleutel,
      wat: `pad ${p.naam}: ongeldige procentcodering (%E0%A4%A)`,
      soort: 'weigeren',
      veld: undefined,
      verzoek: {
        ...verzoek({}),
        url: url(basis.pad).replace(encodeURIComponent(basis.pad[p.naam]), '%E0%A4%A'),
      },
    });
  }

  // Header parameters (Idempotency-Key).
  for (const p of op.headerParameters) {
    const max = p.schema.maxLength ?? 255;
    geval(
      `header ${p.naam}: ${max + 1} tekens`,
      'weigeren',
      p.naam,
      verzoek({ headers: { [p.naam]: 'k'.repeat(max + 1) } }),
    );
    geval(`header ${p.naam}: stuurteken \\x01`, 'weigeren', p.naam, {
      ...verzoek({ headers: { [p.naam]: 'sleutel\x01b' } }),
      rauw: true,
    });
    geval(`header ${p.naam}: tab`, 'weigeren', p.naam, {
      ...verzoek({ headers: { [p.naam]: 'sleutel\tb' } }),
      rauw: true,
    });
    geval(`header ${p.naam}: DEL \\x7f`, 'weigeren', p.naam, {
      ...verzoek({ headers: { [p.naam]: 'sleutel\x7fb' } }),
      rauw: true,
    });
    geval(`header ${p.naam}: spatie`, 'weigeren', p.naam, verzoek({ headers: { [p.naam]: 'sleutel b' } }));
    geval(`header ${p.naam}: Latin-1 é`, 'weigeren', p.naam, {
      ...verzoek({ headers: { [p.naam]: 'sleutel\u00e9' } }),
      rauw: true,
    });
  }

  if (!op.body) return uit;

  // Body-level problems.
  const basisTekst = JSON.stringify(basis.body);
  geval('body: geen geldige JSON', 'weigeren', undefined, verzoek({ body: basisTekst.slice(0, -1) + ',' }));
  geval('body: leeg', 'weigeren', undefined, verzoek({ body: '' }));
  geval('body: JSON null', 'weigeren', undefined, verzoek({ body: 'null' }));
  geval('body: JSON-tekst', 'weigeren', undefined, verzoek({ body: '"tekst"' }));
  geval('body: lijst in plaats van object', 'weigeren', undefined, verzoek({ body: `[${basisTekst}]` }));
  geval(
    'body: Content-Type text/plain',
    'weigeren',
    undefined,
    verzoek({ headers: { 'content-type': 'text/plain' } }),
  );
  geval(
    'body: Content-Type application/x-www-form-urlencoded',
    'weigeren',
    undefined,
    verzoek({ headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
  );
  geval('body: geen Content-Type', 'weigeren', undefined, {
    ...verzoek({}),
    headers: { ...ctx.headers, authorization: `Bearer ${ctx.token()}` },
  });
  geval(
    'body: boven de limiet (6 MB)',
    'weigeren',
    undefined,
    verzoek({ body: JSON.stringify({ ...(basis.body as object), opvulling: 'p'.repeat(6 * 1024 * 1024) }) }),
  );
  geval(
    'body: 1000 niveaus diep genest',
    'weigeren',
    undefined,
    verzoek({ body: JSON.stringify(diepGenest(1000)) }),
  );
  geval(
    'body: 40.000 niveaus diep genest',
    'weigeren',
    undefined,
    verzoek({ body: '{"a":'.repeat(40_000) + '1' + '}'.repeat(40_000) }),
  );
  geval('body: BOM voor de JSON', 'verdragen', undefined, verzoek({ body: `\ufeff${basisTekst}` }));
  // Raw bytes that are no UTF-8 (ED A0 80 would be a lone surrogate) inside the first text value.
  const eersteTekstWaarde = /:"([^"]*)"/.exec(basisTekst);
  if (eersteTekstWaarde) {
    const i = eersteTekstWaarde.index + 2;
    geval(
      'body: ongeldige UTF-8 in een tekstwaarde',
      'verdragen',
      undefined,
      verzoek({
        body: Buffer.concat([
          Buffer.from(basisTekst.slice(0, i)),
          Buffer.from([0xed, 0xa0, 0x80, 0xff]),
          Buffer.from(basisTekst.slice(i)),
        ]),
      }),
    );
  }
  // Duplicated keys: JSON.parse keeps the last; a wrong last value must be refused, whatever came first.
  const sleutels = Object.keys(basis.body ?? {});
  if (sleutels.length) {
    const k = sleutels[0];
    const geldig = JSON.stringify((basis.body as Record<string, unknown>)[k]);
    const metOngeldig = JSON.stringify({ ...(basis.body as object), [k]: { a: 1 } });
    geval(
      `dubbele sleutel ${k}: geldig, dan ongeldig`,
      'weigeren',
      k,
      verzoek({ body: `{${JSON.stringify(k)}:${geldig},${metOngeldig.slice(1)}` }),
    );
    geval(
      `dubbele sleutel ${k}: ongeldig, dan geldig`,
      'verdragen',
      k,
      verzoek({ body: `{${JSON.stringify(k)}:{"a":1},${basisTekst.slice(1)}` }),
    );
  }
  geval(
    'body: onbekend veld __proto__',
    'weigeren',
    '__proto__',
    verzoek({ body: basisTekst.replace(/^\{/, '{"__proto__":{"admin":true},') }),
  );
  geval(
    'body: onbekend veld constructor',
    'weigeren',
    'constructor',
    verzoek({ body: basisTekst.replace(/^\{/, '{"constructor":{"prototype":{"x":1}},') }),
  );

  // Field by field.
  const eersteTekst = { gedaan: false };
  for (const p of jsonPosities([], '', op.body, true, basis.body, (v) => v, h)) {
    for (const w of jsonWaardeGevallen(p, eersteTekst)) {
      const body = p.bouw(w.waarde);
      geval(
        `${p.pad.join('.')}: ${w.wat}`,
        ctx.leest && w.soort === 'verdragen' ? 'verdragen' : w.soort,
        w.lichaam ? undefined : String(p.pad.filter((x) => typeof x === 'string').pop()),
        verzoek({ body: JSON.stringify(body) }),
        w.marker,
      );
    }
  }
  return uit;
}

/**
 * Body-level problems at the gateway's one GraphQL endpoint (once, not per operation): broken JSON,
 * duplicated keys, wrong content types, batching, GET mutations, huge and deeply nested bodies.
 * `geldig` is a valid operation whose first variable `veld` is an input object.
 */
export function gatewayGevallen(
  url: string,
  headers: Record<string, string>,
  geldig: { query: string; variables: Record<string, unknown> },
): Geval[] {
  const operatie = 'POST /graphql';
  const tekst = JSON.stringify(geldig);
  const [arg] = Object.keys(geldig.variables);
  const basisVerzoek = (
    body: string | undefined,
    extra: Record<string, string> = {},
    methode = 'POST',
    pad = '',
  ): Verzoek => ({
    methode,
    url: url + pad,
    headers: { 'content-type': 'application/json', ...headers, ...extra },
    body,
  });
  const g = (wat: string, soort: Soort, veld: string | undefined, verzoek: Verzoek): Geval => ({
    operatie,
    wat,
    soort,
    veld,
    verzoek,
  });
  const metOngeldig = JSON.stringify({ ...geldig.variables, [arg]: { onbekendVeld: 1 } });
  return [
    g('geen geldige JSON', 'weigeren', undefined, basisVerzoek(tekst.slice(0, -2))),
    g('lege body', 'weigeren', undefined, basisVerzoek('')),
    g('JSON null', 'weigeren', undefined, basisVerzoek('null')),
    g('JSON-tekst', 'weigeren', undefined, basisVerzoek('"tekst"')),
    g(
      'query ontbreekt',
      'weigeren',
      undefined,
      basisVerzoek(JSON.stringify({ variables: geldig.variables })),
    ),
    g('query is een getal', 'weigeren', undefined, basisVerzoek(JSON.stringify({ query: 42 }))),
    g(
      'variables is een lijst',
      'weigeren',
      undefined,
      basisVerzoek(JSON.stringify({ query: geldig.query, variables: [1] })),
    ),
    g(
      'variables is tekst',
      'weigeren',
      undefined,
      basisVerzoek(JSON.stringify({ query: geldig.query, variables: 'x' })),
    ),
    g(
      'query is geen GraphQL',
      'weigeren',
      undefined,
      basisVerzoek(JSON.stringify({ query: "'; DROP TABLE signaal; --" })),
    ),
    g(
      'query is 100 kB',
      'weigeren',
      undefined,
      basisVerzoek(JSON.stringify({ query: `{ ${'a '.repeat(50_000)} }` })),
    ),
    g(
      'query 200 niveaus diep',
      'weigeren',
      undefined,
      basisVerzoek(JSON.stringify({ query: `{ ${'a { '.repeat(200)}b${' }'.repeat(200)} }` })),
    ),
    g(
      'onbekende operationName',
      'weigeren',
      undefined,
      basisVerzoek(JSON.stringify({ ...geldig, operationName: 'Onbekend' })),
    ),
    g('batch (lijst van operaties)', 'weigeren', undefined, basisVerzoek(`[${tekst},${tekst}]`)),
    g(
      'Content-Type text/plain',
      'weigeren',
      undefined,
      basisVerzoek(tekst, { 'content-type': 'text/plain' }),
    ),
    g(
      'Content-Type form',
      'weigeren',
      undefined,
      basisVerzoek(tekst, { 'content-type': 'application/x-www-form-urlencoded' }),
    ),
    g(
      'mutatie via GET',
      'weigeren',
      undefined,
      basisVerzoek(
        undefined,
        { 'apollo-require-preflight': 'true' },
        'GET',
        `?query=${encodeURIComponent(geldig.query)}&variables=${encodeURIComponent(JSON.stringify(geldig.variables))}`,
      ),
    ),
    g(
      'boven de limiet (1 MB)',
      'weigeren',
      undefined,
      basisVerzoek(JSON.stringify({ ...geldig, extensions: { opvulling: MB1 } })),
    ),
    g(
      '1000 niveaus diep genest',
      'weigeren',
      arg,
      basisVerzoek(JSON.stringify({ ...geldig, variables: { [arg]: diepGenest(1000) } })),
    ),
    g(
      '40.000 niveaus diep genest',
      'weigeren',
      undefined,
      basisVerzoek(
        `{"query":${JSON.stringify(geldig.query)},"variables":{"${arg}":${'{"a":'.repeat(40_000)}1${'}'.repeat(40_000)}}}`,
      ),
    ),
    g(
      `dubbele sleutel ${arg}: geldig, dan ongeldig`,
      'weigeren',
      arg,
      basisVerzoek(
        `{"query":${JSON.stringify(geldig.query)},"variables":{${JSON.stringify(arg)}:${JSON.stringify(geldig.variables[arg])},${metOngeldig.slice(1)}}`,
      ),
    ),
    g(
      'dubbele sleutel query: geldig, dan ongeldig',
      'weigeren',
      undefined,
      basisVerzoek(
        `{"query":${JSON.stringify(geldig.query)},"query":"{ onbekendVeld }","variables":${JSON.stringify(geldig.variables)}}`,
      ),
    ),
  ];
}

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ----------------------------------------------------------------------------- sending, judging

export interface Antwoord {
  status: number;
  contentType: string;
  tekst: string;
  json?: any;
}

/** Placeholder for values that must differ per request (source references, idempotency keys). */
export const UNIEK = '__UNIEK__';
const uniek = (s: string) => s.replace(/__UNIEK__/g, () => randomUUID().slice(0, 13));

export async function stuur(v: Verzoek): Promise<Antwoord> {
  const headers = Object.fromEntries(Object.entries(v.headers).map(([k, w]) => [k, uniek(w)]));
  const body = typeof v.body === 'string' ? uniek(v.body) : v.body;
  if (v.rauw) return stuurRauw({ ...v, headers, body });
  const r = await fetch(v.url, { method: v.methode, headers, body });
  const tekst = await r.text();
  let json: unknown;
  try {
    json = tekst ? JSON.parse(tekst) : undefined;
  } catch {
    json = undefined;
  }
  return { status: r.status, contentType: r.headers.get('content-type') ?? '', tekst, json };
}

/**
 * Over a plain socket: fetch refuses to send header values with control characters, but a client
 * can; the service must answer them too.
 */
function stuurRauw(v: Verzoek): Promise<Antwoord> {
  const u = new URL(v.url);
  const body = v.body === undefined ? Buffer.alloc(0) : Buffer.from(v.body);
  const kop = [
    `${v.methode} ${u.pathname}${u.search} HTTP/1.1`,
    `Host: ${u.host}`,
    'Connection: close',
    `Content-Length: ${body.length}`,
    ...Object.entries(v.headers).map(([k, w]) => `${k}: ${w}`),
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const delen: Buffer[] = [];
    // No half-close after the body: Node's server may drop a request whose client already ended.
    const s = connect(Number(u.port), u.hostname, () => {
      s.write(Buffer.from(kop, 'latin1'));
      s.write(body);
    });
    s.setTimeout(30_000, () => s.destroy(new Error('geen antwoord binnen 30 s')));
    s.on('data', (d: Buffer) => delen.push(d));
    s.on('error', reject);
    s.on('close', () => {
      const ruw = Buffer.concat(delen).toString('utf8');
      const [hoofd, ...rest] = ruw.split('\r\n\r\n');
      const regels = hoofd.split('\r\n');
      const status = Number(regels[0].split(' ')[1] ?? 0);
      const kopjes = Object.fromEntries(
        regels
          .slice(1)
          .map((r) => [r.slice(0, r.indexOf(':')).toLowerCase(), r.slice(r.indexOf(':') + 1).trim()]),
      );
      let tekst = rest.join('\r\n\r\n');
      if (kopjes['transfer-encoding'] === 'chunked') {
        let uit = '';
        let i = 0;
        for (;;) {
          const eind = tekst.indexOf('\r\n', i);
          const n = parseInt(tekst.slice(i, eind), 16);
          if (!n) break;
          uit += tekst.slice(eind + 2, eind + 2 + n);
          i = eind + 2 + n + 2;
        }
        tekst = uit;
      }
      let json: unknown;
      try {
        json = tekst ? JSON.parse(tekst) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ status, contentType: kopjes['content-type'] ?? '', tekst, json });
    });
  });
}

/** Internals that must never reach a caller. */
const LEK = [
  /\n\s+at [\w$.<>]+ \(/,
  /\bat [\w$.<>]+ \(\/[^)]+:\d+:\d+\)/,
  /node_modules\//,
  /\bSELECT\b[\s\S]*\bFROM\b/,
  /\bINSERT INTO\b/,
  /\bUPDATE\b\s+\w+\s+SET\b/,
  /relation "/,
  /violates/,
  /syntax error at or near/,
  /invalid input syntax/,
  /QueryFailedError/,
  /TypeError|ReferenceError|RangeError/,
  /Cannot read propert/,
  /Maximum call stack/,
];

export type Oordeel =
  { uitkomst: 'geweigerd' } | { uitkomst: 'geaccepteerd' } | { uitkomst: 'fout'; reden: string };

/** The error texts to look for the field in: messages, field lists, details. */
function veldGenoemd(veld: string, velden: string[], teksten: string[]): boolean {
  const segment = (v: string) => v.split(/[.[\]]/).filter(Boolean);
  if (velden.some((v) => segment(v).includes(veld) || v === veld)) return true;
  const woord = (w: string) => new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRegExp(w)}($|[^\\p{L}\\p{N}_])`, 'iu');
  if (teksten.some((t) => woord(veld).test(t))) return true;
  // A reference that was not found may be named by what it refers to: `casusId` by "Casus … niet
  // gevonden" with veld `id`, `lijstId` by "Top-X-lijst …", an argument `id` by veld `voorstelId`.
  if (veld === 'id') return velden.some((v) => /(^|\.)\w*[iI]d$/.test(v));
  const ding = /^(\w+)Id$/.exec(veld)?.[1];
  if (!ding) return false;
  const stam = (/[A-Z][a-z]+$/.exec(ding)?.[0] ?? ding).toLowerCase();
  return (
    teksten.some((t) => t.toLowerCase().includes(stam)) && velden.every((v) => /(^|\.)\w*[iI]d$/.test(v))
  );
}

function lekt(tekst: string): string | undefined {
  const hit = LEK.find((r) => r.test(tekst));
  return hit ? `lekt interne details (${String(hit)})` : undefined;
}

/** Judge one answer: refused clearly, accepted, or wrong (with why). */
export function beoordeel(g: Geval, a: Antwoord): Oordeel {
  const fout = (reden: string): Oordeel => ({
    uitkomst: 'fout',
    reden: `${reden} — HTTP ${a.status}: ${a.tekst.slice(0, 400)}`,
  });
  if (a.status >= 500) return fout('5xx');
  const lek = lekt(a.tekst);
  if (lek) return fout(lek);
  const isGraphql = new URL(g.verzoek.url).pathname.endsWith('/graphql');
  if (isGraphql && a.json && Array.isArray(a.json.errors) && a.json.errors.length) {
    const errors = a.json.errors as { message?: string; extensions?: Record<string, any> }[];
    for (const e of errors) {
      const code = e.extensions?.code;
      if (typeof code !== 'string') return fout('GraphQL-fout zonder extensions.code');
      if (
        code === 'INTERNAL_SERVER_ERROR' ||
        code === 'SERVICE_UNAVAILABLE' ||
        e.extensions?.foutcode === 'INTERNE_FOUT'
      )
        return fout(`interne fout (${code})`);
      if (!e.message) return fout('GraphQL-fout zonder bericht');
    }
    if (a.status !== 200 && (a.status < 400 || a.status > 499))
      return fout(`GraphQL-fout met HTTP ${a.status}`);
    // Odd but possibly valid input may also meet a state rule (already decided, not found): any clear error.
    if (g.veld && g.soort === 'weigeren') {
      const velden = errors.flatMap((e) =>
        ((e.extensions?.fouten as { veld: string }[] | undefined) ?? []).map((f) => f.veld),
      );
      const teksten = errors.flatMap((e) => [e.message ?? '', JSON.stringify(e.extensions?.fouten ?? [])]);
      if (!veldGenoemd(g.veld, velden, teksten)) return fout(`fout noemt het veld '${g.veld}' niet`);
    }
    return { uitkomst: 'geweigerd' };
  }
  if (a.status >= 400) {
    // problem+json (REST, and the gateway's body errors).
    const p = a.json;
    if (!/application\/problem\+json/.test(a.contentType) || !p) {
      // Refused by Node's HTTP parser before any service code (header/URL syntax): a bare 4xx.
      if (g.wat.startsWith('header') || g.wat.startsWith('pad')) return { uitkomst: 'geweigerd' };
      return fout('4xx zonder problem+json');
    }
    for (const k of ['status', 'title', 'detail'] as const)
      if (p[k] === undefined) return fout(`problem+json zonder ${k}`);
    if (p.status !== a.status) return fout('problem+json status wijkt af van HTTP-status');
    // A path that names nothing that exists: 404 is the clear answer (the URL is the field).
    const padNietGevonden = g.wat.startsWith('pad ') && a.status === 404;
    if (g.veld && g.soort === 'weigeren' && a.status !== 413 && !padNietGevonden) {
      const velden = ((p.fouten as { veld: string }[] | undefined) ?? []).map((f) => f.veld);
      if (!veldGenoemd(g.veld, velden, [p.detail ?? '']))
        return fout(`probleem noemt het veld '${g.veld}' niet`);
    }
    return { uitkomst: 'geweigerd' };
  }
  if (g.perItem && a.json && Array.isArray(a.json.resultaten)) {
    const r = a.json.resultaten as {
      status: number;
      fout?: { fouten?: { veld: string }[]; detail?: string };
    }[];
    if (r.some((x) => x.status >= 500)) return fout('5xx in een batchresultaat');
    if (r.every((x) => x.status >= 400 && x.status < 500)) {
      if (g.veld && g.soort === 'weigeren') {
        for (const x of r) {
          const velden = (x.fout?.fouten ?? []).map((f) => f.veld);
          if (!veldGenoemd(g.veld, velden, [x.fout?.detail ?? '']))
            return fout(`batchresultaat noemt het veld '${g.veld}' niet`);
        }
      }
      return { uitkomst: 'geweigerd' };
    }
    return { uitkomst: 'geaccepteerd' };
  }
  if (a.status >= 200 && a.status < 300) {
    if (isGraphql && !a.json?.data) return fout('GraphQL-antwoord zonder data en zonder errors');
    return { uitkomst: 'geaccepteerd' };
  }
  return fout('onverwachte status');
}

/** Run `taken` with at most `n` at a time. */
export async function metGelijktijdigheid<T, R>(
  items: T[],
  n: number,
  taak: (t: T) => Promise<R>,
): Promise<R[]> {
  const uit: R[] = new Array<R>(items.length);
  let volgende = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      for (let i = volgende++; i < items.length; i = volgende++) uit[i] = await taak(items[i]);
    }),
  );
  return uit;
}

// ------------------------------------------------------------------------------ database snapshots

export type Momentopname = Map<string, string>;

/** Row count and an md5 of the ordered rows of every table in the public schema, except `uitgezonderd`. */
export async function momentopname(
  c: Client,
  uitgezonderd: (tabel: string) => boolean,
): Promise<Momentopname> {
  const tabellen = (
    await c.query<{ t: string }>(
      `SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`,
    )
  ).rows
    .map((r) => r.t)
    .filter((t) => !uitgezonderd(t));
  const uit: Momentopname = new Map();
  if (!tabellen.length) return uit;
  const sql = tabellen
    .map(
      (t) =>
        `SELECT '${t}' AS t, count(*)::int AS n, coalesce(md5(string_agg(x::text, '' ORDER BY x::text)), '') AS h FROM "${t}" x`,
    )
    .join(' UNION ALL ');
  for (const r of (await c.query<{ t: string; n: number; h: string }>(sql)).rows)
    uit.set(r.t, `${r.n}:${r.h}`);
  return uit;
}

/**
 * Every text value in the public tables (except `uitgezonderd`) exactly as stored, joined by NUL
 * (which PostgreSQL text cannot hold, so no match spans two values). Rows are read with to_jsonb and
 * parsed, not as `x::text` record literals: those quote a value and double its `"` and `\` (and a
 * jsonb column's own escapes on top), so text with a quote or backslash was never found as sent.
 * Values inside jsonb columns and arrays count too; column names do not.
 */
export async function opgeslagenTekst(c: Client, uitgezonderd: (tabel: string) => boolean): Promise<string> {
  const tabellen = (
    await c.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`)
  ).rows
    .map((r) => r.t)
    .filter((t) => !uitgezonderd(t));
  if (!tabellen.length) return '';
  const delen: string[] = [];
  const verzamel = (w: unknown): void => {
    if (typeof w === 'string') delen.push(w);
    else if (Array.isArray(w)) w.forEach(verzamel);
    else if (w && typeof w === 'object') Object.values(w).forEach(verzamel);
  };
  const sql = tabellen.map((t) => `SELECT to_jsonb(x) AS j FROM "${t}" x`).join(' UNION ALL ');
  for (const r of (await c.query<{ j: unknown }>(sql)).rows) verzamel(r.j);
  return delen.join('\u0000');
}

/** The tables that differ between two snapshots. */
export function verschil(a: Momentopname, b: Momentopname): string[] {
  const namen = new Set([...a.keys(), ...b.keys()]);
  return [...namen]
    .filter((t) => a.get(t) !== b.get(t))
    .map((t) => `${t} (${a.get(t) ?? '—'} → ${b.get(t) ?? '—'})`);
}
