import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

function wholeYen(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new GraphQLError(`Yen must be a whole number of yen below 2^53, got ${String(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** Whole yen as a JSON number: safe to 2^53, where Int would overflow at about 2.1 billion yen. */
export const Yen = new GraphQLScalarType({
  name: 'Yen',
  serialize: wholeYen,
  parseValue: wholeYen,
  parseLiteral: (ast) => wholeYen(ast.kind === Kind.INT ? Number(ast.value) : undefined),
});
