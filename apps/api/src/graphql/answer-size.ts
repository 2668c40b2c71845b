import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { LRUCache } from 'lru-cache';
import { MAX_COMPARED } from '../analytics/comparison.js';
import { ExpensiveQueue } from './expensive-queue.js';
import type { Clocked } from './operation-deadline.js';
import {
  buildASTSchema,
  GraphQLError,
  parse,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getNullableType,
  isListType,
  isObjectType,
  Kind,
  valueFromAST,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
} from 'graphql';

/** The most fields an answer may be estimated to hold: the dashboard's comparison of 50 programs, the
 * largest answer it asks for, is estimated at about 500,000. */
export const MAX_ANSWER_FIELDS = 1_000_000;

/** From this estimate an operation is expensive: it waits for one of a few slots (ExpensiveQueue), its
 * fields give way to other requests (time-slice.ts), and it has OPERATION_MS to run. A program page
 * is about 12,000; the dashboard's comparison of ten about 100,000, a comparison of ten programs'
 * KPI years alone (the bench's) about 28,000. */
export const EXPENSIVE_FIELDS = 50_000;
/** Expensive operations one process runs at once, and how many may wait before the next is refused. */
export const EXPENSIVE_SLOTS = 2;
export const EXPENSIVE_WAITING = 100;

/**
 * How many items a list without a `first` argument holds at most, by national-scale data (1,741
 * municipalities, tens of programs each). A list inside a paged field (a connection's nodes, a ranking's
 * entries) is counted by that field's `first` instead.
 */
const LIST_SIZES: Record<
  string,
  number | ((args: Record<string, unknown>, above: Record<string, unknown>) => number)
> = {
  // A prefecture has at most 179 municipalities (Hokkaido).
  'Query.municipalities': ({ codes, prefectureCodes }) =>
    Array.isArray(codes)
      ? codes.length
      : Array.isArray(prefectureCodes)
        ? 200 * prefectureCodes.length
        : 2_000,
  'Query.prefectures': 200,
  'Prefecture.municipalities': 200,
  'Municipality.programs': 50,
  // A city's policy system: about ten policies, each a few measures, each a few basic projects, a
  // handful of programs under each; a few years of funding, nine categories.
  'Municipality.policyTree': 10,
  'PolicyNode.children': 8,
  'PolicyNode.programs': 10,
  'PolicyNode.otherNames': 3,
  'Municipality.funding': 8,
  'PolicyNode.funding': 8,
  'FundingYear.lines': 9,
  'Municipality.directions': 5,
  'PolicyNode.directions': 5,
  'ProgramConnection.nodes': 1,
  'ProgramConnection.edges': 1,
  'ChangeConnection.nodes': 1,
  'Ranking.entries': 1,
  // As many as the comparison names (more are refused by the comparison itself, naming the limit).
  'Comparison.programs': (_args, { programIds }) =>
    Array.isArray(programIds) ? Math.min(programIds.length, MAX_COMPARED) : MAX_COMPARED,
  'Program.kpis': 10,
  'ComparedProgram.kpis': 10,
  // A verdict: a few sentences and one per KPI; a sentence, a run of words between its figures.
  'Program.verdict': 15,
  'VerdictSentence.parts': 15,
  'VerdictSentence.partsEn': 15,
};
const DEFAULT_LIST_SIZE = 20;
/** Estimates kept, each for a document, operation and set of variables. */
const ESTIMATES_KEPT = 10_000;

/**
 * Fields that cost far more than one value: an export writes a whole program's file, and a program's
 * roll-up and costs per unit read every KPI and yearly value it has (about 30 rows at national scale),
 * so `{ municipalities { programs { kpiRollup } } }` would read the whole country's; similar programs
 * are found among every program of the country.
 */
const FIELD_WEIGHTS: Record<string, number> = {
  'Program.export': 1_000,
  'Program.kpiRollup': 30,
  'Program.costPerUnit': 30,
  // Counts how rare each of the program's terms is over every program of its kind (a few hundred rows).
  'Program.similar': 300,
  // A municipality's sums read every cost line and plan level of its programs (a city: about 4,000
  // rows), so the whole country's at once is refused, not left to the statement timeout.
  'Municipality.policyTree': 1_000,
  'Municipality.funding': 1_000,
  'Municipality.directions': 1_000,
};

/** Variables are not checked yet when the estimate runs: one of the wrong type counts as absent, and
 * execution then refuses it with its own message. */
function orElse<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/**
 * Estimates an operation's answer before it runs, with its variables: each field counts once for every
 * item of every list above it, lists counted by their `first` (literal or variable) or by the sizes
 * above. GraphQL Armor's cost limit sees neither variables nor list sizes, so
 * `{ municipalities { programs { export } } }` passed it and asked for 35,000 exports at once.
 */
