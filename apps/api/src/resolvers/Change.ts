import { GraphQLScalarType, Kind } from 'graphql';
import { fieldChanges } from '../import/report.js';
import type { ChangeConnectionResolvers, ChangeResolvers } from '../generated/resolvers.js';
import { toEnum } from '../graphql/values.js';
import type { Fact } from '../audit/facts.js';

export const Change: ChangeResolvers = {
  id: (event) => String(event.id),
  source: (event) => toEnum(event.source),
  action: (event) => toEnum(event.action as 'added' | 'changed' | 'removed'),
  before: (event) => (event.before === null ? null : JSON.stringify(event.before)),
  after: (event) => (event.after === null ? null : JSON.stringify(event.after)),
  changedFields: (event) =>
    fieldChanges(event.before as Fact | null, event.after as Fact | null).map(
      (line) => line.split(':')[0]!,
    ),
};

export const ChangeConnection: ChangeConnectionResolvers = {
  pageInfo: (page) => ({
    hasNextPage: page.hasNextPage,
    endCursor: page.nodes.length ? String(page.nodes.at(-1)!.id) : null,
  }),
};

/** Times as ISO 8601 strings in UTC. */
export const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => new Date(String(value)),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? new Date(ast.value) : null),
});
