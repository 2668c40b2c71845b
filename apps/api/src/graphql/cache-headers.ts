import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../context.js';

/**
 * `Cache-Control` for a successful query, so a CDN or browser may keep it for `maxAge` seconds: public
 * when anyone may read it, private when it was read with a token. Every field shares one policy, so it
 * is set once per response rather than computed field by field (Apollo's cache-control plugin wraps
 * every resolver to do that, a cost paid on every field of every answer).
 */
export function cacheHeaders(maxAge: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, errors, response, contextValue }) {
          if (maxAge <= 0 || operation?.operation !== 'query' || errors?.length) return;
          if (response.body.kind === 'single' && response.body.singleResult.errors?.length) return;
          const scope = contextValue.caller || contextValue.invalidToken ? 'private' : 'public';
          response.http.headers.set('cache-control', `max-age=${maxAge}, ${scope}`);
        },
      };
    },
  };
}
