import { GraphQLError } from 'graphql';

/** The largest page a list gives at once. */
export const MAX_PAGE_SIZE = 100;

/** A client's argument is wrong: the message names the argument and the problem. */
export function badUserInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`${argument}: ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: argument, http: { status: 400 } },
  });
}

/** A client's value quoted back in a message: never more of it than a reader needs to recognise it. */
export function quoted(value: string): string {
  return value.length > 40 ? `"${value.slice(0, 40)}…" (${value.length} characters)` : `"${value}"`;
}

/** An id argument as a database id; anything else is the client's error, named. */
export function parseId(argument: string, id: string): number {
  if (!/^[1-9][0-9]{0,9}$/.test(id) || Number(id) > 2_147_483_647) {
    throw badUserInput(argument, `${quoted(id)} is not a valid id`);
  }
  return Number(id);
}

export function notFound(what: string, argument?: string): GraphQLError {
  return new GraphQLError(`${what} was not found`, {
    extensions: { code: 'NOT_FOUND', ...(argument && { argumentName: argument }) },
  });
}

/** A page size argument, checked against the largest page. */
export function readPageSize(
  argument: string,
  first: number | null | undefined,
  fallback = 20,
): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(argument, `must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}