export function estimateAnswerFields(
  selectionSet: SelectionSetNode,
  type: GraphQLNamedType,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  multiplier = 1,
  depth = 0,
  /** The arguments of the field whose selection this is. */
  above: Record<string, unknown> = {},
): number {
  if (!isObjectType(type) || depth > 20) return 0;
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (
      orElse(() => getDirectiveValues(GraphQLSkipDirective, selection, variables)?.if, false) ===
        true ||
      orElse(() => getDirectiveValues(GraphQLIncludeDirective, selection, variables)?.if, true) ===
        false
    )
      continue;
    if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (fragment)
        total += estimateAnswerFields(
          fragment.selectionSet,
          type,
          fragments,
          variables,
          multiplier,
          depth + 1,
          above,
        );
      continue;
    }
    const field = type.getFields()[selection.name.value] as GraphQLField<unknown, unknown>;
    if (!field) {
      total += multiplier;
      continue;
    }
    const key = `${type.name}.${field.name}`;
    const args = orElse(() => getArgumentValues(field, selection, variables), {});
    if (!selection.selectionSet) {
      // A list of values (a KPI's years as columns) is counted by its items, as a list of objects is.
      total += multiplier * (FIELD_WEIGHTS[key] ?? 1) * listSize(field, key, args, above);
      continue;
    }
    total += multiplier * (FIELD_WEIGHTS[key] ?? 1);
    let items: number;
    const first = field.args.find((arg) => arg.name === 'first');
    if (first) {
      const node = selection.arguments?.find((arg) => arg.name.value === 'first');
      const value = node ? valueFromAST(node.value, first.type, variables) : first.defaultValue;
      items = typeof value === 'number' && value > 0 ? value : 1;
    } else items = listSize(field, key, args, above);
    total += estimateAnswerFields(
      selection.selectionSet,
      getNamedType(field.type),
      fragments,
      variables,
      multiplier * items,
      depth + 1,
      args,
    );
  }
  return total;
}

/** How many items a field's list is counted as holding (LIST_SIZES); 1 for a field that is no list. */
function listSize(
  field: GraphQLField<unknown, unknown>,
  key: string,
  args: Record<string, unknown>,
  above: Record<string, unknown>,
): number {
  if (!isListType(getNullableType(field.type))) return 1;
  const size = LIST_SIZES[key] ?? DEFAULT_LIST_SIZE;
  return typeof size === 'number' ? size : size(args, above);
}

/**
 * Refuses, before it runs, an operation whose answer is estimated past MAX_ANSWER_FIELDS. It reads its
 * own copy of the schema: Apollo's may come from another copy of graphql-js (a test runner loads both
 * module formats), whose types this module's type checks would not recognise.
 */
export function answerSizeLimit(
  typeDefs: string[],
  { slots = EXPENSIVE_SLOTS, waiting = EXPENSIVE_WAITING } = {},
): ApolloServerPlugin<Clocked> {
  const schema = buildASTSchema(parse(typeDefs.join('\n')));
  const expensive = new ExpensiveQueue(slots, waiting);
  /** Estimates by parsed document (which Apollo keeps for a query sent again), operation and
   * variables: a page asks the same question of many programs, and walking its document each time
   * cost a twentieth of answering it. Bounded in number, keys of at most a kilobyte. */
  const estimates = new LRUCache<string, number>({ max: ESTIMATES_KEPT });
  const documentIds = new WeakMap<DocumentNode, number>();
  let documents = 0;
  return {
    async requestDidStart() {
      let release: (() => void) | null = null;
      return {
        async willSendResponse() {
          release?.();
        },
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const root =
            operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (!root) return;
          let documentId = documentIds.get(document);
          if (documentId === undefined) documentIds.set(document, (documentId = documents += 1));
          const key = `${documentId}\n${operation.name?.value ?? ''}\n${JSON.stringify(request.variables ?? {})}`;
          let estimate = estimates.get(key);
          if (estimate === undefined) {
            const fragments = Object.fromEntries(
              document.definitions
                .filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION)
                .map((definition) => [definition.name.value, definition]),
            );
            // The values the operation will run with: what was sent, else each variable's default.
            const coerced = getVariableValues(
              schema,
              operation.variableDefinitions ?? [],
              request.variables ?? {},
            );
            estimate = estimateAnswerFields(
              operation.selectionSet,
              root,
              fragments,
              coerced.coerced ?? request.variables ?? {},
            );
            // A client sending long variables gets its estimates worked out anew.
            if (key.length <= 1_000) estimates.set(key, estimate);
          }
          if (estimate > MAX_ANSWER_FIELDS)
            throw new GraphQLError(
              `the answer would hold about ${Math.round(estimate).toLocaleString('en')} fields, more than the ${MAX_ANSWER_FIELDS.toLocaleString('en')} one request may ask for: page through lists with \`first\` or ask for fewer fields`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          if (estimate < EXPENSIVE_FIELDS) return;
          release = await expensive.enter();
          if (!release)
            throw new GraphQLError(
              'the server is answering as many large requests as it can; try again in a moment',
              {
                extensions: {
                  code: 'SERVER_BUSY',
                  http: { status: 503, headers: new HeaderMap([['retry-after', '1']]) },
                },
              },
            );
          contextValue.clock.expensive = true;
        },
      };
    },
  };
}
