import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { typeDefs } from '@muni/schema';
import { between, pick, seededRandom } from '../../src/national/random.js';

/** One request a client could send: some valid, some wrong in the ways clients and attackers are. */
export interface RandomOperation {
  query: string;
  variables: Record<string, unknown>;
  /** A body sent as it is, not as this operation's JSON: what a broken or hostile client sends. */
  raw?: string;
}

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Bodies no GraphQL client sends: not JSON, not an object, nested or grown past what variables need. */
const RAW_BODIES = [
  '{"query": ',
  '[]',
  '[{"query":"{ __typename }"}]',
  '"{ __typename }"',
  'null',
  '{"query": 5}',
  '{"query":"{ __typename }","variables":"x"}',
  `{"query":"{ __typename }","variables":{"x":${'['.repeat(3_000)}${']'.repeat(3_000)}}}`,
  `{"query":"{ __typename }","variables":{"x":"${'y'.repeat(150_000)}"}}`,
  '{"query":"subscription { programs { totalCount } }"}',
  '\u0000\u0001',
];

const STRINGS = [
  '',
  '14214',
  '12215',
  '90001',
  '25-102',
  'S-001',
  '伊勢原',
  '子育て 12',
  '%',
  '_',
  '\\',
  "'; drop table program; --",
  '\u0000',
  '😀'.repeat(50),
  // Eighteen characters each once normalised (NFKC).
  '\uFDFA'.repeat(150),
  '\uFDFA a b c d e f g h i j k l',
  // Cursors of the right shape with what does not fit, or not cursors at all.
  cursorOf(['latestCostYen', 'abc', 1]),
  cursorOf(['sortCode', 12, 1]),
  cursorOf(['costPerOutcome', null, -1]),
  'garbage!',
  'x'.repeat(5_000),
  '1e309',
];
const IDS = ['1', '2', '3', '40', '999999999', '0', '-1', 'abc', '', '1.5', '99999999999999999999'];
const INTS = [0, 1, -1, 2, 20, 50, 100, 101, 2014, 2023, 1947, 9999, 2 ** 31 - 1, -(2 ** 31)];

/**
 * A deterministic stream of operations over the schema: random fields with random arguments (inline or as
 * variables, of the declared type or not), nested to random depths, with a share of syntax errors,
 * unknown fields, alias floods and deep nesting. What a fuzzer needs to find an answer the server
 * cannot give: a 5xx or an error it did not expect.
 */
export function randomOperations(seed: number): () => RandomOperation {
  const schema: GraphQLSchema = buildASTSchema(parse(typeDefs.join('\n')));
  const random = seededRandom(seed);
  const chance = (p: number) => random() < p;

  function scalarValue(name: string): unknown {
    if (chance(0.05)) return pick(random, [null, true, 'text', 3.5, [], {}]);
    switch (name) {
      case 'Int':
        return pick(random, INTS);
      case 'Float':
        return pick(random, [0, 0.5, -1, 1e308, 90.5]);
      case 'Boolean':
        return chance(0.5);
      case 'ID':
        return pick(random, IDS);
      default:
        return pick(random, STRINGS);
    }
  }

  function inputValue(type: GraphQLInputType, depth = 0): unknown {
    if (!isNonNullType(type) && chance(0.08)) return null;
    const bare = getNullableType(type);
    if (isListType(bare)) {
      const length = chance(0.05) ? 60 : between(random, 0, 3);
      return Array.from({ length }, () => inputValue(bare.ofType, depth + 1));
    }
    if (isEnumType(bare))
      return chance(0.05) ? 'NO_SUCH_VALUE' : pick(random, bare.getValues()).value;
    if (isInputObjectType(bare)) {
      const fields = Object.values(bare.getFields());
      const value: Record<string, unknown> = {};
      for (const field of fields) {
        if (isNonNullType(field.type) || (depth < 3 && chance(0.35)))
          value[field.name] = inputValue(field.type, depth + 1);
      }
      if (chance(0.03)) value.noSuchField = 1;
      return value;
    }
    return scalarValue(isScalarType(bare) ? bare.name : 'String');
  }

  function literal(value: unknown, type: GraphQLInputType): string {
    if (value === null) return 'null';
    const bare = getNullableType(type);
    if (Array.isArray(value)) {
      const item = isListType(bare) ? bare.ofType : bare;
      return `[${value.map((entry) => literal(entry, item as GraphQLInputType)).join(', ')}]`;
    }
    if (typeof value === 'object') {
      const fields = isInputObjectType(bare) ? bare.getFields() : {};
      return `{ ${Object.entries(value)
        .map(([name, entry]) => `${name}: ${literal(entry, fields[name]?.type ?? bare)}`)
        .join(', ')} }`;
    }
    if (isEnumType(bare) && typeof value === 'string' && /^[A-Z_]+$/.test(value)) return value;
    return JSON.stringify(value);
  }

  function build(): RandomOperation {
    const variables: Record<string, unknown> = {};
    const declarations: string[] = [];

    function argumentsOf(args: readonly GraphQLArgument[]): string {
      const chosen = args.filter((arg) => isNonNullType(arg.type) || chance(0.4));
      if (chosen.length === 0) return '';
      const parts = chosen.map((arg) => {
        const value = inputValue(arg.type);
        if (chance(0.4)) {
          const name = `v${declarations.length}`;
          // Now and then a variable declared with the wrong type.
          const declared = chance(0.05) ? 'Int' : String(arg.type);
          declarations.push(`$${name}: ${declared}`);
          if (chance(0.9)) variables[name] = chance(0.05) ? scalarValue('String') : value;
          return `${arg.name}: $${name}`;
        }
        return `${arg.name}: ${literal(value, arg.type)}`;
      });
      return `(${parts.join(', ')})`;
    }

    function selection(type: GraphQLObjectType, depth: number, maxDepth: number): string {
      const fields = Object.values(type.getFields()) as GraphQLField<unknown, unknown>[];
      const count = between(random, 1, Math.min(4, fields.length));
      const parts: string[] = [];
      for (let i = 0; i < count; i += 1) {
        const field = pick(random, fields);
        const named = getNamedType(field.type);
        const alias = chance(0.1) ? `a${i}: ` : '';
        const head = `${alias}${field.name}${argumentsOf(field.args)}`;
        if (isObjectType(named)) {
          if (depth >= maxDepth) parts.push(`${head} { __typename }`);
          else parts.push(`${head} { ${selection(named, depth + 1, maxDepth)} }`);
        } else parts.push(head);
      }
      if (chance(0.03)) parts.push('noSuchField');
      return parts.join(' ');
    }

    const mutation = chance(0.1);
    const root = mutation ? schema.getMutationType()! : schema.getQueryType()!;
    let body = selection(root, 1, between(random, 2, 9));
    if (chance(0.02)) body = Array.from({ length: 20 }, (_, i) => `x${i}: __typename`).join(' ');
    if (chance(0.02))
      body = `${'programs { nodes { municipality { programs { '.repeat(3)}id${' } } } }'.repeat(3)}`;
    const head = `${mutation ? 'mutation' : 'query'} Fuzz${declarations.length ? `(${declarations.join(', ')})` : ''}`;
    let query = `${head} { ${body} }`;
    if (chance(0.02)) query = query.slice(0, between(random, 1, query.length - 1));
    if (chance(0.04)) return { query, variables, raw: pick(random, RAW_BODIES) };
    return { query, variables };
  }

  return build;
}
