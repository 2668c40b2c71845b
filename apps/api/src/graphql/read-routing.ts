import type { ApolloServerPlugin } from '@apollo/server';
import { renewLoaders, type Context } from '../context.js';

/**
 * Queries read from the replica; a mutation reads from the primary it writes to, so the figures it
 * returns are the ones it wrote and not a replica's older copy. Mutation fields run one after another,
 * and each starts with empty loaders, so it answers with what the ones before it wrote, not with rows
 * they had loaded.
 */
export const mutationsReadThePrimary: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === 'mutation') contextValue.readDb = contextValue.db;
      },
      async executionDidStart({ operation, contextValue }) {
        if (operation.operation !== 'mutation') return;
        return {
          willResolveField({ info }) {
            if (info.parentType.name === 'Mutation') renewLoaders(contextValue);
          },
        };
      },
    };
  },
};
