import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * Queries read from the replica; a mutation reads from the primary it writes to, so the figures it
 * returns are the ones it wrote and not a replica's older copy.
 */
export const mutationsReadThePrimary: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation') contextValue.reads.db = contextValue.db;
      },
    };
  },
};
