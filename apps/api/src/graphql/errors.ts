import { GraphQLError } from 'graphql';

/** A client's argument is wrong: the message names the argument and the problem. */
export function badUserInput(argument: string, problem: string): GraphQLError {
  return new GraphQLError(`${argument}: ${problem}`, {
    extensions: { code: 'BAD_USER_INPUT', argumentName: argument, http: { status: 400 } },
  });
}
