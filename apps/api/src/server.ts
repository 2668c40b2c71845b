import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { expressMiddleware } from '@as-integrations/express5';
import { typeDefs } from '@muni/schema';
import express, { type Express } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { createContext, type Context } from './context.js';
import type { DatabaseHandle } from './db/client.js';
import { withStatementCount } from './db/statement-counter.js';
import { armorProtection, LIMITS } from './graphql/limits.js';
import { CLIENT_ERROR_CODES, requestLog } from './graphql/request-log.js';
import { resolvers } from './resolvers/index.js';

export interface AppOptions {
  database: DatabaseHandle;
  logger: Logger;
  production: boolean;
  /** Seconds a shared cache (a CDN) may keep a query's answer. */
  cacheMaxAge?: number;
}

export function createApolloServer({
  logger,
  production,
  cacheMaxAge = 60,
}: Omit<AppOptions, 'database'>): ApolloServer<Context> {
  const armor = armorProtection(production);
  return new ApolloServer<Context>({
    typeDefs,
    resolvers,
    logger,
    introspection: true,
    includeStacktraceInErrorResponses: !production,
    // Explicit, though it is Apollo's default: a browser may not send a query across sites unseen.
    csrfPrevention: true,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    plugins: [
      // graphql-armor's plugin types are written against an older Apollo; the hooks they use are the same.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginCacheControl({ defaultMaxAge: cacheMaxAge }),
      requestLog,
    ],
    // Internal errors are logged with the request id by requestLog; the client sees only a mask.
    formatError: (formatted: GraphQLFormattedError) => {
      const code = formatted.extensions?.code;
      if (!production || (typeof code === 'string' && CLIENT_ERROR_CODES.has(code)))
        return formatted;
      return {
        message: 'Internal server error',
        path: formatted.path,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
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
  const graphql = expressMiddleware(apollo, {
    context: async ({ req, res }) => {
      const requestId = req.get('x-request-id')?.slice(0, 100) || randomUUID();
      res.setHeader('x-request-id', requestId);
      return createContext(database.db, requestId, logger, res.locals.statements as () => number);
    },
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    // After the body is read: the count must follow the request's own async work, not the socket's.
    (req, res, next) =>
      withStatementCount((statements) => {
        res.locals.statements = statements;
        return graphql(req, res, next);
      }),
  );
  return { app, apollo };
}
