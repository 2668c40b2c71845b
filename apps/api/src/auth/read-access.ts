import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';
import { unauthenticated } from './caller.js';

/**
 * Where reads are configured to need a token, refuses a query without a valid one (any role) before it
 * runs. Mutations check their own, stronger role in their resolvers.
 */
export function readAccess(readRequiresToken: boolean): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (contextValue.invalidToken)
            throw unauthenticated('the API token is not valid (unknown or revoked)');
          if (readRequiresToken && operation?.operation === 'query' && !contextValue.caller)
            throw unauthenticated('reading needs an API token (Authorization: Bearer <token>)');
        },
      };
    },
  };
}
