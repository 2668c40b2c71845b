import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import { typeDefs } from '@muni/schema';
import express, { type Express } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { createContext, type Context } from './context.js';
import type { DatabaseHandle } from './db/client.js';
import { resolvers } from './resolvers/index.js';

export interface AppOptions {
  database: DatabaseHandle;
  logger: Logger;
  production: boolean;
}

/** Codes a client can act on; anything else is the server's fault and is not shown in production. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function createApolloServer({
  logger,
  production,
}: Omit<AppOptions, 'database'>): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    formatError: (formatted: GraphQLFormattedError, error: unknown) => {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && CLIENT_CODES.has(code)) return formatted;
      logger.error({ err: unwrapResolverError(error), path: formatted.path }, 'internal error');
      return production
        ? {
            message: 'Internal server error',
            path: formatted.path,
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          }
        : formatted;
    },
  });
}

/** The HTTP application: GraphQL at /graphql, liveness at /healthz, readiness at /readyz. */
export async function createApp(
  options: AppOptions,
): Promise<{ app: Express; apollo: ApolloServer<Context> }> {
  const { database, logger } = options;
  const apollo = createApolloServer(options);
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const ready = await database.ping();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'database unreachable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = req.get('x-request-id')?.slice(0, 100) || randomUUID();
        res.setHeader('x-request-id', requestId);
        return createContext(database.db, requestId, logger);
      },
    }),
  );
  return { app, apollo };
}
