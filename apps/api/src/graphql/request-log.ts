import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { isClientGone } from '../db/statement-counter.js';
import { databaseFailure } from './database-errors.js';

/** Error codes a client can act on; anything else is the server's fault. */
export const CLIENT_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CLIENT_CLOSED_REQUEST',
  // Not the client's fault, but expected and safe to say: too many large requests at once.
  'SERVER_BUSY',
  // Likewise: a query that took too long, refused with a 503 that says so.
  'OPERATION_TIMEOUT',
]);

/** An error's code as the client is told it (formatError gives a client that left its own). */
function codeOf(error: GraphQLError): unknown {
  return isClientGone(error) ? 'CLIENT_CLOSED_REQUEST' : error.extensions?.code;
}

/**
 * One structured log line per operation (request id, operation name, duration, statements, error
 * codes), and the cause of every internal error with the request id, since the client sees only a mask.
 */
export const requestLog: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          const code = codeOf(error);
          if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)) continue;
          const failure = databaseFailure(error.originalError);
          if (failure) {
            contextValue.logger.warn(
              { err: error.originalError, path: error.path, code: failure },
              'database failure',
            );
            continue;
          }
          contextValue.logger.error(
            { err: error.originalError ?? error, path: error.path },
            'internal error',
          );
        }
      },
      async willSendResponse({ operationName, errors, response }) {
        const codes = errors?.map((error) => codeOf(error) ?? 'INTERNAL_SERVER_ERROR');
        contextValue.logger.info(
          {
            operationName: operationName ?? null,
            ms: Math.round((performance.now() - started) * 10) / 10,
            statements: contextValue.statements(),
            status: response.http.status ?? 200,
            ...(codes?.length ? { errors: codes } : {}),
          },
          'graphql request',
        );
      },
    };
  },
};
