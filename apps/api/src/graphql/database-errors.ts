import type { ApolloServerPlugin } from '@apollo/server';

/** What a client is told when the database, not its request, is the problem. */
export type DatabaseFailure = 'DATABASE_UNAVAILABLE' | 'QUERY_TIMEOUT';

export const DATABASE_FAILURE_MESSAGES: Record<DatabaseFailure, string> = {
  DATABASE_UNAVAILABLE: 'The database is unavailable; try again shortly',
  QUERY_TIMEOUT: 'The query took too long and was stopped; try a narrower request',
};

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, restart), and
// 53300 (too many connections).
const UNAVAILABLE_STATES = /^(08|57P0[1-3]$|53300$)/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
const POOL_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|PGlite is closed/i;

/**
 * Whether an error (or any error it wraps: drizzle wraps the driver's) says the database is down or
 * cut a statement short, rather than that the request or the server's code is wrong.
 */
export function databaseFailure(error: unknown): DatabaseFailure | null {
  for (let current = error, depth = 0; current && depth < 5; depth += 1) {
    const { code, message, cause } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
    };
    if (code === '57014') return 'QUERY_TIMEOUT';
    if (typeof code === 'string' && (UNAVAILABLE_STATES.test(code) || NETWORK_CODES.has(code)))
      return 'DATABASE_UNAVAILABLE';
    if (typeof message === 'string' && POOL_MESSAGES.test(message)) return 'DATABASE_UNAVAILABLE';
    current = cause;
  }
  return null;
}

/** Answers 503 when the database failed the request, so load balancers and clients know to retry. */
export const databaseFailureStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        if (errors?.some((error) => databaseFailure(error.originalError)))
          response.http.status = 503;
      },
    };
  },
};
