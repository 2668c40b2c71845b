import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** How long an expensive query may take to execute once it has its slot (see answer-size.ts). */
export const OPERATION_MS = 10_000;

/** What a request's context carries for the bound on its time; time-sliced resolvers check it. */
export interface OperationClock {
  /** Set for an expensive operation (answer-size.ts): its fields give way to other requests' work
   * (time-slice.ts); a cheap one never waits behind it. */
  expensive?: boolean;
  /** When the query must be done by (performance.now()), and the error each field still to resolve
   * after it is refused with. Unset for mutations, which are not cut short once they have begun to
   * write. */
  deadline?: { at: number; refusal: GraphQLError };
  /** Set once a field was refused for the deadline: the answer is then replaced by one error. */
  timedOut?: boolean;
}

/** A context with its operation's clock. An object of its own, since Apollo runs an operation with a
 * shallow copy of the context it was given, and the request's loaders, made with the original, must
 * see what the plugins set. */
export interface Clocked {
  clock: OperationClock;
}

const CODE = 'OPERATION_TIMEOUT';

/**
 * Gives each expensive query `milliseconds` from the moment it starts to execute. Past it, every
 * field still to resolve is refused (time-slice.ts), and the partial answer is replaced by a single
 * 503 that says why: half an answer would read as a complete one with blanks.
 */
export const operationDeadline = (milliseconds = OPERATION_MS): ApolloServerPlugin<Clocked> => {
  const message = `the answer took longer than ${milliseconds / 1000} s to compute: ask for fewer programs or fields, or try again when the server is less busy`;
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ operation, contextValue }) {
          if (operation.operation !== 'query' || !contextValue.clock.expensive) return;
          contextValue.clock.deadline = {
            at: performance.now() + milliseconds,
            // One error for every refused field: it has a path already, so graphql-js adds it as it
            // is instead of making a new one for each of what may be a hundred thousand fields.
            refusal: new GraphQLError(message, { path: [], extensions: { code: CODE } }),
          };
        },
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.clock.timedOut || response.body.kind !== 'single') return;
          response.body.singleResult = {
            data: null,
            errors: [{ message, extensions: { code: CODE } }],
          };
          response.http.status = 503;
          response.http.headers.set('retry-after', '5');
        },
      };
    },
  };
};
