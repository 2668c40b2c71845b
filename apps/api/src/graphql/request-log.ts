import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/** One structured log line per operation: request id, operation name, duration, statements, error codes. */
export const requestLog: ApolloServerPlugin<Context> = {
  async requestDidStart({ contextValue }) {
    const started = performance.now();
    return {
      async willSendResponse({ operationName, errors, response }) {
        const codes = errors?.map((error) => error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
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
